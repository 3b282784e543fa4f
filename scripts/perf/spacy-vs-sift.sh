#!/usr/bin/env bash
# sift against spaCy on one core, in the same run (issue 14's yardstick):
#
#   scripts/perf/spacy-vs-sift.sh [CORPUS] [--limit N]
#
# CORPUS defaults to ../shared/corpus/bbc. spaCy (PyPI) goes into a virtual environment under
# .build/spacy-venv; its model en_core_web_sm is fetched by `spacy download`, or taken from
# SPACY_MODEL (a wheel file or URL) when that is set. With no network for the model, spaCy's blank
# pipeline is measured and the output says so. Without Python or pip the script skips, exit 0.
# Both run pinned to core 0 (taskset) on the same articles; spaCy on the first N (default 300)
# articles, since its full pipeline needs minutes for the whole corpus; sift on those same N and
# on the whole corpus, as `sift --format json -e 'quotes | count'` (the whole process).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
corpus="$root/../shared/corpus/bbc"
limit=300
while [[ $# -gt 0 ]]; do
    case "$1" in
        --limit) limit=$2; shift 2 ;;
        *) corpus=$1; shift ;;
    esac
done
[[ -d "$corpus" ]] || { echo "spacy-vs-sift: no corpus at $corpus; skipped"; exit 0; }
command -v python3 >/dev/null || { echo "spacy-vs-sift: python3 missing; skipped"; exit 0; }
pin=(); command -v taskset >/dev/null && pin=(taskset -c 0)

sift="$root/.build/release/sift"
[[ -x "$sift" ]] || (cd "$root" && swift build -c release --product sift >/dev/null)

venv="$root/.build/spacy-venv"
if [[ ! -x "$venv/bin/python" ]]; then
    python3 -m venv "$venv" && "$venv/bin/pip" install -q spacy \
        || { echo "spacy-vs-sift: spaCy could not be installed from PyPI; skipped"; exit 0; }
fi
if ! "$venv/bin/python" -c 'import en_core_web_sm' 2>/dev/null; then
    if [[ -n "${SPACY_MODEL:-}" ]]; then "$venv/bin/pip" install -q "$SPACY_MODEL" || true
    else timeout 120 "$venv/bin/python" -m spacy download en_core_web_sm >/dev/null 2>&1 || true; fi
fi

# The same first N articles for both, in a temporary folder.
subset=$(mktemp -d); trap 'rm -rf "$subset"' EXIT
find "$corpus" -name '*.txt' | LC_ALL=C sort | head -n "$limit" | while read -r f; do
    cp "$f" "$subset/$(echo "${f#$corpus/}" | tr / _)"
done

# Seconds a command takes, from nanosecond clock readings (no bc on a bare Debian).
seconds() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); printf '%d.%09d\n' $(((e - s) / 1000000000)) $(((e - s) % 1000000000)); }
bytes() { find "$1" -name '*.txt' -exec cat {} + | wc -c; }

spacy_json=$("${pin[@]}" "$venv/bin/python" "$root/scripts/perf/spacy_throughput.py" "$subset")
sub_bytes=$(bytes "$subset"); all_bytes=$(bytes "$corpus")
sift_sub=$(seconds "${pin[@]}" "$sift" -q --format json -e 'quotes | count' "$subset")
sift_all=$(seconds "${pin[@]}" "$sift" -q --format json -e 'quotes | count' "$corpus")
python3 - "$spacy_json" "$sub_bytes" "$sift_sub" "$all_bytes" "$sift_all" <<'PY'
import json, sys
spacy = json.loads(sys.argv[1])
sub_bytes, sift_sub, all_bytes, sift_all = int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
sift_sub_rate = sub_bytes / sift_sub / 1e6
sift_all_rate = all_bytes / sift_all / 1e6
print(f"spaCy {spacy['spacy']} ({spacy['pipeline']}), {spacy['articles']} articles: {spacy['mb_per_s']:.4f} MB/s")
print(f"sift, the same articles (whole process): {sift_sub_rate:.2f} MB/s")
print(f"sift, whole corpus ({all_bytes/1e6:.2f} MB, whole process): {sift_all_rate:.2f} MB/s")
print(f"ratio on the same articles: {sift_sub_rate / spacy['mb_per_s']:.0f}x")
if spacy["pipeline"] == "blank":
    print("note: en_core_web_sm could not be installed; spaCy ran its tokenizer only, so the ratio is a lower bound")
PY
