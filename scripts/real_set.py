"""The real-world development set (docs/real-set.md): seal, check, split, build and describe it.

    python scripts/real_set.py seal      record sha256 and length of texts laid out since
    python scripts/real_set.py check     every text matches its hash; every annotation locates
    python scripts/real_set.py missing   pages whose text is not on this machine (query, url)
    python scripts/real_set.py split     assign each site to the tuning or the report half
    python scripts/real_set.py build     write the gold files of both halves
    python scripts/real_set.py status    counts by half, site, language, story, conflict
    python scripts/real_set.py report [--half report] [--min-confidence 0.5] [--show] [--no-source-lang]
                                         audit eval of a half, the name classes together, the
                                         edited pages' false alarms and names left alone

The texts are third-party pages: they stay in bench/real/texts/ (ignored by git).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "bench" / "real"
PAGES, TEXTS, SPLIT = ROOT / "pages", ROOT / "texts", ROOT / "split.json"
KINDS = ("mt", "edited")
STORIES = {"war-diplomacy", "politics", "economy", "sport", "courts-crime", "disaster-weather",
           "culture", "science-health", "society"}
REQUIRED = ("id", "kind", "url", "site", "query", "source_lang", "story", "evidence")
CLASSES = {"merged-words", "spurious-pronoun", "pronoun-agreement", "name-variant", "source-residue",
           "source-mismatch", "foreign-quotes", "capitalisation", "punctuation"}


def load_pages() -> list[dict]:
    pages = []
    for path in sorted(PAGES.glob("*.json")):
        try:
            page = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as err:
            sys.exit(f"{path}:{err.lineno}: invalid JSON: {err.msg}")
        if page.get("id") != path.stem:
            sys.exit(f"{path}: id {page.get('id')!r} differs from the file name")
        page["_path"] = path
        pages.append(page)
    return pages


def text_of(page: dict) -> str | None:
    path = TEXTS / f"{page['id']}.txt"
    return path.read_text(encoding="utf-8") if path.exists() else None


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def save(page: dict) -> None:
    path = page["_path"]
    record = {k: v for k, v in page.items() if not k.startswith("_")}
    path.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def locate(text: str, art: dict) -> str | None:
    """None when the annotation locates exactly once; else what is wrong."""
    quote, context = art.get("quote"), art.get("context")
    if not isinstance(quote, str) or not quote:
        return "no quote"
    if isinstance(art.get("start"), int):
        return None if text[art["start"]:art["start"] + len(quote)] == quote else "quote not at start"
    if context:
        if quote not in context:
            return f"context {context!r} does not contain the quote"
        n = text.count(context)
        return None if n == 1 else f"context {context!r} found {n} times"
    n = text.count(quote)
    return None if n == 1 else f"quote found {n} times (give a context)"


def record_problems(page: dict) -> list[str]:
    """What is wrong with a page's committed record, text aside."""
    out = [f"missing key {k!r}" for k in REQUIRED if not page.get(k)]
    if page.get("kind") not in KINDS:
        out.append(f"kind must be one of {KINDS}")
    if page.get("story") not in STORIES:
        out.append(f"story {page.get('story')!r} is not one of {sorted(STORIES)}")
    for i, art in enumerate(page.get("artifacts", [])):
        if art.get("class") not in CLASSES:
            out.append(f"artifact {i}: class {art.get('class')!r}")
    if page.get("kind") == "edited" and page.get("artifacts"):
        out.append("an edited page is clean: no artifacts (record real slips in notes)")
    return out


def problems_of(page: dict, text: str | None) -> list[str]:
    out = record_problems(page)
    if text is None:
        return out + ["text not laid out (scripts/real_set.py missing)"]
    if page.get("sha256") and digest(text) != page["sha256"]:
        out.append("text differs from the one annotated (sha256)")
    for i, art in enumerate(page.get("artifacts", [])):
        if (err := locate(text, art)):
            out.append(f"artifact {i} ({art.get('quote')!r}): {err}")
    for i, acc in enumerate(page.get("accepted", [])):
        if acc.get("quote") and acc["quote"] not in text:
            out.append(f"accepted {i} ({acc['quote']!r}) not in the text")
    return out


def cmd_seal(pages: list[dict]) -> int:
    for page in pages:
        text = text_of(page)
        if text is not None and not page.get("sha256"):
            page["sha256"], page["chars"] = digest(text), len(text)
            save(page)
            print(f"sealed {page['id']}")
    return 0


def cmd_check(pages: list[dict]) -> int:
    bad = 0
    for page in pages:
        for problem in problems_of(page, text_of(page)):
            print(f"{page['_path'].relative_to(ROOT.parent.parent)}: {problem}")
            bad += 1
    artifacts = sum(len(p.get("artifacts", [])) for p in pages)
    print(f"{len(pages)} pages, {artifacts} annotations, {bad} problems")
    return 1 if bad else 0


def cmd_missing(pages: list[dict]) -> int:
    gone = [p for p in pages if text_of(p) is None]
    for p in gone:
        print(json.dumps({"id": p["id"], "query": p["query"], "url": p["url"]}, ensure_ascii=False))
    print(f"{len(gone)} of {len(pages)} texts missing", file=sys.stderr)
    return 0


def cmd_split(pages: list[dict]) -> int:
    """Sites, largest first, go to the half with fewer pages of that page's language, then fewer pages."""
    split = json.loads(SPLIT.read_text()) if SPLIT.exists() else {}
    sites: dict[str, list[dict]] = {}
    for p in pages:
        sites.setdefault(p["site"], []).append(p)
    count = {h: Counter() for h in ("tune", "report")}
    for site, members in sites.items():
        if site in split:
            for p in members:
                count[split[site]][p["kind"], p["source_lang"]] += 1
                count[split[site]][p["kind"]] += 1
    order = sorted((s for s in sites if s not in split), key=lambda s: (-len(sites[s]), s))
    rng = random.Random(2026)
    for site in order:
        members = sites[site]
        kind, lang = members[0]["kind"], Counter(p["source_lang"] for p in members).most_common(1)[0][0]
        key = lambda h: (count[h][kind, lang], count[h][kind], rng.random())  # noqa: E731
        half = min(("tune", "report"), key=key)
        split[site] = half
        for p in members:
            count[half][p["kind"], p["source_lang"]] += 1
            count[half][p["kind"]] += 1
    SPLIT.write_text(json.dumps(dict(sorted(split.items())), indent=1) + "\n")
    print(f"{len(split)} sites: " + ", ".join(f"{h} {count[h]['mt']} mt + {count[h]['edited']} edited" for h in count))
    return 0


def cmd_build(pages: list[dict]) -> int:
    split = json.loads(SPLIT.read_text())
    out: dict[str, list[str]] = {}
    for p in pages:
        half = split.get(p["site"])
        if half is None:
            sys.exit(f"{p['id']}: site {p['site']} has no half (run split)")
        name = half + ("-edited" if p["kind"] == "edited" else "") + ".gold.jsonl"
        record = {"id": p["id"], "path": f"texts/{p['id']}.txt",
                  "source": {"corpus": "real", "url": p["url"], "site": p["site"], "source_lang": p["source_lang"]},
                  "clean": p["kind"] == "edited", "artifacts": p.get("artifacts", [])}
        out.setdefault(name, []).append(json.dumps(record, ensure_ascii=False))
    for name, lines in sorted(out.items()):
        (ROOT / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"bench/real/{name}: {len(lines)} documents")
    return 0


def cmd_status(pages: list[dict]) -> int:
    split = json.loads(SPLIT.read_text()) if SPLIT.exists() else {}
    for kind in KINDS:
        group = [p for p in pages if p["kind"] == kind]
        words = sum(len((text_of(p) or "").split()) for p in group)
        print(f"{kind}: {len(group)} pages, {len({p['site'] for p in group})} sites, {words} words, "
              f"{sum(len(p.get('artifacts', [])) for p in group)} annotations")
        for key in ("source_lang", "story", "conflict"):
            print(f"  {key}: " + ", ".join(f"{k} {n}" for k, n in Counter(p.get(key) for p in group).most_common()))
        print("  sites: " + ", ".join(f"{k} {n}" for k, n in Counter(p["site"] for p in group).most_common()))
        print("  halves: " + ", ".join(f"{k} {n}" for k, n in Counter(split.get(p["site"], "-") for p in group).most_common()))
    classes = Counter(a["class"] for p in pages for a in p.get("artifacts", []))
    print("classes: " + ", ".join(f"{k} {n}" for k, n in classes.most_common()))
    return 0


NAME_RULES_OF_RESIDUE = {"R001", "R002"}  # source-language acronyms and exonyms are names too
NAME_KINDS_OF_RESIDUE = {"acronym", "exonym"}


def _is_name_artifact(art) -> bool:
    return art.cls == "name-variant" or (art.cls == "source-residue" and art.kind in NAME_KINDS_OF_RESIDUE)


def _is_name_finding(f) -> bool:
    return f.rule.startswith("N") or f.rule in NAME_RULES_OF_RESIDUE


REGIONAL_BEAT = "syria"  # glossaries/syria.yaml: the bundled glossary's own region


def _on_glossary_beat(page: dict) -> bool:
    return REGIONAL_BEAT in f"{page.get('conflict') or ''} {page.get('event') or ''} {page.get('story') or ''}".lower()


def _print_names(title: str, docs, shown) -> None:
    gold = [a for d in docs for a in d.artifacts if _is_name_artifact(a)]
    found = [s for s in shown if _is_name_finding(s.finding)]
    true = [s for s in found if s.true and s.gold is not None and _is_name_artifact(s.gold)]
    checked = [s for s in true if s.fix_right is not None]
    right = sum(bool(s.fix_right) for s in checked)
    print(f"\n{title}: {len(gold)} gold, {len(found)} found, "
          f"{len(true)} true: precision {len(true) / len(found) if found else float('nan'):.2f}, "
          f"recall {len(true) / len(gold) if gold else float('nan'):.2f}, fix right {right}/{len(checked)}"
          f" of those found ({right / len(gold) if gold else float('nan'):.2f} of the gold)")


def cmd_report(pages: list[dict], half: str = "report", threshold: float = 0.5, show: bool = False,
               source_lang: bool = True) -> int:
    sys.path.insert(0, str(ROOT.parent.parent))
    from audit.evaluation.gold import load_gold
    from audit.evaluation.metrics import evaluate
    from audit.evaluation.report import as_text
    from audit.glossary import load_glossary

    glossary = load_glossary()
    mt_docs = load_gold(ROOT / f"{half}.gold.jsonl")
    ev = evaluate(mt_docs, glossary, threshold=threshold, source_lang=source_lang)
    words = sum(len(d.text.split()) for d in mt_docs)
    print(f"== {half} half: machine-translated pages ({words} words) ==")
    print(as_text(ev))
    shown = ev.shown
    _print_names("names (name-variant, source acronyms and exonyms)", mt_docs, shown)
    beat = {p["id"] for p in pages if _on_glossary_beat(p)}
    _print_names(f"names on off-beat pages ({sum(d.id not in beat for d in mt_docs)} pages not about "
                 f"{REGIONAL_BEAT.title()}, the bundled regional glossary's beat)",
                 [d for d in mt_docs if d.id not in beat], [s for s in shown if s.document not in beat])
    if show:
        for s in sorted(shown, key=lambda s: (s.document, s.finding.start)):
            mark = "TRUE " if s.true else "FALSE"
            fix = "" if s.fix_right is None else (" fix-right" if s.fix_right else " fix-WRONG")
            print(f"  {mark} {s.document} {s.finding.rule} {s.finding.confidence:.2f} {s.finding.text!r} -> "
                  f"{s.finding.replacement!r}{fix}")
        matched = {(s.document, s.gold.start) for s in shown if s.true and s.gold is not None}
        for d in mt_docs:
            for a in d.artifacts:
                if (d.id, a.start) not in matched:
                    print(f"  MISS  {d.id} {a.cls}/{a.kind or '-'} {a.quote!r} -> {list(a.corrections)}")
    edited = load_gold(ROOT / f"{half}-edited.gold.jsonl")
    ev_edited = evaluate(edited, glossary, threshold=threshold, source_lang=source_lang)
    accepted = {p["id"]: [a["quote"] for a in p.get("accepted", [])] for p in pages}
    print(f"\n== {half} half: edited pages ==")
    print(f"{len(edited)} pages, {ev_edited.clean_words} words, {ev_edited.clean_findings} findings at >= {threshold}"
          + (f": {ev_edited.false_alarms_per_10k:.2f} per 10,000 words" if ev_edited.clean_words else ""))
    on_accepted = 0
    texts = {d.id: d.text for d in edited + mt_docs}
    for s in ev_edited.shown + ev.shown:
        f = s.finding
        if s.true:
            continue
        text = texts[s.document]
        hits = [q for q in accepted.get(s.document, []) if _overlaps_quote(text, q, f.start, f.end)]
        if hits and _is_name_finding(f):
            on_accepted += 1
            print(f"  name finding on an accepted form: {s.document} {f.rule} {f.text!r} ({', '.join(hits)})")
        elif s.document in {d.id for d in edited}:
            print(f"  false alarm: {s.document} {f.rule} {f.confidence:.2f} {f.text!r} -> {f.replacement!r}")
    print(f"name findings on accepted English forms: {on_accepted}")
    return 0


def _overlaps_quote(text: str, quote: str, start: int, end: int) -> bool:
    at = text.find(quote)
    while at != -1:
        if at < end and start < at + len(quote):
            return True
        at = text.find(quote, at + 1)
    return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["seal", "check", "missing", "split", "build", "status", "report"])
    parser.add_argument("--half", choices=["tune", "report"], default="report")
    parser.add_argument("--min-confidence", type=float, default=0.5)
    parser.add_argument("--show", action="store_true", help="report: list every finding and every miss")
    parser.add_argument("--no-source-lang", dest="source_lang", action="store_false",
                        help="report: audit the pages without the source language their records give")
    args = parser.parse_args()
    if args.command == "report":
        return cmd_report(load_pages(), args.half, args.min_confidence, args.show, args.source_lang)
    return globals()[f"cmd_{args.command}"](load_pages())


if __name__ == "__main__":
    sys.exit(main())
