"""A name the glossary lacks, spelled two ways in one document (no convention needed)."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from functools import lru_cache

import regex
from rapidfuzz.distance import DamerauLevenshtein

from audit.language.lexicon import english, thresholds, zipf
from audit.language.romanisation import east_asian
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule

_NAME_WORD = regex.compile(r"(?<![\p{L}\-'’])\p{Lu}[\p{Ll}\p{M}]{3,}(?![\p{L}])")
# two capitalised words that may be one name written open ("Red Bull"); overlapping pairs too
_OPEN_NAME = regex.compile(r"(?<![\p{L}\-'’])(\p{Lu}[\p{Ll}\p{M}]+)[ \t\u00a0](\p{Lu}[\p{Ll}\p{M}]+)(?![\p{L}\-])")


@lru_cache(maxsize=1 << 16)  # every pair of a document's names compares them
def _bare(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.casefold()) if not unicodedata.combining(c))


def _gendered(a: str, b: str) -> bool:
    """Two forms that differ by a gender or case ending of the same surname or first name
    (Peskov / Peskova, Daniel / Daniela, Verzilova / Verzilovo): maybe two people."""
    endings = english()["name_inflections"]
    short, long_ = sorted((_bare(a), _bare(b)), key=len)
    if short == long_:
        return False  # accents only (Gaucho / Gaúcho): one name
    if long_.startswith(short) and long_[len(short):] in endings:
        return True
    return len(a) == len(b) and short[:-1] == long_[:-1] and short[-1] in "aeiouy" and long_[-1] in "aeiouy"


_LIMITS = thresholds()["spelled_two_ways"]
NEAR = _LIMITS["near"]  # characters: two spellings further apart may be two articles of one feed file


def _one_slip(a: str, b: str) -> bool:
    """One letter replaced, or two neighbours swapped (two edits in a word of eight letters or
    more), in words of the same length and first letter."""
    ba, bb = _bare(a), _bare(b)
    return len(ba) == len(bb) and ba[0] == bb[0] and DamerauLevenshtein.distance(ba, bb) <= (2 if len(ba) >= 8 else 1)


def _accents(word: str) -> int:
    return sum(1 for c in unicodedata.normalize("NFD", word) if unicodedata.combining(c))


def _unkept(word: str) -> bool:
    """Whether a word carries a mark English news drops (`dropped_marks` in romanisation.yaml: the
    macrons of Hepburn and pinyin: Tōkyō, Saitō)."""
    from audit.language.romanisation import romanisation_data

    marks = romanisation_data()["dropped_marks"]
    return any(c in marks for c in unicodedata.normalize("NFD", word))


def _near(these: list[tuple[int, int]], those: list[tuple[int, int]]) -> bool:
    return any(abs(a - b) <= NEAR for a, _ in these for b, _ in those)


@rule(
    "N008",
    "name-spelled-two-ways",
    category=Category.INCONSISTENCY,
    severity=Severity.MINOR,
    example="Opposition leader Navalny was jailed. Navalny said the trial was a farce. Navalmy appealed.",
    evidence_for=("usual_uses", "english_knows_usual", "closed_and_open"), evidence_against=("tie",),
)
def name_spelled_two_ways(ctx: Context, emit: Emit) -> None:
    """A name the glossary lacks, written two ways in one document ("Madbouli ... Madbowli",
    "Yván ... Yvan", "Groysman ... Groisman").

    What it does: compares the document's capitalised words. Two that differ by accents only are
    one name ("Julian ... Julián"); so are two words that are no common English words, of the same
    length, one letter apart (two in a word of eight letters or more), where English knows the one
    the document uses at least twice nearby and not the other at all. The spelling the document
    uses less often is flagged with the other; on a tie of accents in a translation (a declared
    source language other than English), the accented one stands (an accent is part of a
    Latin-script name, and the bare form only drops it).

    Why is this bad: a reader meets one person under two names; one of them is a slip of the
    translation.

    Leaves alone: a tie of accents where the source language is English or not given (English
    news may drop accents in a caption: "Carlos Mazon ... Carlos Mazón"); accents only where one
    spelling has a mark English news drops (Tōkyō / Tokyo:
    Hepburn's and pinyin's macrons) or the two stand far apart (a feed file of many articles);
    two known words one letter apart (Kyoto / Kyodo, Sheba / Sheva: two names), or
    two Chinese or Japanese syllable strings (Shiwa / Showa); a
    noun and its adjective (Bavaria / Bavarian); forms that differ by a gender or case ending
    (Peskov / Peskova: maybe two people; `name_inflections` in audit/data/english.yaml); ties
    English cannot settle; names the glossary knows (N004) and foreign conventions (N006).

    A name written both closed and open ("Red Bull ... Redbull ... Red Bull") is one name too:
    the form the document uses less often is flagged, with the other.

    Fix (unsafe): the document's usual spelling.
    """
    translated = ctx.source_language not in ("", "en")
    where: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in _NAME_WORD.finditer(ctx.text):
        if not ctx.in_mention(m.start(), m.end()):
            where[m.group()].append((m.start(), m.end()))
    bare = defaultdict(set)
    for word in where:
        bare[_bare(word)].add(word)
    # a common word counts only beside its accented twin ("Julian ... Julián")
    words = sorted(w for w in where if zipf(w.lower()) < _LIMITS["common_word"] or len(bare[_bare(w)]) > 1)
    by_letter: dict[str, list[str]] = defaultdict(list)  # only words of one first letter are compared
    for w in words:
        by_letter[_bare(w)[:1]].append(w)
    pairs = ((a, b) for group in by_letter.values() for i, a in enumerate(group) for b in group[i + 1:])
    for a, b in pairs:
        if _gendered(a, b):
            continue
        na, nb = len(where[a]), len(where[b])
        if _bare(a) == _bare(b):  # accents only: the usual spelling, else the one with its accents
            if na == nb and (_accents(a) == _accents(b) or not translated) or _unkept(a) or _unkept(b) \
                    or not _near(where[a], where[b]):
                continue  # a tie in an English original (house style drops accents); a macron; far apart
            minority, usual = (a, b) if (na, _accents(a)) < (nb, _accents(b)) else (b, a)
        elif max(zipf(a.lower()), zipf(b.lower())) >= _LIMITS["common_word"]:
            continue
        elif _one_slip(a, b) and na != nb and not (east_asian(a) and east_asian(b)):
            minority, usual = (a, b) if na < nb else (b, a)
            if zipf(_bare(minority)) > 0 or zipf(_bare(usual)) < _LIMITS["known"] or len(where[usual]) < 2 \
                    or not _near(where[minority], where[usual]):
                continue  # only a slip beside a spelling English knows, used twice nearby
        else:
            continue
        evidence = {"usual_uses": min(3, len(where[usual])), "tie": na == nb, "accents_only": _bare(a) == _bare(b),
                    "english_knows_usual": zipf(_bare(usual)) >= _LIMITS["known"]}
        for start, end in where[minority]:
            emit(start, end, f"'{minority}' is spelled '{usual}' elsewhere in this document", evidence=evidence,
                 replacement=usual, applicability=Applicability.UNSAFE)
    _closed_and_open(ctx, emit, where)


def _closed_and_open(ctx: Context, emit: Emit, closed: dict[str, list[tuple[int, int]]]) -> None:
    """One name written as one word and as two ("Redbull" / "Red Bull"): the rarer form is flagged."""
    keys = {w.casefold() for w in closed}
    opened: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for m in _OPEN_NAME.finditer(ctx.text, overlapped=True):
        key = (m.group(1) + m.group(2)).casefold()
        if key in keys and not ctx.overlaps_mention(m.start(), m.end()):
            opened[key].append((m.start(), m.end(), f"{m.group(1)} {m.group(2)}"))
    for word, spans in closed.items():
        two = opened.get(word.casefold())
        if not two or len(two) == len(spans) or not _near(spans, [(a, b) for a, b, _ in two]):
            continue
        evidence = {"usual_uses": min(3, max(len(two), len(spans))), "tie": False, "accents_only": False,
                    "english_knows_usual": False, "closed_and_open": True}
        if len(two) > len(spans):  # written open as a rule: the closed form is the slip
            for start, end in spans:
                emit(start, end, f"'{word}' is written '{two[0][2]}' elsewhere in this document", evidence=evidence,
                     replacement=two[0][2], applicability=Applicability.UNSAFE)
        else:
            for start, end, form in two:
                emit(start, end, f"'{form}' is written '{word}' elsewhere in this document", evidence=evidence,
                     replacement=word, applicability=Applicability.UNSAFE)
