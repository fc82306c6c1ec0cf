"""One name written two ways in a document, one of them in another language's conventions."""

from __future__ import annotations

from collections import defaultdict

import regex
from rapidfuzz import fuzz

from audit.language.lexicon import thresholds, zipf
from audit.language.names import source_languages
from audit.language.origins import best_reading, native_ending_marks
from audit.language.romanisation import (
    east_asian,
    explain,
    foreign_marks,
    language_name,
)
from audit.language.transliteration import name_key
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule

_NAME_WORD = regex.compile(r"(?<![\p{L}\-'’])\p{Lu}[\p{Ll}\p{M}]{2,}(?:-\p{Lu}[\p{Ll}\p{M}]+)?(?![\p{L}])")
_CLOSE = thresholds()["same_name_ratio"]  # folded keys less alike than this are two names


def _name_words(ctx: Context) -> dict[str, list[tuple[int, int]]]:
    """Capitalised words that are no common English word and not part of a glossary name -> where."""
    out: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in _NAME_WORD.finditer(ctx.text):
        word = m.group()
        if zipf(word.lower()) >= 3.0 or ctx.in_mention(m.start(), m.end()):
            continue
        out[word].append((m.start(), m.end()))
    return out


def _slavic(word: str, langs: tuple[str, ...]) -> bool:
    """Whether the spelling reads as a Cyrillic name in a convention's hallmarks (audit/language/
    origins.py), ending as such names do, beyond an ending the language's own names have."""
    reading = best_reading(word, langs)
    return reading is not None and reading.slavic and len(reading.marks) > native_ending_marks(word, reading)


@rule(
    "N006",
    "foreign-spelling-in-document",
    category=Category.NAME_FORMAT,
    severity=Severity.MAJOR,
    example="Defence Minister Sergei Shoigu arrived on Monday. Choïgou met the generals in Rostov.",
    evidence_for=("marks", "english_uses", "slavic"), evidence_against=("other_source_lang", "rewrites"),
)
def foreign_spelling_in_document(ctx: Context, emit: Emit) -> None:
    """A name the glossary lacks, written two ways in one document, one of them in another
    language's spelling conventions ("Shoigu ... Choïgou", "Peskov ... Peskow").

    What it does: compares the document's capitalised words that English does not know; where two
    of them are one name by their folded spelling and the romanisation tables
    (audit/data/romanisation.yaml: rewrites, and for a name of Cyrillic origin its letters read
    back by one language's column and written out by English's) explain one as the other written
    the French, German, Spanish... way (and not the other way round), the foreign one is flagged
    with the English-looking one, whatever the topic: "Wenediktowa ... Venediktova" once each is
    one person, as the Cyrillic reading shows.

    Why is this bad: the reader meets one person or place under two names, one of them copied from
    the translation's source; whatever the topic, the English form is the one to keep.

    Leaves alone: spellings that differ as accepted English spellings do (Mohammed / Muhammad: N004
    for glossary names); spellings that differ only by accents (a Latin-script name keeps its own:
    Gaúcho, Erdoğan) or by rewrites common in native names too (the tables' weak rows: Recean /
    Rechan); names the glossary knows (N001, N002).

    Fix (unsafe): the English-looking spelling the document also uses.
    """
    words = _name_words(ctx)
    if len(words) < 2:
        return
    keys = {w: name_key(w) for w in words}
    langs = source_languages(ctx)
    flagged: dict[str, tuple[str, object]] = {}
    names = sorted(words)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            if fuzz.ratio(keys[a], keys[b]) < _CLOSE:
                continue
            a_to_b, b_to_a = explain(a, [b], langs), explain(b, [a], langs)
            if (a_to_b and a_to_b.foreign and not a_to_b.strong) or (b_to_a and b_to_a.foreign and not b_to_a.strong):
                continue  # only accents ("Gaúcho" / "Gaucho") or weak rewrites: both may be right
            foreign_a = a_to_b is not None and a_to_b.foreign and not (b_to_a and b_to_a.foreign)
            foreign_b = b_to_a is not None and b_to_a.foreign and not (a_to_b and a_to_b.foreign)
            # a Chinese or Japanese name keeps its own romanisation's ch, j and w
            if foreign_a and not foreign_marks(b) and not east_asian(a):
                flagged[a] = (b, a_to_b)
            elif foreign_b and not foreign_marks(a) and not east_asian(b):
                flagged[b] = (a, b_to_a)
    known = ctx.doc.source_lang
    for word, (english_form, how) in flagged.items():
        if len(words[word]) > len(words[english_form]):
            continue  # the document's usual spelling may be the name's own (Maximowicz, once Maximovicz)
        slavic = _slavic(word, langs)
        if len(words[word]) == len(words[english_form]) and zipf(english_form.casefold()) < 1.0 and not slavic:
            continue  # once each, and English does not know the other spelling either (Wopke / Vopke)
        evidence = {"rewrites": len(how.rewrites), "other_source_lang": bool(known) and how.lang != known,
                    "english_uses": len(words[english_form]), "marks": foreign_marks(word), "slavic": slavic}
        for start, end in words[word]:
            emit(start, end, f"'{word}' is '{english_form}' as {language_name(how.lang)} writes it "
                 f"({', '.join(how.rewrites)}); this document also writes '{english_form}'",
                 evidence=evidence, replacement=english_form, applicability=Applicability.UNSAFE)
