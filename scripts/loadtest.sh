#!/usr/bin/env bash
# Builds the host and the CLI in Release, starts the host on a loopback port (logging at Warning, rate limits off
# by configuration, a fresh SQLite file or a throw-away PostgreSQL server), runs `botservice loadtest` against it
# with the host's pid, and stops everything. Usage:
#   scripts/loadtest.sh [sqlite|postgres]
# Environment: CONVERSATIONS (10000), CONCURRENCY (16), WARMUP (3000), SEED (1), PORT (39780), NOBUILD=1 to skip
# the build, HOST_ENV="K=V ..." extra host settings (e.g. DOTNET_gcServer=1), CHANNEL=directline to play the
# conversations through Direct Line as Web Chat does (a throw-away secret, Direct Line rate limits raised) instead
# of /api/messages with expectReplies, reading the replies by polling; CHANNEL=directline-stream reads them from each
# conversation's WebSocket stream, Web Chat's default.
# The warm-up is 3,000 conversations because tiered compilation is still re-compiling hot methods for the first
# 2,000-3,000 on 2 cores (3,000 methods jitted between conversations 500 and 3,500, 30 between 3,500 and 6,500:
# DOTNET_JitStdOutFile with DOTNET_JitDisasmSummary=1); measured after it, CPU per turn is the steady state.
set -euo pipefail
cd "$(dirname "$0")/.."
provider="${1:-sqlite}"
conversations="${CONVERSATIONS:-10000}"; concurrency="${CONCURRENCY:-16}"; warmup="${WARMUP:-3000}"; seed="${SEED:-1}"
port="${PORT:-39780}"
channel="${CHANNEL:-messages}"
case "$channel" in messages|directline|directline-stream) ;; *) echo "CHANNEL must be messages, directline or directline-stream" >&2; exit 2 ;; esac
work="$(mktemp -d /tmp/botservice-load.XXXXXX)"
host_pid=""; pg_bin=""; pg_data=""

cleanup() {
  if [ -n "$host_pid" ] && kill -0 "$host_pid" 2>/dev/null; then kill "$host_pid"; wait "$host_pid" 2>/dev/null || true; fi
  if [ -n "$pg_data" ]; then runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_data" -m fast -w stop >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

if [ "${NOBUILD:-0}" != "1" ]; then
  dotnet build src/BotService.Host -c Release -nologo -v quiet
  dotnet build src/BotService.Cli -c Release -nologo -v quiet
fi

host_env=(
  "ASPNETCORE_ENVIRONMENT=Production"
  "Logging__LogLevel__Default=Warning"
  "Logging__LogLevel__Microsoft.AspNetCore=Warning"
  "RateLimits__Enabled=false"
  "DirectLine__SqlitePath=$work/directline.db"
)
case "$provider" in
  sqlite)
    host_env+=("Storage__Provider=Sqlite" "Storage__SqlitePath=$work/botstate.db") ;;
  postgres)
    pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
    pg_port=$((port + 1))
    pg_data="$work/pg"
    mkdir -p "$pg_data" && chown postgres "$work" "$pg_data" && chmod 0755 "$work"
    runuser -u postgres -- "$pg_bin/initdb" -D "$pg_data" -U postgres --auth=trust --encoding=UTF8 --no-sync >/dev/null
    # Durable settings (fsync on): the figures include real commits.
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_data" -l "$work/pg.log" -w \
      -o "-p $pg_port -k $pg_data -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=64MB" start >/dev/null
    host_env+=("Storage__Provider=Postgres" "ConnectionStrings__Postgres=Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
      "DirectLine__TokenSigningKey=$(head -c 32 /dev/urandom | base64)") ;;
  *) echo "usage: scripts/loadtest.sh [sqlite|postgres]" >&2; exit 2 ;;
esac
tool_args=()
if [ "$channel" != "messages" ]; then
  secret="$(head -c 32 /dev/urandom | base64)"
  # One tool address plays every conversation: its posts and reads must not be limited as one person's would be.
  host_env+=("DirectLine__Secret=$secret" "DirectLine__PostsPerMinute=100000" "DirectLine__PostBurst=10000"
    "DirectLine__ReadsPerMinute=100000")
  tool_args+=(--directline-secret "$secret")
  if [ "$channel" = "directline-stream" ]; then tool_args+=(--websocket); fi
fi
if [ -n "$pg_data" ]; then
  # The server shares the two cores with the host: the tool reports its CPU per turn too (postmaster and backends).
  tool_args+=(--database-pid "$(head -n 1 "$pg_data/postmaster.pid")")
fi
# shellcheck disable=SC2206
host_env+=(${HOST_ENV:-})

env "${host_env[@]}" dotnet src/BotService.Host/bin/Release/net10.0/BotService.Host.dll --urls "http://127.0.0.1:$port" \
  >"$work/host.log" 2>&1 &
host_pid=$!
for _ in $(seq 1 240); do
  if curl -s -o /dev/null -X POST "http://127.0.0.1:$port/api/messages"; then break; fi
  if ! kill -0 "$host_pid" 2>/dev/null; then cat "$work/host.log"; exit 1; fi
  sleep 0.5
done

echo "machine: $(nproc) cores, $(free -m | awk '/Mem:/ {print $2}') MB memory; provider $provider; host pid $host_pid"
status=0
dotnet src/BotService.Cli/bin/Release/net10.0/botservice.dll loadtest --url "http://127.0.0.1:$port" \
  --conversations "$conversations" --concurrency "$concurrency" --warmup "$warmup" --seed "$seed" --pid "$host_pid" \
  "${tool_args[@]}" || status=$?
if grep -qiE "fail|exception|error" "$work/host.log"; then echo "host log:"; tail -n 20 "$work/host.log"; fi
exit "$status"
