#!/usr/bin/env python3
"""Checks an output built from a hostile journey against the same journey built with
plain text (the baseline): no element, attribute or link came from the payload.

  check_hostile.py write TEMPLATE PAYLOAD      the journey, each '@P@ label' as "PAYLOAD label"
  check_hostile.py html OUT BASELINE PAYLOAD   the page's visible text holds PAYLOAD literally
  check_hostile.py svg OUT BASELINE
  check_hostile.py markdown OUT.html BASELINE.html PAYLOAD
                  a Markdown page as GitHub renders it (cmark-gfm): the very same elements
  check_hostile.py json OUT BASELINE PAYLOAD   the same shape; the title holds PAYLOAD
  check_hostile.py mermaid OUT BASELINE        the same lines: keywords, sections, tasks
PAYLOAD is a JSON string. No output holds a C0 or C1 control (tab and line ends aside).
Exit 1 with the reasons on stderr when a check fails."""
import collections
import html.parser
import json
import re
import sys
import xml.etree.ElementTree as ET

# Elements a payload must never add: they run code, load things or restyle the page.
WATCHED = {"script", "iframe", "img", "a", "style", "foreignobject", "object", "embed", "link",
           "meta", "base", "form", "input", "textarea", "svg", "body", "html", "head", "title", "use", "image"}


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = collections.Counter()
        self.all_tags = collections.Counter()  # every element, watched or not
        self.bad = []
        self.text = []
        self.scripts = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += tag in WATCHED
        self.all_tags[tag] += 1
        check_attrs(tag, attrs, self.bad)
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        (self.scripts if self._in_script else self.text).append(data)


def check_attrs(tag, attrs, bad):
    for name, value in attrs:
        name = name.lower().split("}")[-1]
        value = (value or "").strip().lower()
        if name.startswith("on"):
            bad.append(f"<{tag}> has an event handler {name}")
        if name in ("href", "src", "action", "formaction") and value.startswith(("javascript:", "data:text/html")):
            bad.append(f"<{tag}> links to {value[:40]}")


def parse_page(path):
    page = Page()
    with open(path, encoding="utf-8") as f:
        page.feed(f.read())
    page.close()
    return page


def svg_tags(path, bad):
    tags = collections.Counter()
    for element in ET.parse(path).iter():
        tag = element.tag.split("}")[-1].lower()
        tags[tag] += tag in WATCHED
        check_attrs(tag, element.attrib.items(), bad)
    return tags


def compare(tags, baseline, bad):
    for tag in sorted(set(tags) | set(baseline)):
        if tags[tag] != baseline[tag]:
            bad.append(f"{tags[tag]} <{tag}> elements; the plain journey has {baseline[tag]}")


CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def yaml_string(text):
    """A YAML double-quoted scalar: JSON's escapes, plus what YAML reads as a line break
    or refuses raw (C1 controls, U+2028, U+2029)."""
    quoted = json.dumps(text, ensure_ascii=False)
    return re.sub("[\x7f-\x9f\u2028\u2029\ufeff]", lambda m: "\\u%04x" % ord(m.group()), quoted)


def write(template, payload):
    with open(template, encoding="utf-8") as f:
        text = f.read()
    sys.stdout.write(re.sub(r"'@P@ ([^']*)'", lambda m: yaml_string(payload + " " + m.group(1)), text))
    return 0


def bare(text):
    """Text without white space or controls: an escaper may drop or replace those."""
    return re.sub(r"[\s\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\ufeff]", "", text)


def controls(path, bad):
    with open(path, encoding="utf-8") as f:
        found = CONTROLS.search(f.read())
    if found:
        bad.append(f"a raw control character U+{ord(found.group()):04X}")


def shape(value):
    """A JSON value with its strings and numbers taken out: keys, types and lengths."""
    if isinstance(value, dict):
        return {key: shape(item) for key, item in value.items()}
    if isinstance(value, list):
        return [shape(item) for item in value]
    return type(value).__name__


MERMAID_KEYWORD = re.compile(r"^(\s*)(journey|title|accTitle|accDescr|section)\b")


def mermaid_lines(path):
    """Each line as what Mermaid reads it as: a keyword, or a task with its two colons."""
    kinds = []
    with open(path, encoding="utf-8") as f:
        for line in f.read().splitlines():
            keyword = MERMAID_KEYWORD.match(line)
            kinds.append(keyword.group(1) + keyword.group(2) if keyword else f"task with {line.count(':')} colons")
    return kinds


def main(argv):
    if argv[1] == "write":
        return write(argv[2], json.loads(argv[3]))
    kind, out, base = argv[1], argv[2], argv[3]
    bad = []
    controls(out, bad)
    if kind == "html":
        page, plain = parse_page(out), parse_page(base)
        bad += page.bad
        compare(page.tags, plain.tags, bad)
        if "".join(page.scripts) != "".join(plain.scripts):
            bad.append("the page's scripts differ from the plain journey's")
        if bare(json.loads(argv[4]) + " title") not in bare("".join(page.text)):
            bad.append("the title is not shown literally")
    elif kind == "markdown":
        page, plain = parse_page(out), parse_page(base)
        bad += page.bad
        compare(page.all_tags, plain.all_tags, bad)
        if bare(json.loads(argv[4]) + " title") not in bare("".join(page.text)):
            bad.append("the title is not shown literally")
    elif kind == "json":
        with open(out, encoding="utf-8") as f, open(base, encoding="utf-8") as g:
            data, plain = json.load(f), json.load(g)
        if shape(data) != shape(plain):
            bad.append("the JSON's shape differs from the plain journey's")
        if bare(data.get("title", "")) != bare(json.loads(argv[4]) + " title"):
            bad.append(f"the title is not the payload: {data.get('title', '')[:80]!r}")
    elif kind == "mermaid":
        ours, plain = mermaid_lines(out), mermaid_lines(base)
        if ours != plain:
            bad.append(f"the Mermaid lines differ from the plain journey's: {ours} against {plain}")
    else:
        compare(svg_tags(out, bad), svg_tags(base, []), bad)
    for reason in bad:
        print(f"{out}: {reason}", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
