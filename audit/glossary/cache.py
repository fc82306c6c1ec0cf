"""A compiled copy of a glossary file of 16 KB or more, kept on disk so that the next process skips the YAML.

The world glossary (glossaries/world.yaml) is thousands of entities: parsing its YAML costs a
process more than a tenth of a second, the bundled general and Syria glossaries together about
70 ms more; reading the copies (marshal: plain strings, lists and dicts, no code) a few
milliseconds. A copy keeps each entity's line, not each form's: a problem found across files
(a form claimed twice) names the entity's line. The copy is keyed by the SHA-256 of the file's bytes and of the code
that reads it (this module, the loader and the entity model: a new release that reads glossaries
otherwise gets its own copies), lives under the user's cache folder ($AUDIT_CACHE_DIR, else
$XDG_CACHE_HOME/audit or ~/.cache/audit; AUDIT_CACHE_DIR= (empty) turns it off), is written
atomically (a temporary file renamed into place) and is ignored when unreadable, corrupt or of
another format: then the YAML is parsed as if there were no cache.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
from functools import cache
from pathlib import Path

from audit.glossary.model import Entity

FORMAT = 1
MIN_BYTES = 16 * 1024  # smaller files parse faster than a cache look-up pays for (general.yaml: 18 KB, 25 ms)
_FIELDS = ("id", "canonical", "type", "pronoun", "aliases", "variants", "acronyms", "exonyms", "note", "gloss",
           "house_style", "reference", "line")


def folder() -> Path | None:
    """Where compiled copies go, or None where caching is turned off."""
    env = os.environ.get("AUDIT_CACHE_DIR")
    if env is not None:
        return Path(env) if env.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "audit"


@cache
def _code_digest() -> bytes:
    here = Path(__file__).resolve().parent
    h = hashlib.sha256(str(FORMAT).encode())
    for name in ("cache.py", "loader.py", "model.py"):
        try:
            h.update((here / name).read_bytes())
        except OSError:
            h.update(name.encode())
    return h.digest()


def _path(raw: bytes) -> Path | None:
    where = folder()
    if where is None:
        return None
    key = hashlib.sha256(_code_digest() + raw).hexdigest()[:40]
    return where / f"glossary-{key}.marshal"


def load(raw: bytes, source: str) -> list[Entity] | None:
    """The entities of a glossary file whose bytes are `raw`, from its compiled copy; None if there is none."""
    path = _path(raw) if len(raw) >= MIN_BYTES else None
    if path is None:
        return None
    try:
        rows = marshal.loads(path.read_bytes())
        return [Entity(**dict(zip(_FIELDS, row)), source=source) for row in rows]
    except Exception:  # noqa: BLE001 - unreadable, corrupt or another format: parse the YAML instead
        return None


def store(raw: bytes, entities: list[Entity]) -> None:
    """Keep the compiled copy of a file that parsed without a problem; any failure is ignored."""
    path = _path(raw) if len(raw) >= MIN_BYTES else None
    if path is None:
        return
    rows = [tuple(_plain(getattr(e, f)) for f in _FIELDS) for e in entities]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".glossary-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                marshal.dump(rows, out)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except (OSError, ValueError):
        pass


def _plain(value):
    """Strings that remember their line (the loader's) as plain str, recursively: marshal takes only those."""
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    return value
