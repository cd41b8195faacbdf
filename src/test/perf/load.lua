-- wrk script for src/test/perf/load.sh; configured by environment variables:
--   LOAD_KIND    healthz | ask | ask-unique | webhook | wechat
--   LOAD_BODIES  file with one body template per line; "@N@" is replaced by a per-request number
--                so that message ids and senders never repeat (dedupe would short-cut them)
--   LOAD_PATH    request path with query (the signed /wechat URL)
--   LOAD_RATE    total requests per second over all threads; 0 or unset = as fast as possible
--   LOAD_THREADS the -t given to wrk, to split LOAD_RATE between threads
-- done() prints one line "RESULT kind rps p50 p99 p99.9 non2xx socketErrors" (latencies in ms).

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } timespec_t;
  int clock_gettime(int clock, timespec_t *ts);
]]
local ts = ffi.new("timespec_t")
local function now_ms()
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

local kind = os.getenv("LOAD_KIND") or "healthz"
local path = os.getenv("LOAD_PATH") or "/healthz"
local rate = tonumber(os.getenv("LOAD_RATE") or "0")
local threads = tonumber(os.getenv("LOAD_THREADS") or "1")
local content_types = { ask = "application/json", ["ask-unique"] = "application/json",
  webhook = "application/json", wechat = "text/xml" }

local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("thread_id", counter)
end

local templates = {}
-- Requests whose body has no "@N@" are formatted once here, so wrk (which shares the cores with
-- the server) spends no time per request building them.
local prebuilt = {}
local next_template = 1
local sent = 0
local scheduled = 0
local interval_ms = 0
local started_ms = nil

function init(args)
  if kind == "healthz" then
    templates[1] = ""
    prebuilt[1] = wrk.format("GET", path)
  else
    for line in io.lines(os.getenv("LOAD_BODIES")) do
      templates[#templates + 1] = line
      if not line:find("@N@", 1, true) then
        prebuilt[#templates] = wrk.format("POST", path, { ["Content-Type"] = content_types[kind] }, line)
      end
    end
  end
  if rate > 0 then
    interval_ms = 1000 * threads / rate
  end
end

function request()
  local at = next_template
  next_template = next_template % #templates + 1
  if prebuilt[at] then
    return prebuilt[at]
  end
  sent = sent + 1
  local template = templates[at]
  -- thread_id * 10^9 + count: unique across threads for any run wrk can make here
  local n = string.format("%d", thread_id * 1000000000 + sent)
  local body = template:gsub("@N@", n)
  return wrk.format("POST", path, { ["Content-Type"] = content_types[kind] }, body)
end

-- Paces the thread's requests on a fixed schedule (slot k at start + k * interval), whichever of
-- its connections is free, so the total rate holds while the server keeps up.
function delay()
  if interval_ms == 0 then
    return 0
  end
  local now = now_ms()
  if started_ms == nil then
    started_ms = now
  end
  local slot = started_ms + scheduled * interval_ms
  scheduled = scheduled + 1
  return math.max(0, math.floor(slot - now + 0.5))
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  print(string.format("RESULT %s %.0f %.2f %.2f %.2f %d %d", kind,
    summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency:percentile(99.9) / 1000,
    summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
