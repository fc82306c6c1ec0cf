"""The README stays true to what the code does: its rule list and its sample output are live."""

from typer.testing import CliRunner

from audit.cli import app
from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_lists_every_rule_as_audit_rules_prints_it():
    for line in CliRunner().invoke(app, ["rules"]).output.splitlines():
        assert line in README, line


def test_readme_sample_output_is_the_seed_report():
    output = CliRunner().invoke(app, ["run", str(ROOT / "seeds")]).output
    for line in output.rstrip().splitlines():
        assert line.replace(str(ROOT) + "/", "") in README, line


def test_readme_quick_start_matches_ci():
    ci = (ROOT / ".ci" / "run").read_text()
    command = ci.strip().splitlines()[-1]
    assert command in README
