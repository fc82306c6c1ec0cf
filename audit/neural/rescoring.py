"""Re-scoring fixes with a masked language model: pseudo-log-likelihood (PLL) before and after.

For a finding with a fix, the text around it is scored as it is and with each candidate fix
(`fix` and `alternatives`, every edit of each applied). Only the tokens the fix touches, and the token on each side
of it, are masked, one at a time (Salazar et al. 2020, "Masked Language Model Scoring"); a
variant's score is the sum of their log-probabilities. Every masked row of every finding of a
document goes through the model in batches.

- The candidate with the highest score becomes the fix (the rule's own wins a tie).
- `mlm_delta`, the score gained by the chosen fix per masked token, joins the finding's evidence,
  and a logistic model fitted by bench/fit_neural.py combines it with the rule's confidence
  (audit/data/neural.json). Without a fitted model for the model in use, confidences stay as the
  rules gave them.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from audit.calibration import CEILING, logistic
from audit.model import Finding, Fix

COMBINATION_FILE = Path(__file__).resolve().parent.parent / "data" / "neural.json"
CONTEXT_CHARS = 300  # text kept on each side of a finding (within its line)
PRIOR = {"bias": 0.0, "rule_logit": 1.0, "mlm_delta": 0.0}  # the unfitted combination: the rule alone


@dataclass(frozen=True)
class Variant:
    """A text to score, and the region [lo, hi) the fix touches (empty for a deletion)."""

    text: str
    lo: int
    hi: int


def _window(text: str, start: int, end: int) -> tuple[int, int]:
    """The finding's line, cut at spaces to CONTEXT_CHARS on each side."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi == -1 else hi
    if start - lo > CONTEXT_CHARS:
        cut = text.find(" ", start - CONTEXT_CHARS, start)
        lo = cut + 1 if cut != -1 else start - CONTEXT_CHARS
    if hi - end > CONTEXT_CHARS:
        cut = text.rfind(" ", end, end + CONTEXT_CHARS)
        hi = cut if cut != -1 else end + CONTEXT_CHARS
    return lo, hi


def variants(text: str, finding: Finding) -> tuple[Variant, list[Variant]]:
    """The text around a finding as it is, and with each candidate fix; the region scored spans the
    finding and every candidate's edits."""
    fixes = candidates(finding)
    start = min([finding.start] + [fix.start for fix in fixes])
    end = max([finding.end] + [fix.end for fix in fixes])
    lo, hi = _window(text, start, end)
    original = Variant(text[lo:hi], start - lo, end - lo)
    fixed = []
    for fix in fixes:
        out, pos = [], lo
        for e in fix.edits:
            out += [text[pos : e.start], e.replacement]
            pos = e.end
        grown = sum(len(e.replacement) - (e.end - e.start) for e in fix.edits)
        fixed.append(Variant("".join(out) + text[pos:hi], start - lo, end - lo + grown))
    return original, fixed


def candidates(finding: Finding) -> list[Fix]:
    out = [finding.fix] if finding.fix is not None else []
    out += [a for a in finding.alternatives if not any(a.same_edits(o) for o in out)]
    return out


def _changes(text: str, fix: Fix) -> bool:
    return any(text[e.start : e.end] != e.replacement for e in fix.edits)


class Scorer:
    """PLL of text variants with one loaded masked language model."""

    def __init__(self, loaded, batch_size: int):
        self.loaded = loaded
        self.batch_size = batch_size

    def _rows(self, variant: Variant) -> tuple[list[int], list[int]]:
        """The variant's token ids (cut to the model's length around the fix) and the positions to mask."""
        tok = self.loaded.tokenizer
        enc = tok(variant.text, return_offsets_mapping=True, return_special_tokens_mask=True, add_special_tokens=True)
        ids, offsets, special = enc["input_ids"], enc["offset_mapping"], enc["special_tokens_mask"]
        words = [i for i in range(len(ids)) if not special[i]]
        if not words:
            return ids, []
        lo, hi = variant.lo, variant.hi
        inside = [i for i in words if offsets[i][1] > lo and offsets[i][0] < hi]
        before = [i for i in words if offsets[i][1] <= lo]
        after = [i for i in words if offsets[i][0] >= hi and i not in inside]
        masked = sorted(set(inside + before[-1:] + after[:1]))
        if not masked:
            return ids, []
        room = self.loaded.max_length - (len(ids) - len(words))
        if len(words) > room:  # keep the fix in the middle of the part that fits
            lo_word, hi_word = words.index(masked[0]), words.index(masked[-1])
            first = max(0, min(lo_word - (room - (hi_word - lo_word + 1)) // 2, len(words) - room))
            kept = words[first : first + room]
            head = [i for i in range(len(ids)) if special[i] and i < words[0]]
            tail = [i for i in range(len(ids)) if special[i] and i > words[-1]]
            order = head + kept + tail
            position = {old: new for new, old in enumerate(order)}
            return [ids[i] for i in order], [position[i] for i in masked if i in position]
        return ids, masked

    def score(self, items: list[Variant]) -> list[tuple[float, int]]:
        """(sum of log-probabilities of the masked tokens, how many) for each variant."""
        import torch

        tok, model, device = self.loaded.tokenizer, self.loaded.model, self.loaded.device
        rows: list[tuple[int, list[int], int]] = []  # (variant index, ids, position masked)
        for n, v in enumerate(items):
            ids, masked = self._rows(v)
            rows.extend((n, ids, pos) for pos in masked)
        totals = [[0.0, 0] for _ in items]
        order = sorted(range(len(rows)), key=lambda r: len(rows[r][1]))  # similar lengths together: less padding
        pad = tok.pad_token_id if tok.pad_token_id is not None else 0
        with torch.inference_mode():
            for b in range(0, len(order), self.batch_size):
                batch = [rows[r] for r in order[b : b + self.batch_size]]
                width = max(len(ids) for _, ids, _ in batch)
                input_ids = torch.full((len(batch), width), pad, dtype=torch.long)
                attention = torch.zeros((len(batch), width), dtype=torch.long)
                for j, (_, ids, pos) in enumerate(batch):
                    input_ids[j, : len(ids)] = torch.tensor(ids)
                    input_ids[j, pos] = tok.mask_token_id
                    attention[j, : len(ids)] = 1
                logits = model(input_ids=input_ids.to(device), attention_mask=attention.to(device)).logits
                at = torch.tensor([pos for _, _, pos in batch], device=logits.device)
                picked = logits[torch.arange(len(batch), device=logits.device), at].float().log_softmax(-1)
                targets = torch.tensor([ids[pos] for _, ids, pos in batch], device=logits.device)
                logp = picked.gather(1, targets[:, None])[:, 0].tolist()
                for (n, _, _), lp in zip(batch, logp):
                    totals[n][0] += lp
                    totals[n][1] += 1
        return [(s, k) for s, k in totals]


@lru_cache(maxsize=8)
def load_combinations(path: Path = COMBINATION_FILE) -> dict[str, dict]:
    """Model key -> its fitted combination ({"weights": ..., "rules": {code: {"weights": ...}}})."""
    if not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8")).get("models", {})


def combine(weights: dict[str, float], rule_confidence: float, delta: float) -> float:
    p = min(max(rule_confidence, 1e-3), 1 - 1e-3)
    z = (weights.get("bias", 0.0) + weights.get("rule_logit", 1.0) * math.log(p / (1 - p))
         + weights.get("mlm_delta", 0.0) * delta)
    return min(CEILING, logistic(z))


def rescore(text: str, findings: list[Finding], scorer: Scorer, combination: dict | None) -> None:
    """Choose each fixed finding's best candidate fix and re-weigh its confidence (in place)."""
    todo = [f for f in findings if any(_changes(text, c) for c in candidates(f))]
    items: list[Variant] = []
    spans = []
    for f in todo:
        original, fixed = variants(text, f)
        spans.append((len(items), len(fixed)))
        items.append(original)
        items.extend(fixed)
    if not items:
        return
    scores = scorer.score(items)
    for f, (at, k) in zip(todo, spans):
        base, base_n = scores[at]
        cands = candidates(f)
        best = max(range(k), key=lambda i: (scores[at + 1 + i][0], -i))
        if base_n == 0 or scores[at + 1 + best][1] == 0:
            continue  # nothing the model could read (no tokens in the window)
        if best:
            chosen = cands[best]
            f.alternatives = [c for c in cands if c is not chosen]
            f.fix = chosen
        gain, n = scores[at + 1 + best]
        delta = (gain - base) / ((n + base_n) / 2)
        f.evidence["mlm_delta"] = round(delta, 4)
        f.evidence["mlm_choice"] = float(best != 0)
        if combination is not None:
            f.evidence["rule_confidence"] = f.confidence
            weights = combination.get("rules", {}).get(f.rule, combination)["weights"]
            f.confidence = round(combine(weights, f.confidence, delta), 3)
