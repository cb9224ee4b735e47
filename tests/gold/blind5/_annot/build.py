#!/usr/bin/env python3
"""Build blind5 from the inline markup in _annot/*.mk and check the result (python3 stdlib only).

Markup:
  [[surface|canonical]]  person mention (canonical defaults to surface)
  <sN>...</sN>           speaker phrase N (may contain a person mention)
  <q d|i sN VERB [r]>...</q>  quote; d=direct, i=indirect; sN = speaker id; r = resolved (pronoun / participle)
  first line "@date YYYY-MM-DD" is metadata and not part of the text.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TEST = os.path.join(ROOT, "test")
HEADER = "# hand annotation, 2026-12-01, by a helper who never saw the kit's rules, gazetteer or code"

TOKEN = re.compile(r"\[\[([^\]|]+)(?:\|([^\]]+))?\]\]|<s(\d+)>|</s(\d+)>|<q ([^>]*)>|</q>")
COMPLEMENTIZERS = {"إن", "أن", "بأن", "وإن", "وأن", "إنه", "أنه", "إنها", "أنها", "بأنه", "بأنها", "إنهم", "أنهم", "لأن"}
MARKS = "«»\"“”'"
EDGE_BAD = MARKS + " \n\t.،,:؛;!؟?-–"
VERB_FORMS = {
    "قال": ["قال", "قالت", "قائل", "يقول", "تقول", "قوله", "قولها"],
    "أضاف": ["أضاف", "مضيف"],
    "أكد": ["أكد", "مؤكد", "يؤكد"],
    "أوضح": ["أوضح", "موضح"],
    "أشار": ["أشار", "مشير"],
    "صرح": ["صرح"],
    "اعتبر": ["اعتبر", "معتبر"],
    "شدد": ["شدد", "مشدد"],
    "تابع": ["تابع"],
    "لفت": ["لفت"],
    "نوه": ["نوه"],
    "كشف": ["كشف", "كاشف"],
    "رأى": ["رأى", "يرى", "ترى", "رأت"],
    "كتب": ["كتب"],
    "حذر": ["حذر", "محذر"],
    "أعلن": ["أعلن", "معلن"],
    "ذكر": ["ذكر"],
    "أقر": ["أقر", "تقر", "يقر"],
    "روى": ["روى", "روت", "يروي", "تروي"],
    "اعترف": ["اعترف"],
    "أفاد": ["أفاد"],
    "وعد": ["وعد"],
    "أوضح": ["أوضح", "موضح"],
    "ختم": ["ختم"],
    "طالب": ["طالب", "يطالب"],
}

problems = []


def problem(doc, msg):
    problems.append(f"{doc}: {msg}")


def parse(doc, src):
    out = []
    pos = 0
    n = 0  # length of output so far
    mentions, speakers, quotes = [], {}, []
    open_s, open_q = {}, None
    for m in TOKEN.finditer(src):
        chunk = src[pos:m.start()]
        out.append(chunk)
        n += len(chunk)
        pos = m.end()
        if m.group(1) is not None:
            surf = m.group(1)
            canon = m.group(2) or surf
            mentions.append([n, n + len(surf), surf, canon])
            out.append(surf)
            n += len(surf)
        elif m.group(3) is not None:
            open_s[m.group(3)] = n
        elif m.group(4) is not None:
            sid = m.group(4)
            if sid not in open_s:
                problem(doc, f"closing s{sid} without opening")
                continue
            if sid in speakers:
                problem(doc, f"speaker s{sid} defined twice")
            speakers[sid] = (open_s.pop(sid), n)
        elif m.group(5) is not None:
            if open_q is not None:
                problem(doc, "nested quote")
            parts = m.group(5).split()
            if len(parts) < 3 or parts[0] not in ("d", "i") or not parts[1].startswith("s"):
                problem(doc, f"bad quote tag <q {m.group(5)}>")
                parts = (parts + ["d", "s0", "?"])[:3]
            open_q = {"kind": "direct" if parts[0] == "d" else "indirect", "sid": parts[1][1:],
                      "verb": parts[2], "resolved": "yes" if "r" in parts[3:] else "no", "start": n}
        else:
            if open_q is None:
                problem(doc, "closing quote without opening")
                continue
            open_q["end"] = n
            quotes.append(open_q)
            open_q = None
    out.append(src[pos:])
    if open_s or open_q:
        problem(doc, f"unclosed tags {open_s} {open_q}")
    return "".join(out), mentions, speakers, quotes


def overlaps(spans):
    spans = sorted(spans)
    return [(a, b) for a, b in zip(spans, spans[1:]) if b[0] < a[1]]


def check_text(doc, text):
    if "\ufeff" in text:
        problem(doc, "BOM")
    if "\r" in text:
        problem(doc, "CR")
    if any(ord(c) > 0xFFFF for c in text):
        problem(doc, "non-BMP character")
    if any(t in text for t in ("[[", "]]", "<s", "</", "<q", "@date")):
        problem(doc, "markup left in text")
    if not text.endswith("\n") or text.endswith("\n\n"):
        problem(doc, "text must end with exactly one newline")
    lines = text[:-1].split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1] != "":
        problem(doc, "layout: headline, blank line, body")
    for i, line in enumerate(lines[2:], start=2):
        if (i % 2 == 0) != (line != ""):
            problem(doc, f"layout: line {i + 1} breaks paragraph/blank alternation")
        if line != line.strip() or "  " in line:
            problem(doc, f"layout: stray spaces on line {i + 1}")
    words = len(text.split())
    if not 280 <= words <= 420:
        problem(doc, f"{words} words (need 280-420)")
    return words


def prev_word(text, i):
    j = i
    while j > 0 and text[j - 1] == " ":
        j -= 1
    k = j
    while k > 0 and not text[k - 1].isspace() and text[k - 1] not in "،.:«\"(":
        k -= 1
    return text[k:j]


def check_quotes(doc, text, mentions, speakers, quotes):
    for q in quotes:
        s, e = q["start"], q["end"]
        qt = text[s:e]
        tag = f"quote@{s} «{qt[:30]}…»"
        if not qt or qt[0] in EDGE_BAD or qt[-1] in EDGE_BAD.replace("\"", ""):
            # a final '"' is allowed for partial marks inside indirect quotes
            problem(doc, f"{tag}: bad edge")
        if qt and qt[-1] == "\"" and (q["kind"] == "direct" or qt.count("\"") % 2):
            problem(doc, f"{tag}: unbalanced final mark")
        if "\n" in qt or "\t" in qt:
            problem(doc, f"{tag}: newline/tab inside quote")
        first = qt.split()[0] if qt.split() else ""
        if first in COMPLEMENTIZERS:
            problem(doc, f"{tag}: starts with complementizer")
        before = text[max(0, s - 2):s]
        if q["kind"] == "indirect":
            inner = text[s - 1:s] in ("\"", "«")
            if inner and text[e:e + 1] not in ("\"", "»"):
                problem(doc, f"{tag}: indirect quote inside marks must end at the closing mark")
            pw = prev_word(text, s - 1 if inner else s)
            if pw not in COMPLEMENTIZERS:
                problem(doc, f"{tag}: indirect quote not after a complementizer (got {pw!r})")
        else:
            if not (before.endswith("«") or before.endswith("\"") or before.endswith(": ")):
                problem(doc, f"{tag}: direct quote not after a mark or colon")
            after = text[e:e + 1]
            if before.endswith("«") and after != "»":
                problem(doc, f"{tag}: « not closed right after the span")
            if before.endswith("\"") and after != "\"":
                problem(doc, f"{tag}: \" not closed right after the span")
            if before.endswith(": ") and after not in (".", "\n"):
                problem(doc, f"{tag}: colon quote must run to sentence end")
        if q["kind"] == "indirect" and text[e:e + 1] not in (".", "،", "\n", "؛") and not (text[s - 1:s] in "\"«" and text[e:e + 1] in "\"»"):
            problem(doc, f"{tag}: indirect quote end not at punctuation ({text[e:e + 1]!r})")
        if q["sid"] not in speakers:
            problem(doc, f"{tag}: unknown speaker s{q['sid']}")
            continue
        ss, se = speakers[q["sid"]]
        if ss < e and s < se:
            problem(doc, f"{tag}: speaker overlaps quote")
        forms = VERB_FORMS.get(q["verb"])
        if forms is None:
            problem(doc, f"{tag}: unknown verb {q['verb']}")
        else:
            window = text[max(0, s - 160):s] + " " + text[e:e + 90]
            if not any(f in window for f in forms):
                problem(doc, f"{tag}: verb {q['verb']} not found near quote")
        if q["resolved"] == "no" and abs(ss - s) > 400:
            problem(doc, f"{tag}: unresolved speaker too far from quote")
        inside = [m for m in mentions if ss <= m[0] and m[1] <= se]
        canons = {m[3] for m in inside}
        if len(canons) > 1:
            problem(doc, f"{tag}: speaker span holds several persons")
        q["speaker"] = (ss, se, text[ss:se], canons.pop() if canons else "")
    for sid, (ss, se) in speakers.items():
        st = text[ss:se]
        if not st or st != st.strip() or st[0] in "،.:" or st[-1] in "،.:":
            problem(doc, f"speaker s{sid} bad edges {st!r}")
        if not any(q["sid"] == sid for q in quotes):
            problem(doc, f"speaker s{sid} unused")
    for a, b in overlaps([(q["start"], q["end"]) for q in quotes]):
        problem(doc, f"overlapping quotes {a} {b}")
    if len({(q["start"], q["end"]) for q in quotes}) != len(quotes):
        problem(doc, "duplicate quotes")


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".mk"))
    if len(files) != 7:
        problem("set", f"expected 7 .mk files, found {len(files)}")
    prow, qrow, drow, stats = [], [], [], []
    for fn in files:
        doc = fn[:-3]
        with open(os.path.join(HERE, fn), encoding="utf-8") as fh:
            raw = fh.read()
        first, rest = raw.split("\n", 1)
        mdate = re.fullmatch(r"@date (\d{4}-\d\d-\d\d)", first)
        if not mdate:
            problem(doc, "missing @date line")
            continue
        text, mentions, speakers, quotes = parse(doc, rest)
        words = check_text(doc, text)
        for s, e, surf, canon in mentions:
            if text[s:e] != surf:
                problem(doc, f"surface mismatch at {s}")
            if surf != surf.strip() or (surf[0] in "وبلك" and surf not in canon and surf[1:] in canon):
                problem(doc, f"mention {surf!r} looks like it keeps a proclitic")
            if s > 0 and text[s - 1].isalpha() and text[s - 1] not in "وبلك":
                problem(doc, f"mention {surf!r} starts inside a word")
            if e < len(text) and text[e].isalpha():
                problem(doc, f"mention {surf!r} ends inside a word")
        for a, b in overlaps([(m[0], m[1]) for m in mentions]):
            problem(doc, f"overlapping mentions {a} {b}")
        check_quotes(doc, text, mentions, speakers, quotes)
        path = os.path.join(TEST, doc + ".txt")
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        with open(path, encoding="utf-8", newline="") as fh:
            back = fh.read()
        if back != text:
            problem(doc, "written text differs")
        for s, e, surf, canon in sorted(mentions):
            prow.append(f"{doc}\t{s}\t{e}\t{surf}\t{canon}")
        for q in sorted(quotes, key=lambda q: q["start"]):
            if "speaker" not in q:
                continue
            ss, se, st, person = q["speaker"]
            qrow.append("\t".join([doc, q["kind"], str(q["start"]), str(q["end"]), text[q["start"]:q["end"]],
                                   str(ss), str(se), st, person, q["verb"], q["resolved"]]))
        drow.append(f"{doc}.txt\t{mdate.group(1)}")
        stats.append((doc, mdate.group(1), words, len({m[3] for m in mentions}), len(mentions), len(quotes),
                      sum(q["kind"] == "direct" for q in quotes), sum(q["resolved"] == "yes" for q in quotes),
                      sum(1 for q in quotes if q.get("speaker") and not q["speaker"][3])))
    with open(os.path.join(TEST, "persons.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(HEADER + "\ndoc\tstart\tend\tsurface\tperson\n" + "".join(r + "\n" for r in prow))
    with open(os.path.join(TEST, "quotes.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(HEADER + "\ndoc\tkind\tstart\tend\ttext\tspeaker_start\tspeaker_end\tspeaker\tperson\tverb\tresolved\n"
                 + "".join(r + "\n" for r in qrow))
    with open(os.path.join(ROOT, "dates.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("file\tdate\n" + "".join(r + "\n" for r in drow))
    # re-read the TSVs and check every surface against the texts
    texts = {}
    for fn in os.listdir(TEST):
        if fn.endswith(".txt"):
            with open(os.path.join(TEST, fn), encoding="utf-8", newline="") as fh:
                texts[fn[:-4]] = fh.read()
    for name, ncol in (("persons.tsv", 5), ("quotes.tsv", 11)):
        with open(os.path.join(TEST, name), encoding="utf-8") as fh:
            lines = fh.read().split("\n")[2:-1]
        for line in lines:
            f = line.split("\t")
            if len(f) != ncol:
                problem(name, f"bad column count: {line[:60]}")
                continue
            t = texts[f[0]]
            if name == "persons.tsv":
                if t[int(f[1]):int(f[2])] != f[3]:
                    problem(name, f"surface mismatch {f[:4]}")
            else:
                if t[int(f[2]):int(f[3])] != f[4] or t[int(f[5]):int(f[6])] != f[7]:
                    problem(name, f"span mismatch {f[:4]}")
    persons_total = len({(r.split("\t")[4]) for r in prow})
    print("doc\tdate\twords\tpersons\tmentions\tquotes\tdirect\tresolved\tno-person speakers")
    for row in stats:
        print("\t".join(map(str, row)))
    print(f"total\t\t{sum(r[2] for r in stats)}\t{sum(r[3] for r in stats)} (distinct canon over set: {persons_total})"
          f"\t{sum(r[4] for r in stats)}\t{sum(r[5] for r in stats)}\t{sum(r[6] for r in stats)}"
          f"\t{sum(r[7] for r in stats)}\t{sum(r[8] for r in stats)}")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK: no problems")


if __name__ == "__main__":
    main()
