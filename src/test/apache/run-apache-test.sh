#!/usr/bin/env bash
# Tests the Apache httpd reverse proxy setup of docs/apache.md against a real Tomcat running
# target/vscp.war. It starts Tomcat through Cargo with the configuration in
# src/test/apache/config. It generates a throw-away TLS certificate and starts httpd with
# src/test/apache/httpd.conf, in a temporary directory and on loopback ports only. Then it runs
# the REST flow through the proxy and prints one PASS or FAIL line per check, then a last line
# "N passed, N failed". It exits non-zero when a check failed, and always stops Tomcat and httpd.
#
# Needs: curl, openssl, Maven, and Debian's apache2 package (installed with apt-get when missing
# and the script runs as root).
#
# Environment (all optional):
#   APACHE_TEST_HTTPS_PORT   httpd's HTTPS port (default 28443)
#   APACHE_TEST_TOMCAT_PORT  Tomcat's HTTP port (default 28884); the next two ports are used for
#                            Tomcat's shutdown and AJP connectors
#   APACHE_MODULES           httpd module directory (default /usr/lib/apache2/modules)
set -uo pipefail
cd "$(dirname "$0")/../../.."
project_dir=$(pwd)

https_port=${APACHE_TEST_HTTPS_PORT:-28443}
tomcat_port=${APACHE_TEST_TOMCAT_PORT:-28884}
modules_dir=${APACHE_MODULES:-/usr/lib/apache2/modules}
apache_bin=/usr/sbin/apache2
user=proxied
password=proxied-pass
allowed_client=127.0.0.2
other_client=127.0.0.3
event='0,20,3,0,2026-12-04T10:00:00,12345,00:01:02:03:04:05:06:07:08:09:0A:0B:0C:0D:0E:0F,0x00,0x01,0x23'

# --- Prerequisites --------------------------------------------------------------------------

if [ ! -x "$apache_bin" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "FAIL: $apache_bin is missing; install Debian's apache2 package (apt-get install apache2)."
    echo "0 passed, 1 failed"
    exit 1
  fi
  echo "Installing apache2"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q && apt-get install -y -q apache2 || {
    echo "FAIL: apt-get install apache2 failed."
    echo "0 passed, 1 failed"
    exit 1
  }
fi
for tool in curl openssl mvn; do
  if ! command -v "$tool" >/dev/null; then
    echo "FAIL: $tool is missing; install it and run the script again."
    echo "0 passed, 1 failed"
    exit 1
  fi
done

work_dir=$(mktemp -d "${TMPDIR:-/tmp}/vscp-apache-test.XXXXXX")
tomcat_pid=
httpd_started=

stop_all() {
  if [ -n "$httpd_started" ] && [ -f "$work_dir/httpd.pid" ]; then
    kill -TERM "$(cat "$work_dir/httpd.pid")" 2>/dev/null
    for _ in $(seq 50); do [ -f "$work_dir/httpd.pid" ] || break; sleep 0.2; done
  fi

  # Maven runs in its own process group with Tomcat as its child, so the group is stopped.
  if [ -n "$tomcat_pid" ] && kill -0 "$tomcat_pid" 2>/dev/null; then
    kill -TERM -- "-$tomcat_pid" 2>/dev/null
    for _ in $(seq 100); do kill -0 "$tomcat_pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$tomcat_pid" 2>/dev/null
  fi
  echo "Stopped httpd and Tomcat; logs are in $work_dir"
}
trap stop_all EXIT

passed=0
failed=0
pass() { echo "PASS: $1"; passed=$((passed + 1)); }
fail() { echo "FAIL: $1"; failed=$((failed + 1)); }
finish() {
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit
}

# Prints the value of a top-level JSON field of the form "name":value, quotes removed.
json_field() {
  sed -n 's/.*"'"$1"'":\("[^"]*"\|[^,}]*\).*/\1/p' | tr -d '"'
}

# Passes when the JSON reply's "code" equals the expected code.
expect_code() {
  local name=$1 expected=$2 reply=$3
  local code
  code=$(printf '%s' "$reply" | json_field code)
  if [ "$code" = "$expected" ]; then
    pass "$name"
  else
    fail "$name: expected code $expected, got reply: ${reply:-<none>}"
  fi
}

proxy_url="https://127.0.0.1:$https_port/home/vscp"
direct_url="http://127.0.0.1:$tomcat_port/vscp"

# Sends a request through httpd from the client address $1, checking the test certificate.
via_proxy() {
  local from=$1
  shift
  curl -sS --max-time 30 --cacert "$work_dir/server.crt" --interface "$from" "$@"
}

# Sends a request straight to Tomcat from the client address $1, bypassing httpd.
direct() {
  local from=$1
  shift
  curl -sS --max-time 30 --interface "$from" "$@"
}

# --- Tomcat ---------------------------------------------------------------------------------

if [ ! -f target/vscp.war ]; then
  echo "Building target/vscp.war"
  mvn -B -q package -Dmaven.test.skip=true || { fail "the WAR build failed"; finish; }
fi

echo "Starting Tomcat on 127.0.0.1:$tomcat_port with src/test/apache/config"
setsid mvn -B cargo:run \
  -Dvscp.config.dir="$project_dir/src/test/apache/config" \
  -Dvscp.data.dir="$work_dir/data" \
  -Dvscp.http.port="$tomcat_port" \
  -Dvscp.rmi.port="$((tomcat_port + 1))" \
  -Dvscp.ajp.port="$((tomcat_port + 2))" \
  -Dvscp.container.home="$project_dir/target/tomcat-apache" \
  >"$work_dir/tomcat.log" 2>&1 &
tomcat_pid=$!

tomcat_up=
for _ in $(seq 240); do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "$direct_url/health")" = 200 ]; then
    tomcat_up=yes
    break
  fi
  kill -0 "$tomcat_pid" 2>/dev/null || break
  sleep 0.5
done
if [ -z "$tomcat_up" ]; then
  fail "Tomcat did not answer on $direct_url/health within 120 seconds; see $work_dir/tomcat.log"
  tail -n 30 "$work_dir/tomcat.log"
  finish
fi

# --- httpd ----------------------------------------------------------------------------------

openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=localhost" \
  -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" -addext "basicConstraints=critical,CA:FALSE" \
  -keyout "$work_dir/server.key" -out "$work_dir/server.crt" 2>"$work_dir/openssl.log" \
  || { fail "openssl could not create the test certificate; see $work_dir/openssl.log"; finish; }

export APACHE_TEST_DIR=$work_dir
export APACHE_TEST_HTTPS_PORT=$https_port
export APACHE_TEST_BACKEND=$direct_url
export APACHE_MODULES=$modules_dir
echo "Starting httpd on https://127.0.0.1:$https_port/home/vscp/"
if ! "$apache_bin" -f "$project_dir/src/test/apache/httpd.conf" -k start; then
  fail "httpd did not start; see $work_dir/error.log"
  cat "$work_dir/error.log" 2>/dev/null
  finish
fi
httpd_started=yes

httpd_up=
for _ in $(seq 50); do
  if [ "$(via_proxy "$allowed_client" -s -o /dev/null -w '%{http_code}' "$proxy_url/health")" != 000 ]; then
    httpd_up=yes
    break
  fi
  sleep 0.2
done
[ -n "$httpd_up" ] || { fail "httpd did not answer on port $https_port"; finish; }

# --- Checks ---------------------------------------------------------------------------------

health_status=$(via_proxy "$allowed_client" -o "$work_dir/health.json" -w '%{http_code}' \
  "$proxy_url/health")
if [ "$health_status" = 200 ] && grep -q '"status":"UP"' "$work_dir/health.json"; then
  pass "health through the proxy over HTTPS is 200 UP"
else
  fail "health through the proxy: HTTP $health_status, body $(cat "$work_dir/health.json")"
fi

outside_status=$(via_proxy "$allowed_client" -o /dev/null -w '%{http_code}' \
  "https://127.0.0.1:$https_port/vscp/health")
if [ "$outside_status" = 403 ]; then
  pass "paths outside /home/vscp/ are rejected with 403"
else
  fail "paths outside /home/vscp/: expected HTTP 403, got $outside_status"
fi

reply=$(via_proxy "$allowed_client" "$proxy_url/rest?op=open&format=json&vscpuser=$user&vscpsecret=$password")
expect_code "open with GET through the proxy from $allowed_client" 1 "$reply"
session_a=$(printf '%s' "$reply" | json_field vscpsession)

reply=$(via_proxy "$allowed_client" -H "vscpuser: $user" -H "vscpsecret: $password" \
  --data "op=open&format=json" "$proxy_url/rest")
expect_code "open with POST and credential headers through the proxy" 1 "$reply"
session_b=$(printf '%s' "$reply" | json_field vscpsession)

reply=$(via_proxy "$allowed_client" -H "vscpsession: $session_b" \
  --data-urlencode "op=sendevent" --data-urlencode "format=json" \
  --data-urlencode "vscpevent=$event" "$proxy_url/rest")
expect_code "sendevent with POST and the vscpsession header" 1 "$reply"

reply=$(via_proxy "$allowed_client" -G --data-urlencode "op=readevent" \
  --data-urlencode "format=json" --data-urlencode "count=10" \
  --data-urlencode "vscpsession=$session_a" "$proxy_url/rest")
expect_code "readevent with GET and the session in the query" 1 "$reply"
if [ "$(printf '%s' "$reply" | json_field count)" = 1 ] \
    && printf '%s' "$reply" | grep -q '"vscpclass":20,' \
    && printf '%s' "$reply" | grep -q '"vscptype":3,'; then
  pass "readevent returns the event sent by the other session"
else
  fail "readevent: expected one event of class 20, type 3, got: $reply"
fi

reply=$(via_proxy "$allowed_client" -G --data-urlencode "op=sendevent" \
  --data-urlencode "format=json" --data-urlencode "vscpevent=$event" \
  --data-urlencode "vscpsession=$session_a" "$proxy_url/rest")
expect_code "sendevent with GET and the session in the query" 1 "$reply"

reply=$(via_proxy "$allowed_client" -H "vscpsession: $session_b" \
  --data "op=readevent&format=json&count=10" "$proxy_url/rest")
expect_code "readevent with POST and the vscpsession header" 1 "$reply"
if [ "$(printf '%s' "$reply" | json_field count)" = 1 ]; then
  pass "readevent with POST returns one event"
else
  fail "readevent with POST: expected one event, got: $reply"
fi

reply=$(via_proxy "$allowed_client" "$proxy_url/rest?op=close&format=json&vscpsession=$session_a")
expect_code "close with GET through the proxy" 1 "$reply"

reply=$(via_proxy "$allowed_client" -H "vscpsession: $session_b" --data "op=close&format=json" \
  "$proxy_url/rest")
expect_code "close with POST and the vscpsession header" 1 "$reply"

reply=$(via_proxy "$allowed_client" -H "vscpsession: $session_b" --data "op=status&format=json" \
  "$proxy_url/rest")
expect_code "a closed session is invalid" -2 "$reply"

# The origin allow list: the user may log in only from 127.0.0.2.
reply=$(via_proxy "$other_client" "$proxy_url/rest?op=open&format=json&vscpuser=$user&vscpsecret=$password")
expect_code "open through the proxy from $other_client is rejected as invalid origin" -15 "$reply"

reply=$(via_proxy "$other_client" -H "X-Forwarded-For: $allowed_client" \
  "$proxy_url/rest?op=open&format=json&vscpuser=$user&vscpsecret=$password")
expect_code "a forged X-Forwarded-For through the proxy is ignored" -15 "$reply"

reply=$(direct "$other_client" -H "X-Forwarded-For: $allowed_client" \
  "$direct_url/rest?op=open&format=json&vscpuser=$user&vscpsecret=$password")
expect_code "a forged X-Forwarded-For sent straight to Tomcat is not trusted" -15 "$reply"

# Control case: the same header from the trusted proxy address is believed.
reply=$(direct 127.0.0.1 -H "X-Forwarded-For: $allowed_client" \
  "$direct_url/rest?op=open&format=json&vscpuser=$user&vscpsecret=$password")
expect_code "X-Forwarded-For from the trusted proxy address 127.0.0.1 is believed" 1 "$reply"
control_session=$(printf '%s' "$reply" | json_field vscpsession)
[ -z "$control_session" ] || direct 127.0.0.1 -H "X-Forwarded-For: $allowed_client" \
  "$direct_url/rest?op=close&vscpsession=$control_session" >/dev/null

finish
