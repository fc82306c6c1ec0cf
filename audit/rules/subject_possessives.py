"""A possessive that a subject he or she a few words before should own: "he earned its sixth
victory", "she cupped his father's cheeks"."""

from __future__ import annotations

from functools import cache

import regex

from audit.language.antecedents import clause_words, head_gender, owned_by_person, possessive
from audit.language.lexicon import english
from audit.language.spans import compiled, is_headline, word_after
from audit.language.text import WORD, words_between
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule

_ITS = regex.compile(r"(?<![\p{L}'’\-])(its|Its)(?![\p{L}'’\-])")
_POSSESSIVE = regex.compile(r"(?<![\p{L}'’\-])(his|her|His|Her)(?![\p{L}'’\-])")


@cache
def _owner_words() -> frozenset[str]:
    """Words that, between a subject and a possessive, open another owner for it: a determiner,
    a preposition, a reporting verb, a clause."""
    data = english()
    return data["determiners"] | data["prepositions"] | data["reporting_verbs"] | clause_words()


def _clause_subject(ctx: Context, pronoun: regex.Match) -> tuple[regex.Match | None, list[str]]:
    """The subject pronoun he/she a few plain words before `pronoun` in its sentence, and the
    words between; (None, []) if anything between could be the possessive's owner."""
    text = ctx.text
    words = list(WORD.finditer(text, ctx.sentence_start(pronoun.start()), pronoun.start()))
    for i in range(len(words) - 1, max(-1, len(words) - 6), -1):
        w = words[i]
        if w.group().lower() in ("he", "she"):
            between = [x.group() for x in words[i + 1:]]
            if compiled(r"[,;:()\"“”«»]").search(text[w.end(): pronoun.start()]):
                return None, []
            blocked = _owner_words()
            if any(b[0].isupper() or (b.lower() in blocked and b.lower() != "and") for b in between):
                return None, []
            return w, between
    return None, []


def _kin_owner(ctx: Context, pronoun: regex.Match) -> tuple[str | None, list[str]]:
    """For "its" before what only a person has ("its wife", "its career"): the pronoun of the
    nearest person earlier in the sentence (a he/she, a name, a person noun) and the words
    between, if nothing between could own it (a determiner opens another noun, a reporting verb
    another clause, a capitalised word another name)."""
    text, data = ctx.text, english()
    nxt = compiled(r"[ \t\u00a0]+(\p{L}+)(?:[ \t\u00a0]+(\p{L}+))?").match(text, pronoun.end())
    if not nxt or nxt.group(1).lower() not in data["person_only_possessions"] or (nxt.group(2) or "").lower() == "of":
        return None, []
    sentence_start = ctx.sentence_start(pronoun.start())
    people = [r for r in ctx.antecedents.referents if sentence_start <= r.start < pronoun.start()]
    if not people or people[-1].kind not in ("person", "he", "she") or text[people[-1].start: people[-1].end].lower() == "her":
        return None, []
    owner = people[-1]
    between = words_between(text, owner.end, pronoun.start())
    blocked = data["determiners"] | data["reporting_verbs"]
    if len(between) > 10 or any(b[0].isupper() or b.lower() in blocked for b in between):
        return None, []
    if compiled(r"[;:()\"“”«»]").search(text, owner.end, pronoun.start()):
        return None, []
    told = head_gender(text[owner.start: owner.end])
    gender = ("he" if owner.kind == "he" or told == "he" else
              "she" if owner.kind == "she" or told == "she" else None)
    return (gender or "they"), between


@rule(
    "P005",
    "its-for-a-person",
    category=Category.GRAMMAR,
    severity=Severity.MAJOR,
    example="She gently cupped its father's cheeks.",
    evidence_for=("possession",), evidence_against=("words_between", "unknown_gender"),
)
def its_for_a_person(ctx: Context, emit: Emit) -> None:
    """"its" where the clause's subject is a person ("he earned its sixth victory", "she cupped its
    father's cheeks", "the minister and its wife").

    What it does: flags "its" a few plain words after a subject he/she, or before what only a person
    has (wife, career: `person_only_possessions` in audit/data/english.yaml) after a person named
    earlier in the sentence with nothing between that could own it.

    Why is this bad: source languages that mark the possessive by the owned thing (French "son",
    Spanish "su") give MT systems nothing to choose between "his", "her" and "its".

    Leaves alone: a possessive after a reporting verb ("he praised its work": a company's), and
    "its" before anything but what only a person has where something within reach could be the
    thing it means ("The laptop froze. He pressed its power button").

    Fix (unsafe): the subject's possessive ("his", "her"; "their" where the person's gender is
    unknown).
    """
    text = ctx.text
    for m in _ITS.finditer(text):
        if is_headline(text, m.start()):
            continue
        subject, between = _clause_subject(ctx, m)
        if subject is None:
            gender, between = _kin_owner(ctx, m)
            if gender is None:
                continue
            person = {"he": "his", "she": "her"}.get(gender, "their")
            emit(m.start(), m.end(), f"'{m.group()}' belongs to a person named before it: '{person}'",
                 evidence={"kin_owner": 1.0, "words_between": len(between) / 4, "unknown_gender": gender == "they"},
                 replacement=person.capitalize() if m.group()[0].isupper() else person,
                 applicability=Applicability.UNSAFE)
            continue
        person = "his" if subject.group().lower() == "he" else "her"
        possession = float(owned_by_person(text, m.end()))
        if not possession and ctx.antecedents.reach(m.start(), m.end()).agrees("it"):
            continue  # "The laptop froze. He pressed its power button": the laptop's
        emit(m.start(), m.end(), f"'{m.group()}' belongs to '{subject.group()}', a person: '{person}'",
             evidence={"possession": possession, "words_between": len(between) / 4, "and_only": between == ["and"]},
             replacement=person.capitalize() if m.group()[0].isupper() else person,
             applicability=Applicability.UNSAFE)


@rule(
    "P006",
    "possessive-of-the-other-gender",
    category=Category.GRAMMAR,
    severity=Severity.MAJOR,
    example="She cupped his father's cheeks.",
    evidence_for=("possession",), evidence_against=("unknown_person", "words_between"),
)
def possessive_of_the_other_gender(ctx: Context, emit: Emit) -> None:
    """The other gender's possessive a few plain words after a subject he or she ("she cupped his
    father's cheeks").

    What it does: flags his after a subject "she" (her after "he") with only plain words between,
    where the document names no person of that gender and nothing within the possessive's reach
    could be one.

    Why is this bad: source languages mark the possessive by the owned thing's gender (French
    "son père" is his or her father); MT systems pick one.

    Leaves alone: a document that names someone of the possessive's gender anywhere, or a name of
    unknown gender near it ("she needs to save his sister" may be right); "her" as an object.

    Fix (unsafe): the subject's possessive.
    """
    text = ctx.text
    for m in _POSSESSIVE.finditer(text):
        low = m.group().lower()
        nxt = word_after(text, m.end())
        if not nxt or not possessive(text, m.end()):
            continue  # "her" as an object
        subject, between = _clause_subject(ctx, m)
        if subject is None or is_headline(text, m.start()):
            continue
        gender = subject.group().lower()
        other = "he" if gender == "she" else "she"
        if (gender, low) not in (("he", "her"), ("she", "his")):
            continue
        genders, unknown = ctx.antecedents.gendered
        if other in genders or ctx.antecedents.reach(m.start(), m.end()).agrees(other):
            continue  # somebody of that gender, or a name of unknown gender near it, may own it
        right = "his" if gender == "he" else "her"
        evidence = {"possession": float(owned_by_person(text, m.end())), "unknown_person": float(unknown),
                    "words_between": len(between) / 4}
        emit(m.start(), m.end(), f"'{m.group()}' belongs to '{subject.group()}': '{right}'", evidence=evidence,
             replacement=right.capitalize() if m.group()[0].isupper() else right,
             applicability=Applicability.UNSAFE)
