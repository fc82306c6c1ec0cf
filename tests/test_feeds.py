"""Feeds and translation files: JSON Lines, XLIFF 1.2 and 2.0, TMX and PO, built with
translate-toolkit from the seed and from WMT23 segments; one document per unit."""

import json
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from typer.testing import CliRunner

from audit.cli import app
from conftest import ROOT, SHARED

pytest.importorskip("translate.storage.xliff")
from translate.storage import po, tmx, xliff  # noqa: E402

WMT = SHARED / "corpora" / "wmt23"
SEED = next((ROOT / "seeds").glob("*.txt"))
BAD = ("Nach Angaben der Stadt wird die Reparatur der Brücke 3.500 Euro kosten.",
       "According to the city, repairing the bridge will cost 3.500 euros.")


def run(*args, input=None):
    return CliRunner().invoke(app, [str(a) for a in args], input=input)


def seed_pairs():
    """The seed's paragraphs as the targets of units (an English revision pass: source = target)."""
    lines = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(line, line) for line in lines]


def wmt_pairs(n=40):
    if not WMT.is_dir():
        pytest.skip("../shared/corpora is not beside the checkout")
    src = (WMT / "generaltest2023.de-en.src.de").read_text(encoding="utf-8").splitlines()[:n]
    hyp = (WMT / "generaltest2023.de-en.hyp.ONLINE-B.en").read_text(encoding="utf-8").splitlines()[:n]
    return list(zip(src, hyp)) + [BAD]


def write_xliff1(path, pairs, lang="de"):
    store = xliff.xlifffile(sourcelanguage=lang, targetlanguage="en")
    for i, (s, t) in enumerate(pairs, 1):
        unit = store.addsourceunit(s)
        unit.setid(f"seg-{i}")
        unit.target = t
    path.write_bytes(bytes(store))


def write_xliff2(path, pairs, lang="de"):
    units = "".join(f'<unit id="seg-{i}"><segment><source>{escape(s)}</source><target>{escape(t)}</target>'
                    f"</segment></unit>\n" for i, (s, t) in enumerate(pairs, 1))
    path.write_text(f'<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" '
                    f'version="2.0" srcLang="{lang}" trgLang="en">\n<file id="f1">\n{units}</file>\n</xliff>\n',
                    encoding="utf-8")


def write_tmx(path, pairs, lang="de"):
    store = tmx.tmxfile(sourcelanguage=lang, targetlanguage="en")
    for i, (s, t) in enumerate(pairs, 1):
        store.addtranslation(s, lang, t, "en")
        store.units[-1].xmlelement.set("tuid", f"seg-{i}")
    path.write_bytes(bytes(store))


def write_po(path, pairs, lang="de"):
    store = po.pofile()
    store.updateheader(add=True, Language="en")
    for i, (s, t) in enumerate(pairs, 1):
        unit = store.addsourceunit(s)
        unit.target = t
        unit.setcontext(f"seg-{i}")
    path.write_bytes(bytes(store))


def write_jsonl(path, pairs, lang="de"):
    path.write_text("".join(json.dumps({"id": f"seg-{i}", "text": t, "source": s, "source_lang": lang}) + "\n"
                            for i, (s, t) in enumerate(pairs, 1)), encoding="utf-8")


WRITERS = {"xlf": write_xliff1, "xliff": write_xliff2, "tmx": write_tmx, "po": write_po, "jsonl": write_jsonl}


def findings(path, *args):
    result = run("run", path, "--format", "jsonl", "--select", "S,M,R", *args)
    assert result.exit_code in (0, 1), result.output
    return sorted((r["id"], r["rule"], r["start"], r["end"], r["text"])
                  for r in map(json.loads, result.stdout.splitlines()))


def test_every_format_gives_the_same_findings_on_wmt23_segments(tmp_path):
    pairs = wmt_pairs()
    found = {}
    for suffix, write in WRITERS.items():
        path = tmp_path / f"feed.{suffix}"
        write(path, pairs)
        found[suffix] = findings(path)
    assert len({json.dumps(v) for v in found.values()}) == 1, found
    bad = f"seg-{len(pairs)}"
    start = BAD[1].index("3.500")
    assert (bad, "S001", start, start + 5, "3.500") in found["jsonl"]  # offsets within the segment


def test_seed_as_xliff_points_at_units_with_offsets_in_the_segment(tmp_path):
    pairs = seed_pairs()
    path = tmp_path / "seed.xlf"
    write_xliff1(path, pairs, lang="es")
    result = run("run", path, "--format", "json")
    report = json.loads(result.stdout)
    homs = [(d["path"], f) for d in report["documents"] for f in d["findings"] if f["text"] == "Homsnorth"]
    assert len(homs) == 1
    unit_path, f = homs[0]
    assert unit_path.startswith(f"{path}#seg-")
    segment = pairs[int(unit_path.rsplit("-", 1)[1]) - 1][1]
    assert segment[f["start"] : f["end"]] == "Homsnorth" and f["line"] == 1


def test_jobs_give_the_same_findings(tmp_path):
    path = tmp_path / "feed.jsonl"
    write_jsonl(path, wmt_pairs())
    assert findings(path, "--jobs", "2") == findings(path)


def test_malformed_feed_lines_are_reported_and_the_rest_is_audited(tmp_path):
    lines = [json.dumps({"id": "ok-1", "text": "The rebels took Homsnorth of Damascus."}),
             '{"id": "broken", "text": "no closing brace"',
             json.dumps({"id": "no-text"}),
             json.dumps(["not", "an", "object"]),
             "",
             json.dumps({"id": "ok-2", "text": "The rebels took Homsnorth of Damascus."}),
             json.dumps({"id": "ok-2", "text": "A duplicate id."})]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("run", path, "--format", "jsonl")
    assert result.exit_code == 2
    assert [json.loads(r)["id"] for r in result.stdout.splitlines()] == ["ok-1", "ok-2"]
    assert f"{path}:2: not valid JSON" in result.stderr
    assert f"{path}:3: 'text' is required" in result.stderr
    assert f"{path}:4: expected a JSON object" in result.stderr
    assert f"{path}:7: duplicate id 'ok-2'" in result.stderr
    assert "Traceback" not in result.output


def test_feed_on_standard_input(tmp_path):
    feed = json.dumps({"id": 7, "text": BAD[1], "source": BAD[0], "source_lang": "de"}) + "\n"
    result = run("run", "-", "--input-format", "jsonl", "--format", "jsonl", input=feed)
    assert result.exit_code == 1
    row = json.loads(result.stdout)
    assert (row["id"], row["rule"], row["replacement"]) == ("7", "S001", "3,500")


def test_feed_is_streamed(tmp_path):
    """A long feed: the reader yields documents as it reads lines (never the whole file)."""
    from audit.formats.jsonl import read_jsonl

    path = tmp_path / "long.jsonl"
    path.write_text("".join(json.dumps({"id": i, "text": "Fine."}) + "\n" for i in range(2000)))
    items = read_jsonl(str(path))
    first = next(items)
    assert first.path == f"{path}#0" and first.unit_line == 1
    items.close()


def test_bad_xml_names_the_file_and_line(tmp_path):
    path = tmp_path / "bad.xlf"
    path.write_text('<?xml version="1.0"?>\n<xliff version="1.2">\n<file><body><trans-unit id="x">\n</xliff>\n')
    result = run("run", path)
    assert result.exit_code == 2 and f"{path}:" in result.stderr and "not a valid XLIFF file" in result.stderr
    assert "Traceback" not in result.output


def test_folders_include_feed_and_translation_files(tmp_path):
    write_jsonl(tmp_path / "a.jsonl", [BAD])
    write_po(tmp_path / "b.po", [BAD])
    result = run("run", tmp_path, "--format", "jsonl", "--select", "S")
    assert sorted(json.loads(r)["path"] for r in result.stdout.splitlines()) == [
        f"{tmp_path}/a.jsonl#seg-1", f"{tmp_path}/b.po#seg-1"]
