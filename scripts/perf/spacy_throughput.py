"""spaCy's throughput on a folder of articles, one process, one core: the reference sift is
measured against (issue 14). Prints one JSON object: model, articles, bytes, seconds, MB/s.

    python spacy_throughput.py FOLDER [--limit N] [--model en_core_web_sm]

With the model missing it falls back to spaCy's blank English pipeline (the tokenizer alone) and
says so in the output ("pipeline": "blank"): a bound on what spaCy's full pipeline costs, never
its figure.
"""
import argparse
import json
import os
import sys
import time


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--limit", type=int, default=0, help="read at most N articles (0: all)")
    parser.add_argument("--model", default="en_core_web_sm")
    args = parser.parse_args()

    import spacy

    try:
        nlp = spacy.load(args.model)
        pipeline = args.model
    except OSError:
        nlp = spacy.blank("en")
        pipeline = "blank"

    paths = []
    for root, _, files in os.walk(args.folder):
        paths += [os.path.join(root, f) for f in files if f.endswith(".txt")]
    paths.sort()
    if args.limit:
        paths = paths[: args.limit]
    texts = []
    for p in paths:
        with open(p, "rb") as f:
            texts.append(f.read().decode("utf-8", errors="replace"))
    size = sum(len(t.encode("utf-8")) for t in texts)

    start = time.perf_counter()
    entities = 0
    for doc in nlp.pipe(texts, batch_size=32):
        entities += len(doc.ents)
    seconds = time.perf_counter() - start
    print(json.dumps({"spacy": spacy.__version__, "pipeline": pipeline, "articles": len(texts), "bytes": size,
                      "seconds": round(seconds, 3), "mb_per_s": round(size / seconds / 1e6, 4), "entities": entities}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
