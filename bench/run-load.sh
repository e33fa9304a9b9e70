#!/usr/bin/env bash
# Load test of the REST server against the baseline servlet, in one Tomcat and one run.
#
# Builds both WARs with the benchmarks profile, starts Tomcat through Cargo with
# src/bench/config, and measures with wrk (Debian package wrk) on 127.0.0.1 only:
#   baseline   GET /baseline/fixed, a fixed 70-byte body
#   status     op=status, format=json
#   sendevent  op=sendevent, format=json, while 10 other sessions long-poll readevent
#   readevent  op=readevent, count=100, format=json, on sessions filled beforehand
# Each scenario runs BENCH_RUNS times, interleaved, and the medians are printed.
# Before them, bench/LongPollClient.java measures 1,000 long-polling readers.
#
# Settings (environment): BENCH_PORT (HTTP port, default 28884; RMI and AJP use
# the next two ports), BENCH_DURATION (seconds per measurement, default 10),
# BENCH_RUNS (default 3), BENCH_CONNECTIONS (wrk connections, default 16),
# BENCH_READERS (long-polling readers, default 1000), BENCH_JFR=1 to record a
# JFR profile of Tomcat during each sendevent run into
# target/bench-results/sendevent-RUN.jfr.
set -euo pipefail
cd "$(dirname "$0")/.."

port=${BENCH_PORT:-28884}
duration=${BENCH_DURATION:-10}
runs=${BENCH_RUNS:-3}
connections=${BENCH_CONNECTIONS:-16}
reader_count=${BENCH_READERS:-1000}
results=target/bench-results
base="http://127.0.0.1:$port"
event='0,20,3,0,,0,-,0x01'
# The queue size of src/bench/config/vscp-rest.properties.
fill_target=$(sed -n 's/^session.queue-size=//p' src/bench/config/vscp-rest.properties)

command -v wrk >/dev/null || { echo "wrk is missing; install it with: apt-get install wrk" >&2; exit 1; }
command -v jcmd >/dev/null || { echo "jcmd (JDK) is missing" >&2; exit 1; }
mkdir -p "$results"

# Room for the 100 filled sessions of the readevent run: 30 million queued references.
jvm_args="-Xms1g -Xmx1g"

echo "Starting Tomcat on port $port (log: $results/tomcat.log)"
mvn -B -Pbenchmarks -DskipTests -Dvscp.http.port="$port" -Dvscp.rmi.port=$((port + 1)) \
  -Dvscp.ajp.port=$((port + 2)) -Dbench.jvm.args="$jvm_args" package cargo:run \
  >"$results/tomcat.log" 2>&1 &
maven_pid=$!

stop_tomcat() {
  # Tomcat first: its shutdown hook stops the applications while Maven still copies their log
  # lines. Cargo then fails to reach the stopped Tomcat and logs a harmless SEVERE.
  if [ -n "${tomcat_pid:-}" ] && kill -0 "$tomcat_pid" 2>/dev/null; then
    kill "$tomcat_pid"
    for _ in $(seq 30); do
      kill -0 "$tomcat_pid" 2>/dev/null || break
      sleep 1
    done
  fi
  if kill -0 "$maven_pid" 2>/dev/null; then
    kill "$maven_pid"
    for _ in $(seq 60); do
      kill -0 "$maven_pid" 2>/dev/null || break
      sleep 1
    done
  fi
  if [ -n "${tomcat_pid:-}" ] && kill -0 "$tomcat_pid" 2>/dev/null; then
    echo "Tomcat $tomcat_pid is still running; killing it" >&2
    kill -9 "$tomcat_pid"
  fi
}
trap stop_tomcat EXIT

for _ in $(seq 300); do
  curl -sf -o /dev/null "$base/baseline/fixed" && curl -sf -o /dev/null "$base/vscp/rest?op=status" && break
  kill -0 "$maven_pid" 2>/dev/null || { echo "Maven stopped; see $results/tomcat.log" >&2; exit 1; }
  sleep 1
done
curl -sf -o /dev/null "$base/baseline/fixed" || { echo "Tomcat did not start within 300 s" >&2; exit 1; }
tomcat_pid=$(ss -Hltnp "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
echo "Tomcat runs as process $tomcat_pid"

rest() {
  curl -sf "$base/vscp/rest?format=json&$1"
}

open_session() {
  rest "op=open&vscpuser=bench&vscpsecret=bench-pass" | grep -o '"vscpsession":"[^"]*"' | cut -d'"' -f4
}

close_session() {
  rest "op=close&vscpsession=$1" >/dev/null
}

# Prints the requests per second of one wrk run and keeps its whole output.
measure() {
  local name=$1
  shift
  local output
  output=$(wrk -t1 -c"$connections" -d"${duration}s" "$@")
  printf '%s\n%s\n' "== $name" "$output" >>"$results/wrk.txt"
  echo "$output" | awk '/^Requests\/sec:/ {print $2}'
}

median() {
  sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

# First, so that the thread count is not raised by the wrk runs.
echo "Long-polling: $reader_count readers"
java bench/LongPollClient.java "$base/vscp" bench bench-pass "$reader_count" 200 "$tomcat_pid" \
  | tee "$results/long-poll.txt"
echo

: >"$results/wrk.txt"
declare -A rates

sender=$(open_session)
echo "Warming up for 5 s per scenario"
wrk -t1 -c"$connections" -d5s "$base/baseline/fixed" >/dev/null
wrk -t1 -c"$connections" -d5s "$base/vscp/rest?op=status&format=json&vscpsession=$sender" >/dev/null
wrk -t1 -c"$connections" -d5s "$base/vscp/rest?op=sendevent&format=json&vscpsession=$sender&vscpevent=$event" >/dev/null

for run in $(seq "$runs"); do
  echo "Run $run of $runs"
  rates[baseline]+="$(measure baseline "$base/baseline/fixed") "
  rates[status]+="$(measure status "$base/vscp/rest?op=status&format=json&vscpsession=$sender") "

  readers=()
  for _ in $(seq 10); do readers+=("$(open_session)"); done
  READER_KEYS=$(IFS=,; echo "${readers[*]}") wrk -t1 -c10 -d"$((duration + 2))s" \
    -s bench/readers.lua "$base" >"$results/readers-$run.txt" &
  readers_pid=$!
  sleep 1
  if [ "${BENCH_JFR:-0}" = 1 ]; then
    jcmd "$tomcat_pid" JFR.start name=sendevent settings=profile duration="${duration}s" \
      filename="$PWD/$results/sendevent-$run.jfr" >/dev/null
  fi
  rates[sendevent]+="$(measure sendevent "$base/vscp/rest?op=sendevent&format=json&vscpsession=$sender&vscpevent=$event") "
  wait "$readers_pid"
  for key in "${readers[@]}"; do close_session "$key"; done

  # Fill 100 unread sessions, then read them back 100 events at a time.
  store=()
  for _ in $(seq 100); do store+=("$(open_session)"); done
  # Fill until the queues are full (session.queue-size in src/bench/config), so that the
  # measurement never reads a queue dry; at most 2 minutes. All 100 sessions receive every
  # event, so the first one stands for all.
  for _ in $(seq 24); do
    wrk -t1 -c"$connections" -d5s \
      "$base/vscp/rest?op=sendevent&format=json&vscpsession=$sender&vscpevent=$event" >/dev/null
    queued=$(rest "op=status&vscpsession=${store[0]}" | grep -o '"nEvents":[0-9]*' | cut -d: -f2)
    [ "${queued:-0}" -ge "$fill_target" ] && break
  done
  if [ "${queued:-0}" -lt "$fill_target" ]; then
    echo "  WARNING: the first readevent session holds $queued events, not $fill_target;" \
      "the readevent run may read queues dry (see 'other answers')" >&2
  fi
  echo "  filled: $(rest "op=status&vscpsession=${store[0]}" | grep -o '"nEvents":[0-9]*') per session"
  STORE_KEYS=$(IFS=,; echo "${store[*]}")
  rates[readevent]+="$(STORE_KEYS=$STORE_KEYS measure readevent -s bench/readevent.lua "$base") "
  grep 'Answers with 100 events' "$results/wrk.txt" | tail -1 | sed 's/^/  /'
  for key in "${store[@]}"; do close_session "$key"; done
  # Collect the freed queues now, so that the next round's first run does not pay for them.
  jcmd "$tomcat_pid" GC.run >/dev/null

  for name in baseline status sendevent readevent; do
    echo "  $name: $(echo "${rates[$name]}" | awk '{print $NF}') requests/s"
  done
done
close_session "$sender"

echo
echo "Medians of $runs runs of ${duration} s, wrk -t1 -c$connections:"
baseline=$(echo "${rates[baseline]}" | tr ' ' '\n' | grep . | median)
for name in baseline status sendevent readevent; do
  value=$(echo "${rates[$name]}" | tr ' ' '\n' | grep . | median)
  printf '  %-10s %10.0f requests/s  %.2f x baseline  (runs: %s)\n' "$name" "$value" \
    "$(echo "$value / $baseline" | bc -l)" "${rates[$name]% }"
done | tee "$results/summary.txt"

