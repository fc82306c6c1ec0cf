"""Name recognition with a token-classification (NER) model: person and organisation names that
the glossary lacks, as mentions of ad-hoc entities, so that the pronoun rules (P003/P004) and the
name-consistency rule (N004) see them as they see glossary names.

Names the glossary knows, or nearly knows (a transliteration key within N002's fuzzy cut-off),
are left to the glossary rules.
"""

from __future__ import annotations

import regex

PERSON, ORGANISATION = "person", "organization"
_TYPES = {"PER": PERSON, "PERSON": PERSON, "ORG": ORGANISATION, "ORGANIZATION": ORGANISATION,
          "ORGANISATION": ORGANISATION}
MIN_SCORE = 0.6  # mean probability of the name's tokens for its type
NER_SOURCE = "<ner>"  # Entity.source of entities made from recognised names
STRIDE = 32  # tokens shared by consecutive windows of a long line
_WORD_CHAR = regex.compile(r"[\p{L}\p{M}\p{N}'’\-]")


def label_types(id2label: dict) -> dict[int, tuple[str, bool] | None]:
    """Label id -> (entity type, starts a name?) for person and organisation labels (BIO, BILOU or
    bare 'PER'); None for the others (O, LOC, MISC...)."""
    out: dict[int, tuple[str, bool] | None] = {}
    for i, label in id2label.items():
        label = str(label).upper()
        prefix, _, kind = label.rpartition("-")
        etype = _TYPES.get(kind)
        out[int(i)] = (etype, prefix in ("B", "U", "S")) if etype else None
    return out


class Recogniser:
    def __init__(self, loaded, batch_size: int):
        self.loaded = loaded
        self.batch_size = batch_size
        self.types = label_types(loaded.model.config.id2label)

    def spans(self, text: str) -> list[tuple[int, int, str, float]]:
        """(start, end, type, score) of every person or organisation name, in text order."""
        import torch

        tok, model, device = self.loaded.tokenizer, self.loaded.model, self.loaded.device
        lines, starts, pos = [], [], 0
        for line in text.split("\n"):
            if any(c.isupper() for c in line):
                lines.append(line)
                starts.append(pos)
            pos += len(line) + 1
        if not lines:
            return []
        enc = tok(lines, truncation=True, max_length=self.loaded.max_length, stride=STRIDE,
                  return_overflowing_tokens=True, return_offsets_mapping=True, return_special_tokens_mask=True)
        mapping = enc.get("overflow_to_sample_mapping", list(range(len(lines))))
        found: dict[tuple[int, int], tuple[str, float]] = {}
        with torch.inference_mode():
            for b in range(0, len(enc["input_ids"]), self.batch_size):
                ids = enc["input_ids"][b : b + self.batch_size]
                width = max(map(len, ids))
                pad = tok.pad_token_id if tok.pad_token_id is not None else 0
                input_ids = torch.tensor([r + [pad] * (width - len(r)) for r in ids], device=device)
                attention = torch.tensor([[1] * len(r) + [0] * (width - len(r)) for r in ids], device=device)
                probs = model(input_ids=input_ids, attention_mask=attention).logits.float().softmax(-1).cpu()
                for j in range(len(ids)):
                    row = b + j
                    base = starts[mapping[row]]
                    line = lines[mapping[row]]
                    for s, e, etype, score in self._decode(probs[j], enc["offset_mapping"][row],
                                                           enc["special_tokens_mask"][row], line):
                        key = (base + s, base + e)
                        if key not in found or found[key][1] < score:
                            found[key] = (etype, score)
        out = sorted((s, e, t, p) for (s, e), (t, p) in found.items())
        kept: list[tuple[int, int, str, float]] = []
        for span in out:  # overlapping windows may disagree on a name's extent: the longest stands
            if kept and span[0] < kept[-1][1]:
                if span[1] - span[0] > kept[-1][1] - kept[-1][0]:
                    kept[-1] = span
                continue
            kept.append(span)
        return kept

    def _decode(self, probs, offsets, special, line: str):
        """Group labelled tokens into names (a B- label or a new word of another type starts one)."""
        labels = probs.argmax(-1).tolist()
        current = None  # [start, end, type, [probabilities]]
        names = []
        for i, (s, e) in enumerate(offsets):
            if special[i] or s == e:
                continue
            kind = self.types.get(labels[i])
            if current is not None and s == current[1]:  # a piece of the same word (or "al" "-" "Sharaa")
                current[1] = e
                if kind is not None and kind[0] == current[2]:
                    current[3].append(float(probs[i, labels[i]]))
                continue
            if kind is None:
                if current:
                    names.append(current)
                current = None
                continue
            etype, begins = kind
            if current is not None and current[2] == etype and not begins and line[current[1] : s].strip() == "":
                current[1] = e  # the next word of the same name (an I- label)
                current[3].append(float(probs[i, labels[i]]))
                continue
            if current:
                names.append(current)
            current = [s, e, etype, [float(probs[i, labels[i]])]]
        if current:
            names.append(current)
        for s, e, etype, ps in names:
            while s > 0 and _WORD_CHAR.match(line[s - 1]):  # whole words only
                s -= 1
            while e < len(line) and _WORD_CHAR.match(line[e]):
                e += 1
            if line[e - 2 : e] in ("'s", "’s"):  # a possessive is not part of the name
                e -= 2
            while e > s and line[e - 1] in "'’-":
                e -= 1
            score = sum(ps) / len(ps)
            if score >= MIN_SCORE and line[s : s + 1].isupper() and e - s >= 2:
                yield s, e, etype, score


def unknown_names(spans, glossary, known: list[tuple[int, int]], text: str) -> list[tuple[int, int, str, str, float]]:
    """The recognised names the glossary does not know: (start, end, spelling, type, score). A name
    overlapping a glossary mention, or whose transliteration key is (nearly) a glossary key, is left
    to the glossary rules (N001-N003); so is one that cuts through a glossary mention or holds a
    wrong form. One may hold an accepted place name ("Free Idlib Front")."""
    from rapidfuzz import fuzz, process

    from audit.language.names import FUZZY_CUTOFF as _FUZZY_CUTOFF
    from audit.language.transliteration import name_key

    keys = list(glossary.keys)
    out = []
    for s, e, etype, score in spans:
        if any(a < e and s < b and not (s <= a and b <= e and place) for a, b, place in known):
            continue
        key = name_key(text[s:e])
        if not key or key in glossary.keys:
            continue
        if keys and process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF):
            continue
        out.append((s, e, text[s:e], etype, score))
    return out


def entities_for(names: list[tuple[int, int, str, str, float]], doc_id: str = ""):
    """One ad-hoc entity per transliteration key (so "Rahmun" and "Rahmoun" are one person spelled two
    ways), typed by the majority of its mentions; returns [(start, end, Form)]."""
    from collections import Counter, defaultdict

    from audit.glossary.model import Entity, Form
    from audit.language.transliteration import name_key

    groups = defaultdict(list)
    for name in names:
        groups[name_key(name[2])].append(name)
    out = []
    for key, members in groups.items():
        spellings = Counter(n[2] for n in members)
        etype = Counter(n[3] for n in members).most_common(1)[0][0]
        canonical = spellings.most_common(1)[0][0]
        entity = Entity(id="ner-" + regex.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-"), canonical=canonical,
                        type=etype, pronoun="they" if etype == PERSON else "it",
                        aliases=[s for s in spellings if s != canonical], source=NER_SOURCE)
        out.extend((s, e, Form(text, entity, "accepted")) for s, e, text, _, _ in members)
    return sorted(out, key=lambda m: m[0])
