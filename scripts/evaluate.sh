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
cp_file="$repo/pipeline/target/eval-classpath.txt"

needs_build() {
  [[ ! -f "$cp_file" ]] && return 0
  [[ ! -d "$repo/pipeline/target/test-classes/io/claimcheck/eval" ]] && return 0
  [[ -n "$(find "$repo" \( -name target -o -name .git -o -name fixtures \) -prune -o \
      \( -path '*/src/*' -o -name pom.xml \) -type f -newer "$cp_file" -print -quit)" ]]
}

if needs_build; then
  echo "evaluate: building the pipeline and the harness" >&2
  # In one reactor build, so the pipeline runs against this worktree's transforms classes, not an
  # installed jar.
  build=(mvn -q -B -Dstyle.color=never -pl pipeline -am test-compile dependency:build-classpath
         -Dmdep.outputFile=target/eval-classpath.txt -Dmdep.includeScope=test)
  (cd "$repo" && { "${build[@]}" -o || "${build[@]}"; }) >&2
  touch "$cp_file"  # the plugin leaves an unchanged file alone; its time marks the build
fi

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
classpath="$repo/pipeline/target/test-classes:$repo/pipeline/target/classes:$(cat "$cp_file")"
exec java ${java_opts[@]+"${java_opts[@]}"} -cp "$classpath" io.claimcheck.eval.Evaluate ${args[@]+"${args[@]}"}
