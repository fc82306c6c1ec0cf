"""Finding input files and decoding them into Documents, with warnings instead of tracebacks."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from audit.document import Document

TEXT_SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown"}
_SNIFF = 8192


class InputError(Exception):
    """Bad input that stops the run (exit 2): a missing path, an unreadable file."""


def decode(data: bytes, name: str) -> tuple[str | None, list[str]]:
    """Decode bytes as UTF-8 (BOM optional); fall back to cp1252/latin-1 with a warning.

    Returns (None, [warning]) for binary data, which is skipped.
    """
    head = data[:_SNIFF]
    controls = sum(1 for b in head if b < 32 and b not in b"\t\n\r\f\x1b")
    if b"\x00" in head or (head and controls / len(head) > 0.05):
        return None, [f"{name}: skipped: looks like a binary file"]
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as err:
        where = f"byte {err.start}"
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text, [f"{name}: not valid UTF-8 ({where}); decoded as {encoding}"]
    raise AssertionError("latin-1 decodes every byte string")


def discover(paths: list[str]) -> Iterator[str]:
    """Expand the command-line paths: files as given, directories recursively (.txt, .md)."""
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES
            )
            yield from (str(p) for p in found)
        elif path.is_file():
            yield raw
        elif path.exists():
            raise InputError(f"{raw}: not a regular file or directory")
        else:
            raise InputError(f"{raw}: no such file or directory")


def check_paths(paths: list[str]) -> list[str]:
    """Resolve every path before any work starts, so a typo fails fast (exit 2); each file once."""
    return list(dict.fromkeys(discover(paths)))


def load(path: str) -> tuple[Document | None, list[str]]:
    """Read and decode one input; '-' is standard input."""
    if path == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        try:
            data = Path(path).read_bytes()
        except OSError as err:
            raise InputError(f"{path}: cannot read: {err.strerror}") from err
        name = path
    text, warnings = decode(data, name)
    if text is None:
        return None, warnings
    kind = TEXT_SUFFIXES.get(Path(path).suffix.lower(), "text") if path != "-" else "text"
    return Document(path=name, text=text, kind=kind, warnings=list(warnings)), warnings
