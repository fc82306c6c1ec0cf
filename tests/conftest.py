from __future__ import annotations

from pathlib import Path

import pytest

from audit.document import Document
from audit.engine import find_all
from audit.fixer import apply_fixes
from audit.glossary import load_glossary
from audit.rules import select_rules

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def glossary():
    return load_glossary([FIXTURES / "glossary.yaml"], defaults=False)


@pytest.fixture(scope="session")
def house_glossary():
    """The test glossary with its house style declared (N003)."""
    return load_glossary([FIXTURES / "glossary.yaml"], defaults=False, house_style=True)


@pytest.fixture(scope="session")
def bundled_glossary():
    return load_glossary()


def check(code: str, text: str, glossary, min_confidence: float = 0.5, source_lang: str = "", source: str | None = None):
    """Run one rule on a text (a code since split runs every rule it became: audit/data/redirects.yaml):
    (shown findings, text with their fixes applied)."""
    doc = Document(path="<test>", text=text, source=source, source_lang=source_lang)
    findings = [f for f in find_all(doc, glossary, select_rules([code])) if f.confidence >= min_confidence]
    return findings, apply_fixes(text, findings)
