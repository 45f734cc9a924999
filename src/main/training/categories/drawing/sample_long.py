#!/usr/bin/env python3
"""Draws long paragraphs (701-3,000 characters: what ingest cuts into several passages and, since schema 11, reads
whole) from the news items sample_focused.py draws from, up to 2 per item, for hand labelling. Same exclusions, and
no paragraph of the given training files (id, categories, reason, text, ...).
Usage: sample_long.py THAIGOV_DIR OUT N SEED TRAINING.tsv..."""
import sys
from judged_sets import norm
from focused_items import draw, write
root, out, n, seed, drawn = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5:]
seen = {norm(l.split('\t')[3]) for f in drawn for l in open(f, encoding='utf-8')
        if not l.startswith('#') and l.count('\t') >= 3}
write(out, draw(root, n, seed, seen, 701, 3000, 2), 'l', seed, 'long')
