"""Numbers set the source's way: German ordinal dots ("the 5. place"), spaced scores and ranges
("0: 1", "from 50: 65"), spaced unit slashes ("km / h")."""

from __future__ import annotations

from functools import cache

import regex

from audit.language.lexicon import english
from audit.language.spans import word_before
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule

# a small number's dot where no sentence ends: before a comma or a closing bracket at the start of
# a bracket or a list item ("(51., Gosens)", "(Serdar, 74.)"), or before a lowercase word or a
# month after a determiner or a preposition ("the 5. place", "on 5. May")
_LISTED = regex.compile(r"(?<=\(|, )(\d{1,3})(\.)(?=[,)])")
_BEFORE_WORD = regex.compile(r"(?<![\d.,])(\d{1,3})(\.)[ \t\u00a0]+(?=(\p{L}+))")


@cache
def _months() -> frozenset[str]:
    """English month names and abbreviations (CLDR, through babel)."""
    from babel.dates import get_month_names

    return frozenset(n.lower().rstrip(".") for width in ("wide", "abbreviated") for n in get_month_names(width, locale="en").values())


def ordinal_suffix(number: int) -> str:
    """The English ordinal suffix of a number by CLDR's ordinal plural rules (babel): 1st, 2nd, 3rd, 11th."""
    from babel import Locale

    return english()["ordinal_suffixes"][Locale("en").ordinal_form(number)]


def ordinal_dots(text: str) -> list[regex.Match]:
    """The dots of numbers written as German ordinals; group 1 the number, group 2 the dot."""
    data = english()
    before = data["determiners"] | data["before_numbers"]
    found = list(_LISTED.finditer(text))
    for m in _BEFORE_WORD.finditer(text):
        word = m.group(3)
        if word_before(text, m.start()).lower() not in before:
            continue
        if word.lower() in _months() or (word[0].islower() and word_before(text, m.start()).lower() in data["determiners"]):
            found.append(m)
    return sorted(found, key=lambda m: m.start())


@rule(
    "C016",
    "ordinal-dot",
    category=Category.PUNCTUATION,
    severity=Severity.MINOR,
    example="The team finished in the 5. place, its worst result since 5. May 2019.",
)
def ordinal_dot(ctx: Context, emit: Emit) -> None:
    """A German ordinal dot left after a number ("the 5. place", "on 5. May", "Werner (51.)").

    What it does: flags the dot of a number of up to three digits where no sentence can end:
    before a comma or a closing bracket at the start of a bracket or list item (a goal's minute,
    "(51., Gosens)"), before a month after a preposition ("on 5. May"), and before a lowercase
    word after a determiner ("the 5. place").

    Why is this bad: German, Czech, Polish and Scandinavian languages write ordinals with a dot;
    English writes "5th", or the bare number for dates and minutes.

    Leaves alone: a number that ends a sentence ("he scored 3. Then"), decimals, years and longer
    numbers, list numbering at a line's start.

    Fix (safe): drop the dot in dates and minutes ("5 May", "(51, Gosens)"; the ordinal suffix as
    an alternative), write the English ordinal suffix before a noun ("the 5th place").
    """
    text = ctx.text
    months = _months()
    for m in ordinal_dots(text):
        number = int(m.group(1))
        suffix = ordinal_suffix(number)
        word = m.group(3) if m.re is _BEFORE_WORD else ""
        before_noun = bool(word) and word.lower() not in months
        emit(m.start(2), m.end(2), f"a German ordinal dot: English writes '{number}{suffix}' or '{number}'",
             evidence={"before_noun": before_noun, "month": bool(word) and not before_noun, "listed": not word},
             replacement=suffix if before_noun else "", alternatives=[] if before_noun else [suffix],
             applicability=Applicability.SAFE)


# a colon between two numbers with a space on one side or both: "0: 1", "1 : 0", "from 50: 65"
_SPACED_COLON = regex.compile(r"(?<![\d.,:])(\d{1,3})([ \t\u00a0]*:[ \t\u00a0]*)(\d{1,3})(?![\d.,:]|[ \t\u00a0]*[ap]\.?m\b)")


@rule(
    "C017",
    "spaced-score",
    category=Category.PUNCTUATION,
    severity=Severity.MINOR,
    example="Spartak lost to CSKA (0 : 1) in a match where wind gusts reached from 50: 65 km per hour.",
)
def spaced_score(ctx: Context, emit: Emit) -> None:
    """A spaced colon between two numbers: a score, a time or a range ("(0: 1)", "1 : 0", "from 50: 65").

    What it does: flags a colon between two numbers of up to three digits with a space beside
    it, where the colon is spaced on both sides or the two numbers fill a bracket (a score or a
    time), or where "from" or "between" comes before (a range).

    Why is this bad: Russian and German copy space the colon of scores and write ranges with a
    colon or a spaced dash; English writes "1-0" or "1:0", "10:30", and "from 50 to 65".

    Leaves alone: a colon that introduces a number in running text ("Group 3: 5 teams"), times
    and ratios written tight ("10:30"), and longer numbers.

    Fix (safe): close the colon up ("0:1"; "0-1" as an alternative); in a range, "to" after
    "from" and "and" after "between" ("–" as an alternative).
    """
    text = ctx.text
    ranges = english()["range_words"]
    for m in _SPACED_COLON.finditer(text):
        colon = m.group(2)
        if colon == ":":
            continue
        before = word_before(text, m.start()).lower()
        bracketed = text[m.start() - 1 : m.start()] == "(" and text[m.end() : m.end() + 1] == ")"
        if before in ranges:
            emit(m.start(2), m.end(2), f"a range: '{m.group(1)} {ranges[before]} {m.group(3)}' in English",
                 evidence={"range": 1.0, "bracketed": bracketed},
                 replacement=f" {ranges[before]} ", alternatives=["–"], applicability=Applicability.SAFE)
        elif bracketed or (colon[0] != ":" and colon[-1] != ":"):
            emit(m.start(), m.end(), f"a spaced colon in a score or time: '{m.group(1)}:{m.group(3)}'",
                 evidence={"range": 0.0, "bracketed": bracketed},
                 replacement=f"{m.group(1)}:{m.group(3)}", alternatives=[f"{m.group(1)}-{m.group(3)}"],
                 applicability=Applicability.SAFE)


# a unit's slash spaced after a number: "100 km / h", "5 m / s"
_SPACED_SLASH = regex.compile(r"(?<=(?<![\p{L}\p{N}.,])\d+(?:[.,]\d+)?[ \t\u00a0]?)(\p{L}{1,4})([ \t\u00a0]+/[ \t\u00a0]+)(\p{L}{1,4})\b")


@rule(
    "C018",
    "spaced-slash",
    category=Category.PUNCTUATION,
    severity=Severity.MINOR,
    example="Gusts reached 100 km / h on the coast.",
)
def spaced_slash(ctx: Context, emit: Emit) -> None:
    """A spaced slash in a unit after a number ("100 km / h", "5 m / s").

    What it does: flags a slash with spaces around it between two short words right after a
    number: a unit written the source's typography's way.

    Why is this bad: French copy spaces the slash; English writes units tight ("km/h", "m/s").

    Leaves alone: slashes between words ("and / or", a writer's style), dates and fractions, a
    slash spaced on one side only, and codes that hold a digit ("A2DP/ HSP").

    Fix (safe): close the slash up.
    """
    text = ctx.text
    for m in _SPACED_SLASH.finditer(text):
        emit(m.start(), m.end(), f"a spaced slash in a unit: '{m.group(1)}/{m.group(3)}'", evidence={"unit": 1.0},
             replacement=f"{m.group(1)}/{m.group(3)}", applicability=Applicability.SAFE)
