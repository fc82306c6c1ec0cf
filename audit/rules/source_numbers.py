"""Source-aware checks: run only where the document has its source text (a feed's `source`, an
XLIFF, TMX or PO source segment). They compare the translation with the source it came from."""

from __future__ import annotations

from decimal import Decimal

import regex

from audit.language.lexicon import thresholds
from audit.language.numbers import (
    EnglishNumber,
    SourceNumber,
    data,
    english_number,
    english_numbers,
    english_percent_values,
    english_word_values,
    han_values,
    is_year,
    source_numbers,
)
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule

_REQUIRED = ("count", "year", "month", "day")
_LISTED = 4  # the missing numbers a message names


def _digits(value: Decimal) -> str:
    return regex.sub(r"\D", "", format(value.normalize(), "f")).lstrip("0")


def _one_edit(a: str, b: str) -> bool:
    """Same length, and one digit changed or two neighbours swapped (17 for 71)."""
    if len(a) != len(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) <= 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])


def _source_is_year(n: SourceNumber) -> bool:
    return n.role == "year" or (n.role == "count" and not n.scaled and is_year(n.value, n.written))


def _in_scale(value: Decimal, t: EnglishNumber) -> tuple[int, str] | None:
    """(end, text): the value written as the translation writes its number, in its scale ("5.3"
    before "million"), or with another scale word where that gives less than one ("210 million"
    for "2.1 billion", "330,600" for "33.06 million"); None where no short form is exact."""
    exact = Decimal("0.001")
    in_scale = value / t.scale
    if in_scale >= 1 and in_scale == in_scale.quantize(exact):
        return t.end, english_number(in_scale.normalize(), year=t.year)
    for word, scale in data()["scale_names"].items():
        v = value / scale
        if 1 <= v and v == v.quantize(exact):
            return t.scale_end, f"{english_number(v.normalize())} {word}"
    return (t.scale_end, english_number(value.normalize())) if value == value.to_integral_value() else None


def _replacement(n: SourceNumber, t: EnglishNumber) -> tuple[int, str] | None:
    """The source's value in place of the translation's number, where the evidence says this is a
    slip and not another number: the same kind (a year for a year), and the same magnitude with
    one digit changed or within a few percent ("189 million" for 192), or a magnitude the source's
    scale word shows ("3万" for "3,000")."""
    if n.role not in ("count", "year") or t.year != _source_is_year(n) or t.measure:
        return None  # a year for a non-year; a measure or a price the translation may have converted
    fix = _in_scale(n.value, t)
    if fix is None:
        return None
    value = n.value / t.scale
    if len(str(int(value))) == len(str(int(t.written_value))):
        close = Decimal(str(thresholds()["source_numbers"]["close"]))
        near = not t.year and abs(value - t.written_value) <= close * max(value, t.written_value)
        return fix if _one_edit(_digits(value), _digits(t.written_value)) or near else None
    return fix if _scale_slip(n, t, [t]) else None


def _significant(digits: str) -> str:
    return regex.sub(r"\D", "", digits).strip("0")


def _scale_slip(n: SourceNumber, t: EnglishNumber, extra: list[EnglishNumber]) -> bool:
    """The translation has the digits of a number the source gives with a scale word, in another
    magnitude ("530 million" for 530万, 5.3 million; "4,625,600" for 4625.6万): two digits at least,
    and no other unexplained number of the translation has the right magnitude (where the figure
    may be, and these digits a coincidence)."""
    digits = _significant(n.written)
    if not (n.scaled and len(digits) >= 2 and digits == _significant(str(t.written_value))):
        return False
    size = len(str(int(n.value)))
    return not any(o is not t and len(str(int(o.written_value * o.scale))) == size for o in extra)


def _label(n: SourceNumber) -> str:
    """The number as the source writes it, and as English would where that differs ("25,3 млрд (25,300,000,000)")."""
    plain = english_number(n.value.normalize(), year=_source_is_year(n))
    digits = regex.sub(r"[^\d.,]", "", n.written)
    return n.written if digits.replace(",", "") == plain.replace(",", "") else f"{n.written} ({plain})"


@rule(
    "S001",
    "number-mismatch",
    category=Category.MISTRANSLATION,
    severity=Severity.MAJOR,
    example="According to the city, repairing the bridge will cost 3.500 euros.",
    source_example="Nach Angaben der Stadt wird die Reparatur der Brücke 3.500 Euro kosten.",
    evidence_for=("same_digits",),
)
def number_mismatch(ctx: Context, emit: Emit) -> None:
    """A number in the source that is missing or changed in the translation ("3.500" for 3,500).

    What it does: reads the source's numbers as its language writes them (CLDR, via babel): its
    separators ("3.500" is three thousand five hundred in German), its scale words ("16 тысяч",
    "1.92 亿", "58万7000"), its dates ("2023年2月10日", "11 февраля 2023"). It looks for each value
    in the translation read as English: digits, with a scale word ("3.5 million"), in words
    ("five", "twenty-five", "noon"); a date counts as given where its day is (or its month,
    where it has no day).

    Why is this bad: a number copied with the source's separators reads as another number in
    English ("3.500" is three and a half); a dropped or changed figure is a mistranslation.

    Leaves alone: numbers in codes and names ("F-22", "GB 18030", "600884.SH", "5G"), units glued
    to a number ("10km"), times, ranges and dates written with digits only, era years ("令和5年"),
    the number 1 (often "a"), a list number opening the text, a date's year where its day is given,
    a percentage given in words ("entirely" for 100%), a number English may write otherwise ("14
    Uhr" as "2 p.m.", "22年" as 2022, "1827～91" as 1891). Runs only where the source text is known.

    Fix (unsafe: a person checks it): where the translation has the source's digits read with the
    wrong separators or scale ("3.500", "530 million" for 530万), the English form, in the
    translation's scale ("5.3 million"; "210 million" for "2.1 billion"). Where one number took the
    place of another, the source's value only where the two differ by a slip (one digit, a few
    percent), never a year for a non-year nor a figure with a unit or currency sign (it may be a
    conversion). Otherwise, and where a number is simply missing, display-only: the span marks the
    segment's end and the message names the numbers.
    """
    source = ctx.doc.source
    if not source:
        return
    numbers = source_numbers(source, ctx.source_language)
    required = [n for n in numbers if n.role in _REQUIRED and n.value not in (0, 1)]
    if not required:
        return
    # a number in masked text (a URL, inline code) is still in the translation, but is no fix's place
    target = ctx.doc.text
    english = english_numbers(target)
    missing = _missing(numbers, required, target, english)
    if not missing:
        return
    source_values = set().union(*(n.candidates for n in numbers)) | han_values(source)
    extra = [t for t in english if not t.code and not (t.values & source_values)
             and ctx.text[t.start : t.scale_end] == target[t.start : t.scale_end]
             and not any(t.scale > 1 and _rounds_to(n.value / t.scale, t.written_value) for n in numbers)]
    rest = []
    for n in missing:
        same = [t for t in extra if n.role in ("count", "year") and (_scale_slip(n, t, extra) or (
            not n.scaled and regex.sub(r"\D", "", target[t.start : t.end]) == regex.sub(r"\D", "", n.written)))]
        fix = _in_scale(n.value, same[0]) if same else None
        if fix is None:
            rest.append(n)
            continue
        t = same[0]
        extra.remove(t)
        emit(t.start, fix[0], f"the source's {_label(n) if n.scaled else n.written} is {fix[1]}{target[fix[0] : t.scale_end]} in English, "
             f"not {target[t.start : t.scale_end]}",
             evidence={"same_digits": 1.0, "scaled": n.scaled}, replacement=fix[1], applicability=Applicability.UNSAFE)
    if len(rest) == 1 and len(extra) == 1 and (fix := _replacement(rest[0], extra[0])):
        n, t = rest[0], extra[0]
        emit(t.start, fix[0], f"the source has {_label(n)} where the translation has {target[t.start : t.scale_end]}",
             evidence={"only_pair": 1.0, "scaled": n.scaled}, replacement=fix[1], applicability=Applicability.UNSAFE)
        return
    if rest:
        end = len(ctx.text.rstrip())
        emit(end, end, _missing_message(rest),
             evidence={"missing": 1.0, "numbers": float(len(rest)), "date": any(n.role in ("day", "month") for n in rest),
                       "small": all(n.value <= 10 for n in rest)})


def _missing(numbers: list[SourceNumber], required: list[SourceNumber], target: str,
             english: list[EnglishNumber]) -> list[SourceNumber]:
    """The required numbers the translation does not give in any way English may write them."""
    present = set().union(*(t.values for t in english)) | english_word_values(target)
    percent = english_percent_values(target)
    runs = {"".join(_digits(t.written_value) for t in english[i : i + k]) for k in (2, 3, 4) for i in range(len(english) - k + 1)}

    def found(n: SourceNumber) -> bool:
        if n.candidates & present or (n.percent and n.value in percent):
            return True
        if regex.sub(r"\D", "", n.written) in runs:  # "249,289,299" as "249, 289 and 299"
            return True
        # rounded in the translation's scale: 19,930,300 as "19.93 million"
        return any(t.scale > 1 and _rounds_to(n.value / t.scale, t.written_value) for t in english)

    # a date is given where its day is (its month, where it has none): "February 11" for a date
    # with its year; "on Friday" is no date
    days = {n.date for n in numbers if n.role == "day" and found(n)}
    months = {n.date for n in numbers if n.role == "month" and found(n)}
    has_day = {n.date for n in numbers if n.role == "day"}
    out = []
    for n in required:
        excused = n.date >= 0 and (n.date in days or (n.role == "year" and n.date in months)
                                   or (n.role == "month" and n.date not in has_day and n.date in months))
        if not excused and not found(n):
            out.append(n)
    return out


def _rounds_to(value: Decimal, shown: Decimal) -> bool:
    exponent = shown.as_tuple().exponent
    if not isinstance(exponent, int) or shown == 0:
        return False
    return value.quantize(Decimal(1).scaleb(exponent)) == shown and abs(value - shown) / shown < Decimal("0.01")


def _missing_message(rest: list[SourceNumber]) -> str:
    dates = sorted({n.date for n in rest if n.date >= 0 and n.role in ("day", "month")})
    named = list(dict.fromkeys([_label(n) for n in rest if n.date not in dates]
                               + [n.date_text for d in dates for n in rest if n.date == d]))
    what = ("date" if dates else "number") if len(named) == 1 else "numbers"
    listed = ", ".join(named[:_LISTED]) + (f" and {len(named) - _LISTED} more" if len(named) > _LISTED else "")
    return f"the source's {what} {listed} {'is' if len(named) == 1 else 'are'} not in the translation"
