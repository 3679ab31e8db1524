# inquirly — see README.md. Needs a JDK 17+, Maven and make.
PREFIX ?= $(HOME)/.local
MVN ?= mvn -B -q
JAR := target/inquirly.jar
JAVA ?= java

.PHONY: build test demo install uninstall bench clean

build: $(JAR)

$(JAR): pom.xml $(shell find src/main -type f 2>/dev/null)
	$(MVN) -DskipTests package

test:
	mvn -B test

demo: build
	@scripts/demo.sh

install: build
	@scripts/install.sh "$(PREFIX)"

uninstall:
	rm -rf "$(PREFIX)/lib/inquirly" "$(PREFIX)/bin/inquirly"
	@echo "Removed inquirly from $(PREFIX)"

clean:
	$(MVN) clean
