"""How two glued words are joined again (M001, M003, M004): the mark between them chosen from the
evidence, and one fix composed where a glued half is itself an artifact.

- The right half starts a sentence (a capitalised determiner or pronoun, a title abbreviation
  before its full stop): ". " ("countryThe army" -> "country. The army").
- It opens an appositive (an article before a relative pronoun, a title after a name): ", "
  ("councilThe body that" -> "council, the body that"; "UrsoMinister of" -> "Urso, Minister of").
- A capitalised conjunction goes on with the phrase: " and" ("michaelAnd her daughter").
- A word glued to its own repeat loses the repeat ("theThe city" -> "the city").
- Otherwise a plain space ("Homsnorth" -> "Homs north").

The other readings are the alternatives. Composed fixes: a left half that is a glossary form
English does not use (an exonym, a source-language acronym: "Moscouwest" -> "Moscow west"), and a
subject pronoun glued after the noun phrase that opens its clause, a pro-drop trace ("the
ministrythey will" -> "the ministry will"; "the director, Fernanda RavertaHe assured" -> "Raverta
assured").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from audit.language.compounds import inflection
from audit.language.detect import language_name
from audit.language.lexicon import english
from audit.language.spans import compiled
from audit.language.text import WORD
from audit.model import Applicability
from audit.rules.base import Context


@dataclass
class Join:
    replacement: str
    alternatives: list[str] = field(default_factory=list)
    applicability: Applicability = Applicability.UNSAFE
    evidence: dict[str, float] = field(default_factory=dict)
    note: str = ""  # what the message adds: the composed part of the fix

    def emit(self, emit, start: int, end: int, message: str, evidence: dict[str, float]) -> None:
        alternatives = [a for a in dict.fromkeys(self.alternatives) if a != self.replacement]
        emit(start, end, message + self.note, replacement=self.replacement, alternatives=alternatives,
             applicability=self.applicability, evidence={**evidence, **self.evidence})


def english_left(ctx: Context, left: str) -> tuple[str, str]:
    """The left half as English writes it, and a note: a glossary form English does not use (an
    exonym or acronym of the source language, "Moscou") becomes the entity's English form, unless
    the document's source language is known and is not the form's."""
    if not left[:1].isupper():
        return left, ""
    source = ctx.doc.source_lang
    for form in ctx.glossary.lookup(left):
        if form.kind not in ("exonym", "acronym") or (source and form.lang and form.lang != source):
            continue
        english_form = form.entity.acronym if form.kind == "acronym" else form.entity.canonical
        if " " not in english_form and english_form != left:
            return english_form, f"; '{left}' is the {language_name(form.lang)} {form.kind}: in English, '{english_form}'"
    return left, ""


def _next_words(text: str, end: int, n: int) -> list[str]:
    return WORD.findall(text[end : end + 80])[:n]


def _pronoun_reading(ctx: Context, start: int) -> str:
    """How a subject pronoun glued after the words before `start` reads, from those words back to
    the start of their clause (the sentence's, a comma's, "that"...): "repeat" after a short noun
    phrase alone (a determiner or a name, then no verb: its subject, repeated), "adjunct" after a
    prepositional phrase ("In the ministrythey will": the pronoun is the subject), else "stop" (an
    object before it: a full stop was lost)."""
    text = ctx.text
    sentence = ctx.sentence_start(start)
    piece = text[sentence:start]
    cut = max(piece.rfind(c) for c in ",;:(\"“")
    words = WORD.findall(piece[cut + 1 :])
    data = english()
    openers = data["speech_words"] | data["subordinators"]
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in openers:
            words = words[i + 1 :]
            break
    if words and words[0].lower() in data["prepositions"] and len(words) <= 4:
        return "adjunct"
    if not 1 <= len(words) <= 4:
        return "stop"
    if all(w[:1].isupper() for w in words):
        return "repeat"  # a name ("Hayat Tahrir al-Sham")
    if words[0].lower() not in data["determiners"]:
        return "stop"  # "Officials met yesterdayhe said": no noun phrase, a lost full stop
    # no verb, and no preposition but "of" ("the head of the ministry")
    verbs = data["linking_words"] | data["reporting_verbs"] | (data["prepositions"] - {"of"})
    verb = any(w.lower() in verbs or (w.islower() and inflection(w) == "ed") for w in words[1:])
    return "stop" if verb else "repeat"


def join(ctx: Context, start: int, end: int, left: str, right: str, *, sentence: bool = False,
         safe: bool = False) -> Join:
    """How to mend the token text[start:end] = left + right. `sentence`: the camel-case reading that
    the right half starts something (M004); `safe`: the plain space is the one repair (M001, M003)."""
    text, data = ctx.text, english()
    fixed_left, note = english_left(ctx, left)
    applicability = Applicability.SAFE if safe and not note else Applicability.UNSAFE
    low = right.lower()
    after = _next_words(text, end, 3)
    if left.lower() == low:
        # "But theThe city": a word glued to its own repeat; one of them goes
        return Join(fixed_left, [f"{fixed_left}. {right}"], Applicability.UNSAFE, {"repeat": 1.0}, note)
    if right.capitalize() in data["subject_pronouns"] and after and after[0].islower():
        # "the ministrythey will", "Fernanda RavertaHe assured": a pronoun repeating the clause's
        # subject, a lost full stop, or the clause's own subject after a prepositional phrase
        reading = _pronoun_reading(ctx, start)
        readings = {"repeat": fixed_left, "stop": f"{fixed_left}. {right.capitalize()}", "adjunct": f"{fixed_left} {low}"}
        note += "; the pronoun repeats the subject" if reading == "repeat" else ""
        return Join(readings.pop(reading), list(readings.values()), Applicability.UNSAFE,
                    {"pronoun_right": 1.0, "clause_subject": float(reading == "repeat")}, note)
    if right[:1].isupper() and low in data["conjunctions"]:
        # "michaelAnd her daughter": a capital no sentence starts with in copy; the phrase goes on
        return Join(f"{fixed_left} {low}", [f"{fixed_left}. {right}"], Applicability.UNSAFE, {"conjunction": 1.0}, note)
    if right[:1].isupper() and low in ("the", "a", "an") and any(w.lower() in data["relative_pronouns"] for w in after):
        # "the councilThe body that oversees": an appositive describing the noun before
        return Join(f"{fixed_left}, {low}", [f"{fixed_left}. {right}"], Applicability.UNSAFE, {"appositive": 1.0}, note)
    if left[:1].isupper() and low in data["person_heads"] and len(low) >= 4 and not sentence and (
            right[:1].isupper() or after[:1] == ["of"]):
        # "UrsoMinister of Business", "Mangodaughter of": a name, then the title that describes it
        return Join(f"{fixed_left}, {right}", [f"{fixed_left} {right}"], Applicability.UNSAFE, {"title_right": 1.0}, note)
    if sentence:
        title = low in data["abbreviations"] and compiled(r"\.").match(text, end) is not None
        # a comma is the other reading: before a title abbreviation, an appositive ("statement, Mr. Novak")
        return Join(f"{fixed_left}. {right}", [f"{fixed_left}, {right if title else low}"],
                    Applicability.UNSAFE, {"title_abbreviation": float(title)}, note)
    comma = left[:1].isupper() and low in ("the", "a", "an")  # "Russia, the main ally"
    plain, with_comma = f"{fixed_left} {right}", f"{fixed_left}, {right}"
    if comma:
        return Join(with_comma, [plain], Applicability.UNSAFE, {}, note)
    return Join(plain, [plain, with_comma] if left[:1].isupper() else [], applicability, {}, note)
