#!/usr/bin/env bash
# Counts the instructions one product turn executes, with valgrind's callgrind, so that two builds can be compared on
# a busy machine: CPU time per turn moves 15-20% between runs here with what other tenants do, an instruction count
# about 1%. It plays the load tool's conversations through the real host's adapter, bot, dialogs and state without
# HTTP (the benchmarks' adapter-cpu mode), twice: SHORT and LONG measured conversations after the same warm-up.
# The difference of the two totals over the difference of their turns is the count per turn: start-up, JIT and
# warm-up cancel. Tiered compilation is off so every method is compiled once, fully optimised, at its first call,
# whenever that is; it is what steady state runs, not what the host's first seconds run.
# Usage: scripts/instructions.sh [Memory|Sqlite]
# Environment: BENCH_DIR (another build's tests/BotService.Benchmarks/bin/Release/net10.0, to compare),
# SHORT (100), LONG (400), WARMUP (100), NOBUILD=1 to skip the build. Takes about 5 minutes (valgrind runs the
# process about 100 times slower).
set -euo pipefail
if [ -n "${BENCH_DIR:-}" ]; then bench_dir="$(realpath "$BENCH_DIR")"; fi
cd "$(dirname "$0")/.."
provider="${1:-Memory}"; short="${SHORT:-100}"; long="${LONG:-400}"; warmup="${WARMUP:-100}"
bench_dir="${bench_dir:-$(pwd)/tests/BotService.Benchmarks/bin/Release/net10.0}"
[ "$long" -gt "$short" ] || { echo "LONG ($long) must be more than SHORT ($short)" >&2; exit 2; }
if ! command -v valgrind >/dev/null; then
  [ "$(id -u)" = 0 ] || { echo "valgrind is not installed (as root: apt-get install valgrind)" >&2; exit 1; }
  apt-get update -qq && apt-get install -y -qq valgrind >/dev/null
fi
if [ "${NOBUILD:-0}" != "1" ] && [ -z "${BENCH_DIR:-}" ]; then
  dotnet build tests/BotService.Benchmarks -c Release -nologo -v quiet
fi

count() { # conversations -> "instructions turns"
  local log; log="$(mktemp)"
  # W^X off: valgrind must see the JIT's code written and run through one mapping (--smc-check=all re-reads it).
  DOTNET_EnableWriteXorExecute=0 DOTNET_TieredCompilation=0 valgrind --tool=callgrind --smc-check=all \
    --callgrind-out-file=/dev/null dotnet "$bench_dir/BotService.Benchmarks.dll" adapter-cpu "$1" "$provider" "$warmup" \
    >"$log" 2>&1 || { cat "$log" >&2; rm -f "$log"; exit 1; }
  local instructions turns
  instructions="$(grep -o 'Collected : [0-9]*' "$log" | grep -o '[0-9]*$')"
  turns="$(grep -o 'turns=[0-9]*' "$log" | cut -d= -f2)"
  if [ -z "$instructions" ] || [ -z "$turns" ]; then cat "$log" >&2; rm -f "$log"; exit 1; fi
  rm -f "$log"
  echo "$instructions $turns"
}

first="$(count "$short")"; second="$(count "$long")"
read -r i1 t1 <<<"$first"; read -r i2 t2 <<<"$second"
echo "$provider: $(( (i2 - i1) / (t2 - t1) )) instructions per turn ($i1 for $t1 turns, $i2 for $t2; $bench_dir)"
