#!/usr/bin/env bash
# Cluster test: two Tomcats with target/vscp.war behind Apache httpd with mod_proxy_balancer,
# sharing one event bus through one Mosquitto broker, everything on 127.0.0.1.
#
#   .ci/cluster-test.sh            (after `mvn package` or `mvn verify`)
#
# Installs apache2, mosquitto and curl with apt-get when they are missing (needs root then).
# Prints one PASS or FAIL line per check and ends with "N passed, N failed"; exits 1 when a check
# failed. Every server it starts is stopped on exit, also after a failure or Ctrl-C. The work
# directory (configuration and logs) is removed after a clean run and kept otherwise.
#
# Settings (environment variables, with their defaults):
#   CLUSTER_HTTPD_PORT=35080  CLUSTER_NODE1_PORT=35081  CLUSTER_NODE2_PORT=35082
#   CLUSTER_MQTT_PORT=35883   CLUSTER_PG_PORT=35432    CLUSTER_WAR=target/vscp.war
#   CLUSTER_PG_SCRIPT=.ci/postgresql starts the shared PostgreSQL. The shared-variable checks run
#   when that script exists, and are skipped with a SKIP line otherwise. CLUSTER_PG_DRIVER is the
#   JDBC driver jar (default: the postgresql.version of pom.xml from the local Maven repository).
#   CLUSTER_KEEP=1 keeps the work directory; CLUSTER_START_SECONDS=120 limits each start-up.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

HTTPD_PORT=${CLUSTER_HTTPD_PORT:-35080}
NODE1_PORT=${CLUSTER_NODE1_PORT:-35081}
NODE2_PORT=${CLUSTER_NODE2_PORT:-35082}
MQTT_PORT=${CLUSTER_MQTT_PORT:-35883}
PG_PORT=${CLUSTER_PG_PORT:-35432}
PG_SCRIPT=${CLUSTER_PG_SCRIPT:-$ROOT/.ci/postgresql}
WAR=${CLUSTER_WAR:-$ROOT/target/vscp.war}
START_SECONDS=${CLUSTER_START_SECONDS:-120}
MODULES=/usr/lib/apache2/modules
PROXY=http://127.0.0.1:$HTTPD_PORT/vscp/rest

STARTED_AT=$(date +%s)
PASSED=0
FAILED=0
WORK=
HTTPD_PID=
MQTT_PID=
PG_STARTED=0
declare -A NODE_PID=()

pass() { PASSED=$((PASSED + 1)); echo "PASS $*"; }
fail() { FAILED=$((FAILED + 1)); echo "FAIL $*"; }
check() { # check <description> <expected> <actual>
  if [ "$2" = "$3" ]; then pass "$1"; else fail "$1: expected '$2', got '$3'"; fi
}
log() { echo "--- $*"; }

# Stops the process with the pid in $1: TERM, then KILL after $2 seconds.
stop_pid() {
  local pid=$1 limit=$2 i
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null
  for ((i = 0; i < limit * 10; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null
}

finish() {
  local status=$?
  trap - EXIT INT TERM
  log "stopping httpd, Tomcats, Mosquitto and PostgreSQL"
  if [ -n "$WORK" ] && [ -f "$WORK/httpd/httpd.pid" ]; then
    HTTPD_PID=$(cat "$WORK/httpd/httpd.pid")
  fi
  stop_pid "$HTTPD_PID" 10
  for node in "${!NODE_PID[@]}"; do stop_pid "${NODE_PID[$node]}" 20; done
  stop_pid "$MQTT_PID" 5
  if [ "$PG_STARTED" = 1 ]; then
    VSCP_PG_PORT=$PG_PORT VSCP_PG_DIR=$WORK/pg timeout 60 "$PG_SCRIPT" stop > /dev/null 2>&1
  fi
  wait 2>/dev/null

  if [ "$FAILED" -gt 0 ] || [ "$status" -ne 0 ]; then
    [ "$FAILED" -gt 0 ] || fail "the test script stopped early (status $status)"
    if [ -n "$WORK" ]; then
      for file in "$WORK"/node1/logs/console.log "$WORK"/node2/logs/console.log \
          "$WORK"/httpd/error.log "$WORK"/mosquitto/mosquitto.log "$WORK"/pg/server.log; do
        [ -f "$file" ] && { echo "=== last lines of $file"; tail -n 30 "$file"; }
      done
      echo "Logs and configuration kept in $WORK"
    fi
  elif [ -n "$WORK" ] && [ "${CLUSTER_KEEP:-0}" != 1 ]; then
    rm -rf "$WORK"
  fi
  echo "Cluster test took $(($(date +%s) - STARTED_AT)) s"
  echo "$PASSED passed, $FAILED failed"
  [ "$FAILED" -eq 0 ] && exit 0 || exit 1
}
trap finish EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------------------------------------
# Set-up: packages, Tomcat, configuration
# ---------------------------------------------------------------------------------------------

install_missing() {
  local need=()
  [ -x /usr/sbin/apache2 ] || need+=(apache2)
  [ -x /usr/sbin/mosquitto ] || need+=(mosquitto)
  command -v curl >/dev/null || need+=(curl)
  [ ${#need[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    fail "packages missing: ${need[*]}; install them with apt-get (needs root)"
    exit 1
  fi
  log "installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q && apt-get install -y -q "${need[@]}" || { fail "apt-get install ${need[*]}"; exit 1; }
}

port_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Waits up to $2 seconds for a TCP listener on port $1.
wait_port() {
  local port=$1 limit=$2 i
  for ((i = 0; i < limit * 5; i++)); do
    port_free "$port" || return 0
    sleep 0.2
  done
  return 1
}

# Prints the path of a Maven artifact, from the local repository or fetched into $WORK:
# artifact_file <groupId> <artifactId> <version property in pom.xml> <type>
artifact_file() {
  local group=$1 artifact=$2 version type=$4 file
  version=$(sed -n "s:.*<$3>\\(.*\\)</$3>.*:\\1:p" "$ROOT/pom.xml" | head -n 1)
  [ -n "$version" ] || return 1
  file=$HOME/.m2/repository/${group//.//}/$artifact/$version/$artifact-$version.$type
  if [ ! -f "$file" ]; then
    mvn -B -q dependency:copy -Dartifact="$group:$artifact:$version:$type" \
        -DoutputDirectory="$WORK" >&2 || return 1
    file=$WORK/$artifact-$version.$type
  fi
  echo "$file"
}

# Writes the CATALINA_BASE and the vscp-rest configuration directory of node $1 on port $2.
make_node() {
  local name=$1 port=$2 base=$WORK/$1
  mkdir -p "$base"/{logs,temp,work,webapps,config,data}
  cp -r "$WORK/tomcat/conf" "$base/conf"
  cat > "$base/conf/server.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<Server port="-1" shutdown="SHUTDOWN">
  <Service name="Catalina">
    <Connector address="127.0.0.1" port="$port" protocol="HTTP/1.1" connectionTimeout="20000"/>
    <Engine name="Catalina" defaultHost="localhost">
      <Host name="localhost" appBase="webapps" unpackWARs="true" autoDeploy="false"/>
    </Engine>
  </Service>
</Server>
EOF
  cp "$WAR" "$base/webapps/vscp.war"

  cat > "$base/config/vscp-rest.properties" <<EOF
# Cluster test node $name: Apache on 127.0.0.1 is the trusted proxy.
cluster.route=$name
proxy.trusted=127.0.0.1
session.max-sessions=50
session.queue-size=100
EOF
  cp "$ROOT/src/test/config/users.json" "$base/config/users.json"
  if [ "$PG_STARTED" = 1 ]; then add_datasource "$name"; fi
  cat > "$base/config/bridges.json" <<EOF
{
  "bridges": [
    {
      "name": "bus",
      "type": "mqtt",
      "broker": "tcp://127.0.0.1:$MQTT_PORT",
      "client-id": "vscp-rest-$name",
      "qos": 1,
      "reconnect-initial-ms": 200,
      "reconnect-max-ms": 2000,
      "publish": [ { "topic": "vscp/{{guid}}/{{class}}/{{type}}", "format": "json" } ],
      "subscribe": [ { "topic": "vscp/#" } ]
    }
  ]
}
EOF
}

# Gives node $1 a pool that Tomcat manages for the shared PostgreSQL database, as docs/database.md
# describes: the driver in CATALINA_BASE/lib, the Resource in conf/context.xml.
add_datasource() {
  local base=$WORK/$1
  mkdir -p "$base/lib"
  cp "$PG_DRIVER" "$base/lib/"
  cat > "$base/conf/context.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<Context>
  <WatchedResource>WEB-INF/web.xml</WatchedResource>
  <Resource name="jdbc/vscp" auth="Container" type="javax.sql.DataSource"
            factory="org.apache.tomcat.dbcp.dbcp2.BasicDataSourceFactory"
            driverClassName="org.postgresql.Driver"
            url="jdbc:postgresql://127.0.0.1:$PG_PORT/vscp"
            username="vscp" password="vscp-test-pass"
            maxTotal="5" maxIdle="2" maxWaitMillis="10000"
            validationQuery="SELECT 1" testOnBorrow="true"/>
</Context>
EOF
  echo "storage.jndi-name=java:comp/env/jdbc/vscp" >> "$base/config/vscp-rest.properties"
}

start_node() {
  local name=$1 base=$WORK/$1
  CATALINA_HOME=$WORK/tomcat CATALINA_BASE=$base CATALINA_PID= \
    CATALINA_OPTS="-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dvscp.config.dir=$base/config -Dvscp.data.dir=$base/data" \
    "$WORK/tomcat/bin/catalina.sh" run > "$base/logs/console.log" 2>&1 &
  NODE_PID[$name]=$!
}

# Waits until node $1 on port $2 serves REST requests (status with no session returns -2).
wait_node() {
  local name=$1 port=$2 i
  for ((i = 0; i < START_SECONDS; i++)); do
    kill -0 "${NODE_PID[$name]}" 2>/dev/null || return 1
    [ "$(code "$(curl -s --max-time 2 "http://127.0.0.1:$port/vscp/rest?op=status&format=plain")")" = -2 ] \
      && return 0
    sleep 1
  done
  return 1
}

# Waits until the broker logged the subscription of client $1.
wait_subscribed() {
  local client=$1 i
  for ((i = 0; i < 30 * 5; i++)); do
    grep -q " $client [0-9] vscp/#" "$WORK/mosquitto/mosquitto.log" 2>/dev/null && return 0
    sleep 0.2
  done
  return 1
}

start_mosquitto() {
  mkdir -p "$WORK/mosquitto"
  cat > "$WORK/mosquitto/mosquitto.conf" <<EOF
listener $MQTT_PORT 127.0.0.1
allow_anonymous true
persistence false
user $(id -un)
log_dest file $WORK/mosquitto/mosquitto.log
log_type error
log_type warning
log_type notice
log_type information
log_type subscribe
EOF
  /usr/sbin/mosquitto -c "$WORK/mosquitto/mosquitto.conf" > "$WORK/mosquitto/stdout.log" 2>&1 &
  MQTT_PID=$!
}

# The balancer part is the configuration of docs/cluster.md with this test's ports.
start_httpd() {
  local dir=$WORK/httpd conf=$WORK/httpd/httpd.conf account=
  mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then
    if id www-data >/dev/null 2>&1; then account=www-data; else account=nobody; fi
    account="User $account
Group $(id -gn "$account")"
  fi
  cat > "$conf" <<EOF
ServerRoot "$dir"
ServerName 127.0.0.1
Listen 127.0.0.1:$HTTPD_PORT
PidFile "$dir/httpd.pid"
DefaultRuntimeDir "$dir"
ErrorLog "$dir/error.log"
LogLevel warn
$account

LoadModule mpm_event_module $MODULES/mod_mpm_event.so
LoadModule authz_core_module $MODULES/mod_authz_core.so
LoadModule setenvif_module $MODULES/mod_setenvif.so
LoadModule headers_module $MODULES/mod_headers.so
LoadModule proxy_module $MODULES/mod_proxy.so
LoadModule proxy_http_module $MODULES/mod_proxy_http.so
LoadModule proxy_balancer_module $MODULES/mod_proxy_balancer.so
LoadModule slotmem_shm_module $MODULES/mod_slotmem_shm.so
LoadModule lbmethod_byrequests_module $MODULES/mod_lbmethod_byrequests.so

StartServers 1
ServerLimit 1
ThreadsPerChild 16
MaxRequestWorkers 16
MinSpareThreads 4
MaxSpareThreads 16

LogFormat "%h \"%m %U\" %>s route=%{BALANCER_WORKER_ROUTE}e sticky=%{BALANCER_SESSION_ROUTE}e" balanced
CustomLog "$dir/access.log" balanced

<Proxy "balancer://vscp">
    BalancerMember "http://127.0.0.1:$NODE1_PORT/vscp" route=node1
    BalancerMember "http://127.0.0.1:$NODE2_PORT/vscp" route=node2
    ProxySet stickysession=vscpsession lbmethod=byrequests
</Proxy>

# Copy the vscpsession header into a cookie, which the balancer reads.
SetEnvIf vscpsession "^([0-9a-f]{32}\.[A-Za-z0-9_-]+)$" VSCP_SESSION_KEY=\$1
RequestHeader append Cookie "vscpsession=%{VSCP_SESSION_KEY}e" env=VSCP_SESSION_KEY

ProxyPass        "/vscp" "balancer://vscp"
ProxyPassReverse "/vscp" "balancer://vscp"
EOF
  /usr/sbin/apache2 -t -f "$conf" > "$dir/configtest.log" 2>&1 || return 1
  /usr/sbin/apache2 -f "$conf" -k start > "$dir/start.log" 2>&1 || return 1
}

# ---------------------------------------------------------------------------------------------
# REST helpers (plain format: the first line is "<success> <code> <message> ...")
# ---------------------------------------------------------------------------------------------

# Prints the error code of a plain-format response, or "none" when the response is empty.
code() {
  local first
  first=$(printf '%s' "$1" | head -n 1 | tr -d '\r')
  [ -n "$first" ] && echo "$first" | awk '{print $2}' || echo none
}

# GET through the proxy with the session key in the query string: get_query <key> <op> [name=value...]
get_query() {
  local key=$1 op=$2 args=()
  shift 2
  for arg in "$@"; do args+=(--data-urlencode "$arg"); done
  curl -s --max-time 10 -G "$PROXY" --data-urlencode "op=$op" --data-urlencode "format=plain" \
    --data-urlencode "vscpsession=$key" "${args[@]}"
}

# POST through the proxy with the key only in the vscpsession header: post_header <key> <op> [name=value...]
post_header() {
  local key=$1 op=$2 args=()
  shift 2
  for arg in "$@"; do args+=(--data-urlencode "$arg"); done
  curl -s --max-time 10 -H "vscpsession: $key" "$PROXY" --data-urlencode "op=$op" \
    --data-urlencode "format=plain" "${args[@]}"
}

open_session() {
  curl -s --max-time 10 -G "$PROXY" --data-urlencode op=open --data-urlencode format=plain \
    --data-urlencode vscpuser=admin --data-urlencode vscpsecret=secret \
    | head -n 1 | tr -d '\r' | sed -n 's/.*vscpsession=\([^ ]*\).*/\1/p'
}

route_of() { echo "${1#*.}"; }

# Sends an event from one session and reads it in the other:
#   exchange <key_in> <from> <to> <data> [copies]
# where key_in is "query" or "header". The sender sends the same event string <copies> times
# (default 1). The server stamps each copy with its own timestamp, so each is a separate event.
# The receiver polls for up to 10 s and must read exactly <copies> events with <data>. After 1 s
# more, a read of the receiver and of the sender (no echo from the bus) must both return -6.
exchange() {
  local key_in=$1 from=$2 to=$3 data=$4 copies=${5:-1} call answer i events=0 matching=0
  local label="$key_in: $(route_of "$from") -> $(route_of "$to")"
  local event="0,20,3,0,,0,00:01:02:03:04:05:06:07:08:09:0A:0B:0C:0D:0E:0F,$data"
  [ "$key_in" = query ] && call=get_query || call=post_header
  [ "$copies" -gt 1 ] && label="$label, $copies copies"

  for ((i = 0; i < copies; i++)); do
    answer=$($call "$from" sendevent "vscpevent=$event")
    check "$label sendevent $((i + 1))" 1 "$(code "$answer")"
  done

  for ((i = 0; i < 50 && events < copies; i++)); do
    answer=$($call "$to" readevent count=10 | tr -d '\r')
    if [ "$(code "$answer")" = 1 ]; then
      events=$((events + $(grep -c '^- ' <<< "$answer")))
      matching=$((matching + $(grep -c "^- .*,$data\$" <<< "$answer")))
    else
      sleep 0.2
    fi
  done
  check "$label events read" "$copies" "$events"
  check "$label events with data $data" "$copies" "$matching"

  sleep 1
  check "$label receiver's next readevent is -6" -6 "$(code "$($call "$to" readevent count=10)")"
  check "$label sender gets no echo (-6)" -6 "$(code "$($call "$from" readevent count=10)")"
}

# ---------------------------------------------------------------------------------------------
# The test
# ---------------------------------------------------------------------------------------------

install_missing
[ -f "$WAR" ] || { fail "no WAR at $WAR; run 'mvn package' first"; exit 1; }
for port in "$HTTPD_PORT" "$NODE1_PORT" "$NODE2_PORT" "$MQTT_PORT"; do
  port_free "$port" || { fail "port $port is in use; set the CLUSTER_*_PORT variables"; exit 1; }
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/vscp-cluster.XXXXXX")
chmod 755 "$WORK"
log "work directory $WORK"

archive=$(artifact_file org.apache.tomcat tomcat tomcat.version tar.gz) || { fail "Tomcat archive not found and not downloadable"; exit 1; }
mkdir -p "$WORK/tomcat"
tar -xzf "$archive" -C "$WORK/tomcat" --strip-components=1 || { fail "unpack $archive"; exit 1; }

start_mosquitto
wait_port "$MQTT_PORT" 10 && pass "Mosquitto listens on $MQTT_PORT" \
  || { fail "Mosquitto did not listen on $MQTT_PORT in 10 s"; exit 1; }

if [ -f "$PG_SCRIPT" ]; then
  log "starting PostgreSQL on $PG_PORT with $PG_SCRIPT"
  PG_STARTED=1
  if VSCP_PG_PORT=$PG_PORT VSCP_PG_DIR=$WORK/pg timeout 600 "$PG_SCRIPT" start \
      > "$WORK/pg-start.log" 2>&1; then
    pass "PostgreSQL runs on $PG_PORT"
  else
    fail "PostgreSQL did not start on $PG_PORT"; cat "$WORK/pg-start.log"; exit 1
  fi
  PG_DRIVER=${CLUSTER_PG_DRIVER:-$(artifact_file org.postgresql postgresql postgresql.version jar)} \
    || { fail "the PostgreSQL JDBC driver (postgresql.version in pom.xml) was not found"; exit 1; }
else
  echo "SKIP shared variables: $PG_SCRIPT does not exist"
fi

make_node node1 "$NODE1_PORT"
make_node node2 "$NODE2_PORT"
start_node node1
start_node node2
log "waiting for both Tomcats (at most $START_SECONDS s each)"
wait_node node1 "$NODE1_PORT" && pass "node1 serves REST on $NODE1_PORT" \
  || { fail "node1 did not serve REST on $NODE1_PORT"; exit 1; }
wait_node node2 "$NODE2_PORT" && pass "node2 serves REST on $NODE2_PORT" \
  || { fail "node2 did not serve REST on $NODE2_PORT"; exit 1; }
for node in node1 node2; do
  wait_subscribed "vscp-rest-$node" && pass "$node's MQTT bridge subscribed to vscp/#" \
    || { fail "$node's MQTT bridge did not subscribe in 30 s"; exit 1; }
done

start_httpd && wait_port "$HTTPD_PORT" 10 && pass "httpd balances on $HTTPD_PORT" \
  || { fail "httpd did not start (see $WORK/httpd)"; cat "$WORK"/httpd/*.log; exit 1; }

# Sessions A (node1) and B (node2), opened through the proxy. byrequests alternates between the
# members, so a few opens are enough; keys that land on a node already taken are closed again.
A=
B=
for ((i = 0; i < 6; i++)); do
  key=$(open_session)
  case "$key" in
    *.node1) if [ -z "$A" ]; then A=$key; else get_query "$key" close > /dev/null; fi ;;
    *.node2) if [ -z "$B" ]; then B=$key; else get_query "$key" close > /dev/null; fi ;;
  esac
  [ -n "$A" ] && [ -n "$B" ] && break
done
if [[ "$A" =~ ^[0-9a-f]{32}\.node1$ ]] && [[ "$B" =~ ^[0-9a-f]{32}\.node2$ ]]; then
  pass "sessions A and B land on different nodes (A=...${A: -10}, B=...${B: -10})"
else
  fail "sessions A and B land on different nodes: A='$A' B='$B'"
  exit 1
fi

# Stickiness: without it byrequests would alternate and every second request would be -2.
for key_in in query header; do
  [ "$key_in" = query ] && call=get_query || call=post_header
  for session in A B; do
    ok=0
    for ((i = 0; i < 4; i++)); do
      [ "$(code "$($call "${!session}" status)")" = 1 ] && ok=$((ok + 1))
    done
    check "$key_in: 4 status requests of $session stay on its node" 4 "$ok"
  done
done
check "direct: A's key is unknown on node2 (-2)" -2 "$(code "$(curl -s --max-time 10 \
  "http://127.0.0.1:$NODE2_PORT/vscp/rest?op=status&format=plain&vscpsession=$A")")"

exchange query "$A" "$B" 0x11
exchange query "$B" "$A" 0x12
exchange header "$A" "$B" 0x21
exchange header "$B" "$A" 0x22
exchange query "$A" "$B" 0x13 2
exchange header "$B" "$A" 0x23 2

# Variables: persistent ones live in the shared database, non-persistent ones in one node.
if [ "$PG_STARTED" = 1 ]; then
  first=$(printf 'written through node1' | base64)
  second=$(printf 'changed through node2' | base64)
  check "createvar of a persistent variable on node1" 1 "$(code "$(get_query "$A" createvar \
    variable=cluster_shared type=string persistent=true accessright=744 "value=$first")")"
  answer=$(get_query "$B" readvar variable=cluster_shared | tr -d '\r')
  check "readvar of it on node2" 1 "$(code "$answer")"
  check "node2 reads the value node1 wrote" "value='$first'" \
    "$(grep -o "value='[^']*'" <<< "$answer")"
  check "writevar of it on node2" 1 "$(code "$(post_header "$B" writevar \
    variable=cluster_shared "value=$second")")"
  check "node1 reads the value node2 wrote" "value='$second'" \
    "$(get_query "$A" readvar variable=cluster_shared | tr -d '\r' | grep -o "value='[^']*'")"
  check "createvar of a non-persistent variable on node1" 1 "$(code "$(get_query "$A" createvar \
    variable=cluster_local type=string persistent=false "value=$first")")"
  check "node2 does not see node1's non-persistent variable (-7)" -7 \
    "$(code "$(get_query "$B" readvar variable=cluster_local)")"
fi

# Node 2 fails: its sessions are re-routed to node 1, which does not know them.
log "killing node2 (pid ${NODE_PID[node2]})"
kill -KILL "${NODE_PID[node2]}"
wait "${NODE_PID[node2]}" 2>/dev/null
unset 'NODE_PID[node2]'

for key_in in query header; do
  [ "$key_in" = query ] && call=get_query || call=post_header
  for ((i = 0; i < 20; i++)); do
    answer=$(code "$($call "$B" status)")
    [ "$answer" = -2 ] && break
    sleep 0.5
  done
  check "$key_in: B's session answers -2 after node2 stopped" -2 "$answer"
  check "$key_in: node1 keeps serving A (status)" 1 "$(code "$($call "$A" status)")"
  check "$key_in: node1 keeps serving A (sendevent)" 1 "$(code "$($call "$A" sendevent \
    "vscpevent=0,20,3,0,,0,00:01:02:03:04:05:06:07:08:09:0A:0B:0C:0D:0E:0F,0x31")")"
done
rerouted=$(grep -c "route=node1 sticky=node2\$" "$WORK/httpd/access.log")
if [ "$rerouted" -ge 2 ]; then
  pass "httpd's access log shows B's requests re-routed to node1 ($rerouted)"
else
  fail "httpd's access log shows B's requests re-routed to node1: $rerouted lines"
fi
key=$(open_session)
check "a new session lands on node1" node1 "$(route_of "$key")"
