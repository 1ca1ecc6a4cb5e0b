# ctest node.engines: every npm test tool runs on the Node.js that setup.sh installs on the
# README's platform (Debian 12: nodejs 18.20.4) and on the one this machine has.
set -euo pipefail
: "${JMAP_SOURCE_DIR:?}"
PYTHON=/usr/bin/python3
[ -x "$PYTHON" ] || PYTHON=python3
check="$JMAP_SOURCE_DIR/tests/tools/check_node_engines.py"
debian12_node=18.20.4
# The control: a tool that needs Node.js 20, as playwright-core 1.62 and later do, must fail
# against Debian 12's Node.js and say which package and what to do.
scratch=$(mktemp -d); trap 'rm -rf "$scratch"' EXIT
cat >"$scratch/lock.json" <<'JSON'
{"packages": {"": {}, "node_modules/playwright-core": {"version": "1.65.1", "engines": {"node": ">=20"}},
 "node_modules/old": {"version": "1.0.0", "engines": {"node": ">=14 <19 || ^22"}}}}
JSON
if "$PYTHON" "$check" "$scratch/lock.json" "$debian12_node" 2>"$scratch/err"; then
  echo "FAIL: a package needing Node.js >=20 passed against $debian12_node"; exit 1
fi
grep -q "playwright-core@1.65.1 needs Node.js >=20, but setup.sh gives 18.20.4" "$scratch/err" ||
  { echo "FAIL: the message does not name the package:"; cat "$scratch/err"; exit 1; }
if grep -q "old@" "$scratch/err"; then echo "FAIL: '>=14 <19 || ^22' should accept 18.20.4"; exit 1; fi
"$PYTHON" "$check" "$scratch/lock.json" 22.1.0 >/dev/null || { echo "FAIL: both ranges accept 22.1.0"; exit 1; }
# The real lockfile, against Debian 12's Node.js and the installed one.
versions=("$debian12_node")
command -v node >/dev/null && versions+=("$(node --version)")
"$PYTHON" "$check" "$JMAP_SOURCE_DIR/tests/node/package-lock.json" "${versions[@]}"
