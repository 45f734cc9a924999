#!/usr/bin/env python3
"""Joins each batch with its hand labels into the training file: id, categories, reason, text, source."""
import glob, os, re, sys
out = sys.argv[1]
def title(rel):
    # the news item's title as ingest keeps it: its first line without the site breadcrumb ("รัฐบาลไทย-ข่าว...-")
    try:
        first = open(os.path.join(os.environ.get('THAIGOV_DATA', '/tmp/thaigov/data'), rel), encoding='utf-8', errors='replace').readline().strip()
    except OSError:
        return ''
    return re.sub(r'^รัฐบาลไทย-[^-]*-', '', first).replace('\t', ' ')
rows = []
for lab in sorted(glob.glob('./batch-*.labels.tsv'), key=lambda p: int(p.split('-')[-1].split('.')[0])):
    src = lab.replace('.labels.tsv', '.tsv')
    text = {}
    for l in open(src, encoding='utf-8'):
        if l.startswith('#'): continue
        c = l.rstrip('\n').split('\t')
        # a file name may hold a tab: text and draw are read from the end, the file is what lies between
        text[c[0]] = (c[-1], ' '.join(c[1:-3]), c[-2])
    for l in open(lab, encoding='utf-8'):
        if l.startswith('#') or not l.strip(): continue
        c = l.rstrip('\n').split('\t')
        if len(c) < 3 or c[0] not in text:
            print('skip', lab, l[:60], file=sys.stderr); continue
        cats = ','.join(x.strip() for x in c[1].split(',') if x.strip())
        rows.append((c[0], cats, c[2].replace('\t', ' '), text[c[0]][0], 'thaigov-v2:' + text[c[0]][1],
                     title(text[c[0]][1]), text[c[0]][2]))
with open(out, 'w', encoding='utf-8') as w:
    w.write('# Hand-judged paragraphs of Thai government news (PyThaiNLP thaigov-v2, public domain), labelled by reading\n')
    w.write('# against ../shared/eval/LABELLING.md; no file of the practice corpus and no judged substring is here.\n')
    w.write('# id\tcategories\treason\ttext\tsource\ttitle\tdraw\n')
    for r in rows: w.write('\t'.join(r) + '\n')
print(len(rows), 'rows')
