#!/usr/bin/env python3
"""Answer files written the way other tools write them (issue 24), for the batch benchmark.

The mix of the researcher's review (../shared/reviews/2026-12-07/researcher.md, "Data sets"):
PyYAML safe_dump 45%; PyYAML's default yaml.dump 12% (sorted keys, \\xEB and \\u2018 escapes, lines
folded at 80 columns with \\ continuations, the date as an unquoted YAML date); the old PyYAML flow
style ({answer: ja, note: ...} folded over lines) 5%; JSON with indent=2 15%; JSON on one line with
ensure_ascii 5%; CRLF line ends 10%, a BOM 5%, BOM and CRLF 3%; extensions .yaml, .yml and .json.
Notes with a line break, long notes and notes that look like formulas; a few group answer files.
Every file is valid for the questionnaire (item ids and versions are read from it).

Usage: mixed-shapes.py QUESTIONNAIRE.yaml DIR COUNT [SEED]
Deterministic: the same arguments give the same files (with the same PyYAML).
"""
import datetime
import hashlib
import json
import os
import random
import sys

import yaml

VERSIONS = ["1.0.0", "1.1.0", "1.2.0", "1.3.0"]
ROLES = ["gemeente", "adviesraad", "clientorganisatie", "aanbieder"]
ROLE_WEIGHTS = [40, 30, 20, 10]
# Answer chances by role: the municipality is the most positive about itself.
ANSWER_BIAS = {
    "gemeente": [50, 25, 12, 13],
    "adviesraad": [30, 30, 22, 18],
    "clientorganisatie": [25, 30, 25, 20],
    "aanbieder": [40, 28, 15, 17],
}
ANSWERS = ["ja", "deels", "nee", "weet-niet"]
HARD_THEMES = {"informatieplicht", "kwaliteit", "bekendheid"}
SPECIAL_NAMES = [
    "Súdwest-Fryslân",
    "'s-Hertogenbosch",
    "Rijssen-Holten",
    "Sint-Aveen",
    "Noardeast-Fryslân",
    "Bergen (NH.)",
    "Nuenen, Gerwen en Nederwetten",
]
PARTS_A = ["Zuid", "Noord", "Oost", "West", "Groot", "Klein", "Hoog", "Laag", "Oud", "Nieuw", "Sint", "Ter"]
PARTS_B = ["dam", "veen", "horst", "broek", "wijk", "berg", "hoven", "zande", "lo", "haar", "meer", "beek",
           "dorp", "hem", "sum", "gouw", "ens", "rade", "weerd", "kamp"]
NOTES = [
    "Staat in het beleidsplan, paragraaf 3.",
    "Besproken met de adviesraad; nog niet vastgelegd.",
    "Werkt in de praktijk goed volgens de ondersteuners.",
    "Zie de verordening, artikel 4.",
    "De wachttijd is ongeveer drie weken.",
    "Het ‘keukentafelgesprek’ wordt door het wijkteam gevoerd.",
    "Cliëntondersteuning is gratis; dat staat op de website.",
]
FORMULA_NOTES = [
    "=Geen informatie ontvangen",
    "@gemeente: nog navragen",
    "-1 punt; +2 voor de website",
    "+31 6 nummer van het loket",
]
LONG_NOTE = (
    "De gemeente heeft de onafhankelijke cliëntondersteuning belegd bij een stichting die los staat van "
    "de toegang. In het jaarverslag staat hoeveel inwoners er gebruik van maakten, maar niet of zij tevreden "
    "waren. De adviesraad vraagt om een cliëntervaringsonderzoek waarin ook naar de ‘onafhankelijkheid’ wordt "
    "gevraagd, en om een overzicht per wijk."
)


def municipalities(rnd):
    names = list(SPECIAL_NAMES)
    seen = set(names)
    while len(names) < 342:
        name = rnd.choice(PARTS_A) + rnd.choice(PARTS_B)
        if rnd.random() < 0.3:
            name = name + "-" + rnd.choice(PARTS_A) + rnd.choice(PARTS_B)
        if name not in seen:
            seen.add(name)
            names.append(name)
    return [("GM%04d" % (i + 1), n) for i, n in enumerate(names)]


def items_of(questionnaire):
    out = []
    for theme in questionnaire["themes"]:
        for item in theme["items"]:
            out.append(item)
    return out


def note_text(rnd):
    r = rnd.random()
    if r < 0.08:
        return "Regel 1\nRegel 2"
    if r < 0.16:
        return LONG_NOTE
    if r < 0.24:
        return rnd.choice(FORMULA_NOTES)
    return rnd.choice(NOTES)


def make_answers(rnd, items, version, role, group_size):
    vi = VERSIONS.index(version)
    bias = ANSWER_BIAS[role]
    practice = rnd.random() < 0.35 and vi >= 1
    partial = rnd.random() < 0.15
    answers = {}
    given = {}
    for item in items:
        since = item.get("since", "1.0.0")
        if VERSIONS.index(since) > vi:
            continue
        if item["level"] == "aanbeveling" and not practice:
            continue
        if partial and rnd.random() < 0.4:
            continue
        when = item.get("when")
        if when and given.get(when["item"]) not in when["answer"]:
            continue
        weights = list(bias)
        if item["id"].split(".")[0] in HARD_THEMES:
            weights = [weights[0] // 2, weights[1], weights[2] + weights[0] // 2, weights[3]]
        answer = rnd.choices(ANSWERS, weights)[0]
        given[item["id"]] = answer
        if group_size:
            votes = {answer: rnd.randint(1, group_size)}
            rest = group_size - votes[answer]
            if rest > 0:
                other = rnd.choice([a for a in ANSWERS if a != answer])
                votes[other] = min(rest, votes[answer])
            entry = {"answer": answer, "votes": votes}
            answers[item["id"]] = entry
        elif rnd.random() < 0.18:
            entry = {"answer": answer, "note": note_text(rnd)}
            if rnd.random() < 0.2:
                entry["evidence"] = "Jaarverslag %d, bijlage %d" % (rnd.randint(2014, 2026), rnd.randint(1, 9))
            answers[item["id"]] = entry
        else:
            answers[item["id"]] = answer
    return answers


def make_document(rnd, items, places, k):
    code, name = places[k % len(places)] if rnd.random() < 0.5 else rnd.choice(places)
    written = name
    r = rnd.random()
    if name == "'s-Hertogenbosch" and r < 0.3:
        written = "Den Bosch"
    elif name == "Súdwest-Fryslân" and r < 0.3:
        written = "Sudwest-Fryslan"
    elif r < 0.01:
        written = " %s " % name.upper()
    year = rnd.randint(2015, 2026)
    date = datetime.date(year, rnd.randint(1, 12), rnd.randint(1, 28))
    role = rnd.choices(ROLES, ROLE_WEIGHTS)[0]
    version = rnd.choices(VERSIONS, [15, 20, 40, 25])[0]
    group_size = rnd.randint(2, 6) if rnd.random() < 0.02 else 0
    doc = {"questionnaire": "clientondersteuning-wmo2015", "version": version, "municipality": written}
    if rnd.random() < 0.7:
        doc["gemeentecode"] = code
    respondent = {"role": role}
    if rnd.random() < 0.3:
        respondent["name"] = rnd.choice(["Team Wmo", "Wmo-raad", "J. de Vries", "Marloes Ëlzinga"])
    doc["respondent"] = respondent
    doc["date"] = date
    if group_size:
        doc["group"] = {
            "rule": "meerderheid",
            "members": [
                {
                    "role": role,
                    "date": date.isoformat(),
                    "sha256": hashlib.sha256(("%d-%d" % (k, m)).encode()).hexdigest(),
                }
                for m in range(group_size)
            ],
        }
    if rnd.random() < 0.5:
        meta = {"wave": year, "respondent_id": "R%05d" % rnd.randint(0, 99999)}
        if rnd.random() < 0.3:
            meta["bron"] = rnd.choice(["enquête", "interview", "‘open’ vragenlijst"])
        doc["meta"] = meta
    doc["answers"] = make_answers(rnd, items, version, role, group_size)
    return doc


def with_date_text(doc):
    out = dict(doc)
    out["date"] = doc["date"].isoformat()
    return out


def render(rnd, doc):
    """(text, extension, style) in one of the styles of the mix."""
    r = rnd.random() * 100
    ext = rnd.choice([".yaml", ".yml"])
    if r < 45:
        return yaml.safe_dump(with_date_text(doc), allow_unicode=True, sort_keys=False), ext, "safe_dump"
    if r < 57:
        return yaml.dump(doc), ext, "dump"
    if r < 62:
        return yaml.dump(with_date_text(doc), default_flow_style=None, allow_unicode=True), ext, "flow"
    if r < 77:
        return json.dumps(with_date_text(doc), indent=2, ensure_ascii=False) + "\n", ".json", "json-indent"
    if r < 82:
        return json.dumps(with_date_text(doc)), ".json", "json-line"
    # CRLF, BOM, BOM + CRLF: of a PyYAML dump or indented JSON.
    if rnd.random() < 0.75:
        text = yaml.safe_dump(with_date_text(doc), allow_unicode=True, sort_keys=False)
    else:
        text, ext = json.dumps(with_date_text(doc), indent=2, ensure_ascii=False) + "\n", ".json"
    if r < 92:
        return text.replace("\n", "\r\n"), ext, "crlf"
    if r < 97:
        return "\ufeff" + text, ext, "bom"
    return "\ufeff" + text.replace("\n", "\r\n"), ext, "bom-crlf"


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    questionnaire_path, out_dir, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    with open(questionnaire_path, "rb") as f:
        questionnaire = yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    items = items_of(questionnaire)
    rnd = random.Random(seed)
    places = municipalities(random.Random(seed + 1))
    styles = {}
    # At most 1,000 files per folder, as a researcher's data often comes in folders.
    for k in range(count):
        sub = os.path.join(out_dir, "deel-%03d" % (k // 1000))
        if k % 1000 == 0:
            os.makedirs(sub, exist_ok=True)
        text, ext, style = render(rnd, make_document(rnd, items, places, k))
        styles[style] = styles.get(style, 0) + 1
        with open(os.path.join(sub, "antwoord-%06d%s" % (k, ext)), "w", encoding="utf-8", newline="") as f:
            f.write(text)
    print(json.dumps(styles, sort_keys=True))


if __name__ == "__main__":
    main()
