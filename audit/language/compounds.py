"""How English builds closed compounds, from wordfreq's word list: how many English words a word
starts ("over": overview, overtime...) or ends ("wood": firewood, hardwood...) as one of two
halves that are words themselves, and whether a word is an inflected verb form.

A token English does not know that splits into two words is a lost space where neither half is
one English compounds with ("victory" + "answered"), and a closed compound English simply has not
attested where both halves build many ("fork" + "ball", "pre" + "trained").
"""

from __future__ import annotations

import bisect
import math
from functools import cache

from audit.language.lexicon import _plain_frequencies, thresholds, zipf

_LIMITS = thresholds()["compounds"]  # Zipf cut-offs and lengths (audit/data/thresholds.yaml)


@cache
def _lists() -> tuple[frozenset[str], list[str], list[str]]:
    """(the halves: words of Zipf `half` or more; the compounds, sorted; the same reversed, sorted)."""
    freqs = _plain_frequencies("en", "best") or {}
    half, word = 10 ** (_LIMITS["half"] - 9), 10 ** (_LIMITS["compound"] - 9)
    halves = frozenset(w for w, f in freqs.items() if f >= half and len(w) >= _LIMITS["min_half"] and w.isalpha())
    compounds = sorted(w for w, f in freqs.items() if f >= word and len(w) >= 2 * _LIMITS["min_half"] and w.isalpha())
    return halves, compounds, sorted(w[::-1] for w in compounds)


def _count(sorted_words: list[str], stem: str, halves: frozenset[str], reverse: bool) -> int:
    lo = bisect.bisect_left(sorted_words, stem)
    hi = bisect.bisect_left(sorted_words, stem + "\uffff")
    rest = (w[len(stem):] for w in sorted_words[lo:hi])
    return sum(1 for r in rest if len(r) >= _LIMITS["min_rest"] and (r[::-1] if reverse else r) in halves)


@cache
def starts_compounds(word: str) -> float:
    """log10(1 + how many English words are `word` + another word of `min_rest` letters or more):
    "over" 2.5 (overview, overtime...), "victory" 0."""
    halves, compounds, _ = _lists()
    return math.log10(1 + _count(compounds, word.lower(), halves, reverse=False))


@cache
def ends_compounds(word: str) -> float:
    """log10(1 + how many English words are another word of `min_rest` letters or more + `word`):
    "wood" 2.1 (firewood, hardwood...), "answered" 0."""
    halves, _, reversed_compounds = _lists()
    return math.log10(1 + _count(reversed_compounds, word.lower()[::-1], halves, reverse=True))


def inflection(word: str, known: float | None = None) -> str:
    """The inflectional ending of a lowercase word formed from a word of Zipf `known` or more (by
    default `stem`): "ed" of "ranked", "ing" of "managing", "s" of "contradicts", "en" of "given";
    else "". Names seldom end in one."""
    known = _LIMITS["stem"] if known is None else known
    for ending in ("ed", "ing", "es", "s", "en", "n"):
        if not word.endswith(ending) or len(word) - len(ending) < 3:
            continue
        stem = word[: -len(ending)]
        stems = [stem, stem + "e"] + ([stem[:-1]] if len(stem) >= 4 and stem[-1] == stem[-2] else [])
        if any(zipf(s) >= known for s in stems):  # "planned", "running": the doubled consonant
            return ending.rstrip("e") if ending == "es" else ending
    return ""
