"""The one model of findings and fixes shared by every rule, emitter and command."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import Enum


class Severity(str, Enum):
    MINOR = "minor"
    MAJOR = "major"
    CRITICAL = "critical"

    @property
    def penalty(self) -> int:
        """MQM weights used by WMT human evaluation."""
        return {"minor": 1, "major": 5, "critical": 25}[self.value]


class Applicability(str, Enum):
    """Is the fix safe to apply unattended? (ruff's ladder: display-only < unsafe < safe)."""

    DISPLAY_ONLY = "display-only"
    UNSAFE = "unsafe"
    SAFE = "safe"


class Category(str, Enum):
    """MQM error categories."""

    MISTRANSLATION = "Accuracy/Mistranslation"
    UNTRANSLATED = "Accuracy/Untranslated"
    SPELLING = "Fluency/Spelling"
    PUNCTUATION = "Fluency/Punctuation"
    GRAMMAR = "Fluency/Grammar"
    INCONSISTENCY = "Fluency/Inconsistency"
    TERMINOLOGY = "Terminology"
    NAME_FORMAT = "Locale convention/Name format"


@dataclass(frozen=True, order=True)
class Edit:
    """Replace text[start:end] by `replacement` (offsets in code points, end exclusive)."""

    start: int
    end: int
    replacement: str


def conflict(a: Edit, b: Edit) -> bool:
    """Whether two edits cannot both apply: they share text, insert at the same point, or one
    inserts inside the other's span. Edits that only touch (a.end == b.start) do not conflict."""
    if a.start == b.start:
        return True
    if a.start < b.end and b.start < a.end:
        return True
    return (a.start == a.end and b.start < a.start < b.end) or (b.start == b.end and a.start < b.start < a.end)


@dataclass(frozen=True)
class Fix:
    """One or more edits that apply together or not at all, and whether that is safe unattended
    (ruff's Fix). The edits are kept sorted and never conflict with one another."""

    edits: tuple[Edit, ...]
    applicability: Applicability = Applicability.UNSAFE
    description: str = ""  # a short account for people, where the edits alone do not say it

    def __post_init__(self) -> None:
        edits = tuple(sorted(self.edits))
        if not edits:
            raise ValueError("a fix needs at least one edit")
        for e in edits:
            if not 0 <= e.start <= e.end:
                raise ValueError(f"bad edit span [{e.start}, {e.end})")
        for a, b in zip(edits, edits[1:]):
            if conflict(a, b):
                raise ValueError(f"overlapping edits at {a.start} and {b.start}")
        object.__setattr__(self, "edits", edits)
        object.__setattr__(self, "applicability", Applicability(self.applicability))

    @classmethod
    def replacing(cls, start: int, end: int, replacement: str,
                  applicability: Applicability = Applicability.UNSAFE) -> "Fix":
        """The one-edit fix: text[start:end] becomes `replacement`."""
        return cls((Edit(start, end, replacement),), applicability)

    @property
    def start(self) -> int:
        return self.edits[0].start

    @property
    def end(self) -> int:
        return max(e.end for e in self.edits)

    def conflicts(self, other: "Fix") -> bool:
        """Whether any edit of one conflicts with any edit of the other."""
        return any(conflict(a, b) for a in self.edits for b in other.edits)

    def replacement_of(self, start: int, end: int) -> str | None:
        """The replacement where the fix is one edit of exactly [start, end), else None."""
        if len(self.edits) == 1 and (self.edits[0].start, self.edits[0].end) == (start, end):
            return self.edits[0].replacement
        return None

    def within(self, start: int, end: int, text: str) -> str | None:
        """What `text`, the span [start, end), becomes under the fix where every edit lies inside
        it; None where one reaches outside."""
        if self.start < start or self.end > end:
            return None
        out, pos = [], start
        for e in self.edits:
            out += [text[pos - start : e.start - start], e.replacement]
            pos = e.end
        return "".join(out) + text[pos - start :]

    def same_edits(self, other: "Fix") -> bool:
        return self.edits == other.edits


def describe_edits(text: str, edits: tuple[Edit, ...]) -> str:
    """'old' → 'new' for each edit, for a fix that reaches beyond its finding's span."""
    return "; ".join(f"{text[e.start:e.end]!r} → {e.replacement!r}" for e in edits)


def emitted_fix(text: str, start: int, end: int, replacement: str | None, edits, applicability: Applicability | None,
                alternatives) -> tuple[Fix | None, list[Fix]]:
    """The fix and alternatives of what a rule emits (audit.rules.base): a `replacement` of its span
    [start, end) or `edits` anywhere (Edit or (start, end, replacement)); alternatives are other
    replacements of the span, or Fixes. A fix without a given applicability is unsafe."""
    if replacement is not None and edits:
        raise ValueError("a rule gives a replacement or edits, not both")
    applicability = applicability or Applicability.UNSAFE
    fix = None
    if replacement is not None:
        fix = Fix.replacing(start, end, replacement, applicability)
    elif edits:
        fix = Fix(tuple(e if isinstance(e, Edit) else Edit(*e) for e in edits), applicability)
        if fix.within(start, end, text[start:end]) is None:  # people need words for edits they cannot see
            fix = replace(fix, description=describe_edits(text, fix.edits))
    others: list[Fix] = []
    for a in alternatives:
        alt = a if isinstance(a, Fix) else Fix.replacing(start, end, a, applicability)
        if not (fix is not None and alt.same_edits(fix)) and not any(alt.same_edits(o) for o in others):
            others.append(alt)
    return fix, others


@dataclass
class Finding:
    """One flagged span with its evidence-based confidence and, where there is one, its fix.

    `fix` is None for findings that only point at a problem (display-only). `replacement` and
    `applicability` are read from it, for the common fix that replaces the flagged span.
    """

    rule: str  # code, e.g. "M001"
    name: str  # kebab-case name of the pattern flagged
    category: Category
    severity: Severity
    confidence: float  # estimated probability that this is a real error
    start: int
    end: int
    message: str
    fix: Fix | None = None
    line: int = 0  # 1-based, filled in by the engine
    column: int = 0  # 1-based, in code points
    text: str = ""  # the flagged text, filled in by the engine
    before: str = ""  # a little context on the same line, for display
    after: str = ""
    evidence: dict[str, float] = field(default_factory=dict, repr=False)  # what the confidence was computed from
    # other fixes the rule finds plausible ("Homs north" / "Homs, north"): a language model, where
    # one is given, picks among `fix` and these (docs/neural.md)
    alternatives: list[Fix] = field(default_factory=list, repr=False)

    @property
    def replacement(self) -> str | None:
        """The replacement of the flagged span where the fix is one edit of it, else None."""
        return self.fix.replacement_of(self.start, self.end) if self.fix is not None else None

    @property
    def applicability(self) -> Applicability:
        return self.fix.applicability if self.fix is not None else Applicability.DISPLAY_ONLY

    def show_fix(self, delete: str = "(delete)", quote: Callable[[str], str] = str) -> str | None:
        """The fix as people are shown it: what the flagged text becomes (`quote`d, or `delete` for
        nothing), or the description of a fix that reaches beyond it; None without a fix."""
        if self.fix is None:
            return None
        inside = self.fix.within(self.start, self.end, self.text)
        if inside is None:
            n = len(self.fix.edits)
            return self.fix.description or f"{n} edit{'s' if n > 1 else ''}"
        return delete if inside == "" else quote(inside)


@dataclass
class Score:
    words: int
    penalty: float  # MQM penalty points (minor 1, major 5, critical 25), always a float
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def penalty_per_1000(self) -> float:
        return 1000.0 * self.penalty / self.words if self.words else 0.0

    @property
    def quality(self) -> float:
        """MQM-style quality score: 100 * (1 - penalty / words), clamped to [0, 100]."""
        if not self.words:
            return 100.0
        return max(0.0, min(100.0, 100.0 * (1.0 - self.penalty / self.words)))


@dataclass
class Report:
    """What one document gets: its findings (best first) and its score."""

    path: str
    words: int
    findings: list[Finding]
    score: Score
    metadata: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    unit: str = ""  # for a segment of a feed or translation file: its id, the file, its line there
    file: str = ""
    unit_line: int = 0

    def with_findings(self, findings: list[Finding]) -> "Report":
        """The same report with other findings (suppressed, re-graded), scored again."""
        return replace(self, findings=findings, score=score_findings(findings, self.words))


def score_findings(findings: list[Finding], words: int) -> Score:
    counts = {s.value: sum(1 for f in findings if f.severity is s) for s in Severity}
    return Score(words=words, penalty=float(sum(f.severity.penalty for f in findings)), counts=counts)
