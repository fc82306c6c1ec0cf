"""CSV for spreadsheets: one row per finding, with a header row. `replacement` is that of the
flagged span; `edits`, every edit of the fix as JSON ([[start, end, replacement], ...])."""

from __future__ import annotations

import csv
import json

from audit.emitters.base import Emitter
from audit.model import Finding, Report

COLUMNS = ["path", "id", "line", "column", "start", "end", "rule", "name", "category", "severity",
           "confidence", "text", "replacement", "applicability", "message", "edits"]


class CsvEmitter(Emitter):
    def begin(self) -> None:
        self._writer = csv.writer(self.out, lineterminator="\n")
        self._writer.writerow(COLUMNS)

    def document(self, report: Report) -> None:
        super().document(report)
        for f in report.findings:
            self._writer.writerow([report.file or report.path, report.unit, f.line, f.column, f.start, f.end,
                                   f.rule, f.name, f.category.value, f.severity.value, f.confidence, f.text,
                                   "" if f.replacement is None else f.replacement, f.applicability.value, f.message,
                                   _edits(f)])


def _edits(f: Finding) -> str:
    if f.fix is None:
        return ""
    return json.dumps([[e.start, e.end, e.replacement] for e in f.fix.edits], ensure_ascii=False)
