"""Common nouns capitalised in mid-sentence as German writes them: "of severe Thunderstorms with
heavy rain", "it came to Floods and accidents"."""

from __future__ import annotations

from functools import cache

import regex

from audit.language.lexicon import english, thresholds, zipf
from audit.language.spans import (
    count_within,
    is_headline,
    positions,
    previous_char,
    word_after,
    word_before,
)
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule
from audit.rules.lowercase_names import calendar_words, nationalities

# a capitalised word of lowercase letters, not inside a hyphenated or dotted token
_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{N}'’\-])\p{Ll}+(?![\p{L}\p{N}'’\-])")
_CAPITALISED = regex.compile(r"(?<![\p{L}\p{N}'’\-.@#/_])\p{Lu}\p{Ll}{2,}(?![\p{L}\p{N}'’\-@_/])")
# a capitalised word after a lowercase word (compiled once: a pattern per word costs more than the rule)
_CAPITAL_AFTER_LOWER = regex.compile(r"(?<=\p{Ll}[ \t\u00a0]+)\p{Lu}\w*")
_CLAUSE_ENDS = ".,;:!?"  # a word before one of these (and a space) ends its phrase: no name goes on after it


@cache
def _settings() -> dict:
    return thresholds()["noun_capitals"]


@cache
def _capitalised_in_english() -> frozenset[str]:
    """Words English capitalises or that head names ("the Ministry", "the Court"): left alone."""
    data = english()
    return frozenset(data["institution_heads"] | data["collective_heads"] | data["capitalised_nouns"]
                     | nationalities() | calendar_words())


def _candidates(ctx: Context) -> list[tuple[int, int, str, bool]]:
    """(start, end, word, after_article) of each capitalised common word between lowercase words."""
    text, limits = ctx.text, _settings()
    fine = _capitalised_in_english()
    window = limits["window"]
    lower_at, capital_at = positions(_LOWER_WORD, text), positions(_CAPITAL_AFTER_LOWER, text)
    out = []
    for m in _CAPITALISED.finditer(text):
        word, low = m.group(), m.group().lower()
        if low in fine or low in english()["function_words"] or zipf(low) < limits["common_word"] \
                or low in ctx.glossary.place_words:
            continue  # a name, a word English capitalises, a place's name, or a word too rare to say
        lo, hi = max(0, m.start() - window), m.end() + window
        forms = {low, low + "s", low + "es", low.removesuffix("s"), low.removesuffix("es")}
        lowercase = sum(count_within(lower_at.get(form, ()), lo, hi - len(form)) for form in forms)
        if lowercase < count_within(capital_at.get(word, ()), lo, hi - len(word)):
            continue  # written in lowercase less often than capitalised around it: a name ("Amazon", "Windows")
        if ctx.in_mention(m.start(), m.start() + 1) or is_headline(text, m.start()):
            continue
        nxt = word_after(text, m.end())
        ends_clause = text[m.end(): m.end() + 1] in _CLAUSE_ENDS and text[m.end() + 1: m.end() + 2] in " \n\t\u00a0"
        if not ends_clause and (nxt is None or not nxt.group()[0].islower()):
            continue  # "the Regional Council", "Storm Ciarán": a name of several words ("the Session." is none)
        before = word_before(text, m.start())
        prev = previous_char(text, m.start())
        article_first = before in ("The", "A", "An") and _sentence_first(text, m.start() - len(before) - 1)
        if not (before[:1].islower() and prev.isalpha()) and not article_first:
            continue  # a sentence start, or after a name or a mark: a capital may be due there
        token = text[max(0, m.start() - 40):m.start()].split()[-1:] or [""]
        if not regex.fullmatch(r"\p{L}[\p{L}'’\-]*", token[0]):
            continue  # after a code token ("-fcond-mismatch Allow"): a description, not prose
        if _in_name(text, m.start()):
            continue  # "the Ministry of Health", "Bing or Google": part of a name, or another name's twin
        out.append((m.start(), m.end(), word, article_first))
    return out


def _in_name(text: str, pos: int) -> bool:
    """Whether the first word before `pos` that is no function word is capitalised in mid-sentence
    ("Ministry of [Health]", "Day of Women and [Girls]")."""
    function_words = english()["function_words"]
    for _ in range(3):
        before = word_before(text, pos)
        if not before:
            return False
        pos = text.rindex(before, 0, pos)
        if before.lower() not in function_words:
            return before[0].isupper() and not _sentence_first(text, pos - 1)
    return False


def _sentence_first(text: str, pos: int) -> bool:
    """Whether the word ending at `pos` starts a sentence or a line."""
    i = pos
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    while i >= 0 and text[i].isalpha():
        i -= 1
    j = i
    while j >= 0 and text[j] in " \t\u00a0\"“‘'«([":
        j -= 1
    return j < 0 or text[j] in ".!?:;\n\r"


@rule(
    "C009",
    "capitalised-common-noun",
    category=Category.SPELLING,
    severity=Severity.MINOR,
    example="In the regions severe Thunderstorms with hail threaten, it came to Floods and accidents, and the "
            "Storm caused damage; such thunderstorms, floods and storms are rare.",
)
def capitalised_common_noun(ctx: Context, emit: Emit) -> None:
    """Common words capitalised in mid-sentence as German capitalises its nouns ("severe
    Thunderstorms with hail", "it came to Floods and accidents").

    What it does: flags a capitalised word between lowercase words (or after a sentence's first
    article: "The Storm caused") whose lowercase form is a common English word (wordfreq), in a
    document translated from German (its declared source language) or one that does it three
    times or more.

    Why is this bad: German capitalises every noun; MT systems copy the capitals into English,
    where they read as names ("Storm", "Floods").

    Leaves alone: words English capitalises or that head names (institutions and bodies, titles,
    nationalities, months: audit/data/english.yaml, CLDR), glossary names and places and states
    the world glossary knows ("the mayor of Rome"), a capital before another
    capital ("the Regional Council": a name), sentence starts, headlines, and a document from
    another source language with fewer such words (a writer's emphasis or a name).

    Fix (unsafe): lowercase it.
    """
    hits = _candidates(ctx)
    german = ctx.source_language == "de"
    window, habit = _settings()["window"], _settings()["habit"]
    for start, end, word, after_article in hits:
        around = sum(1 for s, _, _, _ in hits if abs(s - start) <= window)
        if not german and around < habit:
            continue
        emit(start, start + 1, f"'{word}' is a common word: English writes it in lowercase",
             evidence={"german_source": german, "others_around": min(5, around - 1) / 5,
                       "after_article": after_article},
             replacement=word[0].lower(), applicability=Applicability.UNSAFE)
