#!/usr/bin/env python3
"""Checks a deck jmap wrote (`build -o deck.pptx`) against the journey's model view
(`build --format json`): a zip Python reads, well-formed XML parts, a 16:9 presentation
with a title slide, the whole picture and one slide per stage, each picture inside its
slide and centred, and each stage's objective, KPIs (met/missed) and pains (P1...,
severity) in its notes. Usage: check_pptx.py DECK.pptx MODEL.json; exit 1 with the reasons."""
import json
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main",
      "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
SLIDE_W, SLIDE_H = 12192000, 6858000
problems = []


def check(ok, message):
    if not ok:
        problems.append(message)


def shown(text):
    """A journey text as a slide holds it: line breaks as spaces, other controls dropped."""
    return re.sub(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", "", re.sub(r"[\r\n]", " ", text))


def texts(root):
    return [t.text or "" for t in root.iter("{%s}t" % NS["a"])]


def check_package(deck):
    check(deck.testzip() is None, "a member's CRC does not match")
    names = deck.namelist()
    check(names[0] == "[Content_Types].xml", "[Content_Types].xml is not the first member")
    parts = {}
    for name in names:
        if name.endswith((".xml", ".rels")):
            try:
                parts[name] = ET.fromstring(deck.read(name))
            except ET.ParseError as error:
                problems.append(f"{name}: not well-formed: {error}")
    types = deck.read("[Content_Types].xml").decode()
    for name in names:
        if name.endswith(".xml") and not name.startswith("["):
            check(f'PartName="/{name}"' in types, f"{name} has no content type")
    return parts


def check_pictures(deck, parts, slides):
    for number in range(2, slides + 1):
        slide = parts[f"ppt/slides/slide{number}.xml"]
        pics = slide.findall(".//p:pic", NS)
        check(len(pics) == 1, f"slide {number}: {len(pics)} pictures, not 1")
        if not pics:
            continue
        check(pics[0].find(".//p:cNvPr", NS).get("descr"), f"slide {number}: the picture has no alt text")
        off = pics[0].find(".//a:off", NS)
        ext = pics[0].find(".//a:ext", NS)
        x, y, cx, cy = (int(off.get("x")), int(off.get("y")), int(ext.get("cx")), int(ext.get("cy")))
        check(0 <= x and x + cx <= SLIDE_W and 0 <= y and y + cy <= SLIDE_H, f"slide {number}: the picture leaves the slide")
        check(abs(x + cx / 2 - SLIDE_W / 2) <= 1, f"slide {number}: the picture is not centred")
        png = deck.read(f"ppt/media/image{number}.png")
        width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
        check(abs(width / height - cx / cy) < 0.01, f"slide {number}: the picture's aspect is not the PNG's")


def notes_text(parts, number):
    return "\n".join(texts(parts[f"ppt/notesSlides/notesSlide{number}.xml"]))


def check_notes(parts, model):
    every_pain = lambda stage: [p for step in stage["steps"] for p in step.get("pains", [])] + stage.get("pains", [])
    for index, stage in enumerate(model["stages"]):
        number = index + 3  # after the title slide and the whole picture
        notes = notes_text(parts, number)
        title = texts(parts[f"ppt/slides/slide{number}.xml"])
        check(title and title[0] == shown(stage["name"]), f"slide {number}: title {title[:1]}, not {stage['name']!r}")
        if stage.get("objective"):
            check("Objective: " + shown(stage["objective"]) in notes, f"slide {number}: the notes lack the objective")
        for kpi in stage.get("kpis", []):
            status = {"met": "Met", "missed": "Missed"}.get(kpi.get("status"), "No data")
            line = next((l for l in notes.splitlines() if l.startswith(shown(kpi["name"]) + ":")), "")
            check(line.endswith(status), f"slide {number}: KPI {kpi['name']!r} not noted as {status}")
        for pain in every_pain(stage):
            wanted = re.compile(rf"^{pain['label']} \({pain['severity']}\)( · [^\n]*)?: {re.escape(shown(pain['text']))}$", re.M)
            check(wanted.search(notes), f"slide {number}: the notes lack {pain['label']} ({pain['severity']})")


def main():
    deck = zipfile.ZipFile(sys.argv[1])
    model = json.load(open(sys.argv[2], encoding="utf-8"))
    parts = check_package(deck)
    size = parts["ppt/presentation.xml"].find("p:sldSz", NS)
    check(size is not None and size.get("cx") == str(SLIDE_W) and size.get("cy") == str(SLIDE_H), "the slides are not 16:9")
    slides = len(parts["ppt/presentation.xml"].findall("p:sldIdLst/p:sldId", NS))
    check(slides == 2 + len(model["stages"]), f"{slides} slides for {len(model['stages'])} stages")
    check(texts(parts["ppt/slides/slide1.xml"])[:1] == [shown(model["title"])], "the title slide does not show the title")
    check(all(f"ppt/notesSlides/notesSlide{n}.xml" in parts for n in range(2, slides + 1)), "a picture slide has no notes")
    check_pictures(deck, parts, slides)
    check_notes(parts, model)
    for problem in problems:
        print(f"{sys.argv[1]}: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
