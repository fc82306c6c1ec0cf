"""An organisation, body or state called he or she."""

from __future__ import annotations

import regex

from audit.language.antecedents import plain_gap
from audit.language.lexicon import english
from audit.language.spans import compiled, word_after
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule


@rule(
    "P003",
    "personal-pronoun-for-organisation",
    category=Category.GRAMMAR,
    severity=Severity.MAJOR,
    example="The group Hayat Tahrir al-Sham said that his forces control the city.",
    evidence_for=("local", "glossary_possessive_same_sentence", "glossary_referent"), evidence_against=("previous_sentence", "subject_or_object", "distance", "person_just_before", "feminine", "country"),
)
def personal_pronoun_for_organisation(ctx: Context, emit: Emit) -> None:
    """An organisation, group, government body or country referred to as he/his/him/she/her ("his forces").

    What it does: takes each personal pronoun's nearest antecedent (audit/language/antecedents.py:
    the last plausible one earlier in its sentence, else the previous sentence's first; glossary
    entities, organisation nouns, person nouns, names that may be people, earlier pronouns). If
    that antecedent is not a person, the pronoun should be it/its.

    Why is this bad: Spanish "su", French "son/sa" and Russian "его" do not mark the owner's
    gender or personhood; MT systems default to "his".

    Leaves alone: a pronoun that anybody in reach could own ("HTS and its leader Ahmed al-Sharaa
    said his..."), one that points forward ("For his part, the commander"), a noun phrase after a
    preposition ("the commander of HTS said he"), and a country's "her" unless the country is the
    subject a few plain words before ("France reinforces her claims") or nothing within reach
    could be a woman (then at low confidence): "Britain and her allies" is a style.

    Example and fix: "Hayat Tahrir al-Sham said that his forces..." -> "its forces"; safe for a
    possessive of a glossary organisation in its own sentence, unsafe otherwise.
    """
    antecedents = ctx.antecedents
    for pronoun, referent, same_sentence in antecedents.resolved:
        low = pronoun.group().lower()
        if referent.kind != "thing" or low not in ("his", "him", "he", "she", "her"):
            continue
        if referent.country and low in ("she", "her") and not (
                low == "her" and plain_gap(ctx.text, referent.end, pronoun.start())) and not (
                low == "her" and not antecedents.reach(pronoun.start(), pronoun.end()).agrees("she")):
            continue  # "Britain and her allies" is a style; "France reinforces her claims" an MT slip
        if ctx.text[pronoun.end(): pronoun.end() + 1] == "/" or ctx.text[pronoun.start() - 1: pronoun.start()] == "/":
            continue  # "his/her"
        replacement = _neuter(ctx.text, pronoun)
        # the antecedent search sees two sentences; a pronoun may point further back than that
        # a glossary entity is strong evidence; a head noun ("the company") is weak unless it is the
        # clause's subject just before (on the tuning half a quarter of the others were errors), the
        # more so when people were spoken of just before (the pronoun may be theirs)
        evidence = {
            "glossary_possessive_same_sentence": referent.strong and same_sentence and low in ("his", "her"),
            "person_just_before": not referent.strong and antecedents.recent_person(pronoun.start()),
            "glossary_referent": float(referent.strong),
            "previous_sentence": float(not same_sentence),
            "subject_or_object": float(low in ("he", "she", "him")),
            "feminine": float(low in ("she", "her")),  # ships, cars and countries are "she" by style
            "country": float(referent.country),
            # the further back the antecedent, the likelier a noun between owns the pronoun
            "distance": min(20, len(compiled(r"\p{L}+").findall(ctx.text[referent.end: pronoun.start()]))) / 5,
            # the clause's subject a few plain words before its possessive: "Iraq has his own list"
            "local": float(same_sentence and low in ("his", "her") and plain_gap(ctx.text, referent.end, pronoun.start())),
        }
        emit(
            pronoun.start(),
            pronoun.end(),
            f"'{pronoun.group()}' refers to '{ctx.doc.text[referent.start:referent.end]}', which is not a person",
            evidence=evidence,
            replacement=replacement,
            alternatives=[_plural(replacement, low)],  # a body may be "they" in British usage
            applicability=Applicability.SAFE if referent.strong and same_sentence and low in ("his", "her")
            else Applicability.UNSAFE,
        )


def _plural(neuter: str, low: str) -> str:
    """The plural alternative to a neuter fix: its -> their, it -> they (a subject) or them."""
    plural = "their" if neuter.lower() == "its" else "they" if low in ("he", "she") else "them"
    return plural.capitalize() if neuter[0].isupper() else plural


def _neuter(text: str, pronoun: regex.Match) -> str:
    word = pronoun.group()
    low = word.lower()
    if low == "her":
        nxt = word_after(text, pronoun.end())
        low_out = "its" if nxt and nxt.group().lower() not in english()["function_words"] else "it"
    else:
        low_out = english()["personal_to_neuter"][low]
    return low_out.capitalize() if word[0].isupper() else low_out
