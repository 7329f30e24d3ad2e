# Sourced by scripts/evaluate.sh and scripts/cluster-quality.sh: the pipeline module's test classes
# (the evaluation harness and scorers) and their classpath, rebuilt when missing or older than any
# source file or POM.
#   eval_classpath REPO LABEL    prints the classpath; LABEL names the caller in the build message

eval_classpath() {
  local repo="$1" label="$2"
  local cp_file="$repo/pipeline/target/eval-classpath.txt"
  if [[ ! -f "$cp_file" || ! -d "$repo/pipeline/target/test-classes/io/claimcheck/eval" \
      || -n "$(find "$repo" \( -name target -o -name .git -o -name fixtures \) -prune -o \
          \( -path '*/src/*' -o -name pom.xml \) -type f -newer "$cp_file" -print -quit)" ]]; then
    echo "$label: building the pipeline and the evaluation harness" >&2
    # One reactor build, so the pipeline runs against this worktree's transforms classes, not an
    # installed jar.
    local build=(mvn -q -B -Dstyle.color=never -pl pipeline -am test-compile dependency:build-classpath
                 -Dmdep.outputFile=target/eval-classpath.txt -Dmdep.includeScope=test)
    (cd "$repo" && { "${build[@]}" -o || "${build[@]}"; }) >&2
    touch "$cp_file"  # the plugin leaves an unchanged file alone; its time marks the build
  fi
  echo "$repo/pipeline/target/test-classes:$repo/pipeline/target/classes:$(cat "$cp_file")"
}
