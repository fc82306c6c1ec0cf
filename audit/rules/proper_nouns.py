"""A name written in lowercase where the document shows it is a name: "Max verstappen" beside
"Verstappen", "the national Bank of Ukraine (NBU)", "Barnim, oberhavel and Uckermark"."""

from __future__ import annotations

from functools import cache

import regex

from audit.language.compounds import inflection
from audit.language.kinds import country_names, first_names
from audit.language.lexicon import english, thresholds, zipf
from audit.language.spans import is_headline, sentence_initial, word_after, word_before
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule
from audit.rules.lowercase_names import nationalities

_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{N}'’\-@#/_.])\p{Ll}{2,}(?![\p{L}\p{N}'’@_/]|-\p{L})")
_CAPITALISED = regex.compile(r"(?<![\p{L}\p{N}'’\-@#/_.])\p{Lu}\p{Ll}{2,}(?![\p{L}\p{N}'’@_/])")
# a capitalised name part, a hyphen, a lowercase part: "Saale-holzland"
_HYPHENATED = regex.compile(r"(?<![\p{L}\p{N}\-])\p{Lu}\p{Ll}{2,}-((?=\p{Latin})\p{Ll}{4,})(?![\p{L}\p{N}\-])")
# an acronym in brackets after the words it stands for: "the national Bank of Ukraine (NBU)"
_ACRONYM = regex.compile(r"\((\p{Lu}{2,6})\)")
_NAME_WORD = regex.compile(r"\p{L}+")


@cache
def _settings() -> dict:
    return thresholds()["proper_nouns"]


def _expansion(text: str, paren: int, acronym: str) -> list[regex.Match] | None:
    """The words before `paren` whose initials spell `acronym` (function words between them skipped),
    or None: "national Bank of Ukraine" for "NBU"."""
    function_words = english()["function_words"]
    words = list(_NAME_WORD.finditer(text, max(0, paren - 120), paren))
    letters, out = list(acronym), []
    while words and letters:
        w = words.pop()
        if w.group().lower() in function_words and out:
            continue
        if w.group()[0].upper() != letters[-1]:
            return None
        letters.pop()
        out.append(w)
    return out[::-1] if not letters else None


def _acronym_names(text: str) -> list[tuple[int, int, str, str]]:
    """Lowercase words of an acronym's expansion whose other words are capitalised (a name half
    written in lowercase), and the same word before the same capitalised word elsewhere ("The
    national Bank"): (start, end, word, replacement)."""
    out = []
    for m in _ACRONYM.finditer(text):
        words = _expansion(text, m.start(), m.group(1))
        if not words or not any(w.group()[0].isupper() and not sentence_initial(text, w.start()) for w in words):
            continue  # "gross domestic product (GDP)": a common noun in lowercase, as it should be
        for w, nxt in zip(words, [*words[1:], None]):
            if w.group()[0].isupper():
                continue
            out.append((w.start(), w.end(), w.group(), w.group().capitalize()))
            if nxt is not None and nxt.group()[0].isupper():
                for again in regex.finditer(rf"(?<![\p{{L}}\-]){w.group()}[ \t\u00a0]+{nxt.group()}\b", text):
                    if again.start() != w.start():
                        out.append((again.start(), again.start() + len(w.group()), w.group(), w.group().capitalize()))
    return out


def _capitalised_in_text(text: str) -> dict[str, int]:
    """How often each word is written capitalised on its own in mid-sentence (not first in a
    sentence, not beside another capitalised word: "said Verstappen", not "Miso Ramen"; not in a
    headline), lowercased: the document's own one-word names."""
    counts: dict[str, int] = {}
    for m in _CAPITALISED.finditer(text):
        nxt = word_after(text, m.end())
        if sentence_initial(text, m.start()) or _after_name(text, m.start()) or (nxt and nxt.group()[0].isupper()):
            continue
        if not is_headline(text, m.start()):
            low = m.group().lower()
            counts[low] = counts.get(low, 0) + 1
    return counts


@cache
def _places_and_peoples() -> frozenset[str]:
    """Country names and nationality words (CLDR through babel): capitalised, never first names here."""
    return frozenset(n.lower() for n in country_names()) | nationalities()


def _first_name(text: str, pos: int) -> bool:
    """Whether the word before `pos` is a first name (audit/data/first_names.tsv) with no article
    before it ("the Sahara", "the Porsche fullback": things named so)."""
    name = word_before(text, pos)
    start = text.rindex(name, 0, pos)
    return name.lower() in first_names() and word_before(text, start).lower() not in english()["determiners"]


# a capitalised word at the end of a window: the word before a position (compiled once: C008 asks
# it of every rare lowercase word)
_NAME_BEFORE = regex.compile(r"(?<![\p{L}\p{N}\-])(\p{Lu}\p{Ll}{2,})[ \t\u00a0]+$")


def _after_name(text: str, pos: int) -> bool:
    """Whether a capitalised word, not first in its sentence and no country or nationality ("Turkish
    arabesque"), comes right before `pos` ("Max [v]erstappen")."""
    m = _NAME_BEFORE.search(text[max(0, pos - 40):pos])
    return bool(m) and not sentence_initial(text, pos - len(m.group())) and m.group(1).lower() not in _places_and_peoples()


def _plural_noun(word: str) -> bool:
    """A plural of a common English noun that is no first name ("past Erdogan cabinets."): a
    surname ends so seldom ("Williams" is William's)."""
    singular = word[:-1]
    return word.endswith("s") and zipf(singular) >= _settings()["surname"] and singular not in first_names()


# a lowercase word, then a capitalised one: a name whose first word lost its capital ("gong Xiangyu")
_LOWER_THEN_NAME = regex.compile(r"(?<![\p{L}\p{N}'’\-@#/_.])(\p{Ll}{2,})[ \t\u00a0]+(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}'’\-])")
_NAME_PAIR = regex.compile(r"(?<![\p{L}\p{N}'’\-@#/_.])(\p{Lu}\p{Ll}+)[ \t\u00a0]+(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}'’\-])")


def _first_word_of_a_name(text: str) -> list[tuple[int, str]]:
    """Lowercase words before a capitalised word where the document writes the two as one
    capitalised name in mid-sentence elsewhere ("even gong Xiangyu" beside "Ding Xia, Gong
    Xiangyu"), the first no commoner than a surname and the second unknown to English (a person's
    name, not "standard Chinese" beside "Standard Chinese"): (start, word)."""
    limits = _settings()
    # a person's name: a word no commoner than a surname, before one English does not know
    pairs = {(m.group(1).lower(), m.group(2)) for m in _NAME_PAIR.finditer(text, overlapped=True)
             if not sentence_initial(text, m.start()) and zipf(m.group(1).lower()) < limits["surname"]
             and zipf(m.group(2).lower()) < limits["rare_word"]}
    if not pairs:
        return []
    return [(m.start(1), m.group(1)) for m in _LOWER_THEN_NAME.finditer(text, overlapped=True)
            if (m.group(1), m.group(2)) in pairs and not is_headline(text, m.start())]


def _in_name_list(text: str, start: int, end: int) -> bool:
    """Between capitalised one-word names in a list: "Barnim, [oberhavel] and Uckermark"."""
    before = regex.search(r"(\p{Lu}\p{Ll}+),[ \t\u00a0]+$", text[max(0, start - 40):start])
    after = regex.match(r"(?:,|[ \t\u00a0]+and)[ \t\u00a0]+\p{Lu}\p{Ll}+\b", text[end:end + 40])
    return bool(before and after)


@rule(
    "C008",
    "lowercase-proper-noun",
    category=Category.SPELLING,
    severity=Severity.MINOR,
    example="Max Verstappen won; in second place was Max verstappen's team-mate, said the national Bank of "
            "Ukraine (NBU).",
    evidence_for=("acronym", "document_capitalised", "whole_name"),
)
def lowercase_proper_noun(ctx: Context, emit: Emit) -> None:
    """A name written in lowercase where the document shows it is a name ("Max verstappen" beside
    "Verstappen", "the national Bank of Ukraine (NBU)", "Barnim, oberhavel and Uckermark", "against
    the us").

    What it does: flags a lowercase word that is no common English word (wordfreq) where the same
    document writes it capitalised in mid-sentence, or the glossary knows it as a name; a word
    English does not know at all joined by a hyphen to a name ("Saale-holzland") or listed between
    one-word names; a lowercase word in the words an acronym in brackets stands for, when the others
    are capitalised (and the same word before the same name elsewhere); "us" after an article; the
    first word of a person's two-word name the document writes capitalised in mid-sentence
    elsewhere ("even gong Xiangyu" beside "Gong Xiangyu").

    Why is this bad: MT systems lose the capitals of names they do not recognise, and sources that
    write some names in lowercase (or case-folded feeds) pass that on; a name in lowercase reads as
    a word.

    Leaves alone: common English words (a name that is also a word, "bush", "may", is the writer's
    to decide), an acronym's words when all are lowercase ("gross domestic product (GDP)": a common
    noun), words inside URLs and handles, and "us" as a pronoun.

    Fix (safe where the document or an acronym shows the name, unsafe otherwise): the capital ("US"
    for "us").
    """
    text, limits = ctx.text, _settings()
    seen: set[int] = set()

    def report(start: int, end: int, word: str, replacement: str, evidence: dict, safe: bool) -> None:
        if start in seen:
            return
        seen.add(start)
        emit(start, end, f"'{word}' is a name: English writes it with a capital", evidence=evidence,
             replacement=replacement, applicability=Applicability.SAFE if safe else Applicability.UNSAFE)

    for start, end, word, fixed in _acronym_names(text):
        report(start, start + 1, word, fixed[0], {"acronym": 1.0}, True)
    capitalised = _capitalised_in_text(text)
    names = ctx.glossary.one_word_names
    determiners = english()["determiners"]
    for m in _LOWER_WORD.finditer(text):
        word = m.group()
        if word == "us":
            if word_before(text, m.start()).lower() in determiners and word_after(text, m.end()) is not None:
                report(m.start(), m.end(), word, "US", {"determiner_us": 1.0}, True)  # "against the us by 11 cents"
            continue
        common = zipf(word)
        if len(word) < 3 or word in english()["function_words"] or common >= limits["common_word"]:
            continue
        if word_before(text, m.start()).lower() in determiners:
            continue  # "the prefecture", "a cadet": a common noun, whatever a name nearby says
        after_name = _after_name(text, m.start())
        first_name = after_name and _first_name(text, m.start())
        twin = after_name and word in capitalised and common < limits["rare_word"]
        # a family name ends the name: punctuation follows ("Christian horner, appeared"), where a word
        # after a name goes on ("German biathletes were", "Lula prevailed in")
        ends = text[m.end():m.end() + 1] in (",", ".", ";", ":")
        # not a verb's past form: "Hisham elaborated, “One ...": the speaker, then his verb
        surname = first_name and ends and not _plural_noun(word) and inflection(word) != "ed" and (
            common < limits["surname"] or (word in first_names() and common < limits["common_name"]))
        if twin or surname or (word in names and common < limits["rare_word"]):
            # "Max verstappen" beside "Verstappen", "Christian horner": a name's part; "in idlib": a glossary place
            report(m.start(), m.start() + 1, word, word[0].upper(),
                   {"document_capitalised": twin, "glossary_name": word in names, "after_first_name": first_name,
                    "zipf": common / 8}, twin)
        elif common < limits["unknown_word"] and _in_name_list(text, m.start(), m.end()):
            report(m.start(), m.start() + 1, word, word[0].upper(), {"name_list": 1.0}, False)
    for start, word in _first_word_of_a_name(text):  # "gong Xiangyu" beside "Gong Xiangyu"
        report(start, start + 1, word, word[0].upper(), {"document_capitalised": True, "whole_name": 1.0}, True)
    for m in _HYPHENATED.finditer(text):
        part = m.group(1)
        if zipf(part) < limits["unknown_word"] and part.isascii() and not m.group().lower().startswith(part):
            # not "Kyuru-kyuru" (a word doubled) nor "Tōhoku-hōben" (a romanised compound)
            report(m.start(1), m.start(1) + 1, part, part[0].upper(), {"hyphenated_name": 1.0}, False)
