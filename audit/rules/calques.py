"""Calques: a name translated word by word, standing where the name should be."""

from __future__ import annotations

from functools import cache

import regex

from audit.language.lexicon import DATA
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule
from audit.language.names import recase, starts_sentence

_WORD = regex.compile(r"\p{L}[\p{L}'’\-]*")


@cache
def _data() -> dict:
    import yaml

    raw = yaml.safe_load((DATA / "calques.yaml").read_text(encoding="utf-8"))
    meaning = {}
    for i, group in enumerate(raw["synonyms"]):
        for word in group:
            meaning[word] = f"#{i}"
    return {"meaning": meaning, "linking": frozenset(raw["linking_words"]), "markers": tuple(raw["gloss_markers"]),
            "heads": frozenset(raw["article_heads"])}


def _meaning(word: str) -> str:
    """The meaning a word stands for: its synonym group, else the word itself (singular)."""
    word = word.casefold().replace("’", "'")
    meaning = _data()["meaning"]
    if word in meaning:
        return meaning[word]
    if word.endswith("'s") and word[:-2] in meaning:
        return meaning[word[:-2]]
    if word.endswith("s") and word[:-1] in meaning:
        return meaning[word[:-1]]
    return word.removesuffix("'s").removesuffix("s") if len(word) > 3 else word


_INDEXES: dict[int, tuple] = {}  # id(glossary) -> (glossary, index): glossaries are not hashable


def _glosses(glossary) -> dict[str, list]:
    """Each gloss meaning ("#0") -> the entities whose gloss holds it, for the first look-up."""
    cached = _INDEXES.get(id(glossary))
    if cached is not None and cached[0] is glossary:
        return cached[1]
    out: dict[str, list] = {}
    for e in glossary.entities:
        if e.gloss:
            meanings = {_meaning(w) for w in _WORD.findall(e.gloss) if w.casefold() not in _data()["linking"]}
            if len(meanings) >= 2:
                for m in meanings:
                    out.setdefault(m, []).append((e, frozenset(meanings)))
    _INDEXES[id(glossary)] = (glossary, out)
    return out


def _takes_article(entity) -> bool:
    """A name that ends in a head noun ("Workers' Party") takes "the"; "Hamas" does not."""
    return entity.canonical.split()[-1].casefold() in _data()["heads"]


def _glossed_by_text(ctx: Context, entity, start: int, end: int) -> bool:
    """Whether the text names the entity right before or after and gives the words as its meaning
    ("HTS, or the Organisation for the Liberation of the Levant"; "... Levant (Hayat Tahrir al-Sham)")."""
    markers = _data()["markers"]
    for m in ctx.mentions:
        if m.form.entity is not entity or m.form.is_wrong:
            continue
        if 0 <= start - m.end <= 40:
            between = ctx.text[m.end:start].casefold()
            if "(" in between or any(f" {w} " in f" {between} " or between.strip(" ,(—–-\"“").startswith(w) for w in markers):
                return True
        if 0 <= m.start - end <= 4 and "(" in ctx.text[end:m.start]:
            return True
    return False


@rule(
    "N005",
    "calqued-name",
    category=Category.NAME_FORMAT,
    severity=Severity.MAJOR,
    example="The Movement of Islamic Resistance said it had accepted the proposal.",
    evidence_for=("capitalised",),
)
def calqued_name(ctx: Context, emit: Emit) -> None:
    """A name translated word by word where the name itself belongs ("the Movement of Islamic
    Resistance" for Hamas, "the Committee for the Liberation of the Levant" for Hayat Tahrir
    al-Sham).

    What it does: a glossary entity may carry `gloss`, what its name means in English words. A
    run of words that covers every meaning of a gloss, in any order, with synonyms
    (audit/data/calques.yaml: organisation, committee, movement...; liberation, freedom...) and
    linking words between, and nothing else, is that name translated word by word.

    Why is this bad: the reader does not recognise the group; English news uses the name (or its
    established English form).

    Leaves alone: an accepted form of the name ("Levant Liberation Committee" where the glossary
    accepts it); a gloss the text gives itself ("HTS, or the Organisation for the Liberation of the
    Levant", "which means...", the name in brackets after it).

    Fix (unsafe): the canonical name (without "the" where the name takes none).
    """
    index = _glosses(ctx.glossary)
    if not index:
        return
    linking = _data()["linking"]
    words = list(_WORD.finditer(ctx.text))
    i = 0
    while i < len(words):
        first = words[i]
        candidates = index.get(_meaning(first.group())) if first.group()[:1].isupper() else None
        if not candidates:
            i += 1
            continue
        found = None
        for entity, meanings in candidates:
            seen, j, last = set(), i, i
            while j < len(words) and j - i < 2 * len(meanings) + 3:
                w = words[j]
                if j > i and regex.search(r"[^\s\u00a0]", ctx.text[words[j - 1].end():w.start()]):
                    break  # punctuation ends the phrase
                meaning = _meaning(w.group())
                if meaning in meanings:
                    seen.add(meaning)
                    last = j
                elif w.group().casefold() not in linking:
                    break
                if seen == meanings:
                    break
                j += 1
            if seen == meanings:
                found = (entity, words[i].start(), words[last].end(), [words[k] for k in range(i, last + 1)])
                break
        if found is None:
            i += 1
            continue
        entity, start, end, phrase = found
        i += len(phrase)
        original = ctx.doc.text[start:end]
        if any(original.casefold() == form.casefold() for form in entity.accepted) or _glossed_by_text(ctx, entity, start, end):
            continue
        content = [w.group() for w in phrase if w.group().casefold() not in linking]
        capitalised = sum(w[:1].isupper() for w in content) / len(content)
        if capitalised < 0.5:
            continue
        article = regex.search(r"(?i)\bthe[ \u00a0]+$", ctx.text[max(0, start - 5):start])
        if article and not _takes_article(entity):
            start -= len(article.group())
            original = ctx.doc.text[start:end]
        replacement = recase(entity.canonical, original, starts_sentence(ctx.text, start))
        emit(start, end, f"'{original}' translates the name of {entity.canonical} word by word",
             evidence={"capitalised": capitalised, "words": len(content)},
             replacement=replacement, applicability=Applicability.UNSAFE)
