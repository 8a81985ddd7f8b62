#!/usr/bin/env bash
# The first decision in fresh JVMs: runs FirstDecision RUNS times (default 5), each in a new JVM.
# Build first: ./mvnw -B -Pbench -pl dpia-benchmarks -am package -DskipTests
# Usage: dpia-benchmarks/first-decision.sh [RUNS] [extra JVM options...]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/benchmarks.jar"
runs="${1:-5}"
shift || true
[ -f "$jar" ] || { echo "no $jar: build it first (see README.md)" >&2; exit 2; }
for i in $(seq 1 "$runs"); do
  java "$@" -cp "$jar" org.dpia.benchmarks.FirstDecision
done
