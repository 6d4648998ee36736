"""Self-contained HTML view of labelled articles ("who said what"), and the page frame and
label styles that the evaluation report page (:mod:`training.report_html`) shares.

Standard library only. Every page is one file with inline CSS and no external assets or
scripts, so it can be mailed, archived or opened offline. All article text, holder names and
ids are escaped (article text is untrusted input).

Each label is shown three ways, so the page reads without colour and on paper: a tint from
the Okabe-Ito colour-blind-safe palette, a distinct underline style (claim solid, condition
wavy, attribution double, opinion dotted) and a text tag ([CLAIM], [COND], [ATTR], [OPIN]).
"""

from __future__ import annotations

import re
from html import escape
from typing import Sequence

from classifier.scheme import AUTHOR, LABELS, NONE

__all__ = ["render_article_html", "render_articles_html", "LABEL_STYLE", "esc", "html_page", "label_style",
           "label_class"]

# label -> (tag, Okabe-Ito base colour, dark text variant (>= 5:1 on its tint), tint, underline style,
#           one-line description from the annotation scheme)
LABEL_STYLE: dict[str, dict[str, str]] = {
    "condition": {"tag": "COND", "color": "#D55E00", "dark": "#A04000", "tint": "#f8e5d6", "line": "wavy",
                  "desc": "a precondition, requirement or sequencing demand (\u201cX has to happen before Y\u201d)"},
    "attribution": {"tag": "ATTR", "color": "#0072B2", "dark": "#005A8C", "tint": "#d6e8f3", "line": "double",
                    "desc": "reports what an identifiable party said, wrote or believes"},
    "opinion": {"tag": "OPIN", "color": "#CC79A7", "dark": "#8B3A6A", "tint": "#f7eaf1", "line": "dotted",
                "desc": "the writer\u2019s own evaluation, interpretation or prediction"},
    "claim": {"tag": "CLAIM", "color": "#009E73", "dark": "#00664A", "tint": "#d6efe9", "line": "solid",
              "desc": "a factual assertion in the writer\u2019s voice, checkable in principle"},
}
_FALLBACK_STYLE = {"tag": "?", "color": "#666666", "dark": "#333333", "tint": "#eeeeee", "line": "solid", "desc": ""}

# Order of the groups under each actor in the side panel.
_PANEL_ORDER = ("attribution", "condition", "claim", "opinion")
_PANEL_HEADINGS = {"attribution": "said / reported", "condition": "conditions set",
                   "claim": "claims about them", "opinion": "opinions"}


def _e(value: object) -> str:
    """Escape any value for HTML text and attribute context."""
    return escape("" if value is None else str(value), quote=True)


def _style(label: str) -> dict[str, str]:
    return LABEL_STYLE.get(label, _FALLBACK_STYLE)


def _label_class(label: str) -> str:
    return f"l-{label}" if label in LABEL_STYLE else "l-other"


# --------------------------------------------------------------------------------------------
# CSS
# --------------------------------------------------------------------------------------------

# Borders have no "wavy" style: a condition's border is dashed.
_BORDER = {"wavy": "dashed"}


def _label_css() -> str:
    rules = []
    for label, s in LABEL_STYLE.items():
        rules.append(
            f".l-{label}{{--c:{s['color']};--d:{s['dark']};--t:{s['tint']};--line:{s['line']};"
            f"--border:{_BORDER.get(s['line'], s['line'])}}}")
    rules.append(".l-other{--c:#666;--d:#333;--t:#eee;--line:solid;--border:solid}")
    return "\n".join(rules)


_BASE_CSS = """
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.6 Georgia,"Times New Roman",serif;color:#1a1a1a;background:#fff}
header.page,main.page{max-width:1240px;margin:0 auto;padding:0 24px}
header.page{padding-top:20px}
h1{font-size:1.6rem;line-height:1.25;margin:.2em 0 .4em}
h2{font-size:1.25rem;line-height:1.3;margin:1.2em 0 .4em}
h3{font:600 .95rem/1.3 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:1em 0 .3em}
.meta,.ui,.legend,.panel,table,.badge,.tag,.sid,figcaption{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.meta{color:#555;font-size:.85rem;margin:0 0 .8em}
a{color:#0b4f8a}
/* legend */
.legend{border:1px solid #bbb;border-radius:6px;padding:8px 12px;margin:0 0 16px;font-size:.85rem;line-height:1.45}
.legend h2{font-size:.95rem;margin:0 0 4px}
.legend ul{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:4px 18px}
.legend li{margin:0}
.legend .note{color:#444;margin:6px 0 0}
/* units */
.unit{background:var(--t);padding:1px 2px;border-radius:2px;
  -webkit-box-decoration-break:clone;box-decoration-break:clone}
.ut{text-decoration-line:underline;text-decoration-style:var(--line);text-decoration-color:var(--d);
  text-decoration-thickness:2px;text-underline-offset:4px;text-decoration-skip-ink:none}
.unit:target{outline:3px solid #1a1a1a;outline-offset:1px}
.tag{font-size:.62rem;font-weight:700;letter-spacing:.03em;line-height:1;white-space:nowrap;
  vertical-align:super;color:var(--d);border:1px solid var(--c);border-radius:3px;padding:0 3px;
  margin:0 1px 0 3px;background:#fff}
.sid{font-size:.62rem;line-height:1;vertical-align:super;color:#555;margin-right:2px}
.badge{display:inline-block;font-size:.72rem;line-height:1.2;border:1px solid #777;border-radius:9px;
  padding:0 6px;margin:0 1px;background:#fff;color:#1a1a1a;vertical-align:1px;text-decoration:none;white-space:nowrap}
.badge::before{content:"\\25B8\\00A0";color:#777}
.badge.h-author{border-style:dashed}
.badge.h-none{color:#666;border-color:#bbb}
.mention{font-weight:700}
/* uncertain (under --min-confidence) and truncated units: a visible flag, on screen and in print */
.flag{display:inline-block;font:600 .68rem/1.2 system-ui,sans-serif;vertical-align:super;border:1px dotted #444;
  border-radius:3px;padding:0 3px;margin-left:2px;color:#1a1a1a;background:#fff;white-space:nowrap}
.flag.trunc{border-style:dashed}
.unit.uncertain .ut{opacity:.72}
.unit.uncertain{outline:1px dotted #777;outline-offset:1px}
/* article + side panel */
section.article{border-top:2px solid #1a1a1a;padding-top:6px;margin-top:18px}
section.article:first-of-type{border-top:0;margin-top:0}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 340px;gap:28px;align-items:start}
.text p{margin:0 0 1em;max-width:46em}
.text p.untagged{color:#444}
.gap{color:#555}
.panel{border:1px solid #bbb;border-radius:6px;padding:10px 14px;font-size:.85rem;line-height:1.45;
  position:sticky;top:12px;max-height:calc(100vh - 24px);overflow:auto}
.panel h2{font-size:1rem;margin:0 0 6px}
.panel .actor{border-top:1px solid #ddd;padding:6px 0 4px}
.panel .actor:first-of-type{border-top:0}
.panel .actor h3{margin:0 0 2px;font-size:.92rem}
.panel .actor h3 .count{font-weight:400;color:#555;font-size:.8rem}
.panel .grp{margin:2px 0 0 0}
.panel .grp-h{font-weight:600;color:var(--d)}
.panel ul{margin:2px 0 4px;padding:0 0 0 2px;list-style:none}
.panel li{margin:1px 0;padding-left:8px;border-left:3px var(--border) var(--c)}
.panel li a{text-decoration:none;font-weight:600;font-variant-numeric:tabular-nums}
.panel .snip{color:#333}
.panel .empty{color:#666;font-style:italic}
.panel .none-line{color:#444;margin-top:6px;border-top:1px solid #ddd;padding-top:6px}
/* report tables */
table{border-collapse:collapse;font-size:.9rem;margin:.4em 0 1em}
th,td{border:1px solid #bbb;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f3f3f3}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
td.diag{font-weight:700;outline:2px solid #1a1a1a;outline-offset:-2px}
table.errors{width:100%}
table.errors td.errtext{width:38%}
table.errors td.aid{min-width:11em;max-width:16em;overflow-wrap:anywhere;font-size:.8rem}
.cm td.num{min-width:4.5em}
figure{margin:.6em 0 1.2em;display:inline-block;vertical-align:top;max-width:100%}
figure img{max-width:100%;height:auto;border:1px solid #ddd}
figcaption{font-size:.85rem;color:#444}
.lab{display:inline-block;white-space:nowrap;padding:0 4px;border-radius:3px;background:var(--t);
  text-decoration:underline var(--line) var(--c) 2px;text-underline-offset:3px}
footer.page{max-width:1240px;margin:24px auto;padding:0 24px;color:#666;font:.75rem system-ui,sans-serif}
@media (max-width:900px){.layout{grid-template-columns:minmax(0,1fr)}.panel{position:static;max-height:none}}
@media print{
  body{font-size:11pt}
  header.page,main.page,footer.page{max-width:none;padding:0}
  .layout{display:block}
  .panel{position:static;max-height:none;overflow:visible;margin-top:14pt;break-inside:auto}
  .panel .actor{break-inside:avoid}
  .unit{background:none}
  .lab{background:none}
  .flag{border:1px solid #000;color:#000}
  .unit.uncertain .ut{opacity:1;font-style:italic}
  th{background:none}
  a{color:inherit}
  section.article{break-before:page}
  section.article:first-of-type{break-before:auto}
  figure,table{break-inside:avoid}
}
"""


def _page(title: str, body: str, extra_css: str = "") -> str:
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta name=\"generator\" content=\"stance\">\n"
        f"<title>{_e(title)}</title>\n<style>\n{_BASE_CSS}\n{_label_css()}\n{extra_css}</style>\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )


# --------------------------------------------------------------------------------------------
# Article view
# --------------------------------------------------------------------------------------------

def _legend() -> str:
    items = []
    for label in LABELS:
        s = _style(label)
        items.append(
            f"<li><span class=\"unit {_label_class(label)}\"><span class=\"ut\">{_e(label)}</span>{_WJ}"
            f"<span class=\"tag\">[{_e(s['tag'])}]</span></span> "
            f"{_e(s['line'])} underline \u2013 {_e(s['desc'])}</li>")
    return (
        "<aside class=\"legend\" aria-label=\"Legend\">\n<h2>Legend</h2>\n<ul>\n" + "\n".join(items) + "\n</ul>\n"
        "<p class=\"note\"><span class=\"badge\">holder</span> after a sentence: who holds its stance "
        f"(a named actor, <span class=\"badge h-author\">{AUTHOR}</span> the article\u2019s own voice, "
        f"<span class=\"badge h-none\">{NONE}</span> no party). "
        "<span class=\"sid\">#n</span> is the sentence number; <b>bold</b> text is the mention the holder was read "
        "from. Hover a sentence for confidence and per-label scores. "
        "<span class=\"flag\">?\u00a00.42</span> marks a sentence labelled with low confidence (under "
        "the threshold), <span class=\"flag trunc\">cut</span> one truncated to the model's window.</p>\n</aside>")


def _fmt_prob(value: object) -> str:
    try:
        return f"{float(value):.2f}"
    except (TypeError, ValueError):
        return str(value)


def _hover_title(rec: dict) -> str:
    label = rec.get("label", "")
    lines = [f"#{rec.get('sentence_id', '?')} {label}"]
    if rec.get("confidence") is not None:
        lines[0] += f" (confidence {_fmt_prob(rec['confidence'])})"
    scores = rec.get("scores") or {}
    if isinstance(scores, dict) and scores:
        ordered = [lab for lab in LABELS if lab in scores] + [lab for lab in scores if lab not in LABELS]
        lines.append("scores: " + " \u00b7 ".join(f"{lab} {_fmt_prob(scores[lab])}" for lab in ordered))
    holders = rec.get("holders") or []
    if holders:
        lines.append("holders: " + ", ".join(str(h) for h in holders))
    if rec.get("truncated"):
        lines.append("(truncated to the model's window)")
    return "\n".join(lines)


# WORD JOINER: no line break between the sentence number, the sentence and its tag.
_WJ = "\u2060"


def _valid_mention_spans(rec: dict, text: str) -> list[tuple[int, int]]:
    spans = []
    for span in rec.get("holder_spans") or []:
        if not isinstance(span, dict):
            continue
        start, end = span.get("start"), span.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            continue
        mention = span.get("mention")
        if mention is not None and text[start:end] != mention:
            continue
        spans.append((start, end))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:  # drop overlaps: keep the first
        if merged and s < merged[-1][1]:
            continue
        merged.append((s, e))
    return merged


def _unit_text_html(rec: dict, text: str) -> str:
    """The unit's text, escaped, with holder mentions in bold; newlines inside a unit become spaces."""
    out, pos = [], 0
    for s, e in _valid_mention_spans(rec, text):
        out.append(_e(text[pos:s]))
        out.append(f"<b class=\"mention\">{_e(text[s:e])}</b>")
        pos = e
    out.append(_e(text[pos:]))
    return re.sub(r"\s*\n\s*", " ", "".join(out))


def _antecedents(rec: dict) -> dict[str, object]:
    found: dict[str, object] = {}
    for span in rec.get("holder_spans") or []:
        if isinstance(span, dict) and span.get("antecedent_sentence_id") is not None:
            found.setdefault(str(span.get("holder")), span["antecedent_sentence_id"])
    return found


def _holder_badges(rec: dict) -> str:
    holders = rec.get("holders") or []
    ante = _antecedents(rec)
    badges = []
    for h in holders:
        h = str(h)
        cls = "badge h-author" if h == AUTHOR else "badge h-none" if h == NONE else "badge"
        tip = "holder: " + h
        if h in ante:
            tip += f" (resolved from sentence #{ante[h]})"
        badges.append(f"<span class=\"{cls}\" title=\"{_e(tip)}\">{_e(h)}</span>")
    return " ".join(badges)


def _flags_html(rec: dict) -> str:
    """Visible markers (not hover-only) for a low-confidence and for a truncated unit."""
    flags = []
    if rec.get("_uncertain"):
        flags.append(f"<span class=\"flag low\" title=\"low confidence\">?\u00a0{_fmt_prob(rec.get('confidence'))}</span>")
    if rec.get("truncated"):
        flags.append("<span class=\"flag trunc\" title=\"truncated to the model's window\">cut</span>")
    return "".join(flags)


def mark_uncertain(records: Sequence[dict], min_confidence: float | None) -> list[dict]:
    """Copies of ``records`` flagged for the page when their confidence is under ``min_confidence``."""
    if min_confidence is None:
        return list(records)
    return [dict(r, _uncertain=True) if isinstance(r.get("confidence"), (int, float)) and r["confidence"] < min_confidence
            else r for r in records]


def _unit_html(rec: dict, text: str, anchor: str) -> str:
    label = str(rec.get("label", ""))
    s = _style(label)
    cls = _label_class(label) + (" uncertain" if rec.get("_uncertain") else "")
    return (
        f"<span class=\"unit {cls}\" id=\"{_e(anchor)}\" data-label=\"{_e(label)}\" "
        f"title=\"{_e(_hover_title(rec))}\">"
        f"<span class=\"sid\">#{_e(rec.get('sentence_id', ''))}</span>{_WJ}"
        f"<span class=\"ut\">{_unit_text_html(rec, text)}</span>{_WJ}"
        f"<span class=\"tag\">[{_e(s['tag'] if label in LABEL_STYLE else label.upper() or '?')}]</span>"
        f"{_flags_html(rec)}</span> <span class=\"holders\">{_holder_badges(rec)}</span>")


def _offsets_usable(records: Sequence[dict], source: str) -> bool:
    prev_end = 0
    for rec in records:
        start, end = rec.get("start"), rec.get("end")
        if not (isinstance(start, int) and isinstance(end, int)):
            return False
        if start < prev_end or end < start or end > len(source):
            return False
        prev_end = end
    return True


_PARA_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")


def _article_body(records: Sequence[dict], source: str | None, prefix: str) -> str:
    """The article's paragraphs: from the source text's blank lines, or one paragraph per unit."""
    def anchor(rec: dict, i: int) -> str:
        sid = rec.get("sentence_id")
        return f"{prefix}-s{sid if isinstance(sid, int) else 'i' + str(i)}"

    if not source or not records or not _offsets_usable(records, source):
        return "\n".join(f"<p>{_unit_html(rec, str(rec.get('text', '')), anchor(rec, i))}</p>"
                         for i, rec in enumerate(records))

    paragraphs: list[list[str]] = [[]]

    def add_gap(gap: str) -> None:
        # Uncovered text between units: a blank line starts a new paragraph, a single newline is a
        # line break, other whitespace a space; stray words are kept (unlabelled, escaped).
        for k, piece in enumerate(_PARA_BREAK.split(gap)):
            if k > 0 and paragraphs[-1]:
                paragraphs.append([])
            if piece.strip():
                lines = [ln.strip() for ln in piece.strip().split("\n")]
                if paragraphs[-1]:
                    paragraphs[-1].append(" ")
                paragraphs[-1].append("<span class=\"gap\">" + "<br>".join(_e(ln) for ln in lines) + "</span> ")
            elif paragraphs[-1] and "\n" in piece:
                paragraphs[-1].append("<br>")
            elif paragraphs[-1] and piece:
                paragraphs[-1].append(" ")

    pos = 0
    for i, rec in enumerate(records):
        add_gap(source[pos:rec["start"]])
        paragraphs[-1].append(_unit_html(rec, source[rec["start"]:rec["end"]], anchor(rec, i)))
        pos = rec["end"]
    add_gap(source[pos:])
    return "\n".join(f"<p>{''.join(p).strip()}</p>" for p in paragraphs if p and "".join(p).strip())


def _snippet(text: str, limit: int = 110) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _actors(records: Sequence[dict]) -> list[str]:
    """Named holders in order of first appearance, then AUTHOR."""
    seen: list[str] = []
    for rec in records:
        for h in rec.get("holders") or []:
            h = str(h)
            if h not in (AUTHOR, NONE) and h not in seen:
                seen.append(h)
    return seen + [AUTHOR]


def _actor_panel(records: Sequence[dict], anchors: list[str], heading_id: str) -> str:
    blocks = []
    for actor in _actors(records):
        groups: dict[str, list[str]] = {}
        n = 0
        for rec, anchor in zip(records, anchors):
            if actor not in [str(h) for h in rec.get("holders") or []]:
                continue
            label = str(rec.get("label", ""))
            n += 1
            groups.setdefault(label, []).append(
                f"<li><a href=\"#{_e(anchor)}\">#{_e(rec.get('sentence_id', ''))}</a> "
                f"<span class=\"snip\">{_e(_snippet(rec.get('text', '')))}</span></li>")
        order = list(_PANEL_ORDER) + sorted(k for k in groups if k not in _PANEL_ORDER)
        parts = []
        for label in order:
            if label not in groups:
                continue
            heading = _PANEL_HEADINGS.get(label, label)
            if actor == AUTHOR and label == "claim":
                heading = "claims"
            parts.append(
                f"<div class=\"grp {_label_class(label)}\"><span class=\"grp-h\">"
                f"{_e(label)} [{_e(_style(label)['tag'])}] \u2013 {_e(heading)} ({len(groups[label])})</span>"
                f"<ul>{''.join(groups[label])}</ul></div>")
        if not parts:
            parts.append("<div class=\"empty\">no sentences</div>")
        name = f"{AUTHOR} (the article\u2019s own voice)" if actor == AUTHOR else actor
        blocks.append(
            f"<div class=\"actor\" data-actor=\"{_e(actor)}\"><h3>{_e(name)} "
            f"<span class=\"count\">\u00b7 {n} sentence{'s' if n != 1 else ''}</span></h3>{''.join(parts)}</div>")
    nones = [(rec, a) for rec, a in zip(records, anchors) if [str(h) for h in rec.get("holders") or []] == [NONE]]
    none_line = ""
    if nones:
        links = ", ".join(f"<a href=\"#{_e(a)}\">#{_e(r.get('sentence_id', ''))}</a>" for r, a in nones)
        none_line = f"<div class=\"none-line\">No holder ({NONE}): {links}</div>"
    return (f"<aside class=\"panel\" aria-labelledby=\"{_e(heading_id)}\">"
            f"<h2 id=\"{_e(heading_id)}\">Who said what</h2>{''.join(blocks)}{none_line}</aside>")


def _label_counts(records: Sequence[dict]) -> str:
    counts: dict[str, int] = {}
    for rec in records:
        counts[str(rec.get("label", ""))] = counts.get(str(rec.get("label", "")), 0) + 1
    order = [lab for lab in LABELS if lab in counts] + sorted(k for k in counts if k not in LABELS)
    return ", ".join(f"{counts[lab]} {lab}" for lab in order)


def _article_section(records: Sequence[dict], source: str | None, index: int, heading: str | None,
                     show_heading: bool = True) -> str:
    records = list(records)
    prefix = f"a{index}"
    anchors = []
    for i, rec in enumerate(records):
        sid = rec.get("sentence_id")
        anchors.append(f"{prefix}-s{sid if isinstance(sid, int) else 'i' + str(i)}")
    article_id = str(records[0].get("article_id", "")) if records else ""
    title = heading or article_id or f"Article {index + 1}"
    meta = f"{len(records)} sentence{'s' if len(records) != 1 else ''}"
    if records:
        meta += f": {_label_counts(records)}"
    if article_id and article_id != title:
        meta = f"{_e(article_id)} \u00b7 {_e(meta)}"
    else:
        meta = _e(meta)
    body = _article_body(records, source, prefix) if records else "<p class=\"empty\">(no sentences)</p>"
    return (
        f"<section class=\"article\" id=\"{prefix}\" data-article-id=\"{_e(article_id)}\">\n"
        + (f"<h2>{_e(title)}</h2>\n" if show_heading else "") + f"<p class=\"meta\">{meta}</p>\n"
        f"<div class=\"layout\">\n<article class=\"text\">\n{body}\n</article>\n"
        f"{_actor_panel(records, anchors, prefix + '-panel')}\n</div>\n</section>")


def render_article_html(records: list[dict], source_text: str | None = None, title: str | None = None,
                        min_confidence: float | None = None) -> str:
    """One self-contained page for one labelled article.

    ``records`` are prediction (or gold) records of one article in order. With ``source_text``
    and ``start``/``end`` offsets the article keeps its paragraph breaks (blank lines);
    otherwise each unit is a paragraph of its own. Units under ``min_confidence`` and truncated
    units carry a visible flag (on screen and in print).
    """
    records = mark_uncertain(records, min_confidence)
    article_id = str(records[0].get("article_id", "")) if records else ""
    page_title = title or article_id or "stance"
    body = (f"<header class=\"page\"><h1>{_e(page_title)}</h1>"
            f"<p class=\"meta\">Sentence labels and stance holders</p>\n{_legend()}</header>\n"
            f"<main class=\"page\">\n{_article_section(records, source_text, 0, title or None, show_heading=False)}\n</main>\n"
            "<footer class=\"page\">Generated by stance. Labels and holders are model output and may be wrong.</footer>")
    return _page(page_title, body)


def render_articles_html(articles: list[list[dict]], sources: dict[str, str] | None = None,
                         title: str | None = None, min_confidence: float | None = None) -> str:
    """Several articles on one page, one section each (``sources``: article_id -> raw text)."""
    sources = sources or {}
    articles = [mark_uncertain(a, min_confidence) for a in articles]
    page_title = title or (f"{len(articles)} articles" if len(articles) != 1 else
                           (str(articles[0][0].get("article_id", "")) if articles and articles[0] else "stance"))
    toc = ""
    if len(articles) > 1:
        toc = "<nav class=\"meta\" aria-label=\"Articles\">Articles: " + " \u00b7 ".join(
            f"<a href=\"#a{i}\">{_e(a[0].get('article_id', f'article {i + 1}') if a else f'article {i + 1}')}</a>"
            for i, a in enumerate(articles)) + "</nav>"
    sections = []
    for i, recs in enumerate(articles):
        aid = str(recs[0].get("article_id", "")) if recs else ""
        sections.append(_article_section(recs, sources.get(aid), i, None))
    body = (f"<header class=\"page\"><h1>{_e(page_title)}</h1>{toc}\n{_legend()}</header>\n"
            f"<main class=\"page\">\n" + "\n".join(sections) + "\n</main>\n"
            "<footer class=\"page\">Generated by stance. Labels and holders are model output and may be wrong.</footer>")
    return _page(page_title, body)


# Shared with the report page (training.report_html): escaping, the page frame, label styles.
esc = _e
html_page = _page
label_style = _style
label_class = _label_class
