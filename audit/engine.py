"""Runs the rules over a document and turns their findings into a report."""

from __future__ import annotations

from typing import TYPE_CHECKING

from audit.document import Document
from audit.glossary import Glossary
from audit.language.context import Context
from audit.model import Finding, Report, Severity, score_findings

if TYPE_CHECKING:
    from audit.rules import Rule

SEVERITY_RANK = {Severity.CRITICAL: 0, Severity.MAJOR: 1, Severity.MINOR: 2}
# Optional model evidence (docs/neural.md): set by audit.neural.configure() when a model option is
# given; None keeps torch and transformers out of the process.
NEURAL = None


def collect(doc: Document, glossary: Glossary, rules: list[Rule]) -> list[Finding]:
    """Every finding of every rule, with line, column and text filled in, overlaps not resolved."""
    if not doc.masked.strip():
        return []  # nothing to check (and no glossary matcher to compile for it)
    ctx = Context(doc, glossary)
    if NEURAL is not None:
        ctx.add_names(NEURAL.names(ctx))
    findings: list[Finding] = []
    for r in rules:
        for f in r.run(ctx):
            f.line, f.column = doc.line_col(f.start)
            f.text = doc.text[f.start : f.end]
            f.before, f.after = doc.context(f.start, f.end)
            findings.append(f)
    if NEURAL is not None:
        NEURAL.rescore(doc, findings)
    return findings


def find_all(doc: Document, glossary: Glossary, rules: list[Rule], floor: float = 0.0) -> list[Finding]:
    """Every finding of every rule at or above `floor`, overlaps resolved among those: a finding
    too unlikely to be shown never hides one that is."""
    return resolve_overlaps([f for f in collect(doc, glossary, rules) if f.confidence >= floor])


def resolve_overlaps(findings: list[Finding]) -> list[Finding]:
    """Where two findings claim overlapping text, the more severe one stands, then the more
    confident: an untranslated paragraph (critical) outranks a foreign name inside it."""
    kept: list[Finding] = []
    for f in sorted(findings, key=lambda f: (SEVERITY_RANK[f.severity], -f.confidence, f.start)):
        if any(f.start < k.end and k.start < f.end for k in kept):
            continue
        kept.append(f)
    return kept


def audit_document(doc: Document, glossary: Glossary, rules: list[Rule], min_confidence: float = 0.5) -> Report:
    shown = find_all(doc, glossary, rules, floor=min_confidence)
    shown.sort(key=lambda f: (-f.confidence, SEVERITY_RANK[f.severity], f.start))
    return Report(
        path=doc.path,
        words=doc.word_count,
        findings=shown,
        score=score_findings(shown, doc.word_count),
        metadata=dict(doc.metadata),
        warnings=list(doc.warnings),
        unit=doc.unit,
        file=doc.file,
        unit_line=doc.unit_line,
    )
