"""Which spelling conventions a name shows: accepted English variation, or another language's.

Two spellings of one name differ either the way accepted English spellings differ (Muhammad /
Mohammed, Jolani / Julani, al-Shara / al-Sharaa: `accepted_variation` in
audit/data/romanisation.yaml) or the way another language writes what English writes otherwise
(French "Chareh" for Sharaa, German "Peskow" for Peskov, Spanish "Jarkov" for Kharkov:
`conventions`, one table per language). `explain` tells which.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from audit.language.lexicon import DATA


def _distance(a: str, b: str) -> int:
    from rapidfuzz.distance import (
        Levenshtein,  # on first use: the glossary loads without it
    )

    return Levenshtein.distance(a, b)


MAX_RULES = 4  # a spelling explained only by more rewrites than this is another name


@dataclass(frozen=True)
class Rewrite:
    """One convention: a foreign spelling and the English spelling(s) it stands for."""

    lang: str
    pattern: re.Pattern
    english: tuple[str, ...]
    weak: bool = False  # common in native names too: evidence only against a known name

    @property
    def label(self) -> str:
        return f"{self.pattern.pattern} → {'/'.join(self.english) or '∅'}"

    @property
    def accent_only(self) -> bool:
        """Whether the rewrite only drops an accent ("ú" -> "u"): a sign of translation in a name from a
        non-Latin script, but the spelling itself in a Latin-script name (Gaúcho, Erdoğan)."""
        bare = "".join(c for c in unicodedata.normalize("NFD", self.pattern.pattern) if not unicodedata.combining(c))
        return bare != self.pattern.pattern and self.english == (bare,)


@dataclass(frozen=True)
class Explanation:
    """How a spelling relates to an English form: `lang` is None for accepted English variation;
    else the language whose conventions `rewrites` turn the spelling into `english`."""

    english: str
    lang: str | None = None
    rewrites: tuple[str, ...] = ()
    accents_only: bool = False  # every rewrite only drops an accent
    strong: bool = False  # some rewrite is a hallmark of the language (not weak, not an accent)

    @property
    def foreign(self) -> bool:
        return self.lang is not None


def romanisation_data() -> dict:
    """audit/data/romanisation.yaml, read once."""
    return _data()


@cache
def _data() -> dict:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load((DATA / "romanisation.yaml").read_text(encoding="utf-8"), Loader=loader)  # noqa: S506


@cache
def _variation(section: str = "") -> tuple[tuple[re.Pattern, str], ...]:
    table = _data()[section] if section else _data()
    return tuple((re.compile(p), r) for p, r in table["accepted_variation"])


@cache
def conventions() -> dict[str, tuple[Rewrite, ...]]:
    """Language code -> its rewrites, in table order."""
    out = {}
    for lang, table in _data()["conventions"].items():
        rows = []
        for pattern, english, *flags in table["rules"]:
            english = tuple([english] if isinstance(english, str) else english)
            rows.append(Rewrite(lang, re.compile(pattern), english, "weak" in flags))
        out[lang] = tuple(rows)
    return out


def language_name(lang: str) -> str:
    from audit.language.detect import language_name as cldr_name

    return cldr_name(lang)


@lru_cache(maxsize=65536)
def accepted_key(name: str, section: str = "") -> str:
    """The name with the differences among accepted English spellings folded away (`section`: a
    table of its own, "ukrainian": Andriy / Andrii)."""
    text = unicodedata.normalize("NFC", name.casefold()).strip()
    for pattern, repl in _variation(section):
        text = pattern.sub(repl, text)
    return text.strip()


def _apply(text: str, chosen: tuple[tuple[Rewrite, str], ...]) -> str:
    """Apply several rewrites in one pass (a longer pattern listed first wins: "tch" before "ch")."""
    pattern = _union(tuple(r.pattern.pattern for r, _ in chosen))
    return pattern.sub(lambda m: chosen[m.lastindex - 1][1], text)


@lru_cache(maxsize=4096)
def _union(patterns: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(f"({p})" for p in patterns))


@lru_cache(maxsize=65536)
def renderings(name: str, lang: str, strong_only: bool = False) -> tuple[tuple[str, tuple[str, ...], bool, bool], ...]:
    """Every English rendering of `name` under `lang`'s conventions, fewest rewrites first: (the
    rendering, the rewrites used, whether they only drop accents, whether one is strong).
    `strong_only`: no weak rewrite."""
    text = unicodedata.normalize("NFC", name.casefold())
    applicable = [r for r in conventions().get(lang, ()) if r.pattern.search(text) and not (strong_only and r.weak)]
    out = []
    for size in range(1, min(MAX_RULES, len(applicable)) + 1):
        for rules in itertools.combinations(applicable, size):
            for choice in itertools.product(*(r.english for r in rules)):
                chosen = tuple(zip(rules, choice))
                out.append((_apply(text, chosen), tuple(r.label for r in rules), all(r.accent_only for r in rules),
                            any(not r.weak and not r.accent_only for r in rules)))
    return tuple(out)


def explain(spelling: str, english_forms: list[str] | tuple[str, ...], langs: list[str] | tuple[str, ...] = ()) -> Explanation | None:
    """How `spelling` relates to one of `english_forms`: accepted variation, another language's
    conventions (the fewest rewrites; `langs` first, in order, then every other language; else a
    reading of a Cyrillic name by a language's column of the Cyrillic table), or None where
    neither explains the difference."""
    targets = {}
    for form in english_forms:
        targets.setdefault(accepted_key(form), form)
    own = accepted_key(spelling)
    if own in targets:
        return Explanation(targets[own])
    best, best_rank = None, None
    order = list(dict.fromkeys([*langs, *conventions()]))
    for priority, lang in enumerate(order):
        for rendering, used, accents, strong in renderings(spelling, lang):
            key = accepted_key(rendering)
            if key in targets:
                # fewest rewrites, then the rendering nearest the English form ("sch" -> "sh" explains
                # "Baschar" better than "ch" -> "sh"), then the languages asked for first
                rank = (len(used), _distance(rendering, targets[key].casefold()), priority)
                if best_rank is None or rank < best_rank:
                    best, best_rank = Explanation(targets[key], lang, used, accents, strong), rank
    if best is None:  # a name of Cyrillic origin, read back letter by letter (audit/language/origins.py)
        from audit.language.origins import reads_as

        found = reads_as(spelling, tuple(targets.values()), tuple(langs))
        if found is not None and found[0].slavic:  # a Slavic name's ending: Ghebreyesus is no Cyrillic name
            reading, target = found
            best = Explanation(target, reading.lang, tuple(dict.fromkeys(reading.marks)), False, True)
    return best


def foreign_marks(spelling: str) -> bool:
    """Whether a spelling has letters English names never carry (accents, ş, ł...)."""
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", spelling)) or bool(
        re.search(r"[łøßıđħ]", spelling.casefold()))


@cache
def _syllable_data() -> dict:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load((DATA / "syllables.yaml").read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 - safe


@cache
def _syllables() -> dict[str, frozenset[str]]:
    return {name: frozenset(items) for name, items in _syllable_data().items() if isinstance(items, list)}


@cache
def _from_wade_giles() -> dict[str, tuple[str, ...]]:
    """Wade-Giles syllable (as English news writes it) -> the pinyin syllables it stands for."""
    out: dict[str, list[str]] = {}
    for pinyin, wg in _syllable_data()["wade_giles"].items():
        out.setdefault(wg, []).append(pinyin)
    return {wg: tuple(p) for wg, p in out.items()}


def _pinyin_splits(text: str, limit: int = 8) -> list[tuple[str, ...]]:
    """Every way to write `text` as pinyin syllables (a syllable starting with a, o or e only at
    the start: pinyin writes an apostrophe there)."""
    syllables = _syllables()["pinyin"]  # less the interjections with no vowel (n, ng, hm): no name's
    out: list[tuple[str, ...]] = []

    def walk(i: int, acc: tuple[str, ...]) -> None:
        if len(out) >= limit:
            return
        if i == len(text):
            out.append(acc)
            return
        if i > 0 and text[i] in "aoe":
            return
        for j in range(i + 1, min(len(text), i + 6) + 1):
            if text[i:j] in syllables and set(text[i:j]) & set("aeiouü"):
                walk(j, acc + (text[i:j],))

    walk(0, ())
    return out


@lru_cache(maxsize=16384)
def chinese_readings(name: str) -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
    """A Chinese name's pinyin syllables read two ways: (as pinyin, as Wade-Giles), each a set of
    syllable sequences (empty where the name cannot be read so). Wade-Giles writes one syllable a
    hyphenated part ("Lai Ching-te" -> lai qing de); pinyin joins a given name ("Lai Qingde")."""
    tokens = name.casefold().split()
    if not tokens or not all(t.replace("-", "").isascii() and t.replace("-", "").isalpha() for t in tokens):
        return frozenset(), frozenset()
    as_pinyin: list[tuple[str, ...]] = [()]
    for token in tokens:
        splits = _pinyin_splits(token.replace("-", ""))
        as_pinyin = [a + s for a in as_pinyin for s in splits][:64]
    as_wg: list[tuple[str, ...]] = [()]
    table = _from_wade_giles()
    for part in (p for t in tokens for p in t.split("-")):
        as_wg = [a + (p,) for a in as_wg for p in table.get(part, ())][:64]
    return frozenset(as_pinyin), frozenset(as_wg)


@lru_cache(maxsize=65536)
def east_asian(word: str, systems: tuple[str, ...] = ("pinyin", "hepburn")) -> bool:
    """Whether a word is made only of pinyin or Hepburn syllables ("Chunshan", "Fukuji", "Douyin"):
    a Chinese or Japanese name, whose ch, j and w are its own romanisation's (`systems`: which)."""
    text = unicodedata.normalize("NFKD", word.casefold())
    if any(unicodedata.combining(c) and c != "\u0304" for c in text):
        return False  # an accent other than Hepburn's macron: no pinyin or Hepburn spelling
    text = "".join(c for c in text if c.isalpha() and not unicodedata.combining(c))
    for system, syllables in _syllables().items():
        if system not in systems:
            continue
        longest = max(map(len, syllables))
        reach = [True] + [False] * len(text)  # reach[i]: text[:i] splits into syllables
        for i in range(len(text)):
            # pinyin writes an apostrophe before a syllable that starts with a, o or e inside a word
            # (Xi'an): "Chamenei" is no cha-men-ei
            if reach[i] and not (system == "pinyin" and i > 0 and text[i] in "aoe"):
                for j in range(i + 1, min(len(text), i + longest) + 1):
                    if text[i:j] in syllables:
                        reach[j] = True
        if text and reach[-1]:
            return True
    return False
