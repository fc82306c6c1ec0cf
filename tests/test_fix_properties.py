"""Properties of fixing (hypothesis): only the edited spans change; deterministic; idempotent; the
fixed text no longer shows the applied findings; arbitrary Unicode never crashes `run` or `fix`."""

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit.document import Document
from audit.emitters.text import TextEmitter
from audit.engine import audit_document, find_all
from audit.fixer import apply_edits, fix_text, plan_fixes
from audit.inputs import decode
from audit.model import Applicability
from audit.rewrite import _encoding
from audit.rules import select_rules

RULES = select_rules()
# artifacts the rules fix, mixed with arbitrary text: combining marks, emoji, right-to-left script
PIECES = ["Hayat Tahrir al-Sham He posted", " his forces ", "Homsnorth of Damascus", " (OSDH) ", "«With",
          "Ahmed al Chareh", "Russia And Iran", " Homs , ", ". . ", "said.The ", "\n\n", "\r\n", " ", "e\u0301",
          "👩🏽‍⚕️", "مرحبا بالعالم", "שלום", "\u202e", "ǅ", "ß", "İ"]
TEXT = st.lists(st.sampled_from(PIECES) | st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                                                   max_size=12), max_size=14).map("".join)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def finder(glossary):
    return lambda text: find_all(Document("<t>", text), glossary, RULES)


@SETTINGS
@given(text=TEXT)
def test_only_edited_spans_change(bundled_glossary, text):
    plan = plan_fixes(finder(bundled_glossary)(text), min_confidence=0.5)
    fixed = apply_edits(text, plan.edits)
    pos, out_pos = 0, 0
    for e in sorted(plan.edits):  # every edit of every fix applied, non-overlapping
        kept = text[pos : e.start]
        assert fixed[out_pos : out_pos + len(kept)] == kept
        out_pos += len(kept) + len(e.replacement)
        assert fixed[out_pos - len(e.replacement) : out_pos] == e.replacement
        pos = e.end
    assert fixed[out_pos:] == text[pos:]


@SETTINGS
@given(text=TEXT)
def test_fixing_is_deterministic_idempotent_and_leaves_no_applied_finding(bundled_glossary, text):
    find = finder(bundled_glossary)
    once = fix_text(text, find, min_confidence=0.5, min_applicability=Applicability.UNSAFE)
    assert fix_text(text, find, min_confidence=0.5, min_applicability=Applicability.UNSAFE).text == once.text
    twice = fix_text(once.text, find, min_confidence=0.5, min_applicability=Applicability.UNSAFE)
    if not once.skipped:  # no fix cycle cut short
        assert twice.text == once.text
        report = audit_document(Document("<t>", once.text), bundled_glossary, RULES, 0.5)
        applied = {(f.rule, f.text, f.show_fix()) for f in once.applied}
        assert not [f for f in report.findings if (f.rule, f.text, f.show_fix()) in applied]


@settings(max_examples=40, deadline=None)
@given(data=st.binary(max_size=300).filter(lambda b: b"\x00" not in b))
def test_any_bytes_never_crash_run_or_fix_and_round_trip(bundled_glossary, data):
    text, _ = decode(data, "<bytes>")
    if text is None:
        return  # skipped as binary, with a warning
    report = audit_document(Document("<bytes>", text), bundled_glossary, RULES, 0.0)
    TextEmitter(io.StringIO(), width=60).document(report)  # the composed lines too
    result = fix_text(text, finder(bundled_glossary), min_confidence=0.5, min_applicability=Applicability.UNSAFE)
    encoding = _encoding(data, text)
    assert encoding is not None and text.encode(encoding) == data  # what `fix` rewrites keeps every other byte
    assert isinstance(result.text, str)


@SETTINGS
@given(text=TEXT)
def test_passes_rebuild_the_fixed_text_and_withdrawn_fixes_say_why(bundled_glossary, text):
    result = fix_text(text, finder(bundled_glossary), min_confidence=0.5, min_applicability=Applicability.UNSAFE)
    rebuilt = text
    for before, applied in result.steps:  # each pass starts from the text the last one made
        assert before == rebuilt
        rebuilt = apply_edits(rebuilt, [e for f in applied for e in f.fix.edits])
    assert rebuilt == result.text and result.passes == len(result.steps)
    assert all(s.reason for s in result.skipped)
