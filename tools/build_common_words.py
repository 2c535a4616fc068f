#!/usr/bin/env python3
"""Builds assets/gazetteers/common_words.txt: English words written in lower case that the word list never
capitalises ("death", "nickel", "winter"; not "rose" or "bush", which it also lists as names).

Source: SCOWL via Debian's `wamerican` package (`apt-get install wamerican`), /usr/share/dict/american-english.
Licence: SCOWL's (permissive, notice kept in assets/gazetteers/NOTICE.md).
Run:
  python3 tools/build_common_words.py /usr/share/dict/american-english assets/gazetteers/common_words.txt
"""
import sys

src, out = sys.argv[1], sys.argv[2]
words = [w.strip() for w in open(src, encoding="utf-8")]
known = set(words)
common = sorted(
    w for w in words
    if w.isascii() and w.isalpha() and w.islower() and len(w) > 2 and w.capitalize() not in known
)
with open(out, "w", encoding="utf-8") as f:
    f.write("\n".join(common) + "\n")
print(out, len(common))
