# Shared helpers for the bench scripts: build the jar, pick a free port, start the app and wait for /health.
jar=target/cursusschrift.jar

ensure_jar() {
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

# ensure_tool NAME: installs a Debian package when its command is missing (wrk, nginx).
ensure_tool() {
  command -v "$1" >/dev/null && return 0
  echo "== installing $1 (Debian package)" >&2
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null
  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null; fi
  command -v "$1" >/dev/null || { echo "$1 is missing and could not be installed (apt-get install $1)" >&2; exit 1; }
}
