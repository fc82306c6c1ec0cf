"""Overlaps are resolved among the findings a run shows: one too unlikely to be shown never hides
one that is."""

from audit.calibration import load_models
from audit.document import Document
from audit.engine import audit_document, find_all
from audit.glossary import Glossary
from audit.model import Category, Severity
from audit.rules.base import Rule

TEXT = "The army said; He left the city on Monday.\n"
AT = TEXT.index("He")


def _flag(ctx, emit):
    """Flags 'He'."""
    emit(AT, AT + 2, "flagged", evidence={"x": 1.0})


MAJOR_UNLIKELY = Rule("X801", "major-unlikely", Category.GRAMMAR, Severity.MAJOR, _flag, example=TEXT)
MINOR_LIKELY = Rule("X802", "minor-likely", Category.GRAMMAR, Severity.MINOR, _flag, example=TEXT)


def test_a_hidden_finding_does_not_hide_a_shown_one(monkeypatch):
    monkeypatch.setitem(load_models(), "X801", {"bias": -1.0})  # about 0.27
    monkeypatch.setitem(load_models(), "X802", {"bias": 2.0})  # about 0.88
    doc = Document(path="<t>", text=TEXT)
    rules = [MAJOR_UNLIKELY, MINOR_LIKELY]
    assert [f.rule for f in find_all(doc, Glossary([]), rules)] == ["X801"]  # more severe wins among all
    assert [f.rule for f in audit_document(doc, Glossary([]), rules, 0.5).findings] == ["X802"]
    assert audit_document(doc, Glossary([]), rules, 0.2).findings[0].rule == "X801"
