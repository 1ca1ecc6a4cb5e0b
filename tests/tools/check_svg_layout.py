#!/usr/bin/env python3
"""Checks a view for overlapping boxes and clipped text: check_svg_layout.py FILE.dot...

Runs Graphviz (`dot -Txdot`) on the DOT that `jmap build -o FILE.dot` wrote: xdot
gives every text's position and its width as Graphviz's own font measurement found
it, and every node's box. Then:
- every node lies inside the picture;
- every text line lies inside its node (or its cluster, for stage labels), left to
  right and top to bottom;
- in computed views (layout=nop2), two nodes with text are either apart or one holds
  the other, never half over each other (shapes without text are backdrops).
Prints one line per problem (at most 50) and exits 1 if there is any.
"""
import re
import subprocess
import sys

STATEMENT = re.compile(r'^\s*(?:"((?:[^"\\]|\\.)*)"|(\w+))\s*\[(.*?)\];\s*$', re.S | re.M)
ATTRIBUTE = re.compile(r'(\w+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s\]]+))', re.S)


def unquote(text):
    return text.replace('\\"', '"').replace("\\\\", "\\")


def attributes(body):
    return {m.group(1): unquote(m.group(2)) if m.group(2) is not None else m.group(3) for m in ATTRIBUTE.finditer(body)}


def texts(ldraw):
    """(x, y, justify, width, size, text) of each T operation of an xdot _ldraw_."""
    out, size, i = [], 14.0, 0
    data = ldraw.encode("utf-8")
    tokens = data
    while i < len(tokens):
        if tokens[i:i + 1].isspace():
            i += 1
            continue
        op = chr(tokens[i])
        i += 1

        def number():
            nonlocal i
            while tokens[i:i + 1].isspace():
                i += 1
            start = i
            while i < len(tokens) and not tokens[i:i + 1].isspace():
                i += 1
            return float(tokens[start:i])

        def counted():
            nonlocal i
            n = int(number())
            while tokens[i:i + 1] != b"-":
                i += 1
            value = tokens[i + 1:i + 1 + n].decode("utf-8", "replace")
            i += 1 + n
            return value

        if op == "F":
            size = number()
            counted()
        elif op in "cCS":
            counted()
        elif op == "t":
            number()
        elif op == "T":
            x, y, justify, width = number(), number(), number(), number()
            out.append((x, y, justify, width, size, counted()))
        elif op in "EeI":
            for _ in range(4):
                number()
        elif op in "PpLBb":
            for _ in range(2 * int(number())):
                number()
        else:
            raise ValueError(f"unknown xdot operation {op!r}")
    return out


def text_problems(name, box, items):
    left, bottom, right, top = box  # Graphviz: y grows upwards
    problems = []
    slack = max(1, 1e-4 * max(abs(left), abs(right)))  # xdot's %g: six digits
    for x, y, justify, width, size, text in items:
        start = x if justify < 0 else x - width / 2 if justify == 0 else x - width
        if start < left - slack or start + width > right + slack:
            problems.append(f"{name}: text '{text[:40]}' does not fit across ({width:.0f} wide, box {left:.0f}..{right:.0f})")
        if y - 0.25 * size < bottom - 1 or y + 0.75 * size > top + 1:
            problems.append(f"{name}: text '{text[:40]}' clipped at the top or bottom")
    return problems


def check(path):
    xdot = subprocess.run(["dot", "-Txdot", path], check=True, capture_output=True, text=True).stdout
    xdot = xdot.replace("\\\n", "")
    computed = "layout=nop2" in xdot
    # xdot prints positions with %g (six digits): a computed view's own pos and size are exact.
    with open(path, encoding="utf-8") as source:
        pinned = {unquote(m.group(1) or m.group(2)): attributes(m.group(3)) for m in STATEMENT.finditer(source.read())}
    problems, cards = [], []
    graph_bb = None
    clusters = []
    for match in STATEMENT.finditer(xdot):
        name = unquote(match.group(1) or match.group(2))
        attrs = attributes(match.group(3))
        if name in ("graph", "node", "edge"):
            if name == "graph" and "bb" in attrs:
                bb = [float(v) for v in attrs["bb"].split(",")]
                if graph_bb is None:
                    graph_bb = bb
                else:
                    clusters.append((attrs.get("id", "cluster"), bb, attrs.get("_ldraw_", "")))
            continue
        if "pos" not in attrs or "width" not in attrs or attrs.get("style") == "invis":
            continue
        exact = pinned.get(name, {}) if computed else {}
        shape = exact if all(key in exact for key in ("pos", "width", "height")) else attrs
        cx, cy = (float(v) for v in shape["pos"].rstrip("!").split(",")[:2])
        w, h = float(shape["width"]) * 72, float(shape["height"]) * 72
        box = (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
        node_id = attrs.get("id", name)
        # Graphviz prints bb with %g (six digits): a picture 200,000 points wide is off by tens.
        slack = max(1, 1e-4 * max(abs(v) for v in graph_bb)) if graph_bb else 1
        if graph_bb and (box[0] < graph_bb[0] - slack or box[2] > graph_bb[2] + slack or box[1] < graph_bb[1] - slack or box[3] > graph_bb[3] + slack):
            problems.append(f"{node_id}: outside the picture")
        items = texts(attrs.get("_ldraw_", ""))
        problems += text_problems(node_id, box, items)
        if items:  # shapes without text (bands, rules, markers) are backdrops
            cards.append((node_id, box))
    for cluster_id, bb, ldraw in clusters:
        problems += text_problems(cluster_id, bb, texts(ldraw))
    if computed:
        cards.sort(key=lambda item: item[1][0])
        for i, (a, (al, ab, ar, at)) in enumerate(cards):
            for b, (bl, bb_, br, bt) in cards[i + 1:]:
                if bl >= ar - 0.5:
                    break
                if bb_ >= at - 0.5 or ab >= bt - 0.5:
                    continue
                a_holds_b = al <= bl + 0.5 and ab <= bb_ + 0.5 and ar >= br - 0.5 and at >= bt - 0.5
                b_holds_a = bl <= al + 0.5 and bb_ <= ab + 0.5 and br >= ar - 0.5 and bt >= at - 0.5
                if not (a_holds_b or b_holds_a):
                    problems.append(f"{a} and {b} overlap")
    return problems


def main():
    problems = []
    for path in sys.argv[1:]:
        problems += [f"{path}: {p}" for p in check(path)]
    for problem in problems[:50]:
        print(problem)
    if len(problems) > 50:
        print(f"... and {len(problems) - 50} more")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
