"""All rules, registered on import. Each module is one family; each function one rule."""

from audit.rules import (  # noqa: F401 - imported for registration
    article_hyphen,
    calques,
    camel_glue,
    foreign_romanisation,
    capitalisation,
    compound_hyphen,
    capital_boundaries,
    chinese_names,
    currency_spacing,
    cyrillic_names,
    dialogue_dash,
    number_typography,
    quotation_marks,
    source_marks,
    house_style,
    lowercase_names,
    glued_marks,
    glued_words,
    missing_space,
    name_consistency,
    name_spelled_two_ways,
    names,
    noun_capitals,
    proper_nouns,
    organisation_pronouns,
    person_pronouns,
    protagonist_pronouns,
    residue,
    punctuation,
    source_numbers,
    source_dates,
    source_times,
    source_suffixes,
    source_text,
    spaced_hyphen,
    spurious_pronouns,
    stray_full_stop,
    subject_possessives,
    subject_pronoun_echo,
    surname_gender,
    ukrainian_names,
    untranslated_words,
)
from audit.codes import covers, origin  # noqa: E402
from audit.rules.base import FAMILIES, REGISTRY, Context, Rule  # noqa: E402

__all__ = ["FAMILIES", "REGISTRY", "Context", "Rule", "select_rules", "covers", "origin"]


def select_rules(select: list[str] | None = None, ignore: list[str] | None = None) -> list[Rule]:
    """Rules whose code starts with a selected prefix ('M', 'N001', 'ALL') and no ignored one."""

    def matches(code: str, prefixes: list[str]) -> bool:
        return any(covers(p, code) for p in prefixes)

    chosen = [r for code, r in sorted(REGISTRY.items()) if not select or matches(code, select)]
    return [r for r in chosen if not ignore or not matches(r.code, ignore)]


def unknown_codes(codes: list[str]) -> list[str]:
    return [c for c in codes if c.upper() != "ALL" and not any(code.startswith(c.upper()) for code in REGISTRY)]
