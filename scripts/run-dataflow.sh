#!/usr/bin/env bash
# Runs claimcheck on Google Cloud Dataflow. Checks the options first (no gcloud needed), then
# builds the Dataflow jar (-Pdataflow-runner) when it is missing or stale, then submits the job
# and waits for it; the summary is printed as with any runner.
#
#   scripts/run-dataflow.sh --project=PROJECT --region=REGION --tempLocation=gs://BUCKET/tmp \
#     --input='gs://BUCKET/articles/**' --output=gs://BUCKET/reports/run-1 [other Beam options]
#
# Required:  --project          GCP project the job runs in
#            --region           Dataflow region, e.g. europe-west1
#            --tempLocation     gs:// path for temporary files
#            --input, --output  gs:// paths (workers cannot see local files)
# Defaults:  --stagingLocation=<tempLocation>/staging   where the jar is uploaded
#            --workerMachineType=n2-standard-4          claim extraction is CPU-bound
#            --maxNumWorkers=20                         autoscaling ceiling: the cost cap
# Credentials: Application Default Credentials (gcloud auth application-default login, or a
# service account on the machine). JAVA_OPTS is passed to the launching JVM.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$repo/pipeline/target/claimcheck-pipeline-bundled-dataflow.jar"

fail() {
  echo "claimcheck: $*" >&2
  exit 2
}

# The value of --NAME=VALUE among the arguments, empty when absent.
opt() {
  local name="$1" arg value=""
  for arg in "${@:2}"; do
    [[ "$arg" == "--$name="* ]] && value="${arg#--"$name"=}"
  done
  printf '%s' "$value"
}

project="$(opt project "$@")"
region="$(opt region "$@")"
temp="$(opt tempLocation "$@")"
staging="$(opt stagingLocation "$@")"
input="$(opt input "$@")"
output="$(opt output "$@")"

[[ -n "$project" ]] || fail "missing --project=PROJECT (the GCP project the Dataflow job runs in)"
[[ -n "$region" ]] || fail "missing --region=REGION (the Dataflow region, e.g. europe-west1)"
[[ -n "$temp" ]] || fail "missing --tempLocation=gs://BUCKET/PATH (where Dataflow keeps temporary files)"
[[ -n "$input" ]] || fail "missing --input=gs://BUCKET/PATH (the articles to read)"
[[ -n "$output" ]] || fail "missing --output=gs://BUCKET/PATH (where the report is written)"
for pair in "tempLocation=$temp" "stagingLocation=$staging" "input=$input" "output=$output"; do
  value="${pair#*=}"
  [[ -z "$value" || "$value" == gs://* ]] \
    || fail "--${pair%%=*} must be a gs:// path on Dataflow, not '$value'"
done

args=("--runner=DataflowRunner")
[[ -n "$staging" ]] || args+=("--stagingLocation=${temp%/}/staging")
[[ -n "$(opt workerMachineType "$@")" ]] || args+=("--workerMachineType=n2-standard-4")
[[ -n "$(opt maxNumWorkers "$@")" ]] || args+=("--maxNumWorkers=20")
for arg in "$@"; do
  [[ "$arg" == --runner=* ]] || args+=("$arg")  # always Dataflow here
done

# shellcheck source=lib/build-jar.sh
source "$repo/scripts/lib/build-jar.sh"
build_jar_if_stale "$repo" "$jar" dataflow-runner

read -r -a java_opts <<< "${JAVA_OPTS:-}"
exec java ${java_opts[@]+"${java_opts[@]}"} -jar "$jar" "${args[@]}"
