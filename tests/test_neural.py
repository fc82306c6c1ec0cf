"""Neural evidence with tiny models built here (no download): loading through the real code path,
PLL re-scoring, candidate choice, the fitted combination, name recognition, devices and errors."""

from __future__ import annotations

import json
import math
import subprocess
import sys

import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("tokenizers")

from audit.document import Document  # noqa: E402
from audit.engine import find_all  # noqa: E402
from audit.model import Category, Finding, Fix, Severity  # noqa: E402
from audit.neural import NeuralOptions, configure, take_notes  # noqa: E402
from audit.rules import select_rules  # noqa: E402

TEXTS = [
    "The group Hayat Tahrir al-Sham said that his forces control the city of Homsnorth of Damascus.",
    "Liwa Sawt Horan said his fighters had left Russiathe main ally of the government.",
    "Karim Bazzi met the envoy in Aleppo. Later Karim Bazi said the talks had failed.",
    "The ministry said earlier,fighting continued near Hama . Its spokesman He said nothing.",
]
NAMES = {"liwa": "B-ORG", "sawt": "I-ORG", "horan": "I-ORG", "karim": "B-PER", "bazzi": "I-PER", "bazi": "I-PER"}


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    from audit.neural.tiny import build_mlm, build_ner

    root = tmp_path_factory.mktemp("models")
    build_mlm(root / "mlm", TEXTS + ["Homs north its their Russia , the"])
    build_ner(root / "ner", TEXTS, NAMES)
    return root


@pytest.fixture
def neural():
    yield lambda **kw: configure(NeuralOptions(**{"device": "cpu", **kw}))
    configure(None)


def findings(glossary, text):
    return find_all(Document("<t>", text), glossary, select_rules())


def test_every_finding_with_a_fix_is_scored(models, neural, bundled_glossary):
    plain = {t: findings(bundled_glossary, t) for t in TEXTS}
    neural(model=str(models / "mlm"))
    scored = 0
    for t in TEXTS:
        found = findings(bundled_glossary, t)
        assert [(f.rule, f.start) for f in found] == [(f.rule, f.start) for f in plain[t]]
        for f, p in zip(found, plain[t]):
            if f.replacement is not None and f.replacement != f.text:
                assert math.isfinite(f.evidence["mlm_delta"]), f
                assert f.replacement in [p.replacement, *(a.replacement_of(p.start, p.end) for a in p.alternatives)]
                scored += 1
            assert f.confidence == p.confidence  # no fitted combination for this model: the rules' own
    assert scored >= 5
    notes = take_notes()
    assert len(notes) == 1 and "no fitted combination" in notes[0]


def test_batched_equals_one_by_one(models):
    from audit.neural.loading import load_mlm
    from audit.neural.rescoring import Scorer, variants

    loaded = load_mlm(str(models / "mlm"), "cpu")
    items = []
    for t in TEXTS:
        for f in findings_for_scoring(t):
            original, fixed = variants(t, f)
            items += [original, *fixed]
    one = Scorer(loaded, 1).score(items)
    many = Scorer(loaded, 64).score(items)
    assert len(one) == len(items) >= 8
    for (a, n), (b, m) in zip(one, many):
        assert n == m and n > 0 and a == pytest.approx(b, abs=1e-4)


def findings_for_scoring(text):
    from audit.glossary import load_glossary

    return [f for f in find_all(Document("<t>", text), load_glossary(), select_rules()) if f.replacement is not None]


def test_long_lines_are_cut_to_the_model_length(models):
    from audit.neural.loading import load_mlm
    from audit.neural.rescoring import Scorer, Variant

    loaded = load_mlm(str(models / "mlm"), "cpu")
    text = "the city of homs " * 60 + "his forces" + " of damascus" * 60
    at = text.index("his")
    (score, n), = Scorer(loaded, 8).score([Variant(text, at, at + 3)])
    assert n == 3 and math.isfinite(score)  # "his" and the word on each side: "homs", "forces"
    assert loaded.max_length <= 128


class _FakeScorer:
    """Scores a variant by the words it contains, to check the choice and the combination."""

    def __init__(self, table):
        self.table = table

    def score(self, items):
        return [(sum(v for k, v in self.table.items() if k in item.text), 2) for item in items]


def _finding(start, end, replacement, alternatives, confidence=0.8):
    return Finding("M001", "glued-words", Category.SPELLING, Severity.MAJOR, confidence, start, end, "m",
                   fix=Fix.replacing(start, end, replacement), alternatives=[Fix.replacing(start, end, a) for a in alternatives])


def test_the_likelier_candidate_becomes_the_fix():
    from audit.neural.rescoring import rescore

    text = "the city of Homsnorth of Damascus"
    f = _finding(12, 21, "Homs north", ["Homs, north"])
    rescore(text, [f], _FakeScorer({"Homs, north": -1.0, "Homs north": -3.0, "Homsnorth": -9.0}), None)
    assert f.replacement == "Homs, north" and f.alternatives == [Fix.replacing(12, 21, "Homs north")]
    assert f.evidence["mlm_delta"] == pytest.approx((-1.0 + 9.0) / 2) and f.evidence["mlm_choice"] == 1.0
    assert f.confidence == 0.8
    g = _finding(12, 21, "Homs north", ["Homs, north"])
    rescore(text, [g], _FakeScorer({"Homs, north": -3.0, "Homs north": -3.0, "Homsnorth": -9.0}), None)
    assert g.replacement == "Homs north"  # a tie keeps the rule's own fix


def test_fitted_combination_sets_the_confidence(models, neural, bundled_glossary, tmp_path):
    from audit.neural.loading import model_key
    from audit.neural.rescoring import combine

    weights = {"bias": 0.5, "rule_logit": 0.8, "mlm_delta": 1.5}
    path = tmp_path / "neural.json"
    path.write_text(json.dumps({"models": {model_key(str(models / "mlm")): {"weights": weights, "rules": {}}}}))
    neural(model=str(models / "mlm"), combination=path)
    found = [f for f in findings(bundled_glossary, TEXTS[0]) if "mlm_delta" in f.evidence]
    assert found
    for f in found:
        assert f.confidence == round(combine(weights, f.evidence["rule_confidence"], f.evidence["mlm_delta"]), 3)
    assert take_notes() == []


def test_names_the_glossary_lacks_feed_the_rules(models, neural, bundled_glossary):
    assert not [f for f in findings(bundled_glossary, TEXTS[1]) if f.rule == "P003"]
    neural(ner_model=str(models / "ner"))
    p003 = [f for f in findings(bundled_glossary, TEXTS[1]) if f.rule == "P003"]
    assert [(f.text, f.replacement) for f in p003] == [("his", "its")]
    n004 = [f for f in findings(bundled_glossary, TEXTS[2]) if f.rule == "N004"]
    assert [(f.text, f.replacement) for f in n004] == [("Karim Bazi", "Karim Bazzi")]


@pytest.mark.parametrize("device", ["cpu", "auto"])
def test_devices_and_offline(models, device):
    from audit.neural.loading import load_mlm, load_ner

    assert load_mlm(str(models / "mlm"), device, offline=True).device == "cpu" or device == "auto"
    assert load_ner(str(models / "ner"), device, offline=True).model.config.id2label[1] == "B-PER"


def test_cuda_without_a_gpu_is_a_clear_error(models):
    import torch

    from audit.neural import NeuralError
    from audit.neural.loading import load_mlm

    if torch.cuda.is_available():
        assert load_mlm(str(models / "mlm"), "cuda").device == "cuda"
        return
    with pytest.raises(NeuralError, match="--device cuda: torch sees no CUDA device"):
        load_mlm(str(models / "mlm"), "cuda")


def test_clear_errors(models, tmp_path, monkeypatch):
    import shutil

    from audit.neural import NeuralError
    from audit.neural.loading import load_mlm, load_ner

    with pytest.raises(NeuralError, match="no such model folder: './no/such/model'"):
        load_mlm("./no/such/model")
    pickled = tmp_path / "pickled"
    shutil.copytree(models / "mlm", pickled)
    (pickled / "model.safetensors").rename(pickled / "pytorch_model.bin")
    with pytest.raises(NeuralError, match="pytorch_model.bin, not safetensors"):
        load_mlm(str(pickled))
    with pytest.raises(NeuralError, match="holds no config.json"):
        load_mlm(str(tmp_path))
    with pytest.raises(NeuralError, match="no person or organisation labels|cannot load"):
        load_ner(str(models / "mlm"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(NeuralError, match="cannot load masked language model 'nobody-here/no-model' \\(--offline"):
        load_mlm("nobody-here/no-model", offline=True)


def test_glossary_suggest_with_a_ner_model(models, tmp_path):
    import yaml
    from typer.testing import CliRunner

    from audit.cli import app

    (tmp_path / "a.txt").write_text(TEXTS[1] + "\n" + TEXTS[2] + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["glossary", "suggest", str(tmp_path), "--ner-model", str(models / "ner"),
                                      "--min-count", "1", "--device", "cpu", "--offline"])
    assert result.exit_code == 0, result.output
    entities = {e["canonical"]: e for e in yaml.safe_load(result.stdout)["entities"]}
    assert entities["Karim Bazzi"]["type"] == "person" and entities["Karim Bazzi"]["variants"] == ["Karim Bazi"]
    assert entities["Liwa Sawt Horan"]["type"] == "organization"


def test_run_with_models_and_workers(models, tmp_path):
    for i, t in enumerate(TEXTS):
        (tmp_path / f"{i}.txt").write_text(t + "\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "audit", "run", str(tmp_path), "--model", str(models / "mlm"),
                          "--ner-model", str(models / "ner"), "--jobs", "2", "--device", "cpu", "--batch-size", "4",
                          "--offline", "--format", "json"], capture_output=True, text=True, timeout=300)
    assert out.returncode == 1, out.stderr
    assert out.stderr.count("no fitted combination") == 1, out.stderr
    report = json.loads(out.stdout)
    assert {f["rule"] for d in report["documents"] for f in d["findings"]} >= {"P003", "N004", "M001"}
