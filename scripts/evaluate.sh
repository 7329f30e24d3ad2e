#!/usr/bin/env bash
# Runs the evaluation harness (issue 3): claimcheck on every story of fixtures/eval and on each
# story's numeric and omission variant, scored against the story's labels.json. Prints one line per
# miss / false alarm, then precision, recall, variant recall and the false-contradiction rate on
# agreed facts. See fixtures/eval/README.md.
#   scripts/evaluate.sh                       # every story under fixtures/eval
#   scripts/evaluate.sh storm-landfall        # one story (a name under fixtures/eval, or a path)
#   scripts/evaluate.sh --work=/tmp/ev DIR..  # keep the variant inputs and reports in /tmp/ev
# Exit status: 0 when every story was scored (scores are targets, not gates); 2 when a labels.json
# or variant is unusable (ERROR lines); 1 when the harness failed.
# The classes are (re)built with Maven (offline first) when missing or older than a source or POM.
# JAVA_OPTS is passed to the JVM.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$repo/scripts/lib/eval-classpath.sh"
classpath="$(eval_classpath "$repo" evaluate)"

args=()
for arg in "$@"; do
  if [[ "$arg" != --* && ! -e "$arg" && -d "$repo/fixtures/eval/$arg" ]]; then
    arg="$repo/fixtures/eval/$arg"  # a story name
  fi
  args+=("$arg")
done
has_path=false
for arg in ${args[@]+"${args[@]}"}; do
  [[ "$arg" != --* ]] && has_path=true
done
if [[ "$has_path" == false ]]; then
  args+=("$repo/fixtures/eval")
fi

read -r -a java_opts <<< "${JAVA_OPTS:-}"
exec java ${java_opts[@]+"${java_opts[@]}"} -cp "$classpath" io.claimcheck.eval.Evaluate ${args[@]+"${args[@]}"}
