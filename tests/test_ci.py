"""CI: SARIF (schema-valid), JUnit, GitHub annotations, CSV; fail rules and their exit codes;
baselines; configuration files and their precedence; the Python API."""

import csv
import io
import json
import os
import xml.etree.ElementTree as ET

import jsonschema
import pytest
from typer.testing import CliRunner

from audit.cli import app
from conftest import ROOT, SHARED

SARIF_SCHEMA = SHARED / "schemas" / "sarif-schema-2.1.0.json"
SEED = next((ROOT / "seeds").glob("*.txt"))
DIRTY = "The rebels took Homsnorth of Damascus on Saturday.\n"  # one major finding (M001)
MINOR = "“With the grace of God we have liberated four cities», Ghani added on Sunday.\n"  # R003 minor


@pytest.fixture(autouse=True)
def no_config(tmp_path, monkeypatch):
    """Each test runs in its own folder: no configuration file of the checkout applies."""
    monkeypatch.chdir(tmp_path)


def run(*args, input=None):
    return CliRunner().invoke(app, [str(a) for a in args], input=input)


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_sarif_is_valid_and_has_rules_regions_and_fixes(tmp_path):
    if not SARIF_SCHEMA.is_file():
        pytest.skip("../shared/schemas is not beside the checkout")
    feed = write(tmp_path / "feed.jsonl", json.dumps({"id": "u1", "text": DIRTY.strip()}) + "\n")
    result = run("run", SEED, feed, "--format", "sarif")
    assert result.exit_code == 1
    sarif = json.loads(result.stdout)
    jsonschema.validate(sarif, json.loads(SARIF_SCHEMA.read_text()))
    run_ = sarif["runs"][0]
    fired = {r["ruleId"] for r in run_["results"]}
    assert {r["id"] for r in run_["tool"]["driver"]["rules"]} == fired
    assert all(r["help"]["text"] and r["name"] for r in run_["tool"]["driver"]["rules"])
    homs = next(r for r in run_["results"] if "Homsnorth" in r["message"]["text"] and "#" not in json.dumps(r["locations"]))
    region = homs["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (1, 132, 141)
    replacement = homs["fixes"][0]["artifactChanges"][0]["replacements"][0]
    text = SEED.read_text(encoding="utf-8-sig")
    start = replacement["deletedRegion"]["charOffset"]
    assert text[start : start + replacement["deletedRegion"]["charLength"]] == "Homsnorth"
    assert replacement["insertedContent"]["text"] == "Homs north"
    unit = next(r for r in run_["results"] if r["locations"][0].get("logicalLocations"))
    assert unit["locations"][0]["logicalLocations"][0]["name"] == "u1"
    assert {r["level"] for r in run_["results"]} <= {"error", "warning", "note"}


def test_junit_github_csv(tmp_path):
    a, b = write(tmp_path / "a.txt", DIRTY), write(tmp_path / "b.txt", "All is well here.\n")
    junit = ET.fromstring(run("run", a, b, "--format", "junit").stdout)
    suite = junit.find("testsuite")
    assert (suite.get("tests"), suite.get("failures")) == ("2", "1")
    assert [len(c.findall("failure")) for c in suite.findall("testcase")] == [1, 0]
    github = run("run", a, "--format", "github").stdout
    assert github.startswith(f"::warning file={a},line=1,col=17,endColumn=26,title=M001 glued-words")
    rows = list(csv.DictReader(io.StringIO(run("run", a, "--format", "csv").stdout)))
    assert [(r["rule"], r["text"], r["replacement"]) for r in rows] == [("M001", "Homsnorth", "Homs north")]


@pytest.mark.parametrize("args,code", [
    ([], 1),                                    # no fail rule: any finding shown fails
    (["--fail-on", "minor"], 1),
    (["--fail-on", "major"], 1),
    (["--fail-on", "critical"], 0),             # a major finding does not fail
    (["--min-confidence", "1"], 0),             # nothing shown
    (["--max-penalty", "1000"], 0),             # 625 per 1,000 words
    (["--max-penalty", "600"], 1),
    (["--max-penalty", "600", "--fail-on", "critical"], 1),
])
def test_exit_codes_of_fail_rules(tmp_path, args, code):
    result = run("run", write(tmp_path / "a.txt", DIRTY), *args)
    assert result.exit_code == code, result.output


def test_max_penalty_for_the_whole_run(tmp_path):
    a = write(tmp_path / "a.txt", DIRTY)  # 5 points in 8 words
    b = write(tmp_path / "b.txt", "All is well here. " * 100 + "\n")  # 400 clean words
    assert run("run", a, b, "--max-penalty", "100").exit_code == 1
    assert run("run", a, b, "--max-penalty", "100", "--penalty-scope", "run").exit_code == 0


def test_minor_finding_fails_only_from_minor(tmp_path):
    path = write(tmp_path / "m.txt", MINOR)
    assert run("run", path, "--fail-on", "minor").exit_code == 1
    assert run("run", path, "--fail-on", "major").exit_code == 0


def test_baseline_round_trip_survives_edits_above(tmp_path):
    doc = write(tmp_path / "doc.txt", "Intro line.\n" + DIRTY)
    result = run("baseline", doc, "--output", tmp_path / "audit-baseline.json")
    assert result.exit_code == 0
    assert run("run", doc, "--baseline", tmp_path / "audit-baseline.json").exit_code == 0
    # an edit above the known finding: still matched; a new finding: reported and fails
    write(doc, "A much longer introduction, rewritten.\n\nAnother paragraph.\n" + DIRTY
          + "Fighting resumed in Russiathe north.\n")
    result = run("run", doc, "--baseline", tmp_path / "audit-baseline.json", "--format", "jsonl")
    assert result.exit_code == 1
    assert [json.loads(r)["text"] for r in result.stdout.splitlines()] == ["Russiathe"]


def test_baseline_matches_by_text_when_nearby_words_change(tmp_path):
    doc = write(tmp_path / "doc.txt", DIRTY)
    run("baseline", doc, "-o", tmp_path / "b.json")
    write(doc, "Yesterday the fighters took Homsnorth of Damascus.\n")
    assert run("run", doc, "--baseline", tmp_path / "b.json").exit_code == 0
    write(doc, MINOR)
    run("baseline", doc, "-o", tmp_path / "b.json")
    write(doc, MINOR + MINOR)  # the same finding twice: one known, one new
    result = run("run", doc, "--baseline", tmp_path / "b.json", "--format", "jsonl")
    assert result.exit_code == 1 and [json.loads(r)["line"] for r in result.stdout.splitlines()] == [2]


def test_bad_baseline_file(tmp_path):
    doc = write(tmp_path / "doc.txt", DIRTY)
    result = run("run", doc, "--baseline", write(tmp_path / "b.json", "[1, 2"))
    assert result.exit_code == 2 and "b.json: not a baseline file" in result.output


def test_config_precedence(tmp_path):
    doc = write(tmp_path / "doc.txt", DIRTY)
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n\n[tool.audit]\nfail-on = "critical"\nformat = "jsonl"\n')
    result = run("run", doc)
    assert result.exit_code == 0 and json.loads(result.stdout)["rule"] == "M001"  # from the file
    assert run("run", doc, "--fail-on", "major").exit_code == 1  # the command line wins
    assert run("run", doc, "--format", "json").stdout.startswith('{"tool"')
    sub = tmp_path / "sub"
    sub.mkdir()
    write(sub / "audit.toml", 'ignore = ["M"]\n')  # nearer: wins over the pyproject.toml above
    os.chdir(sub)
    assert run("run", doc).exit_code == 0 and "Homsnorth" not in run("run", doc).stdout
    shown = run("config").stdout
    assert 'ignore = ["M"]' in shown and str(sub / "audit.toml") in shown


def test_config_per_rule_and_per_path(tmp_path):
    doc = write(tmp_path / "doc.txt", DIRTY)
    write(tmp_path / "audit.toml", '[rules.M001]\nseverity = "critical"\n')
    result = run("run", doc, "--format", "jsonl")
    assert json.loads(result.stdout)["severity"] == "critical"
    write(tmp_path / "audit.toml", '[rules.M001]\nmin-confidence = 1.0\n')
    assert run("run", doc).exit_code == 0
    write(tmp_path / "audit.toml", '[per-path-ignores]\n"legacy/*" = ["M001"]\n')
    (tmp_path / "legacy").mkdir()
    legacy = write(tmp_path / "legacy" / "old.txt", DIRTY)
    assert run("run", "legacy/old.txt").exit_code == 0
    assert run("run", "doc.txt").exit_code == 1


def test_config_unknown_key_names_file_line_and_key(tmp_path):
    write(tmp_path / "audit.toml", 'fail-on = "major"\ncolour = "red"\n')
    result = run("run", write(tmp_path / "doc.txt", DIRTY))
    assert result.exit_code == 2 and f"{tmp_path / 'audit.toml'}:2: unknown key 'colour'" in result.output
    write(tmp_path / "audit.toml", 'fail-on = "sometimes"\n')
    assert "'fail-on' must be one of: minor, major, critical" in run("config").output
    write(tmp_path / "audit.toml", 'fail-on = \n')
    assert "not valid TOML" in run("config").output


def test_the_config_file_acts_as_the_option_would(tmp_path):
    """`fail-on` from audit.toml and `--fail-on` on the command line give the same result (a process each)."""
    import subprocess
    import sys

    doc = write(tmp_path / "doc.txt", DIRTY)
    write(tmp_path / "audit.toml", 'fail-on = "critical"\n')
    configured = subprocess.run([sys.executable, "-m", "audit", "run", "doc.txt"], cwd=tmp_path, capture_output=True)
    given = subprocess.run([sys.executable, "-m", "audit", "run", "doc.txt", "--fail-on", "critical"],
                           cwd=tmp_path, capture_output=True)
    assert configured.returncode == given.returncode == 0 and configured.stdout == given.stdout


def test_python_api_returns_what_the_command_line_shows(tmp_path):
    import audit

    doc = write(tmp_path / "doc.txt", SEED.read_text(encoding="utf-8"))
    cli = json.loads(run("run", doc, "--format", "json").stdout)["documents"][0]["findings"]
    api = audit.check_text(doc.read_text(encoding="utf-8")).findings
    assert [(f.rule, f.start, f.end, f.replacement) for f in api] == [
        (f["rule"], f["start"], f["end"], f["replacement"]) for f in cli]
    reports = list(audit.check_documents([{"id": "x", "text": "It costs 3.500 euros, the city of Berlin said today.",
                                           "source": "Es kostet 3.500 Euro, sagte die Stadt Berlin heute.",
                                           "source_lang": "de"}]))
    assert [(f.rule, f.replacement) for f in reports[0].findings] == [("S001", "3,500")]
