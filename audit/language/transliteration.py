"""Transliteration-aware keys for names: spellings that differ only by romanisation share a key.

French, Spanish, German, Turkish and Russian romanisations of the same Arabic name differ in
regular ways (ch/sh/sch, ou/u, j/g/dj/y, e/a, doubled letters, the article al-/el-/Al). The key
folds those differences away so "Mohamed al Rahmun" and "Mohammed al-Rahmoun" compare equal.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from audit.language.romanisation import romanisation_data


@cache
def _folds() -> tuple[tuple[re.Pattern, str], ...]:
    """The folds of `name_key_folds` in audit/data/romanisation.yaml, in order (longer patterns first)."""
    return tuple((re.compile(p), r) for p, r in romanisation_data()["name_key_folds"])


@cache
def _article() -> re.Pattern:
    """The Arabic article and its sun-letter forms, as a separate word (`name_key_articles`)."""
    return re.compile(r"\b(?:" + "|".join(romanisation_data()["name_key_articles"]) + r")[- ](?=\w)")


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Fold a name to its transliteration key: lowercase ASCII, article as 'al ', romanisation folded."""
    text = name.casefold().replace("ş", "sh").replace("ç", "ch")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("ı", "i").replace("ß", "ss")
    text = re.sub(r"['’ʿʾ`´]", "", text)
    text = _article().sub("al ", text)
    text = re.sub(r"[-\s]+", " ", text).strip()
    for pattern, repl in _folds():
        text = pattern.sub(repl, text)
    return text


def article_only_difference(a: str, b: str) -> bool:
    """True when two spellings differ only in how the article is joined or cased ('al Jolani'/'al-Jolani')."""

    def norm(s: str) -> str:
        return re.sub(r"\b([Aa]l|[Ee]l)[- ]", lambda m: m.group(1).lower() + "-", s)

    return a != b and norm(a) == norm(b)
