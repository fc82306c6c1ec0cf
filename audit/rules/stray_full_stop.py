"""A full stop before a lowercase word: either the stop is stray (C005) or the capital after it
was lost (C002). One reading of the evidence decides which, for both rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import regex

from audit.language.lexicon import english, thresholds
from audit.language.text import WORD
from audit.model import Applicability, Category, Fix, Severity
from audit.rules.base import Context, Emit, rule

# a word or number (or a closing quote or bracket after one), a full stop, spaces, a lowercase word
STOP_THEN_LOWER = regex.compile(r"(?<=(\p{L}[\p{L}.\-]*|\d)([)\"”’»]?))(\.)([ \t\u00a0]+)(\p{Ll}[\p{L}'’\-]*)")
# where the words after the stop end: the next sentence mark, or the end of the line
_FRAGMENT_END = regex.compile(r"[.!?…]|\n|$")
_CLOSING_QUOTES = "\"”’»"


@dataclass(frozen=True)
class LowerAfterStop:
    """A full stop followed by a lowercase word, read one way: `stray` (the stop is the error: C005)
    or `capital` (the capital was lost: C002)."""

    stop: int  # the full stop's offset
    start: int  # the lowercase word's span
    end: int
    word: str
    verdict: str  # "stray" or "capital"
    stop_replacement: str = ""  # what the stray stop becomes: nothing, or a comma before an attribution
    evidence: dict = field(default_factory=dict)


@cache
def _settings() -> dict:
    return thresholds()["lowercase_after_stop"]


def _fragment(text: str, start: int) -> tuple[list[str], int]:
    """The words from `start` to the next sentence mark or line end, and where they end."""
    end = _FRAGMENT_END.search(text, start).start()
    return WORD.findall(text, start, end), end


def _opens_clause(words: list[str]) -> bool:
    """Whether the words read as a sentence of their own: a subject pronoun or determiner first, or
    after a conjunction ("but he allowed", "and the team"), not a conjunction before a verb
    ("and capitalize Aeroflot")."""
    data = english()
    subjects = {p.lower() for p in data["subject_pronouns"]} | {"i", "we", "you"} | set(data["determiners"])
    first = words[0].lower()
    if first in subjects:
        return True
    return first in data["clause_conjunctions"] and len(words) > 1 and words[1].lower() in subjects


def lowercase_after_stops(text: str) -> list[LowerAfterStop]:
    """Every full stop before a lowercase word that is not an abbreviation, an ellipsis or debris,
    with its reading. C002 reports the `capital` ones, C005 the `stray` ones; too few words to be a
    sentence ("rice field.", "e divestment") are neither: debris no fix mends."""
    data, limits = english(), _settings()
    abbreviations, going_on, speech = data["abbreviations"], data["continuation_words"], data["speech_verbs"]
    out = []
    for m in STOP_THEN_LOWER.finditer(text):
        before, after = m.group(1), m.group(5)
        stop = m.start(3)
        if before.lower().rstrip(".") in abbreviations or "." in before or len(before) == 1:
            continue  # "e.g. for", "U.S. to", "J. of"
        if text[stop - 1: stop] == "." or text[m.end(3): m.end(3) + 1] in ".…":
            continue  # an ellipsis
        if any(c.isupper() for c in after[1:]):
            continue  # "iPhones": a brand written so
        words, _ = _fragment(text, m.start(5))
        if len(words) <= 1:
            continue  # "the -ec option. matter.", "shock”. shock”.": one word of debris, not a sentence
        quoted = bool(m.group(2)) and m.group(2) in _CLOSING_QUOTES
        if len(words) <= limits["label_words"] and not any(w[0].islower() for w in words[1:]) \
                and after not in going_on:
            continue  # "on Saturday. also Météo-France.": a label or a byline ("countries. of Europe." goes on)
        if after in going_on:
            out.append(LowerAfterStop(stop, m.start(5), m.end(5), after, "stray",
                                      evidence={"continuation_word": 1.0, "verb_of_saying": after in speech}))
        elif quoted and len(words) <= limits["attribution_words"] and words[-1].lower() in speech:
            # "“out of the question”. this judicial source clarified.": who said it, after the quotation
            out.append(LowerAfterStop(stop, m.start(5), m.end(5), after, "stray", ",", {"attribution": 1.0}))
        elif len(words) >= limits["sentence_words"] and (len(after) > 1 or after in data["function_words"]):
            out.append(LowerAfterStop(stop, m.start(5), m.end(5), after, "capital",
                                      evidence={"opens_clause": _opens_clause(words),
                                                "fragment_words": min(len(words), 20) / 20}))
    return out


@rule(
    "C005",
    "stray-full-stop",
    category=Category.PUNCTUATION,
    severity=Severity.MINOR,
    example="Prices will be reviewed at the end of the year. that we have planned, the minister said.",
    evidence_for=("attribution",),
)
def stray_full_stop(ctx: Context, emit: Emit) -> None:
    """A full stop inside a sentence ("at the end of the year. that we have planned", "the
    question”. this source said").

    What it does: flags a full stop followed by a lowercase word that goes on with the sentence
    before it: a preposition, a conjunction or relative word, a verb of saying
    (`continuation_words` in audit/data/english.yaml); or a short clause that names who said the
    quotation before it ("”. the minister said.", `speech_verbs`).

    Why is this bad: MT systems cut a sentence in two where the source had a line break, a
    quotation's end or a footnote mark; the reader stumbles on a sentence that is not one.

    Leaves alone: abbreviations, ellipses, one-word debris, a fragment of capitalised words ("also
    Météo-France."), and a lowercase word that could start a sentence ("it said. an NGO"): C002's,
    where the capital is what was lost.

    Fix (unsafe): delete the full stop, or make it a comma before an attribution ("”, this source
    said"); the capital after it (the other reading) is the alternative.
    """
    text = ctx.text
    for s in lowercase_after_stops(text):
        if s.verdict != "stray":
            continue
        others = [","] if s.stop_replacement == "" else [""]
        emit(s.stop, s.stop + 1, f"a full stop inside a sentence: '{s.word}' goes on with the words before it",
             replacement=s.stop_replacement, applicability=Applicability.UNSAFE, evidence=s.evidence,
             alternatives=[*others, Fix.replacing(s.start, s.start + 1, s.word[0].upper())])

