#!/usr/bin/env python3
"""Draws long paragraphs (701-3,000 characters: what ingest cuts into several passages and, since schema 11, reads
whole) from the news items sample_focused.py draws from, up to 2 per item, for hand labelling. Same exclusions, and
no paragraph any file already drew.
Usage: sample_long.py THAIGOV_DIR OUT N SEED ALREADY_DRAWN.tsv..."""
import os, random, re, sys, glob
root, out, n, seed, drawn = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5:]
from judged_sets import norm, practice_files, judged_substrings
from terms import strong
excl = practice_files()
judged = judged_substrings()
seen = {norm(l.split('\t')[3]) for f in drawn for l in open(f, encoding='utf-8')
        if not l.startswith('#') and l.count('\t') >= 3}
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
        if not (700 < len(t) <= 3000) or 'http' in t or t.startswith('ที่มา') or 'รัฐบาลไทย-' in t[:12]: continue
        k = norm(t)
        if k in seen or any(j in k for j in judged): continue
        cand.append((i + 1, t, k))
    for ln, t, k in rnd.sample(cand, min(len(cand), 2)):
        seen.add(k); rows.append((rel, ln, t))
    if len(rows) >= n: break
rows = rows[:n]
with open(out, 'w', encoding='utf-8') as w:
    w.write('# id\tfile\tline\tdraw\ttext\n')
    for i, (rel, ln, t) in enumerate(rows):
        w.write(f'l{seed:02d}{i:04d}\t{rel.replace(chr(9), " ")}\t{ln}\tlong\t{t}\n')
print(len(rows))
