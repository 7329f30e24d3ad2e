#!/usr/bin/env bash
# JMH micro-benchmarks of one article's cleaning, sentence splitting, extraction, and of one
# story's comparison (transforms/src/test/java/io/claimcheck/bench/jmh), one thread, one fork.
# Arguments go to JMH: a benchmark regex, -p corpus=DIR, -wi/-i/-r, -prof gc, -h for all.
#   scripts/jmh.sh                          (all benchmarks on the sample corpus)
#   scripts/jmh.sh ArticleBenchmarks.extract -p corpus=fixtures/eval
# Figures go to BENCHMARKS.md with the date, the commit and the machine's load.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
source scripts/lib/test-classpath.sh
# One thread on one core when taskset is there: the targets are per core.
pin=()
if command -v taskset >/dev/null && [[ "$(nproc)" -gt 1 ]]; then pin=(taskset -c 0); fi
exec "${pin[@]}" java ${JAVA_OPTS:-} -cp "$test_classpath" org.openjdk.jmh.Main -t 1 "$@"
