"""False alarms on clean English (WMT23 originals and human references): the acceptance bound."""

import importlib.util

import pytest

from conftest import ROOT, SHARED

CORPORA = SHARED / "corpora" / "wmt23"


def _script():
    spec = importlib.util.spec_from_file_location("false_alarms", ROOT / "scripts" / "false_alarms.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not CORPORA.is_dir(), reason="../shared/corpora is not beside the checkout")
def test_at_most_three_findings_per_10000_words():
    words, per_rule, other_script, corrected = _script().measure(CORPORA, 0.5)
    assert words > 200_000 and corrected >= 20
    rate = 10000 * sum(per_rule.values()) / words
    assert rate <= 3.0, f"{rate:.2f} per 10,000 words: {dict(per_rule)}"
    # the English text alone, its known slips corrected (bench/corpus/errata.jsonl): issue 3's
    # target is 1 per 10,000 words (measured 0.25)
    english_rate = 10000 * (sum(per_rule.values()) - other_script) / words
    assert english_rate <= 1.0, f"{english_rate:.2f} per 10,000 words on English lines: {dict(per_rule)}"


@pytest.mark.skipif(not CORPORA.is_dir(), reason="../shared/corpora is not beside the checkout")
def test_source_aware_rules_rarely_flag_human_translations():
    """The S rules on WMT23 source/reference pairs: every finding is a false alarm, except on
    reference lines left in another script (really untranslated) and the references' own slips
    judged by hand (bench/corpus/s001-refs-judged.jsonl)."""
    spec = importlib.util.spec_from_file_location("source_false_alarms", ROOT / "scripts" / "source_false_alarms.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    segments, words, per_rule, other_script = module.measure(CORPORA, 0.5)
    assert segments > 9000
    false_alarms = sum(per_rule.values()) - other_script
    assert 1000 * false_alarms / segments <= 1.0, dict(per_rule)  # issue 16's target; measured: 0.70 per 1,000
