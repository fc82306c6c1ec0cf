"""The command line: exit codes, formats, options and bad input."""

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from audit.cli import app
from conftest import ROOT

SCHEMA = json.loads((ROOT / "audit" / "schemas" / "report.schema.json").read_text())
SEED = ROOT / "seeds"
DIRTY = "The rebels took Homsnorth of Damascus on Saturday.\n"
CLEAN = "The rebels took Homs, north of Damascus, on Saturday.\n"


def run(*args, input=None):
    return CliRunner().invoke(app, list(args), input=input)


def write(tmp_path: Path, name: str, data) -> Path:
    p = tmp_path / name
    (p.write_bytes if isinstance(data, bytes) else p.write_text)(data)
    return p


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and result.output.startswith("audit ")


def test_exit_0_when_clean(tmp_path):
    assert run("run", str(write(tmp_path, "a.txt", CLEAN))).exit_code == 0


def test_exit_1_when_findings(tmp_path):
    result = run("run", str(write(tmp_path, "a.txt", DIRTY)))
    assert result.exit_code == 1 and "M001 glued-words" in result.output


def test_exit_2_on_missing_path(tmp_path):
    result = run("run", str(tmp_path / "missing.txt"))
    assert result.exit_code == 2 and "missing.txt: no such file or directory" in result.output


def test_exit_2_on_bad_option():
    assert run("run", str(SEED), "--format", "xml").exit_code == 2
    assert run("run", str(SEED), "--min-confidence", "2").exit_code == 2
    assert run("run", str(SEED), "--select", "Z999").exit_code == 2


def test_exit_2_on_bad_glossary(tmp_path):
    bad = write(tmp_path, "g.yaml", "entities:\n  - id: x\n    canonical: X\n    type: place\n    size: 3\n")
    result = run("run", str(SEED), "--glossary", str(bad))
    assert result.exit_code == 2 and f"{bad}:5: unknown key 'size'" in result.output
    assert "Traceback" not in result.output


def test_json_matches_schema_and_offsets(tmp_path):
    path = write(tmp_path, "a.txt", DIRTY)
    result = run("run", str(path), "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.output)
    jsonschema.validate(data, SCHEMA)
    [doc] = data["documents"]
    [finding] = doc["findings"]
    assert DIRTY[finding["start"] : finding["end"]] == finding["text"] == "Homsnorth"
    assert (finding["line"], finding["column"]) == (1, 17)


def test_json_for_the_seed_matches_schema():
    data = json.loads(run("run", str(SEED), "--format", "json").output)
    jsonschema.validate(data, SCHEMA)
    assert data["documents"][0]["metadata"] == {"date": "2024-12-08"}


def test_select_and_ignore(tmp_path):
    path = str(write(tmp_path, "a.txt", DIRTY))
    assert run("run", path, "--ignore", "M").exit_code == 0
    assert run("run", path, "--select", "N,P").exit_code == 0
    assert run("run", path, "--select", "M001").exit_code == 1


def test_min_confidence_hides_findings(tmp_path):
    path = str(write(tmp_path, "a.txt", DIRTY))
    assert run("run", path, "--min-confidence", "1.0").exit_code == 0  # no finding is certain (ceiling 0.99)


def test_stdin():
    result = run("run", "-", input=DIRTY)
    assert result.exit_code == 1 and "<stdin>" in result.output


def test_directory_recursion(tmp_path):
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "a.md", DIRTY)
    write(tmp_path, "b.txt", CLEAN)
    write(tmp_path, "c.csv", DIRTY)  # not a text suffix: not read
    result = run("run", str(tmp_path), "--format", "json")
    paths = [Path(d["path"]).name for d in json.loads(result.output)["documents"]]
    assert sorted(paths) == ["a.md", "b.txt"]


def test_empty_file_is_fine(tmp_path):
    result = run("run", str(write(tmp_path, "empty.txt", "")))
    assert result.exit_code == 0 and "0 words" in result.output


def test_binary_file_skipped_with_warning(tmp_path):
    path = write(tmp_path, "x.txt", b"\x00\x01\x02binary\x00")
    result = run("run", str(path))
    assert result.exit_code == 0 and "looks like a binary file" in result.output


def test_cp1252_file_decoded_with_warning(tmp_path):
    path = write(tmp_path, "x.txt", "Caf\u00e9 owners met in Homsnorth.\n".encode("cp1252"))
    result = run("run", str(path), "--format", "json")
    assert "decoded as cp1252" in result.output
    data = json.loads(result.stdout)
    assert data["documents"][0]["findings"][0]["text"] == "Homsnorth"


def test_bom_and_crlf_offsets(tmp_path):
    text = "First line.\r\nThe rebels took Homsnorth of Damascus.\r\n"
    path = write(tmp_path, "x.txt", b"\xef\xbb\xbf" + text.encode())
    finding = json.loads(run("run", str(path), "--format", "json").output)["documents"][0]["findings"][0]
    assert text[finding["start"] : finding["end"]] == "Homsnorth"
    assert (finding["line"], finding["column"]) == (2, 17)


def test_aggregator_header_is_metadata(tmp_path):
    path = write(tmp_path, "x.txt", " date 2024-12-08 The rebels took Homs.\n")
    data = json.loads(run("run", str(path), "--format", "json").output)
    doc = data["documents"][0]
    assert doc["metadata"] == {"date": "2024-12-08"} and doc["findings"] == [] and doc["words"] == 4


def test_rules_and_explain():
    listed = run("rules").output
    assert "M001  glued-words" in listed and "P003" in listed
    explained = run("explain", "M001")
    assert explained.exit_code == 0
    assert "Homs north of Damascus" in explained.output and "What it does" in explained.output
    assert run("explain", "X123").exit_code == 2


def test_glossary_check(tmp_path):
    assert run("glossary", "check", str(ROOT / "glossaries")).exit_code == 0
    bad = write(tmp_path, "g.yaml", "entities: [")
    result = run("glossary", "check", str(bad))
    assert result.exit_code == 2 and "invalid YAML" in result.output


def test_no_default_glossary_drops_names(tmp_path):
    path = str(write(tmp_path, "a.txt", "His leader Ahmed al Chareh spoke in Homs and Damascus.\n"))
    assert run("run", path, "--select", "N001").exit_code == 1
    assert run("run", path, "--select", "N001", "--no-default-glossary").exit_code == 0


def test_text_output_fits_80_columns():
    result = run("run", str(SEED))
    finding_lines = [l for l in result.output.splitlines() if l.startswith("  ") and "%" in l]
    assert finding_lines and all(len(l) <= 80 for l in finding_lines)


def test_module_entry_point():
    out = subprocess.run([sys.executable, "-m", "audit", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.startswith("audit ")


def test_untranslated_paragraph_outranks_names_inside_it(tmp_path):
    text = "El Observatorio Sirio de Derechos Humanos (OSDH) informó que los rebeldes entraron en la ciudad de Damasco.\n"
    data = json.loads(run("run", str(write(tmp_path, "es.txt", text)), "--format", "json").output)
    rules = [f["rule"] for f in data["documents"][0]["findings"]]
    assert rules == ["R004"]


def test_folder_without_text_files_is_an_error(tmp_path):
    (tmp_path / "empty").mkdir()
    result = run("run", str(tmp_path / "empty"))
    assert result.exit_code == 2 and "no .txt or .md files" in result.output


def test_each_input_once():
    result = run("run", "-", "-", "--format", "json", input=DIRTY)
    assert len(json.loads(result.output)["documents"]) == 1


def test_binary_without_nul_bytes_is_skipped(tmp_path):
    path = write(tmp_path, "x.txt", bytes(range(1, 32)) * 50)
    assert "looks like a binary file" in run("run", str(path)).output


def test_glossary_check_catches_clash_with_bundled(tmp_path):
    clash = write(tmp_path, "g.yaml", "entities:\n  - id: ahmed-al-sharaa\n    canonical: X\n    type: place\n")
    assert run("glossary", "check", str(clash)).exit_code == 2
    assert run("glossary", "check", str(clash), "--no-default-glossary").exit_code == 0


def test_glossary_list_error_names_the_key(tmp_path):
    bad = write(tmp_path, "g.yaml", "entities:\n  - id: x\n    canonical: X\n    type: place\n    variants: [3, null]\n")
    result = run("glossary", "check", str(bad), "--no-default-glossary")
    assert "'variants' must be a list of non-empty strings" in result.output


def test_jobs_gives_the_same_report(tmp_path):
    for i in range(4):
        write(tmp_path, f"d{i}.txt", DIRTY if i % 2 else CLEAN)
    one = run("run", str(tmp_path), "--format", "json", "--jobs", "1").output
    two = run("run", str(tmp_path), "--format", "json", "--jobs", "2").output
    assert one == two and json.loads(one)["summary"]["findings"] == 2


def test_source_lang_limits_residue_to_that_language(tmp_path):
    a = write(tmp_path, "a.txt", "Rebels advanced from Homs towards Alep.\n")
    b = write(tmp_path, "b.txt", "Rebels left Homs for Alep.\n")
    assert "R002" in run("run", str(a), "--select", "R").output
    assert "R002" in run("run", str(a), "--select", "R", "--source-lang", "fr-FR").output
    for jobs in ("1", "2"):
        result = run("run", str(a), str(b), "--select", "R", "--source-lang", "ru", "--jobs", jobs)
        assert result.exit_code == 0 and "R002" not in result.output
    (tmp_path / "audit.toml").write_text('source-lang = "ru"\n')
    result = run("run", str(a), "--select", "R", "--config", str(tmp_path / "audit.toml"))
    assert result.exit_code == 0, result.output


def test_source_lang_must_be_a_language_code(tmp_path):
    result = run("run", str(write(tmp_path, "a.txt", CLEAN)), "--source-lang", "12")
    assert result.exit_code == 2 and "--source-lang: '12' is not a language code" in result.output


def test_score_fixed_with_source_lang(tmp_path):
    hyp = write(tmp_path, "hyp.en", "Rebels advanced from Homs towards Alep.\nThe rebels took Homsnorth of Damascus.\n")
    ref = write(tmp_path, "ref.en", "Rebels advanced from Homs towards Aleppo.\nThe rebels took Homs north of Damascus.\n")
    both = run("score", str(hyp), "--ref", str(ref), "--fixed")
    assert both.exit_code == 0 and "fixed (2 fixes >= 0.8)" in both.output
    russian = run("score", str(hyp), "--ref", str(ref), "--fixed", "--source-lang", "ru")
    assert "fixed (1 fix" in russian.output and "BLEU signature: nrefs:1" in russian.output


def test_fix_follows_source_lang_from_option_and_config(tmp_path):
    doc = write(tmp_path, "a.txt", "Rebels advanced from Homs towards Alep.\n")
    assert "Aleppo" in run("fix", str(doc), "--unsafe-fixes").stdout
    assert "Aleppo" not in run("fix", str(doc), "--unsafe-fixes", "--source-lang", "ru").stdout
    (tmp_path / "audit.toml").write_text('source-lang = "ru"\n')
    result = run("fix", str(doc), "--unsafe-fixes", "--config", str(tmp_path / "audit.toml"))
    assert result.exit_code == 0 and "Aleppo" not in result.stdout
