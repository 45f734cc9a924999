"""What the samplers keep out of the training data: every file of the practice corpus and any paragraph holding a
substring of a judged set (dev or practice), compared as evaluate.py compares them."""
import os, re, unicodedata

EVAL = os.environ.get('KLANGRU_SHARED', '../shared') + '/eval'

def norm(s):
    s = unicodedata.normalize('NFKC', s); s = s.translate({0x0E50+i: ord('0')+i for i in range(10)})
    return re.sub(r'\s+', '', s).lower()

def practice_files():
    """Paths under the corpus's data/ folder of every practice-corpus file."""
    out = set()
    for f in ['practice/docs.txt', 'practice/distractors.txt']:
        for l in open(os.path.join(EVAL, f), encoding='utf-8'):
            l = l.strip()
            if l: out.add(l.lstrip('./').removeprefix('data/'))
    return out

def judged_substrings():
    """Every judged substring of 10 characters or more, normalised."""
    out = []
    for f in ['practice/passages.tsv', 'practice/queries.tsv', 'dev-passages.tsv', 'dev-queries.tsv']:
        for l in open(os.path.join(EVAL, f), encoding='utf-8'):
            if l.startswith('#'): continue
            parts = l.rstrip('\n').split('\t')
            subs = [parts[1]] if 'passages' in f else (parts[3].split(' || ') if len(parts) > 3 else [])
            out += [norm(s) for s in subs if len(s.strip()) >= 10]
    return out
