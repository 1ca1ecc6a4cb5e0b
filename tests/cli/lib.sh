# Helpers for the CLI tests: each test_*.sh sources this, runs the real binary on real
# files and asserts on what it printed, its exit code and the files it wrote.
set -euo pipefail
: "${JMAP:?JMAP must name the jmap binary}"
: "${JMAP_SOURCE_DIR:?JMAP_SOURCE_DIR must name the source tree}"
export NO_COLOR=1
EXAMPLES="$JMAP_SOURCE_DIR/examples"
DATA="$JMAP_SOURCE_DIR/tests/data"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

fail() {
  echo "FAIL: $*" >&2
  if [ -f "$WORK/out" ]; then echo "--- stdout" >&2; cat "$WORK/out" >&2; fi
  if [ -f "$WORK/err" ]; then echo "--- stderr" >&2; cat "$WORK/err" >&2; fi
  exit 1
}

# run ARGS...: runs jmap, keeps stdout in $WORK/out, stderr in $WORK/err, exit code in $STATUS.
run() {
  set +e
  "$JMAP" "$@" >"$WORK/out" 2>"$WORK/err"
  STATUS=$?
  set -e
}

expect_status() { [ "$STATUS" -eq "$1" ] || fail "expected exit $1, got $STATUS (jmap $*)"; }
# expect_in FILE TEXT: the file holds TEXT as a fixed string.
expect_in() { grep -qF -- "$2" "$1" || fail "expected '$2' in $(basename "$1")"; }
expect_not_in() { ! grep -qF -- "$2" "$1" || fail "did not expect '$2' in $(basename "$1")"; }
# A fresh project root (a .git folder marks it) for tests that write journeys.
new_project() {
  local dir="$WORK/$1"
  mkdir -p "$dir/.git"
  echo "$dir"
}

# write_journey FILE [IMPORT...]: a small valid journey that uses persona `shared-p`
# and touchpoint `shared-t` (from an import when IMPORTs are given, else its own).
write_journey() {
  local file=$1
  shift
  {
    echo "jmap: 1"
    echo "title: Small journey"
    if [ $# -gt 0 ]; then
      echo "imports:"
      for import in "$@"; do echo "  - $import"; done
    else
      echo "personas: [{id: shared-p, name: Shopper}]"
      echo "touchpoints: [{id: shared-t, name: Website, channel: web, kind: digital}]"
    fi
    cat <<'YAML'
stages:
  - id: visit
    name: Visit
    objective: Customers find what they need
    steps:
      - id: look
        name: Looks around
        personas: [shared-p]
        touchpoints: [shared-t]
        emotion: 4
YAML
  } >"$file"
}

# write_catalogue FILE [IMPORT...]: the persona and touchpoint the journey above uses.
write_catalogue() {
  local file=$1
  shift
  {
    echo "jmap: 1"
    if [ $# -gt 0 ]; then
      echo "imports:"
      for import in "$@"; do echo "  - $import"; done
    fi
    echo "personas: [{id: shared-p, name: Shopper}]"
    echo "touchpoints: [{id: shared-t, name: Website, channel: web, kind: digital}]"
  } >"$file"
}

# Debian's python3 has python3-jsonschema and python3-yaml (setup.sh test installs them).
PYTHON=/usr/bin/python3
[ -x "$PYTHON" ] || PYTHON=python3
validate_schema() { "$PYTHON" "$JMAP_SOURCE_DIR/tests/tools/validate_schema.py" "$@"; }
SARIF_TOOLS="$JMAP_SOURCE_DIR/tests/node/node_modules/@microsoft/sarif-multitool-linux"
