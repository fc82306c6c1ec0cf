"""A compound's hyphen with a space on one side: "south- west", "a 22 -year -old"."""

from __future__ import annotations

import regex

from audit.language.compounds import starts_compounds
from audit.language.lexicon import english, thresholds, zipf
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule

_LIMITS = thresholds()["spaced_hyphen"]
# a word, a hyphen and a space, a word ("south- west"); or a word, a space and a hyphen glued to
# a word ("22 -year"); never a hyphen with spaces on both sides (a dash)
_SPACED = regex.compile(
    r"(?<![\p{L}\p{N}\-'’])(?P<left>\p{L}+|\p{N}+)(?P<hyphen>-[ \t\u00a0]+)(?=(?P<right>\p{Ll}+)(?![\p{L}\p{N}]))"
    r"|(?<![\p{L}\p{N}'’])(?P<left2>\p{L}+|\p{N}+)(?P<hyphen2>[ \t\u00a0]+-)(?=(?P<right2>\p{Ll}+)(?![\p{L}\p{N}]))"
)


def _word(part: str) -> bool:
    """A number or a word English uses often enough to be one half of a compound."""
    return part.isdigit() or zipf(part.lower()) >= _LIMITS["word"]


def _compound(left: str, right: str) -> bool:
    """Whether the halves make a compound: a number is one ("22-year"), English writes them
    closed ("southwest", "nonprofit"), or the left half starts many English compounds ("self",
    "anti"); "paused- then" and "result- announced" are a dash that lost its space."""
    low = left.lower()
    return (left.isdigit() or zipf(low + right) >= _LIMITS["closed"]
            or starts_compounds(low) >= _LIMITS["head"])


@rule(
    "C025",
    "spaced-hyphen",
    category=Category.PUNCTUATION,
    severity=Severity.MINOR,
    example="Winds from the south- west reached a 22 -year -old record.",
)
def spaced_hyphen(ctx: Context, emit: Emit) -> None:
    """A compound's hyphen with a space on one side ("south- west", "a 22 -year -old man").

    What it does: flags a hyphen joined to one word and parted from the next by a space, between
    two halves that are numbers or common English words, neither a function word (a false start
    of transcribed speech: "what- when I started", "any- any"), the second in lowercase, that
    make a compound: a number is one of them, English writes the two closed ("southwest"), or
    the first starts many English compounds ("self-", "anti-").

    Why is this bad: MT systems and the layouts they come from leave a space at a compound's
    hyphen (a line break, a soft hyphen, a source that spaced it); English writes the compound
    closed ("south-west", "22-year-old").

    Leaves alone: a hyphen with spaces on both sides (a dash), a suspended hyphen before "and",
    "or", "to" ("pre- and post-war", "two- or three-day"), a hyphen after a function word or
    before a short word or one English does not use (an option: "the -ec flag"), and a list
    item's hyphen at a line's start; two words that make no compound ("paused- then": a dash
    that lost its space, which the writer must place).

    Fix (safe): the space goes.
    """
    text = ctx.text
    suspended, function_words = english()["suspended_hyphen_words"], english()["function_words"]
    for m in _SPACED.finditer(text):
        left = m.group("left") or m.group("left2")
        right = m.group("right") or m.group("right2")
        start, end = m.span("hyphen") if m.group("hyphen") else m.span("hyphen2")
        if right in suspended or left.lower() in function_words or right in function_words or left.isupper() \
                or left.lower() == right or len(right) < 3 or not (_word(left) and _word(right)):
            continue  # "pre- and post-war"; "the -ec flag"; "what- when I started": speech's false start
        if not _compound(left, right):
            continue
        emit(start, end, f"'{text[m.start():end]}{right}': a compound's hyphen with a space beside it",
             replacement="-", applicability=Applicability.SAFE)
