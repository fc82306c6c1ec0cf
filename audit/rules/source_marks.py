"""Marks of the source's typography left in English: inverted ¡ ¿, elisions "<...>", spaces inside
brackets and before 's, and stray marks ("“, Is", ". -It", "winter))")."""

from __future__ import annotations

import regex

from audit.language.detect import looks_foreign
from audit.language.text import WORD
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule

_INVERTED = regex.compile(r"[¡¿]")
_SENTENCE_REST = regex.compile(r"[^!?.\n]*")


@rule(
    "C019",
    "inverted-mark",
    category=Category.PUNCTUATION,
    severity=Severity.MINOR,
    example="He asked whether it was true. ¡That was a penalty and everyone saw it!",
)
def inverted_mark(ctx: Context, emit: Emit) -> None:
    """A Spanish inverted exclamation or question mark (¡ ¿) before an English sentence.

    What it does: flags ¡ and ¿ where the words up to the sentence's end are English.

    Why is this bad: Spanish opens exclamations and questions with an inverted mark; English
    never does, and MT passes the mark through.

    Leaves alone: Spanish words quoted in English copy ("chanting ¡Viva México!"): the words
    after the mark are more common in a source language than in English.

    Fix (safe): delete the mark.
    """
    text = ctx.text
    for m in _INVERTED.finditer(text):
        words = WORD.findall(_SENTENCE_REST.match(text, m.end()).group())
        if not words or looks_foreign(words) > 0:
            continue
        emit(m.start(), m.end(), f"'{m.group()}' opens Spanish sentences only", evidence={"words": float(len(words))},
             replacement="", applicability=Applicability.SAFE)


# an elision in angle brackets: "<...>", "<…>"
_ELISION = regex.compile(r"(<)[ \t]?(\.\.\.|…)[ \t]?(>)")


@rule(
    "C020",
    "elision-mark",
    category=Category.PUNCTUATION,
    severity=Severity.MINOR,
    example="“We will hold the city <...> whatever it costs,” the mayor said.",
)
def elision_mark(ctx: Context, emit: Emit) -> None:
    """An elision in angle brackets ("<...>", "<…>") inside English copy.

    What it does: flags an ellipsis wrapped in angle brackets, as Russian and Ukrainian print
    words left out of a quotation.

    Why is this bad: English marks an omission with a bare ellipsis, or one in square brackets;
    angle brackets read as markup.

    Leaves alone: the bare ellipsis and "[...]", which are English, and "(...)" of Spanish,
    French and Italian copy, which English editors let stand (the real set's annotators did).

    Fix (safe): the bare ellipsis, in the dots the text used ("..." or "…"); "[...]" as an
    alternative.
    """
    text = ctx.text
    for m in _ELISION.finditer(text):
        dots = m.group(2)
        emit(m.start(), m.end(), f"an elision in '<>': English writes '{dots}' or '[{dots}]'",
             evidence={"unicode_ellipsis": dots == "…"}, replacement=dots, alternatives=[f"[{dots}]"],
             applicability=Applicability.SAFE)


# a space inside a bracket: "( see below )"
_SPACED_BRACKET = regex.compile(r"(?P<open>[(\[])[ \t\u00a0]+(?=[\p{L}\p{N}\"“‘])|(?<=[\p{L}\p{N}.!?\"”’%])[ \t\u00a0]+(?P<close>[)\]])")


@rule(
    "C021",
    "spaced-bracket",
    category=Category.PUNCTUATION,
    severity=Severity.MINOR,
    example="The talks ( held in Geneva ) ended without a deal.",
)
def spaced_bracket(ctx: Context, emit: Emit) -> None:
    """A space inside a bracket: after the opening one or before the closing one ("( in Geneva )").

    What it does: flags the space between a round or square bracket and the word it holds.

    Why is this bad: some sources' typography and MT tokenisation space brackets; English sets
    them tight against what they enclose.

    Leaves alone: a bracket with nothing but spaces in it, a bracket at the start or end of its
    line (list markers and tables), and a bracket spaced on one side that holds no words.

    Fix (safe): remove the space.
    """
    text = ctx.text
    for m in _SPACED_BRACKET.finditer(text):
        if m.group("open"):
            start, end, replacement = m.start(), m.end(), m.group("open")
            if text[start - 1 : start] not in ("", " ", "\t", "\u00a0", "\n"):
                continue  # "f( x )", code
            line_end = text.find("\n", end)
            if text.find(")" if replacement == "(" else "]", end, len(text) if line_end == -1 else line_end) == -1:
                continue
        else:
            start, end, replacement = m.start(), m.end(), m.group("close")
            opens = text.rfind("(" if replacement == ")" else "[", text.rfind("\n", 0, start) + 1, start)
            if opens == -1 or text[opens - 1 : opens].isalnum():
                continue  # "1 )" a list marker, "f( x )" code
        emit(start, end, f"space inside '{replacement}'", evidence={"opening": replacement in "(["},
             replacement=replacement, applicability=Applicability.SAFE)


_SPACED_POSSESSIVE = regex.compile(r"(?<=\p{L})[ \t\u00a0]+(['’]s)(?![\p{L}\p{N}'’])")


@rule(
    "C022",
    "spaced-possessive",
    category=Category.PUNCTUATION,
    severity=Severity.MINOR,
    example="Russia 's foreign ministry summoned the ambassador.",
)
def spaced_possessive(ctx: Context, emit: Emit) -> None:
    """A space before a possessive or contracted 's ("Russia 's ministry").

    What it does: flags the space between a word and an 's that ends with it.

    Why is this bad: MT tokenisers split the possessive off its word and the space survives the
    detokenising; English writes "Russia's".

    Leaves alone: an 's followed by more letters (a quotation that opens: 'so'), and an 's after
    a number or a mark.

    Fix (safe): remove the space.
    """
    text = ctx.text
    for m in _SPACED_POSSESSIVE.finditer(text):
        emit(m.start(), m.end(), f"space before '{m.group(1)}'", evidence={"curly": m.group(1)[0] == "’"},
             replacement=m.group(1), applicability=Applicability.SAFE)


# "“, Is a": a comma right after an opening quotation mark; ". -It": a hyphen glued to a
# sentence's first word; "winter)) Because": closing brackets with none opened (a Russian smiley)
_STRAY_HYPHEN = regex.compile(r"[.!?][ \t\u00a0]+-\p{Lu}")
_STRAY = regex.compile(
    r"(?P<quote_comma>(?<=(?:^|[\s(])[“\"])[,;][ \t\u00a0]*(?=\p{L}))"
    r"|(?P<hyphen>(?<=[.!?][ \t\u00a0]+)-(?=\p{Lu}\p{Ll}))"
    r"|(?P<brackets>(?<=[\p{L}\p{N}])\){2,}(?=[ \t\u00a0]+\p{Lu}))",
    regex.MULTILINE,
)


@rule(
    "C023",
    "stray-mark",
    category=Category.PUNCTUATION,
    severity=Severity.MINOR,
    example="“, It is a very large storm,” the station said. -It moved east. Spring is here)) Tomorrow it rains.",
)
def stray_mark(ctx: Context, emit: Emit) -> None:
    """A mark with no role in the sentence: a comma after an opening quotation mark ("“, Is"), a
    hyphen glued to a sentence's first word (". -It"), brackets closing nothing ("winter))").

    What it does: flags a comma or semicolon right after an opening quotation mark, a hyphen
    between a sentence's end and the capitalised word that starts the next, and two or more
    closing brackets in a paragraph that opens none (a Russian and Ukrainian smiley).

    Why is this bad: they are debris of the source's layout (a bullet, a split quotation) or of
    its conventions, and an English reader stumbles on them.

    Leaves alone: dashes between words, list items (a hyphen at a line's start, or several run in
    one paragraph), brackets that close something opened, a smiley at a line's end or before a
    lowercase word (chat style), a comma after a mark that opens no quotation closed later in the
    paragraph, or after a spaced mark before a lowercase word (a closing mark spaced from its
    word: 'the" degree ", maintaining').

    Fix (safe): delete the comma or the hyphen; the brackets become the full stop of the
    sentence they end.
    """
    text = ctx.text
    for m in _STRAY.finditer(text):
        kind = m.lastgroup
        replacement = ""
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start : len(text) if line_end == -1 else line_end]
        if kind == "brackets":
            if "(" in line:
                continue
            replacement = "."  # the smiley ends a sentence: "winter)) Because"
        elif kind == "hyphen" and len(_STRAY_HYPHEN.findall(line)) > 1:
            continue  # ". -The panel ... . -One of": a run-in list, the writer's layout
        elif kind == "quote_comma" and not any(q.partner == m.start() - 1 for q in ctx.quote_marks):
            continue  # a mark that opens no quotation closed later: the comma may be the sentence's
        elif kind == "quote_comma" and text[m.start() - 2 : m.start() - 1].isspace() and text[m.end() : m.end() + 1].islower():
            continue  # 'the" degree ", maintaining': a closing mark spaced from its word, then the sentence's comma
        emit(m.start(), m.end(), f"a stray '{m.group().strip()}'", evidence={kind: 1.0}, replacement=replacement,
             applicability=Applicability.SAFE)
