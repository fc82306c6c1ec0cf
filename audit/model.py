"""The one model of findings and fixes shared by every rule, emitter and command."""

from __future__ import annotations

from dataclasses import dataclass, field
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


@dataclass
class Finding:
    """One flagged span with its evidence-based confidence and, where there is one, its fix.

    The fix replaces text[start:end] by `replacement`; `replacement` is None for findings that
    only point at a problem (display-only).
    """

    rule: str  # code, e.g. "M001"
    name: str  # kebab-case name of the pattern flagged
    category: Category
    severity: Severity
    confidence: float  # estimated probability that this is a real error
    start: int
    end: int
    message: str
    replacement: str | None = None
    applicability: Applicability = Applicability.DISPLAY_ONLY
    line: int = 0  # 1-based, filled in by the engine
    column: int = 0  # 1-based, in code points
    text: str = ""  # the flagged text, filled in by the engine
    before: str = ""  # a little context on the same line, for display
    after: str = ""
    evidence: dict[str, float] = field(default_factory=dict, repr=False)  # what the confidence was computed from
    # other fixes of the same span the rule finds plausible ("Homs north" / "Homs, north"): a
    # language model, where one is given, picks among `replacement` and these (docs/neural.md)
    alternatives: list[str] = field(default_factory=list, repr=False)

    @property
    def edit(self) -> Edit | None:
        if self.replacement is None:
            return None
        return Edit(self.start, self.end, self.replacement)


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
        from dataclasses import replace

        return replace(self, findings=findings, score=score_findings(findings, self.words))


def score_findings(findings: list[Finding], words: int) -> Score:
    counts = {s.value: sum(1 for f in findings if f.severity is s) for s in Severity}
    return Score(words=words, penalty=float(sum(f.severity.penalty for f in findings)), counts=counts)
