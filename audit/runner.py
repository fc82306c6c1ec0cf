"""Auditing many inputs, in this process or in a pool of worker processes (`--jobs N`).

Documents are read, audited and reported one at a time, in input order: memory stays flat however
many documents there are.

With N workers, the parent only hands out work and passes reports on in input order. It hands out
documents in order, small neighbouring files together (one round trip for several short
documents), and the last WINDOW documents largest first, so that no worker is left alone with a
long document at the end. Reports that finish early wait for their turn, never more than WINDOW.
"""

from __future__ import annotations

import dataclasses
import itertools
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from audit.document import Document
from audit.glossary import Glossary
from audit.inputs import InputError, load
from audit.model import Report

if TYPE_CHECKING:
    from audit.rules import Rule

WINDOW = 256  # documents handed out ahead of the next one to report, at most (and at least 8 per worker)
BATCH_BYTES = 32 * 1024  # small files go to a worker together, up to this many bytes


@dataclass
class Outcome:
    path: str
    report: Report | None = None
    warnings: list[str] = field(default_factory=list)
    error: str | None = None


_worker: dict = {}


def _init(glossary: Glossary, rules: list[Rule] | None, min_confidence: float, workers: int = 1,
          source_lang: str | None = None) -> None:
    _worker.update(glossary=glossary, rules=rules, min_confidence=min_confidence, source_lang=source_lang)
    if workers > 1:  # in a worker: a model's threads get this worker's share of the cores
        os.environ["AUDIT_WORKER_THREADS"] = str(max(1, (os.cpu_count() or 1) // workers))


def _audit_one(path: str | Document | InputError) -> Outcome:
    """Audit one input: a path, or a segment a feed or translation file was split into (already a
    Document), or a bad line of such a file (an InputError, passed on in its turn)."""
    if isinstance(path, InputError):
        return Outcome(getattr(path, "path", ""), error=str(path))
    if isinstance(path, Document):
        doc, warnings, path = path, [], path.path
    else:
        try:
            doc, warnings = load(path)
        except InputError as err:
            return Outcome(path, error=str(err))
    if doc is None:
        return Outcome(path, warnings=warnings)
    if _worker.get("source_lang") and not doc.source_lang:  # what the input says comes first
        doc = dataclasses.replace(doc, source_lang=_worker["source_lang"])
    # the engine is imported by the first document, the rules by the first one with text to check
    # (None stands for every rule): an empty input starts and ends without them
    from audit.engine import audit_document

    rules = _worker["rules"]
    if rules is None and doc.masked.strip():
        from audit.rules import select_rules

        rules = _worker["rules"] = select_rules()
    try:
        report = audit_document(doc, _worker["glossary"], rules or [], _worker["min_confidence"])
    except Exception as err:  # a bug must not cost the user the other files, nor show a traceback
        if os.environ.get("AUDIT_DEBUG"):
            raise
        return Outcome(path, warnings=warnings, error=internal_error(doc.path, err))
    return Outcome(path, report, warnings + _notes())


def internal_error(path: str, err: Exception, consequence: str = "") -> str:
    """The message for a bug met on one document: the run goes on with the others."""
    return (f"{path}: internal error ({type(err).__name__}: {err}); {consequence}"
            "please report it (AUDIT_DEBUG=1 shows the traceback)")


def _notes() -> list[str]:
    """What the optional model evidence has to say (a model that cannot be loaded...), once per process."""
    from audit import engine

    return engine.NEURAL.take_notes() if engine.NEURAL is not None else []


def _once(outcomes: Iterator[Outcome]) -> Iterator[Outcome]:
    """Drop a warning already passed on (each worker says its notes once; the run says them once)."""
    seen: set[str] = set()
    for outcome in outcomes:
        if outcome.warnings:
            outcome.warnings = [w for w in outcome.warnings if not (w in seen or seen.add(w))]
        yield outcome


def _audit_batch(batch: list[tuple[int, str]]) -> list[tuple[int, Outcome | BaseException]]:
    """Audit a few documents in a worker; an unexpected error travels back in place of its outcome."""
    out: list[tuple[int, Outcome | BaseException]] = []
    for index, path in batch:
        try:
            out.append((index, _audit_one(path)))
        except Exception as err:  # raised in the parent when this document's turn comes
            out.append((index, err))
    return out


def audit_paths(paths: Iterable[str], glossary: Glossary, rules: list[Rule] | None, min_confidence: float,
                jobs: int = 1, source_lang: str | None = None) -> Iterator[Outcome]:
    """Yield one Outcome per path, in order, taking the paths as they come. Standard input ('-')
    is always read here. `rules`: None for every rule. `source_lang`: the source language of
    documents whose input does not say."""
    _init(glossary, rules, min_confidence, source_lang=source_lang)
    paths = iter(paths)
    if jobs > 1:  # a pool only for two files or more
        head, files = [], 0
        for p in paths:
            head.append(p)
            files += p != "-"
            if files == 2:
                yield from _once(_audit_parallel(itertools.chain(head, paths), jobs))
                return
        paths = iter(head)
    yield from _once(_audit_one(p) for p in paths)


def _size(path: str | Document | InputError) -> int:
    if not isinstance(path, str):
        return len(path.text) if isinstance(path, Document) else 0
    try:
        return os.stat(path).st_size
    except OSError:
        return 0  # reported by the worker that tries to read it


def _audit_parallel(paths: Iterator[str], jobs: int) -> Iterator[Outcome]:
    import heapq
    import multiprocessing
    import queue

    window = max(WINDOW, 8 * jobs)
    pending: dict[int, str] = {}  # read from `paths`, not yet reported
    todo: list[tuple[tuple, int, int]] = []  # heap of (priority, index, size): not yet handed out
    ready: dict[int, Outcome | BaseException] = {}  # audited, waiting for their turn
    finished: queue.SimpleQueue = queue.SimpleQueue()  # what the workers return, as they return it
    admitted = reported = in_flight = 0
    last = False  # all paths read: what is left goes largest first

    # fork: the workers start with the parent's glossary and rules; nothing is pickled for them
    with multiprocessing.get_context("fork").Pool(
        jobs, _init, (_worker["glossary"], _worker["rules"], _worker["min_confidence"], jobs, _worker["source_lang"])
    ) as pool:
        while True:
            while not last and admitted < reported + window:
                path = next(paths, None)
                if path is None:
                    last = True
                    todo = [((1, -size, index), index, size) for _, index, size in todo]
                    heapq.heapify(todo)
                    break
                pending[admitted] = path
                if path != "-":  # standard input is read here, in its turn
                    size = _size(path)
                    heapq.heappush(todo, ((0, admitted), admitted, size))
                admitted += 1
            if reported == admitted:
                return
            # keep every worker busy, with one task queued behind it; small files go together
            while todo and in_flight < 2 * jobs:
                _, index, total = heapq.heappop(todo)
                batch = [(index, pending[index])]
                while todo and total + todo[0][2] <= BATCH_BYTES:
                    _, index, size = heapq.heappop(todo)
                    batch.append((index, pending[index]))
                    total += size
                pool.apply_async(_audit_batch, (batch,), callback=finished.put, error_callback=finished.put)
                in_flight += 1
            if reported not in ready and pending[reported] != "-":
                done = finished.get()
                in_flight -= 1
                if isinstance(done, BaseException):  # the task could not run at all
                    raise done
                ready.update(done)
                continue
            path = pending.pop(reported)
            outcome = _audit_one(path) if path == "-" else ready.pop(reported)
            if isinstance(outcome, BaseException):
                raise outcome
            yield outcome
            reported += 1
