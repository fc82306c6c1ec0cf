"""Errata of the clean English (bench/corpus/errata.jsonl): loading, applying, clear errors."""

import json

import pytest

from audit.evaluation.errata import ErrataError, apply_errata, load_errata
from conftest import ROOT, SHARED

CORPORA = SHARED / "corpora" / "wmt23"


def _write(path, entries):
    path.write_text("\n".join(e if isinstance(e, str) else json.dumps(e) for e in entries) + "\n", encoding="utf-8")
    return path


def test_applies_each_erratum_to_its_line(tmp_path):
    corpus = tmp_path / "ref.en"
    corpus.write_text("First line.\nThere are  distinctions,, here.\nLast.", encoding="utf-8")
    errata = load_errata(_write(tmp_path / "errata.jsonl", [
        {"file": "ref.en", "line": 2, "wrong": "distinctions,,", "right": "distinctions,", "note": "doubled comma"},
    ]))
    text, applied = apply_errata(corpus.name, corpus.read_text(encoding="utf-8"), errata)
    lines = text.split("\n")
    assert applied == 1
    assert lines == ["First line.", "There are distinctions, here.", "Last."]


def test_a_bad_entry_names_the_file_and_line(tmp_path):
    bad = _write(tmp_path / "errata.jsonl", [{"file": "a", "line": 1, "wrong": "x", "right": "y"}, "{not json"])
    with pytest.raises(ErrataError, match=r"errata.jsonl:2: not an erratum"):
        load_errata(bad)
    missing = _write(tmp_path / "missing.jsonl", [{"file": "a", "line": 1, "right": "y"}])
    with pytest.raises(ErrataError, match=r"missing.jsonl:1"):
        load_errata(missing)


def test_a_stale_erratum_is_an_error_not_a_silent_skip(tmp_path):
    corpus = tmp_path / "ref.en"
    corpus.write_text("nothing to fix here\n", encoding="utf-8")
    entry = {"file": "ref.en", "line": 1, "wrong": ",,", "right": ","}
    errata = load_errata(_write(tmp_path / "errata.jsonl", [entry]))
    with pytest.raises(ErrataError, match=r"ref.en:1: ',,' occurs 0 times"):
        apply_errata(corpus.name, corpus.read_text(encoding="utf-8"), errata)


@pytest.mark.skipif(not CORPORA.is_dir(), reason="../shared/corpora is not beside the checkout")
def test_the_project_errata_apply_to_the_corpus():
    errata = load_errata(ROOT / "bench" / "corpus" / "errata.jsonl")
    applied = sum(apply_errata(name, (CORPORA / name).read_text(encoding="utf-8"), errata)[1] for name in errata)
    assert applied == sum(len(v) for lines in errata.values() for v in lines.values()) >= 30
