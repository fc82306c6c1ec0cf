"""A he or she that nobody in the document could be: the MT system's default gender for the one
person the story is about ("Angelina Mango ... for his talent")."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import islice, takewhile

import regex

from audit.language.antecedents import Antecedent, head_gender, possessive
from audit.language.kinds import first_name_gender
from audit.language.lexicon import english, thresholds, zipf
from audit.language.spans import is_headline, word_before
from audit.language.text import inside, sentence_of
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule

_OTHER = {"he": "she", "she": "he"}
_SWAP = {"he": "she", "him": "her", "his": "her", "she": "he"}  # "her" is his or him by its role
_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
_CALLS = {"he": regex.compile(r"(?i)(?<![\p{L}'’\-])(?:he|him|his)(?![\p{L}'’\-])"),
          "she": regex.compile(r"(?i)(?<![\p{L}'’\-])(?:she|her)(?![\p{L}'’\-])")}
_CAPITALISED = regex.compile(r"(?<![\p{L}\p{N}'’\-])\p{Lu}\p{Ll}+(?![\p{L}\p{N}])")
_DETERMINED_NOUN = regex.compile(r"(?i)(?<![\p{L}'’\-])(?:a|an|the|this|that|our|my|your|their|another)"
                                 r"(?:[ \t\u00a0]+\p{Ll}+)?[ \t\u00a0]+(\p{Ll}{4,})(?![\p{L}\-])")  # "the doctor's" too
# a noun of a doer by its ending alone, with no determiner ("Clinical optometrist?!", "physician")
_DOER = regex.compile(r"(?i)(?<![\p{L}'’\-])\p{L}{4,}(?:ist|ian)(?![\p{L}\-])")
# "he or she", "his/her": anybody
_GENERIC = regex.compile(r"(?i)(?<![\p{L}'’\-])(?:he|his|him|she|her)[ \t\u00a0]*(?:or|/)[ \t\u00a0]*"
                         r"(?:he|his|him|she|her)(?![\p{L}'’\-])")


@cache
def _settings() -> dict:
    return thresholds()["protagonist_pronouns"]


@dataclass
class _Story:
    """What the document has said of its people, up to the pronoun being read."""

    named: dict[str, int] = field(default_factory=lambda: {"he": 0, "she": 0})  # names that tell a gender
    called: dict[str, int] = field(default_factory=lambda: {"he": 0, "she": 0})  # the text's own pronouns
    maybe: set[str] = field(default_factory=set)  # the genders somebody named so far may be
    quoted: list[tuple[int, str]] = field(default_factory=list)  # names inside quotations: (start, gender)
    times: dict[str, int] = field(default_factory=dict)  # how often each name word was met outside quotations
    left: set[str] = field(default_factory=set)  # a pronoun of this gender was left alone: later ones too
    last: Antecedent | None = None  # the last person spoken of outside quotations, findings aside


@cache
def _no_names() -> frozenset[str]:
    """Words among the people that name nobody: the pronouns and the person nouns."""
    return _PRONOUNS | english()["person_heads"]


@rule(
    "P013",
    "pronoun-of-a-gender-nobody-has",
    category=Category.GRAMMAR,
    severity=Severity.MAJOR,
    example="Angelina Mango won the festival. She thanked her family. Angelina won for his talent.",
    evidence_for=("protagonist_names", "own_pronouns"), evidence_against=("sentences_since",),
)
def pronoun_of_a_gender_nobody_has(ctx: Context, emit: Emit) -> None:
    """A he, him or his (or she, her) in a document that has spoken of nobody who could be so
    called, right after the person it is about ("Angelina Mango won. She thanked her family.
    Angelina won for his talent").

    What it does: reads the document's people in order (audit/language/antecedents.py): names
    whose gender a title, a first name (open data: audit/data/first_names.tsv) or the glossary
    tells, person nouns, and the text's own pronouns. A pronoun is flagged where the document has
    named a person of the other gender at least twice and called somebody by the other gender's
    pronoun, the last person spoken of is of that other gender, and nothing so far could be the
    pronoun's: nobody of its gender, no name of unknown gender or first name of its gender, and,
    in the last few sentences, no person noun of unknown gender ("the singer", "a clinical
    optometrist": `person_heads` and `person_suffixes` in audit/data/english.yaml) that the text
    has not itself called by the other gender's pronoun ("The young singer ... her eyes") nor set
    beside a name of the other gender ("The vice president of the Government, Teresa Ribera,").

    Why is this bad: pro-drop sources (Italian, Spanish, Portuguese) leave the subject out, and
    Romance possessives agree with the thing owned ("suo talento"); the MT system guesses "he"
    and "his" for a woman (and "she" and "her" for a man, less often).

    Leaves alone: pronouns inside quotations (the speaker may mean anyone), in headlines, and in
    "he or she"; every pronoun of a gender once one of that gender was left alone for a person
    who may be its (not for a capitalised word that may be no person: "Europa Press"); a name of
    either gender later in the pronoun's sentence ("After he arrived, Marco ..."); "his" standing
    alone ("the idea was his").

    Fix (unsafe): the other gender's pronoun (his -> her, he -> she, him -> her; her -> his or him).
    """
    text, starts, limits = ctx.text, ctx.sentence_starts, _settings()
    heads = english()["person_heads"]
    people = [r for r in ctx.antecedents.referents if r.kind in ("he", "she", "person")]
    # first names the antecedent model leaves to English ("a specialist named Alexander")
    known = {r.start for r in people}
    people += [Antecedent(m.start(), m.end(), kind=g, named=True, quoted=inside(ctx.quotations, m.start()))
               for m in _CAPITALISED.finditer(text) if m.start() not in known and (g := first_name_gender(m.group()))]
    people.sort(key=lambda r: r.start)
    generic = [m.span() for m in _GENERIC.finditer(text)]
    story = _Story()
    for i, r in enumerate(people):
        word = text[r.start: r.end].lower()
        if word not in _PRONOUNS:
            _meet(story, r, word, heads)
            continue
        if r.quoted or inside(generic, r.start):
            continue
        if word == "his" and not possessive(text, r.end):
            continue  # "the idea was his"
        gender, other = r.kind, _OTHER[r.kind]
        verdict = "left" if gender in story.left or is_headline(text, r.start) else \
            _nobody_else(story, r, other, text, islice(people, i + 1, None), starts, ctx.quotations, limits)
        if verdict == "unsure":
            continue  # the pronoun may be a person's named later in its sentence: it tells nothing more
        if verdict != "flag":
            story.left.add(gender)
            story.called[gender] += 1
            story.last = r
            continue
        target = _SWAP.get(word) or ("his" if possessive(text, r.end) else "him")
        since = sentence_of(starts, r.start) - sentence_of(starts, story.last.start)
        emit(r.start, r.end,
             f"'{text[r.start:r.end]}': nobody in the document so far is '{gender}', and the person spoken of "
             f"is '{other}'",
             evidence={"protagonist_names": min(5, story.named[other]) / 5,
                       "own_pronouns": min(5, story.called[other]) / 5, "sentences_since": min(4, since) / 4},
             replacement=target.capitalize() if text[r.start].isupper() else target,
             applicability=Applicability.UNSAFE)


def _meet(story: _Story, r: Antecedent, word: str, heads: frozenset[str]) -> None:
    """Take in a person who is no pronoun: a name that tells a gender, a noun, an unknown name."""
    if r.kind in ("he", "she") and r.quoted:  # "I thank Antonio": somebody, near the quotation
        story.quoted.append((r.start, r.kind))
    elif r.kind in ("he", "she"):  # a name whose gender a first name, a title or the glossary tells
        story.maybe.add(r.kind)
        story.named[r.kind] += 1
        story.times[word] = story.times.get(word, 0) + 1
        story.last = r
    elif word not in heads:  # a name of unknown gender: anybody
        story.maybe |= {"he", "she"}
        story.last = r
    elif not r.quoted:  # "the father" tells a gender; "the singer": _nobody_else looks whether the text calls it she or he
        if gender := head_gender(word):
            story.maybe.add(gender)
        story.last = r


def _nobody_else(story: _Story, r: Antecedent, other: str, text: str, later: Iterable[Antecedent],
                 starts: list[int], quotations: list[tuple[int, int]], limits: dict) -> str:
    """"flag" where the pronoun `r` can be nobody's but the other gender's person; "unsure" where a
    rare capitalised word later in its sentence may be a person's (this pronoun alone is left);
    "left" where somebody may be its (later pronouns of its gender are left too)."""
    if r.kind in story.maybe or story.last is None:
        return "left"
    if story.named[other] < limits["protagonist_names"] or story.called[other] < limits["own_pronouns"]:
        return "left"
    s = sentence_of(starts, r.start)
    end = starts[s + 1] if s + 1 < len(starts) else len(text)
    if any(text[x.start: x.end].lower() not in _no_names() for x in takewhile(lambda x: x.start < end, later)):
        return "left"  # somebody named later in its sentence may be meant ("After he arrived, Marco ...")
    since = starts[max(0, s - limits["reach_sentences"])]
    if any(since <= start and gender == r.kind for start, gender in story.quoted):
        return "left"  # a name in a quotation just before may be meant
    if any(not _called(start, end_, other, text, starts, r.start) and _apposed_gender(text, end_) != other
           for start, end_ in _open_nouns(text, since, r.start) if not inside(quotations, start)):
        return "left"  # "a clinical optometrist": may be the pronoun's
    last, word = story.last, text[story.last.start: story.last.end].lower()
    if last.named:  # the person the story is about: named again and again, not once ("Jan" is he or she)
        sure = last.kind == other and story.times.get(word, 0) >= limits["protagonist_names"]
    else:
        sure = last.kind == other or head_gender(word) == other or _called(last.start, last.end, other, text, starts, r.start)
    if not sure:
        return "left"
    unsure = any(zipf(m.group().lower()) < limits["name_zipf"] and word_before(text, m.start()).lower() != "the"
                 for m in _CAPITALISED.finditer(text, r.end, end))  # "the Ariston audience": no person
    return "unsure" if unsure else "flag"


# a person noun, the rest of its phrase, a comma and a first name set off by commas: "The vice
# president of the Government and minister for Ecology, Teresa Ribera, warned" (one person; not
# "met the unions on Tuesday, Teresa Ribera said")
_APPOSED = regex.compile(r"[^,.;:!?()\n“”\"]{0,100},[ \t\u00a0]+(\p{Lu}\p{Ll}+)(?:[ \t\u00a0]+\p{Lu}[\p{Ll}\-]+){0,2},")


def _apposed_gender(text: str, end: int) -> str:
    """The gender of the first name set beside a person noun's phrase after a comma, or ''."""
    m = _APPOSED.match(text, end)
    return first_name_gender(m.group(1)) if m else ""


@cache
def _person_suffixes() -> tuple[str, ...]:
    return tuple(english()["person_suffixes"])


def _open_nouns(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Person nouns of unknown gender between `lo` and `hi`: a person head ("the singer"), a noun
    after a determiner that ends as nouns of doers do ("a clinical optometrist", "the plumber"),
    and a long word in -ist or -ian anywhere ("Clinical optometrist?!")."""
    data = english()
    suffixes = _person_suffixes()
    out = [m.span() for m in _DOER.finditer(text, lo, hi)]
    for m in _DETERMINED_NOUN.finditer(text, lo, hi):
        noun = m.group(1)
        if noun in data["person_heads"] and not head_gender(noun) or noun.endswith(suffixes):
            out.append(m.span(1))
    return out


def _called(start: int, end: int, gender: str, text: str, starts: list[int], before: int) -> bool:
    """Whether the text calls the person at start..end by `gender`'s pronoun later in its own
    sentence, before `before`."""
    s = sentence_of(starts, start)
    stop = min(starts[s + 1] if s + 1 < len(starts) else len(text), before)
    return bool(_CALLS[gender].search(text, end, stop))
