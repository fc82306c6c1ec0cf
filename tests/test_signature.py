"""The reproducibility signature: one per run, the same in JSON, SARIF and HTML, and changed by
every input it names (glossary bytes, rule selection, minimum confidence)."""

import hashlib
import json
import re

import jsonschema
import pytest
from typer.testing import CliRunner

from audit import __version__
from audit.calibration import CALIBRATION_FILE
from audit.cli import app
from conftest import ROOT, SHARED

SCHEMA = json.loads((ROOT / "audit" / "schemas" / "report.schema.json").read_text())
SARIF_SCHEMA = SHARED / "schemas" / "sarif-schema-2.1.0.json"
DIRTY = "The rebels took Homsnorth of Damascus on Saturday.\n"
HOUSE = """entities:
  - id: test-town
    canonical: Testville
    type: place
"""


@pytest.fixture
def doc(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no configuration file of the checkout applies
    path = tmp_path / "a.txt"
    path.write_text(DIRTY, encoding="utf-8")
    return path


def signature(*args) -> dict:
    result = CliRunner().invoke(app, ["run", "a.txt", "--format", "json", *args])
    data = json.loads(result.stdout)
    jsonschema.validate(data, SCHEMA)
    return data["signature"]


def test_the_default_run(doc):
    sig = signature()
    calibration = hashlib.sha256(len(CALIBRATION_FILE.read_bytes()).to_bytes(8, "big") + CALIBRATION_FILE.read_bytes())
    assert sig["text"] == (f"audit:{__version__}|glossaries:general+syria+world#{sig['glossaries']['sha256'][:6]}"
                           f"|calibration:{calibration.hexdigest()[:6]}|rules:all|min-conf:0.5")
    assert sig["calibration"]["sha256"] == calibration.hexdigest()
    assert sig["rules"]["codes"][:2] == ["C001", "C002"] and sig["min_confidence"] == 0.5


def test_every_input_it_names_changes_it(doc, tmp_path):
    house = tmp_path / "house.yaml"
    house.write_text(HOUSE, encoding="utf-8")
    base = signature("--glossary", "house.yaml")
    assert "|glossaries:general+syria+world+house#" in base["text"]
    house.write_text(HOUSE.replace("Testville", "Testburg"), encoding="utf-8")
    assert signature("--glossary", "house.yaml")["glossaries"]["sha256"] != base["glossaries"]["sha256"]
    narrow = signature("--select", "N,M", "--ignore", "M002", "--min-confidence", "0.7", "--source-lang", "es")
    assert re.search(r"\|rules:N,M-M002\|min-conf:0\.7\|source-lang:es$", narrow["text"])
    assert narrow["rules"]["codes"][0] == "M001" and not any(c.startswith(("C", "P")) for c in narrow["rules"]["codes"])
    assert signature("--no-default-glossary")["text"].split("|")[1].startswith("glossaries:none#")


def test_sarif_and_html_carry_the_same_signature(doc):
    text = signature()["text"]
    sarif = json.loads(CliRunner().invoke(app, ["run", "a.txt", "--format", "sarif"]).stdout)
    if SARIF_SCHEMA.is_file():
        jsonschema.validate(sarif, json.loads(SARIF_SCHEMA.read_text()))
    assert sarif["runs"][0]["properties"]["signature"]["text"] == text
    page = CliRunner().invoke(app, ["run", "a.txt", "--format", "html"]).stdout
    assert f'<footer><p class="note">signature: <code class="signature">{text}</code>' in page
    assert text not in CliRunner().invoke(app, ["run", "a.txt"]).stdout  # the text report stays as it was
