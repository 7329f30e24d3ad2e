# Sourced by scripts/run.sh and scripts/run-dataflow.sh: (re)build a bundled jar when it is missing
# or older than any source file or POM.
#   build_jar_if_stale REPO JAR [MAVEN_PROFILE]

jar_is_stale() {
  local repo="$1" jar="$2"
  [[ ! -f "$jar" ]] && return 0
  # Any source file or POM newer than the jar? (target/ and .git/ are not sources.)
  [[ -n "$(find "$repo" \( -name target -o -name .git \) -prune -o \
      \( -path '*/src/*' -o -name pom.xml \) -type f -newer "$jar" -print -quit)" ]]
}

build_jar_if_stale() {
  local repo="$1" jar="$2" profile="${3:-}"
  if jar_is_stale "$repo" "$jar"; then
    echo "claimcheck: building $jar" >&2
    (cd "$repo" && mvn -q -B -DskipTests ${profile:+-P"$profile"} package) >&2
  fi
}
