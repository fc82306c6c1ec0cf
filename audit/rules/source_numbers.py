"""Source-aware checks: run only where the document has its source text (a feed's `source`, an
XLIFF, TMX or PO source segment). They compare the translation with the source it came from."""

from __future__ import annotations

import unicodedata
from decimal import Decimal, InvalidOperation
from functools import cache

import regex

from audit.language.lexicon import DATA
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule

# digits with optional grouping and decimals; not inside a word, a date, a time, a range or a code
_NUMBER = regex.compile(
    r"(?<![\p{L}\p{N}.,:/\-_#@・])(\d+(?:[.,\u00a0\u202f' ]\d+)*)(?![\p{N}]|[.,:/]\d|[\-_][\p{L}\p{N}])"
)
_TARGET_NUMBER = regex.compile(r"\d+(?:[.,\u00a0\u202f' ]\d+)*")
_LATIN_LETTER = regex.compile(r"[A-Za-z]")
_WORDS = regex.compile(r"\p{L}+")
_SPACES = "\u00a0\u202f '"


@cache
def _data() -> dict:
    import yaml

    return yaml.safe_load((DATA / "numbers.yaml").read_text(encoding="utf-8"))


@cache
def _separators(lang: str) -> tuple[str, str]:
    """(decimal, group) symbols of a language, from CLDR; English's where unknown."""
    if not lang:
        return ".", ","
    from babel.core import UnknownLocaleError
    from babel.numbers import get_decimal_symbol, get_group_symbol

    try:
        return get_decimal_symbol(lang), get_group_symbol(lang)
    except (UnknownLocaleError, ValueError):
        return ".", ","


def parse_number(token: str, lang: str) -> Decimal | None:
    """The value of a number as written in a language ("3.500" is 3500 in German, 3.5 in English);
    None where the grouping does not fit the language (then it is not a plain number)."""
    decimal, group = _separators(lang)
    groups = {group} | (set(_SPACES) if group in _SPACES else set())
    if lang not in ("", "en") and group == ",":
        groups.add(" ")
    parts = regex.split(r"([.,\u00a0\u202f' ])", token)
    digits, seps = parts[0::2], parts[1::2]
    whole, frac = digits[0], ""
    for i, sep in enumerate(seps):
        nxt = digits[i + 1]
        if sep in groups and len(nxt) == 3 and frac == "" and (i > 0 or len(whole) <= 3):
            whole += nxt
        elif sep == decimal and i == len(seps) - 1 and frac == "":
            frac = nxt
        else:
            return None
    try:
        return Decimal(whole + ("." + frac if frac else ""))
    except InvalidOperation:
        return None


def english_number(value: Decimal) -> str:
    """A value as English writes it: 3,500; 3.5."""
    if value == value.to_integral_value():
        return f"{int(value):,}"
    whole, _, frac = format(value.normalize(), "f").partition(".")
    return f"{int(whole):,}.{frac}"


def _source_numbers(source: str, lang: str) -> list[tuple[str, Decimal, set[Decimal]]]:
    """Numbers in the source: (as written, value, values it may take in English: with a scale
    word or character after it, "3 Millionen", "3万", any power of ten from a thousand up)."""
    text = unicodedata.normalize("NFKC", source)  # full-width digits
    eras = _data()["eras"]
    out = []
    first = regex.search(r"\S", text)
    for m in _NUMBER.finditer(text):
        if first and m.start() == first.start():
            continue  # a list or section number ("6.2 Scope", "04 Notes"): often dropped
        after = text[m.end() : m.end() + 1]
        if _LATIN_LETTER.fullmatch(after):  # "10km", "5G", "3D": a code or unit, not a count
            continue
        if any(text[max(0, m.start() - len(e)) : m.start()] == e for e in eras):
            continue
        value = parse_number(m.group(1), lang)
        if value is None:
            continue
        candidates = {value}
        rest = text[m.end() : m.end() + 2].lstrip()
        if rest[:1].isalpha():  # "Millionen", "млн", "万", "億": maybe a scale word
            candidates |= {value * 10**k for k in (3, 4, 6, 8, 9, 12)}
        if value == int(value) and value < 100:
            candidates |= {value + 1900, value + 2000}  # a year in two digits: "22年", "'22"
            if value <= 24:
                candidates.add(value - 12)  # "14 Uhr" is "2 p.m."
        out.append((m.group(1), value, candidates))
    return out


def _target_values(target: str) -> list[tuple[int, int, set[Decimal]]]:
    """Every number in the English text, read leniently: (start, end, values)."""
    scales = _data()["scales"]
    out = []
    for m in _TARGET_NUMBER.finditer(target):
        values = {v for v in (parse_number(m.group(), "en"), parse_number(m.group(), "")) if v is not None}
        if not values:  # "3.500.000": take the digits
            values = {Decimal(regex.sub(r"\D", "", m.group()))}
        for piece in regex.split(r"[\u00a0\u202f' ]", m.group()):  # "Q2 2022" is two numbers
            values |= {Decimal(piece.replace(",", ""))} if regex.fullmatch(r"\d+(?:,\d{3})*", piece) else set()
        word = _WORDS.match(target, m.end() + (target[m.end() : m.end() + 1] == " "))
        if word and word.group().lower() in scales:
            values |= {v * scales[word.group().lower()] for v in values}
        out.append((m.start(), m.end(), values))
    return out


def _word_values(target: str) -> set[Decimal]:
    """Values written out in words: "five", "twenty-five", "two hundred", "half"."""
    words = _data()["words"]
    found = [words[w.lower()] for w in _WORDS.findall(target) if w.lower() in words]
    values = {Decimal(v) for v in found}
    values |= {Decimal(m.group(1)) + Decimal("0.5") for m in regex.finditer(r"(\d+) and a half", target)}
    for a, b in zip(found, found[1:]):
        values.add(Decimal(a * b) if b in (100, 1000, 1000000, 1000000000) else Decimal(a + b))
    return values


@rule(
    "S001",
    "number-mismatch",
    category=Category.MISTRANSLATION,
    severity=Severity.MAJOR,
    example="According to the city, repairing the bridge will cost 3.500 euros.",
    source_example="Nach Angaben der Stadt wird die Reparatur der Brücke 3.500 Euro kosten.",
)
def number_mismatch(ctx: Context, emit: Emit) -> None:
    """A number in the source that is missing or changed in the translation ("3.500" for 3,500).

    What it does: reads the source's numbers with the source language's separators (CLDR, via
    babel: "3.500" is three thousand five hundred in German and Spanish, "3,5" three and a
    half), and looks for each value in the translation, read as English: as digits, with a
    scale word ("3.5 million"), or in words ("five", "twenty-five", "half").

    Why is this bad: a number copied with the source's separators reads as another number in
    English ("3.500" is three and a half); a dropped or changed number is a mistranslation.

    Leaves alone: numbers in dates, times, ranges, codes and units glued to letters ("10km",
    "COVID-19"), the number 1 (often "a" or "an"), era years ("令和5年"), a number followed by a
    scale word or character in the source ("3万" as "30,000"), an hour given on a 24-hour clock
    ("14 Uhr" as "2 p.m."). Runs only where the source text is known.

    Confidence: high where the translation has the source's digits read with the wrong
    separators (fix: the English form); lower where one number took the place of another;
    lowest where a number is simply missing (display-only: the span marks the segment's end).
    """
    source = ctx.doc.source
    if not source:
        return
    target = ctx.text
    numbers = _source_numbers(source, ctx.source_language)
    if not numbers:
        return
    in_target = _target_values(target)
    in_words = _word_values(target)
    all_target = set().union(*(v for _, _, v in in_target)) | in_words
    missing = [(written, value) for written, value, cands in numbers
               if value != 1 and not (cands & all_target)]
    if not missing:
        return
    source_values = set().union(*(c for _, _, c in numbers))
    extra = [(s, e, v) for s, e, v in in_target if not (v & source_values)]
    used: set[int] = set()
    for written, value in missing:
        digits = regex.sub(r"\D", "", written)
        same = [t for t in extra if t[0] not in used and regex.sub(r"\D", "", target[t[0] : t[1]]) == digits]
        if same:
            start, end, _ = same[0]
            used.add(start)
            emit(start, end, f"the source's {written} ({english_number(value)}) reads as another number in English",
                 evidence={"same_digits": 1.0}, replacement=english_number(value), applicability=Applicability.UNSAFE)
            continue
        others = [t for t in extra if t[0] not in used]
        if len(missing) == 1 and len(others) == 1:
            start, end, _ = others[0]
            used.add(start)
            emit(start, end, f"the source has {written} ({english_number(value)}) where the translation has "
                 f"{target[start:end]}", evidence={"only_pair": 1.0}, replacement=english_number(value),
                 applicability=Applicability.UNSAFE)
            continue
        end = len(target.rstrip())
        emit(end, end, f"the source's number {written} ({english_number(value)}) is not in the translation",
             evidence={"missing": 1.0})
