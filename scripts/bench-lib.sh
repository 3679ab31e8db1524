# Shared by the benchmark scripts (sourced, not run): a work folder, sandboxes stopped at exit, helpers.
work="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; [ -n "${BENCH_KEEP:-}" ] || rm -rf "$work"; [ -z "${BENCH_KEEP:-}" ] || echo "work: $work" >&2; }
trap cleanup EXIT

# start_sandbox NAME [SANDBOX OPTIONS...]: an empty sandbox; its environment goes to $work/env.NAME
start_sandbox() {
  local name=$1; shift
  bin/inquirly sandbox --empty "$@" >"$work/env.$name" 2>"$work/sandbox.$name.log" &
  pids+=($!)
  for _ in $(seq 1 200); do
    [ "$(grep -c '^export ' "$work/env.$name" || true)" -ge 4 ] && return 0
    sleep 0.05
  done
  echo "bench: the sandbox did not start" >&2
  exit 1
}
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
now() { date +%s.%N; }
# gen ROWS SEED [START]: contact rows without labels, so one request per row
gen() { python3 scripts/gen-contacts.py "$1" --seed "$2" --start "${3:-1}" | python3 -c '
import csv, sys
r = csv.reader(sys.stdin); w = csv.writer(sys.stdout, lineterminator="\r\n")
for row in r: w.writerow(row[:7] + row[8:])'; }
