"""JSON output: the stable contract documented in docs/json-format.md."""

from __future__ import annotations

import json

from audit import __version__
from audit.emitters.base import Emitter
from audit.model import Finding, Fix, Report

SCHEMA_VERSION = 1


def fix_dict(fix: Fix) -> dict:
    return {"edits": [{"start": e.start, "end": e.end, "replacement": e.replacement} for e in fix.edits],
            "applicability": fix.applicability.value, "description": fix.description}


def finding_dict(f: Finding) -> dict:
    return {
        "rule": f.rule,
        "name": f.name,
        "category": f.category.value,
        "severity": f.severity.value,
        "confidence": f.confidence,
        "start": f.start,
        "end": f.end,
        "line": f.line,
        "column": f.column,
        "text": f.text,
        "context": {"before": f.before, "after": f.after},
        "message": f.message,
        "replacement": f.replacement,
        "applicability": f.applicability.value,
        "fix": fix_dict(f.fix) if f.fix is not None else None,
        "alternatives": [fix_dict(a) for a in f.alternatives],
    }


def report_dict(r: Report) -> dict:
    return {
        "path": r.path,
        "words": r.words,
        "metadata": r.metadata,
        "warnings": r.warnings,
        "score": {
            "penalty": r.score.penalty,
            "penalty_per_1000_words": round(r.score.penalty_per_1000, 2),
            "quality": round(r.score.quality, 2),
            "counts": r.score.counts,
        },
        "findings": [finding_dict(f) for f in r.findings],
    }


class JsonEmitter(Emitter):
    """Streams one JSON object; each document is written as soon as it is audited."""

    shows_signature = True

    def begin(self) -> None:
        head = {"tool": {"name": "audit", "version": __version__}, "schema_version": SCHEMA_VERSION}
        if self.signature is not None:
            head["signature"] = self.signature.as_dict()
        head = json.dumps(head, ensure_ascii=False)
        self.out.write(head[:-1] + ', "documents": [')
        self._warnings: list[str] = []

    def document(self, report: Report) -> None:
        if self.reports:
            self.out.write(",")
        super().document(report)
        self.out.write("\n" + json.dumps(report_dict(report), ensure_ascii=False))

    def warning(self, message: str) -> None:
        self._warnings.append(message)

    def end(self) -> None:
        summary = {
            "documents": self.reports,
            "words": self.words,
            "findings": self.findings,
            "penalty": self.penalty,
            "quality": round(max(0.0, 100.0 * (1 - self.penalty / self.words)) if self.words else 100.0, 2),
        }
        tail = json.dumps({"warnings": self._warnings, "summary": summary}, ensure_ascii=False)
        self.out.write("\n], " + tail[1:] + "\n")
