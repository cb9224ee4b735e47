#!/usr/bin/env python3
"""Makes src/Kit/Data/arabic-words.txt from Debian's hunspell-ar dictionary (Ayaspell 3.2, (c) 2006-2008 Mohamed
Kebdani, GPL 2.0 / LGPL 2.1 / MPL 1.1): every stem of /usr/share/hunspell/ar.dic, its affix flags dropped, normalized
as the kit normalizes text (no diacritics or tatweel, أ إ آ → ا, ى → ي, ة → ه), deduplicated and sorted.
Run: apt-get install hunspell-ar && python3 tests/gold/tools/make_arabic_words.py"""
import re

words = set()
with open("/usr/share/hunspell/ar.dic", encoding="utf-8") as f:
    next(f)  # the entry count
    for line in f:
        w = re.sub("[\u064B-\u0652\u0640\u0670]", "", line.strip().split("/")[0])
        w = w.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ى", "ي").replace("ة", "ه")
        if len(w) >= 2 and re.fullmatch("[\u0621-\u064A]+", w):
            words.add(w)
with open("src/Kit/Data/arabic-words.txt", "w", encoding="utf-8", newline="\n") as f:
    f.write("# Ordinary Arabic words (stems), to tell a name from a word. Derived from hunspell-ar (Ayaspell 3.2, (c) 2006-2008\n")
    f.write("# Mohamed Kebdani), used under its MPL 1.1 option (also GPL 2.0 / LGPL 2.1); see README-arabic-words.md. Made by\n")
    f.write("# tests/gold/tools/make_arabic_words.py: affix flags dropped, normalized like the kit's text.\n")
    f.write("\n".join(sorted(words)) + "\n")
print(len(words))
