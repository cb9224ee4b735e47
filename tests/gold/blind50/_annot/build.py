#!/usr/bin/env python3
"""Build blind50 from the inline markup in _annot/*.mk and check everything.

Markup:
  [[surface]] or [[surface|canonical]]      person mention (span = surface only)
  <sN> ... </sN>                             speaker span N (may contain a person mention)
  <q d|i sN VERB [r]> ... </q>               quote; d = direct, i = indirect; r = resolved=yes
                                             the quote's person = canonical of the mention inside <sN>, else empty
Usage: python3 _annot/build.py   (writes test/*.txt, test/persons.tsv, test/quotes.tsv, checks, prints OK)
"""
import os, re, sys, glob, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TEST = os.path.join(ROOT, 'test')
HDR = '# hand annotation, blind50, by blind writer, a helper who never saw the kit\'s rules, gazetteer or code'
DATES = {
    'q01-basra-dates': '2009-10-13',
    'q02-fahaheel-diabetes': '1997-03-11',
    'q03-nouadhibou-ore-train': '2005-11-23',
    'q04-bayda-exams': '2001-06-19',
    'q05-shymkent-football': '2019-08-24',
    'q06-bloemfontein-appeal': '2016-02-24',
    'q07-kanazawa-gold-leaf': '2012-05-19',
    'q08-scarborough-sargassum': '2025-06-17',
}
WEEKDAYS = {0: 'الاثنين', 1: 'الثلاثاء', 2: 'الأربعاء', 3: 'الخميس', 4: 'الجمعة', 5: 'السبت', 6: 'الأحد'}
MARKS = '«»"“”\''
COMPS = {'إن', 'أن', 'بأن', 'إنه', 'أنه', 'بأنه', 'إنها', 'أنها', 'بأنها', 'إنهم', 'أنهم', 'بأنهم', 'إنهن', 'أنهن',
         'إننا', 'أننا', 'إني', 'أني', 'وإن', 'وأن'}
TOK = re.compile(r'\[\[([^\]|]+)(?:\|([^\]]+))?\]\]|<s(\d+)>|</s(\d+)>|<q ([^>]*)>|</q>')

problems = []
def bad(doc, msg):
    problems.append(f'{doc}: {msg}')

def parse(doc, src):
    out = []; pos = 0; i = 0
    persons = []; speakers = {}; sopen = {}; quotes = []; qstack = []
    for m in TOK.finditer(src):
        out.append(src[i:m.start()]); pos += len(src[i:m.start()]); i = m.end()
        if m.group(1) is not None:
            surf = m.group(1); canon = m.group(2) or surf
            persons.append([pos, pos + len(surf), surf, canon])
            out.append(surf); pos += len(surf)
        elif m.group(3) is not None:
            sid = m.group(3)
            if sid in speakers or sid in sopen: bad(doc, f'speaker s{sid} defined twice')
            sopen[sid] = pos
        elif m.group(4) is not None:
            sid = m.group(4)
            if sid not in sopen: bad(doc, f'closing unopened s{sid}'); continue
            speakers[sid] = (sopen.pop(sid), pos)
        elif m.group(5) is not None:
            f = m.group(5).split()
            if len(f) not in (3, 4) or f[0] not in ('d', 'i') or not f[1].startswith('s') or (len(f) == 4 and f[3] != 'r'):
                bad(doc, f'bad quote tag {m.group(0)}')
            qstack.append((pos, f))
        else:
            if not qstack: bad(doc, 'closing unopened q'); continue
            st, f = qstack.pop()
            if qstack: bad(doc, 'nested quote')
            quotes.append(dict(start=st, end=pos, kind='direct' if f[0] == 'd' else 'indirect',
                               sid=f[1][1:], verb=f[2], resolved='yes' if len(f) == 4 else 'no'))
    out.append(src[i:])
    if sopen or qstack: bad(doc, 'unclosed tags')
    return ''.join(out), persons, speakers, quotes

def words(t):
    return len(t.split())

def main():
    prow, qrow, stats = [], [], []
    allpersons = {}
    mks = sorted(glob.glob(os.path.join(HERE, '*.mk')))
    if len(mks) != 8: bad('set', f'{len(mks)} .mk files, want 8')
    for mk in mks:
        doc = os.path.basename(mk)[:-3]
        src = open(mk, encoding='utf-8').read()
        text, persons, speakers, quotes = parse(doc, src)
        if '[[' in text or ']]' in text or '<s' in text or '<q' in text or '</' in text: bad(doc, 'markup left in text')
        # layout
        if '\r' in text or text.startswith('\ufeff'): bad(doc, 'CR or BOM')
        if any(ord(c) > 0xFFFF for c in text): bad(doc, 'non-BMP character')
        if not text.endswith('\n') or text.endswith('\n\n'): bad(doc, 'final newline')
        lines = text[:-1].split('\n')
        if len(lines) < 3 or not lines[0].strip() or lines[1] != '': bad(doc, 'headline / blank line')
        for k, ln in enumerate(lines[2:], 2):
            if (k % 2 == 0) != (ln != ''): bad(doc, f'layout at line {k+1}')
            if ln != ln.strip() or '  ' in ln: bad(doc, f'stray spaces line {k+1}')
        if lines[-1] == '': bad(doc, 'blank last line')
        w = words(text)
        if not 300 <= w <= 420: bad(doc, f'{w} words')
        # weekday
        d = datetime.date.fromisoformat(DATES[doc])
        for wd in WEEKDAYS.values():
            if re.search(r'(?<!\w)[وب]?' + wd + r'(?!\w)', text) and wd != WEEKDAYS[d.weekday()] and wd != 'الجمعة':
                bad(doc, f'weekday {wd} does not match {d}')
        # persons
        persons.sort()
        for a, b in zip(persons, persons[1:]):
            if b[0] < a[1]: bad(doc, f'overlapping persons {a} {b}')
        for s, e, surf, canon in persons:
            if text[s:e] != surf: bad(doc, f'surface mismatch {surf}')
            if surf != surf.strip() or surf[0] in MARKS or surf[-1] in MARKS + '.،': bad(doc, f'person edge {surf}')
            if surf[0] in 'وبل' and surf not in canon and not surf.startswith(('بن', 'لي', 'بي', 'بارك', 'ليندا', 'لوسيا', 'وفاء', 'بلعيد', 'بيريرا', 'باتبايار', 'بدر', 'بكتور', 'بيير', 'بن عبو', 'بالتروناس', 'بيكا')):
                bad(doc, f'possible proclitic in {surf}')
            if s > 0 and text[s-1] not in ' \n"«(': 
                if not (text[s-1] in 'وبل' and (s == 1 or text[s-2] in ' \n(و')) and text[s-2:s] != 'لـ' and text[s-2:s] != 'بـ':
                    bad(doc, f'person {surf} glued to {text[max(0,s-3):s]!r}')
            if e < len(text) and text[e] not in ' \n،.:»")؛-': bad(doc, f'person {surf} runs into {text[e:e+2]!r}')
            allpersons.setdefault(canon, set()).add(doc)
            prow.append((doc, s, e, surf, canon))
        # quotes
        quotes.sort(key=lambda q: q['start'])
        for a, b in zip(quotes, quotes[1:]):
            if b['start'] < a['end']: bad(doc, 'overlapping quotes')
        nd = 0
        for q in quotes:
            s, e = q['start'], q['end']; t = text[s:e]
            if '\n' in t: bad(doc, f'quote crosses paragraph: {t[:30]}')
            if t != t.strip(): bad(doc, f'quote edge space: {t[:30]}')
            if t[0] in MARKS + '.،:؛': bad(doc, f'quote starts with mark: {t[:30]}')
            if t[-1] in '.،:؛«“': bad(doc, f'quote ends with stop: {t[-30:]}')
            if t[-1] in MARKS and t.count(t[-1]) % 2 == 1 and not ('«' in t and t[-1] == '»'): bad(doc, f'quote ends with unbalanced mark: {t[-30:]}')
            if t.split()[0] in COMPS: bad(doc, f'quote starts with complementizer: {t[:30]}')
            before = text[max(0, s-12):s]
            if q['kind'] == 'direct':
                nd += 1
                if not (before.endswith('«') or before.endswith('"') or before.endswith(': ')): bad(doc, f'direct quote not after mark/colon: {t[:30]}')
                if before.endswith('«') and not text[e:e+1] == '»': bad(doc, f'direct quote not closed by »: {t[-30:]}')
            else:
                bs = before.rstrip(' "«').split()
                bw = bs[-1] if bs else ''
                bw = bw.lstrip('"«')
                if bw not in COMPS and not before.endswith(('أن "', 'إن "', 'أن «', 'إن «')): bad(doc, f'indirect quote not after complementizer: {before!r} {t[:30]}')
            if q['sid'] not in speakers: bad(doc, f'quote with unknown speaker s{q["sid"]}'); continue
            ss, se = speakers[q['sid']]
            stext = text[ss:se]
            if stext != stext.strip() or stext[0] in MARKS + '.،': bad(doc, f'speaker span edge: {stext}')
            inside = [p for p in persons if p[0] >= ss and p[1] <= se]
            person = inside[0][3] if inside else ''
            if len({p[3] for p in inside}) > 1: bad(doc, f'speaker span with two persons: {stext}')
            if abs(ss - s) > 700: bad(doc, f'speaker far from quote: {stext}')
            if q['resolved'] == 'no' and text[min(se, s):max(se, s)].count('\n') > 0: bad(doc, f'unresolved speaker in other paragraph: {stext}')
            if ss < e and se > s: bad(doc, f'speaker inside quote: {stext}')
            if not q['verb']: bad(doc, 'no verb')
            q.update(stext=stext, ss=ss, se=se, person=person)
            qrow.append((doc, q['kind'], s, e, t, ss, se, stext, person, q['verb'], q['resolved']))
        stats.append((doc, w, len({p[3] for p in persons}), len(persons), len(quotes), nd,
                      sum(q['resolved'] == 'yes' for q in quotes), sum(1 for q in quotes if not q.get('person'))))
        with open(os.path.join(TEST, doc + '.txt'), 'w', encoding='utf-8', newline='\n') as f:
            f.write(text)
    with open(os.path.join(TEST, 'persons.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(HDR + '\n' + 'doc\tstart\tend\tsurface\tperson\n')
        for r in prow: f.write('\t'.join(map(str, r)) + '\n')
    with open(os.path.join(TEST, 'quotes.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(HDR + '\n' + 'doc\tkind\tstart\tend\ttext\tspeaker_start\tspeaker_end\tspeaker\tperson\tverb\tresolved\n')
        for r in qrow: f.write('\t'.join(map(str, r)) + '\n')
    with open(os.path.join(ROOT, 'dates.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('file\tdate\n')
        for doc in sorted(DATES): f.write(f'{doc}.txt\t{DATES[doc]}\n')
    # re-read and verify written files
    texts = {os.path.basename(p)[:-4]: open(p, encoding='utf-8', newline='').read() for p in glob.glob(os.path.join(TEST, '*.txt'))}
    if set(texts) != set(DATES): bad('set', f'txt files {sorted(texts)} != dates')
    for ln in open(os.path.join(TEST, 'persons.tsv'), encoding='utf-8').read().split('\n')[2:-1]:
        d, s, e, surf, canon = ln.split('\t')
        if texts[d][int(s):int(e)] != surf: bad(d, f'persons.tsv slice {surf}')
    for ln in open(os.path.join(TEST, 'quotes.tsv'), encoding='utf-8').read().split('\n')[2:-1]:
        c = ln.split('\t')
        if len(c) != 11: bad(c[0], 'quotes.tsv columns'); continue
        if texts[c[0]][int(c[2]):int(c[3])] != c[4] or texts[c[0]][int(c[5]):int(c[6])] != c[7]: bad(c[0], f'quotes.tsv slice {c[4][:20]}')
    for p in [os.path.join(TEST, 'persons.tsv'), os.path.join(TEST, 'quotes.tsv'), os.path.join(ROOT, 'dates.tsv')]:
        raw = open(p, 'rb').read()
        if b'\r' in raw or raw.startswith(b'\xef\xbb\xbf') or not raw.endswith(b'\n'): bad(p, 'CR/BOM/final newline')
    # totals
    tw = sum(s[1] for s in stats); tm = sum(s[3] for s in stats); tq = sum(s[4] for s in stats)
    tp = len(allpersons)
    print('doc\twords\tpersons\tmentions\tquotes\tdirect\tresolved\tno-person')
    for s in stats: print('\t'.join(map(str, s)))
    print(f'total\t{tw}\t{tp}\t{tm}\t{tq}\t{sum(s[5] for s in stats)}\t{sum(s[6] for s in stats)}\t{sum(s[7] for s in stats)}')
    if tp < 40: bad('set', f'only {tp} persons')
    if tm < 90: bad('set', f'only {tm} mentions')
    if tq < 90: bad('set', f'only {tq} quotes')
    multi = [c for c, ds in allpersons.items() if len(ds) > 1]
    if multi: bad('set', f'persons in several docs: {multi}')
    if problems:
        for p in problems: print('PROBLEM', p)
        sys.exit(1)
    print('OK: no problems')

if __name__ == '__main__':
    main()
