"""Names of Cyrillic origin in another language's romanisation, read back and written the English way.

One table (`cyrillic` in audit/data/romanisation.yaml) says, letter by letter, how English and
each European language write Russian, Ukrainian and Belarusian names. It is read both ways:
`readings` parses a spelling with one language's column back into Cyrillic (German
"Saporischschja" -> Запорiжжя, French "Tcheliabinsk" -> Челябинск) and writes it out with the
English column, choosing the spelling English knows best (wordfreq) or BGN/PCGN's where it
knows none; `spellings` writes an English form out with a language's column (what a feed
translated from that language may hold for it).
"""

from __future__ import annotations

import itertools
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from audit.language.lexicon import zipf
from audit.language.romanisation import romanisation_data

BEAM = 256  # parses kept per position of a word: enough for every real name, bounded for any input
VARIANTS = 64  # English spellings tried per parse
READ = 96  # parses written out in English, the cheapest


@dataclass(frozen=True)
class Unit:
    """One Cyrillic letter (or letter group) and how a language writes it."""

    cyrillic: str
    english: tuple[str, ...]
    start: str  # the English form at a word's start or after a vowel
    final: bool  # stands at a word's end only


@dataclass(frozen=True)
class Reading:
    """A spelling read as a Cyrillic name written by `lang`'s conventions."""

    lang: str
    source: str  # the Cyrillic spelling read back
    english: str  # the English spelling: the one English knows best, else `standard` (lowercase)
    standard: str  # BGN/PCGN's spelling
    marks: tuple[str, ...]  # the convention's hallmarks used ("w → в"): none for an English spelling
    zipf: float  # how well English knows `english` (wordfreq)
    slavic: bool  # `standard` ends as names of this origin do (-ov, -enko, -sky...)
    cost: int = 0  # how unusual the forms read are: the lowest reading is the likeliest
    variants: tuple[str, ...] = ()  # every English spelling the letters read allow


@cache
def _data() -> dict:
    return romanisation_data()["cyrillic"]


@cache
def _units() -> dict[str, Unit]:
    out = {}
    for key, row in _data()["letters"].items():
        english = tuple(row["en"])
        out[key] = Unit(key.rstrip("#"), english, row.get("start", english[0]), key.endswith("#"))
    return out


@cache
def _columns() -> dict[str, dict[str, tuple[tuple[str, bool, int], ...]]]:
    """Language ("en" too) -> written form -> the units it may stand for: (unit, whether the form is
    a hallmark of the language's convention, its rank: 0 for the language's usual form of the unit,
    more for a rarer one). A hallmark is no form English writes for the unit, not marked weak, no
    accented or plain vowel English writes for another letter ("i" for ы)."""
    from audit.language.romanisation import conventions

    letters = _data()["letters"]
    plain = {f for row in letters.values() for f in row["en"] if not set(f) - set("aeiouy")}
    out = {}
    for lang in ["en", *conventions()]:
        forms: dict[str, dict[str, tuple[str, bool, int]]] = {}
        for key, row in letters.items():
            english = row["en"]
            own = [f.lstrip("~+") for f in row.get(lang, [])]
            for rank, (form, written) in enumerate(zip(own, row.get(lang, []))):
                strong = not written.startswith("~") and form not in english and _bare(form) not in plain | set(english)
                forms.setdefault(form, {}).setdefault(key, (key, strong, rank + (written[0] in "~+")))
            for rank, form in enumerate(english):  # English's own forms read in any language's text
                forms.setdefault(form, {}).setdefault(key, (key, False, len(own) + rank))
        out[lang] = {form: _distinct(units.values(), letters) for form, units in forms.items() if form}
    return out


def _distinct(units, letters) -> tuple[tuple[str, bool, int], ...]:
    """The units a form may stand for, less those another of them covers (і reads as и does, and
    more): one parse where two would give the same English spellings."""
    units = list(units)
    english = {key: letters[key]["en"] for key, _, _ in units}
    return tuple(u for u in units if not any(
        v is not u and set(english[u[0]]) < set(english[v[0]]) and english[u[0]][0] == english[v[0]][0]
        and (v[1], v[2]) == (u[1], u[2]) for v in units))


def _bare(form: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", form) if not unicodedata.combining(c))


@cache
def _longest(lang: str) -> int:
    return max(map(len, _columns()[lang]))


@cache
def _strong_forms(lang: str) -> tuple[str, ...]:
    return tuple(sorted({form for form, units in _columns()[lang].items() if any(strong for _, strong, _ in units)}))


def _fold(word: str) -> str:
    return unicodedata.normalize("NFC", word.casefold())


def _parse(text: str, lang: str) -> list[tuple[int, tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
    """The likeliest ways to read `text` as units of `lang`'s column, most usual forms first (a
    parse costs one a unit, more for a rarer form: "tsch" is one ч, not т + ш): (cost, unit keys,
    hallmarks used, the forms read)."""
    columns, longest = _columns()[lang], _longest(lang)
    # per position: (cost, unit keys, hallmarks)
    states: list[list[tuple[int, tuple[str, ...], tuple[str, ...], tuple[str, ...]]]] = [[] for _ in range(len(text) + 1)]
    states[0].append((0, (), (), ()))
    for i in range(len(text)):
        if not states[i]:
            continue
        states[i] = sorted(states[i])[:BEAM]
        for size in range(1, min(longest, len(text) - i) + 1):
            form = text[i:i + size]
            for key, strong, rank in columns.get(form, ()):
                if key.endswith("#") and i + size != len(text):
                    continue
                mark = (f"{form} → {key.rstrip('#')}",) if strong else ()
                states[i + size].extend((cost + rank + 1, units + (key,), marks + mark, written + (form,))
                                        for cost, units, marks, written in states[i])
    return sorted(states[-1])[:BEAM]


def _vowel(unit: str) -> bool:
    return unit.rstrip("#")[-1:] in _data()["vowels"]


def _english(units: tuple[str, ...], written: tuple[str, ...]) -> tuple[str, list[str]]:
    """BGN/PCGN's spelling of a parse, and the English spellings its letters allow (a letter
    already written as English writes it stays as written or becomes BGN/PCGN's: "e" read as ё
    may give "yo", never "o")."""
    table = _units()
    standard, options = [], []
    for i, key in enumerate(units):
        unit = table[key]
        first = unit.start if i == 0 or _vowel(units[i - 1]) else unit.english[0]
        standard.append(first)
        options.append(tuple(dict.fromkeys([written[i], first] if written[i] in unit.english else [first, *unit.english])))
    variants = ["".join(p) for p in itertools.islice(itertools.product(*options), VARIANTS)]
    return "".join(standard), variants


@lru_cache(maxsize=65536)
def readings(word: str, lang: str) -> tuple[Reading, ...]:
    """Every reading of `word` as a Cyrillic name in `lang`'s convention that uses at least one of
    its hallmarks, best known to English first."""
    text = _fold(word)
    if lang == "en" or lang not in _columns() or not any(f in text for f in _strong_forms(lang)):
        return ()
    endings = tuple(_data()["endings"])
    out: dict[str, Reading] = {}
    parses = [p for p in _parse(text, lang) if p[2]][:READ]
    for cost, units, marks, written in parses:  # cheapest first: the first parse of a spelling stands
        standard, variants = _english(units, written)
        best = max(variants, key=lambda v: (zipf(v), v == standard))
        z = zipf(best)
        if z <= 0:
            best = standard
        if best not in out:
            out[best] = Reading(lang, "".join(_units()[u].cyrillic for u in units), best, standard, marks, z,
                                standard.endswith(endings), cost, tuple(variants))
    first = next(iter(out.values()), None)
    return tuple(sorted(out.values(), key=lambda r: (-r.zipf, r is not first)))


def best_reading(word: str, langs: tuple[str, ...] = ()) -> Reading | None:
    """The likeliest reading of `word` in any language's convention (`langs` first on a tie): a
    spelling English knows before one it does not, then the commonest, then the cheapest parse."""
    order = list(dict.fromkeys([*langs, *languages()]))
    found = [(r, i) for i, lang in enumerate(order) for r in readings(word, lang)[:1]]
    if not found:
        return None
    return min(found, key=lambda ri: (ri[0].zipf <= 0, -ri[0].zipf, ri[0].cost, ri[1]))[0]


def reads_as(word: str, targets: tuple[str, ...], langs: tuple[str, ...] = ()) -> tuple[Reading, str] | None:
    """The reading of `word` in a language's convention that gives one of `targets` (compared
    after the accepted English variation: "Choïgou" reads as "Shoigu"), and that target."""
    from audit.language.romanisation import accepted_key

    keys = {accepted_key(t): t for t in targets}
    best = None
    for i, lang in enumerate(dict.fromkeys([*langs, *languages()])):
        for r in readings(word, lang):
            hit = next((keys[k] for k in map(accepted_key, r.variants) if k in keys), None)
            if hit is not None and (best is None or (r.cost, i) < best[2]):
                best = (r, hit, (r.cost, i))
    return best and best[:2]


@lru_cache(maxsize=65536)
def english_cost(word: str) -> int | None:
    """What reading `word` with the English column alone costs (None: it cannot be read so): a
    spelling English reads as cheaply as another language does may be English already
    ("Falkushchenko")."""
    parses = _parse(_fold(word), "en")
    return parses[0][0] if parses else None


def native_ending_marks(word: str, reading: Reading) -> int:
    """How many of a reading's hallmarks fall inside an ending the language's own names have
    (German "-ow": Modrow)."""
    text = _fold(word)
    for ending in _data()["native_endings"].get(reading.lang, ()):
        if text.endswith(ending):
            return sum(1 for mark in reading.marks if mark.split(" → ")[0] in ending)
    return 0


def own_names(lang: str) -> bool:
    """Whether `lang`'s own names look like Cyrillic names in its convention (Polish, Czech)."""
    return lang in _data()["own_names"]


def languages() -> tuple[str, ...]:
    return tuple(lang for lang in _columns() if lang != "en")


@lru_cache(maxsize=16384)
def spellings(english: str, lang: str) -> str | None:
    """How `lang`'s convention writes an English spelling of a Cyrillic name (read back with the
    English column, written out with `lang`'s usual form of each letter): "Peskov" in German is
    "Peskow". None where the convention writes it as English does. Capitalised as given."""
    parses = _parse(_fold(english), "en")
    if not parses or lang not in _columns():
        return None
    usual: dict[str, tuple[int, str, bool]] = {}
    for form, units in _columns()[lang].items():
        for key, strong, rank in units:
            if key not in usual or (rank, form) < usual[key][:2]:
                usual[key] = (rank, form, strong)
    combo = [usual[key] for key in parses[0][1]]
    if not any(strong for _, _, strong in combo):
        return None
    spelling = "".join(form for _, form, _ in combo)
    return spelling[:1].upper() + spelling[1:] if english[:1].isupper() else spelling


@lru_cache(maxsize=16384)
def cyrillic_spellings(word: str) -> tuple[str, ...]:
    """The Cyrillic spellings an English (BGN/PCGN-style) romanisation reads back to, likeliest
    first: "Gunko" -> гунко."""
    units = _units()
    return tuple(dict.fromkeys("".join(units[u].cyrillic for u in parse[1]) for parse in _parse(_fold(word), "en")))
