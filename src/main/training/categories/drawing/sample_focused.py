#!/usr/bin/env python3
"""Draws paragraphs from news items about PMQA, KM and management practice (strong terms in the item), up to 6 per
item, for hand labelling. Same exclusions as sample.py, and no paragraph sample.py already drew.
Usage: sample_focused.py THAIGOV_DIR OUT N SEED ALREADY_DRAWN.tsv"""
import os, random, re, sys, glob
root, out, n, seed, drawn = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
from judged_sets import norm, practice_files, judged_substrings
excl = practice_files()
judged = judged_substrings()
seen = {norm(l.split('\t')[4]) for l in open(drawn, encoding='utf-8') if not l.startswith('#') and l.count('\t') >= 4}
from terms import strong
files = sorted(glob.glob(os.path.join(root, 'data/**/*.txt'), recursive=True))
rnd = random.Random(seed); rnd.shuffle(files)
rows = []
for f in files:
    rel = os.path.relpath(f, os.path.join(root, 'data'))
    if rel in excl: continue
    text = open(f, encoding='utf-8', errors='replace').read()
    if len(strong.findall(text)) < 2: continue
    cand = []
    for i, l in enumerate(text.split('\n')):
        t = l.strip()
        if not (60 <= len(t) <= 700) or 'http' in t or t.startswith('ที่มา') or 'รัฐบาลไทย-' in t[:12]: continue
        k = norm(t)
        if k in seen or any(j in k for j in judged): continue
        cand.append((i + 1, t, k))
    for ln, t, k in rnd.sample(cand, min(len(cand), 6)):
        seen.add(k); rows.append((rel, ln, t))
    if len(rows) >= n: break
rows = rows[:n]
with open(out, 'w', encoding='utf-8') as w:
    w.write('# id\tfile\tline\tdraw\ttext\n')
    for i, (rel, ln, t) in enumerate(rows):
        w.write(f'f{seed:02d}{i:04d}\t{rel.replace(chr(9), " ")}\t{ln}\tfocused\t{t}\n')
print(len(rows))
