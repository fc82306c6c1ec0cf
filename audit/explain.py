"""`audit explain`: a rule's docstring plus its example, run live through the rule."""

from __future__ import annotations

from dataclasses import replace

from audit.document import Document
from audit.engine import find_all
from audit.fixer import apply_fixes
from audit.glossary import Glossary
from audit.rules import Rule


def example_glossary(rule: Rule, glossary: Glossary) -> Glossary:
    """The glossary a rule's example runs against: with the house style declared where it needs one."""
    if rule.example_house_style and not glossary.house_style:
        return Glossary([replace(e, house_style=True) for e in glossary.entities])
    return glossary


def explain_rule(rule: Rule, glossary: Glossary) -> str:
    doc = Document(path="<example>", text=rule.example, source=rule.source_example or None,
                   source_lang=rule.example_source_lang)
    findings = [f for f in find_all(doc, example_glossary(rule, glossary), [rule])]
    lines = [f"{rule.code} {rule.name}", f"Category: {rule.category.value}; severity: {rule.severity.value}", ""]
    lines.append(rule.explanation)
    if rule.source_example:
        lines += ["", "Source:", f"  {rule.source_example}"]
    translated = f" (translated from {rule.example_source_lang})" if rule.example_source_lang else ""
    lines += ["", ("Example" if not rule.source_example else "Translation") + translated + ":", f"  {rule.example}"]
    if findings:
        f = findings[0]
        lines.append(f"Finding: '{f.text}' ({f.confidence:.0%}): {f.message}")
        if f.fix is not None:
            lines.append("Fixed:")
            lines.append(f"  {apply_fixes(rule.example, findings)}")
        if f.evidence:
            lines.append("Evidence: " + ", ".join(f"{name} {value:g}" for name, value in sorted(f.evidence.items())))
    lines += ["", *confidence_model(rule.code)]
    return "\n".join(lines)


def confidence_model(code: str) -> list[str]:
    """The rule's fitted logistic model: its weights, and what it was fitted on (docs/calibration.md)."""
    from audit.calibration import CALIBRATION_FILE, load_models

    weights = load_models().get(code)
    if not weights:
        return ["Confidence: no fitted model (even odds, 0.5, whatever the evidence): see docs/calibration.md."]
    import json

    fitted = json.loads(CALIBRATION_FILE.read_text(encoding="utf-8"))["rules"][code]
    lines = [f"Confidence: logistic(bias + sum of weight x evidence), fitted on {fitted.get('real_findings', 0)} "
             f"findings of real text and {fitted['findings'] - fitted.get('real_findings', 0)} synthetic ones "
             "(bench/calibrate.py; docs/calibration.md):"]
    width = max(len(name) for name in weights)
    lines += [f"  {name:<{width}}  {value:+.2f}" for name, value in sorted(weights.items(), key=lambda kv: kv[0] != "bias")]
    return lines
