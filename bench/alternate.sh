#!/bin/bash
# Compares two builds of synthreg-bench-models on a shared, noisy machine: runs them in turn,
# swapping which goes first every round, and prints the medians of their median epochs and of
# the per-round ratios (before / after). Usage:
#   bench/alternate.sh BEFORE_BENCH AFTER_BENCH ROUNDS MATRIX.srmx [synthreg-bench-models options]
# e.g. bench/alternate.sh /tmp/old/bench/synthreg-bench-models build/bench/synthreg-bench-models 8 \
#        /tmp/adult.srmx --generator medvae --epochs 4 --batch 500 --threads 2 --sample 1000
# Prefix with `env -u OPENBLAS_CORETYPE` etc. to change both runs' environment.
set -euo pipefail
if [ $# -lt 4 ]; then
    sed -n '2,8p' "$0" >&2
    exit 2
fi
before=$1 after=$2 rounds=$3
shift 3
medianEpoch() { "$@" | sed -n 's/.*median epoch \([0-9.]*\) s.*/\1/p'; }
for round in $(seq "$rounds"); do
    if [ $((round % 2)) = 1 ]; then
        b=$(medianEpoch "$before" "$@"); a=$(medianEpoch "$after" "$@")
    else
        a=$(medianEpoch "$after" "$@"); b=$(medianEpoch "$before" "$@")
    fi
    echo "$b $a"
done | /usr/bin/python3 -c '
import statistics, sys
pairs = [tuple(map(float, line.split())) for line in sys.stdin if line.strip()]
ratios = [b / a for b, a in pairs]
print("before %.3f s  after %.3f s  ratio %.2fx (range %.2f-%.2f, %d rounds)" % (
    statistics.median(b for b, _ in pairs), statistics.median(a for _, a in pairs),
    statistics.median(ratios), min(ratios), max(ratios), len(pairs)))'
