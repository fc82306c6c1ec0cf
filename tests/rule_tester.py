"""A rule tester in the manner of textlint's `tester.run(rule, {valid, invalid})`.

A rule's test table gives texts it must leave alone (`valid`) and texts it must flag (`invalid`),
each an `Invalid`: the text, what it flags, the text once every shown fix is applied, and the
fixes' applicability. A family's test file declares its tables and gets its tests from `tests()`:

    TABLES = {"M001": Table(valid=["The rebels took Homs."],
                            invalid=[Invalid("the city of Homsnorth", "Homsnorth", "the city of Homs north", "safe")])}
    test_valid, test_invalid = rule_tests(TABLES)
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from conftest import check


@dataclass(frozen=True)
class Invalid:
    text: str
    flagged: str | tuple[str, ...]  # the flagged text (one per finding, in text order)
    output: str  # the text with every shown fix applied
    applicability: str | tuple[str, ...]  # "safe", "unsafe" or "display-only", one per finding
    source_lang: str = ""
    glossary: str = ""  # the glossary fixture, where not the table's
    source: str | None = None  # the source text, for the rules that compare with it


@dataclass(frozen=True)
class Valid:
    """A valid text with its source, for the rules that compare with it (plain strings otherwise)."""

    text: str
    source: str | None = None
    source_lang: str = ""


@dataclass(frozen=True)
class Table:
    valid: list[str | Valid] = field(default_factory=list)
    invalid: list[Invalid] = field(default_factory=list)
    glossary: str = "glossary"  # the pytest fixture that gives the glossary
    # the confidence findings count from: the tables test what a rule finds and how it fixes it;
    # how sure it is comes from the fitted model, which may put a rule below the default 0.5
    min_confidence: float = 0.5


def _as_tuple(value: str | tuple[str, ...], n: int) -> tuple[str, ...]:
    return (value,) * n if isinstance(value, str) else tuple(value)


def rule_tests(tables: dict[str, Table]):
    """The two parametrized tests of a family's tables: valid texts give no finding; invalid ones
    give exactly the stated findings, fixes, output and applicability."""
    valid = [pytest.param(code, text, table.glossary, table.min_confidence, id=f"{code}-valid-{i}")
             for code, table in tables.items() for i, text in enumerate(table.valid)]
    invalid = [pytest.param(code, case, case.glossary or table.glossary, table.min_confidence, id=f"{code}-invalid-{i}")
               for code, table in tables.items() for i, case in enumerate(table.invalid)]

    @pytest.mark.parametrize("code,text,glossary_fixture,min_confidence", valid)
    def test_valid(code, text, glossary_fixture, min_confidence, request):
        case = text if isinstance(text, Valid) else Valid(text)
        findings, _ = check(code, case.text, request.getfixturevalue(glossary_fixture), source_lang=case.source_lang,
                            source=case.source, min_confidence=min_confidence)
        assert findings == [], [(f.text, f.message) for f in findings]

    @pytest.mark.parametrize("code,case,glossary_fixture,min_confidence", invalid)
    def test_invalid(code, case, glossary_fixture, min_confidence, request):
        findings, output = check(code, case.text, request.getfixturevalue(glossary_fixture),
                                 source_lang=case.source_lang, source=case.source, min_confidence=min_confidence)
        flagged = (case.flagged,) if isinstance(case.flagged, str) else tuple(case.flagged)
        findings = sorted(findings, key=lambda f: f.start)
        assert tuple(f.text for f in findings) == flagged, [(f.text, f.message) for f in findings]
        assert output == case.output
        assert tuple(f.applicability.value for f in findings) == _as_tuple(case.applicability, len(flagged))

    return test_valid, test_invalid
