"""Applying fixes: one fixer shared by every command that rewrites text (`fix`, `review`, `score --fixed`).

Which fixes apply: those at or above a confidence whose applicability the caller allows. A fix
applies whole (every one of its edits) or not at all. Where two fixes claim the same text (any edit
of one conflicts with any edit of the other), the better one (more confident, safer, more severe,
then leftmost) is applied and the other is skipped with the reason. `fix_text` re-checks the fixed text and repeats,
a bounded number of passes, until nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from audit.model import Applicability, Edit, Finding, Severity

_LADDER = [Applicability.DISPLAY_ONLY, Applicability.UNSAFE, Applicability.SAFE]
_SEVERITY = {Severity.CRITICAL: 0, Severity.MAJOR: 1, Severity.MINOR: 2}
MAX_PASSES = 4


@dataclass(frozen=True)
class Skipped:
    finding: Finding
    reason: str


@dataclass
class Plan:
    """The fixes to apply to one text (non-overlapping, in text order) and those left out, with why."""

    applied: list[Finding] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    @property
    def edits(self) -> list[Edit]:
        """Every edit of every fix applied."""
        return [e for f in self.applied for e in f.fix.edits]


def _rank(f: Finding) -> tuple:
    """Better first; every field takes part, so the order never depends on the input's order."""
    return (-f.confidence, -_LADDER.index(f.applicability), _SEVERITY[f.severity], f.start, f.end, f.rule,
            f.fix.edits if f.fix is not None else ())


def plan_fixes(findings: Iterable[Finding], *, min_confidence: float = 0.0,
               min_applicability: Applicability = Applicability.UNSAFE) -> Plan:
    """Choose the fixes to apply. Findings below `min_confidence` or without a fix are not
    considered (they remain); fixes below `min_applicability` and losers of an overlap are skipped."""
    floor = _LADDER.index(min_applicability)
    plan = Plan()
    chosen: list[Finding] = []
    for f in sorted(findings, key=_rank):
        if f.fix is None or f.confidence < min_confidence:
            continue
        if _LADDER.index(f.applicability) < floor:
            plan.skipped.append(Skipped(f, f"{f.applicability.value} fix (apply with --unsafe-fixes)"))
            continue
        winner = next((c for c in chosen if c.fix.conflicts(f.fix)), None)
        if winner is not None:
            plan.skipped.append(Skipped(f, f"overlaps a better fix ({winner.rule} at {winner.line}:{winner.column})"))
            continue
        chosen.append(f)
    plan.applied = sorted(chosen, key=lambda f: (f.start, f.end))
    plan.skipped.sort(key=lambda s: (s.finding.start, s.finding.rule))
    return plan


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Apply non-conflicting edits; everything outside their spans is kept as it is."""
    out, pos = [], 0
    for edit in sorted(edits):
        if edit.start < pos:
            raise ValueError(f"overlapping edits at {edit.start}")
        out.append(text[pos : edit.start])
        out.append(edit.replacement)
        pos = edit.end
    out.append(text[pos:])
    return "".join(out)


def apply_fixes(text: str, findings: Iterable[Finding], *, min_applicability: Applicability = Applicability.UNSAFE) -> str:
    """The text with the findings' fixes applied (overlaps: the better fix wins)."""
    return apply_edits(text, plan_fixes(findings, min_applicability=min_applicability).edits)


@dataclass
class FixResult:
    text: str  # the fixed text
    applied: list[Finding]  # every fix applied, each located in the text of the pass that applied it
    skipped: list[Skipped]  # fixes left out in the fixed text, with why
    findings: list[Finding]  # every finding of the fixed text (what remains)
    passes: int


def fix_text(text: str, find: Callable[[str], list[Finding]], *, min_confidence: float,
             min_applicability: Applicability = Applicability.SAFE, max_passes: int = MAX_PASSES) -> FixResult:
    """Fix, re-check and repeat until nothing changes, at most `max_passes` times. `find` audits
    a text (rules, glossary and decisions already chosen by the caller)."""
    applied: list[Finding] = []
    seen = {text}
    findings = find(text)
    passes = 0
    while passes < max_passes:
        plan = plan_fixes(findings, min_confidence=min_confidence, min_applicability=min_applicability)
        if not plan.applied:
            break
        new = apply_edits(text, plan.edits)
        passes += 1
        if new in seen:  # a cycle (one fix undoing another): stop before it
            break
        applied.extend(plan.applied)
        seen.add(new)
        text = new
        findings = find(text)
    plan = plan_fixes(findings, min_confidence=min_confidence, min_applicability=min_applicability)
    skipped = plan.skipped + [Skipped(f, "not applied: the fix keeps coming back (pass limit)") for f in plan.applied]
    skipped.sort(key=lambda s: (s.finding.start, s.finding.rule))
    return FixResult(text, applied, skipped, findings, passes)
