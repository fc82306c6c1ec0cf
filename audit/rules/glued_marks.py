"""Words glued to a mark or a letter that is no word: a closing quotation mark or bracket with no
space after it ("deserved”He said", "[former president]defends"), a drop-cap letter left before
the paragraph's first word ("WDue to a strike")."""

from __future__ import annotations

import regex

from audit.language.lexicon import english, thresholds, zipf
from audit.language.spans import line_bounds
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule

_MARKS = thresholds()["glued_marks"]  # Zipf cut-offs and lengths (audit/data/thresholds.yaml)
_DOUBLE = "“”\"«»„"
# a double quotation mark or a closing bracket right before a word
_GLUED_MARK = regex.compile(r"(?<=[\p{L}\p{N}.,;:!?…’'\)\]] ?)([“”\"»)\]])(\p{L}+)")
_DROP_CAP = regex.compile(r"(?<![\p{L}\p{N}])(\p{Lu})(\p{Lu}\p{Ll}+)\b")


def _quotation_open(text: str, pos: int) -> int | None:
    """Where the quotation that a double mark at `pos` closes opened, on its line: an odd count of
    double marks before it there (straight, curly or guillemets) leaves one open."""
    start, _ = line_bounds(text, pos)
    before = [i for i in range(start, pos) if text[i] in _DOUBLE]
    return before[-1] if len(before) % 2 else None


def _bracket_open(text: str, pos: int) -> int | None:
    """Where the bracket closed at `pos` opened, on its line, if it holds words of prose ("[Daniel]",
    "[former president]"): not a letter or an affix ("(s)he", "(re)election"), nor a code or a
    placeholder with no lowercase word or with digits ("[PROJECT4]", "(CH3)")."""
    start, _ = line_bounds(text, pos)
    opener = "(" if text[pos] == ")" else "["
    at = text.rfind(opener, start, pos)
    if at < 0 or text.find(text[pos], at, pos) >= 0:
        return None
    inside = text[at + 1 : pos]
    if not regex.search(r"\p{Ll}{2}", inside) or regex.search(r"\d", inside):
        return None
    return at if " " in inside.strip() or len(inside) >= _MARKS["bracketed_letters"] else None


@rule(
    "M005",
    "word-glued-to-closing-mark",
    category=Category.PUNCTUATION,
    severity=Severity.MINOR,
    example="“We have done everything we could,”he said after the vote.",
    evidence_for=("closing_glyph",),
)
def word_glued_to_closing_mark(ctx: Context, emit: Emit) -> None:
    """A word glued to the closing quotation mark or bracket before it ("could,”he said",
    "[former president]defends").

    What it does: flags a word that follows a double quotation mark closing a quotation opened
    earlier on the same line (an odd count of marks before it), or a closing bracket around a word
    or more, with no space between.

    Why is this bad: pipelines that strip markup lose the space after a quotation; the reader sees
    the next word run into the quotation.

    Leaves alone: a mark that opens a quotation (M002 and the quotation-mark rules judge those), a
    closing mark spaced from the quotation (the quotation-mark rules move the space), inches and
    seconds after a number, single quotation marks (apostrophes), brackets around a letter or an
    affix ("(s)he", "(re)election"), around part of a word English writes whole, or around a code
    or a placeholder ("[PROJECT4]").

    Fix: a space after the mark (safe); a capitalised subject pronoun after a quotation that does
    not end with a full stop introduces its speaker and is lowercased too ("!”He snapped" -> "!”
    he snapped"; unsafe: a new sentence is the other reading).
    """
    text = ctx.text
    data = english()
    for m in _GLUED_MARK.finditer(text):
        mark, word = m.group(1), m.group(2)
        bracket = mark in ")]"
        opened = _bracket_open(text, m.start(1)) if bracket else _quotation_open(text, m.start(1))
        if opened is None:
            continue
        before = text[m.start(1) - 1]
        if bracket and " " not in text[opened:m.start(1)] and zipf((text[opened + 1 : m.start(1)] + word).lower()) >= 1.5:
            continue  # "(counter)attack": part of a word English writes whole
        inner_end = text[m.start(1) - 1 if before != " " else m.start(1) - 2]
        nxt = regex.match(r"[ \t\u00a0]+(\p{L}+)", text[m.end() : m.end() + 40])
        speaker = (not bracket and word in data["subject_pronouns"] and inner_end != "."
                   and nxt is not None and nxt.group(1).islower())
        spaced = before == " "  # "game, ”said": the quotation-mark rules move the space (C013)
        if spaced and not speaker:
            continue
        # the span: the word (a foreign mark is R003's to replace, a spaced one C013's); a bracket with it
        start = m.start(1) if bracket else m.start(2)
        space = "" if spaced else " "
        replacement = text[start : m.start(2)] + space + (word.lower() if speaker else word)
        emit(start, m.end(2), (f"no space after the closing '{mark}' before '{word}'" if not spaced else
                               f"'{word}' after the quotation introduces its speaker: '{word.lower()}'")
             + ("; the pronoun introduces the speaker" if speaker and not spaced else ""),
             evidence={"closing_glyph": mark in "”»", "bracket": bracket, "speaker": speaker,
                       "after_punctuation": inner_end in ".,;:!?…"},
             replacement=replacement, alternatives=[text[start : m.start(2)] + space + word] if speaker and not spaced else (),
             applicability=Applicability.UNSAFE if speaker else Applicability.SAFE)


@rule(
    "M006",
    "doubled-drop-cap",
    category=Category.SPELLING,
    severity=Severity.MAJOR,
    example="WDue to a strike by train drivers, most trains were cancelled on Wednesday.",
)
def doubled_drop_cap(ctx: Context, emit: Emit) -> None:
    """A paragraph's first word with a stray capital letter before it ("WDue to a strike").

    What it does: flags a capital letter glued to a capitalised word English knows at the start of
    a paragraph, where the two together are no word: the large initial (drop cap) of the page,
    kept as a letter of its own by the extraction, often from the source-language word.

    Why is this bad: the reader meets a word that does not exist as the article's first.

    Leaves alone: tokens English knows (but a doubled letter: "TThe") or the document repeats
    (names, brands: "XBox"), the letters "A" and "I" (words of their own: a lost space is the
    likelier reading), anything inside a paragraph.

    Fix: delete the letter; safe where it doubles the word's own first letter ("TThe"), unsafe
    otherwise.
    """
    text = ctx.text
    for m in _DROP_CAP.finditer(text):
        letter, word = m.group(1), m.group(2)
        start, _ = line_bounds(text, m.start())
        if text[start : m.start()].strip() or letter in ("A", "I"):
            continue
        token, doubled = m.group(), letter == word[0]
        # a doubled letter is a slip however often the web repeats it ("TThe"); another is a name or brand
        if (zipf(token.lower()) >= _MARKS["known_token"] and not doubled) or text.count(token) > 1:
            continue
        if zipf(word.lower()) < _MARKS["known_word"]:
            continue
        emit(m.start(1), m.end(1), f"'{letter}' before '{word}' is a stray drop-cap letter",
             evidence={"doubled": doubled, "word_zipf": zipf(word.lower())}, replacement="",
             applicability=Applicability.SAFE if doubled else Applicability.UNSAFE)
