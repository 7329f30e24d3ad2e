#!/usr/bin/env bash
# Whole-pipeline benchmark (issue 7): generates (once) a seeded corpus, runs claimcheck on it under
# /usr/bin/time -v and prints documents/s, wall time and peak RSS, scores the findings against the
# corpus's injected.csv (scripts/score_findings.py), then (unless --no-baseline) the
# in-process baseline: the same cleaning + extraction in a plain single-thread loop over the same
# files (scripts/bench-extract.sh), once as one pass from a fresh JVM (comparable with a run's wall
# time) and once in steady state (CPU per article after warm-up). Figures go to BENCHMARKS.md by
# hand, with the machine, the load and the commit.
#   scripts/bench.sh [--docs=20000] [--sources=5] [--seed=42] [--work=/tmp/claimcheck-bench]
#                    [--runner=DirectRunner] [--no-baseline] [--baseline-seconds=20] [BEAM OPTIONS...]
#   scripts/bench.sh --matrix [--sizes=20000,50000,100000]
#                                the Direct Runner and Flink (embedded, --parallelism=2) at each size,
#                                then the baseline; a summary line per run at the end, and per runner
#                                the marginal rate between sizes (added documents / added wall time):
#                                a run is start-up (JVM, JIT, models) plus documents / rate, so
#                                linear scaling shows as an equal marginal rate at every step
# Defaults: --targetParallelism=2 for the Direct Runner (this machine has 2 cores) and
# JAVA_OPTS=-Xmx4g. Other options go to claimcheck unchanged (e.g. --parallelism=2 for Flink).
# Pace on this 2-core machine (BENCHMARKS.md; runs vary by 10-20 %): Direct Runner about 680-740
# docs/s at 20,000 documents and 970-1,050 at 100,000 (-Xmx4g is enough for 100,000), Flink about
# 410-460 and 640-810; --matrix takes about 12 minutes.
# Needs python3 (the generator) and /usr/bin/time (Debian: apt-get install -y time).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
docs=20000 sources=5 seed=42 work=/tmp/claimcheck-bench runner=DirectRunner
baseline=true baseline_seconds=20 matrix=false baseline_only=false sizes=20000,50000,100000
pass=()
for arg in "$@"; do
  case "$arg" in
    --docs=*) docs="${arg#*=}" ;;
    --sources=*) sources="${arg#*=}" ;;
    --seed=*) seed="${arg#*=}" ;;
    --work=*) work="${arg#*=}" ;;
    --runner=*) runner="${arg#*=}"; pass+=("$arg") ;;
    --no-baseline) baseline=false ;;
    --baseline-seconds=*) baseline_seconds="${arg#*=}" ;;
    --matrix) matrix=true ;;
    --sizes=*) sizes="${arg#*=}" ;;
    --baseline-only) baseline_only=true ;;
    *) pass+=("$arg") ;;
  esac
done
[[ -x /usr/bin/time ]] || { echo "bench: /usr/bin/time is missing (apt-get install -y time)" >&2; exit 2; }

if [[ "$matrix" == true ]]; then
  log="$work/matrix.log"
  mkdir -p "$work"
  : > "$log"
  IFS=, read -r -a size_list <<< "$sizes"
  for n in ${size_list[@]+"${size_list[@]}"}; do
    "$0" --docs="$n" --sources="$sources" --seed="$seed" --work="$work" --no-baseline | tee -a "$log"
    "$0" --docs="$n" --sources="$sources" --seed="$seed" --work="$work" --no-baseline \
      --runner=FlinkRunner --parallelism=2 | tee -a "$log"
  done
  "$0" --docs=20000 --sources="$sources" --seed="$seed" --work="$work" --baseline-only \
    --baseline-seconds="$baseline_seconds" | tee -a "$log"
  echo "bench: summary" >&2
  grep -E '^bench: |^measured: |^once: ' "$log"
  # Marginal rate per runner between consecutive sizes, from the summary lines above.
  sed -nE 's/^bench: ([A-Za-z]+), ([0-9]+) docs: wall ([0-9.]+) s.*/\1 \2 \3/p' "$log" | sort -k1,1 -k2,2n |
    awk '$1 == r && $3 > w { printf "bench: %s marginal %d -> %d docs: %.0f docs/s (%d more in %.1f s more)\n",
                     r, n, $2, ($2 - n) / ($3 - w), $2 - n, $3 - w }
         { r = $1; n = $2; w = $3 }'
  exit 0
fi
export JAVA_OPTS="${JAVA_OPTS:--Xmx4g}"
if [[ "$runner" == DirectRunner ]] && ! printf '%s\n' ${pass[@]+"${pass[@]}"} | grep -q -- '--targetParallelism='; then
  pass+=(--targetParallelism=2)
fi

stories=$(( (docs + sources - 1) / sources ))
corpus="$work/corpus-${stories}x${sources}-seed${seed}"
if [[ ! -f "$corpus/truth.csv" ]]; then  # truth.csv is written last: its presence marks a full corpus
  rm -rf "$corpus"
  "$repo/scripts/generate-corpus.sh" --stories="$stories" --sources="$sources" --seed="$seed" --out="$corpus.tmp"
  mv "$corpus.tmp" "$corpus"
fi
n=$(( stories * sources ))
bytes=$(find "$corpus/docs" -type f -printf '%s\n' | awk '{s+=$1} END {printf "%.0f\n", s}')

if [[ "$baseline_only" == true ]]; then
  echo "bench: baseline (single thread, no Beam) over $corpus/docs: one pass, then ${baseline_seconds} s measured" >&2
  "$repo/scripts/bench-extract.sh" "$corpus/docs" --once
  exec "$repo/scripts/bench-extract.sh" "$corpus/docs" --seconds="$baseline_seconds"
fi

# Build first (run.sh builds a stale jar), so the build is not timed: --help builds, then exits.
"$repo/scripts/run.sh" --runner="$runner" --help > /dev/null 2>&1 || true

out="$work/out-$runner-$n"
timing="$work/time-$runner-$n.txt"
echo "bench: $n documents ($((bytes / n)) bytes mean) from $corpus; claimcheck ${pass[*]:-} JAVA_OPTS=$JAVA_OPTS" >&2
echo "bench: load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
/usr/bin/time -v -o "$timing" "$repo/scripts/run.sh" --input="$corpus/docs" --output="$out" ${pass[@]+"${pass[@]}"}
echo "bench: load average after:  $(cut -d' ' -f1-3 /proc/loadavg)" >&2
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$timing")
rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$timing")
cpu=$(awk -F': ' '/Percent of CPU/ {print $2}' "$timing")
printf 'bench: %s, %d docs: wall %.1f s, %.1f docs/s, peak RSS %.0f MiB, CPU %s\n' \
  "$runner" "$n" "$wall" "$(echo "$n / $wall" | bc -l)" "$(echo "$rss / 1024" | bc -l)" "$cpu"

echo "bench: findings against the generator's injected ones (scripts/score_findings.py)" >&2
python3 "$repo/scripts/score_findings.py" "$out" "$corpus/injected.csv"

if [[ "$baseline" == true ]]; then
  echo "bench: baseline (single thread, no Beam) over the same files: one pass, then ${baseline_seconds} s measured" >&2
  "$repo/scripts/bench-extract.sh" "$corpus/docs" --once
  "$repo/scripts/bench-extract.sh" "$corpus/docs" --seconds="$baseline_seconds"
fi
