"""Who a pronoun could stand for: one model of antecedents, read two ways.

Every word or name a pronoun may point to is an `Antecedent`, found once per sentence:

- a glossary entity: what its type's kind and its pronoun say (a person "he" or "she", or both
  where the glossary does not say; a body, state or place "it"; audit/glossary/types.yaml);
- a pronoun: he/him "he", she/her (as an object) "she", it "it"; a possessive (his, its, "her"
  before a noun) may be the wrong one itself and vouches for nothing within reach;
- a person noun (minister, wife, driver...; audit/data/english.yaml) "he" and/or "she";
- an organisation noun (ministry, army...) "it", surely a body after a determiner;
- a capitalised word that is no common English word: a name nobody knows, "he", "she" or "it";
  it takes the gender of the "he" or "she" that next follows it (and may still be a thing);
- a noun after a determiner ("the camera"): "it", and a person too where it ends like a person
  noun (-er, -or, -ist, -ian...).

Read one way (`reach`), the candidates within a pronoun's reach (its sentence up to it, the
sentence before and the rest of its own sentence) say whether anything there could be called
what the pronoun says: "his" where the reach names a ministry and a country agrees with nothing.
This reading is deliberately blunt about what could agree, so that a rule speaks only where no
reading saves the pronoun.

Read the other way (`resolved`), the nearest plausible antecedent of each personal pronoun: the
last one earlier in its sentence, else the previous sentence's first; glossary entities,
organisation nouns after a determiner, person nouns, earlier pronouns (which pass on their own
antecedent), and unknown names that look like a person's (two capitalised words, or a title and
a name). Places are not antecedents there.

The word-frequency cut-offs that make a capitalised word "unknown" are data
(`unknown_name_zipf` in audit/data/thresholds.yaml).
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, replace
from functools import cache, cached_property

import regex

from audit.glossary.model import types_of_kind
from audit.language.kinds import countries, first_name_gender, fold
from audit.language.lexicon import english, thresholds, zipf
from audit.language.spans import compiled, word_after
from audit.language.text import WORD, inside, sentence_of

PERSONAL = english()["personal_pronouns"]  # each personal pronoun and what it calls its antecedent
_CANDIDATE_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’\-]*")
_IMPERSONAL = regex.compile(r"[ \t\u00a0]+(?:is|was|'s|’s|seems|seemed|appears|appeared)\b")
_POSSESSIVES = {"his", "its", "hers"}
PRONOUN = regex.compile(r"(?<![\p{L}\p{N}'’\-])(his|him|he|she|her|His|He|She|Her|its|it|Its|It)(?![\p{L}\p{N}'’\-])")
_CLAUSE_WORDS = {"that", "who", "whom", "whose", "which", "said", "says", "told", "according", "when", "while"}


@dataclass(frozen=True)
class Antecedent:
    start: int
    end: int
    calls: frozenset[str] = frozenset()  # what it could be called within reach: "he", "she", "it"
    sure: str = ""  # what it surely is, where known: "body", "place", "he", "she", "person"
    glossary: bool = False
    name: bool = False  # a capitalised word nobody knows
    # as the nearest antecedent: "thing", "person", "he", "she" ("" where it is none)
    kind: str = ""
    transparent: bool = False  # inside a prepositional phrase: not a possessive's antecedent
    country: bool = False
    quoted: tuple[int, int] | None = None  # the quotation it stands in, if any
    named: bool = False  # a person's name whose gender the document or first-name data tell

    @property
    def strong(self) -> bool:
        """A glossary entity: more than a head noun or a guess."""
        return self.glossary


@dataclass(frozen=True)
class Reach:
    before: list[Antecedent]  # from the start of the reach up to the pronoun
    sentence: list[Antecedent]  # the pronoun's own sentence up to it
    after: list[Antecedent]  # the rest of its sentence

    def agrees(self, call: str) -> bool:
        """Whether anything in reach could be called `call`."""
        return any(call in c.calls for c in self.before + self.after)


@cache
def _cut_offs() -> dict[str, float]:
    return thresholds()["unknown_name_zipf"]


@cache
def _bodies() -> frozenset[str]:
    """Head nouns of organisations, states and places (collective_heads and body_heads)."""
    return english()["collective_heads"] | english()["body_heads"]


@cache
def _np_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words that open a noun phrase, and those that end one (read once)."""
    data = english()
    # "its X": the pronoun's own noun; "that" is as often a conjunction
    determiners = data["determiners"] - PERSONAL.keys() - {"their", "our", "that"}
    return determiners, data["function_words"] | data["prepositions"] | data["linking_words"] | data["reporting_verbs"]


def head_gender(word: str) -> str:
    """'he' or 'she' for a person noun that tells a gender ("father", "wife": `male_heads` and
    `female_heads` in audit/data/english.yaml), else ''."""
    data = english()
    low = word.lower()
    return "he" if low in data["male_heads"] else "she" if low in data["female_heads"] else ""


class Antecedents:
    """The antecedents of one document's pronouns, read once and kept."""

    def __init__(self, ctx) -> None:
        self.ctx = ctx
        self._candidates: dict[int, list[Antecedent]] = {}
        self._windows: dict[int, list[Antecedent]] = {}

    # ------------------------------------------------------------ names off the glossary
    @cached_property
    def country_spans(self) -> list[tuple[int, int]]:
        """Country names (CLDR) that no glossary name covers."""
        return [(a, b) for a, b in countries(self.ctx.text) if not self.ctx.overlaps_mention(a, b)]

    @cached_property
    def people(self) -> dict[str, str]:
        """Name word -> "he" or "she", for the people the document names with a first name that tells
        the gender ("Angelina Mango": Angelina and Mango) or a title ("Mrs Tanaka"); a word two
        people of different genders share ("Mango" of Angelina and of Pino) is left out."""
        data, text = english(), self.ctx.text
        found: dict[str, set[str]] = {}
        for run in _NAME_RUN.finditer(text):
            words = [w for w in _CANDIDATE_WORD.finditer(text, run.start(), run.end())]
            for k, w in enumerate(words[:-1]):
                low = w.group().lower()
                gender = head_gender(low)
                names = words[k + 1:]  # "Mrs Tanaka"
                if not gender and inside(self.country_spans, w.start()) is None and low not in data["person_heads"]:
                    # a title that is also a first name tells no gender ("General State Budgets")
                    gender, names = first_name_gender(w.group()), words[k:]  # "Angelina Mango"
                if gender:
                    break
            else:
                continue
            for w in names:
                if w.group().lower() in data["function_words"]:
                    break  # "Laura Valente And ...": the name has ended
                if not w.group().isupper():
                    found.setdefault(fold(w.group()), set()).add(gender)
        # a family name after another first name is somebody else's ("Pine Mango", her father)
        for run in _NAME_RUN.finditer(text):
            words = list(_CANDIDATE_WORD.finditer(text, run.start(), run.end()))
            for before, w in itertools.pairwise(words):
                if (fold(w.group()) in found and fold(before.group()) not in found
                        and not text[before.end(): w.start()].strip() and zipf(before.group().lower()) < _cut_offs()["anywhere"]):
                    found[fold(w.group())].add("")
        return {w: g.pop() for w, g in found.items() if len(g) == 1}

    def gender_of(self, word: str) -> str:
        """'he' or 'she' for a word of a person's name whose gender is known, else ''."""
        gender = self.people.get(fold(word))
        if gender is None and word[:1].isupper() and not word.isupper() and zipf(word.lower()) < _cut_offs()["person"]:
            gender = first_name_gender(word)  # a first name alone ("Angelina took...")
        return gender or ""

    # ------------------------------------------------------------ within reach
    def candidates(self, s: int) -> list[Antecedent]:
        """The candidates of sentence `s` within reach, in order, before any gender is passed on."""
        found = self._candidates.get(s)
        if found is None:
            found = self._candidates[s] = self._sentence_candidates(s)
        return found

    def _sentence_candidates(self, s: int) -> list[Antecedent]:
        ctx, data = self.ctx, english()
        text, starts = ctx.text, ctx.sentence_starts
        lo, hi = starts[s], starts[s + 1] if s + 1 < len(starts) else len(text)
        out: list[Antecedent] = []
        covered: list[tuple[int, int]] = []
        mentions = ctx.mentions[bisect.bisect_left(ctx.mention_starts, lo): bisect.bisect_left(ctx.mention_starts, hi)]
        for a, b in self.country_spans:
            if lo <= a < hi:
                covered.append((a, b))
                out.append(Antecedent(a, b, frozenset(["it"]), "place", country=True))
        for m in mentions:
            e = m.form.entity
            covered.append((m.start, m.end))
            if e.is_person:
                calls = frozenset([e.pronoun]) if e.pronoun in ("he", "she") else frozenset(("he", "she"))
                out.append(Antecedent(m.start, m.end, calls, e.pronoun if e.pronoun in ("he", "she") else "person", True))
            elif e.pronoun == "it":
                out.append(Antecedent(m.start, m.end, frozenset(["it"]), "place" if e.kind == "place" else "body", True))
            else:  # a body the glossary calls "they": no "it" nor "he"
                out.append(Antecedent(m.start, m.end, frozenset(), "", True))
        determiners, np_ends = _np_words()
        words = list(_CANDIDATE_WORD.finditer(text, lo, hi))
        spans = sorted(covered)
        heads = _np_heads(text, words, determiners, np_ends)
        for i, w in enumerate(words):
            if spans and inside(spans, w.start()):
                continue
            word, low = w.group(), w.group().lower()
            if low in PERSONAL:
                if low in _POSSESSIVES or (low == "her" and _before_noun(text, w.end(), data["function_words"])):
                    continue  # a possessive: maybe the wrong pronoun itself
                if low == "it" and _IMPERSONAL.match(text, w.end()):
                    continue  # "it is possible", "it seems": nothing's name
                out.append(Antecedent(w.start(), w.end(), frozenset([PERSONAL[low]]), PERSONAL[low]))
            elif low in data["person_heads"]:
                told = head_gender(low)
                out.append(Antecedent(w.start(), w.end(), frozenset([told] if told else ["he", "she"]), told or "person"))
            elif low in _bodies():
                determined = any(x.group().lower() in determiners or x.group().endswith(("'s", "’s"))
                                 for x in words[max(0, i - 3): i])
                out.append(Antecedent(w.start(), w.end(), frozenset(["it"]), "body" if determined else ""))
            elif word[0].isupper() and (gender := self.gender_of(word)):
                out.append(Antecedent(w.start(), w.end(), frozenset([gender]), gender, name=True, named=True))
            elif word[0].isupper() and low not in data["function_words"] and _unknown_name(word, low, w.start() == lo):
                # an acronym names a body or a thing (SLR, IRS), not a person; so does a name after
                # "in" or "at" (a place, a show, an event: "placed second in Amici")
                thing = (word.isupper() and len(word) >= 2) or (
                    i > 0 and words[i - 1].group() in ("in", "at") and not word.endswith(("'s", "’s")))
                out.append(Antecedent(w.start(), w.end(), frozenset(("it",) if thing else ("he", "she", "it")),
                                      name=not thing))
            elif i in heads:
                if low.endswith(tuple(data["person_endings"])) and len(low) >= 6:
                    calls = ("he", "she")
                elif low.endswith(tuple(data["person_or_thing_endings"])):
                    calls = ("it", "he", "she")
                else:
                    calls = ("it",)
                if not (low.endswith("s") and not low.endswith(("ss", "us", "is"))):  # a plural is "they"
                    out.append(Antecedent(w.start(), w.end(), frozenset(calls)))
        out.sort(key=lambda c: c.start)
        return out

    def last_before(self, pos: int) -> Antecedent | None:
        """The last candidate before `pos` in its sentence, its gender not yet passed on: a cheap first look."""
        before = [c for c in self.candidates(sentence_of(self.ctx.sentence_starts, pos)) if c.start < pos]
        return before[-1] if before else None

    def reach(self, pronoun_start: int, pronoun_end: int) -> Reach:
        """The candidates within a pronoun's reach (the pronoun itself left out). Names take their
        gender from the sentences around, so the reach is read with the sentence after it."""
        text, starts = self.ctx.text, self.ctx.sentence_starts
        s = sentence_of(starts, pronoun_start)
        window = self._windows.get(s)
        if window is None:  # the same for every pronoun of the sentence
            window = [c for k in range(max(0, s - 1), min(len(starts), s + 2)) for c in self.candidates(k)]
            window = self._windows[s] = _gender_from_pronouns(text, window, starts)
        hi = starts[s + 1] if s + 1 < len(starts) else len(text)
        before = [c for c in window if c.start < pronoun_start]
        sentence = [c for c in before if c.start >= starts[s]]
        after = [c for c in window if pronoun_end <= c.start < hi]
        return Reach(before, sentence, after)

    # ------------------------------------------------------------ the nearest antecedent
    @cached_property
    def referents(self) -> list[Antecedent]:
        """Possible nearest antecedents in document order: glossary entities other than places,
        organisation nouns after a determiner, person nouns, pronouns, names that look like a person's."""
        ctx, data = self.ctx, english()
        text = ctx.text
        out: list[Antecedent] = []
        bodies = types_of_kind("body", "state", "thing")
        for m in ctx.mentions:
            e = m.form.entity
            if e.kind == "place":
                continue
            if e.is_person:
                kind = e.pronoun if e.pronoun in ("he", "she") else "person"
            elif e.type in bodies:
                kind = "thing"
            else:
                continue
            transparent = _after_preposition(text, _np_start(text, m.start))
            out.append(Antecedent(m.start, m.end, glossary=True, kind=kind, transparent=transparent,
                                  country=e.kind == "state"))
        for a, b in self.country_spans:
            out.append(Antecedent(a, b, kind="thing", transparent=_after_preposition(text, _np_start(text, a)),
                                  country=True))
        spurious = {m.start() for m in ctx.mid_sentence_pronouns}
        covered = {i for m in ctx.mentions for i in range(m.start, m.end)}
        covered |= {i for a, b in self.country_spans for i in range(a, b)}
        for w in ctx.doc.words:
            low = w.group().lower()
            if w.start() in covered or w.start() in spurious:
                continue
            if low in _bodies() and _determined(text, w.start()):
                out.append(Antecedent(w.start(), w.end(), kind="thing",
                                      transparent=_after_preposition(text, _np_start(text, w.start()))))
            elif low in data["person_heads"] and low not in ("he", "she", "him", "whose"):
                out.append(Antecedent(w.start(), w.end(), kind="person"))
            elif low in ("he", "him", "his"):
                out.append(Antecedent(w.start(), w.end(), kind="he"))
            elif low in ("she", "her"):
                out.append(Antecedent(w.start(), w.end(), kind="she"))
            elif w.group()[0].isupper() and (gender := self.gender_of(w.group())):
                out.append(Antecedent(w.start(), w.end(), kind=gender, named=True))
            elif _person_name(text, w):
                out.append(Antecedent(w.start(), w.end(), kind="person"))  # an unknown name may be a person
        quotes = ctx.quotations
        out = [replace(r, quoted=inside(quotes, r.start)) for r in out]
        out.sort(key=lambda r: r.start)
        return out

    @cached_property
    def resolved(self) -> list[tuple[regex.Match, Antecedent, bool]]:
        """(pronoun match, its nearest antecedent, in the same sentence?) for every resolvable pronoun."""
        ctx = self.ctx
        text, referents, starts, quotes = ctx.text, self.referents, ctx.sentence_starts, ctx.quotations
        ref_starts = [r.start for r in referents]
        spurious = {m.start() for m in ctx.mid_sentence_pronouns}
        resolution: dict[int, Antecedent] = {}
        out = []
        for p in PRONOUN.finditer(text):
            if p.start() in spurious:
                continue
            s_idx = sentence_of(starts, p.start())
            sentence_start = starts[s_idx]
            window_start = starts[max(0, s_idx - 1)]
            if _cataphoric(text, p, sentence_start, referents):
                continue
            here = bisect.bisect_left(ref_starts, p.start())
            quoted = inside(quotes, p.start())

            def eligible(r: Antecedent, quoted=quoted) -> bool:
                if r.transparent and r.kind == "thing":
                    return False
                return r.quoted is None or r.quoted == quoted  # a quotation does not bind a pronoun outside it

            # nearest candidate earlier in the sentence; else the previous sentence's first (its subject).
            # A subject pronoun (he, she) looks no further than its own sentence.
            current = [r for r in referents[bisect.bisect_left(ref_starts, sentence_start): here] if eligible(r)]
            subject = p.group().lower() in ("he", "she")
            previous = [r for r in referents[bisect.bisect_left(ref_starts, window_start): here]
                        if eligible(r) and r.start < sentence_start]
            # a bare head noun ("the city") is an antecedent only as the sentence's subject (its first
            # noun phrase); names, people and earlier pronouns are antecedents anywhere
            salient = [r for i, r in enumerate(current) if i == 0 or r.strong or r.kind != "thing"]
            r = salient[-1] if salient else (previous[0] if previous and not subject else None)
            if r is None:
                continue
            # an earlier pronoun passes on its own antecedent
            antecedent = resolution.get(r.start, Antecedent(r.start, r.end, kind="person")) \
                if r.kind in ("he", "she") and not (r.strong or r.named) else r
            resolution[p.start()] = antecedent
            # any possible person in reach (the sentence so far and the previous one) may be the
            # real antecedent: then report nothing
            ambiguous = antecedent.kind == "thing" and any(
                x.kind in ("person", "he", "she")
                and not (x.kind in ("he", "she") and not x.strong and resolution.get(x.start, x).kind == "thing")
                for x in previous + current
            ) and not _local(text, r, p, current)
            if not ambiguous:
                out.append((p, antecedent, antecedent.start >= sentence_start))
        return out

    def named_before(self, pos: int, gender: str) -> bool:
        """Whether the document names, before `pos`, a person known to be `gender` (a glossary
        person, a name with a title or a first name that tells it): a "his" or "her" far from its
        antecedent may be theirs."""
        return any(r.start < pos and r.kind == gender and (r.named or r.strong) for r in self.referents)

    def spoken_of_before(self, pos: int, gender: str) -> bool:
        """Whether anybody of `gender` is spoken of before `pos`: a pronoun of that gender, a
        person noun that tells it (wife, Mr), a person the glossary, a title or a first name makes it."""
        heads = english()["male_heads" if gender == "he" else "female_heads"]
        return any(r.start < pos and (r.kind == gender or (r.kind == "person" and
                                      self.ctx.text[r.start: r.end].lower() in heads)) for r in self.referents)

    def recent_person(self, pos: int, sentences: int = 3) -> bool:
        """Whether a person (name, person noun or he/she pronoun) was mentioned in the last few sentences."""
        starts = self.ctx.sentence_starts
        since = starts[max(0, sentence_of(starts, pos) - sentences)]
        return any(since <= r.start < pos and r.kind in ("person", "he", "she") for r in self.referents)

    @cached_property
    def gendered(self) -> tuple[set[str], bool]:
        """The genders the document names people of ('he', 'she'), and whether it names a person of
        unknown gender (an unknown name, a glossary person without a pronoun)."""
        data = english()
        genders: set[str] = set()
        unknown = False
        for r in self.referents:
            word = self.ctx.text[r.start: r.end].lower()
            if r.kind in ("he", "she") and word not in ("his", "her"):
                genders.add(r.kind)
            elif r.kind == "person":
                if told := head_gender(word):
                    genders.add(told)
                elif word not in data["person_heads"]:
                    unknown = True
        return genders, unknown


# a title or a capitalised word, then more capitalised words: a person's name as written in news
_NAME_RUN = regex.compile(r"(?<![\p{L}\p{N}'’\-])\p{Lu}[\p{L}'’\-]*\.?(?:[ \t\u00a0]+\p{Lu}[\p{L}'’\-]*)+")


def _gender_from_pronouns(text: str, cands: list[Antecedent], starts: list[int]) -> list[Antecedent]:
    """A name nobody knows takes the gender of the subject pronoun that next refers to it: the first
    he or she after it, in its sentence or the next, with no other person between ("Shimada started
    taking photos when he bought...": Shimada is "he"). It may still be a thing ("it")."""
    out = list(cands)
    for i, c in enumerate(cands):
        if not c.name or c.sure:
            continue
        s = sentence_of(starts, c.start)
        limit = starts[s + 2] if s + 2 < len(starts) else float("inf")
        end = c.end
        for later in cands[i + 1:]:
            if later.start >= limit:
                break
            if later.sure in ("he", "she") and not later.glossary:
                if text[later.start: later.end].lower() in ("he", "she"):  # a subject, not his/her
                    out[i] = Antecedent(c.start, c.end, frozenset([later.sure]) | (c.calls & {"it"}), later.sure,
                                        name=True)
                break
            if "he" in later.calls or "she" in later.calls:
                if later.start - end > 1:
                    break
                end = later.end  # "Johannes Thingnes Bö": one name in parts
    return out


def _before_noun(text: str, end: int, function_words: frozenset[str]) -> bool:
    nxt = _CANDIDATE_WORD.match(text, end + 1) if text[end: end + 1] == " " else None
    return bool(nxt) and nxt.group().lower() not in function_words and nxt.group().lower() not in english()["object_adverbs"]


def possessive(text: str, end: int) -> bool:
    """Whether the "her" (or "his") ending at `end` is a possessive: a word follows it that is no
    function word and no adverb that follows an object ("touched her twice")."""
    return _before_noun(text, end, english()["function_words"])


def _np_heads(text: str, words: list, determiners: frozenset[str], function_words: frozenset[str]) -> set[int]:
    """Indexes of the head nouns of determined noun phrases: the last of the words that follow a
    determiner with only spaces between ("a witty and clever epidemiologist": epidemiologist)."""
    heads = set()
    for i, w in enumerate(words):
        if w.group().lower() not in determiners:
            continue
        head, j = None, i + 1
        while j < len(words) and j <= i + 5 and not text[words[j - 1].end(): words[j].start()].strip():
            low = words[j].group().lower()
            if low.endswith(("ly", "ed")) and head is not None:
                break  # an adverb or a verb ends the noun phrase
            if low in function_words:
                if low != "and" or head is None:
                    break
            else:
                head = j
            j += 1
        if head is not None:
            heads.add(head)
    return heads


def _unknown_name(word: str, low: str, first: bool) -> bool:
    """A capitalised word that may name somebody or something: no common word (a sentence's first
    word only if it is rarer), or an acronym."""
    if word.isupper() and len(word) >= 2:
        return True
    return zipf(low) < _cut_offs()["sentence_first" if first else "anywhere"]


def _name_like(word: str) -> bool:
    return word[:1].isupper() and not word.isupper() and word.lower() not in english()["function_words"]


def _person_name(text: str, w: regex.Match) -> bool:
    """An unknown name that may be a person's: two capitalised words ("Aron Lund") or a title and
    a name ("Commander Ghani", "Mr Smith"). A lone capitalised word is as often a place or a brand."""
    word = w.group()
    person = _cut_offs()["person"]
    if not _name_like(word) or zipf(word.lower()) >= person or _modifies_head(text, w.end()):
        return False
    before = compiled(r"(\p{L}[\p{L}'’\-]*)[ \t\u00a0]+$").search(text[max(0, w.start() - 40): w.start()])
    if before and (_name_like(before.group(1)) or before.group(1).lower() in english()["person_heads"]):
        return True
    nxt = word_after(text, w.end())
    return bool(nxt) and _name_like(nxt.group()) and zipf(nxt.group().lower()) < person


def _modifies_head(text: str, end: int) -> bool:
    """'Islamist group', 'Syrian army': a capitalised word before a head noun is a modifier, not a name."""
    nxt = word_after(text, end)
    data = english()
    return bool(nxt) and nxt.group().lower() in data["collective_heads"] | data["person_heads"]


def _np_start(text: str, pos: int) -> int:
    """Walk back over a determiner and up to three modifiers to the start of a noun phrase."""
    base = max(0, pos - 80)
    words = list(WORD.finditer(text[base: pos]))
    start = pos
    for w in reversed(words[-4:]):
        if text[base + w.end(): start].strip():
            break
        start = base + w.start()
        if w.group().lower() in english()["determiners"]:
            break
    return start


def _determined(text: str, pos: int) -> bool:
    start = _np_start(text, pos)
    first = compiled(r"\p{L}+").match(text[start:pos] or " ")
    return bool(first) and (first.group().lower() in english()["determiners"] or "’s" in text[start:pos]
                            or "'s" in text[start:pos])


def _after_preposition(text: str, pos: int) -> bool:
    m = compiled(r"(\p{L}+)[ \t\u00a0]+$").search(text[max(0, pos - 30): pos])
    return bool(m) and m.group(1).lower() in english()["prepositions"]


def _local(text: str, r: Antecedent, pronoun: regex.Match, current: list[Antecedent]) -> bool:
    """A possessive a few plain words after its antecedent, nothing between that could own it
    ("Iraq has his own list", "Lebanon is on his way", "Russia and his right"): the antecedent
    is the clause's subject, whoever else the sentence names."""
    if pronoun.group().lower() not in ("his", "her", "its") or not current or current[-1] is not r or r.kind != "thing":
        return False
    return plain_gap(text, r.end, pronoun.start())


def plain_gap(text: str, start: int, end: int, clause: bool = False) -> bool:
    """At most three plain words between an antecedent and a possessive: no punctuation, no name,
    no preposition (it opens an adjunct whose possessive may be somebody else's: "during his
    trip"), no clause word (with `clause`, a relative pronoun may open the pronoun's clause:
    "a level which he held")."""
    between = text[start:end]
    words = WORD.findall(between)
    if len(words) > 3 or compiled(r"[,;:()\"“”«»]").search(between):
        return False
    blocked = _CLAUSE_WORDS - ({"which", "that"} if clause else set()) | english()["prepositions"]
    return not any(w[0].isupper() or w.lower() in blocked for w in words)


def clause_words() -> set[str]:
    return _CLAUSE_WORDS


def _cataphoric(text: str, pronoun: regex.Match, sentence_start: int, referents: list[Antecedent]) -> bool:
    """'For his part, the commander...': a pronoun before the first comma that points forward to a person."""
    comma = text.find(",", sentence_start)
    if comma == -1 or comma < pronoun.start() or text[sentence_start:comma].count(" ") > 6:
        return False
    limit = comma + 120
    return any(r.kind in ("person", "he", "she") and comma < r.start < limit for r in referents)


def owned_by_person(text: str, end: int) -> bool:
    """Whether one of the two words after a possessive is something only a person has (father,
    hands, career: `personal_possessions` in audit/data/english.yaml)."""
    after = compiled(r"\p{L}[\p{L}'’\-]*").findall(text[end: end + 40])[:2]
    return any(a.lower().removesuffix("'s").removesuffix("’s") in english()["personal_possessions"] for a in after)
