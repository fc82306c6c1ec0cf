"""An organisation, body, state or place called he or she: in its own sentence (P003), as she or
her (P009), from the sentence after it (P010)."""

from __future__ import annotations

import regex

from audit.language.antecedents import Antecedent, Reach, plain_gap, possessive
from audit.language.lexicon import english
from audit.language.spans import compiled
from audit.language.text import sentence_of
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule

_MASCULINE = ("his", "him", "he", "himself")
_FEMININE = ("she", "her", "hers", "herself")


def _things(ctx: Context, forms: tuple[str, ...]):
    """(pronoun, its antecedent, same sentence?) for each pronoun of `forms` whose nearest antecedent
    is not a person (audit/language/antecedents.py), "his/her" left alone."""
    text = ctx.text
    for pronoun, referent, same_sentence in ctx.antecedents.resolved:
        if referent.kind != "thing" or pronoun.group().lower() not in forms:
            continue
        if "/" in (text[pronoun.end(): pronoun.end() + 1], text[pronoun.start() - 1: pronoun.start()]):
            continue  # "his/her"
        if pronoun.group().lower() in ("him", "her") and same_sentence and plain_gap(text, referent.end, pronoun.start()) \
                and _neuter(text, pronoun).lower() == "it":
            continue  # "the team brought him in": an object is never its own clause's subject
        yield pronoun, referent, same_sentence


def _others_agree(text: str, pronoun: regex.Match, call: str, referent: Antecedent, reach: Reach) -> bool:
    """Whether anything in reach could be called `call`, but the antecedent itself and, after a
    possessive, its own noun phrase ("her prime minister": the minister is not her owner)."""
    own_np = compiled(r"(?:[ \t\u00a0]+[\p{L}\-]+){1,3}").match(text, pronoun.end()) \
        if pronoun.group().lower() in ("his", "her") else None
    function_words = english()["function_words"]
    if own_np:  # up to the first function word
        words = list(compiled(r"[\p{L}\-]+").finditer(text, own_np.start(), own_np.end()))
        end = next((w.start() for w in words if w.group().lower() in function_words), own_np.end())
    else:
        end = pronoun.end()
    return any(call in c.calls and not (c.start < referent.end and referent.start < c.end)
               and not (pronoun.end() <= c.start < end) for c in reach.before + reach.after)


def _words_between(text: str, referent: Antecedent, pronoun: regex.Match) -> float:
    # the further back the antecedent, the likelier a noun between owns the pronoun
    return min(20, len(compiled(r"\p{L}+").findall(text[referent.end: pronoun.start()]))) / 5


@rule(
    "P003",
    "personal-pronoun-for-organisation",
    category=Category.GRAMMAR,
    severity=Severity.MAJOR,
    example="The group Hayat Tahrir al-Sham said that his forces control the city.",
    evidence_for=("local", "glossary_possessive_same_sentence", "glossary_referent"),
    evidence_against=("subject_or_object", "distance", "person_just_before", "country"),
)
def personal_pronoun_for_organisation(ctx: Context, emit: Emit) -> None:
    """An organisation, group, government body or country referred to as he/his/him in its own
    sentence ("Hayat Tahrir al-Sham said that his forces").

    What it does: takes each he/his/him's nearest antecedent (audit/language/antecedents.py: the
    last plausible one earlier in its sentence; glossary entities, country names, organisation
    nouns, person nouns, names that may be people, earlier pronouns). If that antecedent is not a
    person, the pronoun should be it/its.

    Why is this bad: Spanish "su", French "son/sa" and Russian "его" do not mark the owner's
    gender or personhood; MT systems default to "his".

    Leaves alone: a pronoun that anybody in reach could own ("HTS and its leader Ahmed al-Sharaa
    said his..."), one that points forward ("For his part, the commander"), a noun phrase after a
    preposition ("the commander of HTS said he"); he or him a few sentences after a person was
    spoken of (it goes on with that person); she and her (P009) and a pronoun whose antecedent is
    in the sentence before (P010).

    Example and fix: "Hayat Tahrir al-Sham said that his forces..." -> "its forces"; safe for a
    possessive of a glossary organisation, unsafe otherwise.
    """
    text, antecedents = ctx.text, ctx.antecedents
    for pronoun, referent, same_sentence in _things(ctx, _MASCULINE):
        if not same_sentence:
            continue
        low = pronoun.group().lower()
        possessive = low == "his"
        if not possessive and antecedents.recent_person(pronoun.start()):
            continue  # "my husband ... we could stay in Ukraine, but he will": he or him goes on with a person
        # a glossary entity is strong evidence; a head noun ("the company") is weak unless it is the
        # clause's subject just before, the more so when people were spoken of just before
        evidence = {
            "glossary_possessive_same_sentence": referent.strong and possessive,
            "person_just_before": not referent.strong and antecedents.recent_person(pronoun.start()),
            "glossary_referent": float(referent.strong),
            "subject_or_object": float(not possessive),
            "country": float(referent.country),
            "distance": _words_between(text, referent, pronoun),
            # the clause's subject a few plain words before its possessive: "Iraq has his own list"
            "local": float(possessive and plain_gap(text, referent.end, pronoun.start())),
        }
        _emit_neuter(ctx, emit, pronoun, referent, evidence,
                     Applicability.SAFE if referent.strong and possessive else Applicability.UNSAFE)


@rule(
    "P009",
    "feminine-pronoun-for-organisation",
    category=Category.GRAMMAR,
    severity=Severity.MAJOR,
    example="Poland said she would veto the budget.",
    evidence_for=("local", "named_referent"), evidence_against=("previous_sentence", "distance"),
)
def feminine_pronoun_for_organisation(ctx: Context, emit: Emit) -> None:
    """A country, city, party, company or newspaper referred to as she/her ("Poland said she
    would veto", "the daily said her sources").

    What it does: takes each she/her's nearest antecedent (as P003 does: glossary entities of a
    body, state or place type, CLDR country names, organisation and media head nouns in
    audit/data/english.yaml). Where that antecedent is not a person and either it is the clause's
    subject a few plain words before a possessive ("France reinforces her claims") or nothing else
    within reach could be a woman, the pronoun should be it/its.

    Why is this bad: Romance and Slavic languages give countries, cities, parties, firms and
    newspapers feminine grammatical gender (la Pologne, la empresa, газета); MT systems carry it
    into English as "she".

    Leaves alone: any she/her where a woman, a person noun or a name of unknown gender is within
    reach, and possessives after a preposition's noun phrase ("the head of the agency said her").

    Example and fix: "Poland said she would veto" -> "it would veto"; safe where the antecedent is
    a glossary or country name in the same sentence and nothing in reach could be a woman, unsafe
    otherwise.
    """
    text, antecedents = ctx.text, ctx.antecedents
    for pronoun, referent, same_sentence in _things(ctx, _FEMININE):
        low = pronoun.group().lower()
        local = same_sentence and low == "her" and plain_gap(text, referent.end, pronoun.start())
        alone = not _others_agree(text, pronoun, "she", referent, antecedents.reach(pronoun.start(), pronoun.end()))
        if not (local or alone):
            continue
        named = referent.strong or referent.country
        evidence = {
            "local": float(local),
            "named_referent": float(named),
            "country": float(referent.country),
            "previous_sentence": float(not same_sentence),
            "subject_or_object": float(low != "her" or _neuter(text, pronoun).lower() == "it"),
            "distance": _words_between(text, referent, pronoun),
        }
        _emit_neuter(ctx, emit, pronoun, referent, evidence,
                     Applicability.SAFE if named and same_sentence and alone else Applicability.UNSAFE)


@rule(
    "P010",
    "masculine-pronoun-for-organisation-across-sentences",
    category=Category.GRAMMAR,
    severity=Severity.MAJOR,
    example="The Syrian Observatory for Human Rights reported the clashes. His sources counted 40 dead.",
    evidence_for=("named_referent",), evidence_against=("subject_or_object", "distance"),
)
def masculine_pronoun_across_sentences(ctx: Context, emit: Emit) -> None:
    """An organisation or country referred to as he/his/him from the sentence after the one that
    names it ("The observatory reported clashes. His sources counted...").

    What it does: takes each he/his/him whose nearest antecedent is the previous sentence's first
    noun phrase (its subject: audit/language/antecedents.py) and not a person; where nothing else
    within reach (the previous sentence, its own, the next) could be a man, the pronoun should be
    it/its.

    Why is this bad: a pro-drop source (Spanish, Italian, Russian) starts the next sentence with
    a bare verb or possessive whose owner is the organisation; MT systems fill in "he" or "his".

    Leaves alone: a pronoun with a man, a person noun, a name of unknown gender or another he
    within reach or in the sentence after (he may be that person), a subject "he" (it looks no further than its own
    sentence), and pronouns in the antecedent's own sentence (P003).

    Fix (unsafe): it/its, or they/their for a body in British usage.
    """
    text, antecedents, starts = ctx.text, ctx.antecedents, ctx.sentence_starts
    for pronoun, referent, same_sentence in _things(ctx, _MASCULINE):
        if same_sentence or _others_agree(text, pronoun, "he", referent, antecedents.reach(pronoun.start(), pronoun.end())):
            continue
        s = sentence_of(starts, pronoun.start())
        if s + 1 < len(starts) and any("he" in c.calls for c in antecedents.candidates(s + 1)):
            continue  # "His interviewer: 'nasty'. A day after..., Donald Trump": a man named next may own it
        evidence = {
            "named_referent": float(referent.strong or referent.country),
            "country": float(referent.country),
            "subject_or_object": float(pronoun.group().lower() != "his"),
            "distance": _words_between(text, referent, pronoun),
        }
        _emit_neuter(ctx, emit, pronoun, referent, evidence, Applicability.UNSAFE)


def _emit_neuter(ctx: Context, emit: Emit, pronoun: regex.Match, referent: Antecedent, evidence: dict,
                 applicability: Applicability) -> None:
    replacement = _neuter(ctx.text, pronoun)
    emit(pronoun.start(), pronoun.end(),
         f"'{pronoun.group()}' refers to '{ctx.doc.text[referent.start:referent.end]}', which is not a person",
         evidence=evidence, replacement=replacement,
         alternatives=[_plural(replacement, pronoun.group().lower())],  # a body may be "they" in British usage
         applicability=applicability)


def _plural(neuter: str, low: str) -> str:
    """The plural alternative to a neuter fix: its -> their, it -> they (a subject) or them."""
    plural = ("their" if neuter.lower() == "its" else "themselves" if neuter.lower() == "itself"
              else "they" if low in ("he", "she") else "them")
    return plural.capitalize() if neuter[0].isupper() else plural


def _neuter(text: str, pronoun: regex.Match) -> str:
    word = pronoun.group()
    low = word.lower()
    if low == "her":
        low_out = "its" if possessive(text, pronoun.end()) else "it"
    else:
        low_out = english()["personal_to_neuter"].get(low, "itself" if low.endswith("self") else "its")
    return low_out.capitalize() if word[0].isupper() else low_out
