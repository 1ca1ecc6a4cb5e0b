#!/usr/bin/env python3
"""Writes a large, valid journey for the size tests: gen_journey.py STAGES STEPS [OUT].

Every part of the format is used, with long names (so text must wrap) and
`next` branches and loops, so every view is exercised at size. Deterministic.
"""
import sys

WORDS = ("customer checks the delivery window again because the confirmation email "
         "never arrived and the tracking page keeps showing an outdated estimated time").split()


def phrase(seed, length):
    return " ".join(WORDS[(seed * 7 + i * 3) % len(WORDS)] for i in range(length)).capitalize()


def main():
    stages, steps = int(sys.argv[1]), int(sys.argv[2])
    out = open(sys.argv[3], "w", encoding="utf-8") if len(sys.argv) > 3 else sys.stdout
    w = out.write
    w("jmap: 1\n")
    w(f"title: Generated journey with {stages} stages and {steps} steps per stage, to check that every view holds at size\n")
    w("description: " + phrase(1, 30) + ".\n")
    w("scope: {product: Generated product, team: Test team, goal: " + phrase(2, 12) + "}\n")
    w("scale: {min: 1, max: 5, labels: {1: furious, 2: annoyed, 3: neutral, 4: pleased, 5: delighted}}\n")
    w("personas:\n")
    w("  - {id: first-persona, name: First persona with a rather long name, goals: [" + phrase(3, 9) + "]}\n")
    w("  - {id: second-persona, name: Second persona, frustrations: [" + phrase(4, 9) + "]}\n")
    w("touchpoints:\n")
    for kind, channel in (("digital", "web"), ("physical", "store"), ("human", "phone")):
        w(f"  - {{id: {kind}-point, name: A {kind} touchpoint with a long descriptive name, channel: {channel}, kind: {kind}}}\n")
    w("stages:\n")
    for s in range(stages):
        w(f"  - id: stage-{s + 1}\n")
        w(f"    name: Stage {s + 1} {phrase(s, 6 if s % 3 == 0 else 2)}\n")
        w(f"    objective: {phrase(s + 5, 10)}\n")
        w(f"    reached: {10000 - s * (400 if stages <= 25 else 9900 // stages)}\n")  # never below 0
        w(f"    kpis:\n      - {{id: kpi-{s + 1}, name: {phrase(s, 4)}, target: 50, actual: {40 + s % 20}, unit: '%', source: Generated analytics}}\n")
        w("    steps:\n")
        for t in range(steps):
            sid = f"s{s + 1}-{t + 1}"
            w(f"      - id: {sid}\n")
            w(f"        name: {phrase(s * steps + t, 3 + (s + t) % 9)}\n")
            w(f"        does: {phrase(s + t, 14)}\n")
            w(f"        personas: [{'first-persona' if t % 3 else 'second-persona'}]\n")
            w(f"        touchpoints: [{('digital', 'physical', 'human')[t % 3]}-point]\n")
            w(f"        emotion: {1 + (s + t) % 5}\n")
            w(f"        duration: {1 + t % 9} min\n")
            if (s + t) % 4 == 0:
                w(f"        pains: [{{id: pain-{sid}, text: {phrase(t, 12)}, severity: high}}]\n")
                w(f"        opportunities: [{{id: opp-{sid}, text: {phrase(t + 1, 10)}, addresses: [pain-{sid}]}}]\n")
            if (s + t) % 5 == 0:
                w("        fail_point: true\n")
            w(f"        frontstage: [{phrase(t + 2, 6)}]\n")
            w(f"        backstage: [{phrase(t + 3, 5)}]\n")
            if t % 2 == 0:
                w(f"        support: [{phrase(t + 4, 4)}]\n")
            last = s == stages - 1 and t == steps - 1
            if t == steps - 1 and s > 0 and not last:
                w(f"        next: [s{s + 2}-1, s{s}-1]\n")  # on to the next stage, or back a stage
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
