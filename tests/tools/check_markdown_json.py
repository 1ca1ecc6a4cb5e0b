#!/usr/bin/env python3
"""check_markdown_json.py PAGE.html MODEL.json: the Markdown page (rendered to HTML by
cmark-gfm) and the JSON model of one journey tell the same truth.

The HTML's table count is the Markdown's tables (personas, a step table per stage with
steps, KPIs, touchpoints), so none was broken by a journey text; every stage, step, pain
(with its number, as on the map) and KPI status of the model shows in the page's text.
Exit 1 lists what is missing.
"""
import html
import json
import re
import sys


def page_text(page):
    cells = re.sub(r"<[^>]+>", " ", page)
    return re.sub(r"\s+", " ", html.unescape(cells))


def expected_tables(model):
    stages = model["stages"]
    kpis = any(stage["kpis"] for stage in stages)
    return (bool(model["personas"]) + sum(1 for stage in stages if stage["steps"]) + kpis +
            bool(model["touchpoints"]))


def missing_texts(model, text):
    wanted = []
    for stage in model["stages"]:
        wanted.append(f"{stage['number']}. {stage['name']}")
        pains = list(stage["pains"])
        for step in stage["steps"]:
            wanted.append(step["name"])
            pains += step["pains"]
        wanted += [f"{pain['label']} {pain['text']} ({pain['severity']})" for pain in pains]
        for kpi in stage["kpis"]:
            label = {"met": "Met", "missed": "Missed", "unknown": "No data"}[kpi["status"]]
            wanted.append(f"{kpi['name']} {stage['name']}")
            wanted.append(label)
    return [item for item in wanted if re.sub(r"\s+", " ", item) not in text]


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        page = handle.read()
    with open(sys.argv[2], encoding="utf-8") as handle:
        model = json.load(handle)
    problems = []
    tables, expected = page.count("<table>"), expected_tables(model)
    if tables != expected:
        problems.append(f"{tables} tables in the page, expected {expected}")
    problems += [f"not in the page: {item!r}" for item in missing_texts(model, page_text(page))]
    for problem in problems:
        print(f"{sys.argv[1]}: {problem}")
    if not problems:
        print(f"{sys.argv[1]}: {tables} tables, every stage, step, pain and KPI")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
