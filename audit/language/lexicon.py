"""Word statistics (wordfreq) and the shared English language data, with cached lookups."""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"


@cache
def english() -> dict:
    """The language data in audit/data/english.yaml, as sets where order does not matter."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's where installed: ten times faster
    raw = yaml.load((DATA / "english.yaml").read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 - safe
    return {k: (frozenset(v) if isinstance(v, list) else v) for k, v in raw.items()}


@cache
def thresholds() -> dict:
    """The numbers rules decide by (audit/data/thresholds.yaml): each section owned by one module."""
    import yaml

    return yaml.safe_load((DATA / "thresholds.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=262144)
def zipf(word: str, lang: str = "en", wordlist: str = "") -> float:
    """Zipf frequency of a word (log10 of occurrences per billion words; 0 if unknown)."""
    # English gets the large list (precision of every rule rests on it); the source languages
    # only weigh residue, and their small lists load ten times faster (a rule that needs a
    # language's surnames asks for its large list)
    wordlist = wordlist or ("best" if lang == "en" else "small")
    if word.isascii() and word.isalpha() and word.islower():
        # a word of letters a-z is its own single token for a language that wordfreq splits with
        # its regular expression, so its frequency is a dictionary look-up: wordfreq's tokenizer
        # costs ten times more (same result: checked for every such word of every list we use)
        freqs = _plain_frequencies(lang, wordlist)
        if freqs is not None:
            freq = freqs.get(word)
            if freq is None:
                return 0.0
            z = _ZIPF_OF_FREQ.get((lang, wordlist, freq))
            if z is None:
                z = _ZIPF_OF_FREQ[lang, wordlist, freq] = _zipf_frequency(word, lang, wordlist)
            return z
    return _zipf_frequency(word, lang, wordlist)


# (lang, wordlist, frequency) -> Zipf value: frequencies come in a few hundred bands per list
_ZIPF_OF_FREQ: dict[tuple[str, str, float], float] = {}


@cache
def _plain_frequencies(lang: str, wordlist: str) -> dict[str, float] | None:
    """wordfreq's frequency table for `lang`, or None where it tokenizes or transliterates
    otherwise (Chinese, Japanese, Serbian...): there every word goes through wordfreq."""
    from wordfreq import get_frequency_dict  # imported lazily: it loads data on first use
    from wordfreq.language_info import get_language_info

    info = get_language_info(lang)
    if info["tokenizer"] != "regex" or info["transliteration"] or info["lookup_transliteration"]:
        return None
    return get_frequency_dict(lang, wordlist)


@cache
def word_endings() -> frozenset[str]:
    """The last three letters of English words of Zipf frequency 3 or more (names included):
    a split that leaves "Nordstr" of "Nordstrand" leaves no word, since no word ends in "str"."""
    freqs = _plain_frequencies("en", "best") or {}
    return frozenset(w[-3:] for w, f in freqs.items() if f >= 1e-6 and len(w) >= 4 and w.isalpha())


def _zipf_frequency(word: str, lang: str, wordlist: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, lang, wordlist=wordlist)


def is_function_word(word: str) -> bool:
    return word.lower() in english()["function_words"]
