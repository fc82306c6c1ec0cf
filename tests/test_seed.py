"""The seed document: the issue's acceptance list, a snapshot of the report, and clean fixes."""

import json
import os
import re

import pytest

from audit.engine import audit_document
from audit.fixer import apply_fixes
from audit.inputs import load
from audit.rules import select_rules
from conftest import ROOT

SEED = ROOT / "seeds" / "000_adb5dee0cf9549f4.txt"
SNAPSHOT = ROOT / "tests" / "snapshots" / "seed.json"

# (flagged text in context, the same context after the fix)
EXPECTED = [
    ("Homsnorth of Damascus", ("Homs, north of Damascus", "Homs north of Damascus")),
    ("Hayat Tahrir al-Sham He posted", ("Hayat Tahrir al-Sham posted",)),
    ("that his forces control", ("that its forces control",)),
    ("while his leader", ("while its leader",)),
    ("Ahmed al Chareh", ("Ahmed al-Sharaa",)),
    ("Homs It would be", ("Homs would be",)),
    ("(OSDH)", ("(SOHR)",)),
    ("«With the grace", ("“With the grace",)),
    ("Mohamed al Rahmun", ("Mohammed al-Rahmoun",)),
    ("Hasan Abdel Ghani", ("Hassan Abdul Ghani",)),
    ("Abu Mohamed al Jolani", ("Abu Mohammed al-Jolani",)),
]
NOT_ERRORS = ["date 2024-12-08", "Rami Abdel Rahman", "Century International", "nom de guerre", "(…)", "HTS", "Aron Lund"]


@pytest.fixture(scope="module")
def report(bundled_glossary):
    doc, _ = load(str(SEED))
    return doc, audit_document(doc, bundled_glossary, select_rules(), 0.5)


def _owner(doc, findings, phrase):
    start = doc.text.index(phrase)
    end = start + len(phrase)
    return [f for f in findings if f.start < end and start < f.end]


@pytest.mark.parametrize("phrase,fixed", EXPECTED)
def test_expected_artifact_found_and_fixed(report, phrase, fixed):
    doc, rep = report
    owners = _owner(doc, rep.findings, phrase)
    assert owners, f"no finding in {phrase!r}"
    start = doc.text.index(phrase)
    corrected = apply_fixes(doc.text, owners)
    window = corrected[max(0, start - 5) : start + len(phrase) + 10]
    assert any(f in window for f in fixed), window


def test_nothing_else_is_reported(report):
    doc, rep = report
    claimed = [f for phrase, _ in EXPECTED for f in _owner(doc, rep.findings, phrase)]
    extra = [(f.rule, f.text) for f in rep.findings if f not in claimed]
    assert extra == []


@pytest.mark.parametrize("phrase", NOT_ERRORS)
def test_not_errors(report, phrase):
    doc, rep = report
    for match in re.finditer(re.escape(phrase), doc.text):
        assert not [f for f in rep.findings if f.start < match.end() and match.start() < f.end], phrase


def test_header_is_metadata_not_text(report):
    doc, rep = report
    assert rep.metadata == {"date": "2024-12-08"}
    assert "2024" not in doc.masked


def test_all_fixes_give_clean_text(report):
    doc, rep = report
    fixed = apply_fixes(doc.text, rep.findings)
    assert fixed.count("  ") <= doc.text.count("  ")  # no doubled spaces made
    assert " ," not in fixed and " ." not in fixed
    assert fixed.count("“") + fixed.count("”") == doc.text.count("“") + doc.text.count("”") + 1


def test_snapshot(report):
    doc, rep = report
    current = [
        {"line": f.line, "column": f.column, "rule": f.rule, "text": f.text, "replacement": f.replacement,
         "confidence": f.confidence}
        for f in rep.findings
    ]
    if os.environ.get("AUDIT_UPDATE_SNAPSHOTS") or not SNAPSHOT.exists():
        SNAPSHOT.write_text(json.dumps(current, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    assert current == json.loads(SNAPSHOT.read_text(encoding="utf-8"))
