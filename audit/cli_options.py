"""Command-line options that several `audit` commands share, declared once."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

GlossaryOption = Annotated[
    Optional[list[Path]], typer.Option("--glossary", "-g", help="A glossary file or folder to add (repeatable).")
]
NoDefaultGlossaryOption = Annotated[bool, typer.Option("--no-default-glossary", help="Do not load the bundled glossaries.")]
SelectOption = Annotated[Optional[list[str]], typer.Option("--select", help="Only these rule codes or prefixes (e.g. N,P001).")]
IgnoreOption = Annotated[Optional[list[str]], typer.Option("--ignore", help="Skip these rule codes or prefixes (e.g. C004).")]
ConfigOption = Annotated[
    Optional[Path],
    typer.Option("--config", help="Configuration file (default: audit.toml or pyproject.toml [tool.audit], from here up)."),
]
SourceLangOption = Annotated[
    Optional[str],
    typer.Option("--source-lang", help="Language the text was translated from (e.g. ru), where an input does not say: "
                 "residue rules then report only that language's forms."),
]
# the neural extra (docs/neural.md); None where not given, so a configuration file can set them
ModelOption = Annotated[
    Optional[str],
    typer.Option("--model", help="Masked language model (Hugging Face id or folder) to re-score fixes; needs the neural extra."),
]
NerModelOption = Annotated[
    Optional[str],
    typer.Option("--ner-model", help="Token-classification model (id or folder) to find person and organisation names the glossary lacks."),
]
DeviceOption = Annotated[Optional[str], typer.Option("--device", help="Where models run: auto (default), cpu or cuda.")]
BatchSizeOption = Annotated[Optional[int], typer.Option("--batch-size", min=1, help="Model inputs per batch (default 32).")]
OfflineOption = Annotated[bool, typer.Option("--offline", help="Load models from local files only (no download).")]
