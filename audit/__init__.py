"""audit: finds machine-translation artifacts in English news copy and suggests scored fixes."""


def __getattr__(name: str):
    """audit.__version__ (package metadata: importlib.metadata is slow to import) and
    audit.check_text and audit.check_documents (audit/api.py), read on first use: the command
    line starts without them."""
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            value = version("audit")
        except PackageNotFoundError:  # running from a source tree that was never installed
            value = "0.0.0+source"
        globals()["__version__"] = value
        return value
    if name in ("check_text", "check_documents"):
        from audit import api

        return getattr(api, name)
    raise AttributeError(f"module 'audit' has no attribute {name!r}")
