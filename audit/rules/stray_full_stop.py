"""A full stop in the middle of a sentence: the words on both sides are one sentence."""

from __future__ import annotations

import regex

from audit.language.lexicon import english
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule

# a word (or a closing quote or bracket after one), a full stop, spaces, a lowercase word
STRAY_STOP = regex.compile(r"(?<=(\p{L}[\p{L}.\-]*)[)\"”’]?)(\.)([ \t\u00a0]+)(\p{Ll}[\p{L}'’\-]*)")


def stray_stops(text: str):
    """(position of the stop, the word before it, the lowercase word after it) where the word after
    continues the sentence: the stop is stray, not the capital lost. C002 leaves these to C005."""
    abbreviations, going_on = english()["abbreviations"], english()["continuation_words"]
    for m in STRAY_STOP.finditer(text):
        before, after = m.group(1), m.group(4)
        if before.lower().rstrip(".") in abbreviations or "." in before or len(before) == 1:
            continue  # "e.g. for", "U.S. to", "J. of"
        if text[m.start(2) - 1: m.start(2)] == "." or text[m.end(2): m.end(2) + 1] in ".…":
            continue  # an ellipsis
        end = m.end(4)
        if end >= len(text) or text[end] in ".!?)\n\r":
            continue  # "it. of)": a one-word fragment, debris rather than a sentence going on
        if after in going_on:
            yield m.start(2), before, after


@rule(
    "C005",
    "stray-full-stop",
    category=Category.PUNCTUATION,
    severity=Severity.MINOR,
    example="Prices will be reviewed at the end of the year. that we have planned, the minister said.",
)
def stray_full_stop(ctx: Context, emit: Emit) -> None:
    """A full stop inside a sentence ("at the end of the year. that we have planned", "about”.
    said Meloni").

    What it does: flags a full stop followed by a lowercase word that goes on with the sentence
    before it: a preposition, a conjunction or relative word, a verb of saying
    (`continuation_words` in audit/data/english.yaml).

    Why is this bad: MT systems cut a sentence in two where the source had a line break, a
    quotation's end or a footnote mark; the reader stumbles on a sentence that is not one.

    Leaves alone: abbreviations, ellipses, one-word debris, and a lowercase word that could start
    a sentence ("it said. an NGO": C002's, where the capital may be what was lost).

    Fix (unsafe): delete the full stop; a comma is the alternative.
    """
    for pos, _before, after in stray_stops(ctx.text):
        emit(pos, pos + 1, f"a full stop inside a sentence: '{after}' goes on with the words before it",
             replacement="", applicability=Applicability.UNSAFE, alternatives=[","],
             evidence={"verb_of_saying": float(after in ("said", "says", "added", "adds", "noted", "explained",
                                                               "stressed", "stated", "told", "warned", "insisted",
                                                               "reported", "wrote", "recalled", "concluded",
                                                               "underlined"))})
