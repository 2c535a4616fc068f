#!/usr/bin/env python3
"""List the pronoun (or definite-description) sources of PolNeAR's quotations for a hand reading of whom each means.

`nr-quotes eval` scores a quotation whose source is a pronoun ("he said") against the person the pronoun stands
for. PolNeAR marks only the pronoun, so without a hand reading the scorer falls back on the last named source
before it, which is often someone else. This tool writes every such pronoun with the text before it, for a reader
to resolve; the answers go in a file for `nr-quotes eval --referents FILE` (docs/quotes.md, "Pronoun sources read
by hand").

With `--descriptions` it lists instead the sources that are definite descriptions ("the president", "the
Florida senator"): PolNeAR keeps the description, while the reader gives a speaker's canonical name when the
story names them, so a reader says whom each description means (docs/quotes.md, "Descriptions read by hand").

PolNeAR is evaluation-only data: its text must not enter the repository, and neither may the items or the answers
made from it. OUT_DIR must therefore lie outside the repository. Skips cleanly when the data is absent.

usage: tools/pronoun_items.py dev|train OUT_DIR [--chunks N] [--before BYTES] [--descriptions]
"""

import argparse
import json
import os
import subprocess
import sys

# The pronouns nr-quotes treats as pronoun sources (PRONOUNS in src/bin/nr-quotes.rs).
PRONOUNS = {"he", "she", "they", "it", "who", "him", "her", "them", "his", "their", "its"}
# The determiners that open a definite description (DEFINITE in src/bin/nr-quotes.rs).
DEFINITE = {"the", "this", "that", "these", "those"}


def wanted(source, descriptions):
    """Whether a source's text is one to read: a pronoun, or with `descriptions` a definite description."""
    words = source.strip().split()
    if not descriptions:
        return source.strip().lower() in PRONOUNS
    return len(words) > 1 and words[0].lower() in DEFINITE


def items(path, before, descriptions=False, after=300):
    """One item per direct or mixed quotation (and per ''...'' quotation labelled indirect, which nr-quotes counts
    by default) whose source is a pronoun (or a definite description): its id `<line>:<source start byte>` and the text around it with the
    pronoun in ⟦ ⟧."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line_no, line in enumerate(f, 1):
            doc = json.loads(line)
            raw = doc["text"].encode("utf-8")
            for a in doc["attributions"]:
                content = a.get("content") or []
                if a["kind"] == "indirect":
                    text = " ".join(c["text"] for c in content).strip(" ,.\n")
                    if text.count("''") < 2:
                        continue
                elif a["kind"] not in ("direct", "mixed"):
                    continue
                source = (a.get("source") or [None])[0]
                if not source or not content or not wanted(source["text"], descriptions):
                    continue
                s, e = source["start_byte"], source["end_byte"]
                q_start = min(c["start_byte"] for c in content)
                q_end = max(c["end_byte"] for c in content)
                lo = max(0, min(s, q_start) - before)
                hi = min(len(raw), max(e, q_end) + after)
                excerpt = raw[lo:s] + "⟦".encode() + raw[s:e] + "⟧".encode() + raw[e:hi]
                out.append((f"{line_no}:{s}", source["text"], excerpt.decode("utf-8", "replace")))
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("split", choices=["dev", "train"])
    parser.add_argument("out_dir")
    parser.add_argument("--chunks", type=int, default=4, help="files to split the items into (one per reader)")
    parser.add_argument("--before", type=int, default=2500, help="bytes of text before the pronoun or quote")
    parser.add_argument("--descriptions", action="store_true", help="list definite-description sources instead")
    args = parser.parse_args()

    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    data = os.path.join(repo, "..", "shared", "data", "quotes", "eval-only", f"polnear.{args.split}.jsonl")
    if not os.path.exists(data):
        print(f"skipped: {data} is absent (PolNeAR is evaluation-only data kept outside the repository)")
        return 0
    out_dir = os.path.abspath(args.out_dir)
    top = subprocess.run(["git", "-C", repo, "rev-parse", "--show-toplevel"], capture_output=True, text=True)
    top = os.path.abspath(top.stdout.strip() or repo)
    if out_dir == top or out_dir.startswith(top + os.sep):
        print(f"error: {out_dir} is inside the repository; PolNeAR excerpts must stay outside it", file=sys.stderr)
        return 1
    os.makedirs(out_dir, exist_ok=True)
    found = items(data, args.before, args.descriptions)
    kind = "description" if args.descriptions else "pronoun"
    prefix = f"{args.split}-desc" if args.descriptions else args.split
    size = -(-len(found) // args.chunks)
    for k in range(args.chunks):
        name = os.path.join(out_dir, f"{prefix}{k + 1}.txt")
        with open(name, "w", encoding="utf-8") as f:
            for item_id, pronoun, excerpt in found[k * size:(k + 1) * size]:
                f.write(f"=== ITEM {item_id} ({kind}: {pronoun})\n{excerpt}\n\n")
    print(f"{len(found)} {kind} sources in {args.chunks} files in {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
