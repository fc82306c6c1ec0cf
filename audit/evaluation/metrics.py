"""Matching findings to gold artifacts, and the numbers `audit eval` prints."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from audit.document import Document
from audit.engine import collect, resolve_overlaps
from audit.evaluation.gold import GoldArtifact, GoldDocument
from audit.glossary import Glossary
from audit.model import Finding
from audit.rules import REGISTRY, Rule


@dataclass
class Scored:
    """One finding with its verdict: does it match a gold artifact, is its fix right?"""

    finding: Finding
    cls: str
    true: bool
    fix_right: bool | None  # None when the gold artifact expects no fix
    gold: GoldArtifact | None = None  # the artifact it matched
    document: str = ""

@dataclass
class ClassCounts:
    gold: int = 0
    found: int = 0
    true_positives: int = 0  # each gold artifact is matched once at most, so this is also recall's count
    fixes_checked: int = 0
    fixes_right: int = 0

    @property
    def precision(self) -> float | None:
        return self.true_positives / self.found if self.found else None

    @property
    def recall(self) -> float | None:
        return self.true_positives / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)

    @property
    def fix_accuracy(self) -> float | None:
        return self.fixes_right / self.fixes_checked if self.fixes_checked else None


@dataclass
class Evaluation:
    threshold: float
    per_class: dict[str, ClassCounts] = field(default_factory=lambda: defaultdict(ClassCounts))
    scored: list[Scored] = field(default_factory=list)  # every finding, for calibration and the fit
    shown: list[Scored] = field(default_factory=list)  # those at or above the threshold, as a run shows them
    clean_words: int = 0
    clean_findings: int = 0
    documents: int = 0

    @property
    def overall(self) -> ClassCounts:
        total = ClassCounts()
        for c in self.per_class.values():
            for name in vars(total):
                setattr(total, name, getattr(total, name) + getattr(c, name))
        return total

    @property
    def false_alarms_per_10k(self) -> float | None:
        return 10000 * self.clean_findings / self.clean_words if self.clean_words else None

    def per_rule(self) -> dict[str, tuple[int, int]]:
        """Rule code -> (findings at or above the threshold, how many match a gold artifact)."""
        out: dict[str, tuple[int, int]] = {}
        for s in self.shown:
            found, true = out.get(s.finding.rule, (0, 0))
            out[s.finding.rule] = (found + 1, true + s.true)
        return out

    def calibration(self) -> list[tuple[float, float, int, float, float]]:
        """(low, high, findings, mean confidence, observed precision) per confidence decile."""
        rows = []
        for i in range(10):
            low, high = i / 10, (i + 1) / 10
            inside = [s for s in self.scored if low <= s.finding.confidence < high or (i == 9 and s.finding.confidence == 1.0)]
            if inside:
                mean = sum(s.finding.confidence for s in inside) / len(inside)
                rows.append((low, high, len(inside), mean, sum(s.true for s in inside) / len(inside)))
        return rows


def _fix_right(text: str, finding: Finding, gold: GoldArtifact) -> bool | None:
    if not gold.corrections:
        return None
    if finding.fix is None:
        return False
    from audit.fixer import apply_edits
    from audit.model import Edit

    edits = finding.fix.edits  # all of them, applied together in the window compared
    lo, hi = min(finding.start, gold.start, edits[0].start), max(finding.end, gold.end, finding.fix.end)
    mine = apply_edits(text[lo:hi], [Edit(e.start - lo, e.end - lo, e.replacement) for e in edits])
    return any(text[lo : gold.start] + c + text[gold.end : hi] == mine for c in gold.corrections)


def _matched(gdoc: GoldDocument, findings: list[Finding]):
    """(finding, class, matched artifact or None, fix right) for each finding, best first; a
    second finding on an artifact already matched is left out (no false alarm)."""
    unmatched = list(gdoc.artifacts)
    for f in sorted(findings, key=lambda f: -f.confidence):
        cls = REGISTRY[f.rule].artifact_class
        hit = next((a for a in unmatched if a.cls == cls and f.start < a.end and a.start < f.end), None)
        if hit is None:
            if any(a.cls == cls and f.start < a.end and a.start < f.end for a in gdoc.artifacts):
                continue
        else:
            unmatched.remove(hit)
        yield f, cls, hit, (_fix_right(gdoc.text, f, hit) if hit else None)


def evaluate(docs: list[GoldDocument], glossary: Glossary, rules: list[Rule] | None = None,
             threshold: float = 0.5, source_lang: bool = True) -> Evaluation:
    """Audit each gold document as `audit run` would at `threshold` (with the source language its
    record gives, unless `source_lang` is False) and count; every finding at any confidence is
    also scored, overlaps resolved among all, for the calibration table and the fit."""
    rules = rules or [REGISTRY[c] for c in sorted(REGISTRY)]
    ev = Evaluation(threshold)
    for gdoc in docs:
        ev.documents += 1
        lang = gdoc.source_lang if source_lang and gdoc.source_lang != "en" else ""  # "en": written in English
        doc = Document(path=gdoc.id, text=gdoc.text, source_lang=lang)
        raw = collect(doc, glossary, rules)
        for a in gdoc.artifacts:
            ev.per_class[a.cls].gold += 1
        if gdoc.clean:
            ev.clean_words += doc.word_count
        for f, cls, hit, right in _matched(gdoc, resolve_overlaps(raw)):
            ev.scored.append(Scored(f, cls, hit is not None, right, hit, gdoc.id))
        # the counts: as a run shows them, overlaps resolved among the findings it shows
        for f, cls, hit, right in _matched(gdoc, resolve_overlaps([f for f in raw if f.confidence >= threshold])):
            ev.shown.append(Scored(f, cls, hit is not None, right, hit, gdoc.id))
            counts = ev.per_class[cls]
            counts.found += 1
            if gdoc.clean:
                ev.clean_findings += 1
            if hit is not None:
                counts.true_positives += 1
                if right is not None:
                    counts.fixes_checked += 1
                    counts.fixes_right += right
    return ev
