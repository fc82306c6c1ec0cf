"""Rule codes as users write them: prefixes ('N', 'P00'), 'ALL', and codes since split into several
rules (audit/data/redirects.yaml), which keep selecting, ignoring and matching baselines for all."""

from __future__ import annotations

from functools import cache
from pathlib import Path

REDIRECTS = Path(__file__).parent / "data" / "redirects.yaml"


@cache
def redirects() -> dict[str, tuple[str, ...]]:
    """Old code -> the codes it was split into."""
    import yaml

    raw = yaml.safe_load(REDIRECTS.read_text(encoding="utf-8"))
    return {old: tuple(new) for old, new in raw.items()}


def covers(prefix: str, code: str) -> bool:
    """Whether a code or prefix a user wrote ('M', 'N001', 'ALL', or a code since split) covers `code`."""
    prefix = prefix.upper()
    return prefix == "ALL" or code.startswith(prefix) or code in redirects().get(prefix, ())


def origin(code: str) -> str:
    """The code a rule had before a split (P005 -> P004), or its own: what baselines record."""
    return next((old for old, new in redirects().items() if code in new), code)
