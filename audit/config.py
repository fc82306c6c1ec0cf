"""Configuration files: `[tool.audit]` in pyproject.toml, or audit.toml, found from the current
folder upwards (the nearest wins; a pyproject.toml without [tool.audit] is passed over).
Command-line options override them. Unknown keys are errors naming the file, line and key.

Adding a key is one line in KEYS: its name, its type and its default.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SEVERITIES = ("minor", "major", "critical")
FORMATS = ("text", "json", "html", "sarif", "jsonl", "junit", "github", "csv")
INPUT_FORMATS = ("auto", "text", "jsonl", "xliff", "tmx", "po")

# key: (type, default, help). Types: "bool", "int", "float", "prob" (0..1), "str", "path",
# "posint" (>= 1), "paths", "codes" (rule codes), ("choice", ...), "rules", "per-path".
KEYS: dict[str, tuple[Any, Any, str]] = {
    "glossaries": ("paths", [], "glossary files or folders to add"),
    "default-glossary": ("bool", True, "load the bundled glossaries"),
    "house-style": ("bool", False, "every glossary's canonical forms are the house's: report other accepted spellings (N003)"),
    "select": ("codes", [], "only these rules (codes or prefixes)"),
    "ignore": ("codes", [], "skip these rules"),
    "min-confidence": ("prob", 0.5, "hide findings less likely than this"),
    "rules": ("rules", {}, "per rule: severity, min-confidence"),
    "per-path-ignores": ("per-path", {}, "glob pattern -> rule codes to skip there"),
    "format": (("choice", *FORMATS), "text", "output format"),
    "input-format": (("choice", *INPUT_FORMATS), "auto", "format of the inputs (auto: by suffix)"),
    "jobs": ("int", 1, "worker processes (0: one per core)"),
    "fail-on": (("choice", *SEVERITIES), None, "lowest severity that fails the run (unset: any finding)"),
    "max-penalty": ("float", None, "fail above this MQM penalty per 1,000 words"),
    "penalty-scope": (("choice", "document", "run"), "document", "max-penalty per document or for the run"),
    "baseline": ("path", None, "baseline file: report and fail only on new findings"),
    "source-lang": ("str", None, "language the text was translated from (ISO 639-1), where an input does not say"),
    # the neural extra (docs/neural.md)
    "model": ("str", None, "language model for ranking fixes"),
    "ner-model": ("str", None, "named-entity model"),
    "device": (("choice", "auto", "cpu", "cuda"), "auto", "where the models run"),
    "batch-size": ("posint", 32, "model inputs per batch"),
    "offline": ("bool", False, "load models from local files only (never download)"),
}
RULE_KEYS = {"severity": ("choice", *SEVERITIES), "min-confidence": "prob"}
FILES = ("audit.toml", "pyproject.toml")


class ConfigError(Exception):
    """A configuration problem: 'file:line: problem'."""


@dataclass
class Config:
    values: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)  # key -> the file it came from, or "command line"
    file: Path | None = None

    def __getitem__(self, key: str) -> Any:
        return self.values[key] if key in self.values else KEYS[key][1]

    def source(self, key: str) -> str:
        return self.sources.get(key, "default")

    def override(self, **options: Any) -> "Config":
        """Command-line options (python names; None: not given) over the file's values."""
        for name, value in options.items():
            if value is None or value == []:
                continue
            key = name.replace("_", "-")
            if key not in KEYS:
                raise KeyError(key)
            self.values[key] = value
            self.sources[key] = "command line"
        return self


def find_config(start: Path | None = None) -> Path | None:
    """The nearest audit.toml, or pyproject.toml with a [tool.audit] table, from `start` up."""
    folder = (start or Path.cwd()).resolve()
    for d in (folder, *folder.parents):
        for name in FILES:
            path = d / name
            if path.is_file() and (name != "pyproject.toml" or _has_tool_audit(path)):
                return path
    return None


def _has_tool_audit(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return re.search(r"^\s*\[\s*tool\s*\.\s*audit\s*[.\]]", text, re.MULTILINE) is not None


def load_config(path: Path | None = None, *, search: bool = True) -> Config:
    """The configuration in `path`, or in the file found from the current folder up; defaults
    where there is none. Environment: AUDIT_NO_CONFIG=1 ignores configuration files."""
    if path is None:
        if not search or os.environ.get("AUDIT_NO_CONFIG"):
            return Config()
        path = find_config()
        if path is None:
            return Config()
    import tomllib

    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as err:
        raise ConfigError(f"{path}: cannot read: {err.strerror}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not valid UTF-8") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{path}: not valid TOML: {err}") from None
    table = data.get("tool", {}).get("audit", {}) if Path(path).name == "pyproject.toml" else data
    section = "[tool.audit]" if Path(path).name == "pyproject.toml" else ""
    return _check(table, Path(path), text, section)


def _line(text: str, key: str) -> str:
    """':N' for the first line that sets `key`, for the error message ('' if not found)."""
    for i, line in enumerate(text.splitlines(), 1):
        if re.match(rf"\s*[\"']?{re.escape(key)}[\"']?\s*=", line) or re.match(rf"\s*\[.*\b{re.escape(key)}\]", line):
            return f":{i}"
    return ""


def _check(table: dict, path: Path, text: str, section: str) -> Config:
    cfg = Config(file=path)
    where = f" in {section}" if section else ""
    for key, value in table.items():
        if key not in KEYS:
            raise ConfigError(f"{path}{_line(text, key)}: unknown key '{key}'{where} "
                              f"(known: {', '.join(KEYS)})")
        problem = _problem(KEYS[key][0], value)
        if problem:
            raise ConfigError(f"{path}{_line(text, key)}: '{key}' {problem}")
        if KEYS[key][0] in ("path", "paths"):  # relative to the configuration file's folder
            base = path.parent
            value = [str(base / v) for v in value] if isinstance(value, list) else str(base / value)
        if key == "rules":
            for code, settings in value.items():
                for name in settings:
                    if name not in RULE_KEYS:
                        raise ConfigError(f"{path}{_line(text, name)}: unknown key '{name}' in rules.{code} "
                                          f"(known: {', '.join(RULE_KEYS)})")
                    problem = _problem(RULE_KEYS[name], settings[name])
                    if problem:
                        raise ConfigError(f"{path}{_line(text, name)}: 'rules.{code}.{name}' {problem}")
        cfg.values[key] = value
        cfg.sources[key] = str(path)
    return cfg


def _problem(kind, value) -> str | None:
    """What is wrong with a value of this kind, or None."""
    if isinstance(kind, tuple):
        return None if value in kind[1:] else f"must be one of: {', '.join(kind[1:])}"
    if kind == "bool":
        return None if isinstance(value, bool) else "must be true or false"
    if kind == "posint":
        return None if isinstance(value, int) and not isinstance(value, bool) and value >= 1 else "must be a whole number >= 1"
    if kind == "int":
        return None if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else "must be a whole number >= 0"
    if kind in ("float", "prob"):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            return "must be a number >= 0"
        return "must be between 0 and 1" if kind == "prob" and value > 1 else None
    if kind in ("str", "path"):
        return None if isinstance(value, str) and value else "must be a non-empty string"
    if kind in ("paths", "codes"):
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            return "must be a list of strings"
        if kind == "codes":
            return _unknown_codes(value)
        return None
    if kind == "rules":
        if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
            return "must be a table of rule codes, each a table (severity, min-confidence)"
        from audit.rules import REGISTRY

        unknown = [c for c in value if c.upper() not in REGISTRY]
        return f"names unknown rule code(s): {', '.join(unknown)}" if unknown else None
    if kind == "per-path":
        if not isinstance(value, dict) or not all(
                isinstance(v, list) and all(isinstance(c, str) for c in v) for v in value.values()):
            return "must be a table of glob patterns, each a list of rule codes"
        return _unknown_codes([c for v in value.values() for c in v])
    raise AssertionError(kind)


def _unknown_codes(codes: list[str]) -> str | None:
    from audit.rules import unknown_codes

    unknown = unknown_codes(codes)
    return f"names unknown rule code(s): {', '.join(unknown)} (see `audit rules`)" if unknown else None


def show(cfg: Config) -> str:
    """The effective configuration as TOML, each value with where it came from."""
    import json

    lines = [f"# configuration file: {cfg.file or 'none found'}", "[tool.audit]"]
    tables = []
    for key, (kind, default, help_) in KEYS.items():
        value = cfg[key]
        if kind in ("rules", "per-path"):
            if value:
                tables.append((key, value))
            continue
        setting = f"# {key} =" if value is None else f"{key} = {json.dumps(value, ensure_ascii=False)}"
        lines.append(setting.ljust(40) + f"  # {cfg.source(key)}: {help_}")
    for key, value in tables:
        for name, inner in value.items():
            if key == "rules":
                lines += ["", f"[tool.audit.rules.{name}]", *(f"{k} = {json.dumps(v)}" for k, v in inner.items())]
            else:
                lines += ["", f"[tool.audit.per-path-ignores]"] if name == next(iter(value)) else []
                lines.append(f"{json.dumps(name)} = {json.dumps(inner)}")
    return "\n".join(lines)
