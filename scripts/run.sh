#!/usr/bin/env bash
# Runs claimcheck: builds the bundled jar when it is missing or older than the sources, then runs
# it with every option passed through. Without --input=, the sample corpus is used.
#   scripts/run.sh [--input=GLOB_OR_DIR] [--output=DIR] [--runner=NAME] [other Beam options]
# --runner=FlinkRunner uses the Flink jar (built with -Pflink-runner): an embedded local cluster,
# or the cluster given with --flinkMaster=host:port. --runner=SparkRunner uses the Spark jar
# (-Pspark-runner, local[4] unless --sparkMaster=...). --runner=DataflowRunner hands over to
# scripts/run-dataflow.sh.
# JAVA_OPTS (e.g. JAVA_OPTS=-Xmx8g) is passed to the JVM, with -XX:+UseParallelGC added unless a
# collector is named there or in JDK_JAVA_OPTIONS/JAVA_TOOL_OPTIONS (-XX:+UseG1GC: the JVM's
# default). On the Direct Runner the JIT is also told to inline less (below; JAVA_OPTS comes after
# those flags, so a value given there wins, not one in JDK_JAVA_OPTIONS/JAVA_TOOL_OPTIONS), and the
# job itself turns the runner's enforcement checks off unless --enforceImmutability/
# --enforceEncodability are given.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

runner=DirectRunner
for arg in "$@"; do
  [[ "$arg" == --runner=* ]] && runner="${arg#--runner=}"
done

# Each runner has its own jar; the Direct Runner's is the default build's.
profile=""
jvm_flags=()
case "$(tr '[:upper:]' '[:lower:]' <<< "$runner")" in  # Beam matches runner names ignoring case
  flinkrunner|flink)
    profile=flink-runner; jar="$repo/pipeline/target/claimcheck-pipeline-bundled-flink.jar" ;;
  sparkrunner|spark)
    profile=spark-runner; jar="$repo/pipeline/target/claimcheck-pipeline-bundled-spark.jar"
    # Spark 3.5 on Java 17 reads sun.nio.ch internals.
    jvm_flags=(--add-exports=java.base/sun.nio.ch=ALL-UNNAMED) ;;
  dataflowrunner|dataflow)
    # The Dataflow options are checked there, before anything is built or staged.
    exec "$repo/scripts/run-dataflow.sh" "$@" ;;
  *)
    jar="$repo/pipeline/target/claimcheck-pipeline-bundled.jar"
    # Less inlining in the C2 compiler: a 20,000-document run spent 33-43 s of its 59-78 s of CPU
    # compiling; with these, 21-31 s, and the run took ~18 % less wall time on 2 cores (100,000
    # documents: ~4 %). The compiled code is slower (extraction alone: 10-25 % more CPU per
    # article once warm), so this pays on runs the JIT's warm-up dominates, the Direct Runner's
    # range, and is not used for the cluster runners' large inputs (BENCHMARKS.md).
    jvm_flags=(-XX:MaxInlineLevel=6 -XX:InlineSmallCode=1000 -XX:FreqInlineSize=200) ;;
esac

# shellcheck source=lib/build-jar.sh
source "$repo/scripts/lib/build-jar.sh"
build_jar_if_stale "$repo" "$jar" "${profile:-}"

args=("$@")  # may be empty
has_input=false
for arg in "$@"; do
  [[ "$arg" == --input=* ]] && has_input=true
done
if [[ "$has_input" == false ]]; then
  args=("--input=$repo/fixtures/tariff-talks" ${args[@]+"${args[@]}"})
fi

read -r -a java_opts <<< "${JAVA_OPTS:-}"
# The throughput collector unless a collector is chosen already: a batch run wants the least total
# GC work, not short pauses. On 2 cores it took 11-15 % off 100,000-document runs (Direct and
# embedded Flink) and 0.5-1.2 GiB off their peak RSS against the default G1 (BENCHMARKS.md). The
# JVM also reads JDK_JAVA_OPTIONS and JAVA_TOOL_OPTIONS, and refuses to start with two collectors.
gc_chosen=false
read -r -a env_opts <<< "${JDK_JAVA_OPTIONS:-} ${JAVA_TOOL_OPTIONS:-}"
for opt in ${java_opts[@]+"${java_opts[@]}"} ${env_opts[@]+"${env_opts[@]}"}; do
  [[ "$opt" =~ ^-XX:\+Use(Serial|Parallel|G1|Z|Shenandoah|Epsilon)GC$ ]] && gc_chosen=true
done
[[ "$gc_chosen" == true ]] || java_opts+=(-XX:+UseParallelGC)
# ${a[@]+"${a[@]}"}: empty arrays are "unbound" under set -u in bash < 4.4.
exec java ${jvm_flags[@]+"${jvm_flags[@]}"} ${java_opts[@]+"${java_opts[@]}"} -jar "$jar" ${args[@]+"${args[@]}"}
