"""SARIF 2.1.0, for code-scanning dashboards (GitHub code scanning): rule metadata for the rules
that fired, levels from severity, regions, fixes, and fingerprints that survive edits elsewhere.

A plain text file gets exact regions (line, column, character offsets) and fixes as artifact
changes: the finding's fix first, one replacement per edit, then its alternatives. A segment of a feed or translation file points at its file (at the unit's line where it
is known) and names the unit as a logical location; its offsets within the segment are in the
result's properties, and its fix is in the message: offsets in an XML or JSON file are not the
segment's."""

from __future__ import annotations

import json

from audit import __version__
from audit.emitters.base import Emitter, fix_note
from audit.model import Finding, Fix, Report, Severity

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.CRITICAL: "error", Severity.MAJOR: "warning", Severity.MINOR: "note"}
INFORMATION_URI = "https://github.com/"  # no project page yet; rules carry their full help text


class SarifEmitter(Emitter):
    shows_signature = True

    def begin(self) -> None:
        self._rules: dict[str, Finding] = {}
        self._first = True
        self.out.write('{"$schema": "%s", "version": "2.1.0", "runs": [{"results": [' % SCHEMA)

    def document(self, report: Report) -> None:
        super().document(report)
        for f in report.findings:
            self._rules.setdefault(f.rule, f)
            self.out.write(("" if self._first else ",") + "\n" + json.dumps(result(report, f), ensure_ascii=False))
            self._first = False

    def end(self) -> None:
        from audit.rules import REGISTRY

        rules = [rule_descriptor(REGISTRY[code]) for code in sorted(self._rules) if code in REGISTRY]
        tool = {"driver": {"name": "audit", "version": __version__, "semanticVersion": _semver(__version__),
                           "informationUri": INFORMATION_URI, "rules": rules}}
        tail = {"tool": tool, "columnKind": "unicodeCodePoints"}
        if self.signature is not None:
            tail["properties"] = {"signature": self.signature.as_dict()}
        self.out.write("\n], " + json.dumps(tail, ensure_ascii=False)[1:-1] + "}]}\n")


def _semver(version: str) -> str:
    return version.split("+")[0]


def rule_descriptor(rule) -> dict:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.explanation},
        "help": {"text": rule.explanation},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"category": rule.category.value, "family": rule.family},
    }


def result(report: Report, f: Finding) -> dict:
    from audit.baseline import fingerprint

    out: dict = {
        "ruleId": f.rule,
        "level": LEVELS[f.severity],
        "message": {"text": f.message + fix_note(f)},
        "partialFingerprints": {"auditContext/v1": fingerprint(report.path, f)},
        "properties": {"confidence": f.confidence, "severity": f.severity.value,
                       "category": f.category.value, "applicability": f.applicability.value},
    }
    if report.unit:
        location: dict = {"physicalLocation": {"artifactLocation": {"uri": _uri(report.file)}},
                          "logicalLocations": [{"name": report.unit, "fullyQualifiedName": report.path,
                                                "kind": "element"}]}
        location["physicalLocation"]["region"] = {"startLine": report.unit_line or 1}
        out["properties"].update(unit=report.unit, start=f.start, end=f.end, text=f.text)
        out["locations"] = [location]
        return out
    region = _region(f)
    out["locations"] = [{"physicalLocation": {"artifactLocation": {"uri": _uri(report.path)}, "region": region}}]
    if f.fix is not None:
        out["fixes"] = [_fix(report.path, f, fix) for fix in [f.fix, *f.alternatives]]
    return out


def _fix(path: str, f: Finding, fix: Fix) -> dict:
    """A SARIF fix: one artifact change, with one replacement per edit (all apply together)."""
    new = fix.within(f.start, f.end, f.text)  # what the flagged text becomes, where the edits lie in it
    if new is not None:
        description = f"Replace '{f.text}' by '{new}'" if new else f"Delete '{f.text}'"
    else:
        description = fix.description or f"{len(fix.edits)} edits around '{f.text}'"
    return {
        "description": {"text": description},
        "artifactChanges": [{
            "artifactLocation": {"uri": _uri(path)},
            "replacements": [{"deletedRegion": {"charOffset": e.start, "charLength": e.end - e.start},
                              "insertedContent": {"text": e.replacement}} for e in fix.edits],
        }],
        "properties": {"applicability": fix.applicability.value},
    }


def _region(f: Finding) -> dict:
    lines = f.text.split("\n")
    end_line = f.line + len(lines) - 1
    end_column = (f.column if len(lines) == 1 else 1) + len(lines[-1])
    return {"startLine": f.line, "startColumn": f.column, "endLine": end_line, "endColumn": end_column,
            "charOffset": f.start, "charLength": f.end - f.start, "snippet": {"text": f.text}}


def _uri(path: str) -> str:
    """A relative URI: forward slashes, spaces and other reserved characters escaped."""
    from urllib.parse import quote

    return "stdin" if path == "<stdin>" else quote(path.replace("\\", "/"))
