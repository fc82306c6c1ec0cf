"""A word English always capitalises, written in lowercase: "on may 22", "since monday", "the
ukrainian army"."""

from __future__ import annotations

from functools import cache

import regex

from audit.language.lexicon import english
from audit.language.spans import word_after, word_before
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule

_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{N}'’\-@#/_.])\p{Ll}+(?![\p{L}\p{N}'’\-@_/])")
_DAY = regex.compile(r"\d{1,2}(?:st|nd|rd|th)?\b")


@cache
def _calendar() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """English month names (wide and abbreviated), those that are also words (march, may, august
    and the abbreviations: only a date makes them months), and weekday names: CLDR through babel."""
    from babel.dates import get_day_names, get_month_names

    wide = {m.lower() for m in get_month_names("wide", locale="en").values()}
    short = {m.lower().rstrip(".") for m in get_month_names("abbreviated", locale="en").values()} - wide
    days = {d.lower() for d in get_day_names("wide", locale="en").values()}
    return frozenset(wide | short), frozenset(short) | english()["month_words"], frozenset(days)


def calendar_words() -> frozenset[str]:
    """English month and weekday names, lowercased (CLDR through babel)."""
    months, _, days = _calendar()
    return months | days


@cache
def nationalities() -> frozenset[str]:
    """Nationality and language adjectives: CLDR's English language names (through babel) and the
    demonyms of `demonyms` in audit/data/english.yaml, lowercased."""
    from babel import Locale

    endings = tuple(english()["adjective_endings"])
    names = {n.lower() for n in Locale("en").languages.values() if regex.fullmatch(r"\p{L}{4,}", n)}
    return frozenset({n for n in names if n.endswith(endings)} | english()["demonyms"])


@cache
def _countries() -> frozenset[str]:
    """One-word country names (CLDR through babel), lowercased, less those that are also English
    common nouns (`country_words` in audit/data/english.yaml)."""
    from audit.language.kinds import country_names

    one = {n.lower() for n in country_names() if n.isalpha() and len(n) > 3}
    return frozenset(one - english()["country_words"])


def _dated(text: str, start: int, end: int) -> bool:
    """Whether the word is a date's month: a day number right after it ("may 22"), or right before
    it with no lowercase word after ("21 may, 2020"; not "level 1 may select")."""
    if regex.match(r"[ \u00a0]+\d{1,2}(?:st|nd|rd|th)?\b", text[end: end + 8]):
        return True
    before = regex.search(r"\b\d{1,2}(?:st|nd|rd|th)?[ \u00a0]+$", text[max(0, start - 8): start])
    return bool(before) and not regex.match(r"[ \u00a0]+\p{Ll}", text[end: end + 3])


@rule(
    "C007",
    "lowercase-proper-word",
    category=Category.SPELLING,
    severity=Severity.MINOR,
    example="The central bank set the rate on may 22, a day after the ukrainian government asked.",
)
def lowercase_proper_word(ctx: Context, emit: Emit) -> None:
    """A word English always capitalises, written in lowercase: a month or weekday ("on may 22",
    "since monday"), a nationality before a noun ("the ukrainian army"), a country ("against
    qatar").

    What it does: flags month and weekday names (CLDR, through babel) in lowercase; those that
    are also common words (march, may, august) only beside a day number. Nationality and language
    adjectives (CLDR language names and `demonyms` in audit/data/english.yaml) in lowercase after
    a determiner or before a noun. One-word country names (CLDR) in lowercase, but those that are
    also English nouns (`country_words`: china, jersey, turkey).

    Why is this bad: Russian, Ukrainian, Spanish, French and Italian write months, weekdays and
    nationality adjectives in lowercase; MT systems copy that, and lose capitals of names.

    Leaves alone: "may" and "march" as words ("it may rain", "level 1 may select"), "french fries"
    (no determiner, no noun of a person or body after it), names in lowercase (a brand may be
    written so), common words ("the us" is ambiguous).

    Fix (safe): the capital.
    """
    text = ctx.text
    months, ambiguous, days = _calendar()
    adjectives, countries = nationalities(), _countries()
    heads = english()["collective_heads"] | english()["person_heads"]
    determiners = english()["determiners"]
    for m in _LOWER_WORD.finditer(text):
        word = m.group()
        kind = None
        if word in days or (word in months and (word not in ambiguous or _dated(text, m.start(), m.end()))):
            kind = "calendar"
        elif word in adjectives:
            nxt = word_after(text, m.end())
            if word_before(text, m.start()).lower() in determiners or (nxt and nxt.group().lower() in heads):
                kind = "nationality"
        elif word in countries:
            kind = "country"
        if kind is None:
            continue
        emit(m.start(), m.start() + 1, f"'{word}' is written with a capital in English", evidence={kind: 1.0},
             replacement=word[0].upper(), applicability=Applicability.SAFE)
