"""Rewriting documents without ever losing text.

A file is read once, as bytes; it is rewritten only if its text can be encoded back to exactly
those bytes (same encoding, BOM and line endings), so everything outside the fixes stays
byte-identical. New content goes to a temporary file in the same folder, which is renamed over
the original (atomic on POSIX) only after every file of the run has been written, and only if the
original has not changed since it was read. A failure leaves every file old or new, never half.
"""

from __future__ import annotations

import hashlib
import os
import stat
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from audit.inputs import TEXT_SUFFIXES, InputError, decode

_BOM = b"\xef\xbb\xbf"


class WriteError(Exception):
    """A file that could not be written: it is left as it was."""


@dataclass
class Source:
    """A text file as read: its bytes' digest, decoded text and how to encode it back."""

    path: str
    text: str
    encoding: str
    digest: str
    warnings: list[str] = field(default_factory=list)

    def encode(self, text: str) -> bytes:
        try:
            return text.encode(self.encoding)
        except UnicodeEncodeError as err:
            raise WriteError(
                f"{self.path}: cannot write {text[err.start:err.end]!r} in {self.encoding}; file left unchanged"
            ) from None


def _encoding(data: bytes, text: str) -> str | None:
    """The encoding that decodes `data` to `text` and encodes `text` back to `data`, if any."""
    for encoding in ("utf-8-sig" if data.startswith(_BOM) else "utf-8", "cp1252", "latin-1"):
        try:
            if data.decode(encoding) == text and text.encode(encoding) == data:
                return encoding
        except UnicodeError:
            continue
    return None


def rewritable(path: str) -> bool:
    """Plain text and Markdown files (or files without a suffix); structured formats are not rewritten."""
    suffix = Path(path).suffix.lower()
    return suffix in TEXT_SUFFIXES or suffix == ""


def read_source(path: str) -> tuple[Source | None, list[str]]:
    """Read a file for fixing; (None, warnings) for a binary file. InputError where it cannot be read."""
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read: {err.strerror}") from err
    text, warnings = decode(data, path)
    if text is None:
        return None, warnings
    encoding = _encoding(data, text)
    if encoding is None:
        raise InputError(f"{path}: its bytes do not survive decoding and encoding again; not rewritten")
    return Source(path, text, encoding, hashlib.sha256(data).hexdigest(), warnings), warnings


def _target(path: str) -> str:
    """Where the bytes live: a symbolic link is followed, so the link stays a link."""
    return os.path.realpath(path)


class Transaction:
    """Stage new contents for many files; commit renames them all into place, or none if staging failed.

    Use as a context manager: leaving it without commit() (an error, an interrupt) removes the
    temporary files and changes nothing.
    """

    def __init__(self) -> None:
        self._staged: list[tuple[str, str, Source | None]] = []  # (temporary file, destination, source read)

    def __enter__(self) -> "Transaction":
        return self

    def __exit__(self, *exc) -> None:
        self.rollback()

    def stage(self, dest: str, data: bytes, source: Source | None = None, mode: int | None = None) -> None:
        """Write `data` to a temporary file beside `dest`. `source`: the original being replaced
        (its permissions are kept, and it must be unchanged at commit)."""
        folder = os.path.dirname(os.path.abspath(dest))
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix="." + os.path.basename(dest) + ".", suffix=".audit-tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            if mode is not None:
                os.chmod(tmp, stat.S_IMODE(mode))
        except BaseException:
            os.unlink(tmp)
            raise
        self._staged.append((tmp, dest, source))

    def stage_rewrite(self, source: Source, text: str) -> None:
        """Stage `text` to replace `source`'s file in place, in the file's own encoding."""
        dest = _target(source.path)
        st = os.stat(dest)
        self.stage(dest, source.encode(text), source, st.st_mode)
        tmp = self._staged[-1][0]
        try:
            os.chown(tmp, st.st_uid, st.st_gid)
        except OSError:
            pass  # not ours to give away: the file keeps our ownership, as any editor would

    def commit(self) -> list[str]:
        """Rename every staged file into place; a file changed since it was read is left alone
        (its new text is dropped) and named in the returned problems."""
        problems = []
        for tmp, dest, source in self._staged:
            if source is not None:
                try:
                    current = hashlib.sha256(Path(dest).read_bytes()).hexdigest()
                except OSError as err:
                    current = f"unreadable: {err}"
                if current != source.digest:
                    os.unlink(tmp)
                    problems.append(f"{source.path}: changed since it was read; not rewritten")
                    continue
            os.replace(tmp, dest)
        self._staged = []
        return problems

    def rollback(self) -> None:
        for tmp, _, _ in self._staged:
            try:
                os.unlink(tmp)
            except FileNotFoundError:
                pass
        self._staged = []


class AtomicOutput:
    """A text file written through a temporary file beside it, renamed into place on close():
    a report is there whole or not at all (the old one stays if the run fails)."""

    def __init__(self, dest: str):
        self.dest = dest
        folder = os.path.dirname(os.path.abspath(dest))
        fd, self._tmp = tempfile.mkstemp(prefix="." + os.path.basename(dest) + ".", suffix=".audit-tmp", dir=folder)
        self.stream = os.fdopen(fd, "w", encoding="utf-8", newline="")
        import atexit

        atexit.register(self.discard)  # a run that dies leaves no temporary file behind

    def close(self) -> None:
        self.stream.close()
        if os.path.exists(self.dest):
            os.chmod(self._tmp, stat.S_IMODE(os.stat(self.dest).st_mode))
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(self._tmp, 0o666 & ~umask)
        os.replace(self._tmp, self.dest)

    def discard(self) -> None:
        if not self.stream.closed:
            self.stream.close()
        try:
            os.unlink(self._tmp)
        except FileNotFoundError:
            pass
