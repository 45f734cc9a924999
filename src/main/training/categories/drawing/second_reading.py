#!/usr/bin/env python3
"""Writes OUT_DIR/news-judged.tsv: ../news-judged.tsv with the focused paragraphs' labels and reasons of the second
reading (../held-back/news-judged-second-reading.tsv), for ./klangru train-categories --data OUT_DIR."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
base = os.path.join(here, '..')
second = {}
for l in open(os.path.join(base, 'held-back', 'news-judged-second-reading.tsv'), encoding='utf-8'):
    if l.startswith('#') or not l.strip(): continue
    i, before, after, why = l.rstrip('\n').split('\t')
    second[i] = (before, after, why)
os.makedirs(sys.argv[1], exist_ok=True)
with open(os.path.join(sys.argv[1], 'news-judged.tsv'), 'w', encoding='utf-8') as out:
    for l in open(os.path.join(base, 'news-judged.tsv'), encoding='utf-8'):
        r = l.rstrip('\n').split('\t')
        if not l.startswith('#') and r[0] in second:
            before, after, why = second[r[0]]
            if r[1] != before:
                sys.exit('%s: labels %s, the second reading expected %s' % (r[0], r[1], before))
            r[1], r[2] = after, why
        out.write('\t'.join(r) + '\n')
