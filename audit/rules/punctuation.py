"""Punctuation carried over from the source or doubled: ". .", "Homs ,", "? :"."""

from __future__ import annotations

import regex

from audit.language.lexicon import english
from audit.language.spans import compiled, line_label, word_after, word_before
from audit.language.text import sentence_of
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule
from audit.rules.number_typography import ordinal_dots


# ". ." ", ," ",," ";;" ". ," ",." ")., " ".:" -- but never an ellipsis ("...", ". . .").
_DOUBLED = regex.compile(r"(?<![.\s][ \t]?)(?<!\.)([,;:.])([ \t\u00a0]*)([,;.:])(?![ \t\u00a0]*[.,;:])")
_EMOTICON_MOUTHS = tuple(")(DPp|\\/")
# a mark inside a closing quotation mark and another after it: '.”.', '!”.', '." ,'
_AROUND_QUOTE = regex.compile(r"(?<=\p{L}[ \t]?)([.!?])([”\"’])([ \t\u00a0]*)([.,])(?![.,])")


# "lost? : USA", "item? ? ?", "formula\", - noted", "project——Four"
_STRAY = regex.compile(
    r"(?P<mark_colon>(?<=\p{L})[?!][ \t\u00a0]+[:;,](?=[ \t\u00a0]))"
    r"|(?P<spaced_repeat>(?<=\p{L})([?!])(?:[ \t\u00a0]+\3)+)"
    r"|(?P<double_dash>——)"
)


def quote_doublings(text: str) -> list[tuple[regex.Match, int, str]]:
    """A mark inside a closing quotation mark and one after it ('.”.', '." ,'), where the repair
    starts and what it writes: the inner mark kept where the sentence ends there ('.”', '!”'), the
    comma outside where it goes on ('”,')."""
    abbreviations = english()["abbreviations"]
    found = []
    for m in _AROUND_QUOTE.finditer(text):
        inner, quote, space, outer = m.groups()
        if inner == "." and word_before(text, m.start()).lower().rstrip(".") in abbreviations:
            continue  # "the U.S.”,"
        nxt = word_after(text, m.end())
        goes_on = nxt is not None and nxt.group()[0].islower() and text[m.end() : nxt.start()].strip() == ""
        if outer == "," and goes_on:
            if inner != ".":
                continue  # "“Why?”, he asked": a house style
            found.append((m, m.start(), quote + ","))
        elif outer == "." and not goes_on:
            found.append((m, m.start(2), quote))
    return found


@rule(
    "C003",
    "doubled-punctuation",
    category=Category.PUNCTUATION,
    severity=Severity.MINOR,
    example="The ministry denied the reports. . Fighting continued.",
)
def doubled_punctuation(ctx: Context, emit: Emit) -> None:
    """Two punctuation marks where one belongs (". .", ", ,", "). ,", ".:", ".”.", "? :", "——").

    What it does: flags a comma, semicolon, colon or full stop followed (after optional
    spaces) by another comma, semicolon, colon or full stop; a full stop, question or exclamation
    mark inside a closing quotation mark with another full stop or comma after it ('.”.', '!”.',
    '." , he said'); a question or exclamation mark followed by a spaced colon or comma ("lost? :
    USA") or spaced repeats of itself ("? ? ?"); the Chinese double dash "——".

    Why is this bad: MT systems keep the source's marks and add English ones; the doubled mark
    is the join.

    Leaves alone: ellipses ("...", ". . ."), an abbreviation's full stop before a comma
    ("U.S., Russia", "etc.,"), numbers, a German ordinal's dot before a comma ("(51., Gosens)":
    C016), and a question or exclamation mark before the comma after a quotation ('“Why?”, he
    asked': a house style).

    Fix (safe): keep one mark: the full stop before a capital or a line end, the comma otherwise,
    the colon before what it introduces; at a closing quotation mark, the mark inside where the
    sentence ends ('.”'), the comma outside where it goes on ('”, he said'). A question or
    exclamation mark before a colon ("lost? : USA") gets no fix: which mark to keep is the
    writer's choice.
    """
    text = ctx.text
    abbreviations = english()["abbreviations"]
    ordinals = {m.start(2) for m in ordinal_dots(text)}
    for m in _DOUBLED.finditer(text):
        first, space, second = m.group(1), m.group(2), m.group(3)
        if first == ":" or (first == second == "." and not space) or m.start(1) in ordinals:
            continue  # ".." is an informal ellipsis
        if second == ":" and text[m.end() : m.end() + 1] in _EMOTICON_MOUTHS:
            continue  # ". :(" an emoticon after a full stop
        before = word_before(text, m.start())
        if first == "." and (before.lower().rstrip(".") in abbreviations or "." in before or len(before) == 1):
            continue  # "U.S.," "etc.,"
        if text[m.start() - 1 : m.start()].isdigit() and text[m.end() : m.end() + 1].isdigit():
            continue
        nxt = word_after(text, m.end())
        ends_sentence = nxt is None or nxt.group()[0].isupper()
        if second == ":":
            keep = ":"
        elif "." in (first, second) and ends_sentence:
            keep = "."
        elif first == second:
            keep = first
        else:
            keep = "," if "," in (first, second) else first
        emit(m.start(), m.end(), f"doubled punctuation '{m.group()}'",
             evidence={"same_mark": first == second, "spaced": bool(space)}, replacement=keep,
             applicability=Applicability.SAFE)
    for m, start, keep in quote_doublings(text):
        emit(start, m.end(), f"doubled punctuation around a quotation mark '{m.group()}'",
             evidence={"same_mark": m.group(1) == m.group(4), "spaced": bool(m.group(3)), "around_quote": 1.0},
             replacement=keep, applicability=Applicability.SAFE)
    for m in _STRAY.finditer(text):
        kind = m.lastgroup
        mark = m.group(kind)
        if kind == "double_dash":
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
_SPACE_BEFORE = regex.compile(r"(?<=[\p{L}\p{N})\]”\"’»›])([ \t\u00a0\u202f]+)([,;:?!.])(?=[ \t\r\n”\"’)]|$)")


@rule(
    "C004",
    "space-before-punctuation",
    category=Category.PUNCTUATION,
    severity=Severity.MINOR,
    example="The rebels entered Homs , the observatory said.",
)
def space_before_punctuation(ctx: Context, emit: Emit) -> None:
    """A space before a comma, full stop, colon, semicolon, question or exclamation mark ("Homs ,").

    What it does: flags spaces between a word (or a closing bracket or quotation mark) and the
    punctuation mark that follows it. The spaced commas of one enumeration ("tanks , trucks ,
    drones .") are one finding, fixed together.

    Why is this bad: French typography puts a space before ; : ? ! and MT output often keeps it;
    English never does.

    Leaves alone: ellipses (" ..."), emoticons, marks not followed by a space or line end, a
    spaced colon between two numbers (a score or a time: C017), the space of a doubled mark
    at a quotation mark ('." ,': C003 mends both), and the colon of a label that opens its line
    ("Short link :", "Posted by : A. Shaik": page furniture; audit/language/spans.py `line_label`).

    Fix (safe): remove the space (every space of the enumeration).
    """
    text = ctx.text
    doubled = [(start, m.end()) for m, start, _ in quote_doublings(text)]
    found = []
    for m in _SPACE_BEFORE.finditer(text):
        mark = m.group(2)
        following = text[m.end(2) : m.end(2) + 1]
        if mark == "." and following == ".":
            continue
        if mark in ":;" and following in ")(-DPp":
            continue  # an emoticon
        if mark == ":" and text[m.start() - 1 : m.start()].isdigit() and compiled(r"[ \t]*\d").match(text, m.end()):
            continue  # "1 : 0", a score: C017
        if mark == ":" and line_label(text, m.start(2)):
            continue  # "Short link :", "Posted by : A. Shaik": a page's label, furniture
        if any(s <= m.start() < e for s, e in doubled):
            continue
        found.append(m)
    sentence = ctx.sentence_starts
    groups: dict[int, list[regex.Match]] = {}
    for m in found:
        groups.setdefault(sentence_of(sentence, m.start()), []).append(m)
    for group in groups.values():
        commas = [m for m in group if m.group(2) == ","]
        if len(commas) >= 2:  # an enumeration: "tanks , trucks , drones ."
            edits = [(m.start(1), m.end(1), "") for m in group]
            emit(group[0].start(1), group[-1].end(2), f"spaces before the marks of an enumeration ({len(group)})",
                 evidence={"comma": 1.0, "enumeration": float(len(group))}, edits=edits, applicability=Applicability.SAFE)
            continue
        for m in group:
            mark = m.group(2)
            emit(m.start(1), m.end(1), f"space before '{mark}'", evidence={_MARK_NAMES[mark]: 1.0}, replacement="",
                 applicability=Applicability.SAFE)
