"""Quotation marks of a paragraph, paired: which mark opens a quotation and which closes one.

A mark's place says which way it works: before a word it opens ("said “we"), after a word or a
mark it closes ("we left”."). Where its place says nothing (a mark between two words, or spaced on
both sides) the order decides: marks of one kind alternate, open then close. The glyph's own
direction (“ opens, ” closes; a straight " says nothing) is what the rules compare with the role.

Double marks (“ ” " « » „) and single ones (‘ ’ ‹ › ‚) are paired apart; a straight single ' and
a ’ between letters or after a word are apostrophes far more often than quotation marks and are
left out (a ’ closes a single quotation only while one is open); so is any mark between two
letters ("I”ll": a slip for an apostrophe, or two words glued).
"""

from __future__ import annotations

from dataclasses import dataclass

DOUBLE = "“”\"«»„"
SINGLE = "‘’‹›‚"
FOREIGN = "«»„‹›‚"  # R003's marks: source-language quotation marks
SHAPE = {"“": "open", "”": "close", "\"": None, "«": "open", "»": "close", "„": "open",
         "‘": "open", "’": "close", "‹": "open", "›": "close", "‚": "open"}
# marks that a quotation's closing mark may follow, and that an opening one may precede
_AFTER_CLOSE = ".,;:!?)]}…%"
_BEFORE_OPEN = "([{—–-/"


@dataclass(frozen=True)
class QuoteMark:
    pos: int
    mark: str
    shape: str | None  # the way the glyph points: "open", "close", None (straight)
    side: str | None  # the way its place points: "open" before a word, "close" after one, None: both or neither
    expected: str  # what the order asks for: "close" while a quotation of its kind is open, else "open"
    role: str  # what the mark does here: its place, else the order
    last: bool  # the last mark of its kind in the paragraph
    partner: int | None  # for a closing mark: where the quotation it closes opened
    line_start: int
    line_end: int

    @property
    def single(self) -> bool:
        return self.mark in SINGLE

    @property
    def foreign(self) -> bool:
        return self.mark in FOREIGN


def _side(prev: str, nxt: str) -> str | None:
    word_before = bool(prev) and not prev.isspace() and prev not in _BEFORE_OPEN and prev not in DOUBLE + SINGLE
    word_after = bool(nxt) and not nxt.isspace() and nxt not in _AFTER_CLOSE and nxt not in DOUBLE + SINGLE
    if word_after and not word_before:
        return "open"
    if word_before and not word_after:
        return "close"
    return None


def _apostrophe(prev: str, nxt: str, pending: bool) -> bool:
    """A ’ that is an apostrophe: between letters ("don’t"), before a word ("’90s"), or after a word
    while no single quotation is open ("the players’ union")."""
    if prev.isalnum() and nxt.isalnum():
        return True
    return not pending and (nxt.isalnum() or prev.isalnum())


def _pair(text: str, start: int, end: int, marks: str) -> list[QuoteMark]:
    found = []
    positions = [i for i in range(start, end) if text[i] in marks]
    pending: int | None = None
    kept = []
    for i in positions:
        prev, nxt = text[i - 1 : i] if i > start else "", text[i + 1 : i + 2] if i + 1 < end else ""
        if text[i] == "’" and _apostrophe(prev, nxt, pending is not None):
            continue
        if prev.isalnum() and nxt.isalnum():
            continue  # "I”ll": a slip for an apostrophe, or glue; no quotation mark
        kept.append((i, prev, nxt))
        if text[i] in "‘‹‚":
            pending = i
        elif text[i] in "’›":
            pending = None
    pending = None
    for n, (i, prev, nxt) in enumerate(kept):
        last = n == len(kept) - 1
        side = _side(prev, nxt)
        expected = "close" if pending is not None else "open"
        role = side or expected
        if side == "open" and expected == "close" and last:
            role = "close"  # the quotation opened before must close somewhere: here ("left, ”said he")
        found.append(QuoteMark(i, text[i], SHAPE[text[i]], side, expected, role, last,
                               pending if role == "close" else None, start, end))
        pending = i if role == "open" else None
    return found


def quote_marks(text: str) -> list[QuoteMark]:
    """Every quotation mark of the text, paired within its paragraph (line), in text order."""
    out: list[QuoteMark] = []
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        if any(c in text[start:end] for c in DOUBLE + SINGLE):
            out += _pair(text, start, end, DOUBLE) + _pair(text, start, end, SINGLE)
        start = end + 1
    return sorted(out, key=lambda q: q.pos)
