#!/usr/bin/env bash
# Builds the libFuzzer targets and runs one (or all) of them for a while.
#
#   Tests/Fuzz/run.sh TARGET SECONDS [LIBFUZZER-OPTION…]
#
#   TARGET   query | ingest | notebook | all (one after another, SECONDS each)
#   SECONDS  how long to fuzz; 0 replays the seed corpus once (a quick regression check)
#
# The seeds in Tests/Fuzz/corpus/TARGET are copied to a work corpus, .build-fuzz/corpus-TARGET,
# so what the fuzzer finds never lands in the repository; crashes, timeouts and OOMs go to
# .build-fuzz/artifacts/TARGET/. Extra arguments go to libFuzzer (e.g. -ignore_crashes=1 -fork=1,
# -seed=1, -jobs=…).
#
# Environment:
#   SIFT_FUZZ_SNAPSHOT=1  build against a copy of the sources (.build-fuzz/snapshot/sift) instead of
#                         the checkout, so edits made meanwhile do not break the build
#   SIFT_FUZZ_NO_BUILD=1  use the binaries already built
#   SIFT_FUZZ_NICE=N      niceness of the build and the fuzzer (10)
#   SIFT_SHARED=DIR       the shared corpora (../shared next to the checkout); when present, short
#                         excerpts of a few of its articles join the ingest work corpus (they are
#                         research-use data and are never copied into the repository)
set -euo pipefail

usage() { echo "usage: $0 query|ingest|notebook|all SECONDS [LIBFUZZER-OPTION…]" >&2; exit 2; }
[[ $# -ge 2 ]] || usage
what=$1 seconds=$2
shift 2
[[ $seconds =~ ^[0-9]+$ ]] || usage
case $what in
    query | ingest | notebook) targets=("$what") ;;
    all) targets=(query ingest notebook) ;;
    *) usage ;;
esac

fuzz_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$fuzz_dir/../.." && pwd)
scratch=$root/.build-fuzz
nice_n=${SIFT_FUZZ_NICE:-10}
shared=${SIFT_SHARED:-$root/../shared}

# Swift's own crash backtracer and AddressSanitizer get in each other's way (ASan reports a
# negative-size-param in the backtracer's memory server instead of the crash); libFuzzer's and
# ASan's reports are enough.
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}

# ---- build ------------------------------------------------------------------------------------
if [[ ${SIFT_FUZZ_SNAPSHOT:-0} == 1 ]]; then
    snap=$scratch/snapshot/sift
    rm -rf "$snap"
    mkdir -p "$snap/Tests"
    cp -Rp "$root/Package.swift" "$root/Sources" "$snap/"
    # The root manifest names its test targets; their folders must exist.
    cp -Rp "$root/Tests/SiftKitTests" "$root/Tests/SiftCLITests" "$snap/Tests/"
    export SIFT_FUZZ_ROOT=$snap
    echo "fuzz: building against a snapshot of the sources in $snap"
fi
if [[ ${SIFT_FUZZ_NO_BUILD:-0} != 1 ]]; then
    # -enable-testing: the targets reach past SiftKit's public API (`@testable import SiftKit`),
    # into the parts the sift package's own programs share at `package` access.
    echo "fuzz: swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing --scratch-path $scratch"
    (cd "$fuzz_dir" && nice -n "$nice_n" swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing \
        --scratch-path "$scratch")
fi
bin_dir=$scratch/release

# ---- helpers ----------------------------------------------------------------------------------
binary() {
    case $1 in query) echo "$bin_dir/FuzzQuery" ;; ingest) echo "$bin_dir/FuzzIngest" ;; notebook) echo "$bin_dir/FuzzNotebook" ;; esac
}

# A few paragraphs (at most 2 KB) of a few articles of each shared corpus, into the work corpus.
add_shared_excerpts() {
    local dest=$1 f name n=0
    [[ -d $shared/corpus ]] || { echo "fuzz: no shared corpora at $shared; ingest uses its seeds only"; return 0; }
    local files=()
    for f in business/001 entertainment/001 politics/001 sport/001 tech/001 business/100 politics/100 sport/199; do
        [[ -f $shared/corpus/bbc/$f.txt ]] && files+=("$shared/corpus/bbc/$f.txt")
    done
    # The first dev article of each PolNeAR publisher (names start with the publisher).
    if [[ -d $shared/corpus/polnear/dev ]]; then
        local seen=" " p
        for f in "$shared"/corpus/polnear/dev/*.txt; do
            p=$(basename "$f"); p=${p%%_*}
            [[ $seen == *" $p "* ]] && continue
            seen+="$p "
            files+=("$f")
        done
    fi
    for f in "$shared"/seeds/*.txt; do [[ -f $f ]] && files+=("$f"); done
    for f in "${files[@]:0:20}"; do
        name=shared-$(echo "${f#"$shared"/}" | tr '/' '-')
        [[ -e $dest/$name ]] && continue
        # Paragraph mode: the headline and the first three paragraphs, cut at 2 KB.
        LC_ALL=C awk 'BEGIN { RS = ""; ORS = "\n\n" } NR <= 4' "$f" | head -c 2048 >"$dest/$name"
        n=$((n + 1))
    done
    echo "fuzz: $n new excerpts of the shared corpora in $dest (${#files[@]} in all)"
}

# ---- run --------------------------------------------------------------------------------------
summary=()
failed=0
for t in "${targets[@]}"; do
    exe=$(binary "$t")
    [[ -x $exe ]] || { echo "fuzz: $exe is missing (build first)" >&2; exit 1; }
    seeds=$fuzz_dir/corpus/$t
    work=$scratch/corpus-$t
    artifacts=$scratch/artifacts/$t
    log=$scratch/logs/$t-$(date +%Y%m%d-%H%M%S).log
    mkdir -p "$work" "$artifacts" "$(dirname "$log")"
    regressions=$fuzz_dir/regressions/$t
    cp -n "$seeds"/* "$work"/ 2>/dev/null || true
    cp -n "$regressions"/* "$work"/ 2>/dev/null || true
    [[ $t == ingest ]] && add_shared_excerpts "$work"

    options=(-timeout=2 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/")
    if [[ $t == query ]]; then
        options+=(-max_len=4096 -dict="$fuzz_dir/query.dict")
    else
        options+=(-max_len=65536)
    fi
    if [[ $seconds == 0 ]]; then
        options+=(-runs=0)      # replay: run every seed once, then stop
        corpus_dirs=("$seeds" "$regressions")
    else
        options+=(-max_total_time="$seconds")
        corpus_dirs=("$work")
    fi
    stamp=$scratch/logs/.stamp-$t
    touch "$stamp"
    before=$(find "$artifacts" -type f | wc -l)
    echo "fuzz: $t for ${seconds}s — log in $log"
    rc=0
    nice -n "$nice_n" "$exe" "${options[@]}" "$@" "${corpus_dirs[@]}" >"$log" 2>&1 || rc=$?
    mkdir -p "$artifacts"
    after=$(find "$artifacts" -type f | wc -l)
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || true)
    [[ -n $runs ]] || runs=$(grep -o 'Done [0-9]* runs' "$log" | tail -1 | grep -o '[0-9]\+' || echo "?")
    speed=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || echo "?")
    peak=$(grep -o 'stat::peak_rss_mb: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || echo "?")
    crashes=$(grep -cE '^==[0-9]+== ?ERROR: |Fatal error: ' "$log" || true)
    new=$((after - before))
    line="$t: exit $rc, $runs runs (${speed}/s, peak ${peak} MB), corpus $(find "$work" -type f | wc -l) files, $new new artifact(s)"
    if ((new > 0)); then
        line+=": $(find "$artifacts" -type f -newer "$stamp" -printf '%f ' 2>/dev/null || true)"
        failed=1
    elif ((rc != 0)); then
        failed=1
    fi
    ((crashes > 0)) && line+=" [$crashes error report line(s) in the log]"
    summary+=("$line")
    if ((rc != 0)); then
        echo "fuzz: $t stopped with status $rc; the end of its log:"
        tail -n 40 "$log" | sed 's/^/    /'
    fi
done

echo
echo "fuzz summary"
for line in "${summary[@]}"; do echo "  $line"; done
echo "  artifacts: $scratch/artifacts/  work corpora: $scratch/corpus-*"
exit "$failed"
