"""Confidence from evidence, once: each finding carries the named evidence its rule saw (word
frequencies, the kind of match or split, distances, what the document shows...), with no weights;
one logistic model per rule, fitted by `bench/calibrate.py` on the real tuning half (the synthetic
set weighted low), turns the evidence into a probability.

A rule with no fitted model says 0.5 whatever it saw (bias 0, no weights): nothing is known of how
often it is right. The fitted weights live in `audit/data/calibration.json`; `audit explain CODE`
prints them; see docs/calibration.md.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

CALIBRATION_FILE = Path(__file__).parent / "data" / "calibration.json"
PRIOR = {"bias": 0.0}  # the unfitted model: even odds


def logistic(x: float) -> float:
    """Map log-odds to a probability."""
    if x < -60:
        return 0.0
    return 1.0 / (1.0 + math.exp(-x))


@lru_cache(maxsize=4)
def load_models(path: Path = CALIBRATION_FILE) -> dict[str, dict[str, float]]:
    """Rule code -> weights over "bias" and the rule's evidence features."""
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {code: model["weights"] for code, model in data.get("rules", {}).items()}


def log_odds(weights: dict[str, float], evidence: dict[str, float]) -> float:
    z = weights.get("bias", 0.0)
    for name, value in evidence.items():
        z += weights.get(name, PRIOR.get(name, 0.0)) * value
    return z


CEILING = 0.99  # no finding is certain: the tuning data cannot show a rate of error below 1 in 100


def confidence(code: str, evidence: dict[str, float]) -> float:
    """Estimated probability that a finding of rule `code` with this evidence is a real error."""
    return min(CEILING, logistic(log_odds(load_models().get(code, PRIOR), evidence)))
