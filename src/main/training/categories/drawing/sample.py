#!/usr/bin/env python3
"""Draws news paragraphs for hand labelling: half from items about public-sector management, half at random.
Excludes every file of the practice corpus and any paragraph holding a judged substring (anti-leak)."""
import os, random, re, sys, glob
root = sys.argv[1]; out = sys.argv[2]; n = int(sys.argv[3]); seed = int(sys.argv[4])
from judged_sets import norm, practice_files, judged_substrings
excl = practice_files()
judged = judged_substrings()
topic = re.compile(r'PMQA|การจัดการความรู้|KM|คุณภาพการบริหารจัดการ|ศูนย์ราชการสะดวก|ร้องเรียน|คู่มือการปฏิบัติงาน|มาตรฐานการปฏิบัติงาน|แผนยุทธศาสตร์|แผนปฏิบัติราชการ|ตัวชี้วัด|พัฒนาบุคลากร|ฝึกอบรม|ข้าราชการ|ความพึงพอใจ|นวัตกรรม|รางวัล|ถอดบทเรียน|ชุมชนนักปฏิบัติ|ฐานข้อมูล|Lean|ลดขั้นตอน|ธรรมาภิบาล|วิสัยทัศน์|ผู้บริหาร|ITA|ระบบราชการ 4.0|การให้บริการ')
files = sorted(glob.glob(os.path.join(root, 'data/**/*.txt'), recursive=True))
rnd = random.Random(seed)
rnd.shuffle(files)
seen = set(); rows = []
want_topic = n * 3 // 4; want_rand = n - want_topic; got_t = got_r = 0
for f in files:
    rel = os.path.relpath(f, os.path.join(root, 'data'))
    if rel in excl: continue
    text = open(f, encoding='utf-8', errors='replace').read()
    is_topic = bool(topic.search(text))
    if is_topic and got_t >= want_topic: continue
    if not is_topic and got_r >= want_rand: continue
    lines = text.split('\n')
    cand = []
    for i, l in enumerate(lines):
        t = l.strip()
        if not (60 <= len(t) <= 700) or 'http' in t or t.startswith('ที่มา') or 'รัฐบาลไทย-' in t[:12]: continue
        k = norm(t)
        if k in seen or any(j in k for j in judged): continue
        cand.append((i + 1, t, k))
    if not cand: continue
    take = rnd.sample(cand, min(len(cand), 3 if is_topic else 1))
    for ln, t, k in take:
        seen.add(k); rows.append((rel, ln, t, 'topic' if is_topic else 'random'))
    if is_topic: got_t += len(take)
    else: got_r += len(take)
    if got_t >= want_topic and got_r >= want_rand: break
rnd.shuffle(rows)
with open(out, 'w', encoding='utf-8') as w:
    w.write('# id\tfile\tline\tdraw\ttext\n')
    for i, (rel, ln, t, d) in enumerate(rows):
        w.write(f'n{seed:02d}{i:04d}\t{rel}\t{ln}\t{d}\t{t}\n')
print(len(rows), got_t, got_r)
