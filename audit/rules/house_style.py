"""House style: an accepted English spelling of a name that is not the house's form."""

from __future__ import annotations

import regex

from audit.model import Applicability, Category, Severity
from audit.language.romanisation import accepted_key, explain
from audit.rules.base import Context, Emit, rule
from audit.language.names import glossary_match, name_spans, recase, starts_sentence


_ARTICLE = regex.compile(r"^(?:al|el|a[dnrstz]|ash)$", regex.IGNORECASE)


def _shape(spelling: str) -> tuple[int, bool]:
    """How many name words a spelling has, and whether it writes the article ("al Jolani": 1, True)."""
    words = regex.split(r"[\s\u00a0-]+", spelling.strip())
    articles = sum(bool(_ARTICLE.match(w)) for w in words)
    return len(words) - articles, articles > 0


def _house_form(entity, spelled: str) -> str | None:
    """The house's way of writing what `spelled` writes: the first of the canonical form and the
    aliases (in the glossary's order), or their last words, with the same words and an equal
    accepted-variation key ("al Jolani" -> "al-Jolani"; "Julani" -> "Jolani")."""
    shape, key = _shape(spelled), accepted_key(spelled)
    for form in entity.accepted:
        tokens = form.split()
        for i in range(len(tokens)):
            tail = " ".join(tokens[i:])
            if _shape(tail) == shape and accepted_key(tail) == key:
                return tail
    return None


@rule(
    "N003",
    "house-style-spelling",
    category=Category.NAME_FORMAT,
    severity=Severity.MINOR,
    example="Supporters of al Jolani gathered in Idlib.",
    example_house_style=True,
)
def house_style_spelling(ctx: Context, emit: Emit) -> None:
    """A name in an accepted English spelling other than the house form ("Muhammad" where the house
    writes "Mohammed", "al Jolani" for "al-Jolani"), reported only where a house style is declared.

    What it does: where a glossary file says `house-style: true` (or the configuration sets
    `house-style = true`), its canonical forms are the house's; a spelling of the same name that
    differs only as accepted English spellings differ (vowels, doubled letters, the article's
    hyphen and case, ayn marks: audit/data/romanisation.yaml) is pointed at, with the house form.

    Why: a newsroom keeps one spelling per name; these differences are style, not translation
    errors, hence minor. Off for the bundled glossaries, which accept every common English form.

    Leaves alone: everything where no house style is declared; aliases that are other names of
    the entity, not other spellings ("HTS" for Hayat Tahrir al-Sham).

    Fix (safe): the house form.
    """
    if not ctx.glossary.house_style:
        return
    for m in ctx.mentions:
        entity = m.form.entity
        if m.form.kind != "accepted" or not entity.house_style:
            continue
        house = _house_form(entity, m.text)
        if house and house != m.text:
            _report(ctx, emit, m.start, m.end, house)
    for start, end, size, used in name_spans(ctx):
        original = ctx.doc.text[start:end]
        match = glossary_match(ctx, original, size)
        if match is None or not match[0].entity.house_style:
            continue
        house = _house_form(match[0].entity, original)
        if house is None or house == original:
            continue
        how = explain(original, [house])
        if how is not None and not how.foreign:
            used.append((start, end))
            _report(ctx, emit, start, end, house)


def _report(ctx: Context, emit: Emit, start: int, end: int, house: str) -> None:
    original = ctx.doc.text[start:end]
    replacement = recase(house, original, starts_sentence(ctx.text, start))
    if replacement == original:
        return
    emit(start, end, f"the house writes '{house}'", evidence={"words": len(original.split())},
         replacement=replacement, applicability=Applicability.SAFE)
