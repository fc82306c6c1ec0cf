"""Word statistics (wordfreq) and the shared English language data, with cached lookups."""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent / "data"


@cache
def english() -> dict:
    """The language data in audit/data/english.yaml, as sets where order does not matter."""
    raw = yaml.safe_load((DATA / "english.yaml").read_text(encoding="utf-8"))
    return {k: (frozenset(v) if isinstance(v, list) else v) for k, v in raw.items()}


@lru_cache(maxsize=262144)
def zipf(word: str, lang: str = "en") -> float:
    """Zipf frequency of a word (log10 of occurrences per billion words; 0 if unknown)."""
    from wordfreq import zipf_frequency  # imported lazily: it loads data on first use

    # English gets the large list (precision of every rule rests on it); the source languages
    # only weigh residue, and their small lists load ten times faster
    return zipf_frequency(word, lang, wordlist="best" if lang == "en" else "small")


def is_function_word(word: str) -> bool:
    return word.lower() in english()["function_words"]
