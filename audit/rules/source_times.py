"""Clock times written the source language's way (R009): "until 18h" → "until 6 p.m."."""

from __future__ import annotations

from functools import cache

import regex

from audit.language.detect import language_name
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule
from audit.rules.untranslated_words import data, english_words

# an hour of 0-23, an h, minutes where given: "18h", "18h30", "18 h 30"; not inside a word or code
_TIME = regex.compile(r"(?<![\p{L}\p{N}.:/,-])(?P<hour>[01]?\d|2[0-3])(?P<space>[ \u00a0]?)h"
                      r"(?:(?P=space)(?P<minute>[0-5]\d))?(?![\p{L}\p{N}])")
_WORD_BEFORE = regex.compile(r"(\p{L}+)(?:[ \u00a0]+(\p{L}+))?[ \u00a0]+$")


@cache
def _before() -> tuple[frozenset[str], frozenset[str]]:
    marks = data()["hour_mark"]
    return frozenset(marks["before"]), frozenset(marks["not_after"])


def english_time(hour: int, minute: int) -> str:
    """The time in the house style (untranslated.yaml, `time_style`): "6 p.m.", "6:30 a.m.", "noon"."""
    style = data()["time_style"]
    if minute == 0 and hour in (0, 12):
        return style["midnight"] if hour == 0 else style["noon"]
    clock = str(hour % 12 or 12) + (f":{minute:02d}" if minute else "")
    return f"{clock} {style['meridiem'][hour >= 12]}"


def _after_clock_word(text: str, start: int) -> bool:
    """Whether a word that introduces a clock time ("until", "at") stands before `start`, and no
    word before it makes a duration of it ("up to 2h")."""
    m = _WORD_BEFORE.search(text[max(0, start - 30) : start])
    if not m:
        return False
    before, not_after = _before()
    word, previous = (m.group(2), m.group(1)) if m.group(2) else (m.group(1), "")
    return word.lower() in before and previous.lower() not in not_after


@rule(
    "R009",
    "source-language-time",
    category=Category.UNTRANSLATED,
    severity=Severity.MINOR,
    example="The rain will stop around 18h and the alert ends tomorrow at 9h30.",
    example_source_lang="es",
    evidence_for=("minutes", "afternoon", "source_language"),
)
def source_language_time(ctx: Context, emit: Emit) -> None:
    """A clock time written the source language's way ("until 18h", "at 9h30"): French, Spanish,
    Portuguese, Italian and Catalan copy writes hours with an h, and MT systems keep it.

    What it does: finds an hour (0 to 23) followed by h and its minutes, where there are ("18h",
    "18h30", "18 h 30"), after a word that introduces a clock time ("at", "until", "from",
    "between", "around": `hour_mark` in audit/data/untranslated.yaml), in text translated from
    one of those languages (or of unknown source), and writes it in the house style
    (`time_style`: AP's "6 p.m.", "9:30 a.m.", "noon").

    Why is this bad: English copy does not write "18h"; a reader stops on it, and a 24-hour
    figure in running text is no English news style.

    Leaves alone: durations ("for 2h", "in 3h", "up to 2h": no clock word before them); figures
    inside codes, scores and ratios ("A4h", "2-18h"); text translated from a language that does
    not write hours so; sentences not in English.

    Fix (safe where the hour is after noon or has its minutes; unsafe for a bare morning hour,
    which may still be a duration): the time in the house style.
    """
    langs = data()["hour_mark"]["languages"]
    source = ctx.source_language
    if source and source not in langs:
        return
    text = ctx.text
    for m in _TIME.finditer(text):
        if not _after_clock_word(text, m.start()):
            continue
        s_start, s_end = ctx.sentence_bounds(m.start())
        english_count, foreign = english_words(text, s_start, s_end, m.span())
        if foreign > english_count:
            continue
        hour, minute = int(m.group("hour")), int(m.group("minute") or 0)
        english = english_time(hour, minute)
        clear = bool(m.group("minute")) or hour >= 12
        where = f"the {language_name(source)} way" if source else "the continental way"
        end = m.end()
        if english.endswith(".") and text[end : end + 1] == ".":
            end += 1  # "at 9h30." -> "at 9:30 a.m.": the abbreviation's full stop ends the sentence
        emit(m.start(), end, f"'{m.group()}' is a clock time written {where}: in English, '{english}'",
             evidence={"minutes": bool(m.group("minute")), "afternoon": hour >= 12, "source_language": bool(source)},
             replacement=english, applicability=Applicability.SAFE if clear else Applicability.UNSAFE)
