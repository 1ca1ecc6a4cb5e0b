#!/usr/bin/env python3
"""check_node_engines.py LOCKFILE VERSION [VERSION...]: fails, naming the package, when a
package in an npm lockfile declares an `engines.node` range that one of the given Node.js
versions does not satisfy. setup.sh runs it with the installed node before `npm ci`; the
test `node.engines` runs it with the Node.js Debian 12 ships, so a newer tool that needs a
newer Node.js is caught on a development machine that happens to carry one."""
import json
import re
import sys


def parse_version(text):
    parts = re.findall(r"\d+", text.lstrip("v"))[:3]
    if not parts:
        raise ValueError(f"not a version: {text!r}")
    return tuple(int(p) for p in parts + ["0"] * (3 - len(parts)))


def satisfies_comparator(version, comparator):
    m = re.fullmatch(r"(>=|<=|>|<|=|\^|~)?\s*v?([\dx*.]+)", comparator)
    if not m:
        raise ValueError(f"cannot read the range part {comparator!r}")
    op, bound_text = m.group(1) or "=", m.group(2)
    if bound_text in ("*", "x"):
        return True
    given = len(re.findall(r"\d+", bound_text))
    bound = parse_version(bound_text)
    if op == "=" and given < 3:  # "18" or "18.x" means any 18
        return version[:given] == bound[:given]
    if op == "^":
        upper = (bound[0] + 1, 0, 0) if bound[0] else (0, bound[1] + 1, 0)
        return bound <= version < upper
    if op == "~":
        upper = (bound[0], bound[1] + 1, 0) if given >= 2 else (bound[0] + 1, 0, 0)
        return bound <= version < upper
    return {">=": version >= bound, "<=": version <= bound, ">": version > bound,
            "<": version < bound, "=": version == bound}[op]


def satisfies(version, node_range):
    """npm's range grammar for engines: alternatives joined by ||, each a set of comparators
    (or a hyphen range A - B)."""
    for alternative in node_range.split("||"):
        alternative = alternative.strip()
        hyphen = re.fullmatch(r"(\S+)\s+-\s+(\S+)", alternative)
        comparators = ([">=" + hyphen.group(1), "<=" + hyphen.group(2)] if hyphen
                       else re.findall(r"(?:>=|<=|>|<|=|\^|~)?\s*v?[\dx*.]+", alternative))
        if not comparators:
            comparators = ["*"]
        if all(satisfies_comparator(version, c.replace(" ", "")) for c in comparators):
            return True
    return False


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: check_node_engines.py LOCKFILE VERSION [VERSION...]")
    lock = json.load(open(sys.argv[1], encoding="utf-8"))
    failures = []
    for version_text in sys.argv[2:]:
        version = parse_version(version_text)
        for path, package in sorted(lock.get("packages", {}).items()):
            node_range = (package.get("engines") or {}).get("node")
            if not path or node_range is None or package.get("os") and "linux" not in package["os"]:
                continue
            if not satisfies(version, node_range):
                name = path.rsplit("node_modules/", 1)[-1]
                failures.append(f"{name}@{package.get('version')} needs Node.js {node_range}, "
                                f"but setup.sh gives {version_text}: pin a version whose "
                                f"engines.node accepts {version_text} in tests/node/package.json")
    for failure in failures:
        print(f"{sys.argv[1]}: {failure}", file=sys.stderr)
    if not failures:
        print(f"every engines.node in {sys.argv[1]} accepts Node.js {', '.join(sys.argv[2:])}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
