"""audit: finds machine-translation artifacts in English news copy and suggests scored fixes."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("audit")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
