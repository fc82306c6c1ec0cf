"""`audit glossary suggest`: new glossary entries for names the glossary lacks, with their observed
spellings, for a maintainer to review.

Names come from a NER model (`--ner-model`: person and organisation names, typed), or without one
from runs of capitalised words (two or more name words, not at a sentence start alone, not all
common English), typed by the words around them where they say it ("the group X", "Commander X"),
else "other". Spellings are clustered by transliteration key and rapidfuzz ratio (the cut-off
N002 uses), so "Mohamed al Rahmun" and "Mohammed al-Rahmoun" are one entry.

The romanisation conventions (audit/data/romanisation.yaml, as the name rules N007 and N009 read
them) say which spelling is the English one: a word written the German, French, Spanish... way
("Peskow", "Wenediktowa") is written out the English way ("Peskov", "Venediktova"), so a feed's
spellings of one name meet under their English form even where the transliteration key keeps them
apart; single words the conventions explain are names too, and a name's last word alone joins its
entry ("Wenediktowa" after "Iryna Wenediktowa": a variant, with "Venediktova" as an alias). The
canonical form proposed is the English spelling (the feed's, else written from the conventions,
and the note says so), the feed's other spellings its variants. Without conventions to go by, the
commonest spelling is canonical.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache

import regex

import audit.rules  # noqa: F401 - the rules package before audit.language.names: they import one another
from audit.language.lexicon import english, zipf
from audit.language.romanisation import accepted_key
from audit.language.transliteration import name_key

_TITLES = {"mr", "mrs", "ms", "dr", "president", "minister", "commander", "general", "sheikh", "king", "prince",
           "leader", "spokesman", "spokeswoman", "envoy", "ambassador", "chief", "colonel", "captain"}
_LINKERS = {"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "bin", "ibn", "abu", "abd", "de", "da", "di",
            "del", "van", "von", "der", "le", "la", "of", "for", "and"}


@dataclass
class Candidate:
    spellings: Counter = field(default_factory=Counter)
    types: Counter = field(default_factory=Counter)
    documents: set = field(default_factory=set)
    english: Counter = field(default_factory=Counter)  # the English forms the conventions give

    @property
    def canonical(self) -> str:
        """The English form: the feed's spelling that the conventions write the English way (its
        commonest), else the form they write; without one, the commonest spelling."""
        if self.english:  # the full name's, where the feed also writes its last word alone
            form = max(self.english.items(), key=lambda fk: (len(fk[0].split()), fk[1]))[0]
            seen = [s for s, _ in self.spellings.most_common() if accepted_key(s) == accepted_key(form)]
            return seen[0] if seen else form
        return self.spellings.most_common(1)[0][0]  # the commonest; on a tie, the first seen

    @property
    def mentions(self) -> int:
        return sum(self.spellings.values())


def heuristic_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, type) of capitalised multi-word names: the fallback without a NER model."""
    from audit.language.names import NAME_RUN as _NAME_RUN

    out = []
    for run in _NAME_RUN.finditer(text):
        words = list(regex.finditer(r"\S+", run.group()))
        heads = [i for i, w in enumerate(words) if w.group().lower() in _TITLES | english()["person_heads"]]
        titled = bool(heads) and heads[-1] < len(words) - 1
        if titled:  # "Interior Minister Mohamed al Rahmun": the name follows the title
            words = words[heads[-1] + 1 :]
        # leading common words, titles and demonyms are no part of the name ("The", "Interior
        # Minister", "Syrian"); a title says it is a person's
        while words and _not_name(words[0].group()):
            titled = titled or words[0].group().lower() in _TITLES | english()["person_heads"]
            words.pop(0)
        while words and (words[-1].group().lower() in _LINKERS or _not_name(words[-1].group())):
            words.pop()
        content = [w.group() for w in words if w.group().lower() not in _LINKERS]
        if len(content) < 2 or all(zipf(w.lower().split("-")[-1]) >= 4.0 for w in content):
            continue  # one word, or common English words only ("Prime Minister")
        s, e = run.start() + words[0].start(), run.start() + words[-1].end()
        out.append((s, e, "person" if titled else _guess_type(text, s, e)))
    return out


_WORD = regex.compile(r"(?<![\p{L}\-'’])\p{Lu}[\p{Ll}\p{M}]{4,}(?![\p{L}])")


def english_word(word: str) -> str | None:
    """The English spelling of one name word written in another language's convention, as N007
    (a spelling English knows) and N009 (a Cyrillic name's BGN/PCGN form) read it; else None."""
    from audit.language.origins import best_reading, native_ending_marks, own_names
    from audit.rules.foreign_romanisation import (
        UNKNOWN,
        cyrillic_spelling,
        english_spelling,
    )

    if zipf(word.casefold()) >= UNKNOWN:
        return None
    found, reading = english_spelling(word), cyrillic_spelling(word)
    if reading is not None and reading.slavic and (found is None or reading.zipf > found[3]):
        found = (reading.english, reading.lang, reading.marks, reading.zipf)
    if found is None:
        reading = best_reading(word)
        if reading is None or not reading.slavic or own_names(reading.lang) or reading.zipf > 0 \
                or len(reading.marks) - native_ending_marks(word, reading) < 2:
            return None
        found = (reading.standard,)
    return found[0][:1].upper() + found[0][1:] if word[:1].isupper() else found[0]


def english_form(name: str) -> str | None:
    """The name with each word the conventions explain written the English way ("Dmitri Peskow"
    -> "Dmitri Peskov"), or None where none is."""
    out, changed = [], False
    for part in regex.split(r"([\s\-]+)", name):
        english_part = english_word(part) if part.strip() and not regex.match(r"[\s\-]", part) else None
        out.append(english_part or part)
        changed = changed or english_part is not None
    return "".join(out) if changed else None


def convention_words(text: str, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Single capitalised words outside the names found that the conventions write another way
    ("Selenskyj" alone): names too, of a type the words around say."""
    out = []
    for m in _WORD.finditer(text):
        if any(s <= m.start() < e for s, e, _ in taken) or english_word(m.group()) is None:
            continue
        out.append((m.start(), m.end(), _guess_type(text, m.start(), m.end())))
    return out


@cache
def _calendar() -> frozenset[str]:
    """English month and weekday names (CLDR through babel): "On Friday Wenediktowa said" holds no
    two-word name."""
    from babel.dates import get_day_names, get_month_names

    return frozenset(n.lower() for n in [*get_day_names("wide", locale="en").values(),
                                         *get_month_names("wide", locale="en").values()])


def _not_name(word: str) -> bool:
    low = word.lower()
    data = english()
    return (low in data["function_words"] or low in _TITLES or low in data["person_heads"] or zipf(low) >= 5.0
            or low in _calendar()
            or (low.endswith(("ian", "ish", "ese", "ist")) and zipf(low) >= 3.0))


def _guess_type(text: str, start: int, end: int) -> str:
    data = english()
    inside = [w.lower() for w in regex.findall(r"\p{L}+", text[start:end])]
    if any(w in data["collective_heads"] for w in inside):
        return "organization"
    before = regex.findall(r"\p{L}+", text[max(0, start - 30) : start])
    if before and (before[-1].lower() in _TITLES or before[-1].lower() in data["person_heads"]):
        return "person"
    if before and before[-1].lower() in data["collective_heads"]:
        return "organization"
    return "other"


def _known(glossary, name: str) -> bool:
    from rapidfuzz import fuzz, process

    from audit.language.names import FUZZY_CUTOFF as _FUZZY_CUTOFF

    key = name_key(name)
    if not key or key in glossary.keys or glossary.lookup(name):
        return True
    keys = list(glossary.keys)
    return bool(keys) and process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF) is not None


def collect(documents, glossary, recogniser=None) -> list[Candidate]:
    """Cluster the names the glossary lacks over (path, text) pairs, commonest first."""
    from rapidfuzz import fuzz

    from audit.language.names import FUZZY_CUTOFF as _FUZZY_CUTOFF

    by_key: dict[str, Candidate] = defaultdict(Candidate)
    for path, text in documents:
        if recogniser is not None:
            spans = [(s, e, t) for s, e, t, _ in recogniser.spans(text)]
        else:
            spans = heuristic_names(text)
        spans += convention_words(text, spans)
        for s, e, etype in spans:
            name = text[s:e]
            if _known(glossary, name):
                continue
            english_name = english_form(name)
            c = by_key[name_key(english_name or name)]  # spellings meet under their English form
            c.spellings[name] += 1
            c.types[etype] += 1
            c.documents.add(path)
            if english_name is not None:
                c.english[english_name] += 1
    merged: list[tuple[str, Candidate]] = []
    for key, c in sorted(by_key.items(), key=lambda kc: -kc[1].mentions):
        for head_key, head in merged:
            if len(key.split()) == len(head_key.split()) and fuzz.ratio(key, head_key) >= _FUZZY_CUTOFF:
                head.spellings.update(c.spellings)
                head.types.update(c.types)
                head.documents |= c.documents
                head.english.update(c.english)
                break
        else:
            merged.append((key, c))
    # a name's last word alone ("Wenediktowa" after "Iryna Wenediktowa") is the same entry
    out = []
    for key, c in merged:
        heads = [h for k, h in merged if len(k.split()) > 1 and len(key.split()) == 1 and k.split()[-1] == key]
        if len(heads) == 1:
            heads[0].spellings.update(c.spellings)
            heads[0].documents |= c.documents
            heads[0].english.update(c.english)
        else:
            out.append(c)
    return sorted(out, key=lambda c: -c.mentions)


def _slug(text: str) -> str:
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return regex.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-") or "name"


def entries(candidates: list[Candidate], glossary, min_count: int, source: str) -> list[dict]:
    """Glossary entries (docs/glossary-format.md) for candidates seen at least min_count times."""
    taken = {e.id for e in glossary.entities}
    out = []
    for c in candidates:
        if c.mentions < min_count:
            continue
        canonical = c.canonical
        # the type any mention showed ("Commander X" once is enough), else "other"
        etype = next((t for t, _ in c.types.most_common() if t != "other"), "other")
        ident = base = _slug(canonical)
        n = 2
        while ident in taken:
            ident, n = f"{base}-{n}", n + 1
        taken.add(ident)
        entry = {"id": ident, "canonical": canonical, "type": etype}
        if etype == "person":
            entry["pronoun"] = "they"  # a maintainer sets he or she
        others = [s for s in c.spellings if s != canonical and s.lower() != canonical.lower()]
        words = len(canonical.split())
        # every other spelling of the full name is a variant (the maintainer keeps one house form);
        # the last word alone is an alias written the English way, a variant where the feed did not
        aliases = set()
        for s in others:
            if len(s.split()) < words:
                aliases.add(english_form(s) or s)
        variants = sorted(s for s in others if s not in aliases)
        aliases = sorted(aliases)
        if aliases:
            entry["aliases"] = aliases
        if variants:
            entry["variants"] = variants
        seen = ", ".join(f"{s} ×{k}" for s, k in c.spellings.most_common())
        how = ("; the canonical form is written from the romanisation conventions, not seen in the feed"
               if canonical not in c.spellings else "")
        if c.english:  # what other conventions would write, for variants to come
            from audit.language.origins import spellings

            last = canonical.split()[-1]
            other = {lang: spellings(last, lang) for lang in ("de", "fr", "es", "it")}
            written = ", ".join(f"{lang} {form}" for lang, form in other.items() if form and form not in c.spellings)
            how += f"; other conventions write '{last}' as {written}" if written else ""
        entry["note"] = (f"suggested ({source}): {c.mentions} mentions in {len(c.documents)} documents: {seen}{how}; "
                         "review the type, pronoun and which spelling is the house form")
        out.append(entry)
    return out


def to_yaml(items: list[dict], header: str) -> str:
    import yaml

    body = yaml.safe_dump({"entities": items}, sort_keys=False, allow_unicode=True, width=100)
    return "".join(f"# {line}\n" for line in header.splitlines()) + body
