"""JUnit XML, for CI test reports: one test case per document, one failure per finding.

Test cases are spooled to a temporary file (memory stays flat) and written after the totals the
<testsuite> element carries."""

from __future__ import annotations

import tempfile

from audit.emitters.base import Emitter
from audit.model import Report


class JunitEmitter(Emitter):
    def begin(self) -> None:
        self._cases = tempfile.SpooledTemporaryFile(max_size=1 << 20, mode="w+", encoding="utf-8")
        self._failed = 0

    def document(self, report: Report) -> None:
        from xml.sax.saxutils import quoteattr, escape

        super().document(report)
        suite = report.file or report.path
        name = report.unit or report.path
        if not report.findings:
            self._cases.write(f"  <testcase classname={quoteattr(suite)} name={quoteattr(name)}/>\n")
            return
        self._failed += 1
        self._cases.write(f"  <testcase classname={quoteattr(suite)} name={quoteattr(name)}>\n")
        for f in report.findings:
            shown = f.show_fix(delete="''", quote=repr)
            fix = "" if shown is None else f" -> {shown}"
            body = f"{report.path}:{f.line}:{f.column}: {f.rule} {f.name} {f.confidence:.0%}: {f.text!r}{fix}"
            self._cases.write(f"    <failure type={quoteattr(f.rule + ' ' + f.name)} "
                              f"message={quoteattr(f.message)}>{escape(body)}</failure>\n")
        self._cases.write("  </testcase>\n")

    def end(self) -> None:
        self.out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        self.out.write(f'<testsuites name="audit" tests="{self.reports}" failures="{self._failed}">\n')
        self.out.write(f'<testsuite name="audit" tests="{self.reports}" failures="{self._failed}" errors="0" skipped="0">\n')
        self._cases.seek(0)
        for line in self._cases:
            self.out.write(line)
        self._cases.close()
        self.out.write("</testsuite>\n</testsuites>\n")
