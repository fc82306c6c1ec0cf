"""Speed and memory of `audit run --format json` against translate-toolkit's `pofilter`.

Both tools read the same segments. audit reads the English MT output as text documents;
pofilter reads PO files of (source, MT) pairs built from the same lines, one PO file per
document, and runs all its default checks. Words are counted the same way for both tools:
whitespace-separated tokens of the MT text (`len(line.split())`), so words/s compare directly.

Inputs:
  (a) every WMT23 `*.hyp.*.en` file in --corpora, one document per file (its source is the
      line-aligned `generaltest2023.XX-en.src.XX`);
  (b) a feed --scale times larger: the same segments cut into news-sized documents (8 to 32
      consecutive segments of one file), cut differently and shuffled for each copy, with a
      fixed seed. Written once under bench/corpus/feed/ (gitignored) and reused while its
      manifest matches.

Measured, each run in a fresh process with its output discarded (audit: /dev/null; pofilter:
a scratch folder):
  - wall seconds, words/s, documents/s and peak memory (max RSS of the process and of any
    child it waited for, from os.wait4) of both tools on (a) and (b), on one core
    (`taskset -c 0` where available), with the ratio audit/pofilter of words/s;
  - start-up: `audit run` on an empty file, best and median of --startup-runs;
  - `--jobs 1` on one core against `--jobs 2` on two cores (`taskset -c 0,1`) on (a), and on
    (b), where the serial start-up is amortised;
  - the ceiling on (a): (a) split by file size into two halves of about equal work, audited by
    two `--jobs 1` processes at once, one pinned to each core; its speed-up over `--jobs 1` is
    the most any process-parallel scheme gets from this machine on (a), and `--jobs 2`'s is also
    given as a fraction of it. Runs in turn with `--jobs 1` and `--jobs 2`, so drift hits all three;
  - once, the machine's own ceiling: two copies of a pure-Python loop at once, one per core,
    against one alone ("machine ceiling (spin)");
  - peak memory of audit on (a) against (b): flat when documents are streamed.
(a) runs --repeat times, tools alternating, and the fastest run counts (the machine is shared
and its speed drifts); (b) runs once.

    python bench/bench.py [--corpora ../shared/corpora/wmt23] [--scale 100] [--repeat 3]
                          [--skip-pofilter] [--json]

Targets (docs/benchmarks.md): audit words/s on one core >= pofilter's, start-up < 0.3 s,
--jobs 2 >= 1.8x --jobs 1 on two cores, peak memory flat as the input grows.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FEED = ROOT / "bench" / "corpus" / "feed"
DOC_MIN, DOC_MAX = 8, 32  # segments per feed document
FEED_FORMAT = 1  # bump when the feed's layout changes, so an old feed is rebuilt

TARGET_RATIO = 1.0  # audit words/s >= pofilter words/s, one core
TARGET_STARTUP = 0.3  # seconds
TARGET_SPEEDUP = 1.8  # --jobs 2 over --jobs 1, two cores
TARGET_MEMORY = 1.25  # peak MiB on (b) at most this times (a)

PO_HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'


# -- corpora ---------------------------------------------------------------------------


def po_string(s: str) -> str:
    """A PO string literal's body: backslash, quote and control characters escaped."""
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t").replace("\r", "\\r")


def po_file(pairs: list[tuple[str, str]]) -> str:
    """A PO file of (source, target) units; msgctxt keeps units with equal sources apart."""
    units = (f'msgctxt "{i}"\nmsgid "{po_string(s)}"\nmsgstr "{po_string(t)}"\n\n'
             for i, (s, t) in enumerate(pairs))
    return PO_HEADER + "".join(units)


def words_in(pairs: list[tuple[str, str]]) -> int:
    """Words as both tools are credited with them: whitespace tokens of the MT text."""
    return sum(len(t.split()) for _, t in pairs)


def hyp_files(corpora: Path) -> list[Path]:
    return sorted(corpora.glob("*.hyp.*.en"))


def read_pairs(hyp: Path) -> list[tuple[str, str]]:
    """(source, MT) segments of one hypothesis file, line-aligned with its source file."""
    pair = hyp.name.split(".")[1]  # de-en
    src = hyp.with_name(f"generaltest2023.{pair}.src.{pair.split('-')[0]}")
    sources = src.read_text(encoding="utf-8").splitlines()
    targets = hyp.read_text(encoding="utf-8").splitlines()
    if len(sources) != len(targets):
        sys.exit(f"{hyp}: {len(targets)} lines, but {src} has {len(sources)}")
    return list(zip(sources, targets))


@dataclass
class Corpus:
    label: str
    audit_inputs: list[str]  # what `audit run` is given
    po_dir: Path  # what pofilter is given
    documents: int
    segments: int
    words: int


def corpus_a(files: list[Path], work: Path) -> Corpus:
    """The hypothesis files as they are (one document each), and one PO file per file."""
    po_dir = work / "wmt23-po"
    po_dir.mkdir(parents=True)
    segments = words = 0
    for hyp in files:
        pairs = read_pairs(hyp)
        (po_dir / f"{hyp.name}.po").write_text(po_file(pairs), encoding="utf-8")
        segments += len(pairs)
        words += words_in(pairs)
    return Corpus("(a) WMT23", [str(f) for f in files], po_dir, len(files), segments, words)


def corpus_b(files: list[Path], scale: int, folder: Path) -> Corpus:
    """The feed: `scale` copies of every segment in news-sized documents, reused if present."""
    manifest = folder / "manifest.json"
    key = {"format": FEED_FORMAT, "scale": scale,
           "files": [[f.name, f.stat().st_size] for f in files]}
    if manifest.is_file():
        meta = json.loads(manifest.read_text())
        if meta.get("key") == key:
            return Corpus(f"(b) feed x{scale}", [str(folder / "txt")], folder / "po",
                          meta["documents"], meta["segments"], meta["words"])
    if folder.exists():
        shutil.rmtree(folder)
    per_file = [read_pairs(f) for f in files]
    documents = segments = words = 0
    for copy in range(scale):
        rng = random.Random(f"feed-{copy}")
        docs = []
        for pairs in per_file:  # consecutive segments of one file: a coherent document
            i = 0
            while i < len(pairs):
                n = rng.randint(DOC_MIN, DOC_MAX)
                docs.append(pairs[i : i + n])
                i += n
        rng.shuffle(docs)
        for sub in ("txt", "po"):
            (folder / sub / f"{copy:03d}").mkdir(parents=True)
        for n, doc in enumerate(docs):
            name = f"{copy:03d}/{n:05d}"
            with open(folder / "txt" / f"{name}.txt", "w", encoding="utf-8") as out:
                out.write("\n".join(t for _, t in doc) + "\n")
            with open(folder / "po" / f"{name}.po", "w", encoding="utf-8") as out:
                out.write(po_file(doc))
            segments += len(doc)
            words += words_in(doc)
        documents += len(docs)
    manifest.write_text(json.dumps({"key": key, "documents": documents, "segments": segments,
                                    "words": words}, indent=1))
    return Corpus(f"(b) feed x{scale}", [str(folder / "txt")], folder / "po", documents, segments, words)


# -- measuring -------------------------------------------------------------------------


@dataclass
class Run:
    seconds: float  # wall clock
    cpu: float  # user + system seconds, children included
    peak_mib: float  # max RSS of the process or of any child it waited for
    other_cpu: float  # CPU seconds that other processes used on the machine meanwhile (0 if unknown)


CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # bytecode cached, as installed


def busy_seconds() -> float | None:
    """CPU seconds the whole machine has been busy since boot (Linux /proc/stat), or None."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    except OSError:
        return None
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(x) for x in fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def settle(limit: float) -> None:
    """Wait up to `limit` seconds for the machine to be idle (a shared machine's other work skews timings)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        before = busy_seconds()
        if before is None:
            return
        time.sleep(1.0)
        if busy_seconds() - before < 0.1 * (os.cpu_count() or 1):
            return


def pinned(cmd: list[str], cores: str | None) -> list[str]:
    taskset = shutil.which("taskset")
    return [taskset, "-c", cores, *cmd] if cores and taskset else cmd


def measure(cmd: list[str], cores: str | None = None, settle_s: float = 0.0) -> Run:
    """Run one command, its standard output discarded; exit status 0 or 1 (findings) is success."""
    return measure_together([(cmd, cores)], settle_s)[0]


def measure_together(cmds: list[tuple[list[str], str | None]], settle_s: float = 0.0) -> tuple[Run, list[float]]:
    """Start commands (each with its cores) at once and wait for all: the run (wall clock until the
    last one ends, CPU summed, the highest peak memory) and each command's CPU seconds."""
    settle(settle_s)
    with open(os.devnull, "w") as null, tempfile.TemporaryFile() as err:
        busy = busy_seconds()
        start = time.perf_counter()
        procs = [subprocess.Popen(pinned(cmd, cores), stdout=null, stderr=err, env=CHILD_ENV) for cmd, cores in cmds]
        usages = []
        for proc in procs:  # the clock stops when the last one is reaped, whichever ends last
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
            usages.append(usage)
        seconds = time.perf_counter() - start
        busy = busy_seconds() - busy if busy is not None else None
        for proc in procs:
            if proc.returncode not in (0, 1):
                err.seek(0)
                sys.exit(f"failed ({proc.returncode}): {' '.join(map(str, proc.args))}\n"
                         f"{err.read().decode(errors='replace')[-2000:]}")
    cpus = [u.ru_utime + u.ru_stime for u in usages]
    cpu = sum(cpus)
    run = Run(seconds, cpu, max(u.ru_maxrss for u in usages) / 1024, max(0.0, busy - cpu) if busy is not None else 0.0)
    return run, cpus


def halves(paths: list[str]) -> tuple[list[str], list[str]]:
    """Two halves of about equal work, by file size: largest first, each to the lighter half so far."""
    parts: tuple[list[str], list[str]] = ([], [])
    sizes = [0, 0]
    for path in sorted(paths, key=lambda p: (-os.path.getsize(p), p)):
        lighter = 0 if sizes[0] <= sizes[1] else 1
        parts[lighter].append(path)
        sizes[lighter] += os.path.getsize(path)
    return parts


SPIN = "s = 0\nfor i in range({n}):\n    s += i * i\n"  # pure Python: no memory traffic, no I/O


def spin_ceiling(cores: tuple[str | None, str | None], settle_s: float, n: int = 10_000_000) -> dict:
    """Two copies of a pure-Python loop at once (one per core) against one alone: 2 x alone / together
    is the most two processes get from this machine, whatever they run."""
    cmd = [sys.executable, "-c", SPIN.format(n=n)]
    alone = measure(cmd, cores[0], settle_s)
    together, _ = measure_together([(cmd, cores[0]), (cmd, cores[1])], settle_s)
    return {"alone": alone.seconds, "together": together.seconds, "speedup": 2 * alone.seconds / together.seconds,
            "other_cpu": together.other_cpu}


def audit_cmd(audit: list[str], inputs: list[str], jobs: int = 1) -> list[str]:
    return [*audit, "run", "--format", "json", "--jobs", str(jobs), *inputs]


def pofilter_run(pofilter: str, po_dir: Path, cores: str | None, settle_s: float) -> Run:
    with tempfile.TemporaryDirectory(prefix="pofilter-out-") as out:
        return measure([pofilter, "--progress=none", str(po_dir), str(Path(out) / "out")], cores, settle_s)


def best(runs: list[Run]) -> Run:
    """The fastest run, with the highest peak memory seen in any."""
    fastest = min(runs, key=lambda r: r.seconds)
    return Run(fastest.seconds, fastest.cpu, max(r.peak_mib for r in runs), fastest.other_cpu)


def figures(corpus: Corpus, runs: list[Run]) -> dict:
    r = best(runs)
    return {**asdict(r), "words_per_s": corpus.words / r.seconds, "documents_per_s": corpus.documents / r.seconds,
            "all_seconds": [round(x.seconds, 3) for x in runs]}


# -- report ----------------------------------------------------------------------------


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def machine() -> dict:
    """CPU model, cores, memory, OS and Python, for the record."""
    info = {"cpus": os.cpu_count(), "python": sys.version.split()[0], "platform": sys.platform}
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text()
        info["cpu"] = next(line.split(":", 1)[1].strip() for line in cpuinfo.splitlines() if line.startswith("model name"))
        mem = Path("/proc/meminfo").read_text().split("\n", 1)[0].split()[1]
        info["memory_gib"] = round(int(mem) / 2**20, 1)
        info["os"] = next(line.split("=", 1)[1].strip('"') for line in Path("/etc/os-release").read_text().splitlines()
                          if line.startswith("PRETTY_NAME="))
    except (OSError, StopIteration):
        pass
    return info


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora" / "wmt23")
    parser.add_argument("--scale", type=int, default=100, help="size of the feed (b) in copies of (a) (default 100)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measurement on (a); the fastest counts (default 3)")
    parser.add_argument("--startup-runs", type=int, default=10, help="runs of audit on an empty file (default 10)")
    parser.add_argument("--settle", type=float, default=30.0,
                        help="before each run, wait up to this many seconds for an idle machine (default 30)")
    parser.add_argument("--feed", type=Path, default=FEED, help=f"where the feed is written (default {FEED.relative_to(ROOT)})")
    parser.add_argument("--skip-pofilter", action="store_true", help="measure audit only")
    parser.add_argument("--startup-only", action="store_true", help="measure the start-up only (no corpora)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    bindir = Path(sys.executable).parent  # the tools of this environment first
    audit_exe = shutil.which("audit", path=str(bindir)) or shutil.which("audit")
    audit = [audit_exe] if audit_exe else sys.exit("audit is not installed: pip install -e .")
    pofilter = None
    if not args.skip_pofilter:
        pofilter = shutil.which("pofilter", path=str(bindir)) or shutil.which("pofilter")
        if not pofilter:
            sys.exit("pofilter is not installed: pip install translate-toolkit (or use --skip-pofilter)")
    files = hyp_files(args.corpora)
    if not files:
        sys.exit(f"no *.hyp.*.en files in {args.corpora}")
    one = "0" if shutil.which("taskset") else None
    two = "0,1" if one and len(os.sched_getaffinity(0)) >= 2 else None
    settle_s = args.settle

    def log(*a) -> None:
        print(*a, file=sys.stderr, flush=True)

    results: dict = {"machine": machine(), "pinned": bool(one), "corpora": {}}
    if pofilter:
        version = subprocess.run([pofilter, "--version"], capture_output=True, text=True, env=CHILD_ENV)
        results["pofilter_version"] = (version.stdout or version.stderr).strip()
    with tempfile.TemporaryDirectory(prefix="audit-bench-") as tmp:
        work = Path(tmp)
        if not args.startup_only:
            log("building (a) and the feed (b) ...")
            a = corpus_a(files, work)
            b = corpus_b(files, args.scale, args.feed)

        # start-up: an empty document, nothing to audit; one run first writes the bytecode caches
        empty = work / "empty.txt"
        empty.write_text("")
        measure([*audit, "run", str(empty)], one)
        if pofilter and not args.startup_only:
            (work / "empty-po").mkdir()
            (work / "empty-po" / "empty.po").write_text(PO_HEADER)
            pofilter_run(pofilter, work / "empty-po", one, 0)
        log(f"start-up: {args.startup_runs} runs ...")
        startup = [measure([*audit, "run", str(empty)], one, settle_s).seconds for _ in range(args.startup_runs)]
        results["startup"] = {"best": min(startup), "median": statistics.median(startup),
                              "runs": [round(x, 3) for x in startup]}
        if args.startup_only:
            st, met = results["startup"], results["startup"]["median"] < TARGET_STARTUP
            results["targets"] = {f"start-up (median) < {TARGET_STARTUP} s": {"value": st["median"], "met": met}}
            print(json.dumps(results, indent=1) if args.json else
                  f"start-up (audit run on an empty file, {len(st['runs'])} runs): best {st['best']:.3f} s, "
                  f"median {st['median']:.3f} s (target < {TARGET_STARTUP} s: {verdict(met)})")
            return 0 if met else 1

        for corpus, repeat in ((a, args.repeat), (b, 1)):
            runs: dict[str, list[Run]] = {"audit": [], "pofilter": []}
            for i in range(repeat):
                log(f"{corpus.label}: run {i + 1}/{repeat} ...")
                runs["audit"].append(measure(audit_cmd(audit, corpus.audit_inputs), one, settle_s))
                if pofilter:
                    runs["pofilter"].append(pofilter_run(pofilter, corpus.po_dir, one, settle_s))
            entry = {"documents": corpus.documents, "segments": corpus.segments, "words": corpus.words}
            entry.update({tool: figures(corpus, r) for tool, r in runs.items() if r})
            if pofilter:
                entry["ratio_words_per_s"] = entry["audit"]["words_per_s"] / entry["pofilter"]["words_per_s"]
            results["corpora"][corpus.label] = entry

        # the ceiling: two --jobs 1 processes on halves of (a), one per core (`two` split in its cores)
        apart = ("0", "1") if two else (None, None)
        split = halves(a.audit_inputs)
        log(f"--jobs 1, --jobs 2 and the ceiling (two halves at once) on (a): {args.repeat} runs each ...")
        jobs: dict[int, list[Run]] = {1: [], 2: []}
        ceiling: list[Run] = []
        ceiling_cpus: list[list[float]] = []
        for _ in range(args.repeat):
            jobs[1].append(measure(audit_cmd(audit, a.audit_inputs, 1), one, settle_s))
            jobs[2].append(measure(audit_cmd(audit, a.audit_inputs, 2), two, settle_s))
            if all(split):  # one file cannot be split in two
                run, cpus = measure_together([(audit_cmd(audit, half, 1), cores) for half, cores in zip(split, apart)],
                                             settle_s)
                ceiling.append(run)
                ceiling_cpus.append([round(c, 3) for c in cpus])
        j1, j2 = best(jobs[1]), best(jobs[2])
        results["jobs"] = {"cores": {"1": one or "any", "2": two or "any"}, "jobs1": figures(a, jobs[1]),
                           "jobs2": figures(a, jobs[2]), "speedup": j1.seconds / j2.seconds,
                           "ceiling": None, "jobs2_fraction_of_ceiling": None}
        if ceiling:
            speedup_ceiling = j1.seconds / best(ceiling).seconds
            results["jobs"]["ceiling"] = {
                **figures(a, ceiling), "cores": [c or "any" for c in apart],
                "halves": [{"files": len(h), "bytes": sum(os.path.getsize(p) for p in h)} for h in split],
                "halves_cpu": ceiling_cpus, "speedup": speedup_ceiling}
            results["jobs"]["jobs2_fraction_of_ceiling"] = (j1.seconds / j2.seconds) / speedup_ceiling
        log("machine ceiling: two spin loops at once against one ...")
        results["spin_ceiling"] = {"cores": [c or "any" for c in apart], **spin_ceiling(apart, settle_s)}
        # on (b) the serial part (start-up, loading word lists and the glossary matcher: about
        # 1.2 s) is amortised; its one-core run above is the --jobs 1 figure
        log("--jobs 2 on (b) ...")
        b1 = Run(**{k: results["corpora"][b.label]["audit"][k] for k in ("seconds", "cpu", "peak_mib", "other_cpu")})
        b2 = measure(audit_cmd(audit, b.audit_inputs, 2), two, settle_s)
        results["jobs_b"] = {"jobs1": figures(b, [b1]), "jobs2": figures(b, [b2]), "speedup": b1.seconds / b2.seconds}

    mem_a = results["corpora"][a.label]["audit"]["peak_mib"]
    mem_b = results["corpora"][b.label]["audit"]["peak_mib"]
    targets = results["targets"] = {}
    if pofilter:
        for c in (a, b):
            ratio = results["corpora"][c.label]["ratio_words_per_s"]
            targets[f"audit/pofilter words/s {c.label} >= {TARGET_RATIO}"] = {"value": ratio, "met": ratio >= TARGET_RATIO}
    median = results["startup"]["median"]
    targets[f"start-up (median) < {TARGET_STARTUP} s"] = {"value": median, "met": median < TARGET_STARTUP}
    speedup = results["jobs"]["speedup"]
    speedup_b = results["jobs_b"]["speedup"]
    targets[f"--jobs 2 / --jobs 1 on (a) >= {TARGET_SPEEDUP}"] = {"value": speedup, "met": speedup >= TARGET_SPEEDUP}
    targets[f"--jobs 2 / --jobs 1 on (b) >= {TARGET_SPEEDUP}"] = {"value": speedup_b, "met": speedup_b >= TARGET_SPEEDUP}
    targets[f"peak memory (b) / (a) <= {TARGET_MEMORY}"] = {"value": mem_b / mem_a, "met": mem_b <= TARGET_MEMORY * mem_a}

    if args.json:
        print(json.dumps(results, indent=1))
        return 0
    m = results["machine"]
    print(f"{m.get('cpu', '?')}, {m['cpus']} cores, {m.get('memory_gib', '?')} GiB, {m.get('os', m['platform'])}, "
          f"Python {m['python']}; {results.get('pofilter_version', 'pofilter not run')}; "
          f"one core: {'taskset -c ' + one if one else 'not pinned'}")
    print()
    print(f"{'input':<15} {'tool':<9} {'docs':>7} {'words':>10} {'seconds':>8} {'cpu s':>8} "
          f"{'words/s':>9} {'docs/s':>8} {'peak MiB':>9} {'other cpu':>9}")
    for label, entry in results["corpora"].items():
        for tool in ("audit", "pofilter"):
            if tool in entry:
                r = entry[tool]
                print(f"{label:<15} {tool:<9} {entry['documents']:>7} {entry['words']:>10} {r['seconds']:>8.2f} "
                      f"{r['cpu']:>8.2f} {r['words_per_s']:>9.0f} {r['documents_per_s']:>8.1f} {r['peak_mib']:>9.0f} "
                      f"{r['other_cpu']:>8.1f}s")
    print()
    if pofilter:
        for c in (a, b):
            ratio = results["corpora"][c.label]["ratio_words_per_s"]
            print(f"{c.label}: audit/pofilter words/s = {ratio:.2f} (target >= {TARGET_RATIO:.1f}: {verdict(ratio >= TARGET_RATIO)})")
    st = results["startup"]
    print(f"start-up (audit run on an empty file, {len(st['runs'])} runs): best {st['best']:.3f} s, "
          f"median {median:.3f} s (target < {TARGET_STARTUP} s: {verdict(median < TARGET_STARTUP)})")
    print(f"--jobs 1 on core {one or 'any'}: {j1.seconds:.2f} s; --jobs 2 on cores {two or 'any'}: {j2.seconds:.2f} s; "
          f"speed-up {speedup:.2f}x on (a) (target >= {TARGET_SPEEDUP}x: {verdict(speedup >= TARGET_SPEEDUP)})")
    ceil = results["jobs"]["ceiling"]
    fraction = results["jobs"]["jobs2_fraction_of_ceiling"]
    if ceil is None:
        print("ceiling on (a): not measured ((a) has one file)")
    else:
        print(f"ceiling on (a): two --jobs 1 processes on halves ({' and '.join(str(h['files']) for h in ceil['halves'])} "
              f"files) at once on cores {' and '.join(ceil['cores'])}: {ceil['seconds']:.2f} s, speed-up "
              f"{ceil['speedup']:.2f}x (the most a process-parallel run gets here); --jobs 2 reaches {fraction:.0%} of it")
    sp = results["spin_ceiling"]
    print(f"machine ceiling (spin): one loop alone {sp['alone']:.2f} s, two at once {sp['together']:.2f} s: "
          f"{sp['speedup']:.2f}x")
    jb = results["jobs_b"]
    print(f"on (b): --jobs 1 {jb['jobs1']['seconds']:.2f} s, --jobs 2 {jb['jobs2']['seconds']:.2f} s; "
          f"speed-up {speedup_b:.2f}x (target >= {TARGET_SPEEDUP}x: {verdict(speedup_b >= TARGET_SPEEDUP)})")
    print(f"audit peak memory: {mem_a:.0f} MiB on (a), {mem_b:.0f} MiB on (b) with {b.words / a.words:.0f}x the words "
          f"and {b.documents / a.documents:.0f}x the documents (target: flat, (b) <= {TARGET_MEMORY}x (a): "
          f"{verdict(mem_b <= TARGET_MEMORY * mem_a)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
