#!/usr/bin/env python3
"""Independent re-check: slice the UTF-16LE encoding of each text at the TSV offsets; check resolved speakers point at the nearest preceding mention."""
import os, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__))); T = os.path.join(ROOT, 'test')
texts = {os.path.basename(p)[:-4]: open(p, 'rb').read().decode('utf-8') for p in glob.glob(T + '/*.txt')}
enc = {d: t.encode('utf-16-le') for d, t in texts.items()}
def sl(d, s, e): return enc[d][2*int(s):2*int(e)].decode('utf-16-le')
n = bad = 0; ments = {}
for ln in open(T + '/persons.tsv', encoding='utf-8').read().split('\n')[2:-1]:
    d, s, e, surf, canon = ln.split('\t'); n += 1
    ments.setdefault((d, canon), []).append((int(s), int(e)))
    if sl(d, s, e) != surf: bad += 1; print('BAD person', ln)
q = 0
for ln in open(T + '/quotes.tsv', encoding='utf-8').read().split('\n')[2:-1]:
    c = ln.split('\t'); q += 1
    if sl(c[0], c[2], c[3]) != c[4] or sl(c[0], c[5], c[6]) != c[7]: bad += 1; print('BAD quote', ln)
    if c[10] == 'yes' and c[8]:
        between = [m for m in ments[(c[0], c[8])] if int(c[6]) <= m[0] and m[1] <= int(c[2])]
        if between: bad += 1; print('NOT NEAREST', c[0], c[4][:30], between)
print(f'{n} person rows, {q} quote rows, {bad} mismatches')
