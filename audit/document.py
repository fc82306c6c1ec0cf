"""A document as the rules see it: the decoded text, a masked copy, and indexes over it.

Offsets everywhere are code points into `text`, the decoded file (a leading BOM removed, line
endings kept as they are). `masked` has the same length: metadata headers are blanked to spaces
and URLs, e-mail addresses and Markdown code are hidden behind underscores, so no rule ever
reports them and no word is counted there.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property

import regex

# " date 2024-12-08 The rebels..." (aggregator header), "Date: 2024-12-08", YAML front matter.
_DATE = r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}/\d{1,2}/\d{2,4}"
_DATE_HEADER = re.compile(
    rf"[ \t]*(?P<key>date|fecha|datum|data|published|updated|dateline)[ \t]*[:=]?[ \t]*(?P<value>{_DATE})(?=\s)",
    re.IGNORECASE,
)
_FIELD_HEADER = re.compile(
    r"[ \t]*(?P<key>title|source|author|url|lang|language|id|category|section)[ \t]*:[ \t]*(?P<value>[^\r\n]*)\r?\n",
    re.IGNORECASE,
)
_FRONT_MATTER = re.compile(r"---\r?\n(?P<body>.*?)\r?\n---[ \t]*(?:\r?\n|$)", re.DOTALL)

EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+")  # masked here; R004 reads the text as written with it
_MASKED = re.compile(
    rf"https?://\S+|\bwww\.[^\s]+|{EMAIL.pattern}|`[^`\n]+`",
)
_CODE_FENCE = re.compile(r"^```.*?^```[ \t]*$", re.DOTALL | re.MULTILINE)
_TRAILING_PUNCT = ".,;:!?)]}\"'”’»"

WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*(?:['’\-]\p{L}[\p{L}\p{M}]*)*")


@dataclass(frozen=True)
class Block:
    """A paragraph: text between blank lines (a single line in line-per-segment files)."""

    start: int
    end: int


@dataclass
class Document:
    path: str
    text: str
    kind: str = "text"  # "text" or "markdown"
    metadata: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    masked: str = ""
    # a segment of a feed or translation file (JSONL, XLIFF, TMX, PO): path is "file#unit"
    unit: str = ""  # the document id or unit id within `file`
    file: str = ""  # the file it came from
    unit_line: int = 0  # the line in `file` where the unit starts, where known
    source: str | None = None  # the source-language text, for the source-aware rules
    source_lang: str = ""  # ISO 639-1 codes, where known
    target_lang: str = ""
    reference: str | None = None  # a reference translation, kept for the caller

    def __post_init__(self) -> None:
        if not self.masked:
            self.masked = self._mask()

    # -- masking ----------------------------------------------------------------------
    def _mask(self) -> str:
        chars = list(self.text)

        def blank(start: int, end: int) -> None:
            for i in range(start, end):
                if chars[i] not in "\r\n":
                    chars[i] = " "

        pos = self._read_header(blank)

        def hide(start: int, end: int) -> None:
            # "_" keeps a URL a token of its own, so no rule sees a space or a word there
            for i in range(start, end):
                if chars[i] not in "\r\n":
                    chars[i] = "_"

        spans = [m.span() for m in _MASKED.finditer(self.text, pos)]
        if self.kind == "markdown":
            spans += [m.span() for m in _CODE_FENCE.finditer(self.text, pos)]
        for start, end in spans:
            # a URL at the end of a sentence keeps its full stop
            while end > start and self.text[end - 1] in _TRAILING_PUNCT:
                end -= 1
            hide(start, end)
        return "".join(chars)

    def _read_header(self, blank) -> int:
        """Record leading metadata (front matter, 'date 2024-12-08', 'Source: ...') and blank it."""
        pos = 0
        m = _FRONT_MATTER.match(self.text)
        if m:
            for line in m.group("body").splitlines():
                key, sep, value = line.partition(":")
                if sep and key.strip():
                    self.metadata[key.strip().lower()] = value.strip().strip("'\"")
            blank(0, m.end())
            pos = m.end()
        while True:
            m = _DATE_HEADER.match(self.text, pos) or _FIELD_HEADER.match(self.text, pos)
            if not m:
                return pos
            self.metadata[m.group("key").lower()] = m.group("value").strip()
            blank(pos, m.end())
            pos = m.end()

    # -- indexes ----------------------------------------------------------------------
    @cached_property
    def line_starts(self) -> list[int]:
        return [0] + [m.end() for m in re.finditer(r"\n", self.text)]

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in code points) of an offset."""
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1

    @cached_property
    def words(self) -> list[regex.Match]:
        return list(WORD.finditer(self.masked))

    @cached_property
    def word_count(self) -> int:
        """Words as a copy-editor counts them: whitespace-separated tokens with a letter or digit."""
        return sum(1 for tok in self.masked.split() if any(c.isalnum() for c in tok))

    @cached_property
    def blocks(self) -> list[Block]:
        """Paragraphs: the non-blank lines (news feeds and segment files put one paragraph a line)."""
        return [Block(m.start(), m.end()) for m in re.finditer(r"[^\n]+", self.masked) if m.group().strip()]

    def context(self, start: int, end: int, width: int = 20) -> tuple[str, str]:
        """Text around a span on the same line, for showing a finding."""
        line_start = self.text.rfind("\n", 0, start) + 1
        line_end = self.text.find("\n", end)
        if line_end == -1:
            line_end = len(self.text)
        left = self.text[max(line_start, start - width) : start]
        right = self.text[end : min(line_end, end + width)]
        return left.replace("\r", ""), right.replace("\r", "")
