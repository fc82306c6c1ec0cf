"""Errata: hand-checked slips in the human text that measures false alarms, and their corrections.

The clean English of the development corpus (WMT23 originals and human references) has a few
real slips ("distinctions,,", "parts.While"). Flagging them is right, so they are not false
alarms; an errata file corrects them before that text is used as clean (scripts/false_alarms.py,
bench/synthetic.py), and the figures say how many were corrected.

Each line of the file (JSON Lines) is one slip:
    {"file": "generaltest2023.zh-en.ref.refA.en", "line": 1493, "wrong": "distinctions,,",
     "right": "distinctions,", "note": "doubled comma"}
`line` is 1-based; `wrong` must occur exactly once in that line (after runs of white space are
collapsed to one space), and becomes `right`.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path


class ErrataError(Exception):
    pass


@dataclass(frozen=True)
class Erratum:
    file: str
    line: int
    wrong: str
    right: str
    note: str = ""


def load_errata(path: Path) -> dict[str, dict[int, list[Erratum]]]:
    """The errata by file name and line number; ErrataError names the file and line of a bad entry."""
    out: dict[str, dict[int, list[Erratum]]] = defaultdict(lambda: defaultdict(list))
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise ErrataError(f"{path}: cannot read: {err}") from err
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            entry = json.loads(raw)
            erratum = Erratum(str(entry["file"]), int(entry["line"]), str(entry["wrong"]), str(entry["right"]),
                              str(entry.get("note", "")))
        except (ValueError, KeyError, TypeError) as err:
            raise ErrataError(f"{path}:{number}: not an erratum ({err}): {raw[:80]}") from err
        if not erratum.wrong or erratum.line < 1:
            raise ErrataError(f"{path}:{number}: 'wrong' must be non-empty and 'line' at least 1")
        out[erratum.file][erratum.line].append(erratum)
    return out


def correct(text: str, errata: list[Erratum]) -> str:
    """One line (white space collapsed) with its errata applied."""
    text = " ".join(text.split())
    for e in errata:
        if text.count(e.wrong) != 1:
            raise ErrataError(f"{e.file}:{e.line}: {e.wrong!r} occurs {text.count(e.wrong)} times, not once")
        text = text.replace(e.wrong, e.right)
    return text


def apply_errata(name: str, text: str, errata: dict[str, dict[int, list[Erratum]]]) -> tuple[str, int]:
    """The text of the corpus file `name` (lines split on newlines) with its errata applied, and
    how many were."""
    lines = text.split("\n")
    mine = errata.get(name, {})
    for number, found in mine.items():
        if number > len(lines):
            raise ErrataError(f"{name}:{number}: the file has only {len(lines)} lines")
        lines[number - 1] = correct(lines[number - 1], found)
    return "\n".join(lines), sum(len(v) for v in mine.values())
