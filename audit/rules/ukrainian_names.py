"""A Ukrainian's name in its Russian form or Russian romanisation, in text translated from Ukrainian."""

from __future__ import annotations

import regex

from audit.language.lexicon import thresholds, zipf
from audit.language.ukrainian import (
    hallmarks,
    lean,
    respell,
    russian_first_names,
    surname_endings,
)
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule

_LIMITS = thresholds()["ukrainian_names"]
_NAME = regex.compile(r"(?<![\p{L}\p{N}'’\-])\p{Lu}\p{Ll}{2,}(?![\p{L}\p{N}\-])")
_NEXT_NAME = regex.compile(r"[ \t\u00a0]+(\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}\-])")


@rule(
    "N013",
    "russian-form-of-ukrainian-name",
    category=Category.NAME_FORMAT,
    severity=Severity.MAJOR,
    example="Deputy minister Oleg Nikolenko and Ivan Gunko visited Zhytomyr.",
    example_source_lang="uk",
    evidence_for=("surname_lean", "marks", "first_name"),
)
def russian_form_of_ukrainian_name(ctx: Context, emit: Emit) -> None:
    """A Ukrainian's first name in its Russian form ("Oleg", "Mikhail", "Sergei" for Oleh,
    Mykhailo, Serhii) or a Ukrainian name in Russian romanisation ("Gunko", "Grigorenko" for Hunko,
    Hryhorenko), in a document translated from Ukrainian.

    What it does: in a document whose source language is Ukrainian, takes (1) a first name whose
    Russian form English knows, beside a Ukrainian one (`ukrainian.first_names` in
    audit/data/romanisation.yaml), before a surname that Ukrainian writes more than Russian
    does, and (2) a surname English hardly knows, ending as Ukrainian surnames do (-enko, -uk,
    -chuk...: `surname_endings`), that reads back into a Ukrainian word
    (wordfreq's Ukrainian and Russian lists) which the national romanisation (KMU 2010) writes
    with h for г or y for и where the text has g or i.

    Why is this bad: an MT system that goes through Russian gives a Ukrainian the Russian form of
    a name; English news writes Ukrainians' names in the Ukrainian romanisation (Oleh, Mykhailo,
    Hryhorenko), and a reader or a search does not find the other.

    Leaves alone: documents from any other language; a Russian first name before a surname
    Russian writes more (Vladimir Putin, Sergei Shoigu, Dmitry Peskov); surnames English knows,
    and the first names before them (Oleg Sentsov, Igor Sikorsky, Klitschko); places and firms, which keep the forms English knows them by
    (Energoatom, Gostomel), and foreign names (Ebrahim Raisi); the spellings English accepts beside KMU's (Andriy / Andrii,
    Podolyak / Podoliak, -sky / -skyi); names the glossary knows.

    Fix (unsafe): the Ukrainian form (KMU 2010); a person should check it, since a Russian
    citizen keeps the Russian form.
    """
    if ctx.source_language != "uk":
        return
    text = ctx.text
    russian = russian_first_names()
    for m in _NAME.finditer(text):
        word = m.group()
        if ctx.overlaps_mention(m.start(), m.end()):
            continue
        ukrainian = russian.get(word)
        if ukrainian is not None:
            nxt = _NEXT_NAME.match(text, m.end())
            surname = nxt and zipf(nxt.group(1).casefold()) < _LIMITS["unknown"] and lean(nxt.group(1))
            if not surname or surname.lean <= 0 or surname.uk_zipf < _LIMITS["surname_min"]:
                continue  # no surname; one English knows (Oleg Sentsov), a Russian's (Vladimir Putin) or one nobody knows
            emit(m.start(), m.end(), f"'{word}' is the Russian form of a Ukrainian first name "
                 f"('{nxt.group(1)}' is a Ukrainian surname); in Ukrainian romanisation: '{ukrainian[0]}'",
                 evidence={"first_name": True, "surname_lean": min(3.0, surname.lean), "marks": 0},
                 replacement=ukrainian[0], alternatives=list(ukrainian[1:]), applicability=Applicability.UNSAFE)
            continue
        if zipf(word.casefold()) >= _LIMITS["unknown"]:
            continue
        if not word.casefold().endswith(surname_endings()):
            continue  # a place, a firm or a foreign name: English keeps the forms it knows (Energoatom, Raisi)
        reading = lean(word)
        if reading is None or reading.lean <= 0 or reading.uk_zipf < _LIMITS["surname_min"]:
            continue
        marks = hallmarks(word, reading.ukrainian)
        if not marks:
            continue
        replacement = respell(word, reading.ukrainian)
        emit(m.start(), m.end(), f"'{word}' is a Ukrainian name in Russian romanisation "
             f"({', '.join(dict.fromkeys(marks))}); in Ukrainian romanisation: '{replacement}'",
             evidence={"first_name": False, "surname_lean": min(3.0, reading.lean), "marks": len(marks)},
             replacement=replacement, applicability=Applicability.UNSAFE)
