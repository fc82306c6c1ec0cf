"""Loading models safely: safetensors weights only, never remote code, local files only offline.

Imports torch and transformers: only ever imported once a model option is given.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from audit.neural import NeuralError, missing_extra

WEIGHT_FILES = ("model.safetensors", "model.safetensors.index.json")
UNSAFE_WEIGHTS = ("pytorch_model.bin", "pytorch_model.bin.index.json", "tf_model.h5", "flax_model.msgpack")


@dataclass
class Loaded:
    """A model, its tokenizer, the device it runs on, and the key its fitted combination is stored under."""

    name: str
    key: str
    model: object
    tokenizer: object
    device: str
    max_length: int


def _quiet() -> None:
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")  # workers are forked processes
    from transformers.utils import logging

    logging.set_verbosity_error()
    logging.disable_progress_bar()


def resolve_device(requested: str) -> str:
    import torch

    cuda = torch.cuda.is_available()
    if requested == "auto":
        return "cuda" if cuda else "cpu"
    if requested == "cuda" and not cuda:
        raise NeuralError("--device cuda: torch sees no CUDA device (a CPU build of torch, or no GPU); "
                          "use --device cpu or auto")
    return requested


def local_folder(name: str) -> Path | None:
    """The local folder `name` names, or None for a Hugging Face id ("org/model"). A name that looks
    like a path but does not exist is an error, not an id to download."""
    path = Path(name).expanduser()
    if path.exists():
        if not path.is_dir():
            raise NeuralError(f"'{name}' is a file; give the model's folder (config.json, *.safetensors, tokenizer)")
        return path
    if name.startswith((".", "/", "~")) or name.count("/") > 1 or "\\" in name or not name.strip():
        raise NeuralError(f"no such model folder: '{name}'")
    return None


def check_folder(path: Path) -> None:
    """A local model folder must hold a config and safetensors weights (pickled weights can run code)."""
    if not (path / "config.json").is_file():
        raise NeuralError(f"'{path}' holds no config.json: not a Hugging Face model folder")
    if not any((path / f).is_file() for f in WEIGHT_FILES) and not list(path.glob("*.safetensors")):
        unsafe = [f for f in UNSAFE_WEIGHTS if (path / f).is_file()]
        if unsafe:
            raise NeuralError(f"'{path}' has weights only as {unsafe[0]}, not safetensors; audit loads "
                              "safetensors only (convert them: model.save_pretrained(folder, safe_serialization=True))")
        raise NeuralError(f"'{path}' holds no model weights (*.safetensors)")


def model_key(name: str) -> str:
    """What a fitted combination is stored under: the id for a Hugging Face model; for a local folder a
    fingerprint of its config and weights (the same model in another folder finds its combination)."""
    folder = local_folder(name)
    if folder is None:
        return name
    digest = hashlib.sha256((folder / "config.json").read_bytes())
    for weights in sorted(folder.glob("*.safetensors")):
        digest.update(str(weights.stat().st_size).encode())
        with open(weights, "rb") as f:
            digest.update(f.read(1 << 20))  # the header (tensor names, shapes) and the first weights
    return "sha256:" + digest.hexdigest()[:16]


def _load(name: str, device: str, offline: bool, auto_class: str, what: str) -> Loaded:
    missing = missing_extra()
    if missing:
        raise NeuralError(missing)
    folder = local_folder(name)
    if folder is not None:
        check_folder(folder)
    _quiet()
    import transformers

    device = resolve_device(device)
    try:
        tokenizer = transformers.AutoTokenizer.from_pretrained(name, local_files_only=offline, trust_remote_code=False)
        model = getattr(transformers, auto_class).from_pretrained(
            name, use_safetensors=True, local_files_only=offline, trust_remote_code=False)
    except (OSError, ValueError, KeyError) as err:
        reason = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        hint = " (--offline: only the local cache is used)" if offline and folder is None else ""
        raise NeuralError(f"cannot load {what} '{name}'{hint}: {reason}") from None
    if not getattr(tokenizer, "is_fast", False):
        raise NeuralError(f"{what} '{name}': its tokenizer has no fast (Rust) version; audit needs character offsets")
    model.eval()
    model.to(device)
    threads = os.environ.get("AUDIT_WORKER_THREADS", "")
    if device == "cpu" and threads.isdigit() and int(threads) > 0:
        import torch

        torch.set_num_threads(int(threads))  # one of --jobs N workers: its share of the cores
    limits = [getattr(model.config, "max_position_embeddings", 512) or 512, 512]
    if 0 < getattr(tokenizer, "model_max_length", 0) < 100_000:
        limits.append(tokenizer.model_max_length)
    # RoBERTa-style models reserve two positions for the padding offset
    max_length = min(limits) - (2 if getattr(model.config, "model_type", "") in ("roberta", "xlm-roberta", "camembert") else 0)
    return Loaded(name, model_key(name), model, tokenizer, device, max_length)


def load_mlm(name: str, device: str = "auto", offline: bool = False) -> Loaded:
    loaded = _load(name, device, offline, "AutoModelForMaskedLM", "masked language model")
    if loaded.tokenizer.mask_token_id is None:
        raise NeuralError(f"masked language model '{name}': its tokenizer has no mask token")
    return loaded


def load_ner(name: str, device: str = "auto", offline: bool = False) -> Loaded:
    loaded = _load(name, device, offline, "AutoModelForTokenClassification", "name recognition model")
    from audit.neural.names import label_types

    if not any(label_types(loaded.model.config.id2label).values()):
        labels = ", ".join(sorted(map(str, loaded.model.config.id2label.values())))
        raise NeuralError(f"name recognition model '{name}' has no person or organisation labels ({labels})")
    return loaded
