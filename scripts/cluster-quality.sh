#!/usr/bin/env bash
# Story clustering quality at scale (issue 4): generates (once) a seeded corpus with
# scripts/generate-corpus.sh, runs claimcheck on it under /usr/bin/time -v, and scores its
# stories.csv against the generator's truth.csv: pairwise precision, recall and F1
# (io.claimcheck.eval.ClusterQuality). Prints the wall and CPU time and the load average before and
# after, for BENCHMARKS.md.
#   scripts/cluster-quality.sh [--stories=2000] [--sources=5] [--seed=11] [--work=/tmp/claimcheck-cluster]
#                              [--runner=FlinkRunner] [BEAM OPTIONS...]
# Defaults: 2,000 stories x 5 sources = 10,000 documents, the Flink runner (embedded) with
# --parallelism=2, JAVA_OPTS=-Xmx4g. --runner=DirectRunner adds --targetParallelism=2.
# Only scoring an existing output: scripts/cluster-quality.sh --score=OUT_DIR --truth=TRUTH_CSV.
# Needs python3 (the generator) and /usr/bin/time (Debian: apt-get install -y time).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
stories=2000 sources=5 seed=11 work=/tmp/claimcheck-cluster runner=FlinkRunner
score_only="" truth=""
pass=()
for arg in "$@"; do
  case "$arg" in
    --stories=*) stories="${arg#*=}" ;;
    --sources=*) sources="${arg#*=}" ;;
    --seed=*) seed="${arg#*=}" ;;
    --work=*) work="${arg#*=}" ;;
    --runner=*) runner="${arg#*=}" ;;
    --score=*) score_only="${arg#*=}" ;;
    --truth=*) truth="${arg#*=}" ;;
    *) pass+=("$arg") ;;
  esac
done

# The scorer runs from the test classes (like scripts/evaluate.sh), built when missing or stale.
source "$repo/scripts/lib/eval-classpath.sh"
score() {  # OUT_DIR TRUTH_CSV
  java -cp "$(eval_classpath "$repo" cluster-quality)" \
    io.claimcheck.eval.ClusterQuality "$1/stories.csv" "$2"
}

if [[ -n "$score_only" ]]; then
  [[ -n "$truth" ]] || { echo "cluster-quality: --score needs --truth=TRUTH_CSV" >&2; exit 2; }
  score "$score_only" "$truth"
  exit 0
fi

[[ -x /usr/bin/time ]] || { echo "cluster-quality: /usr/bin/time is missing (apt-get install -y time)" >&2; exit 2; }
export JAVA_OPTS="${JAVA_OPTS:--Xmx4g}"
case "$runner" in
  FlinkRunner) printf '%s\n' ${pass[@]+"${pass[@]}"} | grep -q -- '--parallelism=' || pass+=(--parallelism=2) ;;
  DirectRunner) printf '%s\n' ${pass[@]+"${pass[@]}"} | grep -q -- '--targetParallelism=' || pass+=(--targetParallelism=2) ;;
esac

corpus="$work/corpus-${stories}x${sources}-seed${seed}"
if [[ ! -f "$corpus/truth.csv" ]]; then  # truth.csv is written last: its presence marks a full corpus
  rm -rf "$corpus" "$corpus.tmp"
  "$repo/scripts/generate-corpus.sh" --stories="$stories" --sources="$sources" --seed="$seed" --out="$corpus.tmp"
  mv "$corpus.tmp" "$corpus"
fi
n=$(( stories * sources ))

# Build first (run.sh builds a stale jar), so the build is not timed: --help builds, then exits.
"$repo/scripts/run.sh" --runner="$runner" --help > /dev/null 2>&1 || true

out="$work/out-$runner-$n-seed$seed"
timing="$work/time-$runner-$n-seed$seed.txt"
echo "cluster-quality: $n documents in $stories stories from $corpus; claimcheck --runner=$runner ${pass[*]:-} JAVA_OPTS=$JAVA_OPTS" >&2
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -v -o "$timing" "$repo/scripts/run.sh" --runner="$runner" --input="$corpus/docs" --output="$out" \
  ${pass[@]+"${pass[@]}"} >&2
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$timing")
cpu_s=$(awk -F': ' '/User time|System time/ {s+=$2} END {print s}' "$timing")
rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$timing")
score "$out" "$corpus/truth.csv"
printf 'run               %s, %d documents: wall %.1f s, CPU %.1f s, peak RSS %.0f MiB\n' \
  "$runner" "$n" "$wall" "$cpu_s" "$(echo "$rss / 1024" | bc -l)"
echo "load average      before $load_before, after $load_after ($(nproc) cores)"
