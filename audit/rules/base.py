"""The rule registry and the context every rule reads from."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from audit.calibration import confidence
from audit.document import Document
from audit.glossary import Glossary
from audit.glossary.model import Form
from audit.model import Applicability, Category, Finding, Severity

REGISTRY: dict[str, "Rule"] = {}

# The artifact class each rule reports (docs/gold-format.md): what `audit eval` scores by.
ARTIFACT_CLASSES = {
    "M001": "merged-words", "M002": "merged-words",
    "P001": "spurious-pronoun", "P002": "spurious-pronoun",
    "P003": "pronoun-agreement", "P004": "pronoun-agreement",
    "N001": "name-variant", "N002": "name-variant", "N003": "name-variant", "N004": "name-variant",
    "N005": "name-variant", "N006": "name-variant", "N007": "name-variant", "N008": "name-variant",
    "R001": "source-residue", "R002": "source-residue", "R004": "source-residue",
    "R003": "foreign-quotes",
    "C001": "capitalisation", "C002": "capitalisation",
    "C003": "punctuation", "C004": "punctuation", "C005": "punctuation",
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


@dataclass(frozen=True)
class Mention:
    """A glossary form found in the document."""

    start: int
    end: int
    form: Form

    @property
    def text(self) -> str:
        return self.form.text


@dataclass
class Context:
    doc: Document
    glossary: Glossary
    _cache: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The masked text: what rules read (same offsets as the file text)."""
        return self.doc.masked

    @cached_property
    def mentions(self) -> list[Mention]:
        return [Mention(s, e, f) for s, e, f in self.glossary.find(self.doc.masked)]

    def add_names(self, found: list[Mention]) -> None:
        """Add mentions of names the glossary lacks (found by a NER model: audit.neural.names); a place
        named inside one ("Idlib" in "Free Idlib Front") gives way to it."""
        if found:
            kept = [m for m in self.mentions if not any(n.start <= m.start and m.end <= n.end for n in found)]
            self.__dict__["mentions"] = sorted(kept + found, key=lambda m: m.start)

    @cached_property
    def topic_entities(self) -> int:
        """How many distinct glossary entities the document names: evidence it is on the glossary's beat."""
        return len({m.form.entity.id for m in self.mentions if m.form.entity.source != "<ner>"})


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

        def emit(start, end, score, message, replacement=None, applicability=None, severity=None, features=None,
                 alternatives=()):
            # score: the rule's evidence as log-odds; features: named evidence the calibration weighs;
            # alternatives: other plausible replacements of the same span (a language model may prefer one)
            evidence = {"score": float(score), **(features or {})}
            if applicability is None:
                applicability = Applicability.DISPLAY_ONLY if replacement is None else Applicability.UNSAFE
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
                    replacement=replacement,
                    applicability=applicability,
                    evidence=evidence,
                    alternatives=[a for a in alternatives if a != replacement],
                )
            )

        self.check(ctx, emit)
        return iter(found)


def rule(code: str, name: str, *, category: Category, severity: Severity, example: str, source_example: str = "",
         example_house_style: bool = False):
    """Register a check function as a rule; its docstring is the user-facing explanation."""

    def register(fn):
        if code in REGISTRY:
            raise ValueError(f"rule code {code} registered twice")
        REGISTRY[code] = Rule(code, name, category, severity, fn, example, source_example, example_house_style)
        return fn

    return register

