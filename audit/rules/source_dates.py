"""Month and weekday names left in the source language in a date (R008): "LIMA, 7 Ago. (EFE)" →
"LIMA, Aug. 7 (EFE)". The names are CLDR's, through babel, for every source language."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from audit.language.detect import language_name
from audit.language.spans import line_bounds
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule
from audit.rules.untranslated_words import (
    data,
    english_words,
    is_english,
    source_languages,
)

_CONTEXTS = ("format", "stand-alone")
_WIDTHS = ("wide", "abbreviated")


@dataclass(frozen=True)
class Name:
    lang: str
    number: int  # 1-12 for a month; 0-6 (Monday first) for a weekday
    wide: bool


@cache
def _english_forms() -> frozenset[str]:
    from babel import Locale

    en = Locale("en")
    house = {str(n).lower() for n in data()["date_style"]["abbreviations"].values()}
    return frozenset(n.lower().rstrip(".") for c in _CONTEXTS for w in _WIDTHS
                     for n in (*en.months[c][w].values(), *en.days[c][w].values())) | house


@cache
def _names(langs: tuple[str, ...]) -> tuple[dict[str, list[Name]], dict[str, list[Name]]]:
    """Month and weekday names of `langs` (lowercase, without a final dot) that English does not
    write the same: each with its language, number and width."""
    from babel import Locale

    months: dict[str, list[Name]] = {}
    days: dict[str, list[Name]] = {}
    for lang in langs:
        loc = Locale.parse(lang)
        for c in _CONTEXTS:
            for w in _WIDTHS:
                for table, found in ((months, loc.months[c][w]), (days, loc.days[c][w])):
                    for number, name in found.items():
                        k = key(name).rstrip(".")
                        if k not in _english_forms() and len(k) >= 2:
                            table.setdefault(k, []).append(Name(lang, number, w == "wide"))
    return months, days


def key(token: str) -> str:
    """A name as the tables hold it: lowercase ("EKİM" → "ekim", not with a combining dot)."""
    return token.lower().replace("i\u0307", "i")


def _alternation(names) -> str:
    return "|".join(regex.escape(n) for n in sorted(names, key=len, reverse=True))


@cache
def _pattern(langs: tuple[str, ...]) -> regex.Pattern:
    months, days = _names(langs)
    month = rf"(?<!\p{{L}})(?P<month>{_alternation(months)})(?!\p{{L}})(?P<dot>\.)?"
    weekday = rf"(?:(?<!\p{{L}})(?P<weekday>{_alternation(days)})(?!\p{{L}})(?P<wdot>\.)?,?[ \u00a0]+)?"
    day = r"(?<![\p{L}\p{N}.,/])(?P<day>[12]\d|3[01]|0?[1-9])(?:\.|º|°)?"
    year = r"(?P<year>(?:1[89]|20)\d\d)(?!\p{N})"
    link = r"(?:[ \u00a0]+(?:de|del|di)[ \u00a0]+|[ \u00a0]+)"
    day_first = rf"{weekday}{day}{link}{month}(?:(?:[ \u00a0]+(?:de|del)[ \u00a0]+|,?[ \u00a0]+){year})?"
    month_first = rf"{weekday}{month}[ \u00a0]+{day}(?![\p{{L}}\p{{N}}]|[.,:/\-–]\p{{N}})(?:,?[ \u00a0]+{year})?"
    return regex.compile(rf"{day_first}|{month_first}", regex.IGNORECASE | regex.V1)


@lru_cache(maxsize=8)
def date_spans(text: str, langs: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where dates with a source-language month name stand in the text (R005 and R006 leave them
    to R008), in order."""
    return [m.span() for m in _dates(text, langs)]


_WORD = regex.compile(r"\p{L}+")
_DAY_NUMBER = regex.compile(r"(?<![\p{N}.,/])(?:[12]\d|3[01]|0?[1-9])(?!\p{N})")


def _candidates(text: str, langs: tuple[str, ...]):
    """The pattern's matches around each number that may be a day (the pattern tried over the
    whole text costs ten times more)."""
    pattern, last = _pattern(langs), -1
    months = _names(langs)[0]
    for d in _DAY_NUMBER.finditer(text):
        if d.start() < last:
            continue
        near = key(text[max(0, d.start() - 30) : d.end() + 30])
        if not any(w in months for w in _WORD.findall(near)):
            continue
        endpos = min(len(text), d.end() + 60)
        for m in pattern.finditer(text, max(0, d.start() - 40, last), endpos):
            if m.start() <= d.start() < m.end() and (m.end() < endpos - 1 or endpos == len(text)):
                last = m.end()
                yield m
                break


def _dates(text: str, langs: tuple[str, ...]) -> list[regex.Match]:
    found = []
    for m in _candidates(text, langs):
        token = m.group("month")
        if key(token) not in _names(langs)[0] or (m.group("weekday") and key(m.group("weekday")) not in _names(langs)[1]):
            continue  # matched by case folding only
        if token.isupper() and len(token) > 1 and not any(n.wide for n in _names(langs)[0][key(token)]):
            continue  # an acronym ("8 NIS"), not an abbreviated month
        if is_english(token.lower()) and not (token[0].isupper() and (m.group("dot") or m.group("year"))):
            continue  # "7 days ago", "set 5": an English word, unless written as a month is
        if not m.group("year") and m.start("month") < m.start("day"):
            continue  # "Mars 17" (a rocket): a month before its day only with a year
        if not (m.group("year") or m.group("dot") or token.islower() or not regex.match(r"[ \u00a0]+\p{L}", text[m.end():])):
            continue  # "the 17 Mars rovers": a capitalised name before a noun
        found.append(m)
    return found


def _english_name(names: list[Name], kind: str, abbreviated: bool) -> tuple[str | None, bool]:
    """The English name (CLDR, in the house style) for source-language `names` of one form, and
    whether their languages agree on what it stands for."""
    from babel import Locale

    numbers = {n.number for n in names}
    if len(numbers) != 1:
        return None, False
    number = numbers.pop()
    en = Locale("en")
    table = en.months if kind == "month" else en.days
    wide = table["format"]["wide"][number]
    if not abbreviated:
        return wide, True
    style = data()["date_style"]
    short = str(style["abbreviations"].get(number, table["format"]["abbreviated"][number])) if kind == "month" \
        else table["format"]["abbreviated"][number]
    return (short if short == wide else short + style["abbreviation_mark"]), True


def _abbreviated(dot: bool, names: list[Name]) -> bool:
    return dot or not any(n.wide for n in names)


@rule(
    "R008",
    "source-language-date",
    category=Category.UNTRANSLATED,
    severity=Severity.MINOR,
    example="LIMA, 7 Ago. (EFE).- The government announced new measures on Monday.",
    evidence_against=("english_word",),
)
def source_language_date(ctx: Context, emit: Emit) -> None:
    """A month or weekday name left in the source language in a date ("LIMA, 7 Ago. (EFE)",
    "on 15 de julio de 2023").

    What it does: finds dates (a day number and a month name, in either order, with a year and a
    weekday where there are) whose month is named in a source language (CLDR's month and weekday
    names, wide and abbreviated, through babel; the document's source language where it is known),
    and writes the date in English in the house style (data: untranslated.yaml, `date_style`):
    the month first ("Aug. 7, 2024"), an abbreviated name abbreviated in English, a wide one
    spelled out.

    Why is this bad: a reader of English copy does not know "Ago." or "juillet"; MT systems often
    leave datelines and abbreviations untouched.

    Leaves alone: month names English writes the same ("7 Mar.", "April 3"); English words that
    are also abbreviated month names ("7 days ago", "set 5") unless written as a month, with a
    capital and a full stop or a year; a line that holds nothing but the date, or the date and one
    English label word ("Updated 3 февраля 11:22": page furniture, the site's own date, not the
    translated text; a dateline has its comma: "MOSCOW, 3 февраля"), and lines in another language.

    Fix (safe; unsafe where the month's name is also an English word): the date in English.
    """
    text = ctx.text
    langs = tuple(source_languages(ctx))
    months, days = _names(langs)
    for m in _dates(text, langs):
        start, end = m.span()
        line_start, line_end = line_bounds(text, start)
        rest = text[line_start:start] + text[end:line_end]
        label = regex.findall(r"\p{L}+", rest)
        if not label or (len(label) == 1 and "," not in rest and is_english(label[0].lower())):
            continue  # the page's own date line, bare or labelled ("Updated 3 февраля 11:22")
        english_count, foreign = english_words(text, line_start, line_end, (start, end))
        if foreign > english_count:
            continue
        token = m.group("month")
        names = months[key(token)]
        month, agree = _english_name(names, "month", _abbreviated(bool(m.group("dot")), names))
        english_word = is_english(token.lower())
        evidence = {"english_word": english_word, "year": bool(m.group("year")), "weekday": bool(m.group("weekday"))}
        message = f"'{token}' is the {language_name(names[0].lang)} name of a month"
        if not agree:
            emit(m.start("month"), m.end("month"), message, evidence=evidence)
            continue
        day = str(int(m.group("day")))
        english = f"{month} {day}" if data()["date_style"]["month_first"] else f"{day} {month}"
        if m.group("year"):
            english += (", " if data()["date_style"]["month_first"] else " ") + m.group("year")
        if m.group("weekday"):
            wd = m.group("weekday")
            day_names = days[key(wd)]
            weekday, same = _english_name(day_names, "day", _abbreviated(bool(m.group("wdot")), day_names))
            if not same:
                continue
            english = f"{weekday}, {english}"
        if english == text[start:end]:
            continue
        # the full stop of an abbreviation that ends a sentence ends it still
        if m.group("dot") and end == m.end("dot") and regex.match(r"[ \t\u00a0]*(?:$|\n)|\s+[\"“‘]?\p{Lu}", text[end:]) \
                and not english.endswith("."):
            end -= 1
        emit(start, end, f"{message}: in English, '{english}'", evidence=evidence, replacement=english,
             applicability=Applicability.UNSAFE if english_word else Applicability.SAFE)
