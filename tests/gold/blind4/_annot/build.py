#!/usr/bin/env python3
"""Build blind4 from inline markup and check it (stdlib only).

Markup in _annot/kNN-*.mk (line 1: '#date YYYY-MM-DD', then the article):
  [[surface|canonical]]          person mention (name only)
  <sN> ... </sN>                 speaker phrase N (may contain a person mention)
  <q d|i sN VERB [r]> ... </q>   quote (d = direct, i = indirect), speaker sN, verb, r = resolved
"""
import os, re, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TEST = os.path.join(ROOT, 'test')
COMMENT = "# hand annotation, 2026-12-01, by a helper who never saw the kit's rules, gazetteer or code"
PROCLITICS = {'و', 'ب', 'ل', 'ك', 'ف', 'وب', 'ول', 'وك', 'فب', 'فل', 'بـ', 'وبـ'}
COMPS = {'إن', 'أن', 'بأن', 'إنه', 'إنها', 'أنه', 'أنها', 'إنهم', 'أنهم', 'بأنه', 'بأنها', 'إننا', 'أننا'}
# surfaces whose tokens differ from the canonical form on purpose (genitive etc.)
SURFACE_OK = set()
problems = []

def err(doc, msg):
    problems.append(f'{doc}: {msg}')

TOKEN = re.compile(r'\[\[([^\]|]+)\|([^\]]+)\]\]|<s(\d+)>|</s(\d+)>|<q ([^>]+)>|</q>')

def parse(doc, src):
    out, pos, i = [], 0, 0
    persons, speakers, quotes = [], {}, []
    open_s, open_q = {}, None
    for m in TOKEN.finditer(src):
        out.append(src[i:m.start()]); pos += m.start() - i; i = m.end()
        if m.group(1) is not None:
            surf, canon = m.group(1), m.group(2)
            persons.append((pos, pos + len(surf), surf, canon))
            out.append(surf); pos += len(surf)
        elif m.group(3) is not None:
            open_s[m.group(3)] = pos
        elif m.group(4) is not None:
            n = m.group(4)
            if n not in open_s: err(doc, f'</s{n}> without open'); continue
            if n in speakers: err(doc, f's{n} defined twice')
            speakers[n] = (open_s.pop(n), pos)
        elif m.group(5) is not None:
            if open_q: err(doc, 'nested quote')
            f = m.group(5).split()
            if len(f) not in (3, 4) or f[0] not in ('d', 'i') or not f[1].startswith('s') or (len(f) == 4 and f[3] != 'r'):
                err(doc, f'bad quote tag {m.group(5)}')
            open_q = (pos, f)
        else:
            if not open_q: err(doc, '</q> without open'); continue
            st, f = open_q
            quotes.append({'start': st, 'end': pos, 'kind': 'direct' if f[0] == 'd' else 'indirect',
                           'sid': f[1][1:], 'verb': f[2], 'resolved': 'yes' if len(f) == 4 else 'no'})
            open_q = None
    out.append(src[i:])
    if open_s or open_q: err(doc, 'unclosed markup')
    return ''.join(out), persons, speakers, quotes

def is_letter(c):
    return c.isalpha()

def word_before(text, i):
    j = i
    while j > 0 and text[j - 1] == ' ': j -= 1
    k = j
    while k > 0 and not text[k - 1].isspace(): k -= 1
    return text[k:j]

def check_layout(doc, raw, text):
    if raw.startswith('\ufeff'): err(doc, 'BOM')
    if '\r' in text: err(doc, 'CR')
    if any(ord(c) > 0xFFFF for c in text): err(doc, 'non-BMP char')
    if not text.endswith('\n') or text.endswith('\n\n'): err(doc, 'final newline')
    lines = text[:-1].split('\n')
    if len(lines) < 5 or not lines[0].strip() or lines[1] != '': err(doc, 'headline/blank layout')
    for n, ln in enumerate(lines):
        if ln != ln.strip(): err(doc, f'line {n+1} has edge spaces')
        if n >= 2 and (n % 2 == 1) != (ln == ''): err(doc, f'line {n+1}: paragraphs must be separated by exactly one blank line')
    if lines[-1] == '': err(doc, 'trailing blank line')
    for bad in ('[[', ']]', '<', '>', '\t', '  '):
        if bad in text: err(doc, f'leftover {bad!r} in text')
    words = [w for w in text.split() if any(c.isalnum() for c in w)]
    if not 280 <= len(words) <= 420: err(doc, f'{len(words)} words')
    return len(words)

def check_persons(doc, text, persons):
    last = -1
    for s, e, surf, canon in persons:
        if text[s:e] != surf: err(doc, f'surface mismatch {surf}')
        if s < last: err(doc, f'overlapping/unsorted person {surf}')
        last = e
        if surf != surf.strip() or '\n' in surf: err(doc, f'bad person edges {surf!r}')
        if e < len(text) and is_letter(text[e]): err(doc, f'person {surf} followed by letter {text[e]}')
        if s > 0 and is_letter(text[s - 1]):
            k = s
            while k > 0 and is_letter(text[k - 1]): k -= 1
            if text[k:s] not in PROCLITICS: err(doc, f'person {surf} glued to {text[k:s]!r}')
        ctoks = canon.split()
        if (surf, canon) not in SURFACE_OK and not all(t in ctoks for t in surf.split()):
            # single-token nicknames inside marks are allowed when the text shows the mark
            if not (text[s - 1] in '«"' and text[e] in '»"'):
                err(doc, f'surface {surf} not drawn from canonical {canon}')

def check_quotes(doc, text, persons, speakers, quotes):
    prev_end = -1
    for q in quotes:
        s, e = q['start'], q['end']; span = text[s:e]
        if s < prev_end: err(doc, f'overlapping quotes at {s}')
        prev_end = e
        if not span or span != span.strip() or '\n' in span: err(doc, f'bad quote edges {span[:30]!r}')
        if span[0] in '«"\'' or span[-1] in '.،؛:«»!?؟': err(doc, f'quote marks/stop at edge: {span[:20]!r}…{span[-20:]!r}')
        if span[-1] == '"' and span.count('"') % 2: err(doc, f'unbalanced mark at quote end {span[-20:]!r}')
        first = span.split()[0]
        if first in COMPS: err(doc, f'complementizer inside quote {span[:20]!r}')
        before, after = text[s - 1], text[e] if e < len(text) else '\n'
        if q['kind'] == 'direct':
            if before in '«"':
                pair = {'«': '»', '"': '"'}[before]
                if after != pair: err(doc, f'direct quote not closed by mark {span[-20:]!r}')
            elif text[s - 2:s] == ': ':
                if after not in '.\n': err(doc, f'colon quote must run to end of sentence {span[-20:]!r}')
            else:
                err(doc, f'direct quote without mark or colon {span[:20]!r}')
        else:
            wb = word_before(text, s - (1 if before in '«"' else 0))
            if wb not in COMPS: err(doc, f'indirect quote not after complementizer ({wb!r}) {span[:20]!r}')
            if before in '«"':
                if after != {'«': '»', '"': '"'}[before]: err(doc, 'indirect quote in marks not closed')
            elif after not in '.،؛\n': err(doc, f'indirect quote does not end at sentence/clause end {span[-20:]!r}')
        sid = q['sid']
        if sid not in speakers: err(doc, f'unknown speaker s{sid}'); continue
        ss, se = speakers[sid]
        q['speaker'] = (ss, se, text[ss:se])
        inside = [p for p in persons if p[0] >= ss and p[1] <= se]
        canons = {p[3] for p in inside}
        if len(canons) > 1: err(doc, f'speaker s{sid} holds several persons')
        q['person'] = canons.pop() if canons else ''
        if inside and inside[-1][1] != se: err(doc, f'speaker s{sid} does not end with the name')
        # verb near the quote
        verb = q['verb']
        window = text[max(0, s - 160):s] + ' ' + text[e:e + 160]
        if verb not in window: err(doc, f'verb {verb} not near quote {span[:20]!r}')
        if q['resolved'] == 'yes' and ss > s: err(doc, 'resolved speaker after quote')
        if q['resolved'] == 'no' and min(abs(s - se), abs(ss - e)) > 220: err(doc, f'speaker far from quote {span[:20]!r}')

def main():
    mks = sorted(glob.glob(os.path.join(HERE, 'k0*.mk')))
    if len(mks) != 7: err('set', f'{len(mks)} markup files')
    prow, qrow, drow, stats = [], [], [], []
    allpersons = {}
    for mk in mks:
        doc = os.path.basename(mk)[:-3]
        raw = open(mk, encoding='utf-8').read()
        head, body = raw.split('\n', 1)
        m = re.fullmatch(r'#date (\d{4}-\d\d-\d\d)', head)
        if not m: err(doc, 'missing #date line'); continue
        text, persons, speakers, quotes = parse(doc, body)
        nw = check_layout(doc, raw, text)
        check_persons(doc, text, persons)
        check_quotes(doc, text, persons, speakers, quotes)
        with open(os.path.join(TEST, doc + '.txt'), 'w', encoding='utf-8', newline='\n') as f:
            f.write(text)
        for s, e, surf, canon in persons:
            prow.append(f'{doc}\t{s}\t{e}\t{surf}\t{canon}')
            allpersons.setdefault(canon, set()).add(doc)
        for q in quotes:
            ss, se, sp = q.get('speaker', (0, 0, ''))
            qrow.append('\t'.join([doc, q['kind'], str(q['start']), str(q['end']), text[q['start']:q['end']],
                                   str(ss), str(se), sp, q.get('person', ''), q['verb'], q['resolved']]))
        drow.append(f'{doc}.txt\t{m.group(1)}')
        stats.append((doc, m.group(1), nw, len({p[3] for p in persons}), len(persons), len(quotes),
                      sum(q['kind'] == 'direct' for q in quotes), sum(q['resolved'] == 'yes' for q in quotes),
                      sum(q.get('person', '') == '' for q in quotes)))
    for canon, docs in allpersons.items():
        if len(docs) > 1: err('set', f'person {canon} in several docs {docs}')
    with open(os.path.join(TEST, 'persons.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(COMMENT + '\ndoc\tstart\tend\tsurface\tperson\n' + '\n'.join(prow) + '\n')
    with open(os.path.join(TEST, 'quotes.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(COMMENT + '\ndoc\tkind\tstart\tend\ttext\tspeaker_start\tspeaker_end\tspeaker\tperson\tverb\tresolved\n'
                + '\n'.join(qrow) + '\n')
    with open(os.path.join(ROOT, 'dates.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('file\tdate\n' + '\n'.join(drow) + '\n')
    # re-read the written files and verify offsets against the texts
    texts = {os.path.basename(p)[:-4]: open(p, encoding='utf-8').read() for p in glob.glob(os.path.join(TEST, '*.txt'))}
    for ln in open(os.path.join(TEST, 'persons.tsv'), encoding='utf-8').read().splitlines()[2:]:
        d, s, e, surf, canon = ln.split('\t')
        if texts[d][int(s):int(e)] != surf: err(d, f're-read person mismatch {surf}')
    for ln in open(os.path.join(TEST, 'quotes.tsv'), encoding='utf-8').read().splitlines()[2:]:
        c = ln.split('\t')
        if len(c) != 11: err(c[0], 'quotes row width'); continue
        t = texts[c[0]]
        if t[int(c[2]):int(c[3])] != c[4] or t[int(c[5]):int(c[6])] != c[7]: err(c[0], f're-read quote mismatch {c[4][:20]}')
    print('doc\tdate\twords\tpersons\tmentions\tquotes\tdirect\tresolved\tno-person')
    for r in stats: print('\t'.join(map(str, r)))
    tot = [sum(r[i] for r in stats) for i in range(2, 9)]
    tot[1] = len(allpersons)
    print('total\t\t' + '\t'.join(map(str, tot)))
    if problems:
        for p in problems: print('PROBLEM', p)
        print(f'FAILED: {len(problems)} problems'); sys.exit(1)
    print('OK: no problems')

if __name__ == '__main__':
    main()
