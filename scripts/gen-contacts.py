#!/usr/bin/env python3
"""Generate realistic contact rows as CSV on stdout, for samples/, tests by hand and the bulk benchmark.

usage: scripts/gen-contacts.py ROWS [--seed N] [--invalid PCT] [--duplicates PCT] [--start N]

--invalid makes that share of rows invalid (bad e-mail, phone not E.164, or nothing to identify the contact);
--duplicates makes that share repeat an earlier row's e-mail (other case) or phone, which an import merges.
Deterministic for a given seed. Never commit big outputs: generate them.
"""
import argparse
import csv
import random
import sys

FIRST = ["Ada", "Grace", "Alan", "Katherine", "Linus", "Margaret", "Dennis", "Barbara", "Ken", "Radia", "Tim",
         "Frances", "Edsger", "Hedy", "John", "Sophie", "Guido", "Annie", "Bjarne", "Shafi", "Donald", "Mary",
         "Niklaus", "Joan", "Yukihiro", "Fei-Fei", "José", "Zoë", "Øystein", "Chloé"]
LAST = ["Lovelace", "Hopper", "Turing", "Johnson", "Torvalds", "Hamilton", "Ritchie", "Liskov", "Thompson",
        "Perlman", "Berners-Lee", "Allen", "Dijkstra", "Lamarr", "Backus", "Wilson", "van Rossum", "Easley",
        "Stroustrup", "Goldwasser", "Knuth", "Keller", "Wirth", "Clarke", "Matsumoto", "Li", "García", "Núñez",
        "O'Brien", "Müller"]
COMPANIES = ["Acme Corp", "Globex", "Initech", "Umbrella", "Hooli", "Stark Industries", "Wayne Enterprises",
             "Wonka Industries", "Tyrell Corp", "Cyberdyne Systems", "Soylent, Inc.", "Vandelay Industries", ""]
PLACES = [("London", "GB", "+44"), ("Paris", "FR", "+33"), ("Berlin", "DE", "+49"), ("New York", "US", "+1"),
          ("San Francisco", "US", "+1"), ("Toronto", "CA", "+1"), ("Madrid", "ES", "+34"), ("Tokyo", "JP", "+81"),
          ("São Paulo", "BR", "+55"), ("Zürich", "CH", "+41"), ("Sydney", "AU", "+61"), ("", "", "+1")]
LABELS = ["vip", "lead", "customer", "churn-risk", "beta", "newsletter"]
PLANS = ["free", "starter", "pro", "enterprise"]
HEADER = ["name", "email", "phone_number", "identifier", "company", "city", "country_code", "labels",
          "custom_attributes.plan", "custom_attributes.seats"]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("rows", type=int)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--invalid", type=float, default=0.0)
    p.add_argument("--duplicates", type=float, default=0.0)
    p.add_argument("--start", type=int, default=1)
    a = p.parse_args()
    rnd = random.Random(a.seed)
    out = csv.writer(sys.stdout, lineterminator="\r\n")
    out.writerow(HEADER)
    earlier = []
    for i in range(a.start, a.start + a.rows):
        first, last = rnd.choice(FIRST), rnd.choice(LAST)
        city, country, prefix = rnd.choice(PLACES)
        local = (first + "." + last).lower().replace(" ", "").replace("'", "")
        email = "%s.%d@example.%s" % (local, i, rnd.choice(["com", "org", "net", "io"]))
        phone = "%s%d" % (prefix, 2000000000 + i * 7919 % 7999999999) if rnd.random() < 0.7 else ""
        ident = "crm-%06d" % i if rnd.random() < 0.5 else ""
        labels = ";".join(sorted(rnd.sample(LABELS, rnd.randint(0, 2))))
        plan = rnd.choice(PLANS)
        seats = str(rnd.randint(1, 500)) if plan in ("pro", "enterprise") else ""
        row = ["%s %s" % (first, last), email, phone, ident, rnd.choice(COMPANIES), city, country, labels, plan,
               seats]
        r = rnd.random()
        if r < a.invalid:
            kind = rnd.randint(0, 2)
            if kind == 0:
                row[1] = email.replace("@", " at ")          # bad e-mail
            elif kind == 1:
                row[2] = "0" + phone[len(prefix):] if phone else "555-0100"  # not E.164
            else:
                row[0] = row[1] = row[2] = row[3] = ""       # nothing to identify the contact
        elif r < a.invalid + a.duplicates and earlier:
            prev = rnd.choice(earlier)
            row[1] = prev[1].upper()                         # same e-mail, other case: merged
            row[3] = ""
            if prev[2]:
                row[2] = prev[2]
        else:
            earlier.append(row)
            if len(earlier) > 1000:
                earlier.pop(0)
        out.writerow(row)


if __name__ == "__main__":
    main()
