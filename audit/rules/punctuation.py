"""Punctuation carried over from the source or doubled: ". .", "Homs ,", "? :"."""

from __future__ import annotations

import regex

from audit.language.lexicon import english
from audit.language.spans import compiled, word_after, word_before
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule


# ". ." ", ," ",," ";;" ". ," ",." ")., " -- but never an ellipsis ("...", ". . .").
_DOUBLED = regex.compile(r"(?<![.\s][ \t]?)(?<!\.)([,;:.])([ \t\u00a0]*)([,;.])(?![ \t\u00a0]*[.,;])")


# "lost? : USA", "item? ? ?", "formula\", - noted", "project——Four"
_STRAY = regex.compile(
    r"(?P<mark_colon>(?<=\p{L})[?!][ \t\u00a0]+[:;,](?=[ \t\u00a0]))"
    r"|(?P<spaced_repeat>(?<=\p{L})([?!])(?:[ \t\u00a0]+\3)+)"
    r"|(?P<dialogue_comma>,[ \t\u00a0]+-(?=[ \t\u00a0]+\p{Ll}))"
    r"|(?P<double_dash>——)"
)


@rule(
    "C003",
    "doubled-punctuation",
    category=Category.PUNCTUATION,
    severity=Severity.MINOR,
    example="The ministry denied the reports. . Fighting continued.",
)
def doubled_punctuation(ctx: Context, emit: Emit) -> None:
    """Two punctuation marks where one belongs (". .", ", ,", "). ,", "? :", "——").

    What it does: flags a comma, semicolon, colon or full stop followed (after optional
    spaces) by another comma, semicolon or full stop; a question or exclamation mark followed
    by a spaced colon or comma ("lost? : USA") or spaced repeats of itself ("? ? ?"); the
    Russian dialogue dash, a hyphen, after a comma before the speech verb (", - said
    Zelensky"; an en dash there is a translator's choice); the
    Chinese double dash "——".

    Why is this bad: MT systems keep the source's marks and add English ones; the doubled mark
    is the join.

    Leaves alone: ellipses ("...", ". . ."), an abbreviation's full stop before a comma
    ("U.S., Russia", "etc.,"), and numbers.

    Fix (safe): keep one mark: the full stop before a capital or a line end, the comma otherwise.
    A question or exclamation mark before a colon ("lost? : USA") gets no fix: which mark to keep
    is the writer's choice.
    """
    text = ctx.text
    abbreviations = english()["abbreviations"]
    for m in _DOUBLED.finditer(text):
        first, space, second = m.group(1), m.group(2), m.group(3)
        if first == ":" or (first == second == "." and not space):
            continue  # ".." is an informal ellipsis
        before = word_before(text, m.start())
        if first == "." and (before.lower().rstrip(".") in abbreviations or "." in before or len(before) == 1):
            continue  # "U.S.," "etc.,"
        if text[m.start() - 1 : m.start()].isdigit() and text[m.end() : m.end() + 1].isdigit():
            continue
        nxt = word_after(text, m.end())
        ends_sentence = nxt is None or nxt.group()[0].isupper()
        if "." in (first, second) and ends_sentence:
            keep = "."
        elif first == second:
            keep = first
        else:
            keep = "," if "," in (first, second) else first
        emit(m.start(), m.end(), f"doubled punctuation '{m.group()}'",
             evidence={"same_mark": first == second, "spaced": bool(space)}, replacement=keep,
             applicability=Applicability.SAFE)
    for m in _STRAY.finditer(text):
        kind = m.lastgroup
        mark = m.group(kind)
        if kind == "dialogue_comma":
            keep = ","  # the Russian dialogue dash after a quotation: ", - said Zelensky"
        elif kind == "double_dash":
            keep = "—"  # the Chinese double dash "——"
        elif kind == "spaced_repeat":
            keep = compiled(r"\s+").sub("", mark)  # "item? ? ?": the spaces are the artifact
        else:
            # "lost? : USA": a mark too many, but which one is the writer's choice ("lost?: USA",
            # "lost? USA"; a German headline style the reference may keep): pointed at, not fixed
            keep = None
        emit(m.start(), m.end(), f"stray punctuation '{m.group()}'" + ("" if keep else ": keep one of the two marks"),
             evidence={kind: 1.0}, replacement=keep, applicability=Applicability.SAFE if keep else None)


_MARK_NAMES = {",": "comma", ".": "full_stop", ";": "semicolon", ":": "colon", "?": "question", "!": "exclamation"}
_SPACE_BEFORE = regex.compile(r"(?<=[\p{L}\p{N})\]”\"’])([ \t\u00a0\u202f]+)([,;:?!.])(?=[ \t\r\n”\"’)]|$)")


@rule(
    "C004",
    "space-before-punctuation",
    category=Category.PUNCTUATION,
    severity=Severity.MINOR,
    example="The rebels entered Homs , the observatory said.",
)
def space_before_punctuation(ctx: Context, emit: Emit) -> None:
    """A space before a comma, full stop, colon, semicolon, question or exclamation mark ("Homs ,").

    What it does: flags spaces between a word and the punctuation mark that follows it.

    Why is this bad: French typography puts a space before ; : ? ! and MT output often keeps it;
    English never does.

    Leaves alone: ellipses (" ..."), emoticons, marks not followed by a space or line end.

    Fix (safe): remove the space.
    """
    text = ctx.text
    for m in _SPACE_BEFORE.finditer(text):
        mark = m.group(2)
        following = text[m.end(2) : m.end(2) + 1]
        if mark == "." and following == ".":
            continue
        if mark in ":;" and following in ")(-DPp":
            continue  # an emoticon
        emit(m.start(1), m.end(1), f"space before '{mark}'", evidence={_MARK_NAMES[mark]: 1.0}, replacement="",
             applicability=Applicability.SAFE)
