"""Reference-based scores with sacrebleu: BLEU, chrF and TER, as is and after the auditor's fixes."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from audit.document import Document
from audit.engine import find_all
from audit.fixer import fix_text
from audit.glossary import Glossary
from audit.model import Applicability
from audit.rules import Rule


@dataclass
class MetricScore:
    name: str
    score: float
    signature: str


def score_lines(hypotheses: list[str], references: list[list[str]]) -> list[MetricScore]:
    """Corpus BLEU, chrF and TER of line-aligned hypotheses against one or more reference streams."""
    from sacrebleu.metrics import BLEU, CHRF, TER

    out = []
    for metric in (BLEU(), CHRF(), TER()):
        result = metric.corpus_score(hypotheses, references)
        out.append(MetricScore(result.name, result.score, str(metric.get_signature())))
    return out


def fixed_lines(text: str, glossary: Glossary, rules: list[Rule], min_confidence: float,
                source_lang: str | None = None) -> tuple[list[str], int]:
    """The hypothesis file with every fix at or above min_confidence applied, and how many were applied.

    A file of segments with no blank line is audited as one document (context crosses lines, as
    in the report); a blank line separates documents, each audited on its own (a feed of articles
    in one file). No fix adds or removes a line break, so the lines stay aligned with the references.
    """
    out, applied = [], 0
    for chunk in regex.split(r"(\n[ \t]*\n)", text):
        if not chunk.strip():
            out.append(chunk)
            continue

        def find(t: str) -> list:
            doc = Document(path="<hyp>", text=t, source_lang=source_lang or "")
            return [f for f in find_all(doc, glossary, rules, floor=min_confidence) if f.fix is None or (
                "\n" not in f.text and not any("\n" in t[e.start : e.end] + e.replacement for e in f.fix.edits))]

        # as `audit fix --unsafe-fixes` composes them: re-checked until stable, each fix borne out
        result = fix_text(chunk, find, min_confidence=min_confidence, min_applicability=Applicability.UNSAFE)
        out.append(result.text)
        applied += len(result.applied)
    return "".join(out).splitlines(), applied
