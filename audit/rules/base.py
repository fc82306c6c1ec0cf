"""The rule registry and the context every rule reads from."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from audit.calibration import confidence
from audit.language.context import Context, Mention  # noqa: F401 - the rules' context, re-exported
from audit.model import Category, Finding, Severity, emitted_fix

REGISTRY: dict[str, "Rule"] = {}

# The artifact class each rule reports (docs/gold-format.md): what `audit eval` scores by.
ARTIFACT_CLASSES = {
    "M001": "merged-words", "M002": "merged-words", "M003": "merged-words", "M004": "merged-words",
    "M005": "merged-words", "M006": "merged-words",
    "P001": "spurious-pronoun", "P002": "spurious-pronoun", "P008": "spurious-pronoun", "P014": "spurious-pronoun",
    "P003": "pronoun-agreement", "P004": "pronoun-agreement", "P005": "pronoun-agreement",
    "P006": "pronoun-agreement", "P007": "pronoun-agreement",
    "P009": "pronoun-agreement", "P010": "pronoun-agreement", "P011": "pronoun-agreement", "P012": "pronoun-agreement",
    "P013": "pronoun-agreement",
    "N001": "name-variant", "N002": "name-variant", "N003": "name-variant", "N004": "name-variant",
    "N005": "name-variant", "N006": "name-variant", "N007": "name-variant", "N008": "name-variant", "N009": "name-variant", "N010": "name-variant",
    "N011": "name-variant", "N012": "name-variant", "N013": "name-variant",
    "R001": "source-residue", "R002": "source-residue", "R004": "source-residue",
    "R005": "source-residue", "R006": "source-residue", "R007": "source-residue", "R008": "source-residue",
    "R009": "source-residue",
    "R003": "foreign-quotes",
    "C001": "capitalisation", "C002": "capitalisation",
    "C003": "punctuation", "C004": "punctuation", "C005": "punctuation", "C006": "punctuation", "C007": "capitalisation",
    "C008": "capitalisation", "C009": "capitalisation", "C010": "capitalisation", "C011": "capitalisation",
    "C012": "punctuation", "C013": "punctuation", "C014": "punctuation", "C015": "punctuation",
    "C016": "punctuation", "C017": "punctuation", "C018": "punctuation", "C019": "punctuation",
    "C020": "punctuation", "C021": "punctuation", "C022": "punctuation", "C023": "punctuation",
    "C024": "punctuation", "C025": "punctuation",
    "S001": "source-mismatch", "S002": "source-mismatch", "S003": "source-residue",
}

FAMILIES = {
    "M": "merged words",
    "P": "pronouns",
    "N": "names",
    "R": "source-language residue",
    "C": "capitalisation and punctuation",
    "S": "source comparison (where the source text is known)",
}


Emit = Callable[..., None]


@dataclass
class Rule:
    code: str
    name: str
    category: Category
    severity: Severity
    check: Callable[[Context, Emit], None]
    example: str  # an invalid text: `audit explain` shows the rule's live finding and fix on it
    source_example: str = ""  # the source `example` translates, for the rules that compare with it
    example_house_style: bool = False  # the example needs the glossary's house style declared
    example_source_lang: str = ""  # the language the example was translated from, where the rule needs it
    # the direction of named evidence, where its meaning fixes it: features that can only argue for
    # the finding (their fitted weight is never negative) or only against it (never positive)
    evidence_for: tuple[str, ...] = ()
    evidence_against: tuple[str, ...] = ()

    @property
    def family(self) -> str:
        return FAMILIES[self.code[0]]

    @property
    def artifact_class(self) -> str:
        return ARTIFACT_CLASSES[self.code]

    @property
    def explanation(self) -> str:
        return inspect.cleandoc(self.check.__doc__ or "")

    @property
    def summary(self) -> str:
        return self.explanation.splitlines()[0] if self.explanation else ""

    def run(self, ctx: Context) -> Iterator[Finding]:
        found: list[Finding] = []

        def emit(start, end, message, *, evidence=None, replacement=None, applicability=None, severity=None,
                 alternatives=(), edits=None):
            # evidence: what the rule saw, as named features (no weights: the rule's fitted model in
            # audit/data/calibration.json turns them into a confidence); replacement: of the span
            # [start, end); edits: a fix that touches other places too, applied together ((start, end,
            # replacement) each); alternatives: other plausible replacements of the span, or Fixes
            evidence = {name: float(value) for name, value in (evidence or {}).items()}
            fix, others = emitted_fix(ctx.doc.text, start, end, replacement, edits, applicability, alternatives)
            found.append(
                Finding(
                    rule=self.code,
                    name=self.name,
                    category=self.category,
                    severity=severity or self.severity,
                    confidence=round(confidence(self.code, evidence), 3),
                    start=start,
                    end=end,
                    message=message,
                    fix=fix,
                    evidence=evidence,
                    alternatives=others,
                )
            )

        self.check(ctx, emit)
        return iter(found)


def rule(code: str, name: str, *, category: Category, severity: Severity, example: str, source_example: str = "",
         example_house_style: bool = False, example_source_lang: str = "", evidence_for: tuple[str, ...] = (),
         evidence_against: tuple[str, ...] = ()):
    """Register a check function as a rule; its docstring is the user-facing explanation."""

    def register(fn):
        if code in REGISTRY:
            raise ValueError(f"rule code {code} registered twice")
        REGISTRY[code] = Rule(code, name, category, severity, fn, example, source_example, example_house_style,
                              example_source_lang, tuple(evidence_for), tuple(evidence_against))
        return fn

    return register

