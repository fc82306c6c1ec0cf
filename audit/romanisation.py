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

from rapidfuzz.distance import Levenshtein

from audit.lexicon import DATA

MAX_RULES = 4  # a spelling explained only by more rewrites than this is another name


@dataclass(frozen=True)
class Rewrite:
    """One convention: a foreign spelling and the English spelling(s) it stands for."""

    lang: str
    pattern: re.Pattern
    english: tuple[str, ...]

    @property
    def label(self) -> str:
        return f"{self.pattern.pattern} → {'/'.join(self.english) or '∅'}"


@dataclass(frozen=True)
class Explanation:
    """How a spelling relates to an English form: `lang` is None for accepted English variation;
    else the language whose conventions `rewrites` turn the spelling into `english`."""

    english: str
    lang: str | None = None
    rewrites: tuple[str, ...] = ()

    @property
    def foreign(self) -> bool:
        return self.lang is not None


@cache
def _data() -> dict:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load((DATA / "romanisation.yaml").read_text(encoding="utf-8"), Loader=loader)  # noqa: S506


@cache
def _variation() -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((re.compile(p), r) for p, r in _data()["accepted_variation"])


@cache
def conventions() -> dict[str, tuple[Rewrite, ...]]:
    """Language code -> its rewrites, in table order."""
    out = {}
    for lang, table in _data()["conventions"].items():
        rows = []
        for pattern, english in table["rules"]:
            rows.append(Rewrite(lang, re.compile(pattern), tuple([english] if isinstance(english, str) else english)))
        out[lang] = tuple(rows)
    return out


def language_name(lang: str) -> str:
    return _data()["conventions"].get(lang, {}).get("name", lang)


@lru_cache(maxsize=65536)
def accepted_key(name: str) -> str:
    """The name with the differences among accepted English spellings folded away."""
    text = unicodedata.normalize("NFC", name.casefold()).strip()
    for pattern, repl in _variation():
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
def _renderings(name: str, lang: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Every English rendering of `name` under `lang`'s conventions, with the rewrites used, fewest first."""
    text = unicodedata.normalize("NFC", name.casefold())
    applicable = [r for r in conventions().get(lang, ()) if r.pattern.search(text)]
    out = []
    for size in range(1, min(MAX_RULES, len(applicable)) + 1):
        for rules in itertools.combinations(applicable, size):
            for choice in itertools.product(*(r.english for r in rules)):
                chosen = tuple(zip(rules, choice))
                out.append((_apply(text, chosen), tuple(r.label for r in rules)))
    return tuple(out)


def explain(spelling: str, english_forms: list[str] | tuple[str, ...], langs: list[str] | tuple[str, ...] = ()) -> Explanation | None:
    """How `spelling` relates to one of `english_forms`: accepted variation, another language's
    conventions (the fewest rewrites; `langs` first, in order, then every other language), or
    None where neither explains the difference."""
    targets = {}
    for form in english_forms:
        targets.setdefault(accepted_key(form), form)
    own = accepted_key(spelling)
    if own in targets:
        return Explanation(targets[own])
    best, best_rank = None, None
    order = list(dict.fromkeys([*langs, *conventions()]))
    for priority, lang in enumerate(order):
        for rendering, used in _renderings(spelling, lang):
            key = accepted_key(rendering)
            if key in targets:
                # fewest rewrites, then the rendering nearest the English form ("sch" -> "sh" explains
                # "Baschar" better than "ch" -> "sh"), then the languages asked for first
                rank = (len(used), Levenshtein.distance(rendering, targets[key].casefold()), priority)
                if best_rank is None or rank < best_rank:
                    best, best_rank = Explanation(targets[key], lang, used), rank
    return best


def foreign_marks(spelling: str) -> bool:
    """Whether a spelling has letters English names never carry (accents, ş, ł...)."""
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", spelling)) or bool(
        re.search(r"[łøßıđħ]", spelling.casefold()))
