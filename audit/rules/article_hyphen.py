"""An Arabic name broken at its article's hyphen by a stray space: "Al -hilal", "al- Assad"."""

from __future__ import annotations

from functools import cache

import regex

from audit.language.romanisation import romanisation_data
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule


@cache
def _broken() -> regex.Pattern:
    articles = "|".join(regex.escape(a) for a in romanisation_data()["hyphen_articles"])
    # the space on one side of the hyphen only: "Al - Hilal" may be a dash after a man called Al
    return regex.compile(rf"(?i)(?<![\p{{L}}\p{{N}}\-])({articles})(?:[ \t\u00a0]+-|-[ \t\u00a0]+)(?=\p{{L}})"
                         rf"(\p{{L}}[\p{{L}}\p{{M}}]*)")


@rule(
    "N012",
    "article-hyphen-spaced",
    category=Category.SPELLING,
    severity=Severity.MINOR,
    example="Jorge Jesus, the coach of Al -hilal, praised the fans.",
)
def article_hyphen_spaced(ctx: Context, emit: Emit) -> None:
    """An Arabic name's article and name parted by a space at the hyphen ("Al -hilal", "al- Assad").

    What it does: finds al, el or ul (`hyphen_articles` in audit/data/romanisation.yaml) with a
    space on one side of the hyphen after it and a word on the other.

    Why is this bad: the source wrote one name (الهلال, "al-Hilal"); an MT system or a copy-and-
    paste split it, and the lowercase half ("-hilal") no longer reads as a name.

    Leaves alone: a hyphen spaced on both sides ("Al - the singer": a dash), and the sun-letter
    articles (as, at, an, ad), which are English words.

    Fix (safe): the space removed and the name's first letter capitalised ("Al-Hilal", "al-Assad").
    """
    text = ctx.text
    for m in _broken().finditer(text):
        article, name = m.group(1), m.group(2)
        fixed = f"{article}-{name[0].upper()}{name[1:]}"
        emit(m.start(), m.end(), f"'{m.group()}' is one name: '{fixed}'", replacement=fixed,
             applicability=Applicability.SAFE)
