"""Write audit/data/syllables.yaml: the syllables of Chinese pinyin and Japanese Hepburn romanisation.

The name rules leave alone a word made only of such syllables ("Chunshan", "Fukuji"): its "ch",
"j" or "w" are that romanisation's own, not a European spelling of a Russian or Arabic name. The
Wade-Giles spelling of each pinyin syllable lets N010 see one Chinese name written both ways
("Lai Ching-te" / "Lai Qingde").

    python -m venv /tmp/syll && /tmp/syll/bin/pip install pypinyin==0.55.0 pykakasi==2.3.0
    /tmp/syll/bin/python scripts/build_syllables.py

Sources: pypinyin's character dictionary (MIT licence; readings from the Unihan database) with
tones removed, and its Wade-Giles style for each syllable; pykakasi (GPL-3.0, used here only to produce this list) romanising every hiragana
and every hiragana + small ya/yu/yo in Hepburn.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "audit" / "data" / "syllables.yaml"


def pinyin() -> list[str]:
    from pypinyin import Style
    from pypinyin.pinyin_dict import pinyin_dict
    from pypinyin.style import convert

    out = {convert(p, Style.NORMAL, strict=True) for reading in pinyin_dict.values() for p in reading.split(",")}
    return sorted(s for s in out if s.isascii() and s.isalpha())


def hepburn() -> list[str]:
    import pykakasi

    kakasi = pykakasi.kakasi()
    kana = [chr(cp) for cp in range(0x3041, 0x3097)]
    out = set()
    for text in kana + [k + small for k in kana for small in "ゃゅょ"]:
        out.update(item["hepburn"] for item in kakasi.convert(text))
    return sorted(s for s in out if s.isascii() and s.isalpha())


def wade_giles(syllables: list[str]) -> dict[str, list[str]]:
    """Each pinyin syllable's Wade-Giles spelling as English news writes it: the aspiration
    apostrophe dropped ("ch'ing" -> "ching"), ü written u ("hsü" -> "hsu")."""
    from pypinyin import Style
    from pypinyin.style import convert
    from pypinyin.style.wadegiles import (
        _convert_table,  # its whole-syllable table (pinned version)
    )

    # the whole-syllable table first: pypinyin's fallback by initial and final writes "ai" as "ei"
    # ("lai" -> "lei"), which its own table has right
    table = dict(_convert_table)
    out = {}
    for syllable in syllables:
        try:
            wg = table.get(syllable) or convert(syllable, Style.WADEGILES, strict=True)
        except Exception:  # noqa: BLE001, S112 - a syllable pypinyin has no Wade-Giles for
            continue
        wg = wg.replace("'", "").replace("v", "u")
        if wg and wg.isascii() and wg.isalpha():
            out[syllable] = wg
    return out


def main() -> None:
    syllables = pinyin()
    lines = ["# Written by scripts/build_syllables.py (pypinyin 0.55.0, pykakasi 2.3.0): do not edit by hand.",
             "# A word made only of one list's syllables is a Chinese or Japanese romanisation (audit/romanisation.py).",
             f"pinyin: {json.dumps(syllables)}", f"hepburn: {json.dumps(hepburn())}",
             "# Wade-Giles spelling of each pinyin syllable, apostrophes and umlauts dropped as English news",
             "# writes Taiwanese names (audit/language/romanisation.py: pinyin_readings)",
             f"wade_giles: {json.dumps(wade_giles(syllables), ensure_ascii=False)}"]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
