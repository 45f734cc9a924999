"""The news items about PMQA, KM or management practice (two or more strong terms in the item), and paragraphs drawn
from them for hand labelling: sample_focused.py and sample_long.py draw here, with judged_sets.py's exclusions."""
import glob, os, random, re
from judged_sets import norm, practice_files, judged_substrings

strong = re.compile(r'PMQA|การจัดการความรู้|KM DAY|KM Day|ชุมชนนักปฏิบัติ|ศูนย์ราชการสะดวก|คู่มือการปฏิบัติงาน|มาตรฐานการปฏิบัติงาน|ถอดบทเรียน|รางวัลเลิศรัฐ|รางวัลคุณภาพการบริหารจัดการ|องค์กรแห่งการเรียนรู้|ระบบราชการ 4\.0|แผนพัฒนาบุคลากร|ความผูกพันของบุคลากร|ลดขั้นตอน|Lean|แลกเปลี่ยนเรียนรู้|ระบบรับเรื่องร้องเรียน|ความพึงพอใจของผู้รับบริการ|แผนปฏิบัติราชการ|ตัวชี้วัด')


def draw(root, n, seed, seen, shortest, longest, per_item):
    """Up to per_item paragraphs of shortest..longest characters from each item, the items in a random order, until
    n are drawn, as (file under data/, line, text); seen holds normalised paragraphs not to draw (again)."""
    excl = practice_files()
    judged = judged_substrings()
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
            if not (shortest <= len(t) <= longest) or 'http' in t or t.startswith('ที่มา') or 'รัฐบาลไทย-' in t[:12]: continue
            k = norm(t)
            if k in seen or any(j in k for j in judged): continue
            cand.append((i + 1, t, k))
        for ln, t, k in rnd.sample(cand, min(len(cand), per_item)):
            seen.add(k); rows.append((rel, ln, t))
        if len(rows) >= n: break
    return rows[:n]


def write(out, rows, prefix, seed, draw_name):
    """A batch file for the labellers: id, file, line, draw, text."""
    with open(out, 'w', encoding='utf-8') as w:
        w.write('# id\tfile\tline\tdraw\ttext\n')
        for i, (rel, ln, t) in enumerate(rows):
            w.write(f'{prefix}{seed:02d}{i:04d}\t{rel.replace(chr(9), " ")}\t{ln}\t{draw_name}\t{t}\n')
    print(len(rows))
