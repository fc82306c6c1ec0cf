"""What a name off the glossary is, from open data: a country (CLDR's English territory names,
through babel) or a person whose first name tells their gender (audit/data/first_names.tsv, built
from nomquamgender's open data by scripts/build_first_names.py).

The antecedent model (audit/language/antecedents.py) reads these; a name the data cannot place
stays what it was: somebody or something of unknown gender.
"""

from __future__ import annotations

import unicodedata
from functools import cache

import regex

from audit.language.lexicon import DATA
from audit.language.spans import word_before


@cache
def first_names() -> dict[str, str]:
    """Lowercase first name -> "he" or "she", for names nearly all of whose bearers are one."""
    out: dict[str, str] = {}
    for line in (DATA / "first_names.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, gender = line.partition("\t")
            out[name] = gender
    return out


def fold(word: str) -> str:
    """A word without its accents ("Julián" -> "Julian"): names lose them in MT copy and in the data."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@cache
def _calendar_words() -> frozenset[str]:
    """CLDR's English month and weekday names ("April", "June"): never a first name in a date."""
    from babel import Locale

    locale = Locale("en")
    return frozenset(n.lower() for table in (locale.months["format"]["wide"], locale.days["format"]["wide"])
                     for n in table.values())


def first_name_gender(word: str) -> str:
    """'he' or 'she' for a first name that tells it, else ''."""
    low = word.lower()
    if low in _calendar_words():
        return ""
    names = first_names()
    return names.get(low) or names.get(fold(word).lower(), "")


@cache
def country_names() -> tuple[str, ...]:
    """CLDR's English names of countries and territories (two-letter codes only: no continents,
    regions or pseudo-locales), longest first; "&" also written "and"."""
    from babel import Locale

    names = set()
    for code, name in Locale("en").territories.items():
        if len(code) != 2 or not code.isalpha() or code in ("ZZ", "XA", "XB", "EU", "EZ", "UN", "QO"):
            continue
        name = regex.sub(r"\s*\(.*\)$", "", name)  # "Myanmar (Burma)"
        if "SAR" in name.split():
            continue  # "Hong Kong SAR China": the glossary's business
        names.add(name)
        if "&" in name:
            names.add(name.replace("&", "and"))
    return tuple(sorted(names, key=len, reverse=True))


@cache
def _country_pattern() -> regex.Pattern:
    alternatives = "|".join(regex.escape(n) for n in country_names())
    # a country's name, not the first part of a person's ("Jordan Henderson") nor of a longer name
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}'’\-])(?:{alternatives})(?![\p{{L}}\p{{N}}\-]|[ \t\u00a0]+\p{{Lu}})")


def countries(text: str) -> list[tuple[int, int]]:
    """The spans of country names in `text`."""
    return [m.span() for m in _country_pattern().finditer(text)]


def first_name_before(text: str, pos: int) -> bool:
    """Whether a capitalised first name (audit/data/first_names.tsv) stands right before `pos`: the
    word at `pos` is a surname ("Tora [Pekin]", "Ivan [Gunko]")."""
    name = word_before(text, pos)
    return name[:1].isupper() and name.lower() in first_names()
