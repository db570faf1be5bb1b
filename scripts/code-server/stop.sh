#!/usr/bin/env bash
# Stops the code-server started by start-code-server.sh on PORT: its recorded PID leads a process group
# (started with setsid) that also holds the extension host, file watcher and pty host processes.
HERE=$(cd "$(dirname "$0")" && pwd)
PORT=${1:-${CODE_SERVER_PORT:-8080}}
PIDF=${OPIS_CACHE:-$(cd "$HERE/../.." && pwd)/.cache}/run-$PORT/pid
if [ -f "$PIDF" ]; then
  PID=$(cat "$PIDF")
  kill -- "-$PID" 2>/dev/null || kill "$PID" 2>/dev/null
  for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 -- "-$PID" 2>/dev/null || break; sleep 0.3; done
  kill -9 -- "-$PID" 2>/dev/null
  rm -f "$PIDF"
fi
true
