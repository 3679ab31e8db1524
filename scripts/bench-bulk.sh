#!/usr/bin/env bash
# make bench-bulk: bulk import/export throughput against a sandbox with --latency 20, peak memory of imports of
# 10k vs 100k rows, and contacts import vs a shell loop of 'contacts create'. Prints figures; not a test.
# Sizes can be lowered for a quick look: BENCH_ROWS=20000 BENCH_MEM_SMALL=10000 BENCH_MEM_LARGE=100000 BENCH_LOOP=200
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${BENCH_ROWS:-20000}
SMALL=${BENCH_MEM_SMALL:-10000}
LARGE=${BENCH_MEM_LARGE:-100000}
LOOP=${BENCH_LOOP:-200}
LATENCY=${BENCH_LATENCY:-20}
CONC=8
. scripts/bench-lib.sh

limit=$(python3 -c "print($CONC / ($LATENCY / 1000))")
echo "inquirly bulk benchmark: sandbox --latency $LATENCY, --concurrency $CONC, limit $limit requests/s"

start_sandbox main --latency "$LATENCY"
( . "$work/env.main"
  ceiling=$(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/inquirly.jar scripts/BenchCeiling.java $CONC 2000)
  printf 'ceiling %d bare GETs/s from %d threads on this machine now = %.2f of the limit (load: %s)\n' "$ceiling" \
    $CONC "$(python3 -c "print($ceiling / $limit)")" "$(cut -d' ' -f1-3 /proc/loadavg)"
  gen "$ROWS" 1 > "$work/import.csv"
  t0=$(now)
  bin/inquirly contacts import "$work/import.csv" --concurrency $CONC -o json > "$work/import.json"
  t1=$(now)
  rps=$(json "['rows_per_second']" < "$work/import.json")
  created=$(json "['created']" < "$work/import.json")
  wall=$(python3 -c "print(round($ROWS / ($t1 - $t0)))")
  printf 'import  %6d rows: %5d rows/s while sending = %.2f of the limit, %.2f of the ceiling (%d rows/s wall clock incl. JVM start, read, index); %d created\n' \
    "$ROWS" "$rps" "$(python3 -c "print($rps / $limit)")" "$(python3 -c "print($rps / $ceiling)")" "$wall" "$created"

  t0=$(now)
  bin/inquirly contacts export --concurrency $CONC --output "$work/export.csv" 2>"$work/export.err"
  t1=$(now)
  n=$(($(wc -l < "$work/export.csv") - 1))
  pages=$(( (n + 14) / 15 ))
  # the export's own time, from its status line ("Exported N contacts to FILE in S s"): as the import's figure
  own=$(sed -n 's/.* in \([0-9.]*\) s$/\1/p' "$work/export.err")
  printf 'export  %6d rows: %5d rows/s while exporting, %d pages/s = %.2f of the limit, %.2f of the ceiling\n' \
    "$n" "$(python3 -c "print(round($n / $own))")" "$(python3 -c "print(round($pages / $own))")" \
    "$(python3 -c "print($pages / $own / $limit)")" "$(python3 -c "print($pages / $own / $ceiling)")"
  printf '        %6d rows: %5d rows/s wall clock incl. JVM start, %d pages/s = %.2f of the limit, %.2f of the ceiling\n' \
    "$n" "$(python3 -c "print(round($n / ($t1 - $t0)))")" "$(python3 -c "print(round($pages / ($t1 - $t0)))")" \
    "$(python3 -c "print($pages / ($t1 - $t0) / $limit)")" "$(python3 -c "print($pages / ($t1 - $t0) / $ceiling)")"

  t0=$(now)
  bin/inquirly contacts import "$work/export.csv" --on-conflict update -o json > "$work/reimport.json"
  t1=$(now)
  printf 're-import of the export: %s unchanged, %s updated, %s created (%.1f s)\n' \
    "$(json "['unchanged']" < "$work/reimport.json")" "$(json "['updated']" < "$work/reimport.json")" \
    "$(json "['created']" < "$work/reimport.json")" "$(python3 -c "print($t1 - $t0)")"

  gen "$LOOP" 2 500000 > "$work/loop.csv"
  t0=$(now)
  python3 - "$work/loop.csv" <<'PY' > "$work/loop.sh"
import csv, shlex, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
for r in rows:
    args = ["bin/inquirly", "contacts", "create", "--name", r["name"], "--email", r["email"], "-o", "ids"]
    if r["phone_number"]: args += ["--phone", r["phone_number"]]
    if r["identifier"]: args += ["--identifier", r["identifier"]]
    print(" ".join(shlex.quote(a) for a in args) + " >/dev/null")
PY
  bash "$work/loop.sh"
  t1=$(now)
  loop=$(python3 -c "print($t1 - $t0)")
  gen "$LOOP" 3 600000 > "$work/loop2.csv"
  t0=$(now)
  bin/inquirly contacts import "$work/loop2.csv" -o json > "$work/loop2.json"
  t1=$(now)
  imp=$(python3 -c "print($t1 - $t0)")
  printf 'loop    %6d rows: shell loop of contacts create %.1f s, contacts import %.1f s (into %d contacts, lookup %s): %.0fx faster\n' \
    "$LOOP" "$loop" "$imp" "$(json "['existing_contacts']" < "$work/loop2.json")" \
    "$(json "['lookup']" < "$work/loop2.json")" "$(python3 -c "print($loop / $imp)")"
)

# peak RSS: fresh sandboxes without latency (the figure is memory, not speed)
for size in "$SMALL" "$LARGE"; do
  start_sandbox "mem$size"
  ( . "$work/env.mem$size"
    gen "$size" 4 > "$work/mem$size.csv"
    code=0
    /usr/bin/time -f '%M' -o "$work/rss$size" bin/inquirly contacts import "$work/mem$size.csv" --concurrency $CONC \
      -o json > "$work/mem$size.json" 2> "$work/mem$size.err" || code=$?
    [ "$code" = 0 ] || echo "memory: the $size-row import exited $code: $(tail -1 "$work/mem$size.err")" >&2
    tail -1 "$work/rss$size" > "$work/rss$size.kb" )
  kill "${pids[-1]}" 2>/dev/null || true
done
small=$(cat "$work/rss$SMALL.kb"); large=$(cat "$work/rss$LARGE.kb")
printf 'memory  peak RSS %d rows: %d MB, %d rows: %d MB = %.2fx\n' "$SMALL" $((small / 1024)) "$LARGE" \
  $((large / 1024)) "$(python3 -c "print($large / $small)")"

# a filter-selected label change on BENCH_SELECT conversations (default 10,000): the selection through
# bulk_actions (snapshot, bulk requests, read-back) vs the same ids one request per id (labels add reads the
# list, then writes it). Requests are counted from -v; wall time includes the JVM start.
SELECT=${BENCH_SELECT:-10000}
start_sandbox select --latency "$LATENCY"
( . "$work/env.select"
  export INQUIRLY_URL INQUIRLY_TOKEN INQUIRLY_ACCOUNT_ID
  java -XX:TieredStopAtLevel=1 -cp target/inquirly.jar scripts/BenchSeedConversations.java "$SELECT" sel
  count() { grep -cE '^> (GET|POST|PUT|PATCH|DELETE) ' "$1" || true; }
  t0=$(now)
  bin/inquirly -v conversations labels add --where 'bench equal_to sel' --label bulk --yes -o json \
    > "$work/select-bulk.json" 2> "$work/select-bulk.err"
  t1=$(now)
  unchanged=$(grep -c '"unchanged"' "$work/select-bulk.json" || true)
  printf 'select  %6d conversations, labels add --where with bulk_actions: %d requests, %.1f s wall (%d unchanged)\n' \
    "$SELECT" "$(count "$work/select-bulk.err")" "$(python3 -c "print($t1 - $t0)")" "$unchanged"
  t0=$(now)
  bin/inquirly -v conversations filter --where 'bench equal_to sel' --all -o ids 2> "$work/select-ids.err" \
    | bin/inquirly -v conversations labels add --ids - --label perid --concurrency $CONC -o json \
    > "$work/select-perid.json" 2> "$work/select-perid.err"
  t1=$(now)
  printf '        %6d conversations, filter | labels add --ids - (per id):   %d requests, %.1f s wall (%d failed)\n' \
    "$SELECT" "$(( $(count "$work/select-ids.err") + $(count "$work/select-perid.err") ))" \
    "$(python3 -c "print($t1 - $t0)")" "$(grep -c '"failed"' "$work/select-perid.json" || true)"
)
