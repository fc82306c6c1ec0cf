"""JSON Lines: one finding per line, with its document's id, for feeds processed by programs."""

from __future__ import annotations

import json

from audit.emitters.base import Emitter
from audit.emitters.json_format import finding_dict
from audit.model import Report


class JsonlEmitter(Emitter):
    def document(self, report: Report) -> None:
        super().document(report)
        head = {"id": report.unit or report.path, "path": report.path, "file": report.file or report.path}
        for f in report.findings:
            self.out.write(json.dumps({**head, **finding_dict(f)}, ensure_ascii=False) + "\n")
