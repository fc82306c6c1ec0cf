"""Entities and the glossary index built from them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

import regex

from audit.glossary.matcher import Matcher
from audit.language.transliteration import name_key

PRONOUNS = {"he", "she", "it", "they"}


@cache
def entity_types() -> dict[str, dict[str, str]]:
    """Type -> its meaning (kind, default pronoun, article), from audit/glossary/types.yaml."""
    import yaml

    return yaml.safe_load((Path(__file__).with_name("types.yaml")).read_text(encoding="utf-8"))["types"]


def types_of_kind(*kinds: str) -> frozenset[str]:
    """The entity types of these kinds ("place": city, province, region...)."""
    return frozenset(t for t, meaning in entity_types().items() if meaning["kind"] in kinds)


_SPACES = re.compile(r"[ \u00a0]+")  # a space in a form matches a run of spaces or no-break spaces


@dataclass
class Entity:
    id: str
    canonical: str
    type: str
    pronoun: str = "it"
    aliases: list[str] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)
    acronyms: dict[str, list[str]] = field(default_factory=dict)
    exonyms: dict[str, list[str]] = field(default_factory=dict)
    note: str = ""
    gloss: str = ""  # what the name means, in English words ("Organisation for the Liberation of the Levant")
    house_style: bool = False  # the canonical form is the house's: other accepted spellings are style slips (N003)
    # from a reference glossary (the world glossary): its accepted forms are what its wrong forms
    # become, never matched in a text; its wrong forms give way to any other glossary's forms
    reference: bool = False
    source: str = ""
    line: int = 0

    @property
    def kind(self) -> str:
        """What the type means: person, body, state, place or thing (audit/glossary/types.yaml)."""
        return entity_types().get(self.type, {}).get("kind", "thing")

    @property
    def is_person(self) -> bool:
        return self.kind == "person"

    @property
    def accepted(self) -> list[str]:
        return [self.canonical, *self.aliases]

    @property
    def acronym(self) -> str:
        """The English acronym (the first all-capitals alias), or the canonical form."""
        return next((a for a in self.aliases if a.isupper() and len(a) > 1), self.canonical)

    def best_form(self, wrong: str) -> str:
        """The accepted form a wrong form should become: the canonical form if it has as many words,
        else the accepted form with as many words and the closest spelling ("Chareh" -> "Sharaa")."""
        from rapidfuzz.fuzz import ratio

        words = len(wrong.replace("-", " ").split())
        if len(self.canonical.replace("-", " ").split()) == words:
            return self.canonical
        forms = self.accepted
        same = [f for f in forms if len(f.replace("-", " ").split()) == words] or forms
        key = name_key(wrong)
        return max(same, key=lambda f: (ratio(key, name_key(f)), f == self.canonical))


@dataclass(frozen=True)
class Form:
    """One spelling in a glossary and what it means."""

    text: str
    entity: Entity
    kind: str  # "accepted", "variant", "acronym", "exonym"
    lang: str = ""

    @property
    def is_wrong(self) -> bool:
        return self.kind != "accepted"


def _case_tolerant(form: str, forms: list[Form] = ()) -> bool:
    """Forms like 'al Chareh' or 'Chareh' also match with the first letter's case flipped
    ('Al Chareh' at a sentence start); acronyms ('OSDH') match only as written, and so do a reference
    glossary's lowercase words (a language name: Spanish 'checo' left untranslated is residue,
    'Checo' is somebody's nickname)."""
    if forms and form[:1].islower() and all(f.entity.reference for f in forms):
        return False
    return not form.isupper()


def _spellings(form: str, forms: list[Form] = ()) -> list[str]:
    """The spellings the matcher looks for: the form, and with its first letter's case flipped."""
    if _case_tolerant(form, forms) and form[:1].isalpha() and form[0].swapcase() != form[0]:
        return [form, form[0].swapcase() + form[1:]]
    return [form]


@dataclass
class Glossary:
    entities: list[Entity] = field(default_factory=list)

    @cached_property
    def forms(self) -> dict[str, list[Form]]:
        """Exact spelling -> the forms it stands for (an alias may be shared; wrong forms are unique)."""
        out: dict[str, list[Form]] = {}
        for e in self.entities:
            for text in () if e.reference else e.accepted:
                out.setdefault(text, []).append(Form(text, e, "accepted"))
            for text in e.variants:
                out.setdefault(text, []).append(Form(text, e, "variant"))
            for kind, table in (("acronym", e.acronyms), ("exonym", e.exonyms)):
                for lang, texts in table.items():
                    for text in texts:
                        out.setdefault(text, []).append(Form(text, e, kind, lang))
        return out

    @cached_property
    def matcher(self) -> Matcher | None:
        """Every spelling of every form, indexed for finding them in a text."""
        if not self.forms:
            return None
        return Matcher([s for text, forms in self.forms.items() for s in _spellings(text, forms)])

    def lookup(self, text: str) -> list[Form]:
        """The forms a matched span stands for (exact spelling, else with the first letter's case flipped)."""
        text = _SPACES.sub(" ", text)
        found = self.forms.get(text)
        if found:
            return found
        flipped = text[:1].swapcase() + text[1:]
        return [f for f in self.forms.get(flipped, []) if _case_tolerant(f.text, [f])]

    def find(self, text: str) -> list[tuple[int, int, Form]]:
        """Every glossary form in `text`, as (start, end, form), non-overlapping, leftmost-longest."""
        if self.matcher is None:
            return []
        out = []
        for start, end in self.matcher.spans(text):
            forms = self.lookup(text[start:end])
            if forms:
                out.append((start, end, _prefer(forms)))
        return out

    @cached_property
    def key_list(self) -> list[str]:
        """The transliteration keys, as a list for fuzzy matching."""
        return list(self.keys)

    @cached_property
    def house_style(self) -> bool:
        """Whether any entity declares a house style (N003 reads nothing otherwise)."""
        return any(e.house_style for e in self.entities)

    @cached_property
    def hyphenated_article_forms(self) -> dict[str, list[str]]:
        """Transliteration key -> accepted forms written with a hyphenated article ("al-Jolani")."""
        out: dict[str, list[str]] = {}
        for e in self.entities:
            for form in () if e.reference else e.accepted:
                if regex.search(r"\b[Aa]l-|\b[Ee]l-", form):
                    out.setdefault(name_key(form), []).append(form)
        return out

    @cached_property
    def keys(self) -> dict[str, list[Form]]:
        """Transliteration key -> forms, for recognising unseen spellings."""
        out: dict[str, list[Form]] = {}
        for forms in self.forms.values():
            for f in forms:
                if f.kind in ("accepted", "variant") and not f.entity.reference:
                    out.setdefault(name_key(f.text), []).append(f)
        return out

    @cached_property
    def name_words(self) -> frozenset[str]:
        """Lowercased proper-name words of every form ("homs", "assad"): the name lexicon for word
        splitting. Common English words in names ("Bank", "China") are left to the English lexicon."""
        from audit.language.lexicon import zipf

        words = set()
        for text, forms in self.forms.items():
            if all(f.entity.reference for f in forms):
                continue  # the world glossary's foreign forms are no lexicon for English text
            for w in regex.findall(r"\p{L}+", text):
                if len(w) >= 3 and w[0].isupper() and zipf(w.lower()) < 4.0:
                    words.add(w.lower())
        return frozenset(words)

    @cached_property
    def one_word_names(self) -> frozenset[str]:
        """Lowercased one-word names the glossary accepts ("japan", "homs"), common or not."""
        return frozenset(text.lower() for text, forms in self.forms.items()
                         if regex.fullmatch(r"\p{Lu}\p{Ll}{3,}", text) and any(f.kind == "accepted" for f in forms))

    @cached_property
    def place_words(self) -> frozenset[str]:
        """Lowercased one-word names of places and states, the world glossary's included ("rome",
        "japan"): its accepted forms are not matched in a text, but a capital on one is no slip."""
        return frozenset(text.lower() for e in self.entities if e.kind in ("place", "state")
                         for text in e.accepted if regex.fullmatch(r"\p{Lu}\p{Ll}{2,}", text))


def _prefer(forms: list[Form]) -> Form:
    """An accepted reading wins over a wrong one (an alias shared by two entities stays accepted)."""
    return next((f for f in forms if not f.is_wrong), forms[0])
