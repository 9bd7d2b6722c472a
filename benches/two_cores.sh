#!/usr/bin/env bash
# One core against two for the batch scorer (issue #22's 1.8x target), end to end, on an idle
# machine: builds the release `score` example, writes the two NDJSON files of docs/performance.md
# (the docs file: 10^6 PHQ-9 lines whose answers repeat every 4 lines; and 10^7 lines of random
# answers, `random.seed(22)`, ten copies of 10^6), runs the sequential reader, `--threads 1` and
# `--threads 2` interleaved (benches/batch_threads.py: medians of wall and user+sys time, peak
# RSS, the wall speedups and the CPU ratios) with the default 1 MiB blocks and with each size in
# BLOCKS (default "131072 262144 2097152": the block size trades cache locality against how often
# the threads synchronise; results are identical), and with CALLGRIND=1 also counts instructions
# (valgrind, load-independent) on the first 200,000 random lines in each mode.
#
#   bash benches/two_cores.sh [ROUNDS]        # default 5 rounds; DIR=/tmp/two_cores by default
#   CALLGRIND=1 bash benches/two_cores.sh 3
#
# The wall-time ratios mean something only when nothing else runs: the script prints the 1-minute
# load average before each round (below 1 on 2 cores means idle). The files take about 930 MB in
# DIR; remove DIR afterwards.
set -euo pipefail

rounds="${1:-5}"
dir="${DIR:-/tmp/two_cores}"
cd "$(dirname "$0")/.."
mkdir -p "$dir"

cargo build --release --all-features --example score

if [ ! -s "$dir/phq9_1e6.ndjson" ]; then
  python3 -c '
for n in range(1_000_000):
    a = [(n * 7 + i * 3) % 4 for i in range(9)]; a[8] %= 2
    print("{\"schema_version\": 2, \"instrument\": \"phq9\", \"answers\": [%s]}" % ", ".join(map(str, a)))
' > "$dir/phq9_1e6.ndjson"
fi
if [ ! -s "$dir/phq9_rand1e7.ndjson" ]; then
  python3 -c '
import random
random.seed(22)
for n in range(1_000_000):
    print("{\"schema_version\": 2, \"instrument\": \"phq9\", \"answers\": [%s]}" % ", ".join(str(random.randint(0, 3)) for i in range(9)))
' > "$dir/phq9_rand1e6.ndjson"
  for _ in $(seq 10); do cat "$dir/phq9_rand1e6.ndjson"; done > "$dir/phq9_rand1e7.ndjson"
fi

nproc
echo "== the docs file, 10^6 lines"
python3 benches/batch_threads.py "$dir/phq9_1e6.ndjson" "$rounds"
echo "== random answers, 10^7 lines"
python3 benches/batch_threads.py "$dir/phq9_rand1e7.ndjson" "$rounds"
for block in ${BLOCKS-131072 262144 2097152}; do
  echo "== random answers, 10^7 lines, --block-bytes $block"
  python3 benches/batch_threads.py "$dir/phq9_rand1e7.ndjson" "$rounds" --block-bytes "$block"
done

if [ "${CALLGRIND:-0}" = 1 ]; then
  echo "== instructions (callgrind, every thread), the first 200,000 random lines"
  head -200000 "$dir/phq9_rand1e6.ndjson" > "$dir/rand2e5.ndjson"
  declare -A counts
  for mode in sequential "threads 1" "threads 2"; do
    case "$mode" in
      sequential) extra=() ;;
      "threads 1") extra=(--threads 1) ;;
      *) extra=(--threads 2) ;;
    esac
    valgrind --tool=callgrind --callgrind-out-file="$dir/callgrind.out" \
      target/release/examples/score --ndjson "$dir/rand2e5.ndjson" "${extra[@]}" \
      > /dev/null 2> "$dir/callgrind.log" || true
    counts[$mode]=$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$dir/callgrind.log")
    echo "$mode: ${counts[$mode]} instructions"
  done
  python3 -c "import sys; s, a, b = map(int, sys.argv[1:]); print(f'against sequential: one thread {a / s:.4f}x, two threads {b / s:.4f}x')" \
    "${counts[sequential]}" "${counts[threads 1]}" "${counts[threads 2]}"
fi
