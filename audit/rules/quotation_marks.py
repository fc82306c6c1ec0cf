"""English quotation marks misused: pointing the wrong way, spaced inside the quotation, or left
with nothing to quote. The marks are paired by the language layer (audit.language.quotes)."""

from __future__ import annotations

import regex

from audit.language.quotes import QuoteMark
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule

_ENGLISH = {("open", False): "“", ("close", False): "”", ("open", True): "‘", ("close", True): "’"}
_SPACES = " \t\u00a0\u202f"
_QUOTES_RUN = regex.compile(r"[\"“”‘’'][ \t\u00a0]?[\"“”‘’']")


def _english(ctx: Context, *, own_quotations: bool = False) -> list[QuoteMark]:
    """The document's English marks; with own_quotations, only those of quotations an English mark
    opened (R003 reports the German “ that closes a „ quotation)."""
    text = ctx.text
    return [q for q in ctx.quote_marks
            if not q.foreign and not (own_quotations and q.partner is not None and text[q.partner] in "„«‹‚")]


def _wrong_way(q: QuoteMark) -> bool:
    return q.shape is not None and q.shape != q.role


@rule(
    "C012",
    "quotation-mark-direction",
    category=Category.PUNCTUATION,
    severity=Severity.MINOR,
    example="The minister called it “a necessary step“, and left the room.",
    evidence_for=("by_place",),
)
def quotation_mark_direction(ctx: Context, emit: Emit) -> None:
    """A quotation opened with a closing mark or closed with an opening one (“a step“, ”yes“).

    What it does: pairs the quotation marks of each paragraph (a mark before a word opens, one
    after a word or a full stop closes; where the place says nothing, marks alternate) and flags a
    curly mark whose glyph points against its role: “ closing a quotation, ” opening one, ‘
    closing a single one. A closing mark standing before the next word ("changed, “Stukalov
    noted") closes the quotation still open in the paragraph.

    Why is this bad: Spanish, Portuguese and Russian copy and some converters write “ ” in the
    source's order, and MT passes it on; English opens with “ and closes with ”.

    Leaves alone: straight quotes (they point no way), apostrophes (’ in "don’t", "’90s", "the
    players’"), quotations opened by a source-language mark (R003), and a mark whose place and
    order disagree anywhere but at the paragraph's last mark, a mark whose place says nothing and
    that pairs with no other (alone on its line), a mark between two letters ("I”ll").

    Fix (safe where place and order agree): the mark that points the right way; a closing mark
    glued to the next word takes the space after it ("changed,” Stukalov"), one spaced from the
    quotation it closes loses the space ("of 20% “." -> "of 20%”."); a quotation opened with a
    straight mark closes with one ('"identity.“' -> '"identity."').
    """
    text = ctx.text
    marks = _english(ctx, own_quotations=True)
    closed = {q.partner for q in marks if q.partner is not None}
    for q in marks:
        if not _wrong_way(q):
            continue
        if q.side is None and (q.partner is None if q.role == "close" else q.pos not in closed):
            continue  # neither its place nor a pair says which way it works (a mark alone on its line)
        right = _ENGLISH[(q.role, q.single)]
        if q.role == "close" and q.partner is not None and text[q.partner] in "\"'":
            right = text[q.partner]  # 'the "identity.“' closes as it opened: '"identity."'
        start, replacement = q.pos, right
        if q.role == "close" and q.side == "open" and text[q.pos - 1 : q.pos] in _SPACES:
            start, replacement = q.pos - 1, right + text[q.pos - 1]  # "changed, “Stukalov" -> "changed,” Stukalov"
        elif q.role == "close" and text[q.pos - 1 : q.pos] in _SPACES and not text[q.pos + 1 : q.pos + 2].isalnum():
            while text[start - 1 : start] in _SPACES and start:  # "20% “." -> "20%”.": the space goes too
                start -= 1
        agree = q.side in (None, q.role) and q.expected == q.role
        emit(start, q.pos + 1, f"'{q.mark}' {'closes' if q.role == 'close' else 'opens'} this quotation: in English it is '{right}'",
             evidence={"by_place": q.side == q.role, "by_order": q.expected == q.role, "single": q.single},
             replacement=replacement, applicability=Applicability.SAFE if agree else Applicability.UNSAFE)


@rule(
    "C013",
    "spaced-quotation-mark",
    category=Category.PUNCTUATION,
    severity=Severity.MINOR,
    example="The mayor said the flood was “ the worst in a century ”.",
)
def spaced_quotation_mark(ctx: Context, emit: Emit) -> None:
    """A space inside a quotation's marks: after the opening mark or before the closing one (“ so ”).

    What it does: flags the space between an opening quotation mark and the word it opens, and
    between a quotation's last word or mark and the mark that closes it; a closing mark spaced
    from the quotation and glued to the next word ("game, ”said Vitoria") moves to the quotation.

    Why is this bad: French typography spaces its guillemets, and MT keeps the spaces when it
    swaps the marks for English ones; English sets quotation marks tight against what they quote.

    Leaves alone: marks the pairing cannot place (a closing mark with no quotation open, an
    opening one never closed in its paragraph), a mark beside another one (nested quotations
    closing together, a spreadsheet's doubled '""'), marks pointing the wrong way (C012 takes the mark
    and its space together) and source-language marks (R003 removes their spaces).

    Fix (safe): remove the space, or move it after the closing mark.
    """
    text = ctx.text
    marks = _english(ctx)
    closed = {q.partner for q in marks if q.partner is not None}
    for q in marks:
        if _wrong_way(q) or _QUOTES_RUN.search(text, max(q.line_start, q.pos - 2), min(q.line_end, q.pos + 3)):
            continue  # '""two""' (a spreadsheet's escaped quotes), a nested quotation's marks spaced apart
        if q.role == "open" and q.pos in closed and text[q.pos + 1 : q.pos + 2] in _SPACES:
            end = q.pos + 1
            while text[end : end + 1] in _SPACES and end < len(text):
                end += 1
            emit(q.pos, end, f"space after the opening '{q.mark}'", evidence={"after_opening": 1.0},
                 replacement=q.mark, applicability=Applicability.SAFE)
        elif q.role == "close" and q.partner is not None and q.pos > 0 and text[q.pos - 1] in _SPACES:
            start = q.pos
            while start > q.line_start and text[start - 1] in _SPACES:
                start -= 1
            if start == q.line_start:
                continue  # a mark opening its line is no spaced closing mark
            glued = text[q.pos + 1 : q.pos + 2].isalnum()
            emit(start, q.pos + 1, f"space before the closing '{q.mark}'",
                 evidence={"after_opening": 0.0, "glued_after": glued, "straight": q.shape is None},
                 replacement=q.mark + (" " if glued else ""), applicability=Applicability.SAFE)


@rule(
    "C015",
    "stray-quotation-mark",
    category=Category.PUNCTUATION,
    severity=Severity.MINOR,
    example="“We will double our exports by 2030.” “\n\nHe added that the plan was ready.",
)
def stray_quotation_mark(ctx: Context, emit: Emit) -> None:
    """A quotation mark with nothing to quote: left at a paragraph's end after a closed quotation.

    What it does: flags an opening quotation mark followed by nothing but the end of its
    paragraph, right after a quotation that has just closed.

    Why is this bad: a quotation that opens on nothing is debris of the conversion (a source
    quotation split or doubled); a reader looks for the quote that never comes.

    Leaves alone: a mark with any text after it on its line (it may open a quotation that runs on
    to the next paragraph) and apostrophes.

    Fix (safe): delete the mark and the space before it.
    """
    text = ctx.text
    marks = _english(ctx)
    for n, q in enumerate(marks):
        if q.role != "open" or q.pos < 1 or text[q.pos + 1 : q.line_end].strip(_SPACES):
            continue
        before = n and marks[n - 1]
        if not before or before.role != "close" or before.line_start != q.line_start or text[before.pos + 1 : q.pos].strip(_SPACES):
            continue
        start = q.pos
        while start > q.line_start and text[start - 1] in _SPACES:
            start -= 1
        emit(start, q.pos + 1, f"'{q.mark}' opens nothing", evidence={"after_closed_quote": 1.0},
             replacement="", applicability=Applicability.SAFE)
