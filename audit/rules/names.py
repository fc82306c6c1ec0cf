"""Names: glossary variants, foreign romanisations of glossary names, inconsistent spellings."""

from __future__ import annotations

from collections import Counter, defaultdict

from audit.language.lexicon import zipf
from audit.model import Applicability, Category, Severity
from audit.language.romanisation import explain, language_name
from audit.rules.base import Context, Emit, rule
from audit.language.names import (
    extend_over_name,
    glossary_match,
    inside_longer_name,
    name_spans,
    recase,
    same_length_forms,
    source_languages,
    starts_sentence,
)
from audit.language.transliteration import article_only_difference, name_key


def convention_evidence(ctx: Context, how) -> dict[str, float]:
    """What a spelling's conventions say: foreign (and in the document's known source language or
    not), or an accepted English variation."""
    if how is None:
        return {"unexplained": 1.0}
    if not how.foreign:
        return {"accepted_variation": 1.0}
    known = ctx.doc.source_lang
    return {"foreign_convention": 1.0, "rewrites": float(len(how.rewrites)),
            "other_source_lang": float(bool(known) and how.lang != known)}


def _convention_note(how) -> str:
    return f" (written as {language_name(how.lang)} writes it)" if how is not None and how.foreign else ""


@rule(
    "N001",
    "glossary-variant",
    category=Category.NAME_FORMAT,
    severity=Severity.MAJOR,
    example="His leader Ahmed al Chareh called the victory historic.",
    evidence_for=("foreign_convention",), evidence_against=("english_word", "single_word", "lone_topic", "accepted_variation", "unexplained"),
)
def glossary_variant(ctx: Context, emit: Emit) -> None:
    """A name spelled in a form the glossary lists as wrong ("al Chareh" for al-Sharaa).

    What it does: matches every `variants` entry of every glossary entity and replaces it by the
    entity's accepted form closest in spelling with the same number of words, so "Ahmed al Chareh"
    becomes "Ahmed al-Sharaa".

    Why is this bad: MT systems keep the source language's romanisation of Arabic, Russian or
    Turkish names (French "Chareh", German "Dscholani", Spanish "Yolani"); a glossary's
    maintainers list such forms as wrong.

    Leaves alone: a variant that is part of somebody else's name ("Asad al-Shaybani").

    Confidence: from the listing, weaker where the variant is also an English word, a single word
    in a document that names no other glossary entity, or only an accepted English variation of
    the house form. Fix (safe for multi-word variants, unsafe for single words): the house form.
    """
    for m in ctx.mentions:
        if m.form.kind != "variant":
            continue
        entity = m.form.entity
        start, end = extend_over_name(ctx.text, m.start, m.end, entity)
        if inside_longer_name(ctx.text, start, end):
            continue  # "Asad al-Shaybani": part of somebody else's name
        original = ctx.doc.text[start:end]
        replacement = recase(entity.best_form(original), original, starts_sentence(ctx.text, start))
        words = len(original.replace("-", " ").split())
        how = explain(original, same_length_forms(entity, original), source_languages(ctx))
        evidence = {
            "english_word": max(0.0, zipf(m.text.lower()) - 1.5),
            "single_word": words == 1,
            "lone_topic": ctx.topic_entities <= 1,
            **convention_evidence(ctx, how),
        }
        emit(start, end, f"'{original}' is a foreign spelling of {entity.canonical}{_convention_note(how)}; "
             f"the glossary's form is '{replacement}'", evidence=evidence, replacement=replacement,
             applicability=Applicability.SAFE if words > 1 else Applicability.UNSAFE)


@rule(
    "N002",
    "transliteration-variant",
    category=Category.NAME_FORMAT,
    severity=Severity.MAJOR,
    example="Foreign Minister Serguei Lavrov spoke in Moscow on Tuesday.",
    evidence_for=("foreign_convention",), evidence_against=("fuzzy_gap", "single_word", "no_topic", "other_source_lang"),
)
def transliteration_variant(ctx: Context, emit: Emit) -> None:
    """A glossary name in a spelling it does not list that follows another language's conventions
    ("Serguei Lavrov", "Dmitri Peskow").

    What it does: finds the glossary name a run of capitalised words most likely stands for (equal
    or close transliteration keys, words aligned one to one), then asks the romanisation tables
    (audit/data/romanisation.yaml) how the two spellings differ. A difference that French, German,
    Spanish, Italian, Portuguese, Turkish, Polish, Czech or Dutch spelling explains (ch for sh, w for
    v, j for kh, an accent English never writes...) is a name copied from the translation's source.

    Why is this bad: English news writes such names in English romanisation; the reader meets one
    spelling, and the wires' one.

    Leaves alone: accepted English variations (Muhammad / Mohammed, Jolani / Julani / Golani,
    al-Shara / al-Sharaa, Hay'at / Hayat, Ayn / Ein, the article's hyphen): they are house style
    (N003, where declared), not errors; common English words; single words that English knows or
    that end otherwise than the name.

    Confidence: from the match and how the conventions explain it. Fix (unsafe): the glossary's
    closest accepted form.
    """
    for start, end, size, used in name_spans(ctx):
        original = ctx.doc.text[start:end]
        match = glossary_match(ctx, original, size)
        if match is None:
            continue
        form, score = match
        entity = form.entity
        if any(m.form.is_wrong and m.form.entity is entity and start <= m.start and m.end <= end for m in ctx.mentions):
            continue  # it holds a listed variant of the same entity: N001 reports that
        target = entity.best_form(original)
        if target == original or original in entity.accepted:
            continue
        replacement = recase(target, original, starts_sentence(ctx.text, start))
        if replacement == original:
            continue
        used.append((start, end))
        if article_only_difference(original, target):
            continue  # house style: N003
        how = explain(original, same_length_forms(entity, original), source_languages(ctx))
        if how is None or not how.foreign:
            continue  # an accepted English spelling (N003 where house style is declared), or another name
        evidence = {"fuzzy_gap": (100.0 - score) / 10, "single_word": size == 1,
                    "no_topic": ctx.topic_entities == 0, **convention_evidence(ctx, how)}
        emit(start, end, f"'{original}' is {entity.canonical} as {language_name(how.lang)} writes it "
             f"({', '.join(how.rewrites)}); English writes '{replacement}'", evidence=evidence,
             replacement=replacement, applicability=Applicability.UNSAFE)


@rule(
    "N004",
    "inconsistent-spelling",
    category=Category.INCONSISTENCY,
    severity=Severity.MINOR,
    example="Jolani spoke in Damascus. Later, Julani met the envoy.",
    evidence_for=("usual_uses",), evidence_against=("tie",),
)
def inconsistent_spelling(ctx: Context, emit: Emit) -> None:
    """One entity spelled two accepted ways in the same document ("Jolani" ... "Julani").

    What it does: groups the document's glossary names by entity and transliteration key; where
    one name appears in two spellings the glossary both accepts, the less frequent spelling (the
    later one on a tie) is flagged with the other.

    Why is this bad: both spellings may be fine on their own, but a reader meets one person
    under two names.

    Leaves alone: one spelling throughout, however it is written; spellings that differ only in
    case.

    Fix (unsafe): the spelling used more often (or first) in the document.
    """
    groups: dict[tuple[str, str], list] = defaultdict(list)
    for m in ctx.mentions:
        if m.form.kind == "accepted":
            groups[(m.form.entity.id, name_key(m.text))].append(m)
    for mentions in groups.values():
        spellings = Counter(ctx.doc.text[m.start : m.end] for m in mentions)
        if len(spellings) < 2:
            continue
        order = {s: i for i, s in reversed(list(enumerate(ctx.doc.text[m.start : m.end] for m in mentions)))}
        main = max(spellings, key=lambda s: (spellings[s], -order[s]))
        for m in mentions:
            spelled = ctx.doc.text[m.start : m.end]
            if spelled != main and spelled.lower() != main.lower():
                emit(m.start, m.end, f"'{spelled}' is spelled '{main}' elsewhere in this document",
                     evidence={"usual_uses": min(3, spellings[main]), "tie": spellings[main] == spellings[spelled]},
                     replacement=main, applicability=Applicability.UNSAFE)
