"""A fix of more than one edit (ruff's model): validated, planned and applied whole, and read the
same way by `audit fix` (diff, --write, CriticMarkup), JSON, SARIF, the review session and `audit eval`.

No bundled rule needs two edits yet, so a test rule does: it turns a «…» quotation into “…”, both
marks in one fix, the finding on the opening one."""

import json

import jsonschema
import pytest
from typer.testing import CliRunner

from audit.calibration import load_models
from audit.cli import app
from audit.evaluation.gold import GoldArtifact
from audit.fixer import apply_fixes, plan_fixes
from audit.model import Applicability, Category, Edit, Finding, Fix, Severity
from audit.rules.base import FAMILIES, REGISTRY, Rule
from conftest import ROOT, SHARED

TEXT = "He said «we will win» on Sunday.\n"
FIXED = "He said “we will win” on Sunday.\n"
OPEN, CLOSE = TEXT.index("«"), TEXT.index("»")
SCHEMA = json.loads((ROOT / "audit" / "schemas" / "report.schema.json").read_text())
SARIF_SCHEMA = SHARED / "schemas" / "sarif-schema-2.1.0.json"


def _quotes(ctx, emit):
    """Guillemets around a quotation."""
    text = ctx.text
    start = text.find("«")
    while start != -1:
        end = text.find("»", start)
        if end == -1:
            return
        emit(start, start + 1, "guillemets: English quotes with “ ”",
             edits=[(start, start + 1, "“"), (end, end + 1, "”")], applicability=Applicability.SAFE)
        start = text.find("«", end)


QUOTES = Rule("X901", "guillemet-quotation", Category.PUNCTUATION, Severity.MAJOR, _quotes, example=TEXT)


@pytest.fixture
def quotes_rule(monkeypatch, tmp_path):
    """The test rule, registered for the command line; each test in its own folder (no configuration)."""
    monkeypatch.setitem(REGISTRY, "X901", QUOTES)
    monkeypatch.setitem(FAMILIES, "X", "test rules")
    monkeypatch.setitem(load_models(), "X901", {"bias": 3.0})  # as if fitted: about 0.95
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def run(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def _finding(fix: Fix, confidence=0.9, start=OPEN, end=OPEN + 1) -> Finding:
    return Finding("X901", "x", Category.PUNCTUATION, Severity.MAJOR, confidence, start, end, "m", fix,
                   text=TEXT[start:end])


TWO = Fix((Edit(CLOSE, CLOSE + 1, "”"), Edit(OPEN, OPEN + 1, "“")), Applicability.SAFE)


def test_a_fix_keeps_its_edits_sorted_and_refuses_overlaps():
    assert [e.start for e in TWO.edits] == [OPEN, CLOSE] and (TWO.start, TWO.end) == (OPEN, CLOSE + 1)
    with pytest.raises(ValueError, match="overlapping"):
        Fix((Edit(0, 3, "a"), Edit(2, 4, "b")))
    with pytest.raises(ValueError, match="overlapping"):
        Fix((Edit(2, 2, "a"), Edit(2, 2, "b")))  # two insertions at one point: which first?
    with pytest.raises(ValueError):
        Fix(())
    f = _finding(TWO)
    assert f.replacement is None and f.applicability is Applicability.SAFE  # not one edit of its own span
    assert _finding(Fix.replacing(OPEN, OPEN + 1, "“")).replacement == "“"
    assert _finding(None).applicability is Applicability.DISPLAY_ONLY


def test_every_edit_applies_or_none_and_any_edit_conflicts():
    assert apply_fixes(TEXT, [_finding(TWO)]) == FIXED
    # a better fix of the closing mark only: the two-edit fix loses whole, its opening edit too
    closing = _finding(Fix.replacing(CLOSE, CLOSE + 1, "»,", Applicability.SAFE), confidence=0.95,
                       start=CLOSE, end=CLOSE + 1)
    plan = plan_fixes([_finding(TWO), closing])
    assert plan.applied == [closing] and "overlaps a better fix" in plan.skipped[0].reason
    assert apply_fixes(TEXT, [_finding(TWO), closing]) == TEXT.replace("»", "»,")


def test_a_rule_emits_a_two_edit_fix():
    from audit.document import Document
    from audit.engine import find_all
    from audit.glossary import Glossary

    [f] = find_all(Document("<t>", TEXT), Glossary([]), [QUOTES])
    assert f.fix.edits == (Edit(OPEN, OPEN + 1, "“"), Edit(CLOSE, CLOSE + 1, "”"))
    assert f.fix.description == "'«' → '“'; '»' → '”'"  # the closing edit is beyond the flagged text
    assert f.show_fix() == f.fix.description and f.replacement is None


def test_fix_diff_write_and_criticmarkup(quotes_rule):
    diff = run("fix", "a.txt", "--select", "X901")
    assert diff.exit_code == 0 and f"-{TEXT}+{FIXED}" in diff.stdout
    assert "1 fix to apply" in diff.stderr and "'«' → '“'; '»' → '”'" in diff.stderr
    marked = run("fix", "a.txt", "--select", "X901", "--format", "criticmarkup")
    assert marked.stdout == "He said {~~«~>“~~}we will win{~~»~>”~~} on Sunday.\n"
    assert quotes_rule.read_text(encoding="utf-8") == TEXT
    written = run("fix", "a.txt", "--select", "X901", "--write")
    assert written.exit_code == 0 and quotes_rule.read_text(encoding="utf-8") == FIXED


def test_json_carries_the_fix_and_matches_the_schema(quotes_rule):
    data = json.loads(run("run", "a.txt", "--select", "X901", "--format", "json").stdout)
    jsonschema.validate(data, SCHEMA)
    [f] = data["documents"][0]["findings"]
    assert f["replacement"] is None and f["applicability"] == "safe" and f["alternatives"] == []
    assert f["fix"]["edits"] == [{"start": OPEN, "end": OPEN + 1, "replacement": "“"},
                                 {"start": CLOSE, "end": CLOSE + 1, "replacement": "”"}]
    assert f["fix"]["applicability"] == "safe"


def test_sarif_has_one_replacement_per_edit(quotes_rule):
    if not SARIF_SCHEMA.is_file():
        pytest.skip("../shared/schemas is not beside the checkout")
    sarif = json.loads(run("run", "a.txt", "--select", "X901", "--format", "sarif").stdout)
    jsonschema.validate(sarif, json.loads(SARIF_SCHEMA.read_text()))
    [result] = sarif["runs"][0]["results"]
    [fix] = result["fixes"]
    [change] = fix["artifactChanges"]
    assert [(r["deletedRegion"]["charOffset"], r["deletedRegion"]["charLength"], r["insertedContent"]["text"])
            for r in change["replacements"]] == [(OPEN, 1, "“"), (CLOSE, 1, "”")]
    assert fix["properties"]["applicability"] == "safe"


def test_alternatives_are_fixes_in_json_and_sarif(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("The rebels took Homsnorth of Damascus.\n", encoding="utf-8")
    data = json.loads(run("run", "a.txt", "--format", "json").stdout)
    jsonschema.validate(data, SCHEMA)
    [f] = data["documents"][0]["findings"]
    assert f["fix"]["edits"] == [{"start": f["start"], "end": f["end"], "replacement": f["replacement"]}]
    assert [a["edits"][0]["replacement"] for a in f["alternatives"]] == ["Homs, north"]
    sarif = json.loads(run("run", "a.txt", "--format", "sarif").stdout)
    fixes = sarif["runs"][0]["results"][0]["fixes"]
    assert [x["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] for x in fixes] == \
        ["Homs north", "Homs, north"]


def test_review_shows_and_applies_both_edits(quotes_rule):
    from audit.glossary import Glossary
    from audit.review import load_session, marked

    session, _ = load_session([str(quotes_rule)], Glossary([]), [QUOTES], 0.5, None)
    [item] = session.items
    pieces = marked(TEXT, item.finding, item.finding.fix)
    assert "".join(p for p, _ in pieces) == "He said [-«-]{+“+}we will win[-»-]{+”+} on Sunday."
    assert session.accept()
    assert session.save()[0].endswith("1 accepted, 0 rejected, 0 left undecided")
    assert quotes_rule.read_text(encoding="utf-8") == FIXED


def test_eval_judges_every_edit_of_the_fix():
    from audit.evaluation.metrics import _fix_right

    gold = GoldArtifact("foreign-quotes", OPEN, CLOSE + 1, TEXT[OPEN : CLOSE + 1], ("“we will win”",))
    assert _fix_right(TEXT, _finding(TWO), gold) is True
    half = Fix.replacing(OPEN, OPEN + 1, "“")
    assert _fix_right(TEXT, _finding(half), gold) is False
