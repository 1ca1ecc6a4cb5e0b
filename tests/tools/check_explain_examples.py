#!/usr/bin/env python3
"""check_explain_examples.py JMAP WORKDIR: each rule's `jmap explain` examples do what
they say. The bad example, placed where it belongs in a small journey, makes `jmap lint`
report the rule; the good one does not. The rules of other commands run those instead:
`jmap import mermaid` for a Mermaid diagram, `jmap md` for a Markdown page; there the bad
example must also fail (exit 1) and the good one succeed (exit 0). Exit 1 lists every rule
whose examples lie.
"""
import json
import os
import re
import subprocess
import sys

# Where each rule's (bad, good) example goes:
#   top         top-level keys of a journey (they replace the base journey's)
#   stage       an item of `stages:`
#   stage-body  keys of one more stage
#   step-body   keys of one more step
#   kpi         an item of a stage's `kpis:`
#   files       several files, each after a `# NAME.yaml` line; the first is linted
#   config      the project's .jmap.yaml
#   mermaid     a Mermaid diagram, read by `jmap import mermaid BAD.mmd -o OUT.yaml`
#   markdown    a Markdown page, drawn by `jmap md BAD.md -o OUT.md`
#   data        a --data CSV file, read by `jmap lint --data BAD.csv journey.yaml` (a journey
#               with a KPI `conversion` beside it)
CONTEXTS = {
    "syntax": ("top", "top"),
    "duplicate-key": ("top", "top"),
    "too-large": ("top", "top"),
    "too-deep": ("top", "top"),
    "unknown-key": ("top", "top"),
    "wrong-type": ("stage-body", "stage-body"),
    "missing-required": ("top", "top"),
    "unsupported-version": ("top", "top"),
    "bad-value": ("top", "top"),
    "bad-id": ("top", "top"),
    "duplicate-id": ("stage-body", "stage-body"),
    "unknown-reference": ("step-body", "step-body"),
    "emotion-out-of-scale": ("step-body", "step-body"),
    "bad-kpi": ("stage-body", "stage-body"),
    "import-outside-root": ("top", "top"),
    "import-cycle": ("files", "files"),
    "import-missing": ("top", "top"),
    "stage-without-objective": ("stage", "stage"),
    "stage-without-touchpoints": ("stage-body", "stage-body"),
    "kpi-without-target": ("stage-body", "stage-body"),
    "unused-persona": ("top", "stage-body"),
    "unused-touchpoint": ("top", "stage-body"),
    "empty-stage": ("stage", "stage"),
    "unused-suppression": ("stage", "stage"),
    "bad-config": ("config", "config"),
    "pain-without-opportunity": ("step-body", "step-body"),
    "kpi-missed": ("kpi", "kpi"),
    "comment-in-text": ("step-body", "step-body"),
    "funnel-grows": ("stage", "stage"),
    "mermaid": ("mermaid", "mermaid"),
    "jmap-block": ("markdown", "markdown"),
    "bad-data": ("data", "data"),
    "unknown-data-id": ("data", "data"),
    "pain-without-evidence": ("step-body", "step-body"),
    "stale-journey": ("top", "top"),
    "kpi-without-source": ("stage-body", "stage-body"),
    "persona-without-goal": ("top", "top"),
}

# A rule off by default (`jmap rules` says so) is checked with a .jmap.yaml that turns it
# on; today, for stale-journey, is this fixed day (SOURCE_DATE_EPOCH: 2026-11-28).
SOURCE_DATE_EPOCH = "1795824000"

# The contexts checked by another command than `jmap lint`: the file to write, and the
# command's arguments after `jmap` (IN and OUT stand for the file and an output beside it).
COMMANDS = {
    "mermaid": ("diagram.mmd", ["import", "mermaid", "IN", "-o", "OUT.yaml"]),
    "markdown": ("page.md", ["md", "IN", "-o", "OUT.md"]),
    "data": ("data.csv", ["lint", "-f", "human", "--data", "IN", "DIR/journey.yaml"]),
}

# The base journey, by top-level key. Every persona and touchpoint the examples name
# exists; the base step names all but `student` and `sms`, which examples use.
BASE = {
    "jmap": "jmap: 1\n",
    "title": "title: Example\n",
    "personas": "personas: [{id: p, name: Shopper}, {id: student, name: Student}]\n",
    "touchpoints": (
        "touchpoints:\n"
        "  - {id: t, name: Website, channel: web, kind: digital}\n"
        "  - {id: instagram, name: Instagram, channel: social}\n"
        "  - {id: app, name: App, channel: app}\n"
        "  - {id: sms, name: SMS, channel: sms}\n"
    ),
    "stages": (
        "stages:\n"
        "  - id: visit\n"
        "    name: Visit\n"
        "    objective: Customers find what they need\n"
        "    steps:\n"
        "      - {id: look, name: Looks, personas: [p], touchpoints: [t, instagram, app]}\n"
    ),
}
CATALOGUE = "personas: [{id: parent, name: Parent}]\n"


def indent(text, spaces):
    return "".join(" " * spaces + line if line.strip() else line for line in text.splitlines(True))


def journey(extra_stage="", top=""):
    """The base journey; `top` keys replace the base's, `extra_stage` is one more stage."""
    replaced = set(re.findall(r"^([A-Za-z_]+):", top, re.M))
    text = "".join(block for key, block in BASE.items() if key not in replaced)
    if extra_stage and "stages" not in replaced:
        text += indent(extra_stage, 2)
    return text + top


def place(context, example):
    """The files to write for an example: {name: text}; the first is linted."""
    example += "\n"
    if context == "top":
        return {"journey.yaml": journey(top=example)}
    if context == "stage":
        return {"journey.yaml": journey(extra_stage=example)}
    if context == "stage-body":
        return {"journey.yaml": journey(extra_stage="- id: extra\n  name: Extra\n  objective: More\n" + indent(example, 2))}
    if context == "step-body":
        step = "- id: extra-step\n  name: Extra step\n" + indent(example, 2)
        return {"journey.yaml": journey(extra_stage="- id: extra\n  name: Extra\n  objective: More\n  steps:\n" + indent(step, 4))}
    if context == "kpi":
        return {"journey.yaml": journey(extra_stage="- id: extra\n  name: Extra\n  objective: More\n  kpis:\n    - " + example)}
    if context == "files":
        parts = re.split(r"^# ([\w.-]+\.yaml)\b.*\n?", example, flags=re.M)[1:]
        return {name: journey(top=body) for name, body in zip(parts[0::2], parts[1::2])}
    if context == "config":
        return {"journey.yaml": journey(), ".jmap.yaml": example}
    if context == "data":
        kpi = '- id: extra\n  name: Extra\n  objective: More\n  kpis:\n    - {id: conversion, name: Conversion, unit: "%", target: 3}\n'
        return {"data.csv": example, "journey.yaml": journey(extra_stage=kpi)}
    if context in COMMANDS:
        return {COMMANDS[context][0]: example}
    raise ValueError(context)


def examples(jmap, rule):
    """The bad and good examples of `jmap explain RULE`, unindented."""
    text = subprocess.run([jmap, "explain", rule], capture_output=True, text=True, check=True).stdout
    bad = text.split("\nBad:\n", 1)[1].split("\nGood:\n", 1)[0]
    good = text.split("\nGood:\n", 1)[1]
    dedent = lambda block: "\n".join(line[4:] for line in block.rstrip("\n").split("\n"))
    return dedent(bad), dedent(good)


def write_files(folder, files):
    os.makedirs(os.path.join(folder, ".git"), exist_ok=True)
    os.makedirs(os.path.join(folder, "catalog"), exist_ok=True)
    with open(os.path.join(folder, "catalog", "personas.yaml"), "w") as handle:
        handle.write(CATALOGUE)
    for name, text in files.items():
        with open(os.path.join(folder, name), "w") as handle:
            handle.write(text)
    return os.path.join(folder, next(iter(files)))


def rules_reported(jmap, folder, files):
    first = write_files(folder, files)
    result = subprocess.run([jmap, "lint", "-f", "json", first], capture_output=True, text=True)
    if result.returncode not in (0, 1):
        raise RuntimeError(f"jmap lint exit {result.returncode}: {result.stderr}")
    return {finding["rule"] for finding in json.loads(result.stdout)}


# A human-format finding ends with its rule: "FILE:LINE:COL: error: MESSAGE [rule]".
FINDING = re.compile(r": (?:error|warning|info): .*\[([a-z][a-z-]*)\]$", re.M)


def command_reported(jmap, folder, context, files):
    """The rules the context's command reports, and its exit status."""
    first = write_files(folder, files)
    out = os.path.join(folder, "out")
    arguments = [first if a == "IN" else a.replace("OUT", out).replace("DIR", folder) for a in COMMANDS[context][1]]
    result = subprocess.run([jmap, *arguments], capture_output=True, text=True)
    if result.returncode not in (0, 1):
        raise RuntimeError(f"jmap {' '.join(arguments)} exit {result.returncode}: {result.stderr}")
    return set(FINDING.findall(result.stdout + result.stderr)), result.returncode


def check(jmap, rule, which, context, example, should, folder, off_by_default=False):
    """What is wrong with one example, or None."""
    files = place(context, example)
    if off_by_default:
        files[".jmap.yaml"] = f"rules: {{{rule}: warning}}\n"
    if context not in COMMANDS:
        reported, status, expected = rules_reported(jmap, folder, files), None, None
    else:
        (reported, status), expected = command_reported(jmap, folder, context, files), 1 if should else 0
    if (rule in reported) != should:
        return (f"{rule}: the {which} example {'does not report' if should else 'reports'} it "
                f"(found: {', '.join(sorted(reported)) or 'nothing'}; files in {folder})")
    if status != expected:
        return f"{rule}: the {which} example exits {status}, expected {expected} (files in {folder})"
    return None


def main():
    jmap, work = sys.argv[1], sys.argv[2]
    os.environ["SOURCE_DATE_EPOCH"] = SOURCE_DATE_EPOCH
    listed = subprocess.run([jmap, "rules"], capture_output=True, text=True, check=True).stdout
    off = {m.group(1) for m in re.finditer(r"^(\S+) +off by default ", listed, re.M)}
    failures = []
    for rule in (line.split()[0] for line in listed.splitlines() if line.strip()):
        if rule not in CONTEXTS:
            failures.append(f"{rule}: no context in check_explain_examples.py")
            continue
        bad, good = examples(jmap, rule)
        for which, example, context, should in (("bad", bad, CONTEXTS[rule][0], True), ("good", good, CONTEXTS[rule][1], False)):
            failure = check(jmap, rule, which, context, example, should, os.path.join(work, rule, which), rule in off)
            if failure:
                failures.append(failure)
    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
