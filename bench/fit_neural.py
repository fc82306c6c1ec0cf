"""Fit how a masked language model's evidence combines with the rules' confidence.

    python bench/synthetic.py                                   # the synthetic tuning half
    python bench/fit_neural.py --model bert-base-cased          # fits, writes audit/data/neural.json
    python bench/fit_neural.py --tiny /tmp/tiny --limit 300 --out /tmp/neural.json   # pipeline check

The auditor runs over the synthetic tuning half with the model (re-scoring only: confidences are
left as the rules give them), each finding with a fix gets `mlm_delta` (the PLL gained by the fix,
per masked token) and a label (does it match an injected artifact, as in `audit eval`), and a
logistic model is fitted, maximum a posteriori with the prior of bench/calibrate.py centred on
"the rule alone" (bias 0, rule_logit 1, mlm_delta 0):

    confidence = logistic(bias + w_rule · logit(rule confidence) + w_mlm · mlm_delta)

one for all rules, and one per rule where the rule has MIN_FINDINGS findings with a fix (its prior
centred on the all-rules weights). The result is stored under the model's key (its Hugging Face id,
or a fingerprint of a local folder) in audit/data/neural.json, beside the other models'.

--tiny DIR builds a small BERT from the tuning references' words (random weights, or trained for
--train-steps) and fits with it: proof that the pipeline runs, not a useful model.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from calibrate import PRIOR_SD, fit_logistic  # noqa: E402

MIN_FINDINGS = 30  # a rule needs this many findings with a fix for its own combination

from audit.evaluation.gold import load_gold  # noqa: E402
from audit.evaluation.metrics import evaluate  # noqa: E402
from audit.glossary import load_glossary  # noqa: E402
from audit.neural import NeuralOptions, configure, take_notes  # noqa: E402
from audit.neural.rescoring import COMBINATION_FILE, PRIOR  # noqa: E402

NAMES = ["bias", "rule_logit", "mlm_delta"]


def rows_of(scored) -> dict[str, list[tuple[list[float], bool]]]:
    by_rule = defaultdict(list)
    for s in scored:
        f = s.finding
        if "mlm_delta" not in f.evidence:
            continue
        p = min(max(f.confidence, 1e-3), 1 - 1e-3)
        by_rule[f.rule].append(([1.0, math.log(p / (1 - p)), f.evidence["mlm_delta"]], s.true))
    return by_rule


def log_loss(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> float:
    p = np.clip(1 / (1 + np.exp(-(x @ w))), 1e-6, 1 - 1e-6)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def fit(by_rule) -> dict:
    everything = [r for rows in by_rule.values() for r in rows]
    x = np.array([r[0] for r in everything])
    y = np.array([float(r[1]) for r in everything])
    prior = np.array([PRIOR[n] for n in NAMES])
    w = fit_logistic(x, y, prior, PRIOR_SD)
    print(f"all rules: {len(y)} findings, {int(y.sum())} true; log-loss rule alone {log_loss(x, y, prior):.4f}, "
          f"combined {log_loss(x, y, w):.4f}; " + ", ".join(f"{n} {v:+.3f}" for n, v in zip(NAMES, w)))
    out = {"weights": {n: round(float(v), 4) for n, v in zip(NAMES, w)}, "findings": len(y), "true": int(y.sum()),
           "rules": {}}
    for code, rows in sorted(by_rule.items()):
        if len(rows) < MIN_FINDINGS:
            continue
        xr = np.array([r[0] for r in rows])
        yr = np.array([float(r[1]) for r in rows])
        wr = fit_logistic(xr, yr, w, PRIOR_SD)
        out["rules"][code] = {"weights": {n: round(float(v), 4) for n, v in zip(NAMES, wr)}, "findings": len(rows),
                              "true": int(yr.sum())}
        print(f"{code}: {len(rows)} findings, {int(yr.sum())} true; log-loss {log_loss(xr, yr, prior):.4f} -> "
              f"{log_loss(xr, yr, wr):.4f}; " + ", ".join(f"{n} {v:+.3f}" for n, v in zip(NAMES, wr)))
    return out


def build_tiny(folder: Path, gold: Path, steps: int) -> str:
    from audit.neural.tiny import build_mlm, train_mlm

    texts = [line for line in gold.with_name(gold.name.replace(".gold.jsonl", ".ref.en")).read_text(
        encoding="utf-8").splitlines() if line.strip()][:20000]
    model, tokenizer = build_mlm(folder, texts, hidden=64, layers=2, vocab_limit=8000)
    if steps:
        from audit.neural.tiny import save

        train_mlm(model, tokenizer, texts, steps=steps)
        save(folder, model, tokenizer)
    return str(folder)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="masked language model: Hugging Face id or local folder")
    parser.add_argument("--tiny", type=Path, help="build a tiny model in this folder and fit with it (a pipeline check)")
    parser.add_argument("--train-steps", type=int, default=0, help="with --tiny: masked-LM training steps")
    parser.add_argument("--gold", type=Path, default=ROOT / "bench/corpus/synthetic/tune.gold.jsonl")
    parser.add_argument("--out", type=Path, default=COMBINATION_FILE)
    parser.add_argument("--limit", type=int, help="only the first N documents (a quick check)")
    parser.add_argument("--device", default="auto")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--offline", action="store_true")
    args = parser.parse_args()
    if not (args.model or args.tiny):
        parser.error("give --model or --tiny")
    model = args.model or build_tiny(args.tiny, args.gold, args.train_steps)

    docs = load_gold(args.gold)[: args.limit]
    glossary = load_glossary([], defaults=True)
    configure(NeuralOptions(model=model, device=args.device, batch_size=args.batch_size, offline=args.offline,
                            use_combination=False))
    started = time.perf_counter()
    ev = evaluate(docs, glossary)
    seconds = time.perf_counter() - started
    for note in take_notes():
        print(f"note: {note}")
    by_rule = rows_of(ev.scored)
    if not by_rule:
        sys.exit("no finding was re-scored: is the model usable? (see the notes above)")
    print(f"{len(docs)} documents in {seconds:.1f} s with the model")
    result = fit(by_rule)
    from audit.neural.loading import model_key

    result.update({
        "model": model if args.model else f"tiny ({args.train_steps} training steps)",
        "fitted_on": {"gold": args.gold.name, "sha256": hashlib.sha256(args.gold.read_bytes()).hexdigest(),
                      "documents": len(docs)},
        "method": {"prior_sd": PRIOR_SD, "min_findings": MIN_FINDINGS, "prior": PRIOR},
    })
    data = json.loads(args.out.read_text(encoding="utf-8")) if args.out.is_file() else {}
    data["about"] = ("How a masked language model's PLL evidence combines with the rules' confidence, per model; "
                     "written by bench/fit_neural.py (docs/neural.md).")
    data.setdefault("models", {})[model_key(model)] = result
    args.out.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({model_key(model)})")


if __name__ == "__main__":
    main()
