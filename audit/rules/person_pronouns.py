"""A person called by the wrong pronoun: the glossary's gender, or nothing in reach that agrees."""

from __future__ import annotations

import regex

from audit.language.antecedents import PERSONAL, owned_by_person
from audit.language.lexicon import english
from audit.language.spans import compiled, is_headline, word_after
from audit.language.text import words_between
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule

_FORMS = {"he": {"his": "his", "him": "him", "he": "he", "her": "his", "she": "he"},
          "she": {"his": "her", "him": "her", "he": "she", "her": "her", "she": "she"}}
_ANY_POSSESSIVE = regex.compile(r"(?<![\p{L}'’\-])(his|her|its|His|Her|Its)(?![\p{L}'’\-])")


@rule(
    "P004",
    "pronoun-disagrees-with-person",
    category=Category.GRAMMAR,
    severity=Severity.MAJOR,
    example="Asma al-Assad thanked his supporters.",
)
def pronoun_disagrees_with_person(ctx: Context, emit: Emit) -> None:
    """A glossary person referred to by a possessive that contradicts the glossary ("Asma
    al-Assad ... his"), or as "its" ("al-Assad and its allies").

    What it does: takes each pronoun's nearest antecedent (as P003 does); where it is a glossary
    person whose pronoun is he or she, in the same sentence, a possessive of the other gender is
    flagged, and "its" with only linking words between ("al-Assad and its allies").

    Why is this bad: source languages mark the possessive by the owned thing's gender (French
    "sa", Spanish "su"), and MT systems guess.

    Leaves alone: he, she and him, which as often point to another person the text has not
    named; "it", as often impersonal ("it is possible").

    Example and fix (unsafe): "Asma al-Assad thanked his supporters" -> "her supporters".
    """
    text = ctx.text
    for pronoun, referent, same_sentence in ctx.antecedents.resolved:
        low = pronoun.group().lower()
        if referent.kind not in ("he", "she") or not referent.strong or not same_sentence:
            continue
        if low == "it":
            continue  # "it" is as often impersonal ("it is possible")
        if low == "its":
            between = compiled(r"\p{L}+").findall(text[referent.end: pronoun.start()])
            if len(between) > 4 or any(w.lower() not in english()["linking_words"] for w in between):
                continue
            target = "his" if referent.kind == "he" else "her"
        elif low in ("he", "she", "him"):
            continue  # "Asma ... fought with him when he wanted her back": another person, unnamed
        else:
            target = _FORMS[referent.kind][low]
            if target == low:
                continue
        emit(pronoun.start(), pronoun.end(),
             f"'{pronoun.group()}' refers to {text[referent.start:referent.end]}, whom the glossary calls '{referent.kind}'",
             evidence={"its": low == "its"}, replacement=target.capitalize() if pronoun.group()[0].isupper() else target,
             applicability=Applicability.UNSAFE)


@rule(
    "P007",
    "possessive-agrees-with-nothing",
    category=Category.GRAMMAR,
    severity=Severity.MAJOR,
    example="Ahmad al-Awda has never complained, not even while enduring its severe illness.",
    evidence_for=("possession", "glossary_person"), evidence_against=("unknown_gender", "words_between"),
)
def possessive_agrees_with_nothing(ctx: Context, emit: Emit) -> None:
    """A possessive that nothing within its reach could be called by, after a person ("Ahmad
    al-Awda ... enduring its severe illness", "he bought her first camera").

    What it does: reads the possessive's reach (its sentence so far, the sentence before, the rest
    of its sentence: audit/language/antecedents.py). Where nothing there could be called what the
    possessive says ("its" with no thing in reach; "her" with no woman and no one of unknown
    gender) and the nearest antecedent before it in its sentence is surely a person of another
    kind, the possessive is that person's.

    Why is this bad: a possessive that agrees with nothing in reach is the source's gender or
    personhood carried over by a guessing MT system.

    Leaves alone: anything in reach that could agree (an unknown name, a noun after a
    determiner, an earlier "it": the rule is blunt about what could agree, so that it speaks only
    where no reading saves the pronoun); a possessive after a verb of saying ("She said his help
    mattered": a man spoken of before may own it); "her" as an object.

    Fix (unsafe): the person's possessive; for "its" after a person of unknown gender, no fix
    (his, her or their).
    """
    text = ctx.text
    function_words, speech_words = english()["function_words"], english()["speech_words"]
    antecedents = ctx.antecedents
    for p in _ANY_POSSESSIVE.finditer(text):
        low = p.group().lower()
        nxt = word_after(text, p.end())
        if not nxt or nxt.group().lower() in function_words or is_headline(text, p.start()):
            continue  # "her" as an object
        if "/" in text[max(0, p.start() - 1): p.end() + 1]:
            continue
        call = PERSONAL[low]
        first = antecedents.last_before(p.start())  # a cheap look before the whole reach is read
        if first is None or not (first.sure in ("he", "she", "person") and first.sure != call
                                 or not first.sure and {"he", "she"} <= first.calls):
            continue
        near = antecedents.reach(p.start(), p.end())
        if near.agrees(call) or not near.sentence:
            continue
        owner = near.sentence[-1]
        if owner.sure not in ("he", "she", "person") or (owner.sure == call):
            continue
        between = words_between(text, owner.end, p.start())
        if any(w.lower() in speech_words for w in between):
            continue  # "She said his help mattered": a man spoken of before may own it
        if call == "it":
            genders = {c.sure for c in near.before if c.sure in ("he", "she")}
            gender = owner.sure if owner.sure != "person" else (genders.pop() if len(genders) == 1 else "")
            target = {"he": "his", "she": "her"}.get(gender)
        else:
            if owner.sure == "person" or any("it" in c.calls for c in near.sentence if c.start > owner.start):
                continue  # the other gender's possessive, or a thing's: which one is not clear
            target = "his" if owner.sure == "he" else "her"
        evidence = {
            "its_for_person": float(call == "it"),
            "unknown_gender": float(target is None),
            "glossary_person": float(owner.glossary),
            "pronoun_owner": float(text[owner.start: owner.end].lower() in PERSONAL),
            "words_between": min(12, len(between)) / 4,
            "possession": float(owned_by_person(text, p.end())),
        }
        replacement = (target.capitalize() if p.group()[0].isupper() else target) if target else None
        emit(p.start(), p.end(),
             f"'{p.group()}' belongs to '{ctx.doc.text[owner.start:owner.end]}', and nothing near it is "
             + ("a thing" if call == "it" else f"a '{call}'") + (f": '{target}'" if target else ": his, her or their"),
             evidence=evidence, replacement=replacement, alternatives=[] if target else ["his", "her", "their"],
             applicability=Applicability.UNSAFE)
