"""Auditing many inputs, in this process or in a pool of worker processes (`--jobs N`).

Documents are read, audited and reported one at a time, in input order: memory stays flat however
many documents there are.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field

from audit.engine import audit_document
from audit.glossary import Glossary
from audit.inputs import InputError, load
from audit.model import Report
from audit.rules import Rule


@dataclass
class Outcome:
    path: str
    report: Report | None = None
    warnings: list[str] = field(default_factory=list)
    error: str | None = None


_worker: dict = {}


def _init(glossary: Glossary, rules: list[Rule], min_confidence: float) -> None:
    _worker.update(glossary=glossary, rules=rules, min_confidence=min_confidence)


def _audit_one(path: str) -> Outcome:
    try:
        doc, warnings = load(path)
    except InputError as err:
        return Outcome(path, error=str(err))
    if doc is None:
        return Outcome(path, warnings=warnings)
    try:
        report = audit_document(doc, _worker["glossary"], _worker["rules"], _worker["min_confidence"])
    except Exception as err:  # a bug must not cost the user the other files, nor show a traceback
        if os.environ.get("AUDIT_DEBUG"):
            raise
        return Outcome(path, warnings=warnings, error=(
            f"{doc.path}: internal error ({type(err).__name__}: {err}); "
            "please report it (AUDIT_DEBUG=1 shows the traceback)"))
    return Outcome(path, report, warnings)


def audit_paths(paths: list[str], glossary: Glossary, rules: list[Rule], min_confidence: float,
                jobs: int = 1) -> Iterator[Outcome]:
    """Yield one Outcome per path, in order. Standard input ('-') is always read here."""
    _init(glossary, rules, min_confidence)
    files = [p for p in paths if p != "-"]
    if jobs <= 1 or len(files) <= 1:
        yield from (_audit_one(p) for p in paths)
        return
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(jobs, _init, (glossary, rules, min_confidence)) as pool:
        results = pool.imap(_audit_one, files, chunksize=1)
        for p in paths:
            yield _audit_one(p) if p == "-" else next(results)
