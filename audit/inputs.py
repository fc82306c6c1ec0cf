"""Finding input files and decoding them into Documents, with warnings instead of tracebacks."""

from __future__ import annotations

import errno
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

from audit.document import Document

TEXT_SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown"}
# files of many documents, split by audit.formats: a feed, translation files
MULTI_SUFFIXES = {".jsonl", ".xlf", ".xliff", ".tmx", ".po"}
_SNIFF = 8192
_IGNORED_ERRNOS = (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP)  # as pathlib ignores them
_CONTROLS = bytes(b for b in range(32) if b not in b"\t\n\r\f\x1b")  # in text, a sign of binary data


class InputError(Exception):
    """Bad input that stops the run (exit 2): a missing path, an unreadable file."""


def decode(data: bytes, name: str) -> tuple[str | None, list[str]]:
    """Decode bytes as UTF-8 (BOM optional); fall back to cp1252/latin-1 with a warning.

    Returns (None, [warning]) for binary data, which is skipped.
    """
    head = data[:_SNIFF]
    controls = len(head) - len(head.translate(None, _CONTROLS))  # how many bytes are control codes
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


def _kind(raw: str) -> str:
    """'stdin', 'dir' or 'file' for a command-line path; InputError for anything else."""
    if raw == "-":
        return "stdin"
    path = Path(raw)
    if path.is_dir():
        return "dir"
    if path.is_file():
        return "file"
    if path.exists():
        raise InputError(f"{raw}: not a regular file or directory")
    raise InputError(f"{raw}: no such file or directory")


def discover(paths: list[str]) -> Iterator[str]:
    """Expand the command-line paths: files as given, directories recursively (.txt, .md, and
    the feed and translation files: .jsonl, .xlf, .xliff, .tmx, .po).

    Directories are walked as the files are asked for, holding one folder's listing at a time,
    in the order of `sorted(Path(d).rglob("*"))`: a feed of a million files in folders of a
    thousand costs no more memory than a thousand.
    """
    for raw in paths:
        kind = _kind(raw)
        if kind == "dir":
            base = str(Path(raw))  # as pathlib spells its children: "seeds/x.txt", "x.txt" for "."
            yield from _walk("" if base == "." else base.rstrip("/") + "/", base)
        else:
            yield raw


def _walk(prefix: str, folder: str) -> Iterator[str]:
    """Text files under `folder`, depth first, each folder's entries sorted by name (the order of
    sorted paths); like Path.rglob, symbolic links to folders are not followed, unreadable folders
    are skipped, and a symbolic link to a file counts as a file."""
    try:
        with os.scandir(folder) as it:
            names = sorted((e.name, _is_real_dir(e)) for e in it)
    except PermissionError:
        return
    for name, is_dir in names:
        path = prefix + name
        if is_dir:
            yield from _walk(path + "/", path)
        elif (_suffix(name).lower() in TEXT_SUFFIXES or _suffix(name).lower() in MULTI_SUFFIXES) and _is_file(path):
            yield path


def _is_real_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError as err:
        if err.errno in _IGNORED_ERRNOS:
            return False
        raise


def _is_file(path: str) -> bool:
    """Path.is_file: a regular file, through symbolic links; False where it cannot be told."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError as err:
        if err.errno in _IGNORED_ERRNOS:
            return False
        raise
    except ValueError:
        return False


def _suffix(name: str) -> str:
    """PurePath.suffix of a file name."""
    i = name.rfind(".")
    return name[i:] if 0 < i < len(name) - 1 else ""


def check_paths(paths: list[str]) -> Iterator[str]:
    """Check every path before any work starts, so a typo fails fast (exit 2); then yield the
    files, each once, folders expanded as the files are asked for."""
    for raw in paths:
        _kind(raw)
    if len(paths) == 1:  # nothing can come twice: no set of every path seen
        return discover(paths)
    return iter(dict.fromkeys(discover(paths)))


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
