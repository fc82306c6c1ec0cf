"""Every rule is documented, has a live example, and has valid/invalid tables in the tests."""

import re

import pytest

from audit.document import Document
from audit.engine import find_all
from audit.explain import example_glossary
from audit.glossary import load_glossary
from audit.rules import REGISTRY
from conftest import ROOT

TESTS = "".join(p.read_text() for p in (ROOT / "tests").glob("test_rules_*.py"))


@pytest.mark.parametrize("code", sorted(REGISTRY))
def test_rule_is_documented(code):
    rule = REGISTRY[code]
    assert re.fullmatch(r"[A-Z]\d{3}", code)
    assert re.fullmatch(r"[a-z]+(-[a-z]+)*", rule.name)
    text = rule.explanation
    assert rule.summary and "What it does" in text and "Why" in text, "what it does and why it is wrong"
    assert "Leaves alone" in text, "what it leaves alone, as a principle"
    assert "Fix" in text or "fix" in text, "its fix (or why it has none)"


@pytest.mark.parametrize("code", sorted(REGISTRY))
def test_rule_example_triggers_it(code):
    rule = REGISTRY[code]
    doc = Document("<example>", rule.example, source=rule.source_example or None, source_lang=rule.example_source_lang)
    findings = find_all(doc, example_glossary(rule, load_glossary()), [rule])
    # a rule whose findings are one reading of two (P008: a lost full stop) shows them below 0.5
    assert findings, f"{code}: its example shows no finding"


@pytest.mark.parametrize("code", sorted(REGISTRY))
def test_rule_has_test_tables(code):
    assert f'"{code}"' in TESTS or f"{code}_VALID" in TESTS, f"{code} has no valid/invalid table"


@pytest.mark.parametrize("code", sorted(REGISTRY))
def test_rule_has_an_artifact_class(code):
    assert REGISTRY[code].artifact_class


def test_language_data_lists_hold_only_strings():
    """YAML reads bare on/no/yes as booleans: every word in the language data must stay a string."""
    import yaml

    raw = yaml.safe_load((ROOT / "audit" / "data" / "english.yaml").read_text(encoding="utf-8"))
    for key, value in raw.items():
        values = value if isinstance(value, list) else [w for v in (value or {}).values() if isinstance(v, list) for w in v] if isinstance(value, dict) else []
        assert all(isinstance(w, str) for w in values), f"{key}: {[w for w in values if not isinstance(w, str)]}"
