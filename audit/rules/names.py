"""Names: glossary variants, unseen transliterations, the article's hyphen, inconsistent spellings."""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict

import regex
from rapidfuzz import fuzz, process

from audit.lexicon import english, zipf
from audit.model import Applicability, Category, Severity
from audit.rules.spans import compiled
from audit.rules.base import Context, Emit, rule
from audit.transliteration import article_only_difference, name_key

_PARTICLES = r"(?:al|el|ad|an|ar|as|ash|at|az|ul|bin|ibn|bint|abu|abd|de|da|di|del|della|van|von|der|le|la)"
# a capitalised name word: "Sharaa", "al-Sharaa", "Dera'a"; a possessive "'s" is not part of it
_CAP_WORD = (
    r"(?:(?:[Aa]l|[Ee]l|[Aa][dnrstz]|[Aa]sh)-)?\p{Lu}[\p{Ll}\p{M}]+(?:['’](?![sS]\b)[\p{Ll}\p{M}]+)*"
    r"(?:-\p{Lu}?[\p{Ll}\p{M}]+)*"
)
_NAME_RUN = regex.compile(
    rf"(?<![\p{{L}}\-])(?:(?:al|el)[ \u00a0]+)?{_CAP_WORD}(?:[ \u00a0]+(?:{_PARTICLES}[ \u00a0]+)*{_CAP_WORD})*(?![\p{{L}}])"
)
_TOKEN = regex.compile(rf"{_PARTICLES}(?=[ \u00a0])|{_CAP_WORD}")
_MAX_TOKENS = 5
_FUZZY_CUTOFF = 88.0


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\u00a0\"“‘'«(":
        i -= 1
    return i < 0 or text[i] in ".!?:\n\r"


def _recase(replacement: str, original: str, sentence_initial: bool) -> str:
    """Keep the house form, but capitalise it where the original stood at a sentence start."""
    if sentence_initial and original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


@rule(
    "N001",
    "glossary-variant",
    category=Category.NAME_FORMAT,
    severity=Severity.MAJOR,
    example="His leader Ahmed al Chareh called the victory historic.",
)
def glossary_variant(ctx: Context, emit: Emit) -> None:
    """A name spelled in a form the glossary lists as wrong ("al Chareh" for al-Sharaa).

    What it does: every `variants` entry of every glossary entity is matched (one compiled
    pattern for all of them) and replaced by the entity's accepted form closest in spelling with
    the same number of words, so "Ahmed al Chareh" becomes "Ahmed al-Sharaa".

    Why is this bad: MT systems keep the source language's romanisation of Arabic, Russian or
    Turkish names (French "Chareh", German "Dscholani", Spanish "Yolani"); English copy uses one
    house form.

    Never flagged: a variant that is part of somebody else's name ("Asad al-Shaybani").

    Confidence: high for a listed variant; lower where the variant is also an English word or a
    single word in a document that names no other glossary entity.

    Fix (safe for multi-word variants, unsafe for single words): the glossary's house form.
    """
    for m in ctx.mentions:
        if m.form.kind != "variant":
            continue
        entity = m.form.entity
        start, end = _extend_over_name(ctx.text, m.start, m.end, entity)
        original = ctx.doc.text[start:end]
        replacement = _recase(entity.best_form(original), original, _sentence_initial(ctx.text, start))
        words = len(original.replace("-", " ").split())
        if _inside_longer_name(ctx.text, start, end):
            continue  # "Asad al-Shaybani": part of somebody else's name
        evidence = {
            "english_word": max(0.0, zipf(m.text.lower()) - 1.5),
            "single_word": float(words == 1),
            "lone_topic": float(ctx.topic_entities <= 1),
        }
        x = 3.2 - 1.2 * evidence["english_word"] - 0.6 * evidence["single_word"] - 1.0 * evidence["lone_topic"]
        emit(
            start,
            end,
            x,
            f"'{original}' is a foreign spelling of {entity.canonical}; the glossary's form is '{replacement}'",
            replacement=replacement,
            applicability=Applicability.SAFE if words > 1 else Applicability.UNSAFE,
            features=evidence,
        )


_NEIGHBOUR_BEFORE = regex.compile(rf"((?:{_PARTICLES}|\p{{Lu}}[\p{{L}}'’]*)(?:-\p{{L}}+)*)[ \u00a0]+$")
_NEIGHBOUR_AFTER = regex.compile(r"[ \u00a0]+((?:(?:al|el)-)?\p{Lu}[\p{L}'’]*(?:-\p{L}+)*)")


def _entity_words(entity) -> set[str]:
    return {w for f in entity.accepted + entity.variants for w in name_key(f).split()}


def _extend_over_name(text: str, start: int, end: int, entity) -> tuple[int, int]:
    """Grow a variant's span over neighbouring words of the same name ("Ahmed" + "al Chareh"), so the
    fix is the whole house form ("Ahmed al-Sharaa") and not a part of it glued to the old given name."""
    words = _entity_words(entity)

    def belongs(word: str) -> bool:
        key = name_key(word)
        return bool(key) and any(fuzz.ratio(k, w) >= 80 for k in key.split() for w in words)

    while (m := _NEIGHBOUR_BEFORE.search(text[max(0, start - 40) : start])) and belongs(m.group(1)):
        if _sentence_initial(text, start - len(m.group(0))) and not m.group(1)[:1].isupper():
            break
        start -= len(m.group(0))
    while (m := _NEIGHBOUR_AFTER.match(text, end)) and belongs(m.group(1)):
        end = m.end()
    return start, end


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """Whether an unknown name word stands right before or after the span: then the span is one
    part of somebody else's name ("Asad al-Shaybani"). Titles ("Minister") and common words are not
    name words."""

    def name_word(word: str) -> bool:
        low = word.lower()
        return low not in english()["person_heads"] and zipf(low) < 4.0

    before = compiled(r"(\p{Lu}[\p{L}'’\-]*)[ \u00a0]+$").search(text[max(0, start - 40) : start])
    after = compiled(r"[ \u00a0]+((?:(?:al|el)-)?\p{Lu}[\p{L}'’\-]*)").match(text[end : end + 40])
    if before and not _sentence_initial(text, start - len(before.group(0))) and name_word(before.group(1)):
        return True
    return bool(after) and name_word(after.group(1))


def _name_spans(ctx: Context):
    """Candidate name phrases (runs of capitalised words and name particles) not already in the glossary."""
    # a candidate may contain a glossary name ("Hasan Abdel Ghani" holds "Ghani") but not cut
    # through one, nor be one (N001 reports listed variants)
    spans = [(m.start, m.end) for m in ctx.mentions]  # in text order, not overlapping
    for run in _NAME_RUN.finditer(ctx.text):
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


def _fuzzy(ctx: Context, key: str):
    keys = ctx.glossary.keys
    if "fuzzy_keys" not in ctx._cache:
        ctx._cache["fuzzy_keys"] = list(keys)
    hit = process.extractOne(key, ctx._cache["fuzzy_keys"], scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
    return hit


def _tokens_align(a: str, b: str) -> bool:
    ta, tb = name_key(a).split(), name_key(b).split()
    return len(ta) == len(tb) and all(fuzz.ratio(x, y) >= 60 for x, y in zip(ta, tb))


@rule(
    "N002",
    "transliteration-variant",
    category=Category.NAME_FORMAT,
    severity=Severity.MAJOR,
    example="Prime Minister Mohamed al-Bashir spoke in Damascus on Tuesday.",
)
def transliteration_variant(ctx: Context, emit: Emit) -> None:
    """A name the glossary knows, in a spelling it does not list ("Mohamed al Rahmun").

    What it does: folds every run of capitalised words to a transliteration key (ch/sh/sch,
    ou/u, j/g/dj/y, e/a, o/u, doubled letters, the article al-/el-/ash-) and compares it with the
    keys of the glossary's names: an equal key, or a close one (rapidfuzz ratio >= 88 with the
    words aligned one to one), is the same name in another romanisation.

    Why is this bad: each source language romanises Arabic names its own way; the reader should
    meet one spelling, the house form.

    Never flagged: forms the glossary accepts; phrases made only of common English words;
    single words that English knows, or that end otherwise than the name once folded
    ("Europar" is not "Europe").

    Confidence: from the key distance (equal keys are strong), the number of words, and whether
    the document names other glossary entities. Fix (unsafe): the glossary's closest accepted form.
    """
    keys = ctx.glossary.keys
    for start, end, size, used in _name_spans(ctx):
        original = ctx.doc.text[start:end]
        words = original.replace("-", " ").split()
        if all(zipf(w.lower()) >= 3.5 for w in words if w.lower() not in ("al", "el", "abu", "bin", "ibn")):
            continue
        if size == 1 and (zipf(original.lower()) >= 2.0 or len(original) < 5):
            continue
        key = name_key(original)
        forms = keys.get(key)
        score = 100.0
        if not forms:
            hit = _fuzzy(ctx, key)
            if hit is None:
                continue
            forms, score = keys[hit[0]], hit[1]
            if size == 1 and (score < 92 or key[-1:] != hit[0][-1:]):
                continue  # a romanisation keeps a single name's last sound ("Europar" is not "Europe")
        form = forms[0]
        if not _tokens_align(original, form.text):
            continue
        entity = form.entity
        if any(m.form.is_wrong and m.form.entity is entity and start <= m.start and m.end <= end for m in ctx.mentions):
            continue  # it holds a listed variant of the same entity: N001 reports that
        target = entity.best_form(original)
        if target == original or original in entity.accepted:
            continue
        replacement = _recase(target, original, _sentence_initial(ctx.text, start))
        if replacement == original:
            continue
        used.append((start, end))
        if article_only_difference(original, target):
            continue  # N003 reports it
        evidence = {"fuzzy_gap": (100.0 - score) / 10, "single_word": float(size == 1),
                    "no_topic": float(ctx.topic_entities == 0)}
        x = 0.35 * (score - 92.0) + (1.2 if size > 1 else -0.3) - 1.5 * evidence["no_topic"]
        emit(
            start,
            end,
            x,
            f"'{original}' looks like another romanisation of {entity.canonical}; the glossary's form is '{replacement}'",
            replacement=replacement,
            applicability=Applicability.UNSAFE,
            features=evidence,
        )


@rule(
    "N003",
    "article-without-hyphen",
    category=Category.NAME_FORMAT,
    severity=Severity.MINOR,
    example="The forces of Bashar al Assad left Damascus.",
)
def article_without_hyphen(ctx: Context, emit: Emit) -> None:
    """The Arabic article written without the hyphen (or capitalised) where the glossary has it ("al Jolani").

    What it does: a name that matches a glossary form except for how the article al-/el- is
    joined or cased ("al Jolani", "Al-Jolani" mid-sentence) is flagged with the glossary's form.

    Why is this bad: house style writes the article one way; MT output drops the hyphen.

    Fix (safe): the glossary form.
    """
    accepted = ctx.glossary.hyphenated_article_forms
    if not accepted:
        return
    for start, end, _size, _used in _name_spans(ctx):
        original = ctx.doc.text[start:end]
        for form in accepted.get(name_key(original), []):
            if article_only_difference(original, form):
                initial = _sentence_initial(ctx.text, start)
                replacement = _recase(form, original, initial)
                if replacement == original:
                    break
                emit(
                    start,
                    end,
                    2.2 if len(original.split()) > 1 else 1.2,
                    f"the glossary writes '{form}' with a hyphenated article",
                    replacement=replacement,
                    applicability=Applicability.SAFE,
                )
                break


@rule(
    "N004",
    "inconsistent-spelling",
    category=Category.INCONSISTENCY,
    severity=Severity.MINOR,
    example="Jolani spoke in Damascus. Later, Julani met the envoy.",
)
def inconsistent_spelling(ctx: Context, emit: Emit) -> None:
    """One entity spelled two accepted ways in the same document ("Jolani" ... "Julani").

    What it does: groups the document's glossary names by entity and transliteration key; where
    one name appears in two spellings the glossary both accepts, the less frequent spelling (the
    later one on a tie) is flagged with the other.

    Why is this bad: both spellings may be fine on their own, but a reader meets one person
    under two names.

    Fix (unsafe): the spelling used more often (or first) in the document.
    """
    groups: dict[tuple[str, str], list] = defaultdict(list)
    for m in ctx.mentions:
        if m.form.kind == "accepted":
            groups[(m.form.entity.id, name_key(m.text))].append(m)
    for mentions in groups.values():
        spellings = Counter(ctx.doc.text[m.start : m.end] for m in mentions)
        if len(spellings) < 2:
            continue
        order = {s: i for i, s in reversed(list(enumerate(ctx.doc.text[m.start : m.end] for m in mentions)))}
        main = max(spellings, key=lambda s: (spellings[s], -order[s]))
        for m in mentions:
            spelled = ctx.doc.text[m.start : m.end]
            if spelled != main and spelled.lower() != main.lower():
                emit(
                    m.start,
                    m.end,
                    0.6,
                    f"'{spelled}' is spelled '{main}' elsewhere in this document",
                    replacement=main,
                    applicability=Applicability.UNSAFE,
                )
