"""Optional neural evidence (`pip install 'audit[neural]'`): a masked language model re-scores
findings with a fix, a token classifier finds names the glossary lacks. See docs/neural.md.

Nothing here imports torch or transformers until a model is actually needed: `configure()` only
records the options (in the parent process, before any worker is forked), and each process loads
its models lazily, once, on its first document. A model that cannot be loaded (the extra is not
installed, the folder is missing, the weights are not safetensors...) is reported by one note and
the run goes on without that evidence.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass, replace
from pathlib import Path

DEVICES = ("auto", "cpu", "cuda")
DEFAULT_BATCH_SIZE = 32


class NeuralError(Exception):
    """A model that cannot be used; the message says why and what to do."""


@dataclass(frozen=True)
class NeuralOptions:
    model: str | None = None  # masked language model: Hugging Face id or local folder
    ner_model: str | None = None  # token classifier (PER/ORG labels): id or local folder
    device: str = "auto"  # auto: cuda when torch sees a GPU, else cpu
    batch_size: int = DEFAULT_BATCH_SIZE
    offline: bool = False  # local files (folders, the Hugging Face cache) only
    combination: Path | None = None  # fitted MLM combinations; None: audit/data/neural.json
    use_combination: bool = True  # False: record the MLM evidence only (bench/fit_neural.py fits on it)

    @property
    def enabled(self) -> bool:
        return bool(self.model or self.ner_model)

    def with_(self, **changes) -> "NeuralOptions":
        return replace(self, **changes)


def missing_extra() -> str | None:
    """The message for a missing `neural` extra, or None when torch and transformers are importable
    (checked without importing them)."""
    missing = [m for m in ("torch", "transformers", "safetensors") if importlib.util.find_spec(m) is None]
    if not missing:
        return None
    return (f"{', '.join(missing)} not installed: install the neural extra "
            "(pip install torch==2.13.0 && pip install 'audit[neural]')")


def check_options(options: NeuralOptions) -> None:
    """Usage errors (exit status 2), before any document is read: a bad device or batch size."""
    if options.device not in DEVICES:
        raise NeuralError(f"--device must be one of {', '.join(DEVICES)}, not '{options.device}'")
    if options.batch_size < 1:
        raise NeuralError(f"--batch-size must be at least 1, not {options.batch_size}")


def configure(options: NeuralOptions | None) -> None:
    """Use these models for every document this process (and the workers it forks) audits; None or
    no model turns neural evidence off. Loads nothing."""
    from audit import engine

    if options is None or not options.enabled:
        engine.NEURAL = None
        return
    check_options(options)
    from audit.neural.runtime import Runtime

    engine.NEURAL = Runtime(options)


def take_notes() -> list[str]:
    """Notes (a model that could not be loaded, a missing fitted combination...) not yet handed out
    by this process; each is given once."""
    from audit import engine

    return engine.NEURAL.take_notes() if engine.NEURAL is not None else []
