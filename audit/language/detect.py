"""Which language a text is in: langdetect (seeded, slow: rules ask it only what a cheap word test
flags), and the cheap word test itself (wordfreq in the source languages)."""

from __future__ import annotations

from functools import cache

from audit.language.lexicon import english, zipf


@cache
def _ready() -> None:
    from langdetect import DetectorFactory

    DetectorFactory.seed = 0  # langdetect is random unless seeded


def detect(text: str) -> tuple[str, float] | None:
    """langdetect's best guess (language code, probability), or None where it cannot tell."""
    from langdetect import detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    _ready()
    try:
        best = detect_langs(text)[0]
    except LangDetectException:
        return None
    return best.lang, best.prob


def looks_foreign(words: list[str]) -> float:
    """Cheap lexicon test: the share of words more common in a source language than in English."""
    langs = english()["source_languages"]
    function_words = english()["function_words"]
    foreign = 0
    for w in words:
        lw = w.lower()
        if lw in function_words:
            continue
        z_en = zipf(lw)
        if z_en >= 4.0:
            continue
        if max(zipf(lw, lang) for lang in langs) > z_en + 1.0:
            foreign += 1
    english_function = sum(1 for w in words if w.lower() in function_words)
    if english_function / len(words) >= 0.15:
        return 0.0
    return foreign / len(words)


@cache
def language_name(code: str) -> str:
    """The English name of a language (CLDR, through babel): "es" -> "Spanish"."""
    from babel import Locale

    return Locale("en").languages.get(code, code)
