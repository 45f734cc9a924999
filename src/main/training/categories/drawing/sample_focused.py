#!/usr/bin/env python3
"""Draws paragraphs from news items about PMQA, KM and management practice (strong terms in the item), up to 6 per
item, for hand labelling. Same exclusions as sample.py, and no paragraph sample.py already drew.
Usage: sample_focused.py THAIGOV_DIR OUT N SEED ALREADY_DRAWN.tsv"""
import sys
from judged_sets import norm
from focused_items import draw, write
root, out, n, seed, drawn = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
seen = {norm(l.split('\t')[4]) for l in open(drawn, encoding='utf-8') if not l.startswith('#') and l.count('\t') >= 4}
write(out, draw(root, n, seed, seen, 60, 700, 6), 'f', seed, 'focused')
