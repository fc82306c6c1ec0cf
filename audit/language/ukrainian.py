"""Ukrainian names in English: the Ukrainian national romanisation (KMU 2010), and the Russian forms
an MT system that goes through Russian leaves instead (`ukrainian` in audit/data/romanisation.yaml).

A Latin spelling is read back into Cyrillic with English's column of the Cyrillic table
(audit/language/origins.py), then into the Ukrainian spellings those letters may stand for (и or
і, a soft sign English drops); wordfreq says whether Ukrainian or Russian writes the name more.
"""

from __future__ import annotations

import difflib
import itertools
from dataclasses import dataclass
from functools import cache, lru_cache

from audit.language.lexicon import zipf
from audit.language.origins import cyrillic_spellings
from audit.language.romanisation import accepted_key, romanisation_data

READINGS = 6  # Cyrillic spellings of a Latin one tried, cheapest first
VARIANTS = 16  # Ukrainian spellings tried per Cyrillic one, fewest changed letters first


def _large(word: str, lang: str) -> float:
    """Zipf frequency in wordfreq's large Ukrainian or Russian list: the small lists lack most
    surnames (Podolyak, Hunko). Loading one costs about a second, paid only for a document
    translated from Ukrainian."""
    return zipf(word, lang, "large")


@cache
def _data() -> dict:
    return romanisation_data()["ukrainian"]


@cache
def _letters() -> tuple[dict[str, tuple[str, str]], int]:
    letters = {k: (v[0], v[1]) for k, v in _data()["letters"].items()}
    return letters, max(map(len, letters))


def kmu(cyrillic: str) -> str:
    """A Ukrainian word in the national romanisation (lowercase): "григоренко" -> "hryhorenko"."""
    letters, longest = _letters()
    out, i = [], 0
    while i < len(cyrillic):
        for size in range(longest, 0, -1):
            unit = cyrillic[i : i + size]
            if unit in letters:
                out.append(letters[unit][0 if i == 0 else 1])
                i += size
                break
        else:
            out.append(cyrillic[i])
            i += 1
    return "".join(out)


def _spellings(cyrillic: str, lang: str) -> list[str]:
    """The Ukrainian or Russian spellings a Cyrillic spelling read from English may stand for: a
    soft sign may follow a soft consonant before a consonant, before о or at the end (Гунько,
    Гомель: English drops it); in Ukrainian each и may be і, in Russian an initial е may be э
    (Энергоатом)."""
    data = _data()
    slots = []
    for i, c in enumerate(cyrillic):
        nxt = cyrillic[i + 1 : i + 2]
        if c == "и" and lang == "uk":
            slots.append(["и", "і"])
        elif c == "е" and i == 0 and lang == "ru":
            slots.append(["е", "э"])
        elif c in data["soft"] and i and (nxt == "о" or nxt == "" or nxt not in data["vowels"]):
            slots.append([c, c + "ь"])
        else:
            slots.append([c])
    choices = [k for k, options in enumerate(slots) if len(options) > 1]
    out = []
    for changed in range(len(choices) + 1):  # the spelling as read first, then one letter changed, two...
        for combo in itertools.combinations(choices, changed):
            out.append("".join(options[1] if k in combo else options[0] for k, options in enumerate(slots)))
            if len(out) == VARIANTS:
                return out
    return out


@dataclass(frozen=True)
class Lean:
    """How a Latin spelling of a name reads in Ukrainian and in Russian."""

    ukrainian: str  # the Ukrainian Cyrillic spelling wordfreq knows best
    uk_zipf: float  # how well Ukrainian knows it
    ru_zipf: float  # how well Russian knows the best Russian reading

    @property
    def lean(self) -> float:
        """Positive where Ukrainian writes the name more than Russian does."""
        return self.uk_zipf - self.ru_zipf


@lru_cache(maxsize=16384)
def lean(word: str) -> Lean | None:
    """The Ukrainian and Russian readings of a capitalised Latin name; None where it reads as no
    Cyrillic spelling either language knows."""
    spellings = cyrillic_spellings(word)[:READINGS]
    if not spellings:
        return None
    ru = max(_large(r, "ru") for s in spellings for r in _spellings(s, "ru"))
    best, best_z = None, 0.0
    for s in spellings:
        for u in _spellings(s, "uk"):
            z = _large(u, "uk")
            if z > best_z:
                best, best_z = u, z
    if best is None:
        return None
    return Lean(best, best_z, ru)


@cache
def surname_endings() -> tuple[str, ...]:
    return tuple(_data()["surname_endings"])


@cache
def russian_first_names() -> dict[str, tuple[str, ...]]:
    """A first name's Russian form in English -> its Ukrainian forms (KMU's first)."""
    return {russian: tuple(ukrainian) for ukrainian, russians in _data()["first_names"] for russian in russians}


@cache
def _russian_letters() -> frozenset[tuple[str, str]]:
    """(Russian romanisation's letter, the national romanisation's) pairs: g/h for г, i/y for и."""
    return frozenset(tuple(pair) for pair in _data()["russian_letters"])


def _swaps(have: str, want: str):
    """(position in `have`, its letter, `want`'s letter) for each letter one spelling replaces in
    the other, one for one; (position, None, None) for any other difference (letters added,
    dropped, or several for one)."""
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(None, have, want, autojunk=False).get_opcodes():
        if op == "replace" and a2 - a1 == b2 - b1:
            yield from ((a1 + k, x, y) for k, (x, y) in enumerate(zip(have[a1:a2], want[b1:b2])))
        elif op != "equal":
            yield a1, None, None


def hallmarks(written: str, ukrainian: str) -> list[str] | None:
    """Where a Latin spelling departs from the national romanisation of `ukrainian` as Russian
    romanisation does ("g → h" for г, "i → y" for и); None where it departs otherwise (the
    reading is of another name) and [] where it differs only as English accepts."""
    have, want = accepted_key(written, "ukrainian"), accepted_key(kmu(ukrainian), "ukrainian")
    marks = []
    for _, x, y in _swaps(have, want):
        if (x, y) not in _russian_letters():
            return None
        marks.append(f"{x} → {y}")
    return marks


def respell(written: str, ukrainian: str) -> str:
    """The written spelling with only its Russian-romanisation letters changed to the national
    romanisation's ("Granovsky" -> "Hranovsky", "Grigorenko" -> "Hryhorenko"): the spellings
    English accepts either way stay as the writer chose them (-sky, ya)."""
    out = list(written)
    for k, x, y in _swaps(written.lower(), kmu(ukrainian)):
        if (x, y) in _russian_letters():
            out[k] = y.upper() if written[k].isupper() else y
    return "".join(out)
