"""Write audit/data/first_names.tsv: first names that tell a person's gender, from open data.

The pronoun rules (audit/language/antecedents.py) read a person's gender from the document: the
pronouns used for them, a title (Mr, Mrs), and a first name whose bearers are nearly all women or
nearly all men ("Angelina", "Sergio"; not "Andrea", "Jean", "Kim", which are both).

    python -m venv /tmp/names && /tmp/names/bin/pip install nomquamgender==0.1.4
    /tmp/names/bin/python scripts/build_first_names.py

Source: nomquamgender 0.1.4 (Van Buskirk et al., MIT licence), name_data.json: for each name the
number of sources that list it, the number of people counted, and the share of them who are women,
p(gf). Kept: names of letters only, listed by at least MIN_SOURCES sources with at least
MIN_COUNT people, whose p(gf) is at most 1 - SURE (men) or at least SURE (women).
"""

from __future__ import annotations

import argparse
import json
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "audit" / "data" / "first_names.tsv"
MIN_SOURCES = 3
MIN_COUNT = 100
SURE = 0.95


def build(data: dict) -> list[tuple[str, str]]:
    out = []
    for name, row in data.items():
        sources, count, pgf = row[0], row[1], row[2]
        if not name.isalpha() or len(name) < 2 or sources < MIN_SOURCES or count < MIN_COUNT:
            continue
        if pgf >= SURE:
            out.append((name, "she"))
        elif pgf <= 1 - SURE:
            out.append((name, "he"))
    return sorted(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="name_data.json (default: the installed nomquamgender's)")
    args = parser.parse_args(argv)
    if args.data:
        data = json.loads(args.data.read_text(encoding="utf-8"))
    else:
        data = json.loads(resources.files("nomquamgender").joinpath("name_data.json").read_text(encoding="utf-8"))
    rows = build(data)
    header = ("# First names and the pronoun of nearly all their bearers (she: p(gf) >= "
              f"{SURE}; he: <= {1 - SURE:.2f}),\n# from nomquamgender 0.1.4 (MIT licence), at least "
              f"{MIN_SOURCES} sources and {MIN_COUNT} people a name.\n# Written by scripts/build_first_names.py: "
              "do not edit by hand.\n")
    OUT.write_text(header + "".join(f"{n}\t{g}\n" for n, g in rows), encoding="utf-8")
    print(f"{len(rows)} names written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
