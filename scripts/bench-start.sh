#!/usr/bin/env bash
# Start-up benchmark (make bench): median of 20 runs of 'inquirly contacts show ID' against a sandbox, for plain
# 'java -jar' and for the installed launcher (with its trained archive), their ratio, and '--help'.
# Measured first as 'make install' sets it up with the JDK on PATH (or JAVA_HOME): with a private runtime when the
# machine has a JDK 25+. Then each JDK on its own (INQUIRLY_JLINK=no): the one on PATH and every other JDK 21+
# named in BENCH_JDKS (JAVA_HOME directories; by default the ones in /usr/lib/jvm), each in its own prefix.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-20}"
work="$(mktemp -d)"
sandbox=""
trap 'kill "$sandbox" 2>/dev/null || true; rm -rf "$work"' EXIT

# The sandbox runs from a copy of the jar: a rebuild while it runs must not pull classes from under it.
cp target/inquirly.jar "$work/sandbox.jar"
java -XX:TieredStopAtLevel=1 -jar "$work/sandbox.jar" sandbox >"$work/env" 2>/dev/null &
sandbox=$!
for _ in $(seq 1 200); do [ "$(grep -c '^export ' "$work/env" || true)" -ge 4 ] && break; sleep 0.05; done
# shellcheck disable=SC1090
. "$work/env"
# Warm the sandbox's JIT on the measured request, so the first configuration measured is not penalised.
java -cp target/inquirly.jar scripts/BenchCeiling.java 2 2000 "/api/v1/accounts/$INQUIRLY_ACCOUNT_ID/contacts/1" \
  >/dev/null

# median wall time in milliseconds of a command run $runs times (output discarded)
median_ms() {
  local times=()
  for _ in $(seq 1 "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2))}'
}

# bench LABEL JAVA_HOME [VAR=value...]: 'make install' into a fresh prefix with that JDK (and environment), then
# the medians of plain 'java -jar' with that JDK and of the installed launcher, and their ratio
bench() {
  local label="$1" home="$2"
  shift 2
  local prefix="$work/prefix-$RANDOM"
  env JAVA_HOME="$home" "$@" scripts/install.sh "$prefix" >/dev/null
  JAVA_HOME="$home" "$prefix/bin/inquirly" contacts show 1 >/dev/null   # warm the page cache
  local plain launcher help runtime
  plain=$(median_ms "$home/bin/java" -jar target/inquirly.jar contacts show 1)
  launcher=$(JAVA_HOME="$home" median_ms "$prefix/bin/inquirly" contacts show 1)
  help=$(JAVA_HOME="$home" median_ms "$prefix/bin/inquirly" --help)
  runtime="$(sed -n 's/^\(.*\)=\([0-9]*\)$/JDK \2 at \1/p' "$prefix/lib/inquirly/java.conf")"
  echo "$label ($(nproc) cores, median of $runs runs, load $(cut -d' ' -f1 /proc/loadavg))"
  echo "  the launcher runs ${runtime/$prefix/PREFIX}"
  printf '  %-52s %6s ms\n' "java -jar inquirly.jar contacts show 1 (JDK $(jdk_feature "$home"))" "$plain"
  printf '  %-52s %6s ms\n' "installed launcher: inquirly contacts show 1" "$launcher"
  printf '  %-52s %6s ms\n' "installed launcher: inquirly --help" "$help"
  awk -v p="$plain" -v l="$launcher" 'BEGIN { printf "  speed-up of the launcher over java -jar: %.1fx (goal: >= 5x, <= 200 ms; --help <= 150 ms)\n", p / l }'
}

jdk_feature() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null || true; }

default_home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
[ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && default_home="$JAVA_HOME"
# What a user gets from 'make install' here: a private runtime when this machine has a JDK 25+.
bench "make install with JDK $(jdk_feature "$default_home")" "$default_home"
# Each JDK on its own, as the launcher uses it without a private runtime: JDK 17's class-data archive, JDK 25's
# AOT cache in the full JDK.
seen=" "
for home in "$default_home" ${BENCH_JDKS-/usr/lib/jvm/*}; do
  feature="$(jdk_feature "$home")"
  real="$(readlink -f "$home")"
  if [ -n "$feature" ] && [ "${seen/ $real /}" = "$seen" ] && { [ "$home" = "$default_home" ] || [ "$feature" -ge 21 ]; }; then
    seen="$seen$real "
    bench "make install with JDK $feature, INQUIRLY_JLINK=no" "$home" INQUIRLY_JLINK=no
  fi
done
