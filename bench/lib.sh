# Shared helpers for the bench scripts: build the jar, pick a free port, start the app and wait for /health.
# JAR: another build to measure (an A/B against an older commit), used as it is.
jar=${JAR:-target/cursusschrift.jar}

ensure_jar() {
  [ -n "${JAR:-}" ] && return 0
  if [ ! -f "$jar" ] || [ -n "$(find src pom.xml -newer "$jar" -print -quit)" ]; then
    echo "== building $jar" >&2
    mvn -q -B package -DskipTests >&2
  fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# start_app DATA_DIR [ENV=VALUE ...]: starts the jar in the background, sets APP_PID and APP_PORT,
# and APP_START_MS (time from launch to the first /health 200).
start_app() {
  local data=$1; shift
  APP_PORT=$(free_port)
  local t0; t0=$(date +%s%N)
  env "$@" DATA_DIR="$data" PORT="$APP_PORT" CONTENT_DIR="${CONTENT_DIR:-content}" \
    java ${JAVA_OPTS:-} -jar "$jar" > "$data/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 600); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$APP_PORT/health" 2>/dev/null; then
      APP_START_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
      return 0
    fi
    kill -0 "$APP_PID" 2>/dev/null || { echo "app did not start:" >&2; tail -20 "$data/app.log" >&2; return 1; }
    sleep 0.05
  done
  echo "app did not answer /health in 30 s" >&2
  return 1
}

stop_app() {
  kill "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
}

hwm_mb() { # the peak resident set so far
  awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$1/status"
}

rss_mb() {
  awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"
}

# write_load LEARNERS: the durable-write load against the running app on APP_PORT: registers LEARNERS
# learners, then bench/writes.lua on CONNECTIONS connections, a warm-up of WARMUP s and a measured run
# of SECS s. Sets WRITE_WARM and WRITE_RUN (wrk's JSON lines). Stop the app, then call write_checked.
write_load() {
  local sessions; sessions=$(mktemp /tmp/cursusschrift-sessions.XXXXXX)
  python3 bench/learners.py "http://127.0.0.1:$APP_PORT" "$1" > "$sessions"
  WRITE_WARM=$(wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s bench/writes.lua "http://127.0.0.1:$APP_PORT" -- "$sessions" | tail -1)
  WRITE_RUN=$(wrk -t2 -c"$CONNECTIONS" -d"${SECS}s" -s bench/writes.lua "http://127.0.0.1:$APP_PORT" -- "$sessions" | tail -1)
  rm -f "$sessions"
}

# write_checked TARGET: the measured run of the last write_load, with confirmed_per_s and the check that
# every write confirmed in warm-up and run is in TARGET (the SQLite file or a postgresql:// URL).
write_checked() {
  local confirmed check
  confirmed=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["confirmed"] + json.loads(sys.argv[2])["confirmed"])' "$WRITE_WARM" "$WRITE_RUN")
  check=$(PSQL="${PGBIN:+$PGBIN/psql}" python3 bench/check_writes.py "$1" "$confirmed")
  python3 -c 'import json,sys; r=json.loads(sys.argv[1]); r["confirmed_per_s"]=r["confirmed"]/r["seconds"]; r["check"]=json.loads(sys.argv[2]); print(json.dumps(r))' "$WRITE_RUN" "$check"
}

# ensure_package PACKAGE: installs a Debian package.
ensure_package() {
  echo "== installing $1 (Debian package)" >&2
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null
  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null; fi
}

# ensure_tool NAME: installs a Debian package when its command is missing (wrk, nginx).
ensure_tool() {
  command -v "$1" >/dev/null && return 0
  echo "== installing $1 (Debian package)" >&2
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null
  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null; fi
  command -v "$1" >/dev/null || { echo "$1 is missing and could not be installed (apt-get install $1)" >&2; exit 1; }
}

# --- a throwaway PostgreSQL server for the side-by-side runs (as the postgres user when root) -------
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

pg_start() {
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -z "$PGBIN" ]; then
    ensure_package postgresql-15
    PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
  PGDIR=$(mktemp -d /tmp/cursusschrift-pg.XXXXXX)
  [ "$(id -u)" = 0 ] && chown postgres "$PGDIR"
  as_pg "$PGBIN/initdb" -D "$PGDIR/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 > /dev/null
  PG_PORT=$(free_port)
  as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -w -l "$PGDIR/log" -o "-p $PG_PORT -k $PGDIR -c max_connections=100" start > /dev/null
}

pg_database() { # pg_database NAME: creates it and prints its DATABASE_URL
  "$PGBIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "CREATE DATABASE $1" > /dev/null
  echo "postgresql://postgres@127.0.0.1:$PG_PORT/$1"
}

pg_stop() {
  [ -n "${PGDIR:-}" ] || return 0
  as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast -w stop > /dev/null 2>&1 || true
  rm -rf "$PGDIR"; PGDIR=
}

# wrk_rounds URL PATH [SESSIONS] [COOKIE]: warms a server up in rounds of ROUND seconds (default 8)
# until two consecutive rounds differ by less than 5 % (at most MAX_ROUNDS, default 8), printing
# each round's rate on stderr; then prints the last round's JSON line (wrk's output of get.lua, with
# "rounds" and "plateau" added). A JIT that is still compiling shows as rising rounds; a run that
# stopped at MAX_ROUNDS without a plateau says so ("plateau": false) instead of passing for one.
wrk_rounds() {
  local url=$1 path=$2 sessions=${3:-} cookie=${4:-cs_session} c=${CONN:-${CONNECTIONS:-64}}
  local round=${ROUND:-8} max=${MAX_ROUNDS:-8} prev="" line rate rates="" plateau=false i
  for i in $(seq 1 "$max"); do
    line=$(wrk -t2 -c"$c" -d"${round}s" -s bench/get.lua "$url" -- "$path" "$sessions" "$cookie" | tail -1)
    rate=$(python3 -c 'import json,sys; r=json.loads(sys.argv[1]); print(round(r["requests"]/r["seconds"]))' "$line")
    rates="$rates${rates:+,}$rate"
    echo "   round $i: $rate req/s" >&2
    if [ -n "$prev" ] && python3 -c 'import sys; a,b=float(sys.argv[1]),float(sys.argv[2]); sys.exit(0 if abs(b-a) < 0.05*max(a,b) else 1)' "$prev" "$rate"; then
      plateau=true; break
    fi
    prev=$rate
  done
  python3 -c 'import json,sys; r=json.loads(sys.argv[1]); r["rounds"]=[int(x) for x in sys.argv[2].split(",")]; r["plateau"]=sys.argv[3]=="true"; print(json.dumps(r))' "$line" "$rates" "$plateau"
}

# review_path DATA_DIR SESSIONS: the review page of the oldest submission waiting in the queue of the
# sessions file's first user (an instructor's cohorts, or everyone's for an admin).
review_path() {
  python3 - "$1/cursusschrift.db" "$2" <<'PY'
import sqlite3, sys, hashlib
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
token = open(sys.argv[2]).read().split("\t")[0]
user = db.execute("SELECT user_id FROM user_session WHERE id_hash = ?", (hashlib.sha256(token.encode()).hexdigest(),)).fetchone()[0]
row = db.execute("""SELECT a.id FROM answer a JOIN app_user u ON u.id = a.user_id
    WHERE a.state = 'submitted' AND (u.cohort_id IN (SELECT cohort_id FROM instructor_cohort WHERE user_id = ?)
    OR (SELECT role FROM app_user WHERE id = ?) = 'admin') ORDER BY a.submitted_at LIMIT 1""", (user, user)).fetchone()
print("/nakijken/" + row[0])
PY
}

load() { cut -d' ' -f1-3 /proc/loadavg; }
