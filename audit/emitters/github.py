"""GitHub Actions workflow commands: one annotation per finding, shown on the pull request."""

from __future__ import annotations

from audit.emitters.base import Emitter, fix_note
from audit.model import Report, Severity

COMMANDS = {Severity.CRITICAL: "error", Severity.MAJOR: "warning", Severity.MINOR: "notice"}


def _data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(s: str) -> str:
    return _data(s).replace(":", "%3A").replace(",", "%2C")


class GithubEmitter(Emitter):
    def document(self, report: Report) -> None:
        super().document(report)
        for f in report.findings:
            fix = fix_note(f)
            if report.unit:  # a segment: the file, at the unit's line where it is known
                where = f"file={_property(report.file)}" + (f",line={report.unit_line}" if report.unit_line else "")
                message = f"[{report.unit}] {f.message}{fix}"
            else:
                where = f"file={_property(report.path)},line={f.line},col={f.column}"
                if "\n" not in f.text:
                    where += f",endColumn={f.column + len(f.text)}"
                message = f.message + fix
            title = _property(f"{f.rule} {f.name} ({f.confidence:.0%})")
            self.out.write(f"::{COMMANDS[f.severity]} {where},title={title}::{_data(message)}\n")

    def warning(self, message: str) -> None:
        self.out.write(f"::warning title=audit::{_data(message)}\n")
