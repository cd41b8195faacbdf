# Shared by the perf scripts (sourced from the project root, not run): a work folder removed on
# exit with the processes the script started, a FAQ folder, and the jar serving it on loopback.

LOAD_BEFORE="$(cut -d" " -f1-3 /proc/loadavg)"
# Questions for load: the training messages written for the project (the validation set of
# ../shared stays for measuring accuracy).
QUESTIONS="src/test/resources/dev/digestbot/train"
WORK="$(mktemp -d)"
SERVER_PID=""
WRK_PID=""
cleanup() {
  local pid
  for pid in $WRK_PID $SERVER_PID; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$WORK"
}
trap cleanup EXIT

# require_tools TOOL...: installs the tools that are missing from Debian, and builds the jar when
# it is absent.
require_tools() {
  local tool
  for tool in "$@"; do
    if ! command -v "$tool" >/dev/null 2>&1; then
      apt-get update -qq && apt-get install -y -qq "$tool" >/dev/null
    fi
  done
  [[ -f target/digestbot.jar ]] || mvn -q -DskipTests package
}

# copy_faq DIR: a copy of the shipped FAQ (faq/, every digest curated), so the server's kept
# versions and caches go to the work folder, not the repository.
copy_faq() {
  mkdir -p "$1"
  cp faq/projects.json faq/entries.json "$1/"
}

# questions: the texts of the training messages, one JSON object {"text"} a line.
questions() {
  cat "$QUESTIONS"/*.jsonl | jq -c '{text}'
}

# ready PORT: true when GET /readyz answers 200. Bash's own /dev/tcp, not curl: forking a client
# (or sleep) every few milliseconds takes CPU from the server whose start-up is being timed.
ready() {
  local status
  { exec 3<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || return 1
  printf 'GET /readyz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' >&3
  read -r -t 2 status <&3 || status=""
  exec 3<&-
  [[ "$status" == *" 200 "* ]]
}

# start_server FAQ PORT LOG [JAR]: starts the jar (target/digestbot.jar unless given) in the
# background (SERVER_PID), waits until /readyz answers 200 (at most 30 s) and sets READY_MILLIS to
# the time from launch to ready.
start_server() {
  local started now
  # A pipe nobody writes to: reading it with a timeout is a sleep that forks no process.
  exec 4<> <(:)
  started="$(date +%s%3N)"
  java ${JAVA_OPTS:-} -jar "${4:-target/digestbot.jar}" serve --faq "$1" --port "$2" >"$3" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 1500); do
    if ready "$2"; then
      now="$(date +%s%3N)"
      READY_MILLIS=$((now - started))
      return 0
    fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      break
    fi
    read -r -t 0.02 -u 4 || true
  done
  echo "the server did not become ready; its log:" >&2
  cat "$3" >&2
  return 1
}
