"""A Slavic surname in the other gender's form (or a case form) after a first name: "Peter
Verzilova" for Pyotr Verzilov."""

from __future__ import annotations

from functools import cache

import regex

from audit.language.kinds import first_name_gender
from audit.language.romanisation import romanisation_data
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule

# a capitalised first name, then a capitalised surname (a patronymic between is skipped)
_FULL_NAME = regex.compile(r"(?<![\p{L}\p{N}'’\-])(\p{Lu}\p{Ll}+)[ \t\u00a0]+(?:\p{Lu}\p{Ll}+(?:vich|vna|ichna)[ \t\u00a0]+)?"
                           r"(\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}\-])")


@cache
def _endings() -> tuple[list[tuple[str, str]], frozenset[str]]:
    """(masculine ending, feminine ending) pairs, longest first, and the source languages."""
    data = romanisation_data()["slavic_surnames"]
    pairs = [(m, f) for m, feminine in data["endings"] for f in feminine]
    return sorted(pairs, key=lambda p: -max(len(p[0]), len(p[1]))), frozenset(data["languages"])


def _other_form(surname: str, gender: str) -> str | None:
    """The surname in `gender`'s form, where its ending is the other gender's."""
    pairs, _ = _endings()
    low = surname.lower()
    for masculine, feminine in pairs:
        have, want = (feminine, masculine) if gender == "he" else (masculine, feminine)
        if low.endswith(have) and len(low) > len(have) + 2:
            # the longer ending wins: "-skaya" is no "-a" after "-sky"; "-ova" is no "-a" after "-ov"
            return surname[: len(surname) - len(have)] + want
    return None


@rule(
    "N011",
    "surname-of-the-other-gender",
    category=Category.SPELLING,
    severity=Severity.MAJOR,
    example="Verzilov was arrested on Monday. The court jailed Peter Verzilova for fifteen days.",
    evidence_for=("slavic_source", "other_form_in_document"),
)
def surname_of_the_other_gender(ctx: Context, emit: Emit) -> None:
    """A Slavic surname in the feminine form after a man's first name, or in the masculine after
    a woman's ("Peter Verzilova", "Maria Zakharov").

    What it does: takes a first name whose bearers are nearly all of one gender (open data:
    audit/data/first_names.tsv) and the capitalised surname after it (a patronymic between is
    skipped); where the surname ends as the other gender's Slavic surnames do (Ivanov / Ivanova,
    Kowalski / Kowalska: `slavic_surnames` in audit/data/romanisation.yaml), it is flagged, with
    the first name's form as the fix. It speaks in a document translated from a Slavic language,
    or in one that writes the surname's other form elsewhere too.

    Why is this bad: Russian declines a man's surname with -a in the genitive and accusative
    ("арест Петра Верзилова"), and a woman's surname takes -a by gender: an MT system translates
    the first name and leaves the surname's ending, which then reads as a woman's.

    Leaves alone: a first name borne by both genders (Sasha, Jan), a surname with no Slavic
    ending, and, from any other source language, a surname the document writes one way only
    (Giacomo Casanova, Karin Martin).

    Fix (unsafe): the surname in the first name's gender (Verzilova -> Verzilov).
    """
    text = ctx.text
    _, languages = _endings()
    slavic = ctx.source_language in languages
    for m in _FULL_NAME.finditer(text, overlapped=True):
        gender = first_name_gender(m.group(1))
        if not gender or ctx.overlaps_mention(m.start(2), m.end(2)):
            continue
        right = _other_form(m.group(2), gender)
        if right is None:
            continue
        elsewhere = regex.search(rf"(?<![\p{{L}}\-]){regex.escape(right)}(?![\p{{L}}\-])", text) is not None
        if not (slavic or elsewhere):
            continue
        emit(m.start(2), m.end(2),
             f"'{m.group(2)}' is the other gender's form of a surname after '{m.group(1)}': '{right}'",
             evidence={"slavic_source": slavic, "other_form_in_document": elsewhere},
             replacement=right, applicability=Applicability.UNSAFE)
