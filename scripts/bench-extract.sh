#!/usr/bin/env bash
# Cleaning + extraction per article in a plain single-thread Java loop (no Beam): the in-process
# baseline of issue 3's "under 5 ms per 3 KB article on one core". Figures go to BENCHMARKS.md.
#   scripts/bench-extract.sh [DIR...] [--seconds=N] [--once]   (default: fixtures/tariff-talks and fixtures/eval)
# N: thread CPU seconds per measured round (default 10). Reports 1.5 KB articles and joined ~3 KB ones,
# CPU and wall time; on a shared machine compare the CPU figures. --once: one pass over the .txt
# files instead (each read, cleaned and extracted once, no warm-up), timed from the JVM's start —
# the figure to set beside a whole run's wall time.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
source scripts/lib/test-classpath.sh
exec java ${JAVA_OPTS:-} -cp "$test_classpath" \
  io.claimcheck.bench.ExtractionBenchmark "$@"
