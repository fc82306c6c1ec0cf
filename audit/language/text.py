"""Words, sentences and quotations of a text: one way each, for every rule."""

from __future__ import annotations

import bisect

import regex

# a word: letters, then letters, apostrophes and hyphens ("al-Sharaa", "don't")
WORD = regex.compile(r"\p{L}[\p{L}'’\-]*")
# a sentence ends at . ! ? (and a closing quote or bracket) before a capital, or at a line break:
# feeds and segment files put one paragraph or segment a line
SENTENCE_END = regex.compile(r"[.!?][\"”’)]?\s+(?=[\"“‘(]?\p{Lu})|\n\s*")
# a quotation on one line, in English or guillemet marks
QUOTATION = regex.compile(r"“[^”\n]*”|\"[^\"\n]*\"|«[^»\n]*»")


def sentence_starts(text: str) -> list[int]:
    """Where each sentence starts."""
    return [0] + [m.end() for m in SENTENCE_END.finditer(text)]


def sentence_of(starts: list[int], pos: int) -> int:
    """The index of the sentence that holds `pos`."""
    return bisect.bisect_right(starts, pos) - 1


def quotation_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in QUOTATION.finditer(text)]


def inside(spans: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    """The span of sorted, non-overlapping `spans` that holds `pos`, if any."""
    i = bisect.bisect_right(spans, (pos, 10**12)) - 1
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return spans[i]
    return None


def words_between(text: str, start: int, end: int) -> list[str]:
    return WORD.findall(text[start:end])
