"""A name English does not know, that another language's spelling turns into one English knows."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

from audit.language.lexicon import thresholds, zipf
from audit.language.names import source_languages
from audit.language.origins import (
    Reading,
    best_reading,
    english_cost,
    native_ending_marks,
)
from audit.language.romanisation import (
    conventions,
    east_asian,
    foreign_marks,
    language_name,
    renderings,
)
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule

_LIMITS = thresholds()["foreign_romanisation"]
UNKNOWN = _LIMITS["unknown"]  # Zipf frequency under which English does not know a word
KNOWN = _LIMITS["known"]  # ... at or over which it knows the English spelling (wordfreq has rare names at 1-2.5)
# a capitalised word of `min_letters` or more: shorter words are too often something else
_NAME_WORD = regex.compile(rf"(?<![\p{{L}}\-'’])\p{{Lu}}[\p{{Ll}}\p{{M}}]{{{_LIMITS['min_letters'] - 1},}}(?![\p{{L}}])")


@lru_cache(maxsize=65536)
def english_spelling(word: str, langs: tuple[str, ...] = ()) -> tuple[str, str, tuple[str, ...], float] | None:
    """(English spelling, language, rewrites, its Zipf) for a word English does not know that one
    language's conventions turn into a word it does: the most frequent such spelling."""
    if zipf(word.casefold()) >= UNKNOWN or east_asian(word, ("pinyin",)):
        return None  # known to English, or a Chinese name in its own romanisation
    best = None
    for lang in dict.fromkeys([*langs, *conventions()]):
        for rendering, used, accents, strong in renderings(word, lang, strong_only=True):
            if not strong:
                continue  # an accent may be the name's own (Gaúcho)
            z = zipf(rendering)
            if z >= KNOWN and len(rendering) >= _LIMITS["min_letters"] and (best is None or (z, -len(used)) > (best[3], -len(best[2]))):
                best = (rendering, lang, used, z)
    if best is not None and best[3] < _LIMITS["hepburn_known"] and east_asian(word, ("hepburn",)):
        return None  # a Japanese name in its own romanisation, unless the rewrite gives a name English
        # knows well (Hepburn also spells German "Chamenei": Khamenei)
    return best


@lru_cache(maxsize=65536)
def cyrillic_spelling(word: str, langs: tuple[str, ...] = ()) -> Reading | None:
    """The reading of a word English does not know as a name of Cyrillic origin in a language's
    convention (audit/language/origins.py), where English knows the spelling it gives."""
    if zipf(word.casefold()) >= UNKNOWN or east_asian(word, ("pinyin",)):
        return None
    reading = best_reading(word, langs)
    if reading is None or reading.zipf < KNOWN or len(reading.english) < _LIMITS["min_letters"] \
            or reading.english == _bare(word):
        return None
    if reading.zipf < _LIMITS["hepburn_known"] and east_asian(word, ("hepburn",)):
        return None
    plain = english_cost(word)
    if plain is not None and plain <= reading.cost:
        return None  # English's own column reads it as cheaply ("Jolin" is Джолин written the English way)
    return reading


def slavic_anchors(ctx: Context, words, langs: tuple[str, ...]) -> list[tuple[int, str, str]]:
    """(offset, language, word) of the words that read as Cyrillic names in a convention's hallmarks
    and end as such names do: they show the convention in the document (N007, N009)."""
    out = []
    for m in words:
        reading = best_reading(m.group(), langs) if zipf(m.group().casefold()) < UNKNOWN else None
        if reading is not None and reading.slavic and len(reading.marks) > native_ending_marks(m.group(), reading):
            out.append((m.start(), reading.lang, m.group()))
    return out


def _bare(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.casefold()) if not unicodedata.combining(c))


def _recase(rendering: str, original: str) -> str:
    return rendering[:1].upper() + rendering[1:] if original[:1].isupper() else rendering


@rule(
    "N007",
    "foreign-romanisation",
    category=Category.NAME_FORMAT,
    severity=Severity.MAJOR,
    example="Power was cut at the nuclear plant near Riwne on Sunday.",
    evidence_for=("english_zipf", "marks"), evidence_against=("other_source_lang", "rewrites"),
)
def foreign_romanisation(ctx: Context, emit: Emit) -> None:
    """A name the glossary lacks, in another language's romanisation that English does not use
    ("Peskow" for Peskov, "Jarkov" for Kharkov, "Selenski" for Zelensky).

    What it does: a capitalised word that English does not know at all (wordfreq) is rewritten by
    the spelling conventions of each language in audit/data/romanisation.yaml (German w for v, sch
    for sh, j for y; Spanish j for kh; French ch for sh, ou for u...), and a name of Russian,
    Ukrainian or Belarusian origin is read back letter by letter into Cyrillic by the language's
    column of the Cyrillic table and written out by the English one (French "Tcheliabinsk" ->
    Челябинск -> "Chelyabinsk"); where that gives a word English does know, the name was copied
    in the translation's source romanisation.

    Why is this bad: English news writes the name in its English romanisation; a reader may not
    recognise the foreign one, and search and archives miss it.

    Leaves alone: words English knows, however rare; spellings that differ only by accents (a
    Latin-script name keeps its own); a Cyrillic reading that does not end as a Slavic name
    (-ov, -enko, -sky...) unless another name near it does (French "Ayouch" is a Moroccan name's
    own spelling, not Аюш); names the glossary knows (N001, N002) or that the document also
    writes the English way (N006).

    Confidence: from how well English knows the rewritten spelling and how many rewrites it took.
    Fix (unsafe): the English spelling.
    """
    langs = source_languages(ctx)
    known = ctx.doc.source_lang
    words = [m for m in _NAME_WORD.finditer(ctx.text) if not ctx.in_mention(m.start(), m.end())]
    anchors = None
    for m in words:
        word = m.group()
        found, reading = english_spelling(word, langs), cyrillic_spelling(word, langs)
        if reading is not None and (found is None or reading.zipf > found[3]):
            if not reading.slavic or len(reading.marks) <= native_ending_marks(word, reading):
                # no Slavic ending: only beside another name the convention writes (Ayouch is no Аюш)
                anchors = slavic_anchors(ctx, words, langs) if anchors is None else anchors
                if not any(lang == reading.lang and other != word and abs(at - m.start()) <= _LIMITS["near"]
                           for at, lang, other in anchors):
                    reading = None
            if reading is not None:
                found = (reading.english, reading.lang, tuple(dict.fromkeys(reading.marks)), reading.zipf)
        if found is None:
            continue
        rendering, lang, used, z = found
        replacement = _recase(rendering, word)
        emit(m.start(), m.end(), f"'{word}' is '{replacement}' as {language_name(lang)} writes it ({', '.join(used)})",
             evidence={"english_zipf": z, "rewrites": len(used), "marks": foreign_marks(word),
                       "other_source_lang": bool(known) and lang != known},
             replacement=replacement, applicability=Applicability.UNSAFE)
