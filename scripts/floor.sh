#!/usr/bin/env bash
# What a request costs before the bot does anything, on this machine: the host CPU per request of
#   1. kestrel-floor: ASP.NET Core alone (Kestrel, routing, a POST endpoint that reads the body and writes a fixed
#      1,500-byte JSON reply), run with the host's own runtime settings (its runtimeconfig.json);
#   2. the real host given a typing activity with expectReplies, a new conversation each request: the endpoint,
#      activity JSON in and out, the adapter and every middleware, with no dialog turn.
# Both are driven by wrk (one thread, CONNECTIONS connections, 16 like the load tool) for WARMUP seconds, then
# measured for SECONDS; the CPU is the server's utime+stime from /proc/<pid>/stat over the measured run.
# Usage: scripts/floor.sh   Environment: CONNECTIONS (16), WARMUP (10), SECONDS_MEASURED (15), PORT (39791), NOBUILD=1,
# HOST_DIR (another build of the host, to compare two), HOST_ONLY=1 (skip the ASP.NET Core floor), HOST_ENV="K=V ..."
# (extra host settings)
set -euo pipefail
cd "$(dirname "$0")/.."
connections="${CONNECTIONS:-16}"; warmup="${WARMUP:-10}"; seconds="${SECONDS_MEASURED:-15}"; port="${PORT:-39791}"
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = "0" ]; then apt-get update -qq && apt-get install -y -qq wrk >/dev/null
  else echo "floor.sh needs wrk: apt-get install wrk" >&2; exit 1; fi
fi
if [ "${NOBUILD:-0}" != "1" ]; then
  dotnet build src/BotService.Host -c Release -nologo -v quiet
  dotnet build tests/BotService.Benchmarks -c Release -nologo -v quiet
fi
work="$(mktemp -d /tmp/botservice-floor.XXXXXX)"
server=""
cleanup() { if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT
hostdir="${HOST_DIR:-src/BotService.Host/bin/Release/net10.0}"

cat >"$work/typing.lua" <<'LUA'
local n = 0
request = function()
  n = n + 1
  local body = string.format('{"type":"typing","id":"t%d","timestamp":"2026-12-06T07:00:00Z","channelId":"emulator",' ..
    '"serviceUrl":"http://127.0.0.1:1","from":{"id":"user-%d","name":"User"},"recipient":{"id":"bot","name":"Bot"},' ..
    '"conversation":{"id":"floor-%d"},"deliveryMode":"expectReplies","locale":"en-US"}', n, n, n)
  return wrk.format("POST", "/api/messages", {["Content-Type"] = "application/json"}, body)
end
LUA
cat >"$work/message.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"type":"message","id":"m1","timestamp":"2026-12-06T07:00:00Z","channelId":"emulator",' ..
  '"serviceUrl":"http://127.0.0.1:1","from":{"id":"user1","name":"User"},"recipient":{"id":"bot","name":"Bot"},' ..
  '"conversation":{"id":"floor"},"text":"my eyelid keeps twitching","deliveryMode":"expectReplies","locale":"en-US"}'
LUA

ticks_per_second="$(getconf CLK_TCK)"
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

measure() { # name script
  local up=0
  for _ in $(seq 1 300); do
    if curl -s -o /dev/null -X POST "http://127.0.0.1:$port/api/messages"; then up=1; break; fi
    kill -0 "$server" 2>/dev/null || break
    sleep 0.1
  done
  if [ "$up" != "1" ]; then echo "$1: the server did not start" >&2; cat "$work"/*.log >&2; exit 1; fi
  wrk -t1 -c"$connections" -d"${warmup}s" -s "$2" "http://127.0.0.1:$port/api/messages" >/dev/null
  local before after out requests
  before=$(cpu_ticks "$server")
  out=$(wrk -t1 -c"$connections" -d"${seconds}s" --latency -s "$2" "http://127.0.0.1:$port/api/messages")
  after=$(cpu_ticks "$server")
  requests=$(echo "$out" | awk '/requests in/ {print $1}')
  echo "$1: $requests requests in ${seconds} s, $(echo "$out" | awk '/Requests\/sec/ {print $2}') requests/s," \
    "p99 $(echo "$out" | awk '$1 == "99%" {print $2}'), non-2xx $(echo "$out" | awk '/Non-2xx/ {print $4}' | grep . || echo 0)," \
    "server CPU $(awk -v t=$((after - before)) -v r="$requests" -v hz="$ticks_per_second" 'BEGIN {printf "%.1f", t * 1000000 / hz / r}') µs/request"
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "${HOST_ONLY:-0}" != "1" ]; then
  dotnet exec --runtimeconfig "$hostdir/BotService.Host.runtimeconfig.json" \
    tests/BotService.Benchmarks/bin/Release/net10.0/BotService.Benchmarks.dll kestrel-floor "$port" 1500 >"$work/floor.log" 2>&1 &
  server=$!
  measure "ASP.NET Core alone (kestrel-floor)" "$work/message.lua"
  kill "$server"; wait "$server" 2>/dev/null || true
fi

env ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning RateLimits__Enabled=false \
  Storage__Provider=Sqlite "Storage__SqlitePath=$work/botstate.db" "DirectLine__SqlitePath=$work/directline.db" ${HOST_ENV:-} \
  dotnet "$hostdir/BotService.Host.dll" --urls "http://127.0.0.1:$port" >"$work/host.log" 2>&1 &
server=$!
measure "the host, typing activity (no dialog turn)" "$work/typing.lua"
