"""A German compound's hyphen kept in English between an acronym and a title: "SVP-chief Albert
Rösti", "CVP-President Gerhard Pfister"."""

from __future__ import annotations

import regex

from audit.language.lexicon import english
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule

# an acronym, a hyphen, a word, then a capitalised name: "SVP-chief Albert"
_ACRONYM_TITLE = regex.compile(r"(?<![\p{L}\p{N}\-.])(\p{Lu}{2,6})(-)(\p{L}+)(?=[ \t\u00a0]+\p{Lu}\p{Ll})")


@rule(
    "C024",
    "hyphen-in-acronym-title",
    category=Category.PUNCTUATION,
    severity=Severity.MINOR,
    example="The invitation is welcome, says CVP-President Gerhard Pfister.",
)
def hyphen_in_acronym_title(ctx: Context, emit: Emit) -> None:
    """A hyphen between an acronym and the title after it, before a name ("SVP-chief Albert
    Rösti", "CVP-President Gerhard Pfister").

    What it does: flags the hyphen of an acronym of two to six capitals joined to a person noun
    (`person_heads` in audit/data/english.yaml: chief, president, leader...) that stands right
    before a capitalised name.

    Why is this bad: German, Dutch and the Scandinavian languages join an acronym to a noun with a
    hyphen ("SVP-Chef", "CVP-Präsident"); English writes the acronym as a modifier, with a space
    ("SVP chief Albert Rösti").

    Leaves alone: adjectives and participles after an acronym ("US-led", "UN-backed", "EU-wide":
    English compounds), an acronym joined to a noun that is no title ("COVID-19", "F-16"), and a
    hyphen not followed by a name.

    Fix (safe): a space for the hyphen.
    """
    for m in _ACRONYM_TITLE.finditer(ctx.text):
        if m.group(3).lower() not in english()["person_heads"]:
            continue
        emit(m.start(2), m.end(2), f"'{m.group()}': English writes an acronym before a title with a space",
             replacement=" ", applicability=Applicability.SAFE)
