#!/bin/bash
# Compares two commands that each print a "median epoch ... S s" line (synthreg-bench-models,
# or bench/reference/ctgan_tvae_reference.py) on a shared, noisy machine: runs them in turn,
# swapping which goes first every round, and prints the medians of their median epochs and of
# the per-round ratios (A / B: above 1 means B is faster). Usage:
#   bench/alternate.sh ROUNDS 'COMMAND A' 'COMMAND B'
# e.g. two builds:
#   bench/alternate.sh 8 '/tmp/old/bench/synthreg-bench-models /tmp/adult.srmx --generator medvae
#        --epochs 4 --batch 500 --threads 2 --sample 1000' 'build/bench/synthreg-bench-models ...'
# Prefix with `env -u OPENBLAS_CORETYPE` etc. to change both runs' environment.
set -euo pipefail
if [ $# -ne 3 ]; then
    sed -n '2,10p' "$0" >&2
    exit 2
fi
rounds=$1 first=$2 second=$3
medianEpoch() { bash -c "$1" 2>&1 | sed -n 's/.*median epoch[^0-9]*\([0-9.]*\) s.*/\1/p'; }
for round in $(seq "$rounds"); do
    if [ $((round % 2)) = 1 ]; then
        a=$(medianEpoch "$first"); b=$(medianEpoch "$second")
    else
        b=$(medianEpoch "$second"); a=$(medianEpoch "$first")
    fi
    echo "round $round: A $a s  B $b s" >&2
    echo "$a $b"
done | /usr/bin/python3 -c '
import statistics, sys
pairs = [tuple(map(float, line.split())) for line in sys.stdin if line.strip()]
ratios = [a / b for a, b in pairs]
print("A %.3f s  B %.3f s  A/B %.2fx (range %.2f-%.2f, %d rounds)" % (
    statistics.median(a for a, _ in pairs), statistics.median(b for _, b in pairs),
    statistics.median(ratios), min(ratios), max(ratios), len(pairs)))'
