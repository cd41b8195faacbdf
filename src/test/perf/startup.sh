#!/usr/bin/env bash
# Start-up time of the jar: from launching the JVM to the first 200 of /readyz, polled every
# 20 ms, with the shipped FAQ (faq/: every digest, curated); and, as a baseline, how long the same
# JVM takes to load the jar and print the usage.
# Run from the project root:
#
#   bash src/test/perf/startup.sh [--runs N] [--port PORT]
#
# Prints one Markdown table (each run, then the median). Stops by itself.
set -euo pipefail

RUNS=5
PORT=28095
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    *) echo "usage: $0 [--runs N] [--port PORT]" >&2; exit 2 ;;
  esac
done

cd "$(dirname "$0")/../../.."
source "src/test/perf/server.sh"
require_tools curl

copy_faq "$WORK/faq"

echo "| FAQ | entries | first 200 of /readyz after launch (ms), each run | median (ms) | ready after JVM start, per the log (ms) |"
echo "| --- | ---: | --- | ---: | --- |"
for faq in "$WORK/faq"; do
  times=()
  logged=()
  for _ in $(seq 1 "$RUNS"); do
    start_server "$faq" "$PORT" "$WORK/server.log"
    times+=("$READY_MILLIS")
    # /readyz may answer before the log line that reports it is written.
    for _ in $(seq 1 100); do
      grep -q 'ready [0-9]* ms after JVM start' "$WORK/server.log" && break
      sleep 0.01
    done
    logged+=("$(grep -o 'ready [0-9]* ms after JVM start' "$WORK/server.log" | awk '{print $2}')")
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
  done
  median="$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")"
  name="shipped (faq/)"
  entries="$(jq length "$faq/entries.json" 2>/dev/null || echo 0)"
  echo "| $name | $entries | ${times[*]} | $median | ${logged[*]} |"
done
times=()
for _ in $(seq 1 "$RUNS"); do
  started="$(date +%s%3N)"
  java -jar target/digestbot.jar help >/dev/null
  times+=("$(( $(date +%s%3N) - started ))")
done
median="$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")"
echo "| baseline: the JVM loading the jar and printing help, no server | - | ${times[*]} | $median | - |"
echo
echo "$(nproc) cores; load average before: $LOAD_BEFORE, after: $(cut -d" " -f1-3 /proc/loadavg)"
