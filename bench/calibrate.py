"""Fit the rules' confidence models on the real tuning half, with the synthetic tuning half weighted low.

    python bench/synthetic.py            # writes bench/corpus/synthetic/{tune,heldout}.gold.jsonl
    python scripts/real_set.py build     # writes bench/real/{tune,report}{,-edited}.gold.jsonl
    python bench/calibrate.py            # fits on both tuning halves, writes audit/data/calibration.json

Every finding carries the named evidence its rule saw, with no weights of its own. For each rule,
this fits a logistic regression from that evidence to "the finding matches a gold artifact"
(weighted maximum a posteriori: real findings at weight 1, synthetic ones at SYNTHETIC_WEIGHT, a
Gaussian prior centred on zero for every weight, so a rule with little data stays near even odds
and one whose examples are all true stays bounded below certainty). Overlap resolution between
rules depends on confidence, so the fit is repeated until the set of findings settles (a few
rounds). The report half of the real set and the synthetic held-out half are never read here.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit import calibration  # noqa: E402
from audit.evaluation.gold import load_gold  # noqa: E402
from audit.evaluation.metrics import evaluate  # noqa: E402
from audit.glossary import load_glossary  # noqa: E402
from audit.rules import REGISTRY  # noqa: E402

PRIOR_SD = 1.5  # prior standard deviation of every feature's weight around zero
BIAS_SD = 2.5  # ... and of the bias: wide enough for a rule that is right 99 times in 100 to say so
# Each synthetic finding counts this much against one on real text: the synthetic set measures its
# generator (its artifacts are cleaner and its documents denser than a feed's), so it only fills in
# what the real tuning half is too small to say.
SYNTHETIC_WEIGHT = 0.05
# ... except in its untouched documents: those are human English as published (its slips corrected
# first), so every finding there is a false alarm on real text and counts in full.
CLEAN_WEIGHT = 1.0


def fit_logistic(x: np.ndarray, y: np.ndarray, prior_mean: np.ndarray, prior_sd: float | np.ndarray,
                 weights: np.ndarray | None = None, sign: np.ndarray | None = None) -> np.ndarray:
    """Weighted MAP logistic regression by Newton's method (the problem is small and convex).
    `sign`: +1 where a weight may not be negative, -1 where it may not be positive, 0 free (each
    step is projected back onto the allowed signs)."""
    w = prior_mean.copy()
    sign = np.zeros(len(w)) if sign is None else sign
    weights = np.ones(len(y)) if weights is None else weights
    precision = 1.0 / np.asarray(prior_sd, dtype=float) ** 2
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -50, 50)))
        grad = x.T @ (weights * (p - y)) + precision * (w - prior_mean)
        hess = (x * (weights * p * (1 - p))[:, None]).T @ x + np.diag(np.broadcast_to(precision, w.shape))
        step = np.linalg.solve(hess, grad)
        w -= step
        w = np.where(sign > 0, np.maximum(w, 0.0), np.where(sign < 0, np.minimum(w, 0.0), w))
        if np.abs(step).max() < 1e-8:
            break
    return w


def _occurrence(s) -> tuple:
    f = s.finding
    return f.rule, f.before, f.text, f.after, s.true


def fit(scored_sets: list[tuple[list, float, set[str]]]) -> dict[str, dict]:
    """Per rule, a weighted fit over (scored findings, weight, clean document ids) sets: real text
    at 1, synthetic low, the synthetic set's untouched human documents at CLEAN_WEIGHT."""
    by_rule = defaultdict(list)
    for scored, weight, clean in scored_sets:
        # the synthetic set builds many documents from one human text: a finding repeated word for
        # word in its copies is one observation, shared among them (else one slip counts tenfold)
        copies = Counter(_occurrence(s) for s in scored)
        for s in scored:
            base = CLEAN_WEIGHT if s.document in clean else weight
            by_rule[s.finding.rule].append((s.finding.evidence, s.true, base / copies[_occurrence(s)], base == 1.0))
    models = {}
    for code, rows in sorted(by_rule.items()):
        labels = np.array([float(t) for _, t, _, _ in rows])
        weights = np.array([wt for _, _, wt, _ in rows])
        positives = int(labels.sum())
        real = sum(1 for *_, is_real in rows if is_real)
        # one label only (every finding true) is fine: the prior keeps the weights finite
        names = ["bias"] + sorted({k for ev, *_ in rows for k in ev})
        x = np.array([[1.0] + [ev.get(n, 0.0) for n in names[1:]] for ev, *_ in rows])
        sd = np.array([BIAS_SD] + [PRIOR_SD] * (len(names) - 1))
        rule = REGISTRY[code]
        sign = np.array([0.0] + [1.0 if n in rule.evidence_for else -1.0 if n in rule.evidence_against else 0.0
                                 for n in names[1:]])
        w = fit_logistic(x, labels, np.zeros(len(names)), sd, weights, sign)
        real_true = sum(1 for _, t, _, is_real in rows if is_real and t)
        models[code] = {
            "weights": {n: round(float(v), 4) for n, v in zip(names, w)},
            "findings": len(rows),
            "true": positives,
            "real_findings": real,
            "real_true": real_true,
        }
        print(f"{code}: {len(rows)} findings ({real} real, {real_true} of them true), {positives} true: "
              + ", ".join(f"{n} {v:+.2f}" for n, v in zip(names, w)))
    return models


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--real", type=Path, nargs="*",
                        default=[ROOT / "bench/real/tune.gold.jsonl", ROOT / "bench/real/tune-edited.gold.jsonl"],
                        help="gold files of real text (weight 1)")
    parser.add_argument("--synthetic", type=Path, nargs="*", default=[ROOT / "bench/corpus/synthetic/tune.gold.jsonl"],
                        help="gold files of the synthetic set (weighted low)")
    parser.add_argument("--synthetic-weight", type=float, default=SYNTHETIC_WEIGHT)
    parser.add_argument("--out", type=Path, default=calibration.CALIBRATION_FILE)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    sets = [(path, load_gold(path), 1.0) for path in args.real]
    sets += [(path, load_gold(path), args.synthetic_weight) for path in args.synthetic]
    glossary = load_glossary([], defaults=True)
    if args.out.exists():
        args.out.unlink()  # start from the unfitted models
    for round_ in range(1, args.rounds + 1):
        calibration.load_models.cache_clear()
        scored = [(evaluate(docs, glossary).scored, weight, {d.id for d in docs if d.clean and weight != 1.0})
                  for _, docs, weight in sets]
        print(f"round {round_}: " + ", ".join(f"{len(s)} findings at weight {w}" for s, w, _ in scored))
        models = fit(scored)
        payload = {
            "about": "Per-rule logistic models from evidence to confidence; written by bench/calibrate.py.",
            "fitted_on": [{
                "gold": path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path),
                "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                "documents": len(docs),
                "weight": weight,
            } for path, docs, weight in sets],
            "method": {"prior_sd": PRIOR_SD, "bias_sd": BIAS_SD, "rounds": args.rounds,
                       "synthetic_weight": args.synthetic_weight, "clean_weight": CLEAN_WEIGHT},
            "rules": models,
        }
        args.out.write_text(json.dumps(payload, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
