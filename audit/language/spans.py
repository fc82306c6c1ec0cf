"""Small helpers about positions in text that several rules share."""

from __future__ import annotations

import bisect
import functools

import regex

_WORD = regex.compile(r"\p{L}[\p{L}'’]*")
_OPENERS = " \t\u00a0\"“‘'«(["


# regex.search(pattern, ...) looks the pattern up in regex's cache at a cost of ~10 µs a call;
# rules call these in loops over every word
compiled = functools.lru_cache(maxsize=None)(regex.compile)


def positions(pattern: regex.Pattern, text: str) -> dict[str, list[int]]:
    """Where each string the pattern finds starts, in order (for counting in a window by bisection)."""
    at: dict[str, list[int]] = {}
    for m in pattern.finditer(text):
        at.setdefault(m.group(), []).append(m.start())
    return at


def count_within(starts: list[int], lo: int, last: int) -> int:
    """How many of the sorted `starts` lie in [lo, last]."""
    return bisect.bisect_right(starts, last) - bisect.bisect_left(starts, lo)


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end == -1 else end


_LABEL = regex.compile(r"[\s•·*\-–]*\p{Lu}\p{Ll}*(?:[ \t\u00a0]\p{L}+){0,2}[ \t\u00a0]*")


def line_label(text: str, colon: int) -> bool:
    """Whether the colon at `colon` ends a label that opens its line ("Release time:", "Short link
    :", "• Post category:Environment"): page furniture, a field and its value, not a sentence. A
    line that ends as a sentence does ("He said : the plan is ready."), or a quotation after the
    colon, is prose."""
    start, end = line_bounds(text, colon)
    if _LABEL.fullmatch(text, start, colon) is None:
        return False
    value = text[colon + 1 : end].strip()
    return not value or (value[-1] not in ".!?\"”’»" and value[0] not in "\"“‘«'")


def previous_char(text: str, pos: int) -> str:
    """The nearest non-space character before pos on the same line ('' at a line start)."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    return "" if i < 0 or text[i] in "\r\n" else text[i]


def mid_sentence(text: str, pos: int, *, after_comma: bool = False) -> bool:
    """True when pos follows a word on the same line, with only spaces between.

    Not after a digit or a bracket: "2 The other", "(Reuters) The" are list items and datelines.

    After a comma counts only when asked: human writers splice sentences with a comma and a
    capital ("..., It is"), so capitals there are weak evidence of an MT artifact.
    """
    prev = previous_char(text, pos)
    return bool(prev) and (prev.isalpha() or (after_comma and prev == ","))


def sentence_initial(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    return i < 0 or text[i] in ".!?:;…\n\r"


def is_headline(text: str, pos: int) -> bool:
    """A title-case line ('Russia And Iran Meet In Geneva'): capitals there are style, not residue.

    In title case every longer content word is capitalised; running text has lowercase ones
    ("group", "posted") even when it is full of names.
    """
    start, end = line_bounds(text, pos)
    return _headline_line(text, start, end)


@functools.lru_cache(maxsize=4096)  # rules ask it of every capital on a line (a str caches its hash: the key is cheap)
def _headline_line(text: str, start: int, end: int) -> bool:
    from audit.language.lexicon import english

    function_words = english()["function_words"]
    words = [w for w in _WORD.findall(text[start:end]) if len(w) >= 3 and w.lower() not in function_words]
    capitalised = sum(1 for w in words if w[0].isupper())
    if len(words) < 3:
        return capitalised == len(words)  # a short line: a headline only if nothing is lowercase
    return capitalised / len(words) >= 0.85


def next_word(text: str, pos: int) -> regex.Match | None:
    return _WORD.match(text, pos) if pos < len(text) else None


def word_after(text: str, pos: int) -> regex.Match | None:
    """The first word after pos, skipping spaces only."""
    i = pos
    while i < len(text) and text[i] in " \t\u00a0":
        i += 1
    return next_word(text, i)


def word_before(text: str, pos: int) -> str:
    m = compiled(r"(\p{L}[\p{L}'’.\-]*)[ \t\u00a0]*$").search(text[max(0, pos - 40) : pos])
    return m.group(1) if m else ""
