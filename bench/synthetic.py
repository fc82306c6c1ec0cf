#!/usr/bin/env python3
"""A reproducible synthetic gold corpus: MT artifacts injected into clean English, with exact truth.

    python bench/synthetic.py [--seed 2023] [--out bench/corpus/synthetic] [--corpora DIR] [--per-class 1100]

Input: clean English, one segment per line: the WMT23 English originals
(`generaltest2023.en-de.src.en`) and every human reference (`*.ref.refA.en`) in `--corpora`
(default `../shared/corpora/wmt23`, beside the checkout), with the slips listed in
bench/corpus/errata.jsonl corrected first (audit/evaluation/errata.py). Empty lines, lines with letters of a
non-Latin script (some references keep untranslated source text) and repeated lines (only the
first occurrence is kept, so the two halves share no line) are dropped.

Split: each file's remaining lines are cut into documents of 6-12 consecutive lines; runs of four
neighbouring documents are dealt, in a seeded order, alternately to `tune` and `heldout`, so the
halves never share a line (and rarely an article). Within a half a source document is used again
and again, with different injections each time, until every class has its quota; never across halves.

Counts: about 20% of the generated documents are left untouched and marked `"clean": true` (they
measure false alarms). Every other document gets 1-4 artifacts, non-overlapping, at least three
words apart and at most one per sentence (a quotation-mark pair counts as one). Classes are drawn
in proportion to what each still lacks, so every one of the 8 classes ends with at least
`--per-class` artifacts in each half (and at most about 1.35 times as many).

Every artifact is an edit of the clean text: `quote` is the injected text at `start` (0-based
code points in the injected `text`), `corrections[0]` the clean text it replaced; further
corrections are other acceptable fixes. The script asserts, for every document, that the quotes
are where they are said to be and that applying the first corrections (last first) gives back
the clean text byte for byte. Injections never touch a URL, e-mail, number or code-like token.

How each class is injected (`kind` in brackets):
- merged-words: the space deleted between two alphabetic words next to a proper noun
  [name-glue] or a glossary name [link-glue], ". " deleted before a capitalised sentence start
  ("countryThe") [sentence-glue], or the space after , ; : . between two letters [punct-glue];
  only where the glued token is no English word (wordfreq).
- spurious-pronoun: a capitalised subject pronoun inserted between a subject (a glossary name,
  or a proper-noun phrase not at a sentence start) and its verb (an auxiliary, or a common word
  in -ed/-s) [subject-pronoun]; "The" before a glossary body at a sentence start becomes "He",
  the Spanish article "El" read as "Él" [article-he].
- pronoun-agreement: the first its/their after an organisation, group, state or place (a
  glossary entity, or a noun phrase headed by an organisation noun from audit/data/english.yaml)
  in the same or the next sentence, with no person, other body or singular noun phrase in
  between, becomes "his" [org-his] or, for its, "her" [org-her]; its subject "it" before a verb
  such as said/will/has becomes "he" [org-he]. After a person (He/She, a glossary person, found
  or written in place of a sentence-initial He/She) the person's his/her in the same sentence
  becomes "its" [person-its] or the other gender [wrong-gender]. The clean corpus has few such
  pronouns (266 "its" in all), so these sites are reused most; a glossary antecedent is often
  swapped for another body or state of its type to vary them.
- name-variant: a glossary name replaced by a listed variant [variant], or by a spelling made with
  the source language's romanisation (fr sh>ch, u>ou, Abou; de sh>sch, j>dsch, v>w; es j>y,
  kh>j; tr sh>ş, j>c, el-/eş-; it sh>sc) that no entity lists and that the auditor's romanisation
  tables explain as that language's (audit/romanisation.py) [unseen-transliteration], or an entity
  with a `gloss` named by its gloss translated word by word ("the Movement of Islamic Resistance"
  for Hamas) [calque]. Spellings
  that differ from the glossary's only as accepted English spellings do (vowels, doubled letters,
  the article's hyphen) are no artifact and are never injected.
- source-residue: a glossary name replaced by one of its source-language acronyms [acronym] or
  exonyms [exonym].
  For these two classes, where the document names no suitable entity, one is written into BOTH
  texts first: a sentence-initial He/She becomes a glossary person with that pronoun, or a glossary
  country/place/body becomes another entity of its kind (Syria's glossary weighted up).
- foreign-quotes: both marks of a "..." or “...” pair become « » (with or without inner spaces),
  „ “, » « or ‹ › [guillemets, guillemets-spaced, low-high, reversed-guillemets, single-guillemets].
- capitalisation: a function word capitalised mid-sentence [function-word]; a sentence start
  after ". " inside a line lowercased [sentence-start].
- punctuation: ". ." / ", ," [doubled], " ," " ." " :" " ;" [space-before], ". ," ".," [stray], "$ 25"
  [currency-space].

Each document has a source language (es, fr, de, it, pt, tr) that picks its acronyms, exonyms,
romanisations and quotation marks. Glossaries are read with the project's own loader from
`glossaries/`; word statistics come from wordfreq through audit.language.lexicon.

Output (in --out): tune.gold.jsonl and heldout.gold.jsonl (docs/gold-format.md, with `kind` on
each artifact), {half}.hyp.en (injected) and {half}.ref.en (clean), line-aligned, documents
separated by one empty line, and MANIFEST.json (seed, counts per class and kind, documents,
words, sha256 of every file). Same seed and inputs: byte-identical files.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from bisect import bisect_right
from importlib.metadata import version
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from audit.evaluation.errata import apply_errata, load_errata  # noqa: E402
from audit.glossary import Entity, Glossary, load_glossary  # noqa: E402
from audit.language.lexicon import english, zipf  # noqa: E402
from audit.language.romanisation import explain  # noqa: E402
from audit.language.transliteration import name_key  # noqa: E402
from rapidfuzz.fuzz import ratio  # noqa: E402

CLASSES = ["merged-words", "spurious-pronoun", "pronoun-agreement", "name-variant",
           "source-residue", "foreign-quotes", "capitalisation", "punctuation"]
HALVES = ("tune", "heldout")
DEFAULT_SEED = 2023
ERRATA = ROOT / "bench" / "corpus" / "errata.jsonl"  # hand-checked slips of the clean English
DOC_LINES = (6, 12)
RUN = 4  # neighbouring documents dealt together to one half
CLEAN_SHARE = 0.20
OVERSHOOT = 1.35  # a class stops being drawn as a filler at this multiple of its quota
LANGS = {"es": 0.28, "fr": 0.24, "de": 0.16, "it": 0.12, "pt": 0.10, "tr": 0.10}
ARTIFACTS_PER_DOC = {1: 0.30, 2: 0.30, 3: 0.25, 4: 0.15}

# ------------------------------------------------------------------ patterns shared by the classes

NON_LATIN = regex.compile(r"(?V1)[\p{L}--\p{Latin}]")
PROTECTED = regex.compile(r"""(?x)
    (?:https?://|www\.)\S+                       # URLs
  | \S+@\S+                                      # e-mail addresses, handles
  | `[^`\n]*`                                    # inline code
  | (?<!\S)\S*[\d_/\\{}<>=\#@$%^*|~\[\]+&]\S*    # numbers and code-like tokens
  | \b\p{L}+(?:\.\p{L}+)+\.?                     # dotted tokens: U.S., e.g., file.txt
  | \b\p{L}*\p{Ll}\p{Lu}\p{L}*                   # camelCase: iPhone, YouTube
""")
SENTENCE_END = regex.compile(r"""[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?\p{Lu})""")
WORD = regex.compile(r"\p{L}+(?:['’]\p{L}+)*")
NO_LEFT = r"(?<![\p{L}\p{N}\-'’./@_#&])"  # a word starts here (not inside a token)
NO_RIGHT = r"(?![\p{L}\p{N}\-'’@_/#&]|\.\p{L})"  # a word ends here

FUNCTION_CAPS = ["and", "or", "of", "the", "in", "on", "for", "with", "since", "from", "to", "by", "at"]
TITLE_WORDS = {"of", "the", "for", "on", "in", "at", "by", "to", "from", "with"}
AUXILIARIES = {"is", "was", "has", "had", "will", "would", "can", "could", "said", "says", "told",
               "added", "should", "may", "might", "must", "did", "does", "are", "were", "have",
               "announced", "wants", "warned", "claimed", "confirmed", "denied", "stated"}
NOUNISH_ENDINGS = ("ss", "us", "is", "ers", "ors", "ists", "ions", "ments", "ties", "ness", "ics", "ans")
PERSONAL = {"he", "she", "him", "his", "her", "hers", "himself", "herself", "i", "we", "you", "who", "whom"}
BODY_TYPES = {"organization", "group", "government", "media"}
ANTECEDENT_TYPES = BODY_TYPES | {"country", "city", "province", "region"}
ARTICLE_JOINED = regex.compile(r"\b(?:[Aa]l|[Ee]l|ash|as|ad|ar|at|az|an|ed|es|eş|ez|et)[- ](?=\p{L})")
ARTICLE = regex.compile(r"\b(?:[Aa]l|[Ee]l|ash|as|ad|ar|at|az|an|ed|es|eş|ez|et)-(?=\p{L})")

QUOTE_STYLES = {  # kind: (opening, closing)
    "guillemets": ("«", "»"),
    "guillemets-spaced": ("« ", " »"),
    "low-high": ("„", "“"),
    "reversed-guillemets": ("»", "«"),
    "single-guillemets": ("‹", "›"),
}
QUOTE_WEIGHTS = {
    "es": {"guillemets": 0.85, "guillemets-spaced": 0.10, "single-guillemets": 0.05},
    "fr": {"guillemets-spaced": 0.50, "guillemets": 0.45, "single-guillemets": 0.05},
    "it": {"guillemets": 0.85, "guillemets-spaced": 0.10, "single-guillemets": 0.05},
    "pt": {"guillemets": 0.90, "guillemets-spaced": 0.10},
    "de": {"low-high": 0.70, "reversed-guillemets": 0.20, "single-guillemets": 0.10},
    "tr": {"guillemets": 0.60, "low-high": 0.30, "single-guillemets": 0.10},
}

# romanisation transforms by source language: (pattern, replacement), applied to every match
ROMANISATION = {
    "fr": [(r"sh", "ch"), (r"Sh", "Ch"), (r"(?<![oOaAeE])u", "ou"), (r"\bJ", "Dj"), (r"(?<=\p{Ll})j", "dj"),
           (r"\bAbu\b", "Abou"), (r"\bal-", "el-"), (r"(?<=[aeo])i(?=\p{Ll})", "ï"), (r"ee", "i")],
    "de": [(r"sh", "sch"), (r"Sh", "Sch"), (r"\bJ", "Dsch"), (r"(?<=\p{Ll})j", "dsch"), (r"\bY", "J"),
           (r"(?<=\p{Ll})y(?=\p{Ll})", "j"), (r"kh", "ch"), (r"Kh", "Ch"), (r"\bV", "W"), (r"ov\b", "ow"),
           (r"(?<=\p{Ll})v(?=\p{Ll})", "w")],
    "es": [(r"\bJ", "Y"), (r"(?<=\p{Ll})j", "y"), (r"sh", "ch"), (r"Kh", "J"), (r"kh", "j"), (r"mm", "m"),
           (r"ou", "u"), (r"\bal-", "al ")],
    "tr": [(r"sh", "ş"), (r"Sh", "Ş"), (r"\bJ", "C"), (r"(?<=\p{Ll})j", "c"), (r"\bal-(?=[sStTdDrRzZnN])", "eş-"),
           (r"\bal-", "el-"), (r"\bAbu\b", "Ebu"), (r"q", "k"), (r"Q", "K"), (r"kh", "h"), (r"Kh", "H"),
           (r"ou", "u"), (r"\bMoham+[ae]d\b", "Muhammed")],
    "it": [(r"sh(?=[ie])", "sc"), (r"Sh(?=[ie])", "Sc"), (r"\bJ", "Gi"), (r"k", "c"), (r"ou", "u"), (r"ee", "i")],
    "pt": [(r"sh", "x"), (r"Sh", "X"), (r"\bJ", "D"), (r"ou", "u"), (r"kh", "c"), (r"\bal-", "al ")],
}
GENERIC_CHANGES = [  # (pattern, replacement), applied to one match
    (r"(?<=\p{Ll})e(?=\p{Ll})", "a"), (r"(?<=\p{Ll})a(?=\p{Ll})", "e"), (r"(?<=\p{Ll})i(?=\p{Ll})", "e"),
    (r"(\p{Ll})\1", r"\1"), (r"(?<=[aeiou])([bdfklmnrst])(?=[aeiou])", r"\1\1"), (r"ou", "u"),
    (r"(?<=\p{Ll})u(?=\p{Ll})", "ou"), (r"q", "k"), (r"Q", "K"),
]


def weighted(rng: random.Random, weights: dict):
    keys = list(weights)
    return rng.choices(keys, [weights[k] for k in keys])[0]


def overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    """Half-open spans overlap; an empty span overlaps the span it lies strictly inside or touches."""
    if a0 == a1:
        return b0 <= a0 <= b1
    if b0 == b1:
        return a0 <= b0 <= a1
    return a0 < b1 and b0 < a1


# ------------------------------------------------------------------ input and split


@dataclass(frozen=True)
class Source:
    file: str
    line: int  # 1-based number of the first line
    lines: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def input_files(corpora: Path) -> list[Path]:
    files = [corpora / "generaltest2023.en-de.src.en", *corpora.glob("*.ref.refA.en")]
    missing = [str(p) for p in files if not p.is_file()]
    if missing or len(files) < 2:
        raise SystemExit(f"missing clean English in {corpora}: {missing or 'no *.ref.refA.en'}")
    return sorted(files, key=lambda p: p.name)


def read_documents(corpora: Path, seed: int, max_lines: int | None = None,
                   errata: Path | None = ERRATA) -> list[Source]:
    """Every file, its errata corrected, cut into documents of 6-12 consecutive kept lines."""
    seen: set[str] = set()
    docs = []
    slips = load_errata(errata) if errata else {}
    for path in input_files(corpora):
        rng = random.Random(f"{seed}:{path.name}")
        kept = []
        text, _ = apply_errata(path.name, path.read_text(encoding="utf-8"), slips)
        for number, raw in enumerate(text.split("\n"), start=1):
            if max_lines is not None and number > max_lines:
                break
            line = " ".join(raw.split())  # tabs, stray double spaces, \r
            if not line or NON_LATIN.search(line) or line in seen:
                continue
            seen.add(line)
            kept.append((number, line))
        i = 0
        while i < len(kept):
            n = rng.randint(*DOC_LINES)
            if len(kept) - (i + n) < DOC_LINES[0]:
                n = len(kept) - i if len(kept) - i <= DOC_LINES[1] else len(kept) - i - DOC_LINES[0]
            chunk = kept[i : i + n]
            docs.append(Source(path.name, chunk[0][0], tuple(t for _, t in chunk)))
            i += n
    return docs


def split_halves(docs: list[Source], seed: int) -> dict[str, list[Source]]:
    """Runs of RUN neighbouring documents of one file, dealt alternately (in a seeded order) to the halves."""
    halves: dict[str, list[Source]] = {h: [] for h in HALVES}
    by_file: dict[str, list[Source]] = {}
    for d in docs:
        by_file.setdefault(d.file, []).append(d)
    turn = 0
    for name in sorted(by_file):
        rng = random.Random(f"{seed}:split:{name}")
        runs = [by_file[name][i : i + RUN] for i in range(0, len(by_file[name]), RUN)]
        rng.shuffle(runs)
        for run in runs:
            halves[HALVES[turn % 2]].extend(run)
            turn += 1
    for h in HALVES:
        halves[h].sort(key=lambda d: (d.file, d.line))
    return halves


# ------------------------------------------------------------------ the language and glossary context


class Context:
    """The glossary, the language data and the derived lookups every class reads."""

    def __init__(self, glossary: Glossary):
        self.glossary = glossary
        data = english()
        self.abbreviations = data["abbreviations"]
        self.collective_heads = sorted(h for h in data["collective_heads"] if not h.endswith("s") and h != "police")
        self.person_heads = data["person_heads"]
        self.prepositions = data["prepositions"]
        self.function_words = data["function_words"]
        self.all_forms = {f.casefold() for f in glossary.forms}
        self.entities = list(glossary.entities)
        self.from_syria = {e.id: Path(e.source).name == "syria.yaml" for e in self.entities}
        self.name_words = glossary.name_words
        self.pools: dict[str, dict] = {}

    def weight(self, e: Entity) -> float:
        return 3.0 if self.from_syria[e.id] else 1.0


def coarse(etype: str) -> str:
    """The kinds of entity that may stand in for each other when a mention is created."""
    if etype in BODY_TYPES:
        return etype  # organization, group, government, media: each stands only for its own kind
    if etype in ("city", "province"):
        return "city"
    if etype in ("place", "crossing", "base"):
        return "site"
    return etype  # person, country, region, event, other


def shape(form: str) -> str:
    """Acronym, or the number of words (1, 2, 3+): a created mention keeps the shape of the one it
    replaces, so 'Beijing Olympic champions' does not become 'Hmeimim air base Olympic champions'."""
    if is_acronym(form):
        return "acronym"
    return str(min(len(form.split()), 3))


def is_acronym(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def takes_the(form: str, entity: Entity) -> bool:
    """Does English write 'the' before this form? (the United States, the SDF; but NATO, Homs, Hamas)"""
    if entity.type == "person":
        return False
    if is_acronym(form):
        pronounceable = regex.fullmatch(r"(?:[^AEIOU.]{0,2}[AEIOU])+[^AEIOU.]{0,2}", form)
        return not (pronounceable and len(form) >= 4)
    words = form.replace("-", " ").split()
    if entity.type == "country":
        return words[0] in ("United", "Czech", "Central", "Dominican")
    if entity.type == "city" or len(words) == 1:
        return False
    return zipf(words[0].lower()) >= 4.0 and zipf(words[-1].lower()) >= 4.0


# ------------------------------------------------------------------ a document being injected


@dataclass
class Edit:
    start: int  # in the clean (base) text
    end: int
    new: str
    cls: str
    kind: str
    alternatives: tuple[str, ...] = ()


@dataclass
class Site:
    """One way to inject: replace base[start:end] by `clean` in BOTH texts (usually the same text,
    or a created glossary mention), then the sub-spans in `edits` (offsets into `clean`) by their
    wrong text in the injected text only. `block` (offsets into `clean`) is kept free of others."""

    kind: str
    start: int
    end: int
    clean: str
    edits: list[tuple[int, int, str, tuple[str, ...]]]
    block: tuple[int, int] | None = None
    at_number: bool = False  # the edit is the spacing of a number's own sign ("$25" -> "$ 25")


def plain_site(kind: str, start: int, end: int, text: str, new: str, alternatives=(), block=None) -> Site:
    """A site that only edits the injected text: base[start:end] becomes `new`."""
    b = None if block is None else (block[0] - start, block[1] - start)
    return Site(kind, start, end, text[start:end], [(0, end - start, new, tuple(alternatives))], b)


class Draft:
    """The clean text of one document (which created mentions may change) and its planned edits."""

    def __init__(self, text: str, lang: str, ctx: Context, rng: random.Random):
        self.text = text
        self.lang = lang
        self.ctx = ctx
        self.rng = rng
        self.edits: list[Edit] = []
        self.blocked: list[tuple[int, int]] = []
        self._cache: dict = {}

    # --- views of the current clean text (cached until it changes)
    def _cached(self, key, make):
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    @property
    def sentences(self) -> list[tuple[int, int]]:
        def make():
            spans = []
            offset = 0
            for line in self.text.split("\n"):
                start = 0
                for m in SENTENCE_END.finditer(line):
                    spans.append((offset + start, offset + m.end()))
                    start = m.end()
                    while start < len(line) and line[start] == " ":
                        start += 1
                spans.append((offset + start, offset + len(line)))
                offset += len(line) + 1
            return spans
        return self._cached("sentences", make)

    @property
    def protected(self) -> list[tuple[int, int]]:
        return self._cached("protected", lambda: [m.span() for m in PROTECTED.finditer(self.text)])

    @property
    def mentions(self):
        return self._cached("mentions", lambda: self.ctx.glossary.find(self.text))

    def sentence_starts(self) -> set[int]:
        return self._cached("starts", lambda: {s for s, _ in self.sentences})

    def at_sentence_start(self, pos: int) -> bool:
        return pos in self.sentence_starts()

    def sentence_of(self, pos: int) -> tuple[int, int]:
        spans = self.sentences
        i = bisect_right(self._cached("sentence_starts_sorted", lambda: [s for s, _ in spans]), pos) - 1
        if i >= 0 and spans[i][0] <= pos <= spans[i][1]:
            return spans[i]
        return pos, pos

    def line_of(self, pos: int) -> tuple[int, int]:
        s = self.text.rfind("\n", 0, pos) + 1
        e = self.text.find("\n", pos)
        return s, len(self.text) if e == -1 else e

    # --- where an injection may go
    def touches_protected(self, start: int, end: int) -> bool:
        return any(overlaps(start, end, p0, p1) for p0, p1 in self.protected)

    def free(self, start: int, end: int) -> bool:
        """No newline, no used sentence, and three words from every other edit."""
        if "\n" in self.text[start:end]:
            return False
        s0 = self.sentence_of(start)[0]
        s1 = self.sentence_of(end)[1]
        if any(overlaps(s0, s1, b0, b1) and not (b1 == s0 or b0 == s1) for b0, b1 in self.blocked):
            return False
        for e in self.edits:
            lo, hi = (e.end, start) if e.end <= start else (end, e.start)
            if hi < lo or len(WORD.findall(self.text[lo:hi])) < 3:
                return False
        return True

    def site_is_free(self, site: Site) -> bool:
        """The site's span (and block) is free; no edit, and no rewrite, touches a protected token."""
        lo, hi = site.start, site.end
        if site.block is not None:
            lo, hi = min(lo, site.start + site.block[0]), max(hi, site.start + min(site.block[1], len(site.clean)))
        if not self.free(lo, hi):
            return False
        if site.clean != self.text[site.start : site.end]:  # a created mention: the whole span
            return not self.touches_protected(site.start, site.end)
        if site.at_number:
            return True
        return not any(self.touches_protected(site.start + a, site.start + b) for a, b, _, _ in site.edits)

    def next_sentence(self, span: tuple[int, int]) -> tuple[int, int] | None:
        """The sentence after `span` on the same line, if any."""
        for s, e in self.sentences:
            if s > span[1]:
                return (s, e) if "\n" not in self.text[span[1] : s] else None
        return None

    # --- applying a site
    def apply(self, site: Site, cls: str) -> int:
        delta = len(site.clean) - (site.end - site.start)
        if site.clean != self.text[site.start : site.end]:
            self.text = self.text[: site.start] + site.clean + self.text[site.end :]
            self._cache.clear()
            for e in self.edits:
                if e.start >= site.end:
                    e.start += delta
                    e.end += delta
            self.blocked = [(b0 + delta, b1 + delta) if b0 >= site.end else (b0, b1) for b0, b1 in self.blocked]
        for a, b, new, alternatives in site.edits:
            old = self.text[site.start + a : site.start + b]
            alts = tuple(dict.fromkeys(x for x in alternatives if x != old))
            self.edits.append(Edit(site.start + a, site.start + b, new, cls, site.kind, alts))
        lo = site.start + (site.block[0] if site.block else 0)
        hi = site.start + (site.block[1] if site.block else len(site.clean))
        s0, s1 = self.sentence_of(lo)[0], self.sentence_of(hi)[1]
        self.blocked.append((s0, s1))
        return len(site.edits)

    def choose(self, sites: list[Site], weights: dict[str, float]) -> Site | None:
        """A free site, of a kind drawn by weight among the kinds that have one."""
        sites = [s for s in sites if s.kind in weights and self.site_is_free(s)]
        kinds = [k for k in weights if any(s.kind == k for s in sites)]
        if not kinds:
            return None
        kind = self.rng.choices(kinds, [weights[k] for k in kinds])[0]
        return self.rng.choice([s for s in sites if s.kind == kind])

    # --- the result
    def render(self) -> tuple[str, list[dict]]:
        """The injected text and its artifacts; asserts the round trip to the clean text."""
        edits = sorted(self.edits, key=lambda e: (e.start, e.end))
        out, artifacts, pos, shift = [], [], 0, 0
        for e in edits:
            assert e.start >= pos, "overlapping edits"
            out.append(self.text[pos : e.start])
            start = e.start + shift
            old = self.text[e.start : e.end]
            out.append(e.new)
            artifacts.append({"class": e.cls, "kind": e.kind, "start": start, "quote": e.new,
                              "corrections": [old, *e.alternatives]})
            shift += len(e.new) - (e.end - e.start)
            pos = e.end
        out.append(self.text[pos:])
        injected = "".join(out)
        verify(self.text, injected, artifacts)
        return injected, artifacts


def verify(clean: str, injected: str, artifacts: list[dict]) -> None:
    """Fail loudly unless every quote is at its offset and the first corrections give back `clean`."""
    if injected.count("\n") != clean.count("\n"):
        raise AssertionError("an injection changed the number of lines")
    restored = injected
    for a in sorted(artifacts, key=lambda a: a["start"], reverse=True):
        start, quote = a["start"], a["quote"]
        if not quote or injected[start : start + len(quote)] != quote:
            raise AssertionError(f"quote {quote!r} is not at {start}")
        restored = restored[:start] + a["corrections"][0] + restored[start + len(quote) :]
    if restored != clean:
        raise AssertionError(f"corrections do not give back the clean text: {artifacts}")
    if injected == clean and artifacts:
        raise AssertionError("artifacts that change nothing")


# ------------------------------------------------------------------ helpers for words and names


def word_before(text: str, pos: int) -> str:
    """The token before `pos` on its line ('' at a line start)."""
    end = pos
    while end > 0 and text[end - 1] == " ":
        end -= 1
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def is_abbreviation(ctx: Context, token: str) -> bool:
    """Is 'token.' an abbreviation or initial rather than a sentence end? (Mr., U.S., e.g., No.)"""
    bare = token.rstrip(".").lstrip("(\"'“‘")
    return len(bare) <= 1 or bare.lower() in ctx.abbreviations or "." in bare


def capitalised_word(w: str) -> bool:
    return len(w) >= 2 and w[0].isupper() and any(c.islower() for c in w[1:])


def proper_noun_here(d: Draft, start: int) -> bool:
    return not d.at_sentence_start(start)


def verb_like(word: str) -> bool:
    if word in AUXILIARIES:
        return True
    if not word.isalpha() or not word.islower() or len(word) < 4:
        return False
    if word.endswith("ed"):
        return zipf(word) >= 3.5
    if word.endswith("s") and not word.endswith(NOUNISH_ENDINGS) and zipf(word) >= 3.5:
        # a verb in -s has a common past or -ing form ("supports": supported); a plural noun has not
        stems = [word[:-1]] + ([word[:-2]] if word.endswith("es") else [])
        return any(max(zipf(st + "ed"), zipf(st + "d"), zipf(st + "ing")) >= 3.0 for st in stems)
    return False


def match_case(form: str, like: str) -> str:
    """Give `form` the first-letter case of `like` (a variant 'al Chareh' for 'Al-Sharaa')."""
    if form[:1].islower() and like[:1].isupper() and not is_acronym(form):
        return form[0].upper() + form[1:]
    return form


@lru_cache(maxsize=None)
def word_count(form: str) -> int:
    """Words of a name, the Arabic article counted with its word ('al Sharaa' = 'al-Sharaa' = 1)."""
    return len(regex.split(r"[\s-]+", ARTICLE_JOINED.sub("", form).strip()))


# ------------------------------------------------------------------ glossary mentions, found or created


@dataclass
class Mention:
    start: int  # span in the current clean text to replace (may include a 'the ')
    end: int
    entity: Entity
    form: str  # the form the CLEAN text will carry
    clean: str  # base[start:end] after creation (== base[start:end] when found)
    at: int  # offset of `form` inside `clean`


def found_mentions(d: Draft, want) -> list[Mention]:
    out = []
    for s, e, form in d.mentions:
        if form.kind == "accepted" and want(form.entity, form.text) and not inside_longer_name(d.text, s, e):
            text = d.text[s:e]
            out.append(Mention(s, e, form.entity, text, text, 0))
    return out


def inside_longer_name(text: str, start: int, end: int) -> bool:
    """'America' in 'North America', 'Syria' in 'Syria Airlines': not a mention of the entity."""
    before = regex.search(r"(\p{L}+)[ \-]$", text[max(0, start - 30) : start])
    after = regex.match(r"[ \-](\p{L}+)", text[end : end + 30])
    return bool(before and before.group(1)[0].isupper() and not sentence_start_before(text, start - len(before.group(0)))) or bool(
        after and after.group(1)[0].isupper())


def sentence_start_before(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \"“(":
        i -= 1
    return i < 0 or text[i] in ".!?:\n"


def created_mentions(d: Draft, key: str, want) -> list[Mention]:
    """Mentions to write into both texts: He/She at a sentence start becomes a person with that
    pronoun; a glossary country, place or body becomes another entity of its kind. `want(entity,
    form)` says which forms may be written (the pools are cached under `key`)."""
    ctx, rng, text = d.ctx, d.rng, d.text
    out = []
    if key not in ctx.pools:
        pools: dict[str, list[tuple[Entity, str]]] = {}
        for e in ctx.entities:
            for form in e.accepted:
                if want(e, form):
                    key_ = coarse(e.type) if e.type != "person" else f"person-{e.pronoun}"
                    pools.setdefault(key_, []).append((e, form))
        ctx.pools[key] = pools
    pools = ctx.pools[key]

    def pick(pool_key: str, like: str | None = None):
        pool = [(e, f) for e, f in pools.get(pool_key, []) if like is None or shape(f) == shape(like)]
        if not pool:
            return None
        canon = [(e, f) for e, f in pool if f == e.canonical]
        if canon and rng.random() < 0.6:
            pool = canon
        return rng.choices(pool, [ctx.weight(e) for e, _ in pool])[0]

    for m in regex.finditer(r"(?<![^\s\n])(He|She) (?=\p{Ll})", text):
        if not d.at_sentence_start(m.start()):
            continue
        chosen = pick(f"person-{m.group(1).lower()}")
        if chosen:
            e, form = chosen
            form = form[0].upper() + form[1:]
            out.append(Mention(m.start(), m.end() - 1, e, form, form, 0))
    for s, e, form in d.mentions:
        kind = coarse(form.entity.type)
        if kind not in ("country", "city", "site", "region") and kind not in BODY_TYPES:
            continue
        before = text[max(0, s - 4) : s]
        has_the = before in ("the ", "The ") and not text[max(0, s - 5) : max(0, s - 4)].isalpha()
        start = s - 4 if has_the else s
        chosen = pick(kind, like=text[s:e])
        if not chosen or chosen[0] is form.entity:
            continue
        target, new = chosen
        capital = d.at_sentence_start(start)
        lead = ("The " if capital else "the ") if takes_the(new, target) else ""
        if not lead and capital:
            new = new[0].upper() + new[1:]
        out.append(Mention(start, e, target, new, lead + new, len(lead)))
    return out


def mention_sites(d: Draft, cls: str, wrong_forms) -> list[Site]:
    """Sites for name-variant and source-residue: each mention (found, or else created) with the
    wrong forms `wrong_forms(entity, form)` yields as (kind, wrong, alternatives)."""
    def want(e, f):
        return bool(wrong_forms(e, f, probe=True))

    def site(m: Mention) -> list[Site]:
        out = []
        for kind, wrong, alternatives in wrong_forms(m.entity, m.form):
            edits = [(m.at, m.at + len(m.form), wrong, alternatives)]
            out.append(Site(kind, m.start, m.end, m.clean, edits))
        return out

    found = [s for m in found_mentions(d, want) for s in site(m)]
    if found and d.rng.random() < 0.4:
        return found
    created = created_mentions(d, cls, want)
    d.rng.shuffle(created)
    return found + [s for m in created[:6] for s in site(m)]


# ------------------------------------------------------------------ 1. merged-words


MERGE_WEIGHTS = {"name-glue": 0.30, "link-glue": 0.30, "punct-glue": 0.25, "sentence-glue": 0.15}


def merged_words(d: Draft) -> Site | None:
    text, ctx = d.text, d.ctx
    sites = []
    ends = {e for _, e, _ in d.mentions}
    starts = {s for s, _, _ in d.mentions}

    def glued_ok(a: str, b: str) -> bool:
        return len(a) >= 2 and len(b) >= 2 and zipf((a + b).lower()) == 0 and (a + b).casefold() not in ctx.all_forms

    for m in regex.finditer(NO_LEFT + r"(\p{L}+) (\p{L}+)" + NO_RIGHT, text, overlapped=True):
        a, b = m.group(1), m.group(2)
        if not glued_ok(a, b) or a.isupper() or b.isupper():
            continue
        if m.end(1) in ends or m.start(2) in starts:
            kind = "link-glue"
        elif capitalised_word(a) and proper_noun_here(d, m.start(1)) and a.lower() not in ctx.function_words \
                and zipf(a.lower()) < 5.0:
            kind = "name-glue"
        else:
            continue
        sites.append(plain_site(kind, m.start(), m.end(), text, a + b))
    for m in regex.finditer(NO_LEFT + r"(\p{L}+)([,;:.]) (\p{L}+)" + NO_RIGHT, text):
        a, p, b = m.groups()
        if len(a) < 2 or len(b) < 2 or (p == "." and (is_abbreviation(ctx, a) or not b[0].isupper())):
            continue
        sites.append(plain_site("punct-glue", m.start(), m.end(), text, a + p + b))
        if p == "." and a.islower() and capitalised_word(b) and glued_ok(a, b):
            sites.append(plain_site("sentence-glue", m.start(), m.end(), text, a + b))
    return d.choose(sites, MERGE_WEIGHTS)


# ------------------------------------------------------------------ 2. spurious-pronoun


def _pronoun_for(d: Draft, entity: Entity | None, subject: str = "", verb: str = "") -> str:
    """The pronoun an MT system leaves: the subject's own (He, She, They for a plural), else mostly He."""
    if verb in ("are", "were", "have") or (entity is None and regex.search(r"[^s]s$", subject)) \
            or (entity is not None and entity.pronoun == "they"):
        return "They"
    if entity is not None and entity.type == "person":
        return {"he": "He", "she": "She"}.get(entity.pronoun, "They")
    if entity is not None:
        return weighted(d.rng, {"He": 0.50, "It": 0.35, "They": 0.15})
    return weighted(d.rng, {"He": 0.55, "It": 0.20, "She": 0.10, "They": 0.15})


def spurious_pronoun(d: Draft) -> Site | None:
    text, ctx = d.text, d.ctx
    sites = []
    for s, e, form in d.mentions:  # a glossary subject and its verb
        m = regex.match(r" (\p{Ll}+)\b(?! by\b)", text[e:])
        if m and verb_like(m.group(1)):
            prev = word_before(text, s).lower().strip(",;:")
            if prev not in ctx.prepositions and prev not in NOT_SUBJECT:
                v = e + 1
                block = (s, v + len(m.group(1)))
                pronoun = _pronoun_for(d, form.entity, verb=m.group(1))
                sites.append(plain_site("subject-pronoun", v, v, text, pronoun + " ", [""], block=block))
    phrase = r"((?:\p{Lu}\p{Ll}+ ){0,3}\p{Lu}\p{Ll}+) (\p{Ll}+)\b"
    for m in regex.finditer(r"(?<=\p{Ll}[,;:]? )" + phrase, text):
        words = m.group(1).split()
        prev = word_before(text, m.start(1)).lower().strip(",;:")
        if prev in ctx.prepositions or prev in NOT_SUBJECT or text[m.end(2) :].startswith(" by "):
            continue
        if any(w.lower() in ctx.function_words or w.lower() in PERSONAL or zipf(w.lower()) >= 5.5 for w in words):
            continue
        if verb_like(m.group(2)):
            v = m.start(2)
            pronoun = _pronoun_for(d, None, m.group(1), m.group(2))
            sites.append(plain_site("subject-pronoun", v, v, text, pronoun + " ", [""], block=(m.start(1), m.end(2))))
    for s, e, form in d.mentions:  # "The" before a body at a sentence start: Spanish "El" read as "Él"
        if form.entity.type in BODY_TYPES | {"country"} and text[max(0, s - 4) : s] == "The " \
                and d.at_sentence_start(s - 4):
            sites.append(plain_site("article-he", s - 4, s - 1, text, "He", block=(s - 4, e)))
    # created subjects: "He said" -> "Bashar al-Assad said" in both texts, "Bashar al-Assad He said" injected
    if d.rng.random() < 0.3:
        for m in created_mentions(d, "person", lambda e, f: e.type == "person"):
            if m.entity.type != "person":
                continue
            after = regex.match(r" (\p{Ll}+)\b", text[m.end:])
            if after and verb_like(after.group(1)):
                at = len(m.clean) + 1
                clean = m.clean + text[m.end : m.end + 1]
                sites.append(Site("subject-pronoun", m.start, m.end + 1, clean,
                                  [(at, at, _pronoun_for(d, m.entity, verb=after.group(1)) + " ", ("",))]))
    return d.choose(sites, {"subject-pronoun": 0.82, "article-he": 0.18})


# ------------------------------------------------------------------ 3. pronoun-agreement


# a name right after these is no subject of the next verb (or, after and/or, only part of one)
NOT_SUBJECT = {"the", "a", "an", "this", "that", "his", "her", "its", "their", "and", "or", "nor", "than", "as",
               "be", "is", "are", "was", "were", "been", "being", "many", "some", "several", "few", "all", "both",
               "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "most", "more", "other",
               "these", "those"}
INDEFINITE = {"they", "them", "its", "their", "theirs", "everyone", "everybody", "someone", "somebody",
              "anyone", "anybody", "people", "nobody", "each", "one", "ones"}
SUBJECT_VERBS = {"said", "says", "has", "had", "will", "would", "could", "can", "should", "must", "may",
                 "announced", "added", "plans", "planned", "wants", "wanted", "intends", "hopes", "expects",
                 "claimed", "stated", "denied", "confirmed", "warned", "reported", "decided", "agreed", "refused"}
FEMALE = {"she", "her", "hers", "herself", "woman", "women", "girl", "mother", "wife", "daughter", "sister",
          "ms", "mrs", "miss", "lady", "queen", "princess", "actress", "grandmother", "aunt", "niece", "spokeswoman"}
MALE = {"he", "him", "his", "himself", "man", "men", "boy", "father", "husband", "son", "brother", "mr",
        "king", "prince", "actor", "grandfather", "uncle", "nephew", "spokesman", "sir", "lord"}
DETERMINED_SINGULAR = regex.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\b")


def _antecedents(d: Draft) -> list[tuple[int, int, str, Entity | None]]:
    """(start, end, how, entity) of non-person antecedents: a glossary body, state or place, or a
    noun phrase headed by an organisation noun (audit/data/english.yaml)."""
    ctx, text = d.ctx, d.text
    out = [(s, e, "glossary", form.entity) for s, e, form in d.mentions
           if form.entity.type in ANTECEDENT_TYPES and form.entity.pronoun == "it"]
    heads = "|".join(ctx.collective_heads)
    for m in regex.finditer(rf"\b(?:[Tt]he|[Tt]his)\s+(?:[\p{{L}}-]+\s+){{0,2}}?({heads})\b(?![-'’])", text):
        out.append((m.start(), m.end(), "head", None))
    return sorted(out, key=lambda a: (a[0], a[1]))


def _blocks_agreement(d: Draft, lo: int, hi: int, plural_check: bool, singular_check: bool) -> bool:
    """Could the pronoun at `hi` refer to something between `lo` and it (a person, another body,
    a singular noun phrase, for 'their' a plural)? Then the swap would not surely be an error."""
    ctx, text = d.ctx, d.text
    inside = [(s, e) for s, e, f in d.mentions if f.entity.type != "person" and lo <= s and e <= hi]
    for m in WORD.finditer(text, lo, hi):
        w, low = m.group(), m.group().lower()
        if low in PERSONAL or low in ctx.person_heads or low in INDEFINITE:
            return True
        if low in ctx.collective_heads:
            return True
        if w[0].isupper() and low not in ctx.function_words and not d.at_sentence_start(m.start()) \
                and not any(s <= m.start() < e for s, e in inside):
            return True  # a name: maybe a person's
        if plural_check and low.endswith("s") and not low.endswith(("ss", "us", "is")) and zipf(low) >= 3.0 \
                and low not in ("was", "has", "does", "this", "as", "its", "us", "yes", "always", "news", "thus"):
            return True
    if singular_check:
        for m in DETERMINED_SINGULAR.finditer(text, lo, hi):
            if not m.group(1).lower().endswith("s"):
                return True
    return False


def _org_sites(d: Draft) -> list[Site]:
    """its/their/it after an organisation, state or place, before any other candidate referent."""
    text = d.text
    sites = []
    pronoun = regex.compile(r"\b(its|their|it)\b(?!['’])")
    for s, e, how, entity in _antecedents(d):
        sent = d.sentence_of(s)
        following = d.next_sentence(sent)
        limit = following[1] if following else sent[1]
        m = pronoun.search(text, e, limit)
        if not m or m.start() - e > 120:
            continue
        word = m.group(1)
        if word == "their" and not (how == "head" or entity.type in BODY_TYPES):
            continue
        if word == "their" and _blocks_agreement(d, sent[0], s, True, False):
            continue  # a plural before the antecedent may be what "their" means
        if word == "it":  # the subject "it" of a body that acts: "the ministry said it would"
            after = regex.match(r" (\p{Ll}+)", text[m.end() :])
            if not after or after.group(1) not in SUBJECT_VERBS or m.start() > sent[1] \
                    or word_before(text, m.start()).lower() in d.ctx.prepositions \
                    or word_before(text, s).lower().strip(",") in d.ctx.prepositions:
                continue
        if _blocks_agreement(d, e, m.start(), word == "their", True):
            continue
        if word == "it":
            kind, new = "org-he", "he"
        elif word == "its" and d.rng.random() < 0.15:
            kind, new = "org-her", "her"
        else:
            kind, new = "org-his", "his"
        if how == "glossary" and d.rng.random() < 0.5:  # vary the antecedent: another body or state
            swaps = [c for c in created_mentions(d, "antecedent", _antecedent_form) if c.start <= s < c.end
                     and not any(ch in c.clean for ch in "\n")]
            if swaps:
                c = d.rng.choice(swaps)
                clean = c.clean + text[c.end : m.end()]
                at = len(clean) - len(word)
                sites.append(Site(kind, c.start, m.end(), clean, [(at, len(clean), new, ())]))
                continue
        sites.append(plain_site(kind, m.start(), m.end(), text, new, block=(s, m.end())))
    return sites


def _antecedent_form(e: Entity, form: str) -> bool:
    return e.type in ANTECEDENT_TYPES and e.pronoun == "it"


def _person_sites(d: Draft) -> list[Site]:
    """his/her after a person in the same sentence: the person called 'it' [person-its], or given
    the other gender [wrong-gender]. The person is He/She, a glossary person (found, or written in
    place of a sentence-initial He/She) or a proper name."""
    text, ctx = d.text, d.ctx
    sites = []
    antecedents = [(m.start(), m.end(), m.group(1).lower(), None)
                   for m in regex.finditer(r"\b([Hh]e|[Ss]he)\b(?!['’])", text)]
    antecedents += [(s, e, form.entity.pronoun, None) for s, e, form in d.mentions if form.entity.type == "person"]
    for c in created_mentions(d, "person", lambda e, f: e.type == "person"):
        if c.entity.type == "person":
            antecedents.append((c.start, c.end, c.entity.pronoun, c))
    possessive = regex.compile(r"\b(his|her)\b(?= (\p{Ll}+))")
    for s, e, gender, created in antecedents:
        sent = d.sentence_of(s)
        m = possessive.search(text, e, sent[1])
        if not m or m.start() - e > 150 or m.group(2) in ctx.function_words:
            continue
        word = m.group(1)
        if word != {"he": "his", "she": "her"}.get(gender):
            continue
        if _blocks_agreement(d, e, m.start(), False, True):
            continue
        other = FEMALE if word == "his" else MALE
        if any(w.lower() in other for w in WORD.findall(text[sent[0] : sent[1]])):
            kinds = ["person-its"]
        else:
            kinds = ["person-its", "wrong-gender"]
        for kind in kinds:
            new = "its" if kind == "person-its" else ("her" if word == "his" else "his")
            if created is not None:
                clean = created.clean + text[created.end : m.end()]
                at = len(clean) - len(word)
                sites.append(Site(kind, created.start, m.end(), clean, [(at, len(clean), new, ())]))
            else:
                sites.append(plain_site(kind, m.start(), m.end(), text, new, block=(s, m.end())))
    return sites


AGREEMENT_WEIGHTS = {"org-his": 0.40, "org-he": 0.12, "org-her": 0.08, "person-its": 0.22, "wrong-gender": 0.18}


def pronoun_agreement(d: Draft) -> Site | None:
    return d.choose(_org_sites(d) + _person_sites(d), AGREEMENT_WEIGHTS)


# ------------------------------------------------------------------ 4. name-variant


def romanise(form: str, lang: str, rng: random.Random, ctx: Context) -> str | None:
    """A spelling of `form` in the source language's romanisation, listed by no entity."""
    words = form.split(" ")
    names = [i for i, w in enumerate(words) if zipf(ARTICLE.sub("", w).lower()) < 3.5 and not is_acronym(w)]
    if not names:
        return None
    for _ in range(12):
        out = list(words)
        rules = ROMANISATION[lang] if rng.random() < 0.8 else []
        changed = False
        if rules:
            pattern, repl = rng.choice(rules)
            for i in names:
                new = regex.sub(pattern, repl, out[i])
                changed |= new != out[i]
                out[i] = new
        if not changed or rng.random() < 0.3:
            pattern, repl = rng.choice(GENERIC_CHANGES)
            i = rng.choice(names)
            hits = list(regex.finditer(pattern, out[i]))
            if hits:
                h = rng.choice(hits)
                out[i] = out[i][: h.start()] + h.expand(repl) + out[i][h.end() :]
                changed = True
        cand = " ".join(out)
        if not changed or cand == form or cand.casefold() in ctx.all_forms:
            continue
        how = explain(cand, [form])
        if how is None or not how.foreign:
            continue  # an accepted English variation of the name, or no name at all: no artifact
        if any(o != w and zipf(ARTICLE.sub("", o).lower().replace("-", " ").split(" ")[-1]) >= 2.5
               for o, w in zip(out, words)):
            continue  # an English word by accident
        if not regex.fullmatch(r"[\p{L} '’-]+", cand):
            continue
        return cand
    return None


def name_variant(d: Draft) -> Site | None:
    ctx, rng, lang = d.ctx, d.rng, d.lang
    transliterable = {"person", "group", "city", "place", "base", "crossing", "media", "province"}

    def wrong_forms(e: Entity, form: str, probe: bool = False):
        out = []
        if is_acronym(form):
            return out
        same = [v for v in e.variants if word_count(v) == word_count(form) and v.casefold() != form.casefold()
                and ratio(name_key(v), name_key(form)) >= 60]
        if same:
            if probe:
                return True
            v = match_case(rng.choice(same), form)
            out.append(("variant", v))
        if e.variants and e.type in transliterable:
            if probe:
                return True
            t = romanise(form, lang, rng, ctx)
            if t:
                out.append(("unseen-transliteration", t))
        if e.gloss and form in e.accepted and not is_acronym(form):
            if probe:
                return True
            return [("calque", calque(e, rng), (e.canonical,))] if rng.random() < 0.5 else []
        if probe:
            return bool(out)
        canonical = [e.canonical] if word_count(e.canonical) == word_count(form) else []
        return [(k, w, tuple(canonical)) for k, w in out]

    sites = mention_sites(d, "name-variant", wrong_forms)
    return d.choose(sites, {"variant": 0.5, "unseen-transliteration": 0.4, "calque": 0.1})


CALQUE_HEADS = {"organisation", "organization", "movement", "party", "front", "committee", "units", "corps", "army"}
CALQUE_SYNONYMS = {"organisation": "Committee", "organization": "Committee", "movement": "Organisation",
                   "committee": "Body", "party": "Party", "corps": "Corps", "units": "Units"}


def calque(e: Entity, rng: random.Random) -> str:
    """The name of an entity translated word by word from its gloss, as MT leaves it in English: the
    head noun first ("Movement of Islamic Resistance" for the Islamic Resistance Movement, Hamas) or
    a synonym for it ("Committee for the Liberation of the Levant"); with "the" where the name has none."""
    words = e.gloss.split()
    head, rest = words[-1], words[:-1]
    if head.lower() in CALQUE_HEADS and rest and not {"of", "for"} & {w.lower() for w in words}:
        text = f"{head} of {' '.join(rest)}"
    else:
        first = words[0].lower()
        text = " ".join([CALQUE_SYNONYMS.get(first, words[0]), *words[1:]])
    takes_the = e.canonical.split()[-1].lower() in CALQUE_HEADS
    return text if takes_the else "the " + text


# ------------------------------------------------------------------ 5. source-residue


def source_residue(d: Draft) -> Site | None:
    rng, lang = d.rng, d.lang

    def pick(table: dict[str, list[str]]) -> str | None:
        forms = table.get(lang) or [f for k in sorted(table) for f in table[k]]
        return rng.choice(forms) if forms else None

    def wrong_forms(e: Entity, form: str, probe: bool = False):
        acronym = is_acronym(form)
        if probe:
            return bool(e.acronyms) if acronym else bool(e.exonyms) and form != e.acronym
        # other accepted fixes: the English acronym for an acronym, the canonical name for a name
        # (where it takes 'the' as the replaced form does)
        if acronym and e.acronyms:
            alt = (e.acronym,) if is_acronym(e.acronym) and takes_the(e.acronym, e) == takes_the(form, e) else ()
            return [("acronym", pick(e.acronyms), alt)]
        if not acronym and e.exonyms:
            if takes_the(e.canonical, e) == takes_the(form, e):
                alt = (e.canonical,)
            elif takes_the(e.canonical, e):
                alt = ("the " + e.canonical, "The " + e.canonical)  # "in America" → "in the United States"
            else:
                alt = ()
            return [("exonym", pick(e.exonyms), alt)]
        return []

    sites = mention_sites(d, "source-residue", wrong_forms)
    return d.choose(sites, {"acronym": 0.40, "exonym": 0.60})


# ------------------------------------------------------------------ 6. foreign-quotes


def _quote_pairs(line: str) -> list[tuple[int, int, str]]:
    """(opening, closing, mark) of well-formed "..." and “...” pairs in one line."""
    pairs = []
    straight = [m.start() for m in regex.finditer('"', line)]
    if straight and len(straight) % 2 == 0:
        ok = []
        for o, c in zip(straight[::2], straight[1::2]):
            before, after = line[o - 1 : o] if o else " ", line[c + 1 : c + 2] or " "
            if (before in " (—–[" or o == 0) and not line[o + 1 : o + 2].isspace() and not line[c - 1].isspace() \
                    and (after.isspace() or after in ".,;:!?)—–") and c - o > 2:
                ok.append((o, c, '"'))
            else:
                ok = []
                break
        pairs += ok
    for m in regex.finditer(r"“([^“”\n]{2,400})”", line):
        pairs.append((m.start(), m.end() - 1, "“"))
    return pairs


def foreign_quotes(d: Draft) -> Site | None:
    text = d.text
    kind = weighted(d.rng, QUOTE_WEIGHTS[d.lang])
    opening, closing = QUOTE_STYLES[kind]
    sites = []
    offset = 0
    for line in text.split("\n"):
        for o, c, mark in _quote_pairs(line):
            o, c = offset + o, offset + c
            if text[o + 1 : c].count('"') or text[o + 1 : c].count("“"):
                continue
            alts_open = ('"', "“") if mark == '"' else ("“", '"')
            alts_close = ('"', "”") if mark == '"' else ("”", '"')
            clean = text[o : c + 1]
            edits = [(0, 1, opening, alts_open[1:]), (len(clean) - 1, len(clean), closing, alts_close[1:])]
            sites.append(Site(kind, o, c + 1, clean, edits))
        offset += len(line) + 1
    return d.choose(sites, {kind: 1.0})


# ------------------------------------------------------------------ 7. capitalisation


def _inside_quotes(text: str, line_start: int, pos: int) -> bool:
    head = text[line_start:pos]
    return head.count('"') % 2 == 1 or head.count("“") > head.count("”")


def capitalisation(d: Draft) -> Site | None:
    text, ctx = d.text, d.ctx
    sites = []
    words = "|".join(FUNCTION_CAPS)
    for m in regex.finditer(rf"(?<=(\p{{L}}+),? )({words}) (?=(\p{{L}}+))", text):
        prev, word, nxt = m.group(1), m.group(2), m.group(3)
        if prev.isupper() or nxt.isupper() or _inside_quotes(text, d.line_of(m.start())[0], m.start()):
            continue
        if word in TITLE_WORDS and prev[0].isupper() and nxt[0].isupper():
            continue  # a title or a name ("Ministry of Defence")
        s, e = m.start(2), m.end(2)
        sites.append(plain_site("function-word", s, e, text, word.capitalize()))
    for m in regex.finditer(r"(?<=(\S+)\. )(\p{Lu}\p{Ll}+)\b(?![-'’])", text):
        prev, word = m.group(1), m.group(2)
        if is_abbreviation(ctx, prev) or not prev[-1].isalpha() or word == "I":
            continue
        low = word.lower()
        if zipf(low) < 4.0 or low in ctx.name_words or regex.search(rf"(?<=\p{{Ll}} ){word}\b", text):
            continue  # a name: capitalised in mid-sentence elsewhere
        sites.append(plain_site("sentence-start", m.start(2), m.end(2), text, low))
    return d.choose(sites, {"function-word": 0.55, "sentence-start": 0.45})


# ------------------------------------------------------------------ 8. punctuation


def punctuation(d: Draft) -> Site | None:
    text, ctx = d.text, d.ctx
    sites = []
    for m in regex.finditer(r"(?<=\p{Ll})([,.;:])(?= |$)", text, regex.M):
        p = m.group(1)
        s = m.start()
        if p == "." and (is_abbreviation(ctx, word_before(text, s + 1)) or not d.sentence_of(s)[1] == s + 1):
            continue
        if p in ",.":
            sites.append(plain_site("doubled", s, s + 1, text, f"{p} {p}"))
        sites.append(plain_site("space-before", s, s + 1, text, f" {p}"))
        if p == ",":
            sites.append(plain_site("stray", s, s + 1, text, weighted(d.rng, {". ,": 0.7, ".,": 0.3})))
    for m in regex.finditer(r"(?<![\p{L}\p{N}])([$€£¥₹])(?=\d)", text):
        # French, Portuguese and Spanish typography space the sign from the amount ("$ 25")
        site = plain_site("currency-space", m.start(), m.end(), text, m.group(1) + " ")
        site.at_number = True
        sites.append(site)
    return d.choose(sites, {"doubled": 0.35, "space-before": 0.40, "stray": 0.25, "currency-space": 0.15})


INJECTORS = {
    "merged-words": merged_words,
    "spurious-pronoun": spurious_pronoun,
    "pronoun-agreement": pronoun_agreement,
    "name-variant": name_variant,
    "source-residue": source_residue,
    "foreign-quotes": foreign_quotes,
    "capitalisation": capitalisation,
    "punctuation": punctuation,
}


# ------------------------------------------------------------------ generating a half


@dataclass
class Record:
    id: str
    source: Source
    clean_text: str
    text: str
    clean: bool
    artifacts: list[dict] = field(default_factory=list)

    def gold(self) -> str:
        rec = {"id": self.id, "text": self.text,
               "source": {"corpus": "wmt23", "file": self.source.file, "line": self.source.line},
               "clean": self.clean, "artifacts": self.artifacts}
        return json.dumps(rec, ensure_ascii=False)


def inject(source: Source, ctx: Context, rng: random.Random, counts: Counter, per_class: int) -> Draft | None:
    """One injected version of a source document, or None if it takes none of the classes still short."""
    d = Draft(source.text, weighted(rng, LANGS), ctx, rng)
    wanted = weighted(rng, ARTIFACTS_PER_DOC)
    short = [c for c in CLASSES if counts[c] < per_class]
    filler = [c for c in CLASSES if per_class <= counts[c] < OVERSHOOT * per_class]
    weights = {c: 0.2 + (per_class - counts[c]) / per_class for c in short}
    weights.update({c: 0.08 for c in filler})
    order = []
    while weights:
        c = weighted(rng, weights)
        order.append(c)
        del weights[c]
    done = 0
    took_short = False
    for cls in order:
        if done >= wanted:
            break
        site = INJECTORS[cls](d)
        if site is None:
            continue
        d.apply(site, cls)
        done += 1
        took_short |= cls in short
    return d if took_short else None


def generate_half(half: str, sources: list[Source], ctx: Context, seed: int, per_class: int) -> list[Record]:
    rng = random.Random(f"{seed}:{half}")
    counts: Counter = Counter()
    records: list[Record] = []
    seen_texts: set[str] = set()
    clean_queue: list[Source] = []
    injected = clean = 0
    rounds = 0
    while any(counts[c] < per_class for c in CLASSES):
        rounds += 1
        before = sum(min(counts[c], per_class) for c in CLASSES)
        order = list(sources)
        rng.shuffle(order)
        for source in order:
            if all(counts[c] >= per_class for c in CLASSES):
                break
            while clean < CLEAN_SHARE / (1 - CLEAN_SHARE) * injected - 0.5:
                if not clean_queue:
                    clean_queue = list(sources)
                    rng.shuffle(clean_queue)
                s = clean_queue.pop()
                clean += 1
                records.append(Record(f"syn-{half}-{len(records) + 1:06d}", s, s.text, s.text, True))
            d = inject(source, ctx, rng, counts, per_class)
            if d is None:
                continue
            text, artifacts = d.render()
            if text in seen_texts:
                continue
            seen_texts.add(text)
            for a in artifacts:
                counts[a["class"]] += 1
            injected += 1
            records.append(Record(f"syn-{half}-{len(records) + 1:06d}", source, d.text, text, False, artifacts))
        after = sum(min(counts[c], per_class) for c in CLASSES)
        if after == before or rounds > 200:
            short = {c: counts[c] for c in CLASSES if counts[c] < per_class}
            raise SystemExit(f"{half}: cannot reach {per_class} artifacts per class: {short}")
    return records


# ------------------------------------------------------------------ writing


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_half(out: Path, half: str, records: list[Record]) -> list[Path]:
    gold = out / f"{half}.gold.jsonl"
    hyp = out / f"{half}.hyp.en"
    ref = out / f"{half}.ref.en"
    gold.write_text("".join(r.gold() + "\n" for r in records), encoding="utf-8")
    hyp.write_text("\n\n".join(r.text for r in records) + "\n", encoding="utf-8")
    ref.write_text("\n\n".join(r.clean_text for r in records) + "\n", encoding="utf-8")
    return [gold, hyp, ref]


def summary(records: list[Record], sources: list[Source]) -> dict:
    per_class: dict[str, dict] = {}
    for c in CLASSES:
        kinds = Counter(a["kind"] for r in records for a in r.artifacts if a["class"] == c)
        per_class[c] = {"total": sum(kinds.values()), "kinds": dict(sorted(kinds.items()))}
    return {
        "documents": len(records),
        "clean_documents": sum(r.clean for r in records),
        "words": sum(len(r.clean_text.split()) for r in records),
        "clean_words": sum(len(r.clean_text.split()) for r in records if r.clean),
        "artifacts": sum(len(r.artifacts) for r in records),
        "source_documents": len(sources),
        "source_documents_used": len({(r.source.file, r.source.line) for r in records}),
        "source_lines": sum(len(s.lines) for s in sources),
        "classes": per_class,
    }


def glossary_files() -> list[Path]:
    return sorted((ROOT / "glossaries").glob("*.yaml"))


def generate(corpora: Path, out: Path, seed: int = DEFAULT_SEED, per_class: int = 1100,
             max_lines: int | None = None, glossary: Glossary | None = None, errata: Path | None = ERRATA) -> dict:
    """Generate both halves into `out`; returns the manifest."""
    glossary = glossary or load_glossary(glossary_files(), defaults=False)
    ctx = Context(glossary)
    halves = split_halves(read_documents(corpora, seed, max_lines, errata), seed)
    out.mkdir(parents=True, exist_ok=True)
    manifest: dict = {"generator": "bench/synthetic.py", "seed": seed, "per_class": per_class,
                      "max_lines": max_lines, "corpus": "wmt23",
                      "inputs": {p.name: sha256(p) for p in input_files(corpora)},
                      # the output also depends on these: a change to them changes the corpus
                      "depends_on": {**{f"glossaries/{p.name}": sha256(p) for p in glossary_files()},
                                     "audit/data/english.yaml": sha256(ROOT / "audit" / "data" / "english.yaml"),
                                     "wordfreq": version("wordfreq"),
                                     **({"bench/corpus/errata.jsonl": sha256(errata)} if errata else {})},
                      "halves": {}, "files": {}}
    for half in HALVES:
        records = generate_half(half, halves[half], ctx, seed, per_class)
        for path in write_half(out, half, records):
            manifest["files"][path.name] = sha256(path)
        manifest["halves"][half] = summary(records, halves[half])
    (out / "MANIFEST.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "corpus" / "synthetic")
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora" / "wmt23")
    parser.add_argument("--per-class", type=int, default=1100, help="artifacts of every class in each half (minimum)")
    parser.add_argument("--max-lines", type=int, default=None, help="read only the first N lines of each file (tests)")
    parser.add_argument("--errata", type=Path, default=ERRATA,
                        help="slips in the clean English corrected first (default bench/corpus/errata.jsonl)")
    parser.add_argument("--no-errata", dest="errata", action="store_const", const=None,
                        help="use the clean English as it is")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    manifest = generate(args.corpora, args.out, args.seed, args.per_class, args.max_lines, errata=args.errata)
    for half, s in manifest["halves"].items():
        classes = ", ".join(f"{c} {v['total']}" for c, v in s["classes"].items())
        print(f"{half}: {s['documents']} documents ({s['clean_documents']} clean), {s['words']} words, "
              f"{s['artifacts']} artifacts: {classes}")
    print(f"wrote {args.out} in {time.perf_counter() - t0:.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
