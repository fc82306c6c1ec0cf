"""Pronouns: subject pronouns left by pro-drop sources, and pronouns that disagree with their antecedent."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cache

import regex

from audit.lexicon import english, zipf
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule
from audit.rules.reach import PERSONAL, last_before, reach, sentence_starts, words_between
from audit.rules.spans import compiled, is_headline, mid_sentence, sentence_initial, word_after

NON_PERSON_TYPES = {"organization", "group", "government", "media", "country", "event", "other"}
PLACE_TYPES = {"city", "province", "region", "place", "crossing", "base"}
_SPURIOUS = regex.compile(r"(?<![\p{L}\p{N}])(He|She|It|They)([ \t\u00a0]+)(?=\p{Ll})")


def _spurious_pronouns(ctx: Context) -> list[regex.Match]:
    """Capitalised subject pronouns in mid-sentence, before a lowercase word, outside headlines."""
    if "spurious" not in ctx._cache:
        text = ctx.text
        ctx._cache["spurious"] = [
            m for m in _SPURIOUS.finditer(text) if mid_sentence(text, m.start()) and not is_headline(text, m.start())
        ]
    return ctx._cache["spurious"]


@rule(
    "P001",
    "spurious-subject-pronoun",
    category=Category.GRAMMAR,
    severity=Severity.MAJOR,
    example="The Syrian Islamist group Hayat Tahrir al-Sham He posted on Telegram.",
)
def spurious_subject_pronoun(ctx: Context, emit: Emit) -> None:
    """A capitalised subject pronoun left in mid-sentence after its subject ("Hayat Tahrir al-Sham He posted").

    What it does: flags He/She/It/They written with a capital right after a word on the same
    line (no punctuation between) and before a lowercase word (the verb).

    Why is this bad: pro-drop source languages (Spanish, Italian, Arabic, Russian...) mark the
    subject on the verb; MT systems insert a pronoun, and when the subject was a name at a
    paragraph or link boundary the pronoun lands right after it, still capitalised.

    Never flagged: sentence starts, after a colon, dash or quotation mark, headlines in title case.

    Confidence: strongest after a glossary name or a capitalised word. After a lowercase word
    ("revenue It will") a lost full stop is the likelier reading: low confidence, and the fix
    restores the full stop instead.

    Fix: delete the pronoun; safe right after a glossary name (nothing else explains a capital
    pronoun there), unsafe after another word (a full stop before the pronoun is the other reading).
    """
    text = ctx.text
    ends = {m.end for m in ctx.mentions}
    for m in _spurious_pronouns(ctx):
        before = compiled(r"(\p{L}[\p{L}'’\-]*)[ \t\u00a0]*$").search(text[max(0, m.start() - 60) : m.start()])
        prev = before.group(1) if before else ""
        end_of_prev = m.start() - (len(text[: m.start()]) - len(text[: m.start()].rstrip()))
        if end_of_prev in ends:
            x, replacement = 3.0, ""
        elif prev[:1].isupper():
            x, replacement = 2.0, ""
        else:
            # after a lowercase word a lost full stop is as likely as a pro-drop trace
            x, replacement = -0.3, ". " + m.group(1) + m.group(2)
            previous = end_of_prev
            emit(
                previous,
                m.end(),
                x,
                f"'{m.group(1)}' is capitalised in mid-sentence: a full stop may be missing before it",
                replacement=replacement.rstrip() + " ",
                applicability=Applicability.UNSAFE,
                features={"after_glossary_name": 0.0, "lost_full_stop": 1.0},
            )
            continue
        emit(
            m.start(),
            m.end(),
            x,
            f"'{m.group(1)}' repeats the subject in mid-sentence (a pro-drop trace)",
            replacement=replacement,
            applicability=Applicability.SAFE if end_of_prev in ends else Applicability.UNSAFE,
            features={"after_glossary_name": float(end_of_prev in ends), "lost_full_stop": 0.0},
        )


_ARTICLE_PRONOUN = regex.compile(r"(?<![\p{L}\p{N}])(He|El)[ \t\u00a0]+(?=\p{Lu})")


@rule(
    "P002",
    "pronoun-for-article",
    category=Category.MISTRANSLATION,
    severity=Severity.MAJOR,
    example="He Syrian Observatory for Human Rights reported clashes.",
)
def pronoun_for_article(ctx: Context, emit: Emit) -> None:
    """"He" where the source had the article "El" before a name ("He Syrian Observatory").

    What it does: flags "He" (or an untranslated "El") right before a glossary name of an
    organisation, group, government body or medium, or before a capitalised word and one of the
    head nouns of such bodies (army, ministry, observatory... in audit/data/english.yaml).

    Why is this bad: Spanish "El Observatorio Sirio" is sometimes rendered "He Syrian
    Observatory": the article read as the pronoun "él".

    Fix (safe): "The" (or "the" in mid-sentence).
    """
    text = ctx.text
    starts = {m.start: m for m in ctx.mentions}
    heads = english()["collective_heads"]
    for m in _ARTICLE_PRONOUN.finditer(text):
        if is_headline(text, m.start()):
            continue
        name = starts.get(m.end())
        x = None
        if name is not None and not name.form.entity.is_person and name.form.entity.type in NON_PERSON_TYPES:
            x = 2.6
        else:
            # "He Syrian army", "He Turkish Defense Ministry": capitalised modifiers, then a head noun
            words, pos = [], m.end()
            while len(words) < 4 and (w := word_after(text, pos)):
                words.append(w.group())
                pos = w.end()
            for i, w in enumerate(words[1:], start=1):
                if w.lower() in heads:
                    if all(v[:1].isupper() for v in words[:i]) and zipf(words[0].lower()) < 5.0:
                        x = 1.6
                    break
                if not w[:1].isupper():
                    break
        if x is None:
            continue
        the = "the" if mid_sentence(text, m.start()) else "The"
        emit(
            m.start(1),
            m.end(1),
            x,
            f"'{m.group(1)}' stands for the article here: '{the}'",
            replacement=the,
            applicability=Applicability.SAFE,
        )


@dataclass
class _Referent:
    start: int
    end: int
    kind: str  # "thing", "person", "he", "she"
    transparent: bool = False  # inside a prepositional phrase: not a possessive's antecedent
    strong: bool = False  # a glossary entity (not just a head noun)
    country: bool = False
    quoted: tuple[int, int] | None = None  # the quotation it stands in, if any


_PRONOUN = regex.compile(r"(?<![\p{L}\p{N}'’\-])(his|him|he|she|her|His|He|She|Her|its|it|Its|It)(?![\p{L}\p{N}'’\-])")


def _referents(ctx: Context) -> list[_Referent]:
    """Possible antecedents in document order: glossary entities, noun-phrase heads, unknown names."""
    if "referents" in ctx._cache:
        return ctx._cache["referents"]
    data = english()
    text = ctx.text
    out: list[_Referent] = []
    mention_spans = []
    for m in ctx.mentions:
        e = m.form.entity
        mention_spans.append((m.start, m.end))
        if e.type in PLACE_TYPES:
            continue
        if e.is_person:
            kind = e.pronoun if e.pronoun in ("he", "she") else "person"
        elif e.type in NON_PERSON_TYPES:
            kind = "thing"
        else:
            continue
        transparent = _after_preposition(text, _np_start(text, m.start))
        out.append(_Referent(m.start, m.end, kind, transparent, True, e.type == "country"))
    spurious = {m.start() for m in _spurious_pronouns(ctx)}
    covered = {i for s, e in mention_spans for i in range(s, e)}
    for w in ctx.doc.words:
        word, low = w.group(), w.group().lower()
        if w.start() in covered or w.start() in spurious:
            continue
        if low in data["collective_heads"] and _determined(text, w.start()):
            out.append(_Referent(w.start(), w.end(), "thing", _after_preposition(text, _np_start(text, w.start()))))
        elif low in data["person_heads"] and low not in ("he", "she", "him", "whose"):
            out.append(_Referent(w.start(), w.end(), "person"))
        elif low in ("he", "him", "his"):
            out.append(_Referent(w.start(), w.end(), "he"))
        elif low in ("she", "her"):
            out.append(_Referent(w.start(), w.end(), "she"))
        elif _person_name(text, w):
            out.append(_Referent(w.start(), w.end(), "person"))  # an unknown name may be a person
    quotes = _quoted_spans(text)
    for r in out:
        r.quoted = _inside(quotes, r.start)
    out.sort(key=lambda r: r.start)
    ctx._cache["referents"] = out
    return out


def _name_like(word: str) -> bool:
    return word[:1].isupper() and not word.isupper() and word.lower() not in english()["function_words"]


def _person_name(text: str, w: regex.Match) -> bool:
    """An unknown name that may be a person's: two capitalised words ("Aron Lund") or a title and
    a name ("Commander Ghani", "Mr Smith"). A lone capitalised word is as often a place or a brand."""
    word = w.group()
    if not _name_like(word) or zipf(word.lower()) >= 3.5 or _modifies_head(text, w.end()):
        return False
    before = compiled(r"(\p{L}[\p{L}'’\-]*)[ \t\u00a0]+$").search(text[max(0, w.start() - 40) : w.start()])
    if before and (_name_like(before.group(1)) or before.group(1).lower() in english()["person_heads"]):
        return True
    nxt = word_after(text, w.end())
    return bool(nxt) and _name_like(nxt.group()) and zipf(nxt.group().lower()) < 3.5


def _modifies_head(text: str, end: int) -> bool:
    """'Islamist group', 'Syrian army': a capitalised word before a head noun is a modifier, not a name."""
    nxt = word_after(text, end)
    data = english()
    return bool(nxt) and nxt.group().lower() in data["collective_heads"] | data["person_heads"]


_QUOTED = regex.compile(r"“[^”\n]*”|\"[^\"\n]*\"|«[^»\n]*»")


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTED.finditer(text)]


def _inside(spans: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    i = bisect.bisect_right(spans, (pos, len(spans) and 10**12)) - 1
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return spans[i]
    return None


def _np_start(text: str, pos: int) -> int:
    """Walk back over a determiner and up to three modifiers to the start of a noun phrase."""
    words = list(compiled(r"\p{L}[\p{L}'’\-]*").finditer(text[max(0, pos - 80) : pos]))
    base = max(0, pos - 80)
    start = pos
    for w in reversed(words[-4:]):
        gap = text[base + w.end() : start]
        if gap.strip():
            break
        start = base + w.start()
        if w.group().lower() in english()["determiners"]:
            break
    return start


def _determined(text: str, pos: int) -> bool:
    start = _np_start(text, pos)
    first = compiled(r"\p{L}+").match(text[start:pos] or " ")
    return bool(first) and (first.group().lower() in english()["determiners"] or "’s" in text[start:pos] or "'s" in text[start:pos])


def _after_preposition(text: str, pos: int) -> bool:
    m = compiled(r"(\p{L}+)[ \t\u00a0]+$").search(text[max(0, pos - 30) : pos])
    return bool(m) and m.group(1).lower() in english()["prepositions"]


@rule(
    "P003",
    "personal-pronoun-for-organisation",
    category=Category.GRAMMAR,
    severity=Severity.MAJOR,
    example="The group Hayat Tahrir al-Sham said that his forces control the city.",
)
def personal_pronoun_for_organisation(ctx: Context, emit: Emit) -> None:
    """An organisation, group, government body or country referred to as he/his/him/she/her ("his forces").

    What it does: for each personal pronoun, finds the nearest plausible antecedent earlier in
    the sentence or in the previous sentence: glossary entities (their type), noun phrases with
    a head such as group, ministry, army or observatory, person nouns (commander, minister),
    unknown capitalised names (which may be people) and earlier pronouns (which pass on their own
    antecedent). If that antecedent is not a person, the pronoun should be it/its.

    Why is this bad: Spanish "su", French "son/sa" and Russian "его" do not mark the owner's
    gender or personhood; MT systems default to "his".

    Never flagged: a person named between the organisation and the pronoun ("HTS and its leader
    Ahmed al-Sharaa said his..."), a pronoun that points forward ("For his part, the commander"),
    countries called "her" (unless the country is the subject a few plain words before: "France
    reinforces her claims", or nothing within the pronoun's reach could be a woman: then at low
    confidence, "Russia is not interested in ties. Her priority is..."), noun phrases after a
    preposition ("the commander of HTS said he").

    Fix: its/it; safe for a possessive whose antecedent is a glossary organisation in the same
    sentence ("its" is then the one repair), unsafe otherwise.
    """
    for pronoun, referent, same_sentence in _resolved(ctx):
        low = pronoun.group().lower()
        if referent.kind != "thing" or low not in ("his", "him", "he", "she", "her"):
            continue
        if referent.country and low in ("she", "her") and not (
                low == "her" and _plain_gap(ctx.text, referent.end, pronoun.start())) and not (
                low == "her" and not reach(ctx, pronoun.start(), pronoun.end()).agrees("she")):
            continue  # "Britain and her allies" is a style; "France reinforces her claims" an MT slip
        if ctx.text[pronoun.end() : pronoun.end() + 1] == "/" or ctx.text[pronoun.start() - 1 : pronoun.start()] == "/":
            continue  # "his/her"
        replacement = _neuter(ctx.text, pronoun)
        # the antecedent search sees two sentences; a pronoun may point further back than that
        # a glossary entity is strong evidence; a head noun ("the company") is weak unless it is the
        # clause's subject just before (on the tuning half a quarter of the others were errors), the
        # more so when people were spoken of just before (the pronoun may be theirs)
        x = 2.0 if referent.strong else (-0.1 - (1.2 if _recent_person(ctx, pronoun.start()) else 0.0))
        evidence = {
            "glossary_referent": float(referent.strong),
            "previous_sentence": float(not same_sentence),
            "subject_or_object": float(low in ("he", "she", "him")),
            "feminine": float(low in ("she", "her")),  # ships, cars and countries are "she" by style
            "country": float(referent.country),
            # the further back the antecedent, the likelier a noun between owns the pronoun
            "distance": min(20, len(compiled(r"\p{L}+").findall(ctx.text[referent.end : pronoun.start()]))) / 5,
            # the clause's subject a few plain words before its possessive: "Iraq has his own list"
            "local": float(same_sentence and low in ("his", "her") and _plain_gap(ctx.text, referent.end, pronoun.start())),
        }
        x -= 2.5 * evidence["previous_sentence"] + 2.8 * evidence["subject_or_object"]
        x -= 1.0 * evidence["feminine"] + 0.4 * evidence["country"]
        x += 1.5 * evidence["local"]
        # a glossary body's possessive in its own sentence: on the tuning half all such "his" were errors
        x += 0.8 * float(referent.strong and same_sentence and low in ("his", "her"))
        emit(
            pronoun.start(),
            pronoun.end(),
            x,
            f"'{pronoun.group()}' refers to '{ctx.doc.text[referent.start:referent.end]}', which is not a person",
            replacement=replacement,
            alternatives=[_plural(replacement, low)],  # a body may be "they" in British usage
            applicability=Applicability.SAFE if referent.strong and same_sentence and low in ("his", "her")
            else Applicability.UNSAFE,
            features=evidence,
        )


def _plural(neuter: str, low: str) -> str:
    """The plural alternative to a neuter fix: its -> their, it -> they (a subject) or them."""
    plural = "their" if neuter.lower() == "its" else "they" if low in ("he", "she") else "them"
    return plural.capitalize() if neuter[0].isupper() else plural


def _recent_person(ctx: Context, pos: int, sentences: int = 3) -> bool:
    """Whether a person (name, person noun or he/she pronoun) was mentioned in the last few sentences."""
    starts = sentence_starts(ctx)
    i = bisect.bisect_right(starts, pos) - 1
    since = starts[max(0, i - sentences)]
    return any(since <= r.start < pos and r.kind in ("person", "he", "she") for r in _referents(ctx))


def _neuter(text: str, pronoun: regex.Match) -> str:
    word = pronoun.group()
    low = word.lower()
    if low == "her":
        nxt = word_after(text, pronoun.end())
        low_out = "its" if nxt and nxt.group().lower() not in english()["function_words"] else "it"
    else:
        low_out = english()["personal_to_neuter"][low]
    return low_out.capitalize() if word[0].isupper() else low_out


def _resolved(ctx: Context):
    """Yield (pronoun match, antecedent referent, same sentence?) for every resolvable pronoun."""
    if "resolved" in ctx._cache:
        yield from ctx._cache["resolved"]
        return
    text = ctx.text
    referents = _referents(ctx)
    ref_starts = [r.start for r in referents]
    quotes = _quoted_spans(text)
    starts = sentence_starts(ctx)
    spurious = {m.start() for m in _spurious_pronouns(ctx)}
    resolution: dict[int, _Referent] = {}
    out = []
    for p in _PRONOUN.finditer(text):
        if p.start() in spurious:
            continue
        s_idx = bisect.bisect_right(starts, p.start()) - 1
        sentence_start = starts[s_idx]
        window_start = starts[max(0, s_idx - 1)]
        if _cataphoric(text, p, sentence_start, referents):
            continue
        here = bisect.bisect_left(ref_starts, p.start())
        inside = _inside(quotes, p.start())

        def eligible(r: _Referent) -> bool:
            if r.transparent and r.kind == "thing":
                return False
            return r.quoted is None or r.quoted == inside  # a quotation does not bind a pronoun outside it

        # nearest candidate earlier in the sentence; else the previous sentence's first (its subject).
        # A subject pronoun (he, she) looks no further than its own sentence.
        current = [r for r in referents[bisect.bisect_left(ref_starts, sentence_start) : here] if eligible(r)]
        subject = p.group().lower() in ("he", "she")
        previous = [
            r for r in referents[bisect.bisect_left(ref_starts, window_start) : here]
            if eligible(r) and r.start < sentence_start
        ]
        # a bare head noun ("the city") is an antecedent only as the sentence's subject (its first
        # noun phrase); names, people and earlier pronouns are antecedents anywhere
        salient = [r for i, r in enumerate(current) if i == 0 or r.strong or r.kind != "thing"]
        if salient:
            r = salient[-1]
        else:
            r = previous[0] if previous and not subject else None

        antecedent = None
        if r is not None:
            if r.kind in ("he", "she") and not r.strong:
                # an earlier pronoun passes on its own antecedent
                antecedent = resolution.get(r.start, _Referent(r.start, r.end, "person"))
            else:
                antecedent = r
        if antecedent is None:
            continue
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
    ctx._cache["resolved"] = out
    yield from out


_CLAUSE_WORDS = {"that", "who", "whom", "whose", "which", "said", "says", "told", "according", "when", "while"}


def _local(text: str, r: _Referent, pronoun: regex.Match, current: list[_Referent]) -> bool:
    """A possessive a few plain words after its antecedent, nothing between that could own it
    ("Iraq has his own list", "Lebanon is on his way", "Russia and his right"): the antecedent
    is the clause's subject, whoever else the sentence names."""
    if pronoun.group().lower() not in ("his", "her", "its") or not current or current[-1] is not r or r.kind != "thing":
        return False
    return _plain_gap(text, r.end, pronoun.start())


def _plain_gap(text: str, start: int, end: int) -> bool:
    """At most three plain words between an antecedent and a possessive: no punctuation, no name,
    no preposition (it opens an adjunct whose possessive may be somebody else's: "during his
    trip"), no clause word."""
    between = text[start:end]
    words = words_between(text, start, end)
    if len(words) > 3 or compiled(r"[,;:()\"“”«»]").search(between):
        return False
    blocked = _CLAUSE_WORDS | english()["prepositions"]
    return not any(w[0].isupper() or w.lower() in blocked for w in words)


def _cataphoric(text: str, pronoun: regex.Match, sentence_start: int, referents: list[_Referent]) -> bool:
    """'For his part, the commander...': a pronoun before the first comma that points forward to a person."""
    comma = text.find(",", sentence_start)
    if comma == -1 or comma < pronoun.start() or text[sentence_start:comma].count(" ") > 6:
        return False
    limit = comma + 120
    return any(r.kind in ("person", "he", "she") and comma < r.start < limit for r in referents)


@rule(
    "P004",
    "pronoun-disagrees-with-person",
    category=Category.GRAMMAR,
    severity=Severity.MAJOR,
    example="Asma al-Assad thanked his supporters.",
)
def pronoun_disagrees_with_person(ctx: Context, emit: Emit) -> None:
    """A person referred to as it/its, or by a pronoun that contradicts the glossary ("Asma al-Assad ... his").

    What it does: uses the same antecedent search as P003. When the nearest antecedent is a
    glossary person whose pronoun is he or she, a possessive of the other gender (his, her) is
    flagged; he, she and him are not, as they as often point to another person the text has
    not named. When
    "its" follows a glossary person with only linking words between ("al-Assad and its
    allies"), it is flagged too ("it" is not: it is as often impersonal, "it is possible").

    A subject "he" or "she" followed in its clause by "its" with only a verb between ("he earned
    its sixth victory", "she cupped its father's cheeks") is flagged, most surely before what
    only a person has (father, hands, career; data in audit/data/english.yaml); not after a
    reporting verb ("he praised its work": a company's), and before anything else only where
    nothing within its reach (below) could be the thing it means ("The laptop froze. He pressed
    its power button"). A possessive of the other gender after
    "he" or "she" ("she needs to save his sister") is flagged only where the document names no
    person of that gender and nothing within the possessive's reach (below) could be one: a name
    whose gender is unknown there keeps it silent, one elsewhere lowers the confidence.

    A possessive that nothing within its reach (its sentence so far, the sentence before and the
    rest of its own sentence) could be called by is flagged when the nearest antecedent before it
    in its sentence is surely a person: "its" where the reach names no thing at all ("Ahmad
    al-Awda has never complained, not even while enduring its severe illness"), "her" where it
    names no woman and no one of unknown gender ("he bought her first camera"). Any unknown name,
    any noun after a determiner and any earlier "it" count as things that "its" could mean (a
    possessive does not: it may be the wrong one); a name takes the gender of the "he" or "she"
    that next refers to it and may still be a thing (audit/rules/reach.py).

    Fix (unsafe): the person's pronoun from the glossary, or from the subject pronoun; for "its"
    after a person of unknown gender, no fix (his, her or their).
    """
    _its_after_subject_pronoun(ctx, emit)
    _possessive_of_other_gender(ctx, emit)
    text = ctx.text
    forms = {"he": {"his": "his", "him": "him", "he": "he", "her": "his", "she": "he"},
             "she": {"his": "her", "him": "her", "he": "she", "her": "her", "she": "she"}}
    for pronoun, referent, same_sentence in _resolved(ctx):
        low = pronoun.group().lower()
        if referent.kind not in ("he", "she") or not referent.strong or not same_sentence:
            continue
        if low == "it":
            continue  # "it" is as often impersonal ("it is possible")
        if low == "its":
            between = compiled(r"\p{L}+").findall(text[referent.end : pronoun.start()])
            if len(between) > 4 or any(w.lower() not in english()["linking_words"] for w in between):
                continue
            target = "his" if referent.kind == "he" else "her"
            x = 0.9
        elif low in ("he", "she", "him"):
            continue  # "Asma ... fought with him when he wanted her back": another person, unnamed
        else:
            target = forms[referent.kind][low]
            if target == low:
                continue
            x = 1.0
        replacement = target.capitalize() if pronoun.group()[0].isupper() else target
        emit(
            pronoun.start(),
            pronoun.end(),
            x,
            f"'{pronoun.group()}' refers to {text[referent.start:referent.end]}, whom the glossary calls '{referent.kind}'",
            replacement=replacement,
            applicability=Applicability.UNSAFE,
        )
    _person_pronoun_without_agreement(ctx, emit)


def _person_pronoun_without_agreement(ctx: Context, emit: Emit) -> None:
    """its, his or her where nothing in reach could be called so and the nearest antecedent before
    it in its sentence is surely a person of another kind: "Ahmad al-Awda has never complained,
    not even while enduring its severe illness", "he bought her first camera" (audit.rules.reach)."""
    text = ctx.text
    function_words, speech_words = english()["function_words"], english()["speech_words"]
    for p in _ANY_POSSESSIVE.finditer(text):
        low = p.group().lower()
        nxt = word_after(text, p.end())
        if not nxt or nxt.group().lower() in function_words or is_headline(text, p.start()):
            continue  # "her" as an object
        if "/" in text[max(0, p.start() - 1) : p.end() + 1]:
            continue
        call = PERSONAL[low]
        first = last_before(ctx, p.start())  # a cheap look before the whole reach is read
        if first is None or not (first.sure in ("he", "she", "person") and first.sure != call
                                 or not first.sure and {"he", "she"} <= first.calls):
            continue
        near = reach(ctx, p.start(), p.end())
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
            "pronoun_owner": float(text[owner.start : owner.end].lower() in PERSONAL),
            "words_between": min(12, len(between)) / 4,
            "possession": float(_possessed(text, p.end())),
        }
        x = 1.0 - 1.0 * evidence["unknown_gender"] - 0.2 * evidence["words_between"] + 0.5 * evidence["possession"]
        replacement = (target.capitalize() if p.group()[0].isupper() else target) if target else None
        emit(
            p.start(),
            p.end(),
            x,
            f"'{p.group()}' belongs to '{ctx.doc.text[owner.start:owner.end]}', and nothing near it is "
            + ("a thing" if call == "it" else f"a '{call}'") + (f": '{target}'" if target else ": his, her or their"),
            replacement=replacement,
            alternatives=[] if target else ["his", "her", "their"],
            applicability=Applicability.UNSAFE,
            features={**evidence, "nothing_agrees": 1.0},
        )


_ANY_POSSESSIVE = regex.compile(r"(?<![\p{L}'’\-])(his|her|its|His|Her|Its)(?![\p{L}'’\-])")
_ITS = regex.compile(r"(?<![\p{L}'’\-])(its|Its)(?![\p{L}'’\-])")
_POSSESSIVE = regex.compile(r"(?<![\p{L}'’\-])(his|her|His|Her)(?![\p{L}'’\-])")


@cache
def _owner_words() -> frozenset[str]:
    """Words that, between a subject and a possessive, open another owner for it: a determiner,
    a preposition, a reporting verb, a clause."""
    data = english()
    return data["determiners"] | data["prepositions"] | data["reporting_verbs"] | _CLAUSE_WORDS


def _clause_subject(ctx: Context, pronoun: regex.Match) -> tuple[regex.Match | None, list[str]]:
    """The subject pronoun he/she a few plain words before `pronoun` in its sentence, and the
    words between; (None, []) if anything between could be the possessive's owner."""
    text = ctx.text
    starts = sentence_starts(ctx)
    sentence_start = starts[bisect.bisect_right(starts, pronoun.start()) - 1]
    words = list(compiled(r"\p{L}[\p{L}'’\-]*").finditer(text, sentence_start, pronoun.start()))
    for i in range(len(words) - 1, max(-1, len(words) - 6), -1):
        w = words[i]
        if w.group().lower() in ("he", "she"):
            between = [x.group() for x in words[i + 1 :]]
            gap = text[w.end() : pronoun.start()]
            if compiled(r"[,;:()\"“”«»]").search(gap):
                return None, []
            blocked = _owner_words()
            if any(b[0].isupper() or (b.lower() in blocked and b.lower() != "and") for b in between):
                return None, []
            return w, between
    return None, []


def _possessed(text: str, end: int) -> bool:
    """Whether one of the two words after a possessive is something only a person has."""
    after = compiled(r"\p{L}[\p{L}'’\-]*").findall(text[end : end + 40])[:2]
    return any(a.lower().removesuffix("'s").removesuffix("’s") in english()["personal_possessions"] for a in after)


def _kin_owner(ctx: Context, pronoun: regex.Match) -> tuple[str | None, list[str]]:
    """For "its" before what only a person has ("its wife", "its career"): the pronoun of the
    nearest person earlier in the sentence (a he/she, a name, a person noun) and the words
    between, if nothing between could own it (a determiner opens another noun, a reporting verb
    another clause, a capitalised word another name)."""
    text = ctx.text
    nxt = compiled(r"[ \t\u00a0]+(\p{L}+)(?:[ \t\u00a0]+(\p{L}+))?").match(text, pronoun.end())
    if not nxt or nxt.group(1).lower() not in english()["person_only_possessions"] or (nxt.group(2) or "").lower() == "of":
        return None, []
    starts = sentence_starts(ctx)
    sentence_start = starts[bisect.bisect_right(starts, pronoun.start()) - 1]
    people = [r for r in _referents(ctx) if sentence_start <= r.start < pronoun.start()]
    if not people or people[-1].kind not in ("person", "he", "she") or text[people[-1].start : people[-1].end].lower() == "her":
        return None, []
    owner = people[-1]
    between = words_between(text, owner.end, pronoun.start())
    blocked = english()["determiners"] | english()["reporting_verbs"]
    if len(between) > 10 or any(b[0].isupper() or b.lower() in blocked for b in between):
        return None, []
    if compiled(r"[;:()\"“”«»]").search(text, owner.end, pronoun.start()):
        return None, []
    word = text[owner.start : owner.end].lower()
    data = english()
    gender = ("he" if owner.kind == "he" or word in data["male_heads"] else
              "she" if owner.kind == "she" or word in data["female_heads"] else None)
    return (gender or "they"), between


def _its_after_subject_pronoun(ctx: Context, emit: Emit) -> None:
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
            emit(m.start(), m.end(), 1.2 - 0.1 * len(between) - 1.0 * (gender == "they"),
                 f"'{m.group()}' belongs to a person named before it: '{person}'",
                 replacement=person.capitalize() if m.group()[0].isupper() else person,
                 applicability=Applicability.UNSAFE,
                 features={"kin_owner": 1.0, "words_between": len(between) / 4, "unknown_gender": float(gender == "they")})
            continue
        person = "his" if subject.group().lower() == "he" else "her"
        possession = float(_possessed(text, m.end()))
        if not possession and reach(ctx, m.start(), m.end()).agrees("it"):
            continue  # "The laptop froze. He pressed its power button": the laptop's
        evidence = {"possession": possession, "words_between": len(between) / 4,
                    "and_only": float(between == ["and"])}
        emit(m.start(), m.end(), -0.8 + 2.5 * possession,
             f"'{m.group()}' belongs to '{subject.group()}', a person: '{person}'",
             replacement=person.capitalize() if m.group()[0].isupper() else person,
             applicability=Applicability.UNSAFE, features=evidence)


def _gendered_mentions(ctx: Context) -> tuple[set[str], bool]:
    """The genders the document names people of ('he', 'she'), and whether it names a person of
    unknown gender (an unknown name, a glossary person without a pronoun)."""
    if "gendered" in ctx._cache:
        return ctx._cache["gendered"]
    data = english()
    genders: set[str] = set()
    unknown = False
    for r in _referents(ctx):
        word = ctx.text[r.start : r.end].lower()
        if r.kind in ("he", "she") and word not in ("his", "her"):
            genders.add(r.kind)
        elif r.kind == "person":
            if word in data["male_heads"]:
                genders.add("he")
            elif word in data["female_heads"]:
                genders.add("she")
            elif word not in data["person_heads"]:
                unknown = True
    ctx._cache["gendered"] = (genders, unknown)
    return genders, unknown


def _possessive_of_other_gender(ctx: Context, emit: Emit) -> None:
    text = ctx.text
    for m in _POSSESSIVE.finditer(text):
        low = m.group().lower()
        nxt = word_after(text, m.end())
        if not nxt or nxt.group().lower() in english()["function_words"]:
            continue  # "her" as an object
        subject, between = _clause_subject(ctx, m)
        if subject is None or is_headline(text, m.start()):
            continue
        gender = subject.group().lower()
        other = "he" if gender == "she" else "she"
        if (gender, low) not in (("he", "her"), ("she", "his")):
            continue
        genders, unknown = _gendered_mentions(ctx)
        if other in genders or reach(ctx, m.start(), m.end()).agrees(other):
            continue  # somebody of that gender, or a name of unknown gender near it, may own it
        right = "his" if gender == "he" else "her"
        evidence = {"possession": float(_possessed(text, m.end())), "unknown_person": float(unknown),
                    "words_between": len(between) / 4}
        emit(m.start(), m.end(), 0.5 + evidence["possession"] - 1.5 * evidence["unknown_person"],
             f"'{m.group()}' belongs to '{subject.group()}': '{right}'",
             replacement=right.capitalize() if m.group()[0].isupper() else right,
             applicability=Applicability.UNSAFE, features=evidence)
