#!/usr/bin/env python3
"""Averages evaluate.py's per-query lines by query kind.

  python3 docs/eval/by-kind.py RUN_OUTPUT.txt ../shared/eval/practice/kinds.tsv [BASELINE_OUTPUT.txt]

RUN_OUTPUT is what run.sh / evaluate.py printed ("p01<TAB>ndcg=0.423<TAB>recall=1.00<TAB>..."); kinds.tsv has
"id<TAB>kind<TAB>note". With a baseline, prints both side by side.
"""
import re, sys
from collections import defaultdict

def scores(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        m = re.match(r"^(\w+)\tndcg=([\d.]+)\trecall=([\d.]+)", line)
        if m:
            out[m.group(1)] = (float(m.group(2)), float(m.group(3)))
    return out

def kinds(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        parts = line.rstrip("\n").split("\t")
        out[parts[0]] = parts[1]
    return out

def by_kind(run, k):
    acc = defaultdict(list)
    for qid, s in run.items():
        acc[k.get(qid, "?")].append(s)
    return {kind: (len(v), sum(x[0] for x in v) / len(v), sum(x[1] for x in v) / len(v)) for kind, v in acc.items()}

def main():
    k = kinds(sys.argv[2])
    now = by_kind(scores(sys.argv[1]), k)
    before = by_kind(scores(sys.argv[3]), k) if len(sys.argv) > 3 else None
    print("| kind | queries | " + ("before nDCG@10 / recall@10 | " if before else "") + "nDCG@10 / recall@10 |")
    print("|---|---|" + ("---|" if before else "") + "---|")
    for kind in sorted(now):
        n, nd, rc = now[kind]
        b = f"{before[kind][1]:.3f} / {before[kind][2]:.3f} | " if before and kind in before else ("– | " if before else "")
        print(f"| {kind} | {n} | {b}{nd:.3f} / {rc:.3f} |")

if __name__ == "__main__":
    main()
