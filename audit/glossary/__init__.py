"""Glossaries of names: loading, validation and the matcher over every form (indexed by first word)."""

from audit.glossary.loader import GlossaryError, default_glossary_paths, load_glossary
from audit.glossary.model import Entity, Glossary

__all__ = ["Entity", "Glossary", "GlossaryError", "default_glossary_paths", "load_glossary"]
