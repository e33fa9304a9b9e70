#!/usr/bin/env bash
# Tomcat CPU time per request, for each request type alone and for the sendevent scenario.
#
# Needs a Tomcat with the benchmark WARs and configuration, already running on 127.0.0.1:
#   mvn -Pbenchmarks -DskipTests -Dvscp.http.port=28884 -Dvscp.rmi.port=28885 \
#     -Dvscp.ajp.port=28886 package cargo:run
# For each measurement it reads the user and system CPU time of the Tomcat process from
# /proc/PID/stat before and after one wrk run, and divides by the requests wrk completed.
# The clock tick is read with getconf CLK_TCK.
#
# Settings (environment): BENCH_PORT (default 28884), BENCH_DURATION (seconds per
# measurement, default 8).
set -euo pipefail
cd "$(dirname "$0")/.."

port=${BENCH_PORT:-28884}
duration=${BENCH_DURATION:-8}
base="http://127.0.0.1:$port"
event='0,20,3,0,,0,-,0x01'
ticks_per_second=$(getconf CLK_TCK)

command -v wrk >/dev/null || { echo "wrk is missing; install it with: apt-get install wrk" >&2; exit 1; }
tomcat_pid=$(ss -Hltnp "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
[ -n "$tomcat_pid" ] || { echo "No process listens on port $port; start Tomcat first (see the header of $0)" >&2; exit 1; }

rest() {
  curl -sf "$base/vscp/rest?format=json&$1"
}

open_session() {
  rest "op=open&vscpuser=bench&vscpsecret=bench-pass" | grep -o '"vscpsession":"[^"]*"' | cut -d'"' -f4
}

cpu_ticks() {
  awk '{print $14 + $15}' "/proc/$tomcat_pid/stat"
}

completed() {
  awk '/requests in/ {print $1}' "$1"
}

# Prints: name, requests/s, Tomcat CPU in % of one core, CPU microseconds per request.
report() {
  local name=$1 requests=$2 ticks=$3
  awk -v name="$name" -v n="$requests" -v t="$ticks" -v hz="$ticks_per_second" -v d="$duration" \
    'BEGIN {printf "  %-40s %8.0f requests/s  Tomcat %4.0f %%  %5.1f us/request\n", name, n / d, 100 * t / hz / d, 1e6 * t / hz / n}'
}

# Measures one wrk run against a URL; the rest of the arguments go to wrk.
measure() {
  local name=$1
  shift
  local before after
  before=$(cpu_ticks)
  wrk -t1 -c16 -d"${duration}s" "$@" >/tmp/vscp-cpu-wrk.txt
  after=$(cpu_ticks)
  report "$name" "$(completed /tmp/vscp-cpu-wrk.txt)" $((after - before))
}

sender=$(open_session)
echo "Tomcat process $tomcat_pid, $duration s per measurement, wrk -t1 -c16"
echo "Warming up"
wrk -t1 -c16 -d5s "$base/baseline/fixed" >/dev/null
wrk -t1 -c16 -d5s "$base/vscp/rest?op=sendevent&format=json&vscpsession=$sender&vscpevent=$event" >/dev/null

measure "baseline" "$base/baseline/fixed"
measure "status" "$base/vscp/rest?op=status&format=json&vscpsession=$sender"
measure "sendevent, no receiving session" \
  "$base/vscp/rest?op=sendevent&format=json&vscpsession=$sender&vscpevent=$event"

readers=()
for _ in $(seq 10); do readers+=("$(open_session)"); done
measure "sendevent to 10 sessions that do not read" \
  "$base/vscp/rest?op=sendevent&format=json&vscpsession=$sender&vscpevent=$event"
for key in "${readers[@]}"; do rest "op=clearqueue&vscpsession=$key" >/dev/null; done

# The sendevent scenario of run-load.sh: the readers' wrk runs 2 s longer than the sender's,
# and the CPU time is divided by the requests of both.
READER_KEYS=$(IFS=,; echo "${readers[*]}") wrk -t1 -c10 -d"$((duration + 2))s" \
  -s bench/readers.lua "$base" >/tmp/vscp-cpu-readers.txt &
readers_pid=$!
sleep 1
before=$(cpu_ticks)
wrk -t1 -c16 -d"${duration}s" \
  "$base/vscp/rest?op=sendevent&format=json&vscpsession=$sender&vscpevent=$event" >/tmp/vscp-cpu-wrk.txt
after=$(cpu_ticks)
wait "$readers_pid"
sent=$(completed /tmp/vscp-cpu-wrk.txt)
read_total=$(completed /tmp/vscp-cpu-readers.txt)
read_in_window=$((read_total * duration / (duration + 2)))
printf '  %-40s %8d requests/s\n' "sendevent with 10 readers: sendevent only" $((sent / duration))
printf '  %-40s %8d requests/s\n' "sendevent with 10 readers: readers' requests" \
  $((read_in_window / duration))
report "sendevent with 10 readers: all requests" $((sent + read_in_window)) $((after - before))

for key in "${readers[@]}" "$sender"; do rest "op=close&vscpsession=$key" >/dev/null; done
rm -f /tmp/vscp-cpu-wrk.txt /tmp/vscp-cpu-readers.txt
