#!/usr/bin/env bash
# Start-up of this build against another revision's: starts of `serve` with the committed faq/,
# alternating between target/digestbot.jar and the jar built from REV, each timed from launch to
# the first 200 of /readyz. Prints each build's runs and median, and the median of the paired
# differences (this build minus REV's), which stays meaningful when the machine's load drifts
# during the runs. Run from the project root:
#
#   bash src/test/perf/startup-compare.sh [--runs N] [--port PORT] [--base REV]
#
# REV defaults to main; its jar is built offline in a temp folder. As root, the runs' scheduling
# group gets nice -20 so that other work on the machine disturbs them less. Stops by itself.
set -euo pipefail

RUNS=20
PORT=28096
BASE=main
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    --base) BASE="$2"; shift 2 ;;
    *) echo "usage: $0 [--runs N] [--port PORT] [--base REV]" >&2; exit 2 ;;
  esac
done

cd "$(dirname "$0")/../../.."
source "src/test/perf/server.sh"
require_tools curl jq
echo -20 2>/dev/null >"/proc/$$/autogroup" || true

mkdir "$WORK/base"
git archive "$BASE" | tar -x -C "$WORK/base"
(cd "$WORK/base" && mvn -q -DskipTests package)

this=()
base=()
diffs=()
for _ in $(seq 1 "$RUNS"); do
  for jar in "$WORK/base/target/digestbot.jar" target/digestbot.jar; do
    start_server faq "$PORT" "$WORK/server.log" "$jar"
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
    if [[ "$jar" == target/* ]]; then this+=("$READY_MILLIS"); else base+=("$READY_MILLIS"); fi
  done
  diffs+=("$(( this[-1] - base[-1] ))")
done
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
echo "| build | first 200 of /readyz after launch (ms), each run | median (ms) |"
echo "| --- | --- | ---: |"
echo "| $BASE ($(git rev-parse --short "$BASE")) | ${base[*]} | $(median "${base[@]}") |"
echo "| this build | ${this[*]} | $(median "${this[@]}") |"
echo
echo "median of the paired differences (this build - $BASE): $(median "${diffs[@]}") ms"
echo "$(nproc) cores; $(jq length faq/entries.json) entries; load average before: $LOAD_BEFORE, after: $(cut -d" " -f1-3 /proc/loadavg)"
