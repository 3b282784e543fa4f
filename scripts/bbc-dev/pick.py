#!/usr/bin/env python3
"""Pick the BBC development gold set: 9 articles from each of the five sections (45 in all).

    python3 scripts/bbc-dev/pick.py [CORPUS_DIR]     (default /work/shared/corpus/bbc)

Deterministic: one random.Random(20261201) is used for all sections, taken in sorted order
(business, entertainment, politics, sport, tech). For each section the sorted list of *.txt files
is filtered to the eligible ones -- the file decodes as UTF-8 and contains at least one double
quotation mark (" or a curly double quote; a lone ' is not counted, since in BBC copy it is almost
always an apostrophe) -- and rng.sample(eligible, 9) picks the files. The picks of each section are
printed sorted, one relative path a line (business/012.txt).
"""
import os
import random
import sys

SEED = 20261201
PER_SECTION = 9
SECTIONS = ["business", "entertainment", "politics", "sport", "tech"]
QUOTE_MARKS = ('"', "\u201c", "\u201d")


def eligible(path):
    try:
        text = open(path, "rb").read().decode("utf-8")
    except UnicodeDecodeError:
        return False
    return any(m in text for m in QUOTE_MARKS)


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/corpus/bbc"
    rng = random.Random(SEED)
    for section in SECTIONS:
        files = sorted(f for f in os.listdir(os.path.join(root, section)) if f.endswith(".txt"))
        ok = [f for f in files if eligible(os.path.join(root, section, f))]
        for f in sorted(rng.sample(ok, PER_SECTION)):
            print(f"{section}/{f}")


if __name__ == "__main__":
    main()
