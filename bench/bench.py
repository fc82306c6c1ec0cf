"""Speed and memory of `audit run --format json` against translate-toolkit's pofilter.

Both tools read the same segments: audit the English MT output as text documents; pofilter a PO
file of source + MT pairs built from the same lines, with all its default checks. Measured in one
run, on (a) all WMT23 *.hyp.*.en files and (b) a synthetic feed --scale times larger (the same
segments cut into 20-line documents and repeated). Prints words/s, documents/s and peak memory
(max RSS of the process) for each, and the ratio audit/pofilter.

    python bench/bench.py [--corpora ../shared/corpora/wmt23] [--scale 100] [--jobs 1]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC_LINES = 20


def _po_escape(s: str) -> str:
    return s.replace("\\\\", "\\\\\\\\").replace('"', '\\\\"')


def hyp_files(corpora: Path) -> list[Path]:
    return sorted(corpora.glob("*.hyp.*.en"))


def segments(corpora: Path) -> list[tuple[str, str]]:
    """(source, MT) pairs of every hypothesis file, line-aligned with its source file."""
    pairs = []
    for hyp in hyp_files(corpora):
        pair = hyp.name.split(".")[1]  # de-en
        src = corpora / f"generaltest2023.{pair}.src.{pair.split('-')[0]}"
        sources = src.read_text(encoding="utf-8").splitlines()
        pairs += zip(sources, hyp.read_text(encoding="utf-8").splitlines())
    return pairs


def write_feed(pairs: list[tuple[str, str]], scale: int, folder: Path) -> tuple[int, int]:
    """Text documents of DOC_LINES segments for audit, and one PO file for pofilter."""
    docs = words = 0
    (folder / "txt").mkdir(parents=True)
    with open(folder / "feed.po", "w", encoding="utf-8") as po:
        po.write('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n')
        for copy in range(scale):
            for i in range(0, len(pairs), DOC_LINES):
                chunk = pairs[i : i + DOC_LINES]
                (folder / "txt" / f"{copy:04d}-{i:06d}.txt").write_text(
                    "\n".join(t for _, t in chunk) + "\n", encoding="utf-8")
                docs += 1
                for j, (s, t) in enumerate(chunk):
                    words += len(t.split())
                    po.write(f'msgctxt "{copy}-{i + j}"\nmsgid "{_po_escape(s)}"\nmsgstr "{_po_escape(t)}"\n\n')
    return docs, words


def measure(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MiB) of one command, its output discarded."""
    start = time.perf_counter()
    with open(os.devnull, "w") as null:
        proc = subprocess.Popen(cmd, stdout=null, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"failed: {' '.join(cmd)}")
    return seconds, usage.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora" / "wmt23")
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    audit = shutil.which("audit") or sys.exit("audit is not installed")
    pofilter = shutil.which("pofilter") or sys.exit("pofilter is not installed: pip install translate-toolkit")
    pairs = segments(args.corpora)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for label, scale in (("WMT23 hyp", 1), (f"feed x{args.scale}", args.scale)):
            folder = Path(tmp) / label.replace(" ", "_")
            docs, words = write_feed(pairs, scale, folder)
            a = measure([audit, "run", "--format", "json", "--jobs", str(args.jobs), str(folder / "txt")])
            p = measure([pofilter, "--progress=none", str(folder / "feed.po"), str(folder / "out.po")])
            rows.append((label, docs, words, a, p))
            shutil.rmtree(folder)
    print(f"{'input':<12} {'tool':<9} {'docs':>7} {'words':>10} {'seconds':>8} {'words/s':>9} {'docs/s':>8} {'peak MiB':>9}")
    for label, docs, words, a, p in rows:
        for tool, (sec, mem) in (("audit", a), ("pofilter", p)):
            print(f"{label:<12} {tool:<9} {docs:>7} {words:>10} {sec:>8.1f} {words / sec:>9.0f} {docs / sec:>8.1f} {mem:>9.0f}")
        print(f"{label:<12} audit/pofilter words/s: {p[0] / a[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
