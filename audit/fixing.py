"""`audit fix`: fix documents and show the diff, rewrite them in place, or write corrected copies.

Every file is read once and fixed in memory (audit/fixer.py); with --write the new files are
staged beside the originals and renamed into place together at the end (audit/rewrite.py).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from audit.decisions import DecisionsError, for_document, suppress
from audit.document import Document
from audit.engine import find_all
from audit.fixer import FixResult, fix_text
from audit.glossary import Glossary
from audit.inputs import TEXT_SUFFIXES, InputError, check_paths, decode
from audit.model import Applicability, Finding
from audit.rewrite import Source, Transaction, WriteError, read_source, rewritable
from audit.rules import Rule
from audit.runner import internal_error

SHOW_CONFIDENCE = 0.5  # findings that `audit run` shows by default: what "remaining" counts


@dataclass
class FixOptions:
    min_confidence: float = 0.8
    unsafe_fixes: bool = False
    mode: str = "diff"  # diff, write or output
    output: Path | None = None
    format: str = "diff"  # diff or criticmarkup
    decisions: Path | None = None
    # the configuration's per-rule settings and per-path ignores: (path, findings) -> findings
    settle: Callable[[str, list[Finding]], list[Finding]] | None = None
    source_lang: str | None = None  # the language the documents were translated from, where known


@dataclass
class FileOutcome:
    path: str
    result: FixResult | None = None
    source: Source | None = None
    warnings: list[str] = field(default_factory=list)
    error: str | None = None


def finder(path: str, kind: str, glossary: Glossary, rules: list[Rule], decisions,
           settle=None, source_lang: str | None = None) -> Callable[[str], list[Finding]]:
    """Audit a text as the document at `path`, as the configuration has the findings, leaving
    out the suggestions a person rejected."""

    def find(text: str) -> list[Finding]:
        findings = find_all(Document(path=path, text=text, kind=kind, source_lang=source_lang or ""), glossary, rules)
        if settle is not None:
            findings = settle(path, findings)
        return suppress(findings, path, decisions)

    return find


def _kind(path: str) -> str:
    return TEXT_SUFFIXES.get(Path(path).suffix.lower(), "text") if path != "-" else "text"


def fix_one(path: str, glossary: Glossary, rules: list[Rule], options: FixOptions, cache: dict) -> FileOutcome:
    """Read and fix one file (nothing is written here)."""
    if path == "-":
        text, warnings = decode(sys.stdin.buffer.read(), "<stdin>")
        if text is None:
            return FileOutcome("<stdin>", warnings=warnings)
        source = Source("<stdin>", text, "utf-8", "", warnings)
    else:
        if not rewritable(path):
            return FileOutcome(path, error=f"{path}: `audit fix` rewrites plain text and Markdown files only")
        try:
            source, warnings = read_source(path)
        except InputError as err:
            return FileOutcome(path, error=str(err))
        if source is None:
            return FileOutcome(path, warnings=warnings)
    try:
        decisions = for_document(source.path, options.decisions, cache)
    except DecisionsError as err:
        return FileOutcome(source.path, error=str(err))
    floor = Applicability.UNSAFE if options.unsafe_fixes else Applicability.SAFE
    find = finder(source.path, _kind(path), glossary, rules, decisions, options.settle, options.source_lang)
    try:
        result = fix_text(source.text, find, min_confidence=options.min_confidence, min_applicability=floor)
    except Exception as err:  # a bug must not cost the user the other files, nor show a traceback
        if os.environ.get("AUDIT_DEBUG"):
            raise
        return FileOutcome(source.path, error=internal_error(source.path, err, "file left unchanged; "))
    return FileOutcome(source.path, result, source, warnings)


def output_path(path: str, root: str, folder: Path) -> Path:
    """Where --output writes a file: its path relative to the current folder, or, for a path
    outside it, relative to the command-line argument it was found under."""
    rel = os.path.relpath(os.path.abspath(path))
    if rel.startswith(os.pardir + os.sep) or rel == os.pardir or os.path.isabs(rel):
        base = root if os.path.isdir(root) else os.path.dirname(os.path.abspath(root))
        rel = os.path.relpath(os.path.abspath(path), os.path.abspath(base))
    return folder / rel


def _roots(paths: list[str]):
    """Each file with the command-line argument it came from."""
    for raw in paths:
        for path in check_paths([raw]):
            yield path, raw


def _fmt(f: Finding) -> str:
    fix = f.show_fix(quote=repr) or "(no fix)"
    return f"{f.line}:{f.column} {f.rule} {f.text!r} → {fix} ({round(f.confidence * 100)}%)"


def describe(outcome: FileOutcome, min_confidence: float, written: bool) -> list[str]:
    """What was done to one file: fixes applied, skipped (and why), findings remaining."""
    r = outcome.result
    show = min(SHOW_CONFIDENCE, min_confidence)
    remaining = [f for f in r.findings if f.confidence >= show]
    skipped_ids = {id(s.finding) for s in r.skipped}
    verb = "applied" if written else "to apply"
    lines = [f"{outcome.path}: {len(r.applied)} {'fix' if len(r.applied) == 1 else 'fixes'} {verb}, "
             f"{len(r.skipped)} skipped, {len(remaining)} {'finding remains' if len(remaining) == 1 else 'findings remain'}"]
    for f in r.applied:
        became = r.composed.get(id(f))  # another fix changed the same words further
        lines.append(f"  {verb:<8} {_fmt(f)}" + ("" if became is None else f"; with the other fixes: {became!r}"))
    lines += [f"  skipped  {_fmt(s.finding)}: {s.reason}" for s in r.skipped]
    for f in remaining:
        if id(f) in skipped_ids:
            continue
        why = "no automatic fix" if f.fix is None else f"below --min-confidence {min_confidence:g}"
        lines.append(f"  remains  {_fmt(f)}: {why}")
    return lines


def run_fix(paths: list[str], glossary: Glossary, rules: list[Rule], options: FixOptions,
            out: TextIO, err: TextIO) -> int:
    """Fix every file; returns the exit status: 0 nothing remains, 1 findings remain, 2 an error."""
    from audit.emitters.criticmarkup import criticmarkup
    from audit.emitters.diff import unified_diff

    if options.mode in ("write", "output") and "-" in paths:
        raise InputError("standard input cannot be rewritten: use --diff or --format criticmarkup")
    if options.mode == "write" and options.format == "criticmarkup":
        raise InputError("--format criticmarkup marks changes up; it cannot replace the files (use --output DIR)")
    files = list(_roots(paths))  # every path checked before anything is done
    if not files:
        raise InputError(f"no .txt or .md files found in {', '.join(paths)}")
    report = err if options.mode == "diff" else out  # standard output carries the diff alone
    status, cache = 0, {}
    with Transaction() as transaction:
        for path, root in files:
            outcome = fix_one(path, glossary, rules, options, cache)
            for w in outcome.warnings:
                err.write(f"audit: warning: {w}\n")
            if outcome.error:
                err.write(f"audit: error: {outcome.error}\n")
                status = 2
                continue
            if outcome.result is None:
                continue
            old, new = outcome.source.text, outcome.result.text
            shown = criticmarkup(old, new) if options.format == "criticmarkup" else None
            try:
                if options.mode == "diff":
                    if shown is not None:
                        if len(files) > 1:
                            out.write(f"==> {outcome.path} <==\n")
                        out.write(shown)
                    else:
                        out.write(unified_diff(outcome.path, old, new))
                    out.flush()
                elif options.mode == "write":
                    if new != old:
                        transaction.stage_rewrite(outcome.source, new)
                else:
                    dest = output_path(path, root, options.output)
                    if os.path.exists(dest) and os.path.samefile(dest, path):
                        raise WriteError(f"{path}: --output would overwrite the file itself (use --write)")
                    transaction.stage(str(dest), outcome.source.encode(shown if shown is not None else new),
                                      mode=os.stat(path).st_mode)
            except (WriteError, OSError) as error:
                message = str(error) if isinstance(error, WriteError) else f"{path}: cannot write: {error}"
                err.write(f"audit: error: {message}\n")
                status = 2
                continue
            for line in describe(outcome, options.min_confidence, options.mode != "diff"):
                report.write(line + "\n")
            remaining = [f for f in outcome.result.findings if f.confidence >= min(SHOW_CONFIDENCE, options.min_confidence)]
            if remaining and status == 0:
                status = 1
        if status == 2 and options.mode != "diff":
            err.write("audit: nothing was rewritten (fix the errors above and run again)\n")
            return 2
        for problem in transaction.commit():
            err.write(f"audit: error: {problem}\n")
            status = 2
    report.flush()
    return status
