#!/usr/bin/env python3
"""Check tests/gold/mentions.tsv against the seed texts.

Reads only seeds/*.txt and tests/gold/mentions.tsv. For every row it asserts that
the UTF-16 code-unit span [start, end) of the decoded seed equals `surface`, that
type and kind are from the allowed sets, that one actor id always has one type,
and that spans do not overlap. Prints counts per type, kind and document.

Usage (from the repository root):  python3 tests/gold/tools/check_mentions.py
"""
import collections
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[3]
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold" / "mentions.tsv"
HEADER = ["doc", "start", "end", "surface", "actor", "type", "kind"]
TYPES = {"person", "country", "city", "organization", "media", "group"}
KINDS = {"name", "adjective"}


def main() -> int:
    lines = GOLD.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    assert lines[0].startswith("#"), "first line must be a # comment saying how the file was made"
    body = [l for l in lines if not l.startswith("#")]
    assert body[0].split("\t") == HEADER, f"bad header row: {body[0]!r}"
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
    errors = []
    actor_type = {}
    spans = collections.defaultdict(list)
    count = collections.Counter()
    for n, line in enumerate(body[1:], start=2):
        cols = line.split("\t")
        if len(cols) != len(HEADER):
            errors.append(f"row {n}: {len(cols)} columns"); continue
        doc, s, e, surface, actor, typ, kind = cols
        if doc not in texts:
            errors.append(f"row {n}: unknown doc {doc}"); continue
        s, e = int(s), int(e)
        utf16 = texts[doc].encode("utf-16-le")
        got = utf16[2 * s:2 * e].decode("utf-16-le")
        if got != surface:
            errors.append(f"row {n}: {doc}[{s}:{e}] is {got!r}, not {surface!r}")
        if typ not in TYPES:
            errors.append(f"row {n}: type {typ!r}")
        if kind not in KINDS:
            errors.append(f"row {n}: kind {kind!r}")
        if actor_type.setdefault(actor, typ) != typ:
            errors.append(f"row {n}: actor {actor} has types {actor_type[actor]} and {typ}")
        spans[doc].append((s, e, n))
        count[(doc, typ, kind)] += 1
    for doc, L in spans.items():
        L.sort()
        if [x[2] for x in L] != sorted(x[2] for x in L):
            errors.append(f"{doc}: rows are not in text order")
        for (s1, e1, n1), (s2, e2, n2) in zip(L, L[1:]):
            if s2 < e1:
                errors.append(f"{doc}: rows {n1} and {n2} overlap")
    for err in errors:
        print("ERROR", err)
    for label, idx in (("type (kind=name)", 1), ("kind", 2), ("doc (kind=name)", 0)):
        c = collections.Counter()
        for (doc, typ, kind), v in count.items():
            key = (doc, typ, kind)[idx]
            if idx == 2 or kind == "name":
                c[key] += v
        print(label + ":", ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    print("rows:", sum(count.values()), "errors:", len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
