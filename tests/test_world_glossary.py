"""The world glossary (glossaries/world.yaml, from CLDR and GeoNames: scripts/build_world_glossary.py):
bundled and loaded by default, a reference glossary that gives way to the hand-made ones, its
exonyms and romanisations reported (R002, N001), its English names never; its compiled copy on disk."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
import yaml
from rule_tester import Invalid, Table, rule_tests

from audit.document import Document
from audit.glossary import GlossaryError, load_glossary
from audit.glossary import cache as glossary_cache
from audit.glossary.loader import _parse_file
from audit.language.context import Context

ROOT = Path(__file__).resolve().parents[1]
WORLD = ROOT / "glossaries" / "world.yaml"


@pytest.fixture(scope="module")
def world_glossary():
    return load_glossary()


def _world(glossary):
    return [e for e in glossary.entities if e.reference]


def test_loaded_by_default_as_a_reference_glossary(world_glossary):
    world = _world(world_glossary)
    assert len(world) > 500
    assert all(e.source.endswith("world.yaml") for e in world)
    forms = sum(len(e.variants) + sum(map(len, e.exonyms.values())) for e in world)
    assert forms > 2000
    assert not any(e.reference for e in load_glossary(defaults=False, paths=[ROOT / "glossaries" / "general.yaml"]).entities)


def test_world_names_are_fix_targets_not_mentions(world_glossary):
    ctx = Context(Document("<t>", "Talks in Naples, Antwerp and Nuremberg; Poland and the Netherlands."),
                  world_glossary)
    assert [m.text for m in ctx.mentions if m.form.entity.reference] == []
    assert "Nuremberg" not in world_glossary.forms  # its wrong forms only
    assert world_glossary.lookup("Norimberga")[0].entity.canonical == "Nuremberg"
    # no lexicon for word splitting, no key for fuzzy name matching
    assert "norimberga" not in world_glossary.name_words
    assert not any(f.entity.reference for forms in world_glossary.keys.values() for f in forms)


def test_hand_made_glossaries_win(tmp_path):
    """A form another glossary accepts or claims is dropped from the world glossary, silently."""
    mine = tmp_path / "house.yaml"
    mine.write_text(yaml.safe_dump({"entities": [
        {"id": "naples-house", "canonical": "Naples", "type": "city", "aliases": ["Napels"],
         "exonyms": {"de": ["Neapel"]}},
    ]}), encoding="utf-8")
    g = load_glossary([mine])
    assert [f.entity.id for f in g.lookup("Neapel")] == ["naples-house"]
    assert [f.kind for f in g.lookup("Napels")] == ["accepted"]
    assert not any("Napels" in fs for e in _world(g) for fs in e.exonyms.values())
    # the world glossary's own ids are its own: a clash is still an error
    clash = tmp_path / "clash.yaml"
    world_id = _world(g)[0].id
    clash.write_text(yaml.safe_dump({"entities": [{"id": world_id, "canonical": "Somewhere", "type": "place"}]}))
    with pytest.raises(GlossaryError, match="duplicate id"):
        load_glossary([clash])


def test_reference_flag_is_validated(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("reference: maybe\nentities: []\n", encoding="utf-8")
    with pytest.raises(GlossaryError, match="'reference' must be true or false"):
        load_glossary([bad], defaults=False)


TABLES = {
    "R002": Table(
        valid=[
            "Talks resumed in Moscow, Geneva and Nuremberg on Monday.",
            "Kiev, Kyiv, Munich and Seville are accepted English names.",
            "Sergio Checo Perez finished second.",  # a Spanish language name, capitalised: a nickname
            "The guests stayed at the Berlino Hotel near the station.",  # inside another name
            "He studied at the Universidad de Polonia for a year.",
            "Poland and the Netherlands signed; so did Antwerp's port.",
        ],
        invalid=[
            Invalid("Talks resumed in Amberes on Monday.", "Amberes", "Talks resumed in Antwerp on Monday.", "unsafe"),
            Invalid("Norimberga hosted the talks, then Neapel.", ("Norimberga", "Neapel"),
                    "Nuremberg hosted the talks, then Naples.", ("unsafe", "unsafe")),
            Invalid("He studied at the University of Polonia.", "Polonia", "He studied at the University of Poland.",
                    "unsafe"),
            Invalid("Exports to Polonia and Duitsland fell.", ("Polonia", "Duitsland"),
                    "Exports to Poland and Germany fell.", ("unsafe", "unsafe")),
            Invalid("He answered the reporters in fluent inglés.", "inglés",
                    "He answered the reporters in fluent English.", "unsafe"),
        ],
        glossary="world_glossary",
    ),
    "N001": Table(
        valid=["Shelling hit Kharkiv and Chelyabinsk overnight."],
        invalid=[
            Invalid("A meteor fell near Tscheljabinsk in 2013.", "Tscheljabinsk", "A meteor fell near Chelyabinsk in 2013.",
                    "unsafe"),
        ],
        glossary="world_glossary",
    ),
}
test_valid, test_invalid = rule_tests(TABLES)


def test_compiled_copy_is_used_and_equal(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDIT_CACHE_DIR", str(tmp_path))
    problems: list[str] = []
    parsed = _parse_file(WORLD, problems)
    assert problems == [] and list(tmp_path.glob("glossary-*.marshal"))
    cached = glossary_cache.load(WORLD.read_bytes(), str(WORLD))
    assert cached is not None
    assert [(e.id, e.canonical, e.aliases, e.variants, e.exonyms, e.reference, e.line) for e in cached] == \
        [(e.id, e.canonical, e.aliases, e.variants, e.exonyms, e.reference, e.line) for e in parsed]


def test_compiled_copy_ignored_when_corrupt_or_off(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDIT_CACHE_DIR", str(tmp_path))
    _parse_file(WORLD, [])
    for copy in tmp_path.glob("glossary-*.marshal"):
        copy.write_bytes(b"\x00not marshal")
    problems: list[str] = []
    assert len(_parse_file(WORLD, problems)) > 500 and problems == []
    monkeypatch.setenv("AUDIT_CACHE_DIR", "")
    assert glossary_cache.folder() is None
    assert len(_parse_file(WORLD, [])) > 500
    # an unwritable cache folder is no error either
    monkeypatch.setenv("AUDIT_CACHE_DIR", str(tmp_path / "file"))
    (tmp_path / "file").write_text("not a folder")
    assert len(_parse_file(WORLD, [])) > 500


def _build_script():
    spec = importlib.util.spec_from_file_location("build_world_glossary", ROOT / "scripts" / "build_world_glossary.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_world_glossary", module)
    spec.loader.exec_module(module)
    return module


def test_build_script_forms():
    build = _build_script()
    assert build.usable("Ginebra") and build.usable("Nueva York")
    assert not build.usable("MOW") and not build.usable("Москва") and not build.usable("Kyi")
    assert build._clean_english("Myanmar (Burma)") == ("Myanmar", ["Burma"])
    assert build._clean_english("Bosnia & Herzegovina") == ("Bosnia and Herzegovina", ["Bosnia & Herzegovina"])
    assert build._clean_english("Congo - Kinshasa") == (None, [])


def test_generated_file_is_what_the_script_writes():
    """The committed file says how it was made, and is valid for `audit glossary check`."""
    text = WORLD.read_text(encoding="utf-8")
    assert text.startswith("# The world glossary: GENERATED by scripts/build_world_glossary.py")
    assert "reference: true" in text
    data = yaml.safe_load(text)
    ids = [e["id"] for e in data["entities"]]
    assert ids == sorted(ids) and len(ids) == len(set(ids))
