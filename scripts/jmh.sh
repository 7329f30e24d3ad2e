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
# One benchmark thread (the targets are per core). Not pinned with taskset: on a pinned core the JIT
# compiler and GC threads share it, and the scores measure them too (seen: 7.3 ms against 4.0 ms of
# the thread's own CPU time per article).
exec java ${JAVA_OPTS:-} -cp "$test_classpath" org.openjdk.jmh.Main -t 1 "$@"
