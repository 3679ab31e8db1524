# inquirly — see README.md. Needs a JDK 17+, Maven and make.
PREFIX ?= $(HOME)/.local
MVN ?= mvn -B -q
JAR := target/inquirly.jar
JAVA ?= java

.PHONY: build test demo install uninstall bench bench-start bench-bulk bench-production clean completions docs

build: $(JAR) target/man/inquirly.1

$(JAR): pom.xml $(shell find src/main -type f 2>/dev/null)
	$(MVN) -DskipTests package

# man pages are generated from the command tree at build time
target/man/inquirly.1: $(JAR)
	@$(JAVA) -cp $(JAR) io.inquirly.cli.Reference man target/man >/dev/null

# committed generated files (a test fails when they are stale)
completions: $(JAR)
	$(JAVA) -cp $(JAR) io.inquirly.cli.Reference completions completions

docs: $(JAR)
	$(JAVA) -cp $(JAR) io.inquirly.cli.Reference markdown docs/reference

test:
	mvn -B test

demo: build
	@scripts/demo.sh

install: build
	@scripts/install.sh "$(PREFIX)"

uninstall:
	rm -rf "$(PREFIX)/lib/inquirly" "$(PREFIX)/bin/inquirly" "$(PREFIX)/share/inquirly"
	rm -f "$(PREFIX)"/share/man/man1/inquirly.1 "$(PREFIX)"/share/man/man1/inquirly-*.1
	rm -f "$(PREFIX)/share/bash-completion/completions/inquirly" "$(PREFIX)/share/zsh/site-functions/_inquirly" \
	  "$(PREFIX)/share/fish/vendor_completions.d/inquirly.fish"
	@# the directories install made, and their parents up to PREFIX, when nothing else is left in them
	@for d in "$(PREFIX)/lib" "$(PREFIX)/bin" "$(PREFIX)/share/man/man1" "$(PREFIX)/share/bash-completion/completions" \
	  "$(PREFIX)/share/zsh/site-functions" "$(PREFIX)/share/fish/vendor_completions.d"; do \
	  while [ "$$d" != "$(PREFIX)" ] && rmdir "$$d" 2>/dev/null; do d=$${d%/*}; done; \
	done
	@echo "Removed inquirly from $(PREFIX)"

# benchmarks print figures; they are not tests
bench: bench-start bench-bulk

bench-start: build
	@scripts/bench-start.sh

bench-bulk: build
	@scripts/bench-bulk.sh
	@scripts/bench-dedupe.sh
	@scripts/bench-production.sh

# the production-limits part of bench-bulk alone (real one-minute windows: about six minutes)
bench-production: build
	@scripts/bench-production.sh

clean:
	$(MVN) clean
