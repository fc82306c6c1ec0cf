"""Applying fixes: one fixer shared by every command that rewrites text (`fix`, `review`, `score --fixed`).

Which fixes apply: those at or above a confidence whose applicability the caller allows. A fix
applies whole (every one of its edits) or not at all. Where two fixes claim the same text (any edit
of one conflicts with any edit of the other), the better one (more confident, safer, more severe,
then leftmost) is applied and the other is skipped with the reason.

`fix_text` composes: it applies the fixes, re-checks the fixed text and repeats, a bounded number
of passes, until nothing changes; then it checks every fix applied in the text they make together.
Where a finding there lies on what a fix wrote and is new (two fixes that touch, composed into a
text still wrong) or of the fix's own rule (the fix did not do what its message says), that fix is
withdrawn and the text fixed again without it, a bounded number of rounds."""

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



# A fix is checked in the text all the fixes make together: a finding there that is new (no finding
# of its rule at that place before) or of the fix's own rule, on the characters a fix wrote, means
# the fix does not give what its message promises. Such a fix is withdrawn and the text fixed again
# without it, at most MAX_ROUNDS times; findings below CHECK_CONFIDENCE (what `audit run` hides by
# default) do not count.
CHECK_CONFIDENCE = 0.5
MAX_ROUNDS = 6


@dataclass(frozen=True)
class Shift:
    """Where one pass's edits moved the text: each edit as ([start, end) before, [start, end) after)."""

    spans: tuple[tuple[int, int, int, int], ...]

    @classmethod
    def of(cls, edits: Iterable[Edit]) -> Shift:
        spans, shift = [], 0
        for e in sorted(edits):
            spans.append((e.start, e.end, e.start + shift, e.start + shift + len(e.replacement)))
            shift += len(e.replacement) - (e.end - e.start)
        return cls(tuple(spans))

    @property
    def inverse(self) -> Shift:
        return Shift(tuple((c, d, a, b) for a, b, c, d in self.spans))

    def map(self, pos: int, left: bool) -> int:
        """A position in the text before, in the text after; inside an edit, its new start
        (`left`, a span's start) or end (a span's end)."""
        for a, b, c, d in self.spans:
            if pos <= a:
                return pos + (c - a)
            if pos < b:
                return c if left else d
        return pos + (self.spans[-1][3] - self.spans[-1][1] if self.spans else 0)


def _through(start: int, end: int, shifts: Iterable[Shift]) -> tuple[int, int]:
    for s in shifts:
        start, end = s.map(start, True), s.map(end, False)
    return start, end


def _shares(start: int, end: int, region: tuple[int, int]) -> bool:
    """Whether the span [start, end) takes in characters a fix wrote (`region`), or the place
    inside it where a fix deleted text."""
    a, b = region
    return start < b and a < end if a < b else start < a < end


def _meets(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two spans overlap, or an empty one lies within or at the edge of the other."""
    return a[0] < b[1] and b[0] < a[1] or (a[0] == a[1] or b[0] == b[1]) and a[0] <= b[1] and b[0] <= a[1]


@dataclass
class FixResult:
    text: str  # the fixed text
    applied: list[Finding]  # every fix applied, each located in the text of the pass that applied it
    skipped: list[Skipped]  # fixes left out in the fixed text, with why
    findings: list[Finding]  # every finding of the fixed text (what remains)
    passes: int
    steps: list[tuple[str, list[Finding]]] = field(default_factory=list)  # each pass: its text, the fixes applied to it
    # what an applied finding's text reads in the fixed text, where other fixes changed it further
    composed: dict[int, str] = field(default_factory=dict)


@dataclass
class _Run:
    """One fixing of a text: the text of each pass, how each pass moved it, the fixes each applied,
    and the findings of the original text and of the last."""

    texts: list[str]
    first: list[Finding]
    shifts: list[Shift] = field(default_factory=list)
    steps: list[list[Finding]] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    def origin(self, f: Finding, passes: int) -> tuple:
        """A fix as it would be in the original text (rule and edits mapped back), to know it again
        in another fixing of that text."""
        back = [s.inverse for s in reversed(self.shifts[:passes])]
        return (f.rule,) + tuple((*_through(e.start, e.end, back), e.replacement) for e in f.fix.edits)

    def regions(self) -> list[tuple[int, Finding, list[tuple[int, int]]]]:
        """Each fix applied (with its pass) and the spans its edits wrote, in the last text."""
        out = []
        for k, applied in enumerate(self.steps):
            written = {(a, b): (c, d) for a, b, c, d in self.shifts[k].spans}
            for f in applied:
                out.append((k, f, [_through(*written[e.start, e.end], self.shifts[k + 1 :]) for e in f.fix.edits]))
        return out


def _passes(text: str, find: Callable[[str], list[Finding]], withdrawn: dict[tuple, Skipped], min_confidence: float,
            min_applicability: Applicability, max_passes: int) -> tuple[_Run, list[Skipped]]:
    """Fix, re-check and repeat until nothing changes, at most `max_passes` times, leaving out the
    withdrawn fixes; the run, and the fixes left out, with why (in its last text where they are there)."""
    run = _Run([text], find(text))
    run.findings = run.first
    seen = {text}
    met: set[tuple] = set()

    def split(findings: list[Finding]) -> tuple[list[Finding], list[Skipped]]:
        if not withdrawn:
            return findings, []
        kept, out = [], []
        for f in findings:
            key = run.origin(f, len(run.steps)) if f.fix is not None else None
            if key not in withdrawn:
                kept.append(f)
                continue
            met.add(key)
            if f.confidence >= min_confidence and _LADDER.index(f.applicability) >= _LADDER.index(min_applicability):
                out.append(Skipped(f, withdrawn[key].reason))
        return kept, out

    while len(run.steps) < max_passes:
        plan = plan_fixes(split(run.findings)[0], min_confidence=min_confidence, min_applicability=min_applicability)
        if not plan.applied:
            break
        new = apply_edits(run.texts[-1], plan.edits)
        if new in seen:  # a cycle (one fix undoing another): stop before it
            break
        seen.add(new)
        run.texts.append(new)
        run.shifts.append(Shift.of(plan.edits))
        run.steps.append(plan.applied)
        run.findings = find(new)
    met.clear()
    kept, withdrawn_here = split(run.findings)
    plan = plan_fixes(kept, min_confidence=min_confidence, min_applicability=min_applicability)
    skipped = plan.skipped + withdrawn_here
    skipped += [Skipped(f, "not applied: the fix keeps coming back (pass limit)") for f in plan.applied]
    first = {id(f) for f in run.first}  # withdrawn fixes of the text as given, gone from the last text
    return run, skipped + [s for key, s in withdrawn.items() if key not in met and id(s.finding) in first]


def _broken_promises(run: _Run, min_confidence: float) -> dict[tuple, Skipped]:
    """The fixes that the text they make together does not bear out (each as `_Run.origin` names
    it), with why: a finding there, on what a fix wrote, that is new or of the fix's own rule."""
    if not run.steps:
        return {}
    back = [s.inverse for s in reversed(run.shifts)]
    regions = run.regions()
    broken: dict[tuple, Skipped] = {}
    for k, f, spans in regions:  # a fix that later fixes undo: what it wrote reads as before
        old = [run.texts[k][e.start : e.end] for e in f.fix.edits]
        if [run.texts[-1][a:b] for a, b in spans] == old != [e.replacement for e in f.fix.edits]:
            by = sorted({g.rule for j, g, written in regions if j > k
                         and any(_shares(a, b, r) or a == b == r[0] for a, b in spans for r in written)})
            broken[run.origin(f, k)] = Skipped(f, f"not applied: undone by {', '.join(by) or 'the other fixes'}")
    for g in run.findings:
        if g.confidence < min_confidence:
            continue
        before = _through(g.start, g.end, back)
        new = not any(o.rule == g.rule and _meets((o.start, o.end), before) for o in run.first)
        for k, f, spans in regions:
            if (new or f.rule == g.rule) and any(_shares(g.start, g.end, r) for r in spans):
                why = f"not applied: in the text with the other fixes, {g.rule} finds {g.text!r} there"
                broken.setdefault(run.origin(f, k), Skipped(f, why))
    return broken


def fix_text(text: str, find: Callable[[str], list[Finding]], *, min_confidence: float,
             min_applicability: Applicability = Applicability.SAFE, max_passes: int = MAX_PASSES,
             check_confidence: float = CHECK_CONFIDENCE) -> FixResult:
    """Fix, re-check and repeat until nothing changes, at most `max_passes` times; then check every
    fix in the text the fixes make together, and fix again without those it does not bear out.
    `find` audits a text (rules, glossary and decisions already chosen by the caller)."""
    memo: dict[str, list[Finding]] = {}

    def cached(t: str) -> list[Finding]:
        if t not in memo:
            memo[t] = find(t)
        return memo[t]

    withdrawn: dict[tuple, Skipped] = {}
    for _ in range(MAX_ROUNDS):
        run, skipped = _passes(text, cached, withdrawn, min_confidence, min_applicability, max_passes)
        broken = _broken_promises(run, check_confidence)
        if not broken:
            return _result(run, skipped)
        withdrawn.update(broken)
    plan = plan_fixes(cached(text), min_confidence=min_confidence, min_applicability=min_applicability)
    skipped = plan.skipped + [Skipped(f, "not applied: these fixes do not check out together") for f in plan.applied]
    return FixResult(text, [], sorted(skipped, key=_place), cached(text), 0)


def _place(s: Skipped) -> tuple:
    return s.finding.start, s.finding.rule


def _result(run: _Run, skipped: list[Skipped]) -> FixResult:
    text = run.texts[-1]
    composed = {}
    for k, applied in enumerate(run.steps):
        for f in applied:
            start, end = _through(f.start, f.end, run.shifts[k:])
            own = f.fix.within(f.start, f.end, f.text)
            if own is not None and text[start:end] != own:
                composed[id(f)] = text[start:end]
    return FixResult(text, [f for fs in run.steps for f in fs], sorted(skipped, key=_place), run.findings,
                     len(run.steps), list(zip(run.texts, run.steps)), composed)
