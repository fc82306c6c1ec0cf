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
    doc = Document(path="<example>", text=rule.example, source=rule.source_example or None)
    findings = [f for f in find_all(doc, example_glossary(rule, glossary), [rule])]
    lines = [f"{rule.code} {rule.name}", f"Category: {rule.category.value}; severity: {rule.severity.value}", ""]
    lines.append(rule.explanation)
    if rule.source_example:
        lines += ["", "Source:", f"  {rule.source_example}"]
    lines += ["", "Example:" if not rule.source_example else "Translation:", f"  {rule.example}"]
    if findings:
        f = findings[0]
        lines.append(f"Finding: '{f.text}' ({f.confidence:.0%}): {f.message}")
        if f.fix is not None:
            lines.append("Fixed:")
            lines.append(f"  {apply_fixes(rule.example, findings)}")
    return "\n".join(lines)
