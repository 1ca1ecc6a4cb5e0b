#!/usr/bin/env python3
"""compare_drawings.py JMAP.svg DOT.svg [--layout fixed|graphviz]

jmap draws SVG with its own text metrics; `dot -Tsvg` on jmap's DOT measures with pango.
For a picture jmap laid out (`fixed`: the map, the blueprint) the two must be the same
line for line, except that a text run after the first on a line may start a few points
apart (its x follows the measured width of the run before it). For the flow, which
Graphviz lays out (`graphviz`), node sizes follow the measured text, so coordinates
differ: the same elements (ids, classes) and the same texts must come in the same order.
Exit 1 with the first difference."""
import re
import sys

TOLERANCE = 3.0  # points: the metrics table against pango, over one run of text
NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def drawing(path):
    """The SVG without jmap's accessibility labels (title, desc, role, aria-hidden)."""
    lines = []
    for line in open(path, encoding="utf-8").read().splitlines():
        if line.startswith("<title") or line.startswith("<desc"):
            continue
        line = re.sub(r' role="img" aria-labelledby="[^"]*"', "", line)
        lines.append(line.replace(' aria-hidden="true"', ""))
    return lines


def same_but_text_x(a, b):
    if not (a.startswith("<text") and b.startswith("<text")):
        return False
    xa, xb = re.search(r' x="([^"]*)"', a), re.search(r' x="([^"]*)"', b)
    if not xa or not xb or abs(float(xa.group(1)) - float(xb.group(1))) > TOLERANCE:
        return False
    return a.replace(xa.group(0), "") == b.replace(xb.group(0), "")


def compare_fixed(ours, theirs):
    if len(ours) != len(theirs):
        return f"{len(ours)} lines against {len(theirs)}"
    for number, (a, b) in enumerate(zip(ours, theirs), 1):
        if a != b and not same_but_text_x(a, b):
            return f"line {number}:\n  jmap: {a}\n  dot:  {b}"
    return None


def structure(lines):
    """Each line with its numbers taken out: what is drawn, not where."""
    return [NUMBER.sub("#", line) for line in lines if not line.startswith("<svg") and "viewBox" not in line]


def compare_graphviz(ours, theirs):
    a, b = structure(ours), structure(theirs)
    if len(a) != len(b):
        return f"{len(a)} elements against {len(b)}"
    for number, (x, y) in enumerate(zip(a, b), 1):
        if x != y and not (x.startswith("<path") and y.startswith("<path")):  # an edge's points may differ in count
            return f"element {number}:\n  jmap: {x}\n  dot:  {y}"
    return None


def main():
    args = sys.argv[1:]
    layout = "fixed"
    if "--layout" in args:
        at = args.index("--layout")
        layout = args[at + 1]
        del args[at:at + 2]
    ours, theirs = drawing(args[0]), drawing(args[1])
    problem = (compare_fixed if layout == "fixed" else compare_graphviz)(ours, theirs)
    if problem:
        sys.exit(f"{args[0]} and {args[1]} differ at {problem}")


if __name__ == "__main__":
    main()
