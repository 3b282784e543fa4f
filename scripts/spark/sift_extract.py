"""Run sift over a data set on Apache Spark: each partition of articles is piped through
`sift extract`, the rows are written as Parquet tables (articles, quotes, sources, mentions),
and the entities are merged across the whole corpus in Spark SQL over `entity_key`.

    spark-submit scripts/spark/sift_extract.py --input articles.jsonl --out tables/ --sift /usr/local/bin/sift

The tables hold exactly the rows `sift extract` writes for the same articles in one run (ids
counted over the whole data set); `entities` holds the rows the REPL's `entities` source gives,
and `entity_map` ties each article's entity (`article`, `entity_n`) to its corpus entity (`id`).
See README.md beside this file.
"""

import argparse
import os
import re
import sys

from pyspark.sql import SparkSession, Window
from pyspark.sql import functions as F
from pyspark.sql import types as T

SOURCES = ["articles", "quotes", "sources", "mentions"]

S, I, B = T.StringType(), T.LongType(), T.BooleanType()
SCHEMAS = {
    "articles": [("id", I), ("article", S), ("title", S), ("dateline", S), ("paragraphs", I), ("sentences", I),
                 ("words", I), ("outlet", S), ("date", S), ("url", S)],
    "quotes": [("article", S), ("speaker", S), ("text", S), ("cue", S), ("kind", S), ("start", I), ("end", I),
               ("paragraph", I), ("id", I), ("speaker_text", S), ("rule", S), ("speaker_role", S), ("gender", S)],
    "sources": [("name", S), ("role", S), ("affiliation", S), ("category", S), ("article", S), ("quotes", I), ("id", I), ("gender", S)],
    "mentions": [("article", S), ("entity", S), ("type", S), ("text", S), ("start", I), ("end", I),
                 ("entity_key", S), ("entity_n", I), ("titled", B), ("name_words", I), ("gender", S),
                 ("person_evidence", S)],
}


def schema(source):
    return T.StructType([T.StructField(n, t) for n, t in SCHEMAS[source]])


def read_articles(spark, path, fmt, fields):
    """A DataFrame of (seq, id, text, title, date, outlet, url); seq is the input order."""
    if fmt == "text":
        # Options as text()'s own arguments: it would reset an .option("wholetext") to False.
        df = (spark.read.text(path, wholetext=True, recursiveFileLookup=True, pathGlobFilter="*.txt")
              .withColumn("path", F.input_file_name()))
        root = re.escape(os.path.abspath(path).rstrip("/") + "/")
        df = df.select(F.regexp_replace(F.col("path"), "^file:(//)?" + root, "").alias("id"),
                       F.col("value").alias("text")).orderBy("id")
        for c in ["title", "date", "outlet", "url"]:
            df = df.withColumn(c, F.lit(None).cast(S))
    else:
        df = spark.read.parquet(path) if fmt == "parquet" else spark.read.option("mode", "PERMISSIVE").json(path)
        names = {"id": fields.id_field, "text": fields.text_field, "title": fields.title_field,
                 "date": fields.date_field, "outlet": fields.outlet_field, "url": fields.url_field}
        if names["text"] not in df.columns:
            sys.exit(f"sift_extract: the input has no '{names['text']}' column (columns: {', '.join(df.columns)}); choose one with --text-field")
        df = df.select(*[(F.col(src).cast(S) if src in df.columns else F.lit(None).cast(S)).alias(dst)
                         for dst, src in names.items()])
    df = df.withColumn("seq", F.monotonically_increasing_id())
    # Every article needs a name unique across partitions: its id, else its place in the input.
    return df.withColumn("id", F.coalesce(F.col("id"), F.concat(F.lit("row-"), F.col("seq").cast(S))))


def extract(spark, articles, sift, partitions):
    """Pipes each partition through `sift extract`; returns {source: DataFrame} with `line`, the
    row's place in the whole output (partitions in input order, rows in sift's order)."""
    lines = (articles.repartitionByRange(partitions, "seq").sortWithinPartitions("seq")
             .select(F.to_json(F.struct("id", "text", "title", "date", "outlet", "url")).alias("j"))
             .rdd.map(lambda r: r.j))
    piped = lines.pipe(f"{sift} extract {','.join(SOURCES)} -q --input-format jsonl -").cache()
    out = piped.zipWithIndex()
    tables = {}
    for source in SOURCES:
        prefix = '{"source": "%s", ' % source
        rows = out.filter(lambda x, p=prefix: x[0].startswith(p)).map(lambda x, p=prefix: (x[1], "{" + x[0][len(p):]))
        lined = spark.createDataFrame(rows, T.StructType([T.StructField("line", I), T.StructField("json", S)]))
        tables[source] = lined.select("line", F.from_json("json", schema(source)).alias("r")).select("line", "r.*")
    return tables


def global_ids(tables):
    """Ids that `sift extract` counts over its stream restart in every partition: count them over
    the whole data set, in output order, as one run would."""
    for source in ["articles", "quotes", "sources"]:
        tables[source] = tables[source].withColumn("id", F.row_number().over(Window.orderBy("line")).cast(I))
    return tables


def merge_entities(spark, tables):
    """The corpus's entities, in Spark SQL: sift's EntityMerge (Sources/SiftKit/Extraction/Analysis/EntityMerge.swift)
    as a group-by on entity_key and one join for bare surnames."""
    tables["mentions"].createOrReplaceTempView("mentions")
    tables["articles"].createOrReplaceTempView("articles")
    spark.sql("""
        CREATE OR REPLACE TEMP VIEW m AS
        SELECT m.*, a.line AS article_order,
               trim(regexp_replace(m.text, '\\\\s+', ' ')) AS form,  -- Java's \\s: sift's NameKey.form
               instr(m.entity_key, ' ') > 0 AS full
        FROM mentions m JOIN articles a ON a.article = m.article
        WHERE m.entity_key IS NOT NULL""")
    # One record per article's entity, in merge order.
    spark.sql("""
        CREATE OR REPLACE TEMP VIEW records AS
        SELECT article, article_order, entity_n, first(entity_key) AS entity_key, first(titled) AS titled, first(full) AS full,
               first(gender) AS gender, first(person_evidence) AS person_evidence, count(*) AS mentions,
               -- the initials a bare surname is written with ("J Robinson"), j and y read as i
               collect_set(CASE WHEN form RLIKE '^[A-Z][.]? ' THEN translate(lower(substr(form, 1, 1)), 'jy', 'ii') END) AS initials,
               max(form RLIKE '^[A-Z]{2,6}$') AS has_acronym
        FROM m GROUP BY article, article_order, entity_n""")
    # People named in full, by surname (a generational suffix is not one: "peter lowell jr" is a
    # Lowell), with the gender their records give (EntityMerge.gender) and how often they are named.
    spark.sql("""
        CREATE OR REPLACE TEMP VIEW people AS
        SELECT entity_key AS person, sum(mentions) AS mentions,
               CASE WHEN size(w) >= 2 AND element_at(w, -1) IN ('jr', 'sr', 'ii', 'iii', 'iv') THEN element_at(w, -2)
                    ELSE element_at(w, -1) END AS surname,
               CASE WHEN count_if(gender = 'male') > 0 AND count_if(gender = 'male') >= 3 * count_if(gender = 'female') THEN 'male'
                    WHEN count_if(gender = 'female') > 0 AND count_if(gender = 'female') >= 3 * count_if(gender = 'male') THEN 'female'
                    ELSE 'unknown' END AS gender
        FROM (SELECT *, split(substring_index(entity_key, '|', -1), ' ') AS w FROM records)
        WHERE full AND entity_key LIKE 'person|%' GROUP BY entity_key, w""")
    # The person a bare surname means: the only one of the name; else the only one of the
    # record's gender; else one named in full ten times as often as the others together.
    spark.sql("""
        CREATE OR REPLACE TEMP VIEW pools AS
        SELECT article, entity_n,
               CASE WHEN size(pool) > 1 AND rgender != 'unknown' THEN filter(pool, x -> x.gender = rgender) ELSE pool END AS pool
        FROM (SELECT r.article, r.entity_n, coalesce(first(r.gender), 'unknown') AS rgender,
                     collect_list(struct(p.mentions AS mentions, p.person AS person, p.gender AS gender)) AS pool
              FROM records r JOIN people p ON p.surname = substring_index(r.entity_key, '|', -1)
              WHERE NOT r.full GROUP BY r.article, r.entity_n)""")
    spark.sql("""
        CREATE OR REPLACE TEMP VIEW chosen AS
        SELECT article, entity_n,
               CASE WHEN size(pool) = 1 THEN pool[0].person
                    WHEN size(pool) > 1 AND top >= 10 * (aggregate(pool, 0L, (a, x) -> a + x.mentions) - top)
                    THEN filter(pool, x -> x.mentions = top)[0].person END AS person
        FROM (SELECT *, array_max(transform(pool, x -> x.mentions)) AS top FROM pools)""")
    spark.sql("CREATE OR REPLACE TEMP VIEW fulls AS SELECT DISTINCT article, entity_key FROM records WHERE full")
    # A bare word written far more often without evidence than the full name names something else.
    spark.sql("""
        CREATE OR REPLACE TEMP VIEW bare_other AS
        SELECT substring_index(entity_key, '|', -1) AS word, sum(mentions) AS mentions
        FROM records WHERE NOT full AND entity_key LIKE 'other|%' GROUP BY 1""")
    # "EU" where another article wrote "European Union (EU)": the acronym's one owner.
    spark.sql("""
        CREATE OR REPLACE TEMP VIEW acronyms AS
        SELECT lower(m.form) AS word, min(r.entity_key) AS owner, count(DISTINCT r.entity_key) AS n
        FROM m JOIN records r ON r.article = m.article AND r.entity_n = m.entity_n
        WHERE r.full AND r.entity_key NOT LIKE 'person|%' AND m.form RLIKE '^[A-Z]{2,6}$' GROUP BY 1""")
    spark.sql("""
        CREATE OR REPLACE TEMP VIEW full_mentions AS
        SELECT entity_key, sum(mentions) AS mentions FROM records WHERE full GROUP BY 1""")
    spark.sql("""
        CREATE OR REPLACE TEMP VIEW resolved AS
        SELECT r.*,
               CASE WHEN NOT r.full AND (r.entity_key LIKE 'person|%' OR r.entity_key LIKE 'other|%') AND p.person IS NOT NULL
                         AND (NOT r.titled OR f.article IS NULL)
                         AND (r.entity_key LIKE 'person|%' OR coalesce(o.mentions, 0) <= 3 * fm.mentions)
                         AND size(filter(r.initials, x -> x != substr(p.person, instr(p.person, '|') + 1, 1))) = 0
                    THEN p.person
                    WHEN NOT r.full AND r.entity_key NOT LIKE 'person|%' AND ac.n = 1 AND r.has_acronym THEN ac.owner
                    ELSE r.entity_key END AS corpus_key
        FROM records r
        LEFT JOIN chosen p ON NOT r.full AND p.article = r.article AND p.entity_n = r.entity_n
        LEFT JOIN fulls f ON f.article = r.article AND f.entity_key = p.person
        LEFT JOIN bare_other o ON o.word = substring_index(r.entity_key, '|', -1)
        LEFT JOIN full_mentions fm ON fm.entity_key = p.person
        LEFT JOIN acronyms ac ON ac.word = substring_index(r.entity_key, '|', -1)""")
    # Forms in the order the merge meets them: full names first, then articles, entities, lines.
    spark.sql("""
        CREATE OR REPLACE TEMP VIEW forms AS
        SELECT r.corpus_key, m.form, count(*) AS count, first(m.name_words) AS words,
               min(struct(NOT r.full, r.article_order, r.entity_n, m.line)) AS seen
        FROM m JOIN resolved r ON r.article = m.article AND r.entity_n = m.entity_n
        GROUP BY r.corpus_key, m.form""")
    entities = spark.sql("""
        WITH ranked AS (
            SELECT *, row_number() OVER (PARTITION BY corpus_key ORDER BY words DESC, count DESC, seen) AS rank FROM forms),
        created AS (
            SELECT corpus_key, min(struct(NOT full, article_order, entity_n)) AS first,
                   count(DISTINCT article) AS articles,
                   count_if(gender = 'male') AS male, count_if(gender = 'female') AS female,  -- EntityMerge.gender
                   count_if(person_evidence IN ('weak', 'strong')) AS evidenced
            FROM resolved GROUP BY corpus_key),
        counts AS (SELECT corpus_key, sum(count) AS mentions FROM forms GROUP BY corpus_key)
        SELECT n.form AS name,
               -- a person only with an article's evidence of one (EntityMerge)
               CASE WHEN c.corpus_key LIKE 'person|%' AND c.evidenced = 0 THEN 'other'
                    ELSE substring_index(c.corpus_key, '|', 1) END AS type,
               transform(array_sort(collect_list(struct(-a.count AS c, a.seen AS s, a.form AS f))
                         FILTER (WHERE a.rank > 1)), x -> x.f) AS aliases,
               k.mentions, c.articles, c.first, c.corpus_key AS entity_key,
               CASE WHEN c.corpus_key NOT LIKE 'person|%' OR c.evidenced = 0 THEN NULL
                    WHEN c.male > 0 AND c.male >= 3 * c.female THEN 'male'
                    WHEN c.female > 0 AND c.female >= 3 * c.male THEN 'female' ELSE 'unknown' END AS gender
        FROM created c JOIN ranked n ON n.corpus_key = c.corpus_key AND n.rank = 1
        JOIN counts k ON k.corpus_key = c.corpus_key
        LEFT JOIN ranked a ON a.corpus_key = c.corpus_key
        GROUP BY n.form, c.corpus_key, k.mentions, c.articles, c.first, c.male, c.female, c.evidenced""")
    entities = (entities.withColumn("id", F.row_number().over(Window.orderBy("first")).cast(I))
                .select("name", "type", "aliases", F.col("mentions").cast(I).alias("mentions"),
                        F.col("articles").cast(I).alias("articles"), "id", "entity_key", "gender"))
    entities.createOrReplaceTempView("entities")
    entity_map = spark.sql("""
        SELECT r.article, r.entity_n, e.id, e.name, e.gender
        FROM resolved r JOIN entities e ON e.entity_key = r.corpus_key""")
    return entities, entity_map


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--input", required=True, help="JSON Lines, Parquet, or a folder of .txt files")
    p.add_argument("--input-format", choices=["jsonl", "parquet", "text"], help="default: by the input's name")
    p.add_argument("--out", required=True, help="folder for the Parquet tables")
    p.add_argument("--sift", default="sift", help="the sift binary on every worker (default: sift on PATH)")
    p.add_argument("--partitions", type=int, default=0, help="default: Spark's default parallelism")
    for f in ["text", "id", "title", "date", "outlet", "url"]:
        p.add_argument(f"--{f}-field", default=f)
    p.add_argument("--master", help="for a local run, e.g. local[2] (spark-submit sets it otherwise)")
    args = p.parse_args(argv)
    fmt = args.input_format or ("parquet" if args.input.endswith(".parquet") else
                                "jsonl" if args.input.endswith((".jsonl", ".ndjson", ".json")) else "text")
    builder = SparkSession.builder.appName("sift-extract")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    articles = read_articles(spark, args.input, fmt, args)
    partitions = args.partitions or spark.sparkContext.defaultParallelism
    tables = global_ids(extract(spark, articles, args.sift, partitions))
    for t in tables.values():
        t.cache()
    entities, entity_map = merge_entities(spark, tables)
    for source in SOURCES:
        tables[source].orderBy("line").drop("line").write.mode("overwrite").parquet(f"{args.out}/{source}")
    entities.orderBy("id").write.mode("overwrite").parquet(f"{args.out}/entities")
    entity_map.write.mode("overwrite").parquet(f"{args.out}/entity_map")
    spark.stop()


if __name__ == "__main__":
    main()
