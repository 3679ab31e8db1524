#!/usr/bin/env bash
# Start-up benchmark (make bench): median of 20 runs of 'inquirly contacts show ID' against a sandbox, for plain
# 'java -jar' and for the installed launcher (with its trained archive), their ratio, and '--help'.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-20}"
prefix="$(mktemp -d)"
envfile="$(mktemp)"
trap 'kill "$sandbox" 2>/dev/null || true; rm -rf "$prefix" "$envfile"' EXIT

scripts/install.sh "$prefix" >/dev/null
java -jar target/inquirly.jar sandbox >"$envfile" 2>/dev/null &
sandbox=$!
for _ in $(seq 1 200); do [ "$(grep -c '^export ' "$envfile" || true)" -ge 4 ] && break; sleep 0.05; done
# shellcheck disable=SC1090
. "$envfile"

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

"$prefix/bin/inquirly" contacts show 1 >/dev/null   # warm the page cache
plain=$(median_ms java -jar target/inquirly.jar contacts show 1)
launcher=$(median_ms "$prefix/bin/inquirly" contacts show 1)
help=$(median_ms "$prefix/bin/inquirly" --help)
jdk=$(java -version 2>&1 | head -1)
echo "start-up ($jdk, $(nproc) cores, median of $runs runs)"
printf '  %-46s %6s ms\n' "java -jar inquirly.jar contacts show 1" "$plain"
printf '  %-46s %6s ms\n' "installed launcher: inquirly contacts show 1" "$launcher"
printf '  %-46s %6s ms\n' "installed launcher: inquirly --help" "$help"
awk -v p="$plain" -v l="$launcher" 'BEGIN { printf "  speed-up of the launcher over java -jar: %.1fx (goal: >= 5x, <= 200 ms; --help <= 150 ms)\n", p / l }'
