"""Numbers as a language writes them, to compare a translation's numbers with its source's.

A source number is read with its language's conventions, from CLDR through babel: its separators
("3.500" is 3,500 in German), its scale words ("16 тысяч", "3,5 Millionen", "1.92 亿": CLDR's
compact number formats), its date markers and month names ("2023年2月10日", "11 февраля 2023":
CLDR's date formats); CJK numerals by their Unicode numeric values ("58万7000", "三万"). English is
read leniently: digits, scale words ("3.5 million") and number words ("twenty-five", "noon"), from
audit/data/numbers.yaml.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from itertools import pairwise

import regex

from audit.language.lexicon import DATA

_DIGITS = regex.compile(r"\d+(?:[.,\u00a0\u202f' ]\d+)*")
_ENGLISH_DIGITS = regex.compile(r"\d+(?:[.,\u00a0\u202f]\d+)*")
_WORDS = regex.compile(r"\p{L}+")
_SPACES = "\u00a0\u202f '"
_CODE_WORD = regex.compile(r"(\p{Latin}[\p{Latin}\p{N}/]*)[ \u00a0\-/]?$")
_MULTIPLIER = regex.compile(r"[十百千万萬亿億兆]+")
_HAN_NUMERAL = regex.compile(r"[〇零一二三四五六七八九十百千万萬亿億兆两兩]+")
_JOINED = regex.compile(r"[、.,·・]")


@cache
def data() -> dict:
    """audit/data/numbers.yaml."""
    import yaml

    return yaml.safe_load((DATA / "numbers.yaml").read_text(encoding="utf-8"))


@cache
def _locale(lang: str):
    from babel import Locale

    try:
        return Locale.parse(lang.replace("-", "_")) if lang else None
    except Exception:  # noqa: BLE001 - babel's UnknownLocaleError, a malformed code: no locale
        return None


@cache
def _separators(lang: str) -> tuple[str, str]:
    """(decimal, group) symbols of a language, from CLDR; English's where unknown."""
    loc = _locale(lang)
    if loc is None:
        return ".", ","
    symbols = loc.number_symbols.get("latn", loc.number_symbols)
    return symbols.get("decimal", "."), symbols.get("group", ",")


@cache
def scale_words(lang: str) -> dict[str, int]:
    """A language's words for a thousand, a million... ("тысяч", "Millionen", "亿"), from CLDR's
    compact number formats: the pattern "00 тысяч" for 10,000 says тысяч is a thousand."""
    loc = _locale(lang)
    out: dict[str, int] = {}
    if loc is None:
        return out
    for width in loc.compact_decimal_formats.values():
        for forms in width.values():
            for magnitude, pattern in forms.items():
                word = regex.sub(r"[\s'.\u200f\u200e]", "", pattern.prefix[0] + pattern.suffix[0]).lower()
                zeros = str(pattern.pattern).count("0")
                if word and zeros and not (word.isascii() and len(word) <= 2):  # "K", "Md": abbreviations
                    out[word] = int(magnitude) // 10 ** (zeros - 1)
    return out


@cache
def measure_units(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """A language's SI prefixes ("千" for kilo) and names of the units they go with ("米", "克"),
    from CLDR: "23千米" is 23 kilometres, not 23,000 metres."""
    loc = _locale(lang)
    if loc is None:
        return frozenset(), frozenset()
    prefixes = {regex.sub(r"\{0\}", "", forms["prefix"]) for key, widths in loc._data["compound_unit_patterns"].items()
                if key.startswith("10p") for forms in widths.values() if "prefix" in forms}
    kinds = tuple(data()["prefixed_unit_kinds"])
    names = set()
    for unit, widths in loc._data["unit_patterns"].items():
        if unit.startswith(kinds):
            names |= {forms[p].replace("{0}", "").strip() for forms in widths.values() for p in forms if p != "per"}
    names |= {n for unit, widths in loc._data["unit_display_names"].items() if unit.startswith(kinds) for n in widths.values()}
    return frozenset(p for p in prefixes if p), frozenset(n for n in names if n and not n.isascii())


@cache
def english_units() -> frozenset[str]:
    """English names and symbols of units ("miles", "km", "°F"), from CLDR: a number with one may be
    a conversion of the source's ("180 miles an hour" for 280 km/h)."""
    loc = _locale("en")
    names = set()
    for unit, widths in loc._data["unit_patterns"].items():
        if not unit.startswith("duration-"):  # days and years are not converted
            names |= {forms[p].replace("{0}", "").strip().lower() for forms in widths.values() for p in forms if p != "per"}
    return frozenset(n for n in names if len(n) >= 2 and not regex.search(r"\d|\{", n))


@cache
def date_words(lang: str) -> tuple[dict[str, str], frozenset[str], str]:
    """A language's date markers ({"年": "year", "月": "month", "日": "day"}: the literal after a
    field of CLDR's date patterns), its month names, and the letter it prefixes to a month (Hebrew ב)."""
    loc = _locale(lang)
    markers = {m: role for role, ms in data()["date_markers"].get(lang, {}).items() for m in ms}
    if loc is None:
        return markers, frozenset(), ""
    from babel.dates import tokenize_pattern

    roles = {"y": "year", "M": "month", "L": "month", "d": "day"}
    prefix = ""
    patterns = [str(loc.date_formats[w].pattern) for w in ("full", "long", "medium", "short")]
    patterns += [str(p.pattern) for k, p in loc.datetime_skeletons.items() if k in ("y", "M", "d", "MMMd", "yMMMd")]
    for pattern in patterns:
        tokens: list[tuple[str, object]] = []
        for kind, value in tokenize_pattern(pattern):  # consecutive literals as one
            if kind == "chars" and tokens and tokens[-1][0] == "chars":
                tokens[-1] = ("chars", tokens[-1][1] + value)
            else:
                tokens.append((kind, value))
        tokens.append(("chars", ""))
        for i, (kind, value) in enumerate(tokens[:-1]):
            if kind != "field" or value[0] not in roles or tokens[i + 1][0] != "chars":
                continue
            raw = tokens[i + 1][1]
            chars = regex.sub(r"[\s.,/\-\u200e\u200f]", "", raw).lower()
            nxt = tokens[i + 2][1] if i + 2 < len(tokens) and tokens[i + 2][0] == "field" else ("", 0)
            if chars and not raw[-1:].isspace() and nxt[0] in ("M", "L") and nxt[1] >= 3:
                prefix = chars  # "d בMMMM": a letter joined to the month's name
            elif chars and value[1] <= 2 and not (raw[:1].isspace() and raw[-1:].isspace()):
                markers.setdefault(chars, roles[value[0]])  # not a word between fields ("d 'de' MMMM")
    names = set()
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            names |= {n.lower().rstrip(".") for n in loc.months[context][width].values() if not regex.search(r"\d", n)}
    return markers, frozenset(names), prefix


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


def english_number(value: Decimal, year: bool = False) -> str:
    """A value as English writes it: 3,500; 3.5; a year without a comma (2022)."""
    if value == value.to_integral_value():
        return str(int(value)) if year else f"{int(value):,}"
    whole, _, frac = format(value.normalize(), "f").partition(".")
    return f"{int(whole):,}.{frac}"


def is_year(value: Decimal, written: str) -> bool:
    """Four digits with no separator, in the range years are written in."""
    low, high = data()["years"]
    return written.isdigit() and len(written) == 4 and low <= value <= high


def han_value(run: str) -> Decimal | None:
    """The value of CJK numerals ("三万" 30000, "二〇二三" 2023, "十五" 15), by Unicode's numeric values."""
    total = section = digit = Decimal(0)
    last_digit = False
    for ch in run:
        n = unicodedata.numeric(ch, None)
        n = 2 if ch in "两兩" else n
        if n is None:
            return None
        n = Decimal(int(n))
        if n < 10:
            digit = digit * 10 + n if last_digit else n
            last_digit = True
            continue
        last_digit = False
        if n < 10000:
            section += (digit or 1) * n
        else:
            total = (total + section + digit or 1) * n
            section = Decimal(0)
        digit = Decimal(0)
    return total + section + digit


@dataclass(frozen=True)
class SourceNumber:
    start: int
    end: int  # the number with its scale word or date marker, in the NFKC-normalised source
    written: str
    value: Decimal  # with its scale: "16 тысяч" is 16000
    candidates: frozenset[Decimal]  # the values English may give it as
    role: str  # count, year, month, day; code and listing are not required in the translation
    date: int = -1  # the start of the date it is part of, -1 where none
    scaled: bool = False  # read with a scale word or character
    percent: bool = False
    date_text: str = ""  # the whole date it is part of, as the source writes it


def _prefix_word(text: str, start: int, latin_source: bool) -> bool:
    """Whether the number at `start` belongs to a code or name: joined to a Latin word ("F-22",
    "GB/T 13000"), after a capitalised abbreviation, or after any Latin word in a source in another script."""
    m = _CODE_WORD.search(text[max(0, start - 24) : start])
    if not m:
        return False
    word = m.group(1)
    glued = not text[start - 1].isspace() if start else False
    return glued or (len(word) >= 2 and word.replace("/", "").isupper()) or not latin_source


def _scale_after(text: str, pos: int, lang: str) -> tuple[int, int]:
    """(multiplier, end) of a scale word or CJK multiplier at `pos` (after one space); (1, pos) where none."""
    i = pos + (text[pos : pos + 1] in (" ", "\u00a0", "\u202f"))
    m = _MULTIPLIER.match(text, i)
    prefixes, units = measure_units(lang)
    if m and m.group()[-1:] in prefixes and any(text.startswith(u, m.end()) for u in units):
        return 1, pos  # "23千米": a kilometre
    if m:
        mult = 1
        for ch in m.group():
            mult *= int(unicodedata.numeric(ch))
        return mult, m.end()
    m = _WORDS.match(text, i)
    if m:
        word, words = m.group().lower(), scale_words(lang)
        for w, mult in words.items():
            if word == w:
                return mult, m.end() + (text[m.end() : m.end() + 1] == ".")
    return 1, pos


def _date_role(text: str, start: int, end: int, value: Decimal, written: str, lang: str) -> tuple[str, int]:
    """(role, end) of a number in a date: before a marker ("年", "г."), before or after a month name."""
    markers, months, prefix = date_words(lang)
    after = text[end : end + 4].lstrip()
    skip = len(text[end : end + 4]) - len(after)
    for marker, role in markers.items():
        if after.lower().startswith(marker):
            plain = role != "year" or marker in data()["short_year_markers"] or is_year(value, written)
            if plain and (role != "month" or 1 <= value <= 12) and (role != "day" or 1 <= value <= 31):
                return role, end + skip + len(marker)
    def month(word: str) -> bool:
        word = word.lower()
        return word in months or bool(prefix and word.startswith(prefix) and word[len(prefix) :] in months)

    word = _WORDS.match(text, end + skip + (after[:1] == "." and after[1:2] == " ") * 2)
    if word and month(word.group()) and 1 <= value <= 31:
        return "day", word.end()
    last = regex.findall(r"\p{L}+", text[max(0, start - 16) : start])
    if last and text[start - 1 : start] in " \u00a0" and month(last[-1]):
        if is_year(value, written):
            return "year", end
        if 1 <= value <= 31:
            return "day", end
    return "", end


def source_numbers(source: str, lang: str) -> list[SourceNumber]:
    """Every number of a source text, read with its language's conventions."""
    # full-width digits as ASCII ones; the rest as written ("，" is a comma between clauses, no group separator)
    text = "".join(unicodedata.normalize("NFKC", c) if unicodedata.category(c) == "Nd" or c in "．％" else c for c in source)
    letters = regex.findall(r"\p{L}", text)
    latin_source = sum(1 for c in letters if regex.match(r"\p{Latin}", c)) * 2 > len(letters)
    spaceless = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}ー]")
    glued_unit = regex.compile(r"[\p{Latin}\p{Katakana}]")
    first = regex.search(r"\S", text)
    out: list[SourceNumber] = []
    consumed = 0
    for m in _DIGITS.finditer(text):
        start, end, written = m.start(), m.end(), m.group()
        if start < consumed:
            continue
        value = parse_number(written, lang)
        if value is None:
            continue
        prev, nxt = text[start - 1 : start], text[end : end + 2]
        before = text[start - 2 : start - 1] if start >= 2 else ""
        role = "count"
        if _prefix_word(text, start, latin_source) or (prev.isalpha() and not spaceless.match(prev)):
            role = "code"  # "F-22", "GB/T 13000", "A320": a name's part
        elif prev.isdigit() or (prev and prev in ".:/_#@・") or (prev and prev in ",-" and (before.isdigit() or not before.strip())):
            role = "part"  # inside a date, a time, a range, a list or a fraction
        elif regex.match(r"[.,:/]\d|[\-_][\p{L}\p{N}]|\.[A-Z]", nxt):
            role = "part"  # before one: "6-8", "600884.SH"
        elif glued_unit.match(nxt[:1]):
            role = "code"  # "10km", "5G", "2ウェイ": a unit or a name's part
        elif any(text[max(0, start - len(e)) : start] == e for e in data()["eras"]):
            role = "code"  # an era's year ("令和5年"): English gives the Western year
        mult, scale_end = _scale_after(text, end, lang) if role == "count" else (1, end)
        total = value * mult
        if mult > 1:  # "58万7000": the rest of the figure follows
            rest = _DIGITS.match(text, scale_end)
            if rest and (r := parse_number(rest.group(), lang)) is not None:
                r_mult, r_end = _scale_after(text, rest.end(), lang)
                if r * r_mult < mult:
                    total, scale_end = total + r * r_mult, r_end
            end = consumed = scale_end
        date_end = end
        if role == "count" and mult == 1:
            date, date_end = _date_role(text, start, end, value, written, lang)
            role = date or role
        if role == "count" and mult == 1 and first and start == first.start():
            role = "listing"  # a list or section number ("6.2 Scope", "04 Notes"): often dropped
        after = text[date_end : date_end + 3].lstrip()
        if role == "count" and any(after.startswith(f) for f in data()["fraction_markers"]):
            role = "part"  # the denominator of "2分の1" (a half)
        candidates = {total}
        tenths = data()["percent_markers"].get(lang, {})
        pct = after[:1] in ("%", "٪") or after[:1] in tenths
        if after[:1] in tenths:
            candidates.add(value * tenths[after[:1]])  # "9割" is 90%
        if mult == 1 and _WORDS.match(text, end + (text[end : end + 1] == " ")) and role == "count":
            candidates |= {value * 10**k for k in (3, 4, 6, 8, 9, 12)}  # a scale word we do not know
        if mult == 1 and value == int(value) and value < 100:
            candidates |= {value + 100 * c for c in (17, 18, 19, 20)}  # a year in two digits: "22年", "1827～91"
            if 13 <= value <= 24:
                candidates.add(value - 12)  # "14 Uhr" is "2 p.m."
        out.append(SourceNumber(start, max(end, date_end), text[start : max(end, date_end)], total,
                                frozenset(candidates), role, scaled=mult > 1, percent=pct))
    return _dates(text, _joined(text, out))


def _joined(text: str, numbers: list[SourceNumber]) -> list[SourceNumber]:
    """Two numbers joined by one mark ("5、2") may be one decimal in English (5.2)."""
    out = list(numbers)
    for i, (a, b) in enumerate(pairwise(numbers)):
        mark = text[a.end : b.start]
        # "5、2", or a unit between a whole and its tenths ("2尺5" is 2.5 chi, "3点5" 3.5)
        joined = _JOINED.fullmatch(mark) or (regex.fullmatch(r"\p{Han}", mark) and not regex.match(r"\p{L}", text[b.end : b.end + 1]))
        if joined and not (a.scaled or b.scaled) and "." not in a.written + b.written:
            try:
                joined = Decimal(f"{a.written}.{b.written}")
            except InvalidOperation:
                continue
            unit = regex.match(r"[\p{Latin}\p{Katakana}]", text[b.end : b.end + 1])
            role = "code" if unit or "code" in (a.role, b.role) else None  # "29・6アール": one measure
            out[i] = _with(out[i], joined, **({"role": role} if role else {}))
            out[i + 1] = _with(out[i + 1], joined, **({"role": role} if role else {}))
    return out


def _with(n: SourceNumber, value: Decimal, **changes) -> SourceNumber:
    from dataclasses import replace

    return replace(n, candidates=n.candidates | {value}, **changes)


def _dates(text: str, numbers: list[SourceNumber]) -> list[SourceNumber]:
    """Year, month and day numbers close together are one date."""
    from dataclasses import replace

    out, date, last = [], -1, None
    for n in numbers:
        if n.role in ("year", "month", "day"):
            if last is None or n.start - last.end > 12:
                date = n.start
            n = replace(n, date=date)
            last = n
        out.append(n)
    ends = {}
    for n in out:
        if n.date >= 0:
            ends[n.date] = max(ends.get(n.date, 0), n.end)
    return [replace(n, date_text=text[n.date : ends[n.date]]) if n.date >= 0 else n for n in out]


def han_values(source: str) -> set[Decimal]:
    """The values the source writes in CJK numerals."""
    values = {han_value(m.group()) for m in _HAN_NUMERAL.finditer(source)}
    return {v for v in values if v is not None}


@dataclass(frozen=True)
class EnglishNumber:
    start: int
    end: int  # the digits
    written_value: Decimal  # as the digits read, without a scale word
    scale: int  # a scale word after it ("million"): 1 where none
    scale_end: int  # the end of that word (`end` where none)
    values: frozenset[Decimal]
    code: bool  # part of a name or code ("F-22", "A320", "5G")
    year: bool
    measure: bool = False  # with a unit or a currency sign: maybe converted from the source's


def english_numbers(text: str) -> list[EnglishNumber]:
    """Every number of an English text, read leniently."""
    scales = data()["scales"]
    out = []
    matches = list(_ENGLISH_DIGITS.finditer(text))
    for i, m in enumerate(matches):
        written = m.group()
        values = {v for v in (parse_number(written, "en"),) if v is not None}
        if not values:  # "3.500.000": take the digits
            values = {Decimal(regex.sub(r"\D", "", written))}
        base = min(values)
        word = _WORDS.match(text, m.end() + (text[m.end() : m.end() + 1] == " "))
        scale = scales.get(word.group().lower(), 1) if word else 1
        scale_end = word.end() if scale > 1 else m.end()
        if scale == 1 and i + 1 < len(matches) and regex.fullmatch(r"\s*(?:to|and|or|-|–)\s*", text[m.end() : matches[i + 1].start()]):
            word = _WORDS.match(text, matches[i + 1].end() + (text[matches[i + 1].end() : matches[i + 1].end() + 1] == " "))
            scale = scales.get(word.group().lower(), 1) if word else 1  # "between 4 and 6 million"
        values |= {v * scale for v in values}
        values |= {v.to_integral_value(rounding="ROUND_FLOOR") for v in values if v % 1 == Decimal("0.5")}
        prev = text[max(0, m.start() - 2) : m.start()]
        code = bool(regex.search(r"\p{L}$|\p{L}[\-/]$", prev)) or bool(regex.match(r"\p{Lu}", text[m.end() : m.end() + 1]))
        unit = regex.match(r" ?(\p{L}+|°\p{L})", text[scale_end : scale_end + 16])
        measure = bool(regex.search(r"\p{Sc}\s?$", text[max(0, m.start() - 2) : m.start()])) or bool(
            unit and unit.group(1).lower() in english_units())
        out.append(EnglishNumber(m.start(), m.end(), base, scale, scale_end, frozenset(values), code,
                                 scale == 1 and is_year(base, written), measure))
    return out


def english_word_values(text: str) -> set[Decimal]:
    """Values written out in words: "five", "twenty-five", "two hundred", "half", "noon"."""
    words, multipliers = data()["words"], set(data()["multipliers"])
    found = [(w.lower(), words[w.lower()]) for w in _WORDS.findall(text) if w.lower() in words]
    values = {Decimal(v) for _, v in found}
    values |= {Decimal(m.group(1)) + Decimal("0.5") for m in regex.finditer(r"(\d+) and a half", text)}
    for (_, a), (word, b) in pairwise(found):
        values.add(Decimal(a * b) if word in multipliers else Decimal(a + b))
    return values


def english_percent_values(text: str) -> set[Decimal]:
    """Percentages written as words ("entirely" for 100%, "half" for 50%)."""
    words = data()["percent_words"]
    return {Decimal(words[w.lower()]) for w in _WORDS.findall(text) if w.lower() in words}
