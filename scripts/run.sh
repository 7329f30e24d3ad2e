#!/usr/bin/env bash
# Runs claimcheck: builds the bundled jar when it is missing or older than the sources, then runs
# it with every option passed through. Without --input=, the sample corpus is used.
#   scripts/run.sh [--input=GLOB_OR_DIR] [--output=DIR] [--runner=NAME] [other Beam options]
# JAVA_OPTS (e.g. JAVA_OPTS=-Xmx8g) is passed to the JVM.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$repo/pipeline/target/claimcheck-pipeline-bundled.jar"

needs_build() {
  [[ ! -f "$jar" ]] && return 0
  # Any source file or POM newer than the jar? (target/ and .git/ are not sources.)
  [[ -n "$(find "$repo" \( -name target -o -name .git \) -prune -o \
      \( -path '*/src/*' -o -name pom.xml \) -type f -newer "$jar" -print -quit)" ]]
}

if needs_build; then
  echo "claimcheck: building $jar" >&2
  (cd "$repo" && mvn -q -B -DskipTests package) >&2
fi

args=("$@")  # may be empty
has_input=false
for arg in "$@"; do
  [[ "$arg" == --input=* ]] && has_input=true
done
if [[ "$has_input" == false ]]; then
  args=("--input=$repo/fixtures/tariff-talks" ${args[@]+"${args[@]}"})
fi

read -r -a java_opts <<< "${JAVA_OPTS:-}"
# ${a[@]+"${a[@]}"}: empty arrays are "unbound" under set -u in bash < 4.4.
exec java ${java_opts[@]+"${java_opts[@]}"} -jar "$jar" ${args[@]+"${args[@]}"}
