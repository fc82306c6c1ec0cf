"""Capitals at the edges of clauses and paragraphs: a pronoun capitalised after a semicolon ("records;
He also received"), a paragraph that starts in lowercase ("the Moscow city court on Thursday")."""

from __future__ import annotations

from functools import cache

import regex

from audit.language.lexicon import english, thresholds, zipf
from audit.language.spans import is_headline
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule

# the first word of a paragraph (the text's start, or after a blank line), in lowercase
_PARAGRAPH_START = regex.compile(r"(?:\A|\n[ \t\u00a0]*\n)[ \t\u00a0]*(\p{Ll}[\p{Ll}'’]*)(?=[ \t\u00a0,])")
# the first letter of any line
_LINE_LETTER = regex.compile(r"^[ \t\u00a0]*(\p{L})", regex.MULTILINE)


@cache
def _settings() -> dict:
    return thresholds()["capital_boundaries"]


@cache
def _after_semicolon() -> regex.Pattern:
    """A subject pronoun or a function word with a capital after a semicolon, before a lowercase word."""
    data = english()
    words = {"We"} | set(data["subject_pronouns"]) | {w.capitalize() for w in data["function_words"] | data["clause_conjunctions"]}
    alternation = "|".join(sorted(words, key=len, reverse=True))
    return regex.compile(rf";[ \t\u00a0]+({alternation})(?=[ \t\u00a0]+\p{{Ll}})")


@rule(
    "C010",
    "capital-after-semicolon",
    category=Category.GRAMMAR,
    severity=Severity.MINOR,
    example="His productions earned him several gold records; He also received an award from the society.",
)
def capital_after_semicolon(ctx: Context, emit: Emit) -> None:
    """A subject pronoun or a function word capitalised after a semicolon ("gold records; He also
    received", "implemented; Because in many parts").

    What it does: flags He, She, It, They or We, or a function word or conjunction
    (`function_words`, `clause_conjunctions` in audit/data/english.yaml), with a capital right
    after a semicolon, before a lowercase word.

    Why is this bad: MT systems join two source sentences with a semicolon and keep the second
    one's capital; English goes on in lowercase after a semicolon.

    Leaves alone: names and other capitalised words after a semicolon (a name keeps its capital),
    headlines and title-case lines.

    Fix (safe): lowercase the pronoun.
    """
    text = ctx.text
    for m in _after_semicolon().finditer(text):
        if is_headline(text, m.start(1)):
            continue
        word = m.group(1)
        emit(m.start(1), m.end(1), f"'{word}' after a semicolon goes on in lowercase",
             evidence={"pronoun": float(word in ("He", "She", "It", "They", "We"))},
             replacement=word.lower(), applicability=Applicability.SAFE)


@rule(
    "C011",
    "lowercase-paragraph-start",
    category=Category.GRAMMAR,
    severity=Severity.MINOR,
    example="Court upholds the arrest\n\nthe Moscow city court on Thursday rejected the appeal against the arrest.",
    evidence_against=("others_lowercase",),
)
def lowercase_paragraph_start(ctx: Context, emit: Emit) -> None:
    """A paragraph that starts in lowercase ("the Moscow city court on Thursday rejected...").

    What it does: flags the first word of the text, or of a paragraph after a blank line, written in
    lowercase, where the paragraph has words enough to be a sentence or a title and the word is an
    English word (wordfreq).

    Why is this bad: MT systems and the feeds that carry their copy lose the first capital of a
    paragraph (a drop cap, a dateline cut away); a paragraph that starts in lowercase looks broken.

    Leaves alone: short lines (labels, captions, file names), a first word English does not know
    (a brand, a handle, a word in another language), words with inner capitals ("iPhone"), lines
    that follow another line with no blank line between (a text wrapped by hand, or a chat).

    Evidence against: the share of the document's other lines that also start in lowercase (a
    transcript's or a chat's habit, not a lost capital).

    Fix (safe): the capital.
    """
    text, limits = ctx.text, _settings()
    others_lowercase = None  # read only where there is a finding
    for m in _PARAGRAPH_START.finditer(text):
        word = m.group(1)
        end = text.find("\n", m.start(1))
        words = regex.findall(r"\p{L}+", text[m.start(1): len(text) if end < 0 else end])
        if len(words) < limits["min_words"] or zipf(word) < limits["english_word"]:
            continue
        if others_lowercase is None:
            starts = [letter.group(1).islower() for letter in _LINE_LETTER.finditer(text)]
            others_lowercase = (sum(starts) - 1) / (len(starts) - 1) if len(starts) > 1 else 0.0
        emit(m.start(1), m.start(1) + 1, f"the paragraph starts with a lowercase letter: '{word}'",
             evidence={"function_word": word in english()["function_words"], "others_lowercase": others_lowercase},
             replacement=word[0].upper(),
             applicability=Applicability.SAFE)
