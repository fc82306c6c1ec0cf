"""audit: finds machine-translation artifacts in English news copy and suggests scored fixes."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("audit")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"


def __getattr__(name: str):
    """audit.check_text and audit.check_documents (audit/api.py), imported on first use: the
    command line starts without them."""
    if name in ("check_text", "check_documents"):
        from audit import api

        return getattr(api, name)
    raise AttributeError(f"module 'audit' has no attribute {name!r}")
