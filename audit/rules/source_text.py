"""The source compared with its translation: a name it leaves out, a segment left in the source language."""

from __future__ import annotations

import unicodedata

import regex

from audit.language.detect import detect, language_name, looks_foreign
from audit.language.lexicon import thresholds
from audit.model import Category, Severity
from audit.rules.base import Context, Emit, rule

_WORDS = regex.compile(r"\p{L}+")


@rule(
    "S002",
    "missing-entity",
    category=Category.MISTRANSLATION,
    severity=Severity.MAJOR,
    example="The agency said on Monday that talks would resume.",
    source_example="Die Weltgesundheitsorganisation sagte am Montag, die Gespräche würden fortgesetzt.",
)
def missing_entity(ctx: Context, emit: Emit) -> None:
    """A name the source gives in a source-language form that the translation leaves out.

    What it does: finds the glossary's source-language forms (acronyms and exonyms, in the
    source's language where it is known) in the source text, and looks for the entity in the
    translation under any of its forms (canonical, alias, or a wrong form the name rules fix).

    Why is this bad: a body or place the source names and the translation drops is an omission
    the reader cannot notice; the house form in English is the entity's canonical form.

    Leaves alone: entities the translation names in any form, or by a capitalised word of
    any accepted form, or a word derived from one ("Russian" for Russia, "EU Parliament" for the
    European Parliament); forms of other languages than the source's. Runs only where the source text is known.

    Display-only: the span marks the segment's end; the message gives the canonical form.
    """
    source = ctx.doc.source
    if not source:
        return
    lang = ctx.doc.source_lang
    named: dict[str, tuple[str, object]] = {}
    for _, _, form in ctx.glossary.find(source):
        if form.kind in ("acronym", "exonym") and (not lang or form.lang == lang):
            named.setdefault(form.entity.id, (form.text, form.entity))
    if not named:
        return
    present = {m.form.entity.id for m in ctx.mentions}
    stems = {w.lower()[:5] for w in _WORDS.findall(ctx.text) if w[0].isupper()}
    for entity_id, (written, entity) in named.items():
        if entity_id in present:
            continue
        # a capitalised word of the name, or a derivation of it, counts ("EU Parliament" for the
        # European Parliament, "Russian athletes" for "Athleten aus Russland"): precision first
        words = {w.lower()[:5] for form in entity.accepted for w in _WORDS.findall(form) if w[0].isupper() and len(w) >= 4}
        if words & stems:
            continue
        end = len(ctx.text.rstrip())
        emit(end, end, f"the source names {entity.canonical} ('{written}'); the translation does not",
             evidence={"acronym": written.isupper()})


_MIN_LETTERS = thresholds()["untranslated"]["min_letters"]


@rule(
    "S003",
    "untranslated-segment",
    category=Category.UNTRANSLATED,
    severity=Severity.CRITICAL,
    example="Die Verhandlungen wurden am Montag in Genf fortgesetzt.",
    source_example="Die Verhandlungen wurden am Montag in Genf fortgesetzt.",
    evidence_for=("same_as_source", "langdetect_margin"),
)
def untranslated_segment(ctx: Context, emit: Emit) -> None:
    """A segment left untranslated: the translation equals the source, or is in its language.

    What it does: compares the translation with the source (spaces and case aside); where they
    differ, asks langdetect for the translation's language only if it does not look English (a
    cheap lexicon test first) and flags it when that is the source's language.

    Why is this bad: untranslated text is a critical error in MQM (non-translation).

    Leaves alone: a segment equal to its source that is English or has no words to translate
    (names, numbers, codes, fewer than 12 letters); a translation in a third language (rule
    R004 reports text that is not English). Runs only where the source text is known.

    No fix (display-only): there is nothing to substitute; the segment needs translating.
    """
    source = ctx.doc.source
    if not source:
        return
    text = ctx.text
    lead = len(text) - len(text.lstrip())
    body = text.strip()
    if sum(1 for c in body if c.isalpha()) < _MIN_LETTERS:
        return
    same = " ".join(body.split()).casefold() == " ".join(source.split()).casefold()
    words = [w for w in _WORDS.findall(body) if w[0].islower()]
    non_latin = any(not c.isascii() and c.isalpha() and unicodedata.name(c, "").split()[0] not in ("LATIN",)
                    for c in body)
    if not same and not non_latin and (len(words) < 3 or looks_foreign(words) < 0.5):
        return  # reads as English, or has no words to tell by
    detected = detect(body)
    if detected is None or detected[0] == "en" or detected[1] < 0.9:
        return
    if not same and detected[0] != ctx.source_language:
        return
    name = language_name(detected[0])
    why = "the translation is the source text" if same else f"the translation is in the source's language ({name})"
    emit(lead, lead + len(body), f"{why}: the segment was left untranslated",
         evidence={"same_as_source": same, "langdetect_margin": 10 * (detected[1] - 0.9)})
