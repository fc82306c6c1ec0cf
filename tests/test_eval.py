"""`audit eval`: gold parsing, matching, metrics, calibration."""

import json

import pytest
from typer.testing import CliRunner

from audit.cli import app
from audit.evaluation.gold import GoldError, load_gold
from audit.evaluation.metrics import evaluate
from conftest import ROOT


def gold_file(tmp_path, records):
    p = tmp_path / "gold.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return p


def test_seed_gold_scores_perfectly():
    result = CliRunner().invoke(app, ["eval", str(ROOT / "bench" / "corpus" / "seed.gold.jsonl"), "--format", "json"])
    data = json.loads(result.output)
    assert data["overall"]["gold"] == 11
    assert data["overall"]["precision"] == 1.0 and data["overall"]["recall"] == 1.0
    assert data["overall"]["fix_accuracy"] == 1.0


def test_false_positive_miss_and_wrong_fix(tmp_path, glossary):
    path = gold_file(tmp_path, [
        {"id": "a", "text": "The rebels took Homsnorth of Damascus. Earlier,fighting went on.",
         "artifacts": [{"class": "merged-words", "quote": "Homsnorth", "corrections": ["Homs, north"]}]},
        {"id": "b", "text": "Relations between Russia And Iran grew.", "artifacts": [
            {"class": "name-variant", "quote": "Iran", "corrections": ["Persia"]}]},
        {"id": "c", "clean": True, "text": "A clean sentence about Homs and Damascus."},
    ])
    ev = evaluate(load_gold(path), glossary)
    merged = ev.per_class["merged-words"]
    assert (merged.gold, merged.found, merged.true_positives) == (1, 2, 1)  # the comma is not annotated
    assert merged.fix_accuracy == 0.0  # "Homs north" is not the gold "Homs, north"
    assert ev.per_class["name-variant"].recall == 0.0
    assert ev.per_class["capitalisation"].precision == 0.0
    assert ev.clean_words == 7 and ev.false_alarms_per_10k == 0.0
    assert sum(n for _, _, n, _, _ in ev.calibration()) == len(ev.scored)


def test_gold_errors_name_file_and_line(tmp_path):
    path = gold_file(tmp_path, [{"id": "a", "text": "abc", "artifacts": [{"class": "merged-words", "quote": "xyz"}]}])
    with pytest.raises(GoldError) as err:
        load_gold(path)
    assert err.value.problems[0].startswith(f"{path}:1:") and "not found" in err.value.problems[0]
    path.write_text('{"id": "a", "text": "abc"}\n{not json\n')
    with pytest.raises(GoldError) as err:
        load_gold(path)
    assert f"{path}:2: invalid JSON" in err.value.problems[0]
    result = CliRunner().invoke(app, ["eval", str(path)])
    assert result.exit_code == 2 and "invalid JSON" in result.output


def test_fixed_lines_keep_alignment_and_audit_each_document(glossary):
    """Blank lines separate documents; no fix adds or removes a line."""
    from audit.evaluation.reference import fixed_lines
    from audit.rules import select_rules

    text = "Relations between Russia And Iran deepened.\nline two\n\n\nthe army withdrew.The rebels came.\n"
    lines, applied = fixed_lines(text, glossary, select_rules(), 0.5)
    assert lines == ["Relations between Russia and Iran deepened.", "line two", "", "",
                     "the army withdrew. The rebels came."]
    assert applied == 2
