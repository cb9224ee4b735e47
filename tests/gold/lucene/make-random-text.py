#!/usr/bin/env python3
# Writes random-text.txt: 400 lines of characters drawn at random (fixed seed) from those that exercise the word
# breaker and the filters: Arabic letters and marks, presentation forms, both kinds of digits and their separators,
# Latin, Hebrew with quotes, katakana, an ideograph, Thai, surrogate pairs, format and joiner characters, spaces.
# Lucene's tokens for it (random-text.tokens) come from ./regenerate.sh. Usage: ./make-random-text.py > random-text.txt
import random, sys

r = random.Random(29)
pieces = ["ا", "ل", "م", "و", "ي", "ة", "ى", "أ", "إ", "آ", "ب", "ك", "ف", "ن", "ت", "ه", "ـ", "\u064E", "\u064B", "\u0651",
          "\u0654", "\u0670", "\uFEF7", "\uFB50", "\uFE8D", "٣", "٫", "٬", "۵", "5", "0", "A", "b", "Z", "é", "e\u0301", ".",
          ",", "'", "\"", ":", ";", "_", "-", "/", "@", "،", "؟", " ", " ", " ", "  ", "\t", "\n", "\u00A0", "\u200C",
          "\u200D", "\u200E", "\u00AD", "\u05D0", "\u05D1", "\u30A2", "\u30FC", "\u4E00", "\u0E01", "\u0E32", "\U0001F600",
          "\U0001D167", "\U0001D400", "\u2019", "\u2018", "%", "(", ")", "\u066A", "\u3000", "\u0300"]
lines = ["".join(r.choice(pieces) for _ in range(r.randint(1, 30))) for _ in range(400)]
sys.stdout.write("\n".join(lines) + "\n")
