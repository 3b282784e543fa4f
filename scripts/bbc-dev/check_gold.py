#!/usr/bin/env python3
"""Sanity-check the BBC development gold against the corpus.

    python3 scripts/bbc-dev/check_gold.py [GOLD] [CORPUS_DIR]
        (defaults: Tests/Fixtures/bbc-dev-gold.json, /work/shared/corpus/bbc)

Checks, per article: the file list equals pick.py's output; every quote and not_quote span decodes
as UTF-8, starts with its `text` (up to any "…"), excludes its quotation marks and lies in the body
(after the headline line) -- headline not_quotes excepted; quote spans do not overlap each other or
a not_quote; every double quotation mark in the body opens or closes a gold span or lies inside a
quote (a continuation re-opening); every indirect fragment is found at its offset and lies outside
the quotes; speakers are a name or null with speaker_text; kind is direct or partial. Prints a
problem list (exit 1) or the counts (exit 0).
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
gold_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "Tests", "Fixtures", "bbc-dev-gold.json")
root = sys.argv[2] if len(sys.argv) > 2 else "/work/shared/corpus/bbc"
gold = json.load(open(gold_path, encoding="utf-8"))
problems = []

picked = subprocess.run([sys.executable, os.path.join(HERE, "pick.py"), root], capture_output=True, text=True).stdout.split()
files = [a["file"] for a in gold["articles"]]
if files != picked:
    problems.append(f"file list differs from pick.py: {sorted(set(files) ^ set(picked))}")

MARKS = ('"', "\u201c", "\u201d")
counts = {"articles": 0, "direct": 0, "partial": 0, "null_speaker": 0, "not_quotes": 0, "indirect": 0}
for art in gold["articles"]:
    f = art["file"]
    b = open(os.path.join(root, f), "rb").read()
    t = b.decode("utf-8")
    body = b.find(b"\n")  # headline ends here
    counts["articles"] += 1
    spans = []

    def check_span(item, what, allow_headline=False):
        s, e = item["start"], item["end"]
        try:
            got = b[s:e].decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"{f} {what}@{s}: span is not valid UTF-8")
            return
        head = item["text"].rstrip("…")
        if not got.startswith(head):
            problems.append(f"{f} {what}@{s}: span starts {got[:40]!r}, text {head[:40]!r}")
        if got[:1] in MARKS or got[-1:] in MARKS or got != got.strip():
            problems.append(f"{f} {what}@{s}: span includes a quote mark or space at an edge")
        if s < body and not allow_headline:
            problems.append(f"{f} {what}@{s}: span is in the headline")

    for q in art["quotes"]:
        check_span(q, "quote")
        if q["kind"] not in ("direct", "partial"):
            problems.append(f"{f} quote@{q['start']}: kind {q['kind']!r}")
        if q["speaker"] is None and not q.get("speaker_text"):
            problems.append(f"{f} quote@{q['start']}: null speaker without speaker_text")
        counts[q["kind"]] = counts.get(q["kind"], 0) + 1
        counts["null_speaker"] += q["speaker"] is None
        spans.append((q["start"], q["end"], "quote"))
    for n in art.get("not_quotes", []):
        check_span(n, "not_quote", allow_headline=n.get("why", "").startswith("headline"))
        counts["not_quotes"] += 1
        spans.append((n["start"], n["end"], "not_quote"))
    spans.sort()
    for (s1, e1, k1), (s2, e2, k2) in zip(spans, spans[1:]):
        if s2 < e1:
            problems.append(f"{f}: {k1}@{s1} overlaps {k2}@{s2}")
    # every double mark in the body belongs to a gold span
    for i, ch in enumerate(b):
        if ch != ord('"') or i < body:
            continue
        ok = any(i == s - 1 or i == e or s <= i < e for s, e, _ in spans)
        if not ok:
            problems.append(f"{f}: quotation mark at byte {i} belongs to no gold span")
    qspans = [(q["start"], q["end"]) for q in art["quotes"]]
    for d in art.get("indirect", []):
        counts["indirect"] += 1
        frag = d["fragment"].encode()
        if b[d["start"]:d["start"] + len(frag)] != frag or d.get("end", d["start"] + len(frag)) != d["start"] + len(frag):
            problems.append(f"{f} indirect@{d['start']}: fragment not at its offset")
        if any(s < d["start"] + len(frag) and d["start"] < e for s, e in qspans):
            problems.append(f"{f} indirect@{d['start']}: fragment overlaps a quote")
        if d["speaker"] is None and not d.get("speaker_text"):
            problems.append(f"{f} indirect@{d['start']}: null speaker without speaker_text")

if problems:
    print("\n".join(problems))
    sys.exit(1)
print(", ".join(f"{k} {v}" for k, v in counts.items()))
