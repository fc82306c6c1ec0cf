"""bench/synthetic.py: a reproducible synthetic gold corpus with exact ground truth."""

import importlib.util
import json
import sys

import pytest

from audit.evaluation.gold import load_gold
from audit.glossary import load_glossary
from conftest import ROOT, SHARED

CORPORA = SHARED / "corpora" / "wmt23"
PER_CLASS = 20
MAX_LINES = 200  # the first 200 lines of each file: enough for every class, fast

pytestmark = pytest.mark.skipif(not CORPORA.is_dir(), reason="../shared/corpora is not beside the checkout")


@pytest.fixture(scope="module")
def synthetic():
    spec = importlib.util.spec_from_file_location("synthetic", ROOT / "bench" / "synthetic.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["synthetic"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generated(synthetic, tmp_path_factory):
    glossary = load_glossary(sorted((ROOT / "glossaries").glob("*.yaml")), defaults=False)
    outs = []
    for name in ("first", "second"):
        out = tmp_path_factory.mktemp(name)
        synthetic.generate(CORPORA, out, seed=7, per_class=PER_CLASS, max_lines=MAX_LINES, glossary=glossary)
        outs.append(out)
    return outs


def _records(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_two_runs_are_byte_identical(generated):
    first, second = generated
    names = sorted(p.name for p in first.iterdir())
    assert names == sorted(p.name for p in second.iterdir())
    assert {"MANIFEST.json", "tune.gold.jsonl", "heldout.gold.jsonl", "tune.hyp.en", "tune.ref.en",
            "heldout.hyp.en", "heldout.ref.en"} <= set(names)
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_corrections_give_back_the_clean_text(generated, synthetic):
    out = generated[0]
    for half in synthetic.HALVES:
        records = _records(out / f"{half}.gold.jsonl")
        hyp = (out / f"{half}.hyp.en").read_text(encoding="utf-8").rstrip("\n").split("\n\n")
        ref = (out / f"{half}.ref.en").read_text(encoding="utf-8").rstrip("\n").split("\n\n")
        assert len(records) == len(hyp) == len(ref)
        for rec, injected, clean in zip(records, hyp, ref):
            text = rec["text"]
            assert text == injected
            assert text.count("\n") == clean.count("\n")  # the two files stay line-aligned
            restored = text
            for a in sorted(rec["artifacts"], key=lambda a: a["start"], reverse=True):
                assert text[a["start"] : a["start"] + len(a["quote"])] == a["quote"]
                restored = restored[: a["start"]] + a["corrections"][0] + restored[a["start"] + len(a["quote"]) :]
            assert restored == clean, rec["id"]
            assert rec["clean"] == (not rec["artifacts"])
            if rec["clean"]:
                assert text == clean


def test_the_halves_share_no_source_text(generated, synthetic):
    halves = synthetic.split_halves(synthetic.read_documents(CORPORA, 7, MAX_LINES), 7)
    lines = {h: {line for d in docs for line in d.lines} for h, docs in halves.items()}
    assert not lines["tune"] & lines["heldout"]
    starts = {h: {(d.file, d.line) for d in docs} for h, docs in halves.items()}
    assert not starts["tune"] & starts["heldout"]
    for half in synthetic.HALVES:
        for rec in _records(generated[0] / f"{half}.gold.jsonl"):
            assert (rec["source"]["file"], rec["source"]["line"]) in starts[half]


def test_every_class_in_each_half_and_the_audit_reads_it(generated, synthetic):
    out = generated[0]
    manifest = json.loads((out / "MANIFEST.json").read_text(encoding="utf-8"))
    for half in synthetic.HALVES:
        docs = load_gold(out / f"{half}.gold.jsonl")  # the format `audit eval` reads
        counts = {c: sum(a.cls == c for d in docs for a in d.artifacts) for c in synthetic.CLASSES}
        assert all(n >= PER_CLASS for n in counts.values()), counts
        assert {c: v["total"] for c, v in manifest["halves"][half]["classes"].items()} == counts
        clean = sum(d.clean for d in docs) / len(docs)
        assert 0.15 <= clean <= 0.25
        for rec in _records(out / f"{half}.gold.jsonl"):
            assert rec["id"].startswith(f"syn-{half}-")
            assert all(a["kind"] and a["corrections"] for a in rec["artifacts"])
            assert 1 <= len(rec["artifacts"]) <= 8 or rec["clean"]  # up to 4 sites (a quote pair is 2)
