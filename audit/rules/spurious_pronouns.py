"""Pronouns a pro-drop source leaves behind: a subject repeated in mid-sentence, an article read as "he"."""

from __future__ import annotations

import regex

from audit.glossary.model import types_of_kind
from audit.language.lexicon import english, zipf
from audit.language.spans import compiled, is_headline, mid_sentence, word_after
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule

_WORD_BEFORE = r"(\p{L}[\p{L}'’\-]*)[ \t\u00a0]*$"


def _previous(ctx: Context, m: regex.Match) -> tuple[str, int]:
    """The word before a capitalised pronoun, and where that word ends."""
    text = ctx.text
    before = compiled(_WORD_BEFORE).search(text[max(0, m.start() - 60): m.start()])
    return (before.group(1) if before else ""), m.start() - (len(text[: m.start()]) - len(text[: m.start()].rstrip()))


@rule(
    "P001",
    "spurious-subject-pronoun",
    category=Category.GRAMMAR,
    severity=Severity.MAJOR,
    example="The Syrian Islamist group Hayat Tahrir al-Sham He posted on Telegram.",
    evidence_for=("after_glossary_name",),
)
def spurious_subject_pronoun(ctx: Context, emit: Emit) -> None:
    """A capitalised subject pronoun left in mid-sentence after its subject ("Hayat Tahrir al-Sham He posted").

    What it does: flags He/She/It/They written with a capital right after a name (a glossary name
    or another capitalised word) on the same line, with no punctuation between, and before a
    lowercase word (the verb).

    Why is this bad: pro-drop source languages (Spanish, Italian, Arabic, Russian...) mark the
    subject on the verb; MT systems insert a pronoun, and when the subject was a name at a
    paragraph or link boundary the pronoun lands right after it, still capitalised.

    Leaves alone: sentence starts, a pronoun after a colon, dash or quotation mark, headlines in
    title case; after a lowercase word a lost full stop is the likelier reading (P008).

    Fix: delete the pronoun ("Hayat Tahrir al-Sham posted"); safe right after a glossary name
    (nothing else explains a capital pronoun there), unsafe after another word.
    """
    ends = {m.end for m in ctx.mentions}
    for m in ctx.mid_sentence_pronouns:
        prev, end_of_prev = _previous(ctx, m)
        glossary = end_of_prev in ends
        if not glossary and not prev[:1].isupper():
            continue  # P008's
        emit(m.start(), m.end(), f"'{m.group(1)}' repeats the subject in mid-sentence (a pro-drop trace)",
             evidence={"after_glossary_name": glossary}, replacement="",
             applicability=Applicability.SAFE if glossary else Applicability.UNSAFE)


@rule(
    "P008",
    "pronoun-after-lost-full-stop",
    category=Category.GRAMMAR,
    severity=Severity.MAJOR,
    example="The company reported higher revenue It will open two plants next year.",
)
def pronoun_after_lost_full_stop(ctx: Context, emit: Emit) -> None:
    """A capitalised subject pronoun in mid-sentence after a lowercase word ("revenue It will"):
    a full stop was lost before it.

    What it does: flags He/She/It/They with a capital after a lowercase word on the same line, with
    no punctuation between, before a lowercase word.

    Why is this bad: MT systems drop the full stop where the source split a sentence at a line
    break or a footnote; the reader meets two sentences run into one.

    Leaves alone: what P001 reports (a pronoun after a name: a pro-drop trace), sentence starts,
    headlines.

    Fix (unsafe): restore the full stop (". It will"); deleting the pronoun is the other reading.
    """
    for m in ctx.mid_sentence_pronouns:
        prev, end_of_prev = _previous(ctx, m)
        if end_of_prev in {x.end for x in ctx.mentions} or prev[:1].isupper():
            continue  # P001's
        emit(end_of_prev, m.end(), f"'{m.group(1)}' is capitalised in mid-sentence: a full stop may be missing before it",
             evidence={"pronoun_it": m.group(1) == "It"},
             replacement=(". " + m.group(1) + m.group(2)).rstrip() + " ", applicability=Applicability.UNSAFE)


_ARTICLE_PRONOUN = regex.compile(r"(?<![\p{L}\p{N}])(He|El)[ \t\u00a0]+(?=\p{Lu})")


@rule(
    "P002",
    "pronoun-for-article",
    category=Category.MISTRANSLATION,
    severity=Severity.MAJOR,
    example="He Syrian Observatory for Human Rights reported clashes.",
)
def pronoun_for_article(ctx: Context, emit: Emit) -> None:
    """"He" where the source had the article "El" before a name ("He Syrian Observatory").

    What it does: flags "He" (or an untranslated "El") right before a glossary name of an
    organisation, group, government body, medium or state, or before a capitalised word and one of
    the head nouns of such bodies (army, ministry, observatory... in audit/data/english.yaml).

    Why is this bad: Spanish "El Observatorio Sirio" is sometimes rendered "He Syrian
    Observatory": the article read as the pronoun "él".

    Leaves alone: headlines, "He" before a person's name.

    Fix (safe): "The" (or "the" in mid-sentence).
    """
    text = ctx.text
    starts = {m.start: m for m in ctx.mentions}
    heads = english()["collective_heads"]
    bodies = types_of_kind("body", "state", "thing")
    for m in _ARTICLE_PRONOUN.finditer(text):
        if is_headline(text, m.start()):
            continue
        name = starts.get(m.end())
        kind = None
        if name is not None and not name.form.entity.is_person and name.form.entity.type in bodies:
            kind = "glossary_body"
        else:
            # "He Syrian army", "He Turkish Defense Ministry": capitalised modifiers, then a head noun
            words, pos = [], m.end()
            while len(words) < 4 and (w := word_after(text, pos)):
                words.append(w.group())
                pos = w.end()
            for i, w in enumerate(words[1:], start=1):
                if w.lower() in heads:
                    if all(v[:1].isupper() for v in words[:i]) and zipf(words[0].lower()) < 5.0:
                        kind = "head_noun"
                    break
                if not w[:1].isupper():
                    break
        if kind is None:
            continue
        the = "the" if mid_sentence(text, m.start()) else "The"
        emit(m.start(1), m.end(1), f"'{m.group(1)}' stands for the article here: '{the}'", evidence={kind: 1.0},
             replacement=the, applicability=Applicability.SAFE)
