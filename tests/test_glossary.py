"""Glossary loading and validation: every problem names the file and line."""

from pathlib import Path

import pytest

from audit.glossary import GlossaryError, load_glossary


def write(tmp_path: Path, text: str, name: str = "g.yaml") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def problems(*paths) -> list[str]:
    with pytest.raises(GlossaryError) as err:
        load_glossary(list(paths), defaults=False)
    return err.value.problems


GOOD = """entities:
  - id: sohr
    canonical: Syrian Observatory for Human Rights
    type: organization
    aliases: [SOHR]
    acronyms: {es: [OSDH]}
"""


def test_valid_glossary_loads(tmp_path):
    g = load_glossary([write(tmp_path, GOOD)], defaults=False)
    assert [e.id for e in g.entities] == ["sohr"]
    assert g.entities[0].acronym == "SOHR"


def test_bundled_glossaries_are_valid_and_large():
    g = load_glossary()
    assert len(g.entities) >= 80 + 40
    assert any(e.id == "ahmed-al-sharaa" for e in g.entities)


def test_unknown_key_names_file_and_line(tmp_path):
    p = write(tmp_path, GOOD + "    colour: blue\n")
    [problem] = problems(p)
    assert problem.startswith(f"{p}:7:") and "unknown key 'colour'" in problem


def test_bad_yaml_names_file_and_line(tmp_path):
    p = write(tmp_path, "entities:\n  - id: x\n    canonical: [unclosed\n")
    [problem] = problems(p)
    assert problem.startswith(f"{p}:") and "invalid YAML" in problem


def test_variant_claimed_by_two_entities(tmp_path):
    p = write(tmp_path, """entities:
  - id: a
    canonical: Alpha
    type: place
    variants: [Alfa]
  - id: b
    canonical: Beta
    type: place
    variants: [Alfa]
""")
    [problem] = problems(p)
    assert f"{p}:9:" in problem and "claimed by 'b' and by 'a'" in problem


def test_variant_equal_to_an_alias(tmp_path):
    p = write(tmp_path, """entities:
  - id: a
    canonical: Alpha
    type: place
    aliases: [Alfa]
  - id: b
    canonical: Beta
    type: place
    variants: [Alfa]
""")
    [problem] = problems(p)
    assert f"{p}:9:" in problem and "also an accepted form of 'a'" in problem


def test_duplicate_id_across_files(tmp_path):
    a = write(tmp_path, GOOD, "a.yaml")
    b = write(tmp_path, GOOD.replace("OSDH", "XYZ"), "b.yaml")
    assert any("duplicate id 'sohr'" in p for p in problems(a, b))


def test_person_needs_pronoun_and_types_are_checked(tmp_path):
    p = write(tmp_path, """entities:
  - id: x
    canonical: Some One
    type: person
  - id: y
    canonical: Some Where
    type: planet
""")
    found = problems(p)
    assert any("needs a pronoun" in q for q in found)
    assert any("unknown type 'planet'" in q for q in found)


def test_missing_file(tmp_path):
    assert "no such file" in problems(tmp_path / "nope.yaml")[0]


def test_bad_language_code(tmp_path):
    p = write(tmp_path, GOOD.replace("{es: [OSDH]}", "{spanish: [OSDH]}"))
    assert "language code 'spanish'" in problems(p)[0]


def test_variant_fix_keeps_word_count():
    g = load_glossary()
    sharaa = next(e for e in g.entities if e.id == "ahmed-al-sharaa")
    assert sharaa.best_form("al Chareh") == "al-Sharaa"
    assert sharaa.best_form("Chareh") == "Sharaa"
