#!/usr/bin/env python3
"""Independent re-check of blind13 from the written files only: UTF-16LE slices and resolved speakers."""
import os, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
T = os.path.join(ROOT, 'test')
raw = {os.path.basename(p)[:-4]: open(p, 'rb').read().decode('utf-8').encode('utf-16-le') for p in glob.glob(T + '/*.txt')}
def sl(d, a, b): return raw[d][2*int(a):2*int(b)].decode('utf-16-le')
bad = 0
P = [l.split('\t') for l in open(T + '/persons.tsv', encoding='utf-8').read().split('\n')[2:-1]]
Q = [l.split('\t') for l in open(T + '/quotes.tsv', encoding='utf-8').read().split('\n')[2:-1]]
for d, s, e, surf, canon in P:
    if sl(d, s, e) != surf: bad += 1; print('person', d, surf)
for r in Q:
    d, kind, s, e, text, ss, se, sp, person, verb, res = r
    if sl(d, s, e) != text or sl(d, ss, se) != sp: bad += 1; print('quote', d, text[:20])
    if res == 'yes':
        if person:
            prev = [(int(a), int(b)) for dd, a, b, _, c in P if dd == d and c == person and int(a) < int(s)]
            a, b = prev[-1]
            if not (int(ss) <= a and b <= int(se)): bad += 1; print('not nearest', d, sp, text[:20])
        else:
            rep = [x for x in Q if x[0] == d and x[7] == sp and int(se) <= int(x[5]) and int(x[6]) <= int(s) and x[5] != ss]
            if rep: bad += 1; print('nearer repeat', d, sp)
print(len(P), 'person rows,', len(Q), 'quote rows,', bad, 'problems')
