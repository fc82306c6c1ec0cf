"""A subject pronoun in lowercase right after the noun phrase it repeats, at a sentence's start:
"The Mexican pilot Sergio “Checo” Pérez he almost managed"."""

from __future__ import annotations

from functools import cache

import regex

from audit.language.lexicon import english, thresholds, zipf
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule

# a name's last word (a closing quotation mark of a nickname may follow), a subject pronoun in
# lowercase, a lowercase word (its verb)
_AFTER_NAME = regex.compile(r"(?<=\p{Lu}[\p{Ll}\p{M}]+)[ \t\u00a0]+(he|she|they|it)(?=[ \t\u00a0]+\p{Ll})")
_WORD = regex.compile(r"\p{L}[\p{L}'’]*")


@cache
def _settings() -> dict:
    return thresholds()["subject_pronoun_echo"]


@cache
def _stops() -> frozenset[str]:
    """Words that open a clause or report speech: an opening holding one is no subject."""
    data = english()
    return data["subordinators"] | data["reporting_verbs"] | data["speech_verbs"]


def _opens_with_subject(words: list[str]) -> bool:
    """Whether the words before the pronoun are a noun phrase opening the sentence: an article or
    a name first, no subordinator, no verb of saying, no word ending as verbs do (-ed), no
    pronoun and no preposition first ("In Jerusalem they decided": a place, then the clause)."""
    data, limits = english(), _settings()
    first = words[0]
    if not first.isalpha():
        return False  # "I’v Had it": a contraction, no name
    if not (first in ("The", "A", "An") or (first[0].isupper() and zipf(first.lower()) < limits["name_zipf"]
                                            and first.lower() not in data["function_words"])):
        return False
    return not any(w.lower() in _stops() or (w.islower() and w.endswith("ed")) for w in words)


@rule(
    "P014",
    "pronoun-after-subject-phrase",
    category=Category.GRAMMAR,
    severity=Severity.MAJOR,
    example="The Mexican pilot Sergio Pérez he almost managed to take third place.",
)
def pronoun_after_subject_phrase(ctx: Context, emit: Emit) -> None:
    """A subject pronoun in lowercase right after the noun phrase that opens its sentence and ends
    in a name ("The Mexican pilot Sergio “Checo” Pérez he almost managed", "The one from Inter he
    is").

    What it does: takes he, she, it or they after a capitalised word and before a lowercase one,
    where the words from the sentence's start to it are a short noun phrase (`subject_pronoun_echo`
    in audit/data/thresholds.yaml): an article or a name first, no comma, quotation or colon
    between, no subordinator, verb of saying or word in -ed among them.

    Why is this bad: pro-drop sources (Spanish, Italian, Arabic) mark the subject on the verb; an
    MT system that also keeps the subject writes it twice. P001 finds the same trace when the
    pronoun keeps its capital.

    Leaves alone: a sentence that opens with a preposition, an adverb or a clause ("In Jerusalem
    they decided", "When Macron arrived he said", "Putin told Macron he would"), a pronoun after a
    quotation ("“It is me” he said"), and longer openings, where a verb may hide.

    Fix (unsafe): delete the pronoun.
    """
    text, limits = ctx.text, _settings()
    for m in _AFTER_NAME.finditer(text):
        start = ctx.sentence_start(m.start())
        opening = text[start: m.start()]
        if any(c in opening for c in ",:;()[]\n") or opening.rstrip()[-1:] in "”\"'’»":
            continue
        words = _WORD.findall(opening)
        if not (2 <= len(words) <= limits["max_words"]) or not _opens_with_subject(words):
            continue
        emit(m.start(1), m.end(1) + 1, f"'{m.group(1)}' repeats the subject '{opening.strip()}' (a pro-drop trace)",
             replacement="", applicability=Applicability.UNSAFE)
