"""HTML report for editors: one self-contained page (no scripts, no network resources).

Each document's text is shown with every finding highlighted by severity; hovering or focusing a
highlight shows the message, the fix and the confidence (CSS only). A summary table with the
scores comes first, and each document lists its findings, linked to their place.

A tip is placed under the line of its highlight, across the text's box, so it never runs off
the page. Every piece of document text goes through html.escape, and the page's Content-Security-Policy
allows no script at all. Documents are written as they come (the summary, written last, is shown
first with CSS `order`), so the page is the only thing held: one document's text at a time.
"""

from __future__ import annotations

import html
from pathlib import Path

from audit import __version__
from audit.emitters.base import Emitter
from audit.model import Finding, Report, Severity

_CSS = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;display:flex;flex-direction:column;
 color:#1d1d1f;background:#fafafa}
header,section,footer{margin:0 auto;width:min(62rem,94vw)}
header{order:-2}#summary{order:-1}
h1{font-size:1.4rem;margin:1rem 0 .3rem}h2{font-size:1.1rem;margin:1.6rem 0 .3rem;word-break:break-all}
table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #ccc;padding:.2rem .6rem;text-align:right}
th:first-child,td:first-child{text-align:left}thead th{background:#eee}
.legend span{margin-right:1rem}
pre.text{white-space:pre-wrap;overflow-wrap:anywhere;background:#fff;border:1px solid #ddd;padding:1rem;
 font:15px/1.6 Georgia,serif;margin:.4rem 0}
pre.text{position:relative}
mark{border-radius:2px;padding:0 1px;color:inherit;cursor:help;outline-offset:1px}
mark.critical{background:#f8b4b4;border-bottom:2px solid #b91c1c}
mark.major{background:#fde68a;border-bottom:2px solid #b45309}
mark.minor{background:#bfdbfe;border-bottom:2px solid #1d4ed8}
mark.insertion::before{content:"\\2038"}
mark .tip{display:none;position:absolute;left:1rem;margin-top:.2rem;z-index:2;max-width:min(34rem,calc(100% - 2rem));
 white-space:normal;background:#1d1d1f;color:#fff;font:13px/1.4 system-ui,sans-serif;padding:.5rem .7rem;
 border-radius:4px;box-shadow:0 2px 8px rgba(0,0,0,.3)}
mark:hover .tip,mark:focus .tip,mark:target .tip{display:block}
mark:focus,mark:target{outline:2px solid #1d1d1f}
.tip .fix{font-family:ui-monospace,monospace}
ol.findings{padding-left:1.4rem}ol.findings li{margin:.15rem 0}
.sev{display:inline-block;width:.7rem;height:.7rem;border-radius:2px;margin-right:.3rem;vertical-align:middle}
.sev.critical{background:#b91c1c}.sev.major{background:#b45309}.sev.minor{background:#1d4ed8}
.note{color:#555;font-size:.9rem}
"""


def _e(s: str) -> str:
    return html.escape(s, quote=True)


def _fix(f: Finding) -> str:
    shown = f.show_fix(quote=lambda s: f"→ {s}")
    return "no automatic fix" if shown is None else f"{shown} ({f.applicability.value})"


def _read_text(report: Report) -> str | None:
    """The document's text, read again from its file, where the findings' offsets still match it."""
    if report.unit or report.path in ("<stdin>", "-"):
        return None
    from audit.inputs import decode

    try:
        text, _ = decode(Path(report.path).read_bytes(), report.path)
    except OSError:
        return None
    if text is None or any(text[f.start : f.end] != f.text for f in report.findings):
        return None  # changed since it was audited: show the findings in their context only
    return text


class HtmlEmitter(Emitter):
    shows_signature = True

    def begin(self) -> None:
        self._rows: list[str] = []
        self._warnings: list[str] = []
        self.out.write(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>audit report</title>\n<style>{_CSS}</style></head>\n<body>\n"
            f"<header><h1>audit report</h1><p class=\"note\">audit {_e(__version__)}. Highlights: "
            "<span class=\"legend\">" + "".join(
                f"<span><span class=\"sev {s.value}\"></span>{s.value}</span>" for s in reversed(Severity))
            + "</span> Hover or focus (Tab) a highlight for the message, the fix and the confidence.</p></header>\n"
        )

    def document(self, report: Report) -> None:
        super().document(report)
        n = self.reports
        anchor = f"doc-{n}"
        s = report.score
        counts = [s.counts.get(sev.value, 0) for sev in reversed(Severity)]
        self._rows.append(
            f"<tr><td><a href=\"#{anchor}\">{_e(report.path)}</a></td><td>{report.words}</td>"
            f"<td>{len(report.findings)}</td>" + "".join(f"<td>{c}</td>" for c in counts)
            + f"<td>{s.penalty:g}</td><td>{s.penalty_per_1000:.1f}</td><td>{s.quality:.1f}</td></tr>\n"
        )
        ids = {id(f): f"d{n}-f{i}" for i, f in enumerate(report.findings, start=1)}
        w = self.out.write
        w(f"<section class=\"document\" id=\"{anchor}\">\n<h2>{_e(report.path)}</h2>\n")
        w(f"<p class=\"note\">score {s.quality:.1f}/100: {len(report.findings)} findings in {report.words} words, "
          f"MQM penalty {s.penalty:g}</p>\n")
        for key, value in report.metadata.items():
            w(f"<p class=\"note\">{_e(key)}: {_e(value)}</p>\n")
        for warning in report.warnings:
            w(f"<p class=\"note\">warning: {_e(warning)}</p>\n")
        text = _read_text(report)
        if text is not None:
            w("<pre class=\"text\">" + self._highlighted(text, report.findings, ids) + "</pre>\n")
        elif report.findings:
            w("<p class=\"note\">The text is not shown (standard input, a unit of a larger file, or a file "
              "changed since it was read): each finding in its context.</p>\n")
        if report.findings:
            w("<ol class=\"findings\">\n")
            for f in report.findings:
                target = f"#{ids[id(f)]}" if text is not None else None
                where = f"{f.line}:{f.column} {f.rule} {f.name}"
                link = f"<a href=\"{target}\">{_e(where)}</a>" if target else _e(where)
                context = "" if text is not None else (
                    f" <pre class=\"text\">…{_e(f.before)}{self._mark(f, ids[id(f)])}{_e(f.after)}…</pre>")
                w(f"<li><span class=\"sev {f.severity.value}\"></span>{link}: {_e(f.message)} "
                  f"<span class=\"fix\">{_e(_fix(f))}</span>, {round(f.confidence * 100)}%{context}</li>\n")
            w("</ol>\n")
        w("</section>\n")

    def _mark(self, f: Finding, ident: str) -> str:
        tip = (f"<span class=\"tip\" role=\"tooltip\" id=\"{ident}-tip\"><b>{_e(f.rule)} {_e(f.name)}</b> "
               f"({f.severity.value})<br>{_e(f.message)}<br>fix: <span class=\"fix\">{_e(_fix(f))}</span><br>"
               f"confidence {round(f.confidence * 100)}%</span>")
        cls = f"finding {f.severity.value}" + (" insertion" if f.start == f.end else "")
        return (f"<mark class=\"{cls}\" id=\"{ident}\" tabindex=\"0\" aria-describedby=\"{ident}-tip\" "
                f"data-rule=\"{_e(f.rule)}\" data-confidence=\"{f.confidence:.3f}\">{_e(f.text)}{tip}</mark>")

    def _highlighted(self, text: str, findings: list[Finding], ids: dict[int, str]) -> str:
        out, pos = [], 0
        for f in sorted(findings, key=lambda f: (f.start, f.end)):
            if f.start < pos:
                continue  # overlaps a highlight already drawn: listed below, not nested
            out.append(_e(text[pos : f.start]))
            out.append(self._mark(f, ids[id(f)]))
            pos = f.end
        out.append(_e(text[pos:]))
        return "".join(out).replace("\r\n", "\n")

    def warning(self, message: str) -> None:
        self._warnings.append(message)

    def end(self) -> None:
        quality = max(0.0, 100.0 * (1 - self.penalty / self.words)) if self.words else 100.0
        w = self.out.write
        w("<section id=\"summary\"><h2>Summary</h2>\n<table><thead><tr><th>Document</th><th>Words</th>"
          "<th>Findings</th><th>Critical</th><th>Major</th><th>Minor</th><th>MQM penalty</th>"
          "<th>Per 1,000 words</th><th>Quality score</th></tr></thead><tbody>\n")
        w("".join(self._rows))
        per_1000 = 1000.0 * self.penalty / self.words if self.words else 0.0
        w(f"</tbody><tfoot><tr><th>{self.reports} document{'' if self.reports == 1 else 's'}</th><th>{self.words}</th><th>{self.findings}</th>"
          f"<th></th><th></th><th></th><th>{self.penalty:g}</th><th>{per_1000:.1f}</th><th>{quality:.1f}</th></tr>"
          "</tfoot></table>\n")
        for warning in self._warnings:
            w(f"<p class=\"note\">warning: {_e(warning)}</p>\n")
        w("</section>\n")
        if self.signature is not None:  # the footer: after the documents, as written
            w(f"<footer><p class=\"note\">signature: <code class=\"signature\">{_e(str(self.signature))}</code>"
              "</p></footer>\n")
        w("</body></html>\n")
