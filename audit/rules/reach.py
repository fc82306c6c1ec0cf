"""Who a pronoun could stand for: every candidate within its reach, and what each could be called.

A pronoun agrees with something it can point to. Its reach is its own sentence up to it and the
sentence before, plus the rest of its own sentence ("For his part, the commander said": a pronoun
may point forward). Each word or name in reach may be called "he", "she" or "it":

- a glossary entity: what its type and pronoun say (a person "he" or "she", or both where the
  glossary does not say; a body, state or place "it");
- a pronoun: he/him "he", she/her (as an object) "she", it "it"; not a possessive (his, its,
  "her" before a noun), which may be the wrong one and must not vouch for itself or the next;
- a person noun (minister, wife, driver...; audit/data/english.yaml) "he" and/or "she";
- a capitalised word that is no common English word: a name nobody knows, "he", "she" or "it";
  it takes the gender of the "he" or "she" that next follows it (and may still be a thing);
- a noun after a determiner ("the camera"): "it", and a person too where it ends like a person
  noun (-er, -or, -ist, -ian...).

When nothing in reach could be called what the pronoun says, the pronoun agrees with nothing:
"his" where the reach names a ministry and a country, "its" where it names only a person. The
rules then name the nearest sure antecedent (a glossary entity, an organisation noun after a
determiner, a pronoun, a person noun) as the one it was meant for. This is deliberately blunt
about what could agree (any unknown name, any determined noun), so that it speaks only where no
reading saves the pronoun.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cache

import regex

from audit.lexicon import english, zipf
from audit.rules.base import Context
from audit.rules.spans import compiled

PERSONAL = {"he": "he", "him": "he", "his": "he", "himself": "he",
            "she": "she", "her": "she", "hers": "she", "herself": "she",
            "it": "it", "its": "it", "itself": "it"}
PLACE_TYPES = {"city", "province", "region", "place", "crossing", "base"}
_PERSON_ENDINGS = ("er", "or", "ant", "ent", "ee", "man", "woman")  # a person or a thing: driver, computer
_PERSON_NOUN_ENDINGS = ("ist", "ian")  # a person (six letters or more: not list, twist, median)
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’\-]*")
_IMPERSONAL = regex.compile(r"[ \t\u00a0]+(?:is|was|'s|’s|seems|seemed|appears|appeared)\b")
_POSSESSIVES = {"his", "its", "hers"}
# a line break ends a sentence too: feeds and segment files put one paragraph or segment a line
_SENTENCE_END = regex.compile(r"[.!?][\"”’)]?\s+(?=[\"“‘(]?\p{Lu})|\n\s*")


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    calls: frozenset[str]  # what it could be called: "he", "she", "it"
    sure: str = ""  # what it surely is, where known: "body", "place", "he", "she", "person"
    glossary: bool = False
    name: bool = False  # a capitalised word nobody knows


def sentence_starts(ctx: Context) -> list[int]:
    """Where each sentence of the document starts (computed once per document; the pronoun rules share it)."""
    starts = ctx._cache.get("sentence_starts")
    if starts is None:
        starts = ctx._cache["sentence_starts"] = [0] + [m.end() for m in _SENTENCE_END.finditer(ctx.text)]
    return starts


def sentence_candidates(ctx: Context, s: int) -> list[Candidate]:
    """The candidates of sentence `s`, in order, before any gender is passed on (computed once)."""
    cache = ctx._cache.setdefault("reach_sentences", {})
    found = cache.get(s)
    if found is not None:
        return found
    data = english()
    text = ctx.text
    starts = sentence_starts(ctx)
    lo, hi = starts[s], starts[s + 1] if s + 1 < len(starts) else len(text)
    mentions = ctx._cache.get("reach_mentions")
    if mentions is None:
        mentions = ctx._cache["reach_mentions"] = (ctx.mentions, [m.start for m in ctx.mentions])
    out: list[Candidate] = []
    covered: list[tuple[int, int]] = []
    for m in mentions[0][bisect.bisect_left(mentions[1], lo) : bisect.bisect_left(mentions[1], hi)]:
        e = m.form.entity
        covered.append((m.start, m.end))
        if e.is_person:
            calls = frozenset([e.pronoun]) if e.pronoun in ("he", "she") else frozenset(("he", "she"))
            out.append(Candidate(m.start, m.end, calls, e.pronoun if e.pronoun in ("he", "she") else "person", True))
        elif e.pronoun == "it":
            out.append(Candidate(m.start, m.end, frozenset(["it"]), "place" if e.type in PLACE_TYPES else "body", True))
        else:  # a body the glossary calls "they": no "it" nor "he"
            out.append(Candidate(m.start, m.end, frozenset(), "", True))
    determiners, np_ends = _np_words()
    words = list(_WORD.finditer(text, lo, hi))
    inside = _covered(covered)
    heads = _np_heads(text, words, determiners, np_ends)
    for i, w in enumerate(words):
        if covered and inside(w.start()):
            continue
        word, low = w.group(), w.group().lower()
        if low in PERSONAL:
            if low in _POSSESSIVES or (low == "her" and _before_noun(text, w.end(), data["function_words"])):
                continue  # a possessive: maybe the wrong pronoun itself
            if low == "it" and _IMPERSONAL.match(text, w.end()):
                continue  # "it is possible", "it seems": nothing's name
            out.append(Candidate(w.start(), w.end(), frozenset([PERSONAL[low]]), PERSONAL[low]))
        elif low in data["person_heads"]:
            gender = ("he",) if low in data["male_heads"] else ("she",) if low in data["female_heads"] else ("he", "she")
            out.append(Candidate(w.start(), w.end(), frozenset(gender), gender[0] if len(gender) == 1 else "person"))
        elif low in data["collective_heads"]:
            determined = any(x.group().lower() in determiners or x.group().endswith(("'s", "’s"))
                             for x in words[max(0, i - 3) : i])
            out.append(Candidate(w.start(), w.end(), frozenset(["it"]), "body" if determined else ""))
        elif word[0].isupper() and low not in data["function_words"] and _unknown_name(word, low, w.start() == lo):
            # an acronym names a body or a thing (SLR, IRS), not a person
            acronym = word.isupper() and len(word) >= 2
            out.append(Candidate(w.start(), w.end(), frozenset(("it",) if acronym else ("he", "she", "it")),
                                 name=not acronym))
        elif i in heads:
            if low.endswith(_PERSON_NOUN_ENDINGS) and len(low) >= 6:
                calls = ("he", "she")
            elif low.endswith(_PERSON_ENDINGS):
                calls = ("it", "he", "she")
            else:
                calls = ("it",)
            if not (low.endswith("s") and not low.endswith(("ss", "us", "is"))):  # a plural is "they"
                out.append(Candidate(w.start(), w.end(), frozenset(calls)))
    out.sort(key=lambda c: c.start)
    cache[s] = out
    return out


@cache
def _np_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words that open a noun phrase, and those that end one (read once)."""
    data = english()
    # "its X": the pronoun's own noun; "that" is as often a conjunction
    determiners = data["determiners"] - PERSONAL.keys() - {"their", "our", "that"}
    return determiners, data["function_words"] | data["prepositions"] | data["linking_words"] | data["reporting_verbs"]


def last_before(ctx: Context, pos: int) -> Candidate | None:
    """The last candidate before `pos` in its sentence, its gender not yet passed on: a cheap first look."""
    starts = sentence_starts(ctx)
    before = [c for c in sentence_candidates(ctx, bisect.bisect_right(starts, pos) - 1) if c.start < pos]
    return before[-1] if before else None


def _gender_from_pronouns(text: str, cands: list[Candidate], starts: list[int]) -> list[Candidate]:
    """A name nobody knows takes the gender of the subject pronoun that next refers to it: the first
    he or she after it, in its sentence or the next, with no other person between ("Shimada started
    taking photos when he bought...": Shimada is "he"). It may still be a thing ("it")."""
    out = list(cands)
    for i, c in enumerate(cands):
        if not c.name or c.sure:
            continue
        s = bisect.bisect_right(starts, c.start) - 1
        limit = starts[s + 2] if s + 2 < len(starts) else float("inf")
        end = c.end
        for later in cands[i + 1 :]:
            if later.start >= limit:
                break
            if later.sure in ("he", "she") and not later.glossary:
                if text[later.start : later.end].lower() in ("he", "she"):  # a subject, not his/her
                    out[i] = Candidate(c.start, c.end, frozenset([later.sure]) | (c.calls & {"it"}), later.sure,
                                       name=True)
                break
            if "he" in later.calls or "she" in later.calls:
                if later.start - end > 1:
                    break
                end = later.end  # "Johannes Thingnes Bö": one name in parts
    return out


def _before_noun(text: str, end: int, function_words: frozenset[str]) -> bool:
    nxt = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    return bool(nxt) and nxt.group().lower() not in function_words


def _np_heads(text: str, words: list, determiners: frozenset[str], function_words: frozenset[str]) -> set[int]:
    """Indexes of the head nouns of determined noun phrases: the last of the words that follow a
    determiner with only spaces between ("a witty and clever epidemiologist": epidemiologist)."""
    heads = set()
    for i, w in enumerate(words):
        if w.group().lower() not in determiners:
            continue
        head, j = None, i + 1
        while j < len(words) and j <= i + 5 and not text[words[j - 1].end() : words[j].start()].strip():
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


def _covered(spans: list[tuple[int, int]]):
    spans = sorted(spans)
    begins = [s for s, _ in spans]

    def inside(pos: int) -> bool:
        i = bisect.bisect_right(begins, pos) - 1
        return i >= 0 and spans[i][0] <= pos < spans[i][1]

    return inside


def _unknown_name(word: str, low: str, first: bool) -> bool:
    """A capitalised word that may name somebody or something: no common word (a sentence's first
    word only if it is rarer), or an acronym."""
    if word.isupper() and len(word) >= 2:
        return True
    return zipf(low) < (4.0 if first else 4.5)


@dataclass(frozen=True)
class Reach:
    before: list[Candidate]  # from the start of the reach up to the pronoun
    sentence: list[Candidate]  # the pronoun's own sentence up to it
    after: list[Candidate]  # the rest of its sentence

    def agrees(self, call: str) -> bool:
        """Whether anything in reach could be called `call`."""
        return any(call in c.calls for c in self.before + self.after)


def reach(ctx: Context, pronoun_start: int, pronoun_end: int) -> Reach:
    """The candidates within a pronoun's reach (the pronoun itself left out). Names take their
    gender from the sentences around, so the reach is read with the sentence after it."""
    text = ctx.text
    starts = sentence_starts(ctx)
    s = bisect.bisect_right(starts, pronoun_start) - 1
    windows = ctx._cache.setdefault("reach_windows", {})
    window = windows.get(s)
    if window is None:  # the same for every pronoun of the sentence
        window = [c for k in range(max(0, s - 1), min(len(starts), s + 2)) for c in sentence_candidates(ctx, k)]
        window = windows[s] = _gender_from_pronouns(text, window, starts)
    hi = starts[s + 1] if s + 1 < len(starts) else len(text)
    before = [c for c in window if c.start < pronoun_start]
    sentence = [c for c in before if c.start >= starts[s]]
    after = [c for c in window if pronoun_end <= c.start < hi]
    return Reach(before, sentence, after)


def words_between(text: str, start: int, end: int) -> list[str]:
    return compiled(r"\p{L}[\p{L}'’\-]*").findall(text[start:end])
