"""`audit glossary suggest`: new glossary entries for names the glossary lacks, with their observed
spellings, for a maintainer to review.

Names come from a NER model (`--ner-model`: person and organisation names, typed), or without one
from runs of capitalised words (two or more name words, not at a sentence start alone, not all
common English), typed by the words around them where they say it ("the group X", "Commander X"),
else "other". Spellings are clustered by transliteration key and rapidfuzz ratio (the cut-off
N002 uses), so "Mohamed al Rahmun" and "Mohammed al-Rahmoun" are one entry: the commonest
spelling is proposed as canonical, the others as variants.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import regex

from audit.language.lexicon import english, zipf
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

    @property
    def canonical(self) -> str:
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


def _not_name(word: str) -> bool:
    low = word.lower()
    data = english()
    return (low in data["function_words"] or low in _TITLES or low in data["person_heads"] or zipf(low) >= 5.0
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
        for s, e, etype in spans:
            name = text[s:e]
            if _known(glossary, name):
                continue
            c = by_key[name_key(name)]
            c.spellings[name] += 1
            c.types[etype] += 1
            c.documents.add(path)
    merged: list[tuple[str, Candidate]] = []
    for key, c in sorted(by_key.items(), key=lambda kc: -kc[1].mentions):
        for head_key, head in merged:
            if len(key.split()) == len(head_key.split()) and fuzz.ratio(key, head_key) >= _FUZZY_CUTOFF:
                head.spellings.update(c.spellings)
                head.types.update(c.types)
                head.documents |= c.documents
                break
        else:
            merged.append((key, c))
    return [c for _, c in merged]


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
        variants = sorted(s for s in c.spellings if s != canonical and s.lower() != canonical.lower())
        if variants:
            entry["variants"] = variants
        seen = ", ".join(f"{s} ×{k}" for s, k in c.spellings.most_common())
        entry["note"] = (f"suggested ({source}): {c.mentions} mentions in {len(c.documents)} documents: {seen}; "
                         "review the type, pronoun and which spelling is the house form")
        out.append(entry)
    return out


def to_yaml(items: list[dict], header: str) -> str:
    import yaml

    body = yaml.safe_dump({"entities": items}, sort_keys=False, allow_unicode=True, width=100)
    return "".join(f"# {line}\n" for line in header.splitlines()) + body
