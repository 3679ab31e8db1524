#!/usr/bin/env bash
# make demo: start a sandbox, create contacts, list them as a table, stop the sandbox.
set -euo pipefail
cd "$(dirname "$0")/.."

envfile="$(mktemp)"
bin/inquirly sandbox --empty >"$envfile" 2>/dev/null &
sandbox=$!
cleanup() { kill "$sandbox" 2>/dev/null || true; wait "$sandbox" 2>/dev/null || true; rm -f "$envfile"; }
trap cleanup EXIT

for _ in $(seq 1 200); do
  [ "$(grep -c '^export ' "$envfile" || true)" -ge 4 ] && break
  sleep 0.05
done
if [ "$(grep -c '^export ' "$envfile" || true)" -lt 4 ]; then
  echo "demo: the sandbox did not start" >&2
  exit 1
fi
# shellcheck disable=SC1090
. "$envfile"
echo "Sandbox running at $INQUIRLY_URL (account $INQUIRLY_ACCOUNT_ID)"

run() {
  local shown=""
  for word in "$@"; do
    case "$word" in *[[:space:]\|\{\}\$]*) shown="$shown '$word'" ;; *) shown="$shown $word" ;; esac
  done
  printf '\n$ inquirly%s\n' "$shown"
  bin/inquirly "$@"
}

run contacts create --inbox 1 --name 'Ada Lovelace' --email ada@example.com --phone +14155550100 \
  --identifier crm-42 --attr plan=pro -o ids
run contacts create --name 'Grace Hopper' --email grace@example.com --company 'US Navy' --attr plan=enterprise -o ids
run contacts create --name 'Alan Turing' --email alan@example.com --city Manchester -o ids
run contacts labels add 1 vip -o ids
run contacts update 3 --phone +441615550123 -o ids
run contacts list
run contacts search grace -o json --jq '.[] | {id, name, email}'
run contacts create --name 'Ada again' --email ADA@example.com || echo "(exit $?: the server refuses a duplicate e-mail)"
run contacts import samples/contacts.csv --inbox 1 --journal "$envfile.journal" --rejects "$envfile.rejects.csv" \
  || { echo "(exit $?: some rows were rejected; the first ones:)"; head -4 "$envfile.rejects.csv"; rm -f "$envfile".*; }
