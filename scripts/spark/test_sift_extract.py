"""The Spark job's rows equal sift's own: runs scripts/spark/sift_extract.py in local mode
(local[2], three partitions) on the bundled samples plus 300 BBC articles (../shared, when
present) as JSON Lines, then checks every table against `sift extract` run once over the same
articles, and the entities (and the names they give quotes, sources and mentions) against the
REPL's. Then the same checks on 60 of the articles read as Parquet and as a folder of .txt files.

    python3 scripts/spark/test_sift_extract.py [--sift .build/debug/sift]

Skips, with a message and exit status 0, when pyspark or Java is missing. Run by .ci/run.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
BBC = os.path.join(os.path.dirname(REPO), "shared", "corpus", "bbc")


def skip(reason):
    print(f"test_sift_extract: skipped: {reason}")
    sys.exit(0)


def data_set(path):
    """Samples, then 60 articles of each BBC section, named as sift names them in a folder."""
    rows = []
    samples = os.path.join(REPO, "Sources", "SiftKit", "Samples")
    for name in sorted(os.listdir(samples)):
        if name.endswith(".txt"):
            rows.append({"id": name, "outlet": name.split("-")[0], "text": open(os.path.join(samples, name), encoding="utf-8").read()})
    if os.path.isdir(BBC):
        for section in ["business", "entertainment", "politics", "sport", "tech"]:
            for name in sorted(os.listdir(os.path.join(BBC, section)))[:60]:
                raw = open(os.path.join(BBC, section, name), "rb").read()
                try:
                    text = raw.decode("utf-8")
                except UnicodeDecodeError:
                    text = raw.decode("cp1252", "replace")
                rows.append({"id": f"{section}/{name}", "outlet": "BBC " + section, "date": "2005", "text": text})
    else:
        print(f"test_sift_extract: {BBC} is absent: the samples only")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")
    return len(rows)


def lines(text):
    return [json.loads(l) for l in text.splitlines() if l.strip()]


def sift(binary, *args):
    r = subprocess.run([binary, *args], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"test_sift_extract: sift {' '.join(args)} failed ({r.returncode}): {r.stderr}")
    return r.stdout


def compare(what, got, want, failures):
    if got == want:
        print(f"  {what}: {len(got)} rows equal")
        return
    failures.append(what)
    print(f"  {what}: {len(got)} rows, expected {len(want)}")
    for i, (g, w) in enumerate(zip(got, want)):
        if g != w:
            print(f"    first difference at row {i + 1}:\n      got  {g}\n      want {w}")
            break


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--sift", default=os.path.join(REPO, ".build", "debug", "sift"))
    args = p.parse_args()
    binary = os.path.abspath(args.sift)
    if not os.access(binary, os.X_OK):
        sys.exit(f"test_sift_extract: no sift binary at {binary} (swift build first)")
    try:
        import pyspark  # noqa: F401
    except ImportError:
        skip("pyspark is not installed (pip install pyspark; .ci/run does)")
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        skip("Java is not installed (apt-get install openjdk-17-jre-headless; .ci/run does)")
    sys.path.insert(0, HERE)
    import sift_extract

    work = tempfile.mkdtemp(prefix="sift-spark-")
    try:
        data = os.path.join(work, "articles.jsonl")
        n = data_set(data)
        failures = []
        print(f"test_sift_extract: JSON Lines, {n} articles, Spark local[2], 3 partitions")
        check(sift_extract, binary, work, "jsonl", data, "jsonl", data, failures)

        # The other inputs the job reads, on a smaller set: Parquet (written by Spark from the
        # first articles, metadata included) and a folder of .txt files (the same texts as UTF-8).
        small = os.path.join(work, "small.jsonl")
        with open(data, encoding="utf-8") as f, open(small, "w", encoding="utf-8") as g:
            picked = [l for i, l in enumerate(f) if i < 4 or i % 6 == 0][:60]
            g.writelines(picked)
        from pyspark.sql import SparkSession
        spark = SparkSession.builder.master("local[2]").getOrCreate()
        parquet = os.path.join(work, "small.parquet")
        spark.read.json(small).coalesce(1).write.parquet(parquet)
        spark.stop()
        print(f"test_sift_extract: Parquet, {len(picked)} articles")
        check(sift_extract, binary, work, "parquet", parquet, "parquet", small, failures)

        texts = os.path.join(work, "texts")
        for line in picked:
            r = json.loads(line)
            # Every file in a folder, so that Spark's order by path is sift's walk.
            name = r["id"] if "/" in r["id"] else "samples/" + r["id"]
            os.makedirs(os.path.join(texts, os.path.dirname(name)), exist_ok=True)
            with open(os.path.join(texts, name), "w", encoding="utf-8", newline="") as f:
                f.write(r["text"])
        print(f"test_sift_extract: a folder of text files, {len(picked)} articles")
        check(sift_extract, binary, work, "text", texts, "text", texts, failures)

        if failures:
            sys.exit(f"test_sift_extract: FAILED: {', '.join(failures)}")
        print("test_sift_extract: passed")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def check(sift_extract, binary, work, label, spark_input, fmt, sift_input, failures):
    """Runs the job on `spark_input` and compares its tables with sift's on `sift_input`."""
    from pyspark.sql import SparkSession
    out = os.path.join(work, "tables-" + label)
    sift_extract.main(["--input", spark_input, "--input-format", fmt, "--out", out, "--sift", binary,
                       "--partitions", "3", "--master", "local[2]"])

    # sift itself: one streaming run, and the REPL with every article loaded.
    rows = os.path.join(work, "rows-" + label)
    sift(binary, "extract", "articles,quotes,sources,mentions", "-q", "--out-dir", rows, sift_input)
    extracted = {s: lines(open(os.path.join(rows, s + ".jsonl"), encoding="utf-8").read())
                 for s in ["articles", "quotes", "sources", "mentions"]}
    repl = {s: lines(sift(binary, "-q", "-f", "jsonl", "-e", s, sift_input)) for s in ["quotes", "sources", "mentions", "entities"]}

    spark = SparkSession.builder.master("local[2]").getOrCreate()
    def table(name):
        return [json.loads(r) for r in spark.read.parquet(os.path.join(out, name)).toJSON().collect()]

    before = len(failures)
    spark_rows = {}
    for s in ["articles", "quotes", "sources", "mentions"]:
        columns = list(extracted[s][0].keys()) if extracted[s] else []
        got = [{c: r.get(c) for c in columns} for r in table(s)]
        spark_rows[s] = got
        compare(f"{label}: {s} = sift extract's", got, extracted[s], failures)
        if not got:
            failures.append(f"{label}: no {s}")
    entities = sorted(table("entities"), key=lambda r: r["id"])
    compare(f"{label}: entities = the REPL's", [{k: r.get(k) for k in repl["entities"][0]} for r in entities], repl["entities"], failures)

    # Each article's names, resolved through the merge, are the REPL's corpus-wide names.
    entity_map = table("entity_map")
    by_n = {(r["article"], r["entity_n"]): r["name"] for r in entity_map}
    gender_n = {(r["article"], r["entity_n"]): r.get("gender") for r in entity_map}
    names = {}
    genders = {}  # a speaker's gender is the corpus entity's, as its name is
    mentions = []
    for m in spark_rows["mentions"]:
        if m["entity_n"] is not None and (m["article"], m["entity_n"]) in by_n:
            names[(m["article"], m["entity"])] = by_n[(m["article"], m["entity_n"])]
            genders[(m["article"], m["entity"])] = gender_n[(m["article"], m["entity_n"])]
            m = dict(m, entity=by_n[(m["article"], m["entity_n"])])
        mentions.append(m)
    compare(f"{label}: mentions, resolved = the REPL's", mentions, repl["mentions"], failures)
    for s, column in [("quotes", "speaker"), ("sources", "name")]:
        resolved = [dict(r, **{column: names[(r["article"], r[column])], "gender": genders[(r["article"], r[column])]})
                    if (r["article"], r[column]) in names else r for r in spark_rows[s]]
        compare(f"{label}: {s}, resolved = the REPL's", resolved, repl[s], failures)
    spark.stop()
    return len(failures) == before


if __name__ == "__main__":
    main()
