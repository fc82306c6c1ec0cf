"""What the rules read of one document: its text, the glossary names in it, its sentences,
quotations and pronouns' antecedents, each computed once and kept (typed, not by string key)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import TypeVar

import regex

from audit.document import Document
from audit.glossary import Glossary
from audit.glossary.model import Form
from audit.language import text as language_text
from audit.language.spans import is_headline, mid_sentence


@dataclass(frozen=True)
class Mention:
    """A glossary form found in the document."""

    start: int
    end: int
    form: Form

    @property
    def text(self) -> str:
        return self.form.text


T = TypeVar("T")

# a capitalised subject pronoun before a lowercase word (its verb)
_CAPITAL_PRONOUN = regex.compile(r"(?<![\p{L}\p{N}])(He|She|It|They)([ \t\u00a0]+)(?=\p{Ll})")


@dataclass
class Context:
    doc: Document
    glossary: Glossary

    @property
    def text(self) -> str:
        """The masked text: what rules read (same offsets as the file text)."""
        return self.doc.masked

    @cached_property
    def mentions(self) -> list[Mention]:
        return [Mention(s, e, f) for s, e, f in self.glossary.find(self.doc.masked)]

    @cached_property
    def mention_starts(self) -> list[int]:
        return [m.start for m in self.mentions]

    @cached_property
    def _mention_reach(self) -> list[int]:
        """The furthest end of the mentions that start at or before each mention's start."""
        reach, furthest = [], -1
        for m in self.mentions:
            furthest = max(furthest, m.end)
            reach.append(furthest)
        return reach

    def in_mention(self, start: int, end: int) -> bool:
        """Whether [start, end) lies inside a glossary mention (by bisection: rules ask it of every word)."""
        i = bisect_right(self.mention_starts, start)
        return i > 0 and self._mention_reach[i - 1] >= end

    def overlaps_mention(self, start: int, end: int) -> bool:
        """Whether [start, end) shares a character with a glossary mention."""
        i = bisect_left(self.mention_starts, end)
        return i > 0 and self._mention_reach[i - 1] > start

    def once(self, compute: Callable[[Context], T]) -> T:
        """compute(self), computed once per document: for a view several rules of one family read
        (the glue rules' candidate tokens) that belongs with them, not with the language layer."""
        done = self.__dict__.setdefault("_once", {})
        if compute not in done:
            done[compute] = compute(self)
        return done[compute]

    def add_names(self, found: list[Mention]) -> None:
        """Add mentions of names the glossary lacks (found by a NER model: audit.neural.names); a place
        named inside one ("Idlib" in "Free Idlib Front") gives way to it."""
        if found:
            kept = [m for m in self.mentions if not any(n.start <= m.start and m.end <= n.end for n in found)]
            self.__dict__["mentions"] = sorted(kept + found, key=lambda m: m.start)
            self.__dict__.pop("mention_starts", None)
            self.__dict__.pop("_mention_reach", None)

    @cached_property
    def topic_entities(self) -> int:
        """How many distinct glossary entities the document names: evidence it is on the glossary's beat."""
        return len({m.form.entity.id for m in self.mentions if m.form.entity.source != "<ner>"})

    @cached_property
    def sentence_starts(self) -> list[int]:
        return language_text.sentence_starts(self.text)

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        """Where the sentence that holds `pos` starts and ends."""
        starts = self.sentence_starts
        i = language_text.sentence_of(starts, pos)
        return starts[i], starts[i + 1] if i + 1 < len(starts) else len(self.text)

    def sentence_start(self, pos: int) -> int:
        """Where the sentence that holds `pos` starts."""
        return self.sentence_bounds(pos)[0]

    @cached_property
    def quotations(self) -> list[tuple[int, int]]:
        return language_text.quotation_spans(self.text)

    @cached_property
    def quote_marks(self):
        """Every quotation mark, paired within its paragraph: which opens, which closes (audit.language.quotes)."""
        from audit.language.quotes import quote_marks

        return quote_marks(self.text)

    @cached_property
    def mid_sentence_pronouns(self) -> list[regex.Match]:
        """Capitalised subject pronouns in mid-sentence, before a lowercase word, outside headlines
        ("Hayat Tahrir al-Sham He posted"): a pro-drop trace or a lost full stop, never an antecedent."""
        text = self.text
        return [m for m in _CAPITAL_PRONOUN.finditer(text) if mid_sentence(text, m.start()) and not is_headline(text, m.start())]

    @cached_property
    def antecedents(self):
        """Who each pronoun could stand for (audit.language.antecedents)."""
        from audit.language.antecedents import Antecedents

        return Antecedents(self)

    @cached_property
    def source_language(self) -> str:
        """The source's language: as the input declares it, else langdetect's guess on the source text."""
        if self.doc.source_lang:
            return self.doc.source_lang
        from audit.language.detect import detect

        detected = detect(self.doc.source or "")
        return detected[0].split("-")[0] if detected and detected[1] >= 0.8 else ""
