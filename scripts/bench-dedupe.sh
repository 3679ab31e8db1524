#!/usr/bin/env bash
# Part of make bench-bulk: contacts duplicates over sandboxes seeded with N contacts and N/20 planted duplicates of
# five kinds (sandbox --seed-contacts, see docs/hygiene.md): groups found vs planted (pairwise precision and recall),
# wall time, peak RSS of the 100k run vs the 10k run; then contacts dedupe of ~1,000 groups under
# sandbox --production as a ratio of its rate limit. Prints figures; not a test.
# Sizes can be lowered for a quick look: BENCH_DUP_SMALL=1000 BENCH_DUP_LARGE=2000 BENCH_DEDUPE_CONTACTS=400
set -euo pipefail
cd "$(dirname "$0")/.."
SMALL=${BENCH_DUP_SMALL:-10000}
LARGE=${BENCH_DUP_LARGE:-100000}
DEDUPE=${BENCH_DEDUPE_CONTACTS:-20000}
KEYS="email,phone,identifier,name+company,name+city"
. scripts/bench-lib.sh

# links N: the link file of a seeded sandbox (planted kind 4: the original's e-mail and the planted phone number)
links() { python3 - "$1" <<'PY'
import sys
n = int(sys.argv[1])
first = ["Ada", "Grace", "Alan", "Katherine", "Linus", "Margaret", "Edsger", "Barbara", "Donald", "Frances", "John",
         "Radia", "Ken", "Hedy", "Tim", "Annie", "Dennis", "Joan", "Niklaus", "Sophie"]
syl = ["ka", "lo", "ve", "ri", "san", "mo", "te", "nu", "bel", "dor", "fi", "ga", "hu", "jo", "mar", "ne", "pi",
       "qua", "sel", "to"]
def family(i):
    s, x = "", i
    while True:
        s += syl[x % 20]; x //= 20
        if x == 0: break
    return s[0].upper() + s[1:]
def email(i):
    g, f = first[i % 20].lower(), family(i).lower()
    return f"{g}.{f}@gmail.com" if i % 2 == 0 else f"{g}@{f}.example"
print("email,phone")
for k in range(n // 20):
    if k % 5 == 4:
        print(f"{email((k * 7919) % n)},+4930{k:07d}")
PY
}

# score N GROUPS.json: pairwise precision and recall of the groups against the planted duplicates
score() { python3 - "$1" "$2" <<'PY'
import json, sys, itertools
n = int(sys.argv[1])
truth = {}
for k in range(n // 20):
    truth.setdefault((k * 7919) % n + 1, {(k * 7919) % n + 1}).add(n + 1 + k)
def pairs(groups):
    return {tuple(sorted(p)) for g in groups for p in itertools.combinations(sorted(g), 2)}
found = {}
for r in json.load(open(sys.argv[2])):
    found.setdefault(r["group"], set()).add(r["id"])
t, f = pairs(truth.values()), pairs(found.values())
print(f"{len(found)} {len(truth)} {len(t & f) / max(1, len(f)):.4f} {len(t & f) / max(1, len(t)):.4f}")
PY
}

echo "inquirly duplicates benchmark: --by $KEYS --email-rules gmail --link (planted: N/20 of five kinds)"
for size in "$SMALL" "$LARGE"; do
  start_sandbox "dup$size" --seed-contacts "$size"
  ( . "$work/env.dup$size"
    links "$size" > "$work/links$size.csv"
    t0=$(now)
    /usr/bin/time -f '%M' -o "$work/rss$size" bin/inquirly contacts duplicates --by "$KEYS" --email-rules gmail \
      --link "$work/links$size.csv" --concurrency 8 -o json > "$work/groups$size.json" 2> "$work/groups$size.err"
    t1=$(now)
    read -r groups planted precision recall < <(score "$size" "$work/groups$size.json")
    printf 'duplicates %6d contacts (+%d planted): %d groups of %d planted, precision %.3f, recall %.3f, %.1f s wall clock, peak RSS %d MB\n' \
      "$size" $((size / 20)) "$groups" "$planted" "$precision" "$recall" "$(python3 -c "print($t1 - $t0)")" \
      $(( $(tail -1 "$work/rss$size") / 1024 )) )
  kill "${pids[-1]}" 2>/dev/null || true
done
small=$(tail -1 "$work/rss$SMALL"); large=$(tail -1 "$work/rss$LARGE")
printf 'duplicates peak RSS %d contacts / %d contacts = %.2fx (goal: at most 1.2x)\n' "$LARGE" "$SMALL" \
  "$(python3 -c "print($large / $small)")"

# dedupe under a production server's limits: the plan first (not timed), then its run, timed
start_sandbox prod --production --seed-contacts "$DEDUPE"
( . "$work/env.prod"
  links "$DEDUPE" > "$work/links-prod.csv"
  bin/inquirly contacts dedupe --by "$KEYS" --email-rules gmail --link "$work/links-prod.csv" --keep oldest \
    --plan-out "$work/plan.csv" 2> "$work/plan.err"
  rows=$(($(wc -l < "$work/plan.csv") - 1))
  merges=$(grep -c ',merge,' "$work/plan.csv")
  t0=$(now)
  bin/inquirly contacts dedupe --plan "$work/plan.csv" --yes --concurrency 8 2> "$work/dedupe.err"
  t1=$(now)
  # one labels read per contact of the plan (checked before anything changes), one merge per merged contact
  requests=$((rows + merges))
  # the run's own time, from its summary ("Merged N contacts into G in S s"): as the import's figure
  own=$(sed -n 's/^Merged .* in \([0-9.]*\) s.*/\1/p' "$work/dedupe.err")
  printf 'dedupe  %d groups (%d merges) under sandbox --production: %d requests in %.1f s = %.1f/s = %.2f of the limit (50/s); %.1f s wall clock incl. JVM start\n' \
    $((rows - merges)) "$merges" "$requests" "$own" "$(python3 -c "print($requests / $own)")" \
    "$(python3 -c "print($requests / $own / 50)")" "$(python3 -c "print($t1 - $t0)")" )
