"""A person called by the wrong pronoun: the glossary's gender, or nothing in reach that agrees."""

from __future__ import annotations

import regex

from audit.language.antecedents import (
    PERSONAL,
    PRONOUN,
    owned_by_person,
    plain_gap,
    possessive,
)
from audit.language.lexicon import english
from audit.language.spans import compiled, is_headline, word_after
from audit.language.text import inside, words_between
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
    where no reading saves the pronoun); a possessive that a person of its gender named earlier
    in the document may own, unless it follows its clause's subject he or she ("he bought her
    first camera"); a possessive after a verb of saying ("She said his help
    mattered": a man spoken of before may own it); "her" as an object.

    Fix (unsafe): the person's possessive; for "its" after a person of unknown gender, no fix
    (his, her or their).
    """
    text = ctx.text
    speech_words = english()["speech_words"]
    antecedents = ctx.antecedents
    for p in _ANY_POSSESSIVE.finditer(text):
        low = p.group().lower()
        nxt = word_after(text, p.end())
        if not nxt or not possessive(text, p.end()) or is_headline(text, p.start()):
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
        if call != "it" and antecedents.named_before(p.start(), call) and not (
                text[owner.start: owner.end].lower() in ("he", "she") and plain_gap(text, owner.end, p.start())):
            continue  # a person of its gender named before may own it, unless the clause's subject he/she does
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


_OTHER = {"he": {"he": "she", "him": "her"}, "she": {"she": "he", "her": "him"}}


def _subject_or_object(text: str, pronoun: regex.Match) -> bool:
    """he, him, she, or "her" as an object: what P011 and P012 read (possessives are P007's)."""
    low = pronoun.group().lower()
    return low in ("he", "him", "she") or (low == "her" and not possessive(text, pronoun.end()))


@rule(
    "P011",
    "pronoun-contradicts-persons-gender",
    category=Category.GRAMMAR,
    severity=Severity.MAJOR,
    example="Angelina Mango thanked the audience after he won the festival.",
    evidence_for=("same_sentence",), evidence_against=("words_between",),
)
def pronoun_contradicts_persons_gender(ctx: Context, emit: Emit) -> None:
    """A person whose gender the document tells, referred to as he/him or she/her of the other
    gender ("Angelina Mango thanked the audience after he won").

    What it does: takes each he, him, she and object "her" whose nearest antecedent (as P003 does:
    audit/language/antecedents.py) is a person named off the glossary whose gender the document
    tells: a title (Mr, Mrs) or a first name nearly all of whose bearers are of one gender (open
    data: audit/data/first_names.tsv). Where nothing else within reach could be called what the
    pronoun says and the document has named nobody of that gender before it, the pronoun is the
    person's, in the wrong gender.

    Why is this bad: pro-drop sources (Italian, Spanish, Portuguese) leave the subject out and
    the MT system guesses "he"; Romance object clitics (la, lo) are the object's gender.

    Leaves alone: glossary people (P004), possessives (P007), a pronoun inside a quotation (the
    speaker may mean anyone), a first name borne by both genders (Andrea, Jean, Kim), and any
    pronoun with somebody of its gender, a person noun or a name of unknown gender within reach.

    Fix (unsafe): the person's pronoun (he -> she, him -> her, she -> he, her -> him).
    """
    text, antecedents, quotes = ctx.text, ctx.antecedents, ctx.quotations
    for pronoun, referent, same_sentence in antecedents.resolved:
        low = pronoun.group().lower()
        if not referent.named or referent.kind not in ("he", "she") or not _subject_or_object(text, pronoun):
            continue
        call = PERSONAL[low]
        if call == referent.kind or inside(quotes, pronoun.start()) or antecedents.named_before(pronoun.start(), call):
            continue
        if low in ("him", "her") and same_sentence and plain_gap(text, referent.end, pronoun.start()):
            continue  # "Julian touched her": an object is never its own clause's subject
        if antecedents.reach(pronoun.start(), pronoun.end()).agrees(call):
            continue
        target = _OTHER[call][low]
        between = words_between(text, referent.end, pronoun.start())
        emit(pronoun.start(), pronoun.end(),
             f"'{pronoun.group()}' refers to '{ctx.doc.text[referent.start:referent.end]}', whom the document "
             f"calls '{referent.kind}'", evidence={"same_sentence": same_sentence, "words_between": min(12, len(between)) / 4},
             replacement=target.capitalize() if pronoun.group()[0].isupper() else target,
             applicability=Applicability.UNSAFE)


@rule(
    "P012",
    "personal-pronoun-for-a-thing",
    category=Category.GRAMMAR,
    severity=Severity.MAJOR,
    example="The euro rose to 29 hryvnia, a level which he had held since May.",
    evidence_against=("words_between",),
)
def personal_pronoun_for_a_thing(ctx: Context, emit: Emit) -> None:
    """A thing referred to as he or she in its own clause ("the euro rose above the level which he
    had held").

    What it does: takes each subject he and she whose last possible antecedent in its sentence is
    a thing a few plain words before it (a relative "which" or "that" may open the pronoun's
    clause). Where nothing within its reach (its sentence, the one before and the one after:
    audit/language/antecedents.py) could be a person of that gender and the document has spoken of
    nobody of that gender before it, the pronoun stands for the thing.

    Why is this bad: Russian, Spanish, Italian, French and German give things grammatical gender
    (курс, la moneda); MT systems carry it into English as "he" or "she".

    Leaves alone: any pronoun with a person of its gender, a person noun or a name of unknown
    gender within reach, or after anybody of its gender was spoken of (a pronoun, a gendered
    noun, a named person), since it may point further back than its reach; objects and
    possessives (P007), whose owner may be anybody spoken of before.

    Fix (unsafe): it.
    """
    text, antecedents = ctx.text, ctx.antecedents
    for pronoun in PRONOUN.finditer(text):
        low = pronoun.group().lower()
        if low not in ("he", "she") or is_headline(text, pronoun.start()):
            continue
        last = antecedents.last_before(pronoun.start())
        if last is None or last.calls != frozenset(["it"]) or not plain_gap(text, last.end, pronoun.start(), clause=True):
            continue
        call = PERSONAL[low]
        if antecedents.spoken_of_before(pronoun.start(), call) or antecedents.reach(pronoun.start(), pronoun.end()).agrees(call):
            continue
        between = words_between(text, last.end, pronoun.start())
        emit(pronoun.start(), pronoun.end(),
             f"'{pronoun.group()}' refers to '{ctx.doc.text[last.start:last.end]}', a thing: 'it'",
             evidence={"words_between": len(between) / 4},
             replacement="It" if pronoun.group()[0].isupper() else "it", applicability=Applicability.UNSAFE)
