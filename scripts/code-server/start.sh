#!/usr/bin/env bash
# Starts code-server on 127.0.0.1:PORT in the background, isolated from $HOME (own user-data, extensions,
# config and XDG dirs under $HARNESS_CACHE/run-PORT), and waits until it answers.
# Usage: start-code-server.sh [VERSION] [PORT]     Stop it with: stop-code-server.sh [PORT]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
VER=${1:-${CODE_SERVER_VERSION:-4.100.3}}
PORT=${2:-${CODE_SERVER_PORT:-8080}}
CACHE=${OPIS_CACHE:-$(cd "$HERE/../.." && pwd)/.cache}
CS_DIR=$CACHE/code-server-$VER
RUN=$CACHE/run-$PORT
[ -f "$CS_DIR/node-bin-dir" ] && export PATH="$(cat "$CS_DIR/node-bin-dir"):$PATH"
rm -rf "$RUN" && mkdir -p "$RUN"/{user-data,extensions,xdg-config,xdg-data,xdg-cache,tmp}
printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$PORT" > "$RUN/config.yaml"
export XDG_CONFIG_HOME=$RUN/xdg-config XDG_DATA_HOME=$RUN/xdg-data XDG_CACHE_HOME=$RUN/xdg-cache
# VS Code puts its IPC sockets (vscode-ipc-<uuid>.sock, 52 chars) in TMPDIR: unix socket paths must stay < 108 chars
export TMPDIR=${CODE_SERVER_TMPDIR:-$RUN/tmp}
CS=$CS_DIR/node_modules/.bin/code-server
extra=()
# VS Code >= ~1.133 only honours the test `payload` with --enable-smoke-test-driver; code-server >= 4.134
# can pass it through. (code-server 4.133.0 has the check but no pass-through: not usable for this.)
if "$CS" --help 2>/dev/null | grep -q -- '--vscode-option'; then extra+=(--vscode-option enable-smoke-test-driver); fi
# Optional: install .vsix files given in $INSTALL_VSIX (space separated) into the isolated extensions dir
for v in ${INSTALL_VSIX:-}; do "$CS" --config "$RUN/config.yaml" --user-data-dir "$RUN/user-data" --extensions-dir "$RUN/extensions" --install-extension "$v"; done
# setsid: own process group, so stop-code-server.sh can end the server and all its helper processes
setsid nohup "$CS" --config "$RUN/config.yaml" --user-data-dir "$RUN/user-data" --extensions-dir "$RUN/extensions" \
  --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
  --ignore-last-opened "${extra[@]}" > "$RUN/server.log" 2>&1 &
echo $! > "$RUN/pid"
for _ in $(seq 1 150); do
  if curl -sf -o /dev/null "http://127.0.0.1:$PORT/healthz"; then echo "code-server $VER up on http://127.0.0.1:$PORT (pid $(cat "$RUN/pid"))"; exit 0; fi
  kill -0 "$(cat "$RUN/pid")" 2>/dev/null || break
  sleep 0.2
done
cat "$RUN/server.log"; echo "code-server did not start"; exit 1
