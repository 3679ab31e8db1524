#!/usr/bin/env bash
# make bench-production (also the end of make bench-bulk): imports and exports against 'inquirly sandbox
# --production', i.e. Rack::Attack's real limits (3000 requests per fixed, clock-aligned minute per client, 429
# without Retry-After). Each job's time is compared with the fastest the server's windows allow from the job's
# start second (the limit), which needs the client's own speed without limits, measured first in the same run.
# Prints figures; not a test. Takes about six minutes (the windows are real minutes).
# BENCH_PROD_ROWS=7000 BENCH_PROD_EXPORT=10500 BENCH_LATENCY=20
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${BENCH_PROD_ROWS:-7000}
EXPORT=${BENCH_PROD_EXPORT:-10500}
LATENCY=${BENCH_LATENCY:-20}
LIMIT=3000
. scripts/bench-lib.sh
py() { python3 -c "import math; print($1)"; }
# sleeps until just after the next minute starts: a measured job begins with a fresh window
next_window() { sleep "$(py "60 - $(now) % 60 + 0.3")"; }
# the fastest time for N requests from start T0 when each clock minute takes LIMIT and the client alone does R/s
limit_time() { py "(lambda n, t0, r: n / r if n <= $LIMIT else ((math.floor(t0 / 60) + math.ceil(n / $LIMIT) - 1) * 60 - t0) + (n - (math.ceil(n / $LIMIT) - 1) * $LIMIT) / r)($1, $2, $3)"; }
# requests sent and 429 answers, from a -v log
count() { grep -c "^> $1 " "$2" || true; }

echo "inquirly production-limits benchmark: sandbox --production (3000 requests/min per client, fixed minutes), --latency $LATENCY"

# 1. the client's own speed, no limits: the denominator of every limit below
start_sandbox free --latency "$LATENCY"
( . "$work/env.free"
  gen "$EXPORT" 11 > "$work/free.csv" # as many contacts as the measured export reads
  t0=$(now); bin/inquirly contacts import "$work/free.csv" -o json > "$work/free.json"; t1=$(now)
  py "$(json "['requests']" < "$work/free.json") / ($t1 - $t0)" > "$work/r.import"
  t0=$(now); bin/inquirly contacts export --output "$work/free-export.csv" -v 2> "$work/free-export.log"; t1=$(now)
  py "$(count GET "$work/free-export.log") / ($t1 - $t0)" > "$work/r.export" )
kill "${pids[-1]}" 2>/dev/null || true
printf 'unlimited: import %.0f requests/s, export %.0f requests/s (wall clock, JVM start included)\n' \
  "$(cat "$work/r.import")" "$(cat "$work/r.export")"

start_sandbox prod --latency "$LATENCY" --production
. "$work/env.prod"
# contacts for the export to reach its size (not measured)
gen $((EXPORT - ROWS)) 12 900000 > "$work/seed.csv"
bin/inquirly contacts import "$work/seed.csv" -o json > /dev/null 2>&1

# 2. import: a fresh window, then the rows
gen "$ROWS" 13 > "$work/import.csv"
next_window
t0=$(now)
code=0
bin/inquirly contacts import "$work/import.csv" -o json > "$work/import.json" 2> "$work/import.err" || code=$?
t1=$(now)
req=$(json "['requests']" < "$work/import.json"); k=$(json "['rate_limited']" < "$work/import.json")
n=$((req - k))
lim=$(limit_time "$n" "$t0" "$(cat "$work/r.import")")
printf 'import  %5d rows: exit %d, %s created, %.1f s against a limit of %.1f s = %.2f of the limit; %d requests, %d answered 429 (%.2f%%)\n' \
  "$ROWS" "$code" "$(json "['created']" < "$work/import.json")" "$(py "$t1 - $t0")" "$lim" "$(py "$lim / ($t1 - $t0)")" \
  "$req" "$k" "$(py "100 * $k / $req")"
grep '^inquirly: rate limited' "$work/import.err" | sed 's/^/        /' || true

# 3. export: a fresh window, then every contact
next_window
t0=$(now)
code=0
bin/inquirly contacts export --output "$work/export.csv" -v 2> "$work/export.log" || code=$?
t1=$(now)
rows=$(($(wc -l < "$work/export.csv") - 1))
req=$(count GET "$work/export.log"); k=$(grep -c '^< 429' "$work/export.log" || true)
lim=$(limit_time "$((req - k))" "$t0" "$(cat "$work/r.export")")
printf 'export %6d rows: exit %d, %.1f s against a limit of %.1f s = %.2f of the limit; %d requests, %d answered 429\n' \
  "$rows" "$code" "$(py "$t1 - $t0")" "$lim" "$(py "$lim / ($t1 - $t0)")" "$req" "$k"

# 4. a single command while another client has used the window up
python3 - "$INQUIRLY_URL" "$INQUIRLY_TOKEN" <<'PY'
# another client: 32 connections until the server refuses (bounded: at most 3100 requests)
import http.client, sys, threading, urllib.parse
u = urllib.parse.urlparse(sys.argv[1]); refused = threading.Event(); sent = [0]; lock = threading.Lock()
def hammer():
    c = http.client.HTTPConnection(u.hostname, u.port)
    while not refused.is_set():
        with lock:
            if sent[0] >= 3100: return
            sent[0] += 1
        c.request("GET", "/api/v1/profile", headers={"api-access-token": sys.argv[2]}); r = c.getresponse(); r.read()
        if r.status == 429: refused.set()
threads = [threading.Thread(target=hammer) for _ in range(32)]
[t.start() for t in threads]; [t.join() for t in threads]
PY
t0=$(now)
code=0
bin/inquirly contacts show 1 -o ids > "$work/show.out" 2> "$work/show.err" || code=$?
t1=$(now)
printf 'single command in a used-up window: exit %d after %.1f s (printed %s); stderr: %s\n' "$code" "$(py "$t1 - $t0")" \
  "$(cat "$work/show.out")" "$(head -1 "$work/show.err")"
