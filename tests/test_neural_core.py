"""Neural evidence without the extra: the core never imports torch, and a missing extra is said once."""

from __future__ import annotations

import subprocess
import sys

from audit.document import Document
from audit.engine import find_all
from audit.neural import NeuralOptions, configure, take_notes
from audit.rules import select_rules

TEXT = "The group Hayat Tahrir al-Sham said that his forces took Homsnorth of Damascus."


def test_core_never_imports_torch(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text(TEXT, encoding="utf-8")
    code = (
        "import sys, runpy\n"
        f"sys.argv = ['audit', 'run', {str(doc)!r}]\n"
        "try:\n    runpy.run_module('audit', run_name='__main__')\nexcept SystemExit:\n    pass\n"
        "import audit.neural, audit.runner\n"
        "assert 'torch' not in sys.modules and 'transformers' not in sys.modules, 'torch imported'\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "Homsnorth" in out.stdout


def test_missing_extra_is_said_once_and_the_run_goes_on(monkeypatch, bundled_glossary):
    from audit.neural import loading

    monkeypatch.setattr(loading, "missing_extra", lambda: "torch not installed: install the neural extra")
    rules = select_rules()
    plain = [(f.rule, f.start, f.confidence) for f in find_all(Document("<t>", TEXT), bundled_glossary, rules)]
    configure(NeuralOptions(model="some/model", ner_model="some/ner"))
    try:
        for _ in range(3):
            found = find_all(Document("<t>", TEXT), bundled_glossary, rules)
            assert [(f.rule, f.start, f.confidence) for f in found] == plain
        notes = take_notes()
        assert len(notes) == 2 and all("torch not installed" in n for n in notes)
        assert sorted(n.split(":")[0] for n in notes) == ["--model some/model", "--ner-model some/ner"]
        assert take_notes() == []
    finally:
        configure(None)


def test_notes_reach_the_run_once(monkeypatch, tmp_path, bundled_glossary):
    from audit.neural import loading
    from audit.runner import audit_paths

    monkeypatch.setattr(loading, "missing_extra", lambda: "torch not installed")
    paths = []
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(TEXT, encoding="utf-8")
        paths.append(str(tmp_path / f"{i}.txt"))
    configure(NeuralOptions(model="some/model"))
    try:
        warnings = [w for o in audit_paths(paths, bundled_glossary, select_rules(), 0.5) for w in o.warnings]
    finally:
        configure(None)
    assert len(warnings) == 1 and "torch not installed" in warnings[0]


def test_bad_options_are_usage_errors(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text(TEXT, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "audit", "run", str(doc), "--model", "x/y", "--device", "tpu"],
                         capture_output=True, text=True)
    assert out.returncode == 2 and "--device must be one of auto, cpu, cuda" in out.stderr


def test_glossary_suggest_without_a_model(tmp_path):
    from typer.testing import CliRunner

    from audit.cli import app

    (tmp_path / "a.txt").write_text(
        "Karim Bazzi met the envoy. Later Karim Bazzi said the talks failed.\n"
        "Commander Walid Tannous spoke. Walid Tanous denied it. Walid Tannous left.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["glossary", "suggest", str(tmp_path)])
    assert result.exit_code == 0, result.output
    import yaml

    entities = {e["canonical"]: e for e in yaml.safe_load(result.stdout)["entities"]}
    assert set(entities) == {"Karim Bazzi", "Walid Tannous"}
    assert entities["Walid Tannous"]["variants"] == ["Walid Tanous"]
    assert entities["Walid Tannous"]["type"] == "person" and entities["Walid Tannous"]["pronoun"] == "they"
    out = tmp_path / "suggested.yaml"
    out.write_text(result.stdout, encoding="utf-8")
    check = CliRunner().invoke(app, ["glossary", "check", str(out)])
    assert check.exit_code == 0, check.output
