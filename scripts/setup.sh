#!/usr/bin/env bash
# Installs what promptcut needs from the system (ffmpeg, fonts, redis-server, and Chromium for the
# web page's test) when missing, starts
# a Redis when none answers on REDIS_URL, and installs the npm dependencies (which builds dist/).
# Safe to run again: it only does what is missing. Used by the README quickstart and by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"
hostport="${REDIS_URL#redis://}"; hostport="${hostport##*@}"; hostport="${hostport%%/*}"
REDIS_HOST="${hostport%%:*}"; REDIS_PORT="${hostport##*:}"
[ "$REDIS_PORT" = "$REDIS_HOST" ] && REDIS_PORT=6379

missing=()
command -v ffmpeg >/dev/null 2>&1 && command -v ffprobe >/dev/null 2>&1 || missing+=(ffmpeg)
if command -v fc-list >/dev/null 2>&1; then
  fc-list | grep -qi "DejaVu Sans" || missing+=(fonts-dejavu-core)
  fc-list | grep -qi "Noto Sans CJK" || missing+=(fonts-noto-cjk)
  fc-list | grep -qi "Noto Color Emoji" || missing+=(fonts-noto-color-emoji)
else
  missing+=(fontconfig fonts-dejavu-core fonts-noto-cjk fonts-noto-color-emoji)
fi

redis_answers() {
  # PING over bash's /dev/tcp, so this works before redis-cli is installed.
  exec 3<>"/dev/tcp/$REDIS_HOST/$REDIS_PORT" 2>/dev/null || return 1
  printf 'PING\r\n' >&3
  local line=""
  read -r -t 2 line <&3 || true
  exec 3>&- 3<&-
  [[ "$line" == +PONG* ]]
}

# The tests also start their own redis-server (a durable one, to restart it mid-test), and drive
# the web page in Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)

if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! redis_answers; then
  echo "setup: starting redis-server on $REDIS_HOST:$REDIS_PORT"
  redis-server --daemonize yes --bind "$REDIS_HOST" --port "$REDIS_PORT" --save "" --appendonly no \
    --dir "${TMPDIR:-/tmp}" --logfile "${TMPDIR:-/tmp}/promptcut-redis.log"
  for _ in $(seq 1 50); do redis_answers && break; sleep 0.1; done
  redis_answers || { echo "setup: redis did not start" >&2; exit 1; }
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ] \
  || [ "${SETUP_CLEAN_INSTALL:-0}" = 1 ]; then
  npm ci --no-audit --no-fund
else
  npm run --silent build
fi
echo "setup: ready (ffmpeg $(ffmpeg -version | head -1 | cut -d' ' -f3), redis at $REDIS_HOST:$REDIS_PORT)"
