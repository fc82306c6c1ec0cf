"""A currency sign spaced from its amount: "$ 25 million", "R$ 4.89", "€ 5"."""

from __future__ import annotations

from functools import cache

import regex

from audit.language.lexicon import english
from audit.model import Applicability, Category, Severity
from audit.rules.base import Context, Emit, rule


@cache
def _signs() -> regex.Pattern:
    """Currency signs English writes right before the amount: CLDR's English symbols (through
    babel) that are not letters only ("$", "R$", "€", "£", "₹"; not "FCFA"), and the extra ones of
    `currency_signs` in audit/data/english.yaml, longest first."""
    from babel.numbers import get_currency_symbol, list_currencies

    signs = {get_currency_symbol(code, "en") for code in list_currencies()}
    signs = {s for s in signs if not regex.fullmatch(r"[\p{L}.\s\u202f]+", s)} | set(english()["currency_signs"])
    alternatives = "|".join(regex.escape(s) for s in sorted(signs, key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}$])({alternatives})([ \u00a0\u202f]+)(?=\d)")


@rule(
    "C006",
    "spaced-currency-sign",
    category=Category.PUNCTUATION,
    severity=Severity.MINOR,
    example="The repair will cost $ 25 million, the ministry said.",
    evidence_for=("dollar",),
)
def spaced_currency_sign(ctx: Context, emit: Emit) -> None:
    """A currency sign spaced from its amount ("$ 25 million", "R$ 4.89", "€ 5").

    What it does: flags a currency sign (CLDR's English currency symbols, through babel) followed
    by a space and a number.

    Why is this bad: French, Portuguese and Spanish typography put a space between the sign and
    the amount; English writes "$25 million", "R$4.89".

    Leaves alone: currency codes and letter symbols, which English does space ("USD 25",
    "FCFA 500"), and a sign after the amount ("25 €", a different slip).

    Fix (safe): remove the space.
    """
    for m in _signs().finditer(ctx.text):
        emit(m.start(1), m.end(2), f"no space between '{m.group(1)}' and the amount in English",
             evidence={"dollar": m.group(1).endswith("$")}, replacement=m.group(1), applicability=Applicability.SAFE)
