#!/usr/bin/env bash
# Soak test: the jar on loopback under wrk load on POST /api/ask (the training messages, the shipped
# FAQ) for a while, plus a trickle of fresh connections with good and bad requests;
# samples heap after a full GC, live threads and open file descriptors of the server before,
# every interval during, and after the load. Run from the project root:
#
#   bash src/test/perf/soak.sh [--duration SECONDS] [--interval SECONDS] [--port PORT]
#
# Prints one Markdown table. Installs wrk and jq from Debian when missing. Stops by itself.
set -euo pipefail

DURATION=300
INTERVAL=30
PORT=28090
CONNECTIONS=64
while [[ $# -gt 0 ]]; do
  case "$1" in
    --duration) DURATION="$2"; shift 2 ;;
    --interval) INTERVAL="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    *) echo "usage: $0 [--duration SECONDS] [--interval SECONDS] [--port PORT]" >&2; exit 2 ;;
  esac
done

cd "$(dirname "$0")/../../.."
PERF_DIR="$PWD/src/test/perf"
BASE="http://127.0.0.1:$PORT"

source "$PERF_DIR/server.sh"
require_tools wrk jq curl

copy_faq "$WORK/faq"
start_server "$WORK/faq" "$PORT" "$WORK/server.log"
questions > "$WORK/ask.bodies"

# sample LABEL: one table row. The class histogram runs a full GC and counts what survives it,
# so the heap figure is the live heap even while the load keeps allocating.
sample() {
  local live_bytes threads fds
  live_bytes="$(jcmd "$SERVER_PID" GC.class_histogram | awk '/^Total/ {print $3}')"
  threads="$(awk '/^Threads:/ {print $2}' "/proc/$SERVER_PID/status")"
  fds="$(ls "/proc/$SERVER_PID/fd" | wc -l)"
  printf '| %s | %.1f | %s | %s |\n' "$1" "$(awk -v b="$live_bytes" 'BEGIN { print b / 1048576 }')" "$threads" "$fds"
}

ask_wrk() { # duration
  LOAD_KIND=ask LOAD_PATH=/api/ask LOAD_BODIES="$WORK/ask.bodies" \
    wrk -t2 -c"$CONNECTIONS" -d"${1}s" --timeout 5s -s "$PERF_DIR/load.lua" "$BASE"
}

echo "warming up (JIT) ..." >&2
ask_wrk 20 >/dev/null
ROWS="$(sample "after warm-up, idle")"

ask_wrk "$DURATION" >"$WORK/wrk.out" &
WRK_PID=$!
started="$(date +%s)"
churned=0
next_sample=$((started + INTERVAL))
while kill -0 "$WRK_PID" 2>/dev/null && (( $(date +%s) < started + DURATION + 30 )); do
  curl -s -o /dev/null -H 'Content-Type: application/json' -d '{"text": "seata 全局锁"}' "$BASE/api/ask" || true
  curl -s -o /dev/null -H 'Content-Type: application/json' -d '{"text": ' "$BASE/api/ask" || true
  churned=$((churned + 2))
  if (( $(date +%s) >= next_sample )); then
    ROWS+=$'\n'"$(sample "under load, $(( $(date +%s) - started )) s")"
    next_sample=$((next_sample + INTERVAL))
  fi
  sleep 0.2
done
wait "$WRK_PID"
WRK_PID=""
sleep 5
ROWS+=$'\n'"$(sample "after load, idle 5 s")"

read -r _ _ rps p50 p99 p999 non2xx socket < <(grep '^RESULT' "$WORK/wrk.out")
echo
echo "soak: ${DURATION}s of wrk -t2 -c$CONNECTIONS on POST /api/ask at saturation ($rps req/s," \
  "p50 $p50 ms, p99 $p99 ms, p99.9 $p999 ms, non-2xx $non2xx, socket errors $socket)" \
  "plus $churned requests on fresh connections (half malformed); $(nproc) cores," \
  "load average before: $LOAD_BEFORE"
echo
echo "| when | live heap after full GC (MiB) | threads | open fds |"
echo "| --- | ---: | ---: | ---: |"
echo "$ROWS"
