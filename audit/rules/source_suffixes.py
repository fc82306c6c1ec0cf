"""A source language's case suffix left on a name after an apostrophe (R007): Turkish
"Galatasaray'ın" for "Galatasaray's", "İstanbul'da" for "in Istanbul"."""

from __future__ import annotations

import regex

from audit.language.detect import language_name
from audit.language.lexicon import thresholds
from audit.language.spans import line_bounds
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule
from audit.rules.untranslated_words import data, english_words

_T = thresholds()["untranslated_words"]
# a capitalised name, an apostrophe of any shape, and lowercase letters that end the word
_NAME_SUFFIX = regex.compile(r"(?<![\p{L}\p{M}'’‘ʼ])(\p{Lu}[\p{L}\p{M}]+)(['’‘ʼ])(\p{Ll}+)(?![\p{L}\p{M}'’‘ʼ])")


def _suffix_kind(stem: str, suffix: str, table: dict) -> str | None:
    """'possessive' or 'other' where `suffix` is one of the language's suffixes for this stem (the
    form after a vowel or a consonant, its vowels in harmony with the stem's last vowel); else None."""
    back, front = table["back_vowels"], table["front_vowels"]
    vowels = [c for c in stem.lower() if c in back or c in front]
    if not vowels:
        return None
    key = "after_vowel" if stem[-1].lower() in back + front else "after_consonant"
    kind = next((k for k in ("possessive", "other") if suffix in table[k][key]), None)
    # harmony: a suffix's a/e agrees with the stem's last vowel (i/ı and u/ü are often written
    # without their marks, so only a and e tell back from front)
    if kind and (("a" in suffix and vowels[-1] in front) or ("e" in suffix and vowels[-1] in back)):
        return None
    return kind


@rule(
    "R007",
    "source-language-suffix",
    category=Category.UNTRANSLATED,
    severity=Severity.MAJOR,
    example="Galatasaray'ın coach praised the team after the match.",
    evidence_for=("source_language",),
)
def source_language_suffix(ctx: Context, emit: Emit) -> None:
    """A source language's case ending left on a name after an apostrophe ("Galatasaray'ın
    coach", "the match in İstanbul'da").

    What it does: finds a capitalised name followed by an apostrophe and one of the suffixes a
    source language writes that way (data: untranslated.yaml, `apostrophe_suffixes`: Turkish
    cases), in the form the stem calls for (after a vowel or a consonant, in vowel harmony).

    Why is this bad: English has no case endings; the suffix is the source's grammar left in the
    text, and the reader sees a garbled name.

    Leaves alone: English clitics ('s, 'll, 'd); names with an apostrophe of their own (Arabic and
    Hebrew ayin: "Modi'in", "Sana'a", "Qur'an"), which the stem's ending or vowel harmony rule
    out; one-letter suffixes unless the document's source language is known to write them; lines
    in another language.

    Fix (unsafe): a possessive ending becomes English "'s" ("Galatasaray's"); the other cases
    need a preposition ("in Istanbul") and are pointed at without a fix.
    """
    text = ctx.text
    source = ctx.source_language
    tables = data()["apostrophe_suffixes"]
    for m in _NAME_SUFFIX.finditer(text):
        stem, mark, suffix = m.groups()
        for lang, table in tables.items():
            if source and source != lang:
                continue
            kind = _suffix_kind(stem, suffix, table)
            if kind is None or (len(suffix) < _T["min_suffix"] and source != lang):
                continue
            english_count, foreign = english_words(text, *line_bounds(text, m.start()), m.span())
            if english_count == 0 or foreign > english_count:
                continue  # a line in the source language: R004's
            name = language_name(lang)
            evidence = {"source_language": source == lang, "possessive": kind == "possessive",
                        "suffix_letters": len(suffix)}
            if kind == "possessive":
                english = stem + ("'s" if mark == "'" else "’s")
                emit(m.start(), m.end(), f"'{mark}{suffix}' is a {name} possessive ending: in English, '{english}'",
                     evidence=evidence, replacement=english, applicability=Applicability.UNSAFE)
            else:
                emit(m.start(), m.end(), f"'{mark}{suffix}' is a {name} case ending: English needs a preposition",
                     evidence=evidence)
            break
