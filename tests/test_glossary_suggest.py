"""`audit glossary suggest` without a NER model: the romanisation conventions say which spelling of
a feed's recurring name is the English one."""

import yaml
from typer.testing import CliRunner

from audit.cli import app
from audit.neural.suggest import english_form, english_word


def test_english_form_of_a_name_in_another_convention():
    assert english_word("Wenediktowa") == "Venediktova"  # German, read back as a Cyrillic name
    assert english_word("Choïgou") is None  # no Slavic ending and English does not know the reading alone
    assert english_form("Dmitri Peskow") == "Dmitri Peskov"
    assert english_form("Hans Modrow") is None  # a German name: its -ow is German's own
    assert english_form("Karim Bazzi") is None


def _suggest(tmp_path, text: str) -> dict:
    (tmp_path / "feed.txt").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["glossary", "suggest", str(tmp_path)])
    assert result.exit_code == 0, result.output
    out = tmp_path / "suggested.yaml"
    out.write_text(result.stdout, encoding="utf-8")
    check = CliRunner().invoke(app, ["glossary", "check", str(out)])
    assert check.exit_code == 0, check.output
    return {e["canonical"]: e for e in yaml.safe_load(result.stdout)["entities"]}


def test_the_english_spelling_is_proposed_with_the_feed_spellings_as_variants(tmp_path):
    entities = _suggest(tmp_path, (
        "Prosecutor General Iryna Wenediktowa opened a case on Monday.\n"
        "On Friday Wenediktowa said two more cases would follow.\n"
        "Iryna Venediktova later confirmed the charges.\n"))
    entry = entities["Iryna Venediktova"]
    assert entry["variants"] == ["Iryna Wenediktowa", "Wenediktowa"]
    assert entry["aliases"] == ["Venediktova"]
    assert entry["type"] == "person"
    assert "not seen in the feed" not in entry["note"]


def test_a_name_only_ever_written_in_another_convention(tmp_path):
    entities = _suggest(tmp_path, (
        "Grid chief Wolodymyr Kudryzkyj warned of blackouts.\n"
        "Kudryzkyj said repairs would take weeks. Later Wolodymyr Kudryzkyj left.\n"))
    entry = entities["Volodymyr Kudrytsky"]
    assert entry["variants"] == ["Kudryzkyj", "Wolodymyr Kudryzkyj"]
    assert "not seen in the feed" in entry["note"]


def test_names_no_convention_explains_keep_the_commonest_spelling(tmp_path):
    entities = _suggest(tmp_path, "Hans Modrow died. Hans Modrow led the government. Karim Bazzi met Hans Modrow.\n")
    assert "Hans Modrow" in entities and "variants" not in entities["Hans Modrow"]
