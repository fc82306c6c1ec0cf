"""Where names are in a text, for the name rules: runs of capitalised words and name particles,
the glossary entity an unlisted spelling most likely means, and a name's span grown over the
rest of the same name."""

from __future__ import annotations

import bisect

import regex
from rapidfuzz import fuzz, process

from audit.language.lexicon import english, thresholds, zipf
from audit.rules.base import Context
from audit.language.spans import compiled
from audit.language.romanisation import romanisation_data
from audit.language.transliteration import name_key

PARTICLES = "(?:" + "|".join(romanisation_data()["name_particles"]) + ")"  # inside a name: "al", "von der"
# a capitalised name word: "Sharaa", "al-Sharaa", "Dera'a"; a possessive "'s" is not part of it
_CAP_WORD = (
    r"(?:(?:[Aa]l|[Ee]l|[Aa][dnrstz]|[Aa]sh)-)?\p{Lu}[\p{Ll}\p{M}]+(?:['’](?![sS]\b)[\p{Ll}\p{M}]+)*"
    r"(?:-\p{Lu}?[\p{Ll}\p{M}]+)*"
)
NAME_RUN = regex.compile(
    rf"(?<![\p{{L}}\-])(?:(?:al|el)[ \u00a0]+)?{_CAP_WORD}(?:[ \u00a0]+(?:{PARTICLES}[ \u00a0]+)*{_CAP_WORD})*(?![\p{{L}}])"
)
_TOKEN = regex.compile(rf"{PARTICLES}(?=[ \u00a0])|{_CAP_WORD}")
_MAX_TOKENS = 5
FUZZY_CUTOFF = thresholds()["fuzzy_name_match"]
PARTICLE_WORDS = frozenset({"al", "el", "abu", "bin", "ibn"})


def starts_sentence(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\u00a0\"“‘'«(":
        i -= 1
    return i < 0 or text[i] in ".!?:\n\r"


def recase(replacement: str, original: str, sentence_initial: bool) -> str:
    """Keep the house form, but capitalise it where the original stood at a sentence start."""
    if sentence_initial and original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


_NEIGHBOUR_BEFORE = regex.compile(rf"((?:{PARTICLES}|\p{{Lu}}[\p{{L}}'’]*)(?:-\p{{L}}+)*)[ \u00a0]+$")
_NEIGHBOUR_AFTER = regex.compile(r"[ \u00a0]+((?:(?:al|el)-)?\p{Lu}[\p{L}'’]*(?:-\p{L}+)*)")


def _entity_words(entity) -> set[str]:
    return {w for f in entity.accepted + entity.variants for w in name_key(f).split()}


def extend_over_name(text: str, start: int, end: int, entity) -> tuple[int, int]:
    """Grow a variant's span over neighbouring words of the same name ("Ahmed" + "al Chareh"), so the
    fix is the whole house form ("Ahmed al-Sharaa") and not a part of it glued to the old given name."""
    words = _entity_words(entity)

    def belongs(word: str) -> bool:
        key = name_key(word)
        return bool(key) and any(fuzz.ratio(k, w) >= 80 for k in key.split() for w in words)

    while (m := _NEIGHBOUR_BEFORE.search(text[max(0, start - 40) : start])) and belongs(m.group(1)):
        if starts_sentence(text, start - len(m.group(0))) and not m.group(1)[:1].isupper():
            break
        start -= len(m.group(0))
    while (m := _NEIGHBOUR_AFTER.match(text, end)) and belongs(m.group(1)):
        end = m.end()
    return start, end


def inside_longer_name(text: str, start: int, end: int) -> bool:
    """Whether an unknown name word stands right before or after the span: then the span is one
    part of somebody else's name ("Asad al-Shaybani"). Titles ("Minister") and common words are not
    name words."""

    def name_word(word: str) -> bool:
        low = word.lower()
        return low not in english()["person_heads"] and zipf(low) < 4.0

    before = compiled(r"(\p{Lu}[\p{L}'’\-]*)[ \u00a0]+$").search(text[max(0, start - 40) : start])
    after = compiled(r"[ \u00a0]+((?:(?:al|el)-)?\p{Lu}[\p{L}'’\-]*)").match(text[end : end + 40])
    if before and not starts_sentence(text, start - len(before.group(0))) and name_word(before.group(1)):
        return True
    return bool(after) and name_word(after.group(1))


def name_spans(ctx: Context):
    """Candidate name phrases (runs of capitalised words and name particles) not already in the glossary:
    (start, end, words, used), longest first; a caller appends to `used` the spans it claims."""
    # a candidate may contain a glossary name ("Hasan Abdel Ghani" holds "Ghani") but not cut
    # through one, nor be one (N001 reports listed variants)
    spans = [(m.start, m.end) for m in ctx.mentions]  # in text order, not overlapping
    for run in NAME_RUN.finditer(ctx.text):
        lo = bisect.bisect_left(spans, (run.start(), -1))
        accepted = spans[max(0, lo - 1) : bisect.bisect_left(spans, (run.end(), -1))]
        tokens = list(_TOKEN.finditer(run.group()))
        n = len(tokens)
        used: list[tuple[int, int]] = []
        for size in range(min(n, _MAX_TOKENS), 0, -1):
            for i in range(0, n - size + 1):
                first, last = tokens[i], tokens[i + size - 1]
                if not first.group()[:1].isupper() and not first.group().lower().startswith(("al", "el")):
                    continue
                if not last.group()[:1].isupper() and "-" not in last.group():
                    continue
                start, end = run.start() + first.start(), run.start() + last.end()
                if any(s < end and start < e for s, e in used):
                    continue
                if any(s < end and start < e and not (start <= s and e <= end and e - s < end - start)
                       for s, e in accepted):
                    continue
                yield start, end, size, used


def _tokens_align(a: str, b: str) -> bool:
    ta, tb = name_key(a).split(), name_key(b).split()
    return len(ta) == len(tb) and all(fuzz.ratio(x, y) >= 60 for x, y in zip(ta, tb))


def glossary_match(ctx: Context, original: str, size: int):
    """The glossary form an unlisted spelling most likely stands for, with the match score (100 for an
    equal transliteration key), or None: common English words and short or differently ending single
    words are never matched ("Europar" is not "Europe")."""
    words = original.replace("-", " ").split()
    if all(zipf(w.lower()) >= 3.5 for w in words if w.lower() not in PARTICLE_WORDS):
        return None
    if size == 1 and (zipf(original.lower()) >= 2.0 or len(original) < 5):
        return None
    keys = ctx.glossary.keys
    key = name_key(original)
    forms, score = keys.get(key), 100.0
    if not forms:
        hit = process.extractOne(key, ctx.glossary.key_list, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        if hit is None:
            return None
        forms, score = keys[hit[0]], hit[1]
        if size == 1 and (score < 92 or key[-1:] != hit[0][-1:]):
            return None  # a romanisation keeps a single name's last sound ("Europar" is not "Europe")
    form = forms[0]
    if not _tokens_align(original, form.text):
        return None
    return form, score


def same_length_forms(entity, original: str) -> list[str]:
    """The entity's accepted forms with as many words as `original` (all of them where none has)."""
    words = len(original.replace("-", " ").split())
    return [f for f in entity.accepted if len(f.replace("-", " ").split()) == words] or entity.accepted


def source_languages(ctx: Context) -> tuple[str, ...]:
    return (ctx.doc.source_lang,) if ctx.doc.source_lang else ()
