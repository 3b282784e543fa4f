#!/usr/bin/env bash
# Write every extraction source's rows for a fixed set of corpora into OUTDIR, so that two builds
# of sift can be compared byte for byte (issue 14: a speed-up must not change one row).
#
#   scripts/perf/snapshot.sh SIFT OUTDIR
#   diff -r BEFORE AFTER && echo identical
#
# SIFT is a sift binary (usually .build/release/sift). The corpora: the bundled samples, the two
# seeds, PolNeAR dev and the BBC corpus from ../shared (the last three are skipped, with a note,
# when ../shared is missing). Rows are JSON Lines from `sift extract`, one file per source, plus
# the corpus-wide `entities` table, which only the in-memory corpus computes.
set -euo pipefail
sift=${1:?usage: snapshot.sh SIFT OUTDIR}
out=${2:?usage: snapshot.sh SIFT OUTDIR}
root=$(cd "$(dirname "$0")/../.." && pwd)
shared="$root/../shared"
sources=quotes,sources,mentions,numbers,dates,articles,paragraphs,sentences

declare -A sets=([samples]="$root/Sources/SiftKit/Samples")
if [[ -d "$shared" ]]; then
    sets[seeds]="$shared/seeds"
    sets[polnear-dev]="$shared/corpus/polnear/dev"
    sets[bbc]="$shared/corpus/bbc"
else
    echo "snapshot: $shared is missing; only the samples are written" >&2
fi

mkdir -p "$out"
for name in "${!sets[@]}"; do
    dir="${sets[$name]}"
    mkdir -p "$out/$name"
    "$sift" extract "$sources" -q --out-dir "$out/$name" "$dir"
    "$sift" -q --format jsonl -e 'entities' "$dir" > "$out/$name/entities.jsonl"
    "$sift" -q --format jsonl -e 'quotes | select article, speaker, speaker_role, kind, cue, gender' "$dir" \
        > "$out/$name/quote-speakers.jsonl"
done
