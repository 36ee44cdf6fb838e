#!/usr/bin/env python3
"""The script a researcher would write instead of `zelftest batch` (issue 24), for the benchmark.

Walks the folders, reads each .yaml/.yml file with PyYAML's C loader (CSafeLoader, libyaml) and each
.json file with json, scores it as docs/scoring.md says (the `when` condition, weights, exact
fractions, half-up rounding to one decimal; the legal part through the VNG lens and the law lens,
good practice with "not filled in" as empty; overall and per theme) and writes a wide CSV, one row
per file. Like the researcher's, it does not validate: a file it cannot read is skipped and counted.

Usage: python-route.py QUESTIONNAIRE.yaml OUT.csv DIR...
"""
import csv
import json
import os
import sys
from fractions import Fraction

import yaml

Loader = getattr(yaml, "CSafeLoader", None)
if Loader is None:
    sys.exit("PyYAML without libyaml (no CSafeLoader)")

STATUS = {"ja": "voldoet", "deels": "deels", "nee": "voldoet-niet", "weet-niet": "onbekend"}
# Points in halves, so that the arithmetic stays in integers (exact, and fast).
HALVES = {"ja": 2, "deels": 1, "nee": 0, "weet-niet": 0}
RANK = {"voldoet-niet": 0, "onbekend": 1, "deels": 2, "voldoet": 3}


def verdict_and_score(outcomes):
    """outcomes: (status, halves, weight) of the items that apply; weights integers or Fractions."""
    if not outcomes:
        return None, None
    verdict = min((o[0] for o in outcomes), key=RANK.__getitem__)
    # score in tenths = 1000 × Σ(w × halves) / (2 × Σw), rounded half up: floor(x + 1/2).
    num = 1000 * sum(o[2] * o[1] for o in outcomes)
    den = 2 * sum(o[2] for o in outcomes)
    tenths = (2 * num + den) // (2 * den)
    return verdict, int(tenths) / 10


def weight_of(w):
    f = Fraction(str(w))
    return f.numerator if f.denominator == 1 else f


def load_questionnaire(path):
    with open(path, "rb") as f:
        q = yaml.load(f, Loader=Loader)
    themes = []
    for theme in q["themes"]:
        items = []
        for item in theme["items"]:
            legal = item.get("legal") or {}
            items.append(
                {
                    "id": item["id"],
                    "level": item["level"],
                    "weight": weight_of(item.get("weight", 1)),
                    "when": item.get("when"),
                    "vng": bool(legal.get("vng2015")),
                    "wet": legal.get("kind") == "wet",
                }
            )
        themes.append((theme["id"], items))
    any_vng = any(i["vng"] for _, items in themes for i in items)
    return themes, any_vng


def read(path):
    with open(path, "rb") as f:
        data = f.read()
    text = data.decode("utf-8-sig")
    if path.endswith(".json"):
        return json.loads(text)
    return yaml.load(text, Loader=Loader)


def score(doc, themes, any_vng):
    answers = doc.get("answers") or {}
    given = {}
    for k, v in answers.items():
        given[k] = v if isinstance(v, str) else v.get("answer")
    row = {}
    lenses = {"vng": [], "wet": [], "practice": []}
    per_theme = []
    for theme_id, items in themes:
        t = {"vng": [], "wet": [], "practice": []}
        practice_answered = False
        for item in items:
            when = item["when"]
            if when and given.get(when["item"]) not in when["answer"]:
                continue
            answer = given.get(item["id"])
            status = STATUS[answer] if answer else "onbekend"
            points = HALVES[answer] if answer else 0
            outcome = (status, points, item["weight"])
            if item["level"] == "wettelijk":
                if item["vng"] or not any_vng:
                    t["vng"].append(outcome)
                if item["wet"]:
                    t["wet"].append(outcome)
            else:
                t["practice"].append(outcome)
                if answer:
                    practice_answered = True
        for k in lenses:
            lenses[k].extend(t[k])
        per_theme.append((theme_id, t, practice_answered))
    filled = any(p for _, _, p in per_theme)
    row["verdict"], row["score"] = verdict_and_score(lenses["vng"])
    row["law_verdict"], row["law_score"] = verdict_and_score(lenses["wet"])
    if filled:
        row["practice_verdict"], row["practice_score"] = verdict_and_score(lenses["practice"])
    else:
        row["practice_verdict"], row["practice_score"] = None, None
    for theme_id, t, answered in per_theme:
        row[theme_id + "_verdict"], row[theme_id + "_score"] = verdict_and_score(t["vng"])
        row[theme_id + "_law_score"] = verdict_and_score(t["wet"])[1]
        row[theme_id + "_practice_score"] = verdict_and_score(t["practice"])[1] if answered else None
    return row


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    themes, any_vng = load_questionnaire(sys.argv[1])
    paths = []
    for top in sys.argv[3:]:
        for folder, dirs, names in os.walk(top):
            dirs.sort()
            for name in sorted(names):
                if name.endswith((".yaml", ".yml", ".json")):
                    paths.append(os.path.join(folder, name))
    columns = ["file", "municipality", "role", "date", "verdict", "score", "law_verdict", "law_score",
               "practice_verdict", "practice_score"]
    for theme_id, _ in themes:
        columns += [theme_id + s for s in ("_verdict", "_score", "_law_score", "_practice_score")]
    skipped = 0
    with open(sys.argv[2], "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(columns)
        for path in paths:
            try:
                doc = read(path)
                row = score(doc, themes, any_vng)
            except Exception:
                skipped += 1
                continue
            row["file"] = path
            row["municipality"] = str(doc.get("municipality", "")).strip()
            row["role"] = (doc.get("respondent") or {}).get("role", "")
            row["date"] = str(doc.get("date", ""))
            writer.writerow(["" if row.get(c) is None else row[c] for c in columns])
    print("%d files, %d skipped" % (len(paths), skipped))


if __name__ == "__main__":
    main()
