"""`audit review`: decide on each suggestion in the terminal (curses; works in 80x24).

The decisions live in a `Session` (plain logic, no terminal); the curses screen only shows it and
turns keys into its calls. A suggestion is the finding's Fix, every edit shown and applied together;
an edited replacement becomes a one-edit fix of the flagged text. On quitting, accepted fixes are written to the documents through the
shared fixer and the safe rewriter, and rejections are recorded in the decisions file.
"""

from __future__ import annotations

import os
import re
import sys
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path

from audit.decisions import Decisions, DecisionsError, for_document, sidecar, suppress
from audit.document import Document
from audit.engine import find_all
from audit.fixer import apply_edits, plan_fixes
from audit.glossary import Glossary
from audit.inputs import TEXT_SUFFIXES, InputError, check_paths
from audit.model import Applicability, Fix, Finding
from audit.rewrite import Source, Transaction, WriteError, read_source, rewritable
from audit.rules import Rule

ACCEPT, REJECT, SKIP = "accepted", "rejected", "skipped"


@dataclass
class DocState:
    source: Source
    decisions: Decisions


@dataclass
class Item:
    doc: DocState
    finding: Finding
    decision: str | None = None
    fix: Fix | None = None  # the fix accepted (edited or not)


@dataclass
class Session:
    items: list[Item]
    index: int = 0
    history: list[tuple[int, str | None, Fix | None]] = field(default_factory=list)

    @property
    def current(self) -> Item | None:
        return self.items[self.index] if self.index < len(self.items) else None

    def _decide(self, decision: str, fix: Fix | None = None) -> None:
        item = self.current
        if item is None:
            return
        self.history.append((self.index, item.decision, item.fix))
        item.decision, item.fix = decision, fix
        self.index += 1

    def accept(self, replacement: str | None = None) -> bool:
        """Accept the finding's fix, or `replacement` (edited) for the flagged text."""
        item = self.current
        if item is None or (item.finding.fix is None and replacement is None):
            return False  # nothing to apply: reject or skip it
        f = item.finding
        self._decide(ACCEPT, f.fix if replacement is None else Fix.replacing(f.start, f.end, replacement))
        return True

    def reject(self) -> None:
        self._decide(REJECT)

    def skip(self) -> None:
        self._decide(SKIP)

    def undo(self) -> bool:
        if not self.history:
            return False
        self.index, decision, fix = self.history.pop()
        item = self.items[self.index]
        item.decision, item.fix = decision, fix
        return True

    def counts(self) -> dict[str, int]:
        out = {ACCEPT: 0, REJECT: 0, SKIP: 0}
        for item in self.items:
            if item.decision:
                out[item.decision] += 1
        out["left"] = sum(1 for item in self.items if item.decision is None)
        return out

    def save(self) -> list[str]:
        """Write accepted fixes to the documents and rejections to the decisions files; what was done."""
        lines, problems = [], []
        docs: dict[int, DocState] = {}
        for item in self.items:
            docs.setdefault(id(item.doc), item.doc)
        with Transaction() as transaction:
            written: dict[str, Decisions] = {}
            for doc in docs.values():
                mine = [i for i in self.items if i.doc is doc]
                accepted = [replace(i.finding, fix=replace(i.fix, applicability=Applicability.SAFE))
                            for i in mine if i.decision == ACCEPT]
                plan = plan_fixes(accepted)
                rejected = [i for i in mine if i.decision == REJECT]
                for i in rejected:
                    doc.decisions.reject(i.finding, doc.source.path)
                if rejected:
                    written[str(doc.decisions.path)] = doc.decisions
                try:
                    if plan.applied:
                        transaction.stage_rewrite(doc.source, apply_edits(doc.source.text, plan.edits))
                except (WriteError, OSError) as err:
                    problems.append(str(err))
                    continue
                skipped = sum(1 for i in mine if i.decision in (SKIP, None))
                lines.append(f"{doc.source.path}: {len(plan.applied)} accepted, {len(rejected)} rejected, "
                             f"{skipped} left undecided")
            for path, decisions in written.items():
                transaction.stage(path, decisions.dump().encode("utf-8"),
                                  mode=os.stat(path).st_mode if os.path.exists(path) else 0o644)
                lines.append(f"rejections recorded in {path}")
            if problems:
                return lines + [f"error: {p}" for p in problems] + ["nothing was written"]
            problems = transaction.commit()
        return lines + [f"error: {p}" for p in problems]


def load_session(paths: list[str], glossary: Glossary, rules: list[Rule], min_confidence: float,
                 decisions_path: Path | None, settle=None, source_lang: str | None = None) -> tuple[Session, list[str]]:
    """Every suggestion of every document, in text order; (session, warnings)."""
    items, warnings, cache = [], [], {}
    if "-" in paths:
        raise InputError("review needs files (standard input cannot be written back)")
    for path in list(check_paths(paths)):
        if not rewritable(path):
            raise InputError(f"{path}: `audit review` works on plain text and Markdown files only")
        source, more = read_source(path)
        warnings += more
        if source is None:
            continue
        try:
            decisions = for_document(path, decisions_path, cache) or Decisions(sidecar(path))
        except DecisionsError as err:
            raise InputError(str(err)) from None
        kind = TEXT_SUFFIXES.get(Path(path).suffix.lower(), "text")
        findings = find_all(Document(path=path, text=source.text, kind=kind, source_lang=source_lang or ""),
                            glossary, rules)
        if settle is not None:  # the configuration's per-rule settings and per-path ignores
            findings = settle(path, findings)
        findings = suppress([f for f in findings if f.confidence >= min_confidence], path, decisions)
        doc = DocState(source, decisions)
        items += [Item(doc, f) for f in sorted(findings, key=lambda f: (f.start, f.end))]
    return Session(items), warnings


# -- drawing ---------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?…][\"”’»)]*\s+")


def _width(ch: str) -> int:
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def _printable(s: str) -> str:
    """Control characters shown as '·' (a terminal must not interpret the document's bytes)."""
    return "".join("·" if unicodedata.category(c) in ("Cc", "Cf") and c != "\n" else c for c in s)


def sentence(text: str, start: int, end: int, limit: int = 320) -> tuple[str, str, str]:
    """(before, flagged, after): the sentence around a span, clipped to about `limit` characters."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    s = line_start
    for m in _SENTENCE_END.finditer(text, line_start, start):
        s = m.end()
    m = _SENTENCE_END.search(text, end, line_end)
    e = m.end() if m else line_end
    s, e = max(s, start - limit // 2), min(e, end + limit // 2)
    before, after = text[s:start], text[end:e].rstrip()
    return (("…" if s > line_start else "") + before, text[start:end], after + ("…" if e < line_end else ""))


def marked(text: str, f: Finding, fix: Fix | None) -> list[tuple[str, str]]:
    """The sentence around a finding with each edit of its fix marked [-old-]{+new+} (without a
    fix, the flagged text [-marked-]): (text, kind) pieces, kind "", "mark", "old" or "new"."""
    edits = [(e.start, e.end, e.replacement) for e in fix.edits] if fix is not None else [(f.start, f.end, "")]
    lo, hi = min(f.start, edits[0][0]), max(f.end, max(end for _, end, _ in edits))
    before, _, after = sentence(text, lo, hi)
    out, pos = [(before, "")], lo
    for start, end, new in edits:
        out += [(text[pos:start], ""), ("[-", "mark"), (text[start:end], "old"), ("-]", "mark")]
        if new:
            out += [("{+", "mark"), (new, "new"), ("+}", "mark")]
        pos = end
    return out + [(text[pos:hi], ""), (after, "")]


def wrap(segments: list[tuple[str, int]], width: int) -> list[list[tuple[str, int]]]:
    """Wrap attributed text to `width` columns, breaking at spaces where possible."""
    cells = [(ch, attr) for text, attr in segments for ch in text.replace("\r", "").replace("\n", " ")]
    lines, line, used, last_space = [], [], 0, -1
    for ch, attr in cells:
        w = _width(ch)
        if used + w > width and line:
            if last_space > 0:
                lines.append(line[:last_space])
                line = line[last_space + 1 :]
            else:
                lines.append(line)
                line = []
            used = sum(_width(c) for c, _ in line)
            last_space = max((i for i, (c, _) in enumerate(line) if c == " "), default=-1)
        line.append((ch, attr))
        used += w
        if ch == " ":
            last_space = len(line) - 1
    if line:
        lines.append(line)
    return [[(c, a) for c, a in ln] for ln in lines]


class Screen:
    """The curses view of a session."""

    KEYS = "a accept  r reject  e edit  s skip  u undo  q save & quit"

    def __init__(self, stdscr, session: Session):
        import curses

        self.c = curses
        self.scr = stdscr
        self.session = session
        self.message = ""
        try:
            curses.curs_set(0)
        except curses.error:
            pass
        self.colors = {}
        if curses.has_colors():
            curses.start_color()
            try:
                curses.use_default_colors()
                bg = -1
            except curses.error:
                bg = curses.COLOR_BLACK
            for n, (name, fg) in enumerate([("critical", curses.COLOR_RED), ("major", curses.COLOR_YELLOW),
                                            ("minor", curses.COLOR_CYAN), ("old", curses.COLOR_RED),
                                            ("new", curses.COLOR_GREEN)], start=1):
                curses.init_pair(n, fg, bg)
                self.colors[name] = curses.color_pair(n)

    def _put(self, y: int, x: int, text: str, attr: int = 0) -> None:
        h, w = self.scr.getmaxyx()
        if 0 <= y < h and x < w:
            try:
                self.scr.addnstr(y, x, text, max(0, w - x - (1 if y == h - 1 else 0)), attr)
            except self.c.error:
                pass

    def draw(self) -> None:
        c, scr, s = self.c, self.scr, self.session
        scr.erase()
        h, w = scr.getmaxyx()
        counts = s.counts()
        item = s.current
        title = f" audit review  {len(s.items)} suggestions "
        if item is not None:
            title = f" audit review  {item.doc.source.path}  {s.index + 1}/{len(s.items)} "
        self._put(0, 0, _printable(title).ljust(w), c.A_REVERSE)
        if item is None:
            self._put(2, 2, "Every suggestion has been seen.")
            self._put(4, 2, f"accepted {counts[ACCEPT]}, rejected {counts[REJECT]}, skipped {counts[SKIP]}")
            self._put(6, 2, "q save & quit    u undo the last decision")
        else:
            f = item.finding
            sev = self.colors.get(f.severity.value, 0) | c.A_BOLD
            self._put(2, 2, f"{f.rule} {f.name}", sev)
            self._put(3, 2, f"{f.severity.value} · confidence {round(f.confidence * 100)}% · "
                            f"{f.applicability.value} fix · line {f.line}:{f.column}")
            y = 4
            for line in wrap([(_printable(f.message), 0)], w - 4)[:3]:
                self._put(y, 2, "".join(ch for ch, _ in line), c.A_DIM)
                y += 1
            y += 1
            fix = item.fix if item.decision == ACCEPT else f.fix
            old_attr = self.colors.get("old", 0) | c.A_REVERSE
            attrs = {"": 0, "mark": c.A_DIM, "old": old_attr, "new": self.colors.get("new", 0) | c.A_BOLD | c.A_UNDERLINE}
            segments = [(_printable(piece), attrs[kind]) for piece, kind in marked(item.doc.source.text, f, fix) if piece]
            room = max(1, h - y - 6)
            lines = wrap(segments, w - 4)
            focus = next((i for i, ln in enumerate(lines) if any(a == old_attr for _, a in ln)), 0)
            first = max(0, min(focus - room // 2, len(lines) - room))
            for line in lines[first : first + room]:
                x = 2
                for ch, attr in line:
                    self._put(y, x, ch, attr)
                    x += _width(ch)
                y += 1
            shown = replace(f, fix=fix).show_fix(quote=lambda s: f"→ {s}") or "no automatic fix"
            self._put(h - 5, 2, _printable(f"fix: {f.text} {shown}")[: w - 4], c.A_BOLD)
            if item.decision:
                self._put(h - 4, 2, f"already {item.decision}")
        self._put(h - 3, 2, self.message[: w - 4])
        self._put(h - 2, 0, (" " + self.KEYS).ljust(w)[:w], c.A_REVERSE)
        self._put(h - 1, 1, f"accepted {counts[ACCEPT]} · rejected {counts[REJECT]} · skipped {counts[SKIP]} "
                            f"· left {counts['left']}")
        scr.refresh()

    def edit(self, initial: str) -> str | None:
        """A one-line editor on the message line: Enter accepts, Esc cancels."""
        c, scr = self.c, self.scr
        text, pos = list(initial), len(initial)
        h, w = scr.getmaxyx()
        try:
            c.curs_set(1)
        except c.error:
            pass
        try:
            while True:
                prompt = "replacement (Enter: accept, Esc: cancel): "
                shown = "".join(text)
                self._put(h - 3, 0, " " * (w - 1))
                self._put(h - 3, 2, prompt + shown)
                try:
                    scr.move(h - 3, min(w - 2, 2 + len(prompt) + sum(_width(ch) for ch in text[:pos])))
                except c.error:
                    pass
                scr.refresh()
                key = scr.get_wch()
                if key in ("\n", "\r", c.KEY_ENTER):
                    return "".join(text)
                if key == "\x1b":
                    return None
                if key in (c.KEY_BACKSPACE, "\x7f", "\b"):
                    if pos:
                        del text[pos - 1]
                        pos -= 1
                elif key == c.KEY_DC:
                    if pos < len(text):
                        del text[pos]
                elif key == c.KEY_LEFT:
                    pos = max(0, pos - 1)
                elif key == c.KEY_RIGHT:
                    pos = min(len(text), pos + 1)
                elif key in (c.KEY_HOME, "\x01"):
                    pos = 0
                elif key in (c.KEY_END, "\x05"):
                    pos = len(text)
                elif isinstance(key, str) and key.isprintable():
                    text.insert(pos, key)
                    pos += 1
        finally:
            try:
                c.curs_set(0)
            except c.error:
                pass

    def loop(self) -> bool:
        """Handle keys until q (True: save) or Ctrl-C (False: quit without saving)."""
        s = self.session
        while True:
            try:  # Ctrl-C while drawing quits too, not only while waiting for a key
                self.draw()
                key = self.scr.get_wch()
            except KeyboardInterrupt:
                return False
            self.message = ""
            item = s.current
            if key in ("q", "Q"):
                return True
            if key in ("u", "U"):
                self.message = "undone" if s.undo() else "nothing to undo"
            elif item is None:
                continue
            elif key in ("a", "A", "y"):
                if not s.accept():
                    self.message = "no automatic fix: edit (e) a replacement, reject (r) or skip (s)"
            elif key in ("r", "R", "n"):
                s.reject()
            elif key in ("s", "S", " "):
                s.skip()
            elif key in ("e", "E"):
                fix = item.fix if item.decision == ACCEPT else item.finding.fix
                f = item.finding
                edited = self.edit((fix.within(f.start, f.end, f.text) if fix is not None else None) or "")
                if edited is not None:
                    s.accept(edited)
            elif key == self.c.KEY_RESIZE:
                continue


def run_review(paths: list[str], glossary: Glossary, rules: list[Rule], min_confidence: float,
               decisions_path: Path | None, settle=None, source_lang: str | None = None) -> int:
    """The `audit review` command; returns its exit status."""
    session, warnings = load_session(paths, glossary, rules, min_confidence, decisions_path, settle, source_lang)
    for w in warnings:
        print(f"audit: warning: {w}", file=sys.stderr)
    if not session.items:
        print("nothing to review: no suggestions")
        return 0
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise InputError("review is interactive: it needs a terminal (use `audit fix` in scripts)")
    import curses

    os.environ.setdefault("ESCDELAY", "25")  # Esc cancels an edit at once
    save = curses.wrapper(lambda stdscr: Screen(stdscr, session).loop())
    if not save:
        print("review interrupted: nothing saved")
        return 1
    lines = session.save()
    for line in lines:
        print(line)
    if any(line.startswith("error:") for line in lines):
        return 2
    return 1 if session.counts()[SKIP] or session.counts()["left"] else 0
