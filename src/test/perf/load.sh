#!/usr/bin/env bash
# Load test of the jar on loopback with wrk: /healthz, POST /api/ask, POST /webhook/chat and a
# signed POST /wechat (when the server has the WeChat channel), each at saturation and at a fixed
# rate, over the shipped FAQ (faq/) and bodies cycling through the training messages of
# src/test/resources/dev/digestbot/train ("ask-unique" makes each text unique with a number, so
# the matcher's cache never answers). Run from the project root:
#
#   bash src/test/perf/load.sh [--duration SECONDS] [--rate REQ_PER_S] [--port PORT]
#
# Prints one Markdown table; /healthz of the same server is the baseline for what matching costs.
# Installs wrk and jq from Debian when missing; builds the jar when missing. Stops by itself.
set -euo pipefail

DURATION=20
RATE=1000
PORT=28080
THREADS=2
SATURATION_CONNECTIONS=64
PACED_CONNECTIONS=64
WECHAT_TOKEN=loadtest
while [[ $# -gt 0 ]]; do
  case "$1" in
    --duration) DURATION="$2"; shift 2 ;;
    --rate) RATE="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    *) echo "usage: $0 [--duration SECONDS] [--rate REQ_PER_S] [--port PORT]" >&2; exit 2 ;;
  esac
done

cd "$(dirname "$0")/../../.."
PERF_DIR="$PWD/src/test/perf"
BASE="http://127.0.0.1:$PORT"

source "$PERF_DIR/server.sh"
require_tools wrk jq curl

copy_faq "$WORK/faq"
DIGESTBOT_WECHAT_TOKEN="$WECHAT_TOKEN" start_server "$WORK/faq" "$PORT" "$WORK/server.log"

# Bodies: one template a line, "@N@" replaced per request by the Lua script.
questions > "$WORK/ask.bodies"
# The same questions made unique per request, so the matcher's cache never answers them.
questions | jq -c '{text: (.text + " #@N@")}' > "$WORK/ask-unique.bodies"
questions | jq -c '{chatId: "load-@N@", sender: "user-@N@", text, mentioned: true, msgId: "@N@"}' \
  > "$WORK/webhook.bodies"
jq -r '.text | gsub("[\r\n]"; " ") | gsub("]]>"; "]] >")
  | "<xml><ToUserName><![CDATA[gh_load]]></ToUserName><FromUserName><![CDATA[o-load-@N@]]></FromUserName>"
  + "<CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType>"
  + "<Content><![CDATA[" + . + "]]></Content><MsgId>@N@</MsgId></xml>"' \
  < "$WORK/ask.bodies" > "$WORK/wechat.bodies"

question="$(head -n 1 "$WORK/ask.bodies")"
curl -sf -H 'Content-Type: application/json' -d "$question" "$BASE/api/ask" | jq -e '.answered != null' >/dev/null

# The signature covers token, timestamp and nonce only; a fresh timestamp per run keeps it inside
# any replay window the channel enforces.
wechat_path() {
  local timestamp nonce signature
  timestamp="$(date +%s)"
  nonce="$RANDOM$RANDOM"
  signature="$(printf '%s\n' "$WECHAT_TOKEN" "$timestamp" "$nonce" | LC_ALL=C sort | tr -d '\n' | sha1sum | cut -d' ' -f1)"
  echo "/wechat?signature=$signature&timestamp=$timestamp&nonce=$nonce&openid=o-load"
}
KINDS="healthz ask ask-unique webhook"
if [[ "$(curl -s "$BASE$(wechat_path)&echostr=probe42")" == "probe42" ]]; then
  KINDS="$KINDS wechat"
else
  echo "note: the server answers no signed GET /wechat (WeChat channel absent): /wechat not measured" >&2
fi

run_wrk() { # kind rate connections duration
  local kind="$1" rate="$2" connections="$3" duration="$4" path
  case "$kind" in
    healthz) path=/healthz ;;
    ask | ask-unique) path=/api/ask ;;
    webhook) path=/webhook/chat ;;
    wechat) path="$(wechat_path)" ;;
  esac
  LOAD_KIND="$kind" LOAD_PATH="$path" LOAD_RATE="$rate" LOAD_THREADS="$THREADS" \
    LOAD_BODIES="$WORK/$kind.bodies" \
    wrk -t"$THREADS" -c"$connections" -d"${duration}s" --timeout 5s -s "$PERF_DIR/load.lua" "$BASE" \
    | grep '^RESULT'
}

echo "warming up (JIT) ..." >&2
for kind in $KINDS; do
  run_wrk "$kind" 0 "$SATURATION_CONNECTIONS" 5 >/dev/null
done

declare -A SATURATED PACED
for kind in $KINDS; do
  echo "measuring $kind ..." >&2
  SATURATED[$kind]="$(run_wrk "$kind" 0 "$SATURATION_CONNECTIONS" "$DURATION")"
  PACED[$kind]="$(run_wrk "$kind" "$RATE" "$PACED_CONNECTIONS" "$DURATION")"
done

healthz_rps="$(awk '{print $3}' <<<"${SATURATED[healthz]}")"
echo
echo "wrk -t$THREADS, ${DURATION}s per row, $(nproc) cores shared by wrk and the server;" \
  "$(wc -l < "$WORK/ask.bodies") training questions over $(jq length "$WORK/faq/entries.json") entries;" \
  "load average before: $LOAD_BEFORE, after: $(cut -d" " -f1-3 /proc/loadavg)"
echo
echo "| route | load | requests/s | vs /healthz | p50 ms | p99 ms | p99.9 ms | non-2xx | socket errors |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for kind in $KINDS; do
  for mode in saturated paced; do
    if [[ $mode == saturated ]]; then
      line="${SATURATED[$kind]}"; load="saturation, $SATURATION_CONNECTIONS connections"
    else
      line="${PACED[$kind]}"; load="fixed $RATE req/s, $PACED_CONNECTIONS connections"
    fi
    read -r _ _ rps p50 p99 p999 non2xx socket <<<"$line"
    share=""
    if [[ $mode == saturated ]]; then
      share="$(awk -v a="$rps" -v b="$healthz_rps" 'BEGIN { printf "%.0f %%", 100 * a / b }')"
    fi
    echo "| $kind | $load | $rps | $share | $p50 | $p99 | $p999 | $non2xx | $socket |"
  done
done
