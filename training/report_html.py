"""The evaluation report as one self-contained HTML page with everything ``report.md`` has
(:mod:`training.report`): scores with bootstrap intervals, per-label table, the confusion matrix
(once, as a table), calibration (ECE, temperature, bins, reliability diagram), holder accuracy
by kind of gold holder, breakdowns by genre and beat, cross-validation folds and the worst errors.

Standard library only; the page frame, CSS and label styles are those of the article view
(:mod:`classifier.html_view`), so both pages look alike. Every value is escaped.
"""

from __future__ import annotations

import base64
from typing import Iterable

from classifier.html_view import LABEL_STYLE, esc, html_page, label_class, label_style
from classifier.scheme import LABELS

__all__ = ["render_report_html"]


def _num(value: object, digits: int = 3) -> str:
    if isinstance(value, bool) or value is None:
        return esc(value if value is not None else "\u2013")
    if isinstance(value, int):
        return str(value)
    try:
        return f"{float(value):.{digits}f}"
    except (TypeError, ValueError):
        return esc(value)


def _lookup(metrics: dict, key: str) -> object:
    if key in metrics:
        return metrics[key]
    if key.startswith("f1_") and key[3:] in (metrics.get("per_label") or {}):  # bootstrap_ci's per-label keys
        return metrics["per_label"][key[3:]].get("f1")
    node: object = metrics
    for part in key.split("."):
        if isinstance(node, dict) and part in node:
            node = node[part]
        else:
            return None
    return node


def _ci_cell(ci: dict, key: str) -> str:
    interval = ci.get(key)
    if isinstance(interval, (list, tuple)) and len(interval) == 2:
        return f"[{_num(interval[0])}, {_num(interval[1])}]"
    return ""  # no interval computed for this metric (report.md lists none either)


_SUMMARY_ROWS = (("accuracy", "accuracy"), ("macro_f1", "macro-F1"), ("holder_accuracy", "holder accuracy"),
                 ("holder_f1", "holder set F1"), ("holder_precision", "holder precision"),
                 ("holder_recall", "holder recall"))


def _summary_table(metrics: dict) -> str:
    ci = metrics.get("ci") if isinstance(metrics.get("ci"), dict) else {}
    has_ci = bool(ci)
    head = "<tr><th>metric</th><th class=\"num\">value</th>" + ("<th>95% CI</th>" if has_ci else "") + "</tr>"
    rows = []
    shown = set()
    for key, name in _SUMMARY_ROWS:
        if key not in metrics:
            continue
        shown.add(key)
        rows.append(f"<tr data-metric=\"{esc(key)}\"><td>{esc(name)}</td><td class=\"num\">{_num(metrics[key])}</td>"
                    + (f"<td class=\"num\">{_ci_cell(ci, key)}</td>" if has_ci else "") + "</tr>")
    per_label = metrics.get("per_label") or {}
    for key in ci:  # intervals for metrics not in the standard rows (e.g. "per_label.claim.f1")
        if key in shown or (key.startswith("f1_") and key[3:] in per_label):  # those are in the per-label table
            continue
        rows.append(f"<tr data-metric=\"{esc(key)}\"><td>{esc(key)}</td><td class=\"num\">{_num(_lookup(metrics, key))}</td>"
                    f"<td class=\"num\">{_ci_cell(ci, key)}</td></tr>")
    return f"<table class=\"summary\"><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>"


def _label_chip(label: object) -> str:
    label = str(label)
    s = label_style(label)
    tag = s["tag"] if label in LABEL_STYLE else label.upper()
    return f"<span class=\"lab {label_class(label)}\">{esc(label)} [{esc(tag)}]</span>"


def _per_label_table(metrics: dict) -> str:
    per = metrics.get("per_label") or {}
    ci = metrics.get("ci") if isinstance(metrics.get("ci"), dict) else {}
    labels = [lab for lab in LABELS if lab in per] + [lab for lab in per if lab not in LABELS]
    has_ci = any(f"f1_{lab}" in ci for lab in labels)
    rows = []
    for lab in labels:
        m = per[lab]
        rows.append(f"<tr data-label=\"{esc(lab)}\"><td>{_label_chip(lab)}</td><td class=\"num\">{_num(m.get('precision'))}</td>"
                    f"<td class=\"num\">{_num(m.get('recall'))}</td><td class=\"num\">{_num(m.get('f1'))}</td>"
                    f"<td class=\"num\">{_num(m.get('support'))}</td>"
                    + (f"<td class=\"num\">{_ci_cell(ci, f'f1_{lab}')}</td>" if has_ci else "") + "</tr>")
    return ("<table class=\"per-label\"><thead><tr><th>label</th><th class=\"num\">precision</th>"
            "<th class=\"num\">recall</th><th class=\"num\">F1</th><th class=\"num\">support</th>"
            + ("<th>F1 95% CI</th>" if has_ci else "") + f"</tr></thead><tbody>{''.join(rows)}</tbody></table>")


def _confusion_table(metrics: dict) -> str:
    conf = metrics.get("confusion") or {}
    labels = list(conf.get("labels") or [])
    matrix = conf.get("matrix") or []
    if not labels or not matrix:
        return "<p class=\"meta\">(no confusion matrix)</p>"
    head = ("<tr><th>gold \u2193 / predicted \u2192</th>" + "".join(f"<th class=\"num\">{esc(lab)}</th>" for lab in labels)
            + "<th class=\"num\">total</th></tr>")
    rows = []
    for i, (lab, row) in enumerate(zip(labels, matrix)):
        total = sum(int(v) for v in row)
        cells = []
        for j, v in enumerate(row):
            share = int(v) / total if total else 0.0
            # Shading is redundant with the number (readable in print and without colour).
            shade = f"background:rgba(0,114,178,{0.08 + 0.5 * share:.2f})" if int(v) else ""
            cls = "num diag" if i == j else "num"
            cells.append(f"<td class=\"{cls}\" style=\"{shade}\" title=\"gold {esc(lab)}, predicted "
                         f"{esc(labels[j])}: {int(v)} ({share:.0%} of gold {esc(lab)})\">{int(v)}</td>")
        rows.append(f"<tr><th>{_label_chip(lab)}</th>{''.join(cells)}<td class=\"num\">{total}</td></tr>")
    return f"<table class=\"cm\"><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>"


def _folds_table(metrics: dict) -> str:
    folds = metrics.get("folds") or []
    if not folds:
        return ""
    rows = "".join(
        f"<tr><td class=\"num\">{esc(f.get('fold'))}</td><td class=\"num\">{len(f.get('articles') or [])}</td>"
        f"<td class=\"num\">{_num(f.get('macro_f1'))}</td><td class=\"num\">{_num(f.get('accuracy'))}</td>"
        f"<td class=\"num\">{_num(f.get('holder_accuracy'))}</td></tr>" for f in folds)
    return ("<h2>Cross-validation folds</h2><p class=\"meta\">The scores above pool every fold's held-out "
            "predictions.</p><table class=\"folds\"><thead><tr><th class=\"num\">fold</th><th class=\"num\">articles"
            "</th><th class=\"num\">macro-F1</th><th class=\"num\">accuracy</th><th class=\"num\">holder acc.</th>"
            f"</tr></thead><tbody>{rows}</tbody></table>")


def _table(cls: str, head: list[str], rows: list[list[str]], numeric_from: int = 1) -> str:
    """A table of pre-escaped cells; columns from ``numeric_from`` on are right-aligned numbers."""
    def cell(tag: str, k: int, value: str) -> str:
        return f"<{tag} class=\"num\">{value}</{tag}>" if k >= numeric_from else f"<{tag}>{value}</{tag}>"

    thead = "<tr>" + "".join(cell("th", k, esc(h)) for k, h in enumerate(head)) + "</tr>"
    body = "".join("<tr>" + "".join(cell("td", k, v) for k, v in enumerate(r)) + "</tr>" for r in rows)
    return f"<table class=\"{cls}\"><thead>{thead}</thead><tbody>{body}</tbody></table>"


def _image_mime(data: bytes) -> str:
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "image/png"
    if data[:3] == b"\xff\xd8\xff":
        return "image/jpeg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if data.lstrip()[:5] in (b"<?xml", b"<svg ") or b"<svg" in data[:256]:
        return "image/svg+xml"
    return "image/png"


_IMAGE_CAPTIONS = {"confusion": "Confusion matrix", "reliability": "Reliability diagram (calibration)"}


def _figure(name: str, data: bytes) -> str:
    uri = f"data:{_image_mime(data)};base64,{base64.b64encode(bytes(data)).decode('ascii')}"
    caption = _IMAGE_CAPTIONS.get(str(name), str(name))
    return (f"<figure data-image=\"{esc(name)}\"><img src=\"{uri}\" alt=\"{esc(caption)}\">"
            f"<figcaption>{esc(caption)}</figcaption></figure>")


def _images(images: dict[str, bytes] | None, skip: set[str]) -> str:
    """Figures not shown elsewhere; the confusion image is left out (the matrix is the table)."""
    figs = [_figure(name, data) for name, data in (images or {}).items()
            if data and name not in skip and name != "confusion"]
    return "<h2>Figures</h2>" + "".join(figs) if figs else ""


def _calibration(metrics: dict, images: dict[str, bytes] | None) -> tuple[str, bool]:
    """(the calibration section, whether it shows the reliability diagram)."""
    c = metrics.get("calibration")
    if not isinstance(c, dict) or "ece" not in c:
        return "", False
    temperature = metrics.get("temperature", 1.0)
    rows = [[f"{_num(b.get('low'), 1)}\u2013{_num(b.get('high'), 1)}", _num(b.get("count")),
             _num(b.get("confidence")), _num(b.get("accuracy"))] for b in c.get("bins") or []]
    reliability = (images or {}).get("reliability")
    return ("<h2>Calibration</h2>"
            f"<p>Expected calibration error: {_num(c['ece'])} (temperature {_num(temperature, 2)}). "
            "<span class=\"meta\">The confidence of the predicted label against how often it is right, "
            "in equal-width confidence bins.</span></p>"
            + _table("calibration", ["confidence bin", "units", "mean confidence", "accuracy"], rows)
            + (_figure("reliability", reliability) if reliability else "")), bool(reliability)


def _holder_breakdown(metrics: dict) -> str:
    kinds = metrics.get("holder_breakdown") or {}
    if not kinds:
        return ""
    rows = [[esc(kind), _num(m.get("units")), _num(m.get("holder_accuracy"))] for kind, m in kinds.items()]
    return ("<h2>Holder accuracy by kind of gold holder</h2>"
            + _table("holder-kinds", ["gold holder", "units", "holder accuracy"], rows))


def _holders_as_read(metrics: dict) -> str:
    r = metrics.get("holders_as_read") or {}
    if not r:
        return ""
    rows = []
    for key, table in (("gold kind", r["by_kind"]), ("mention", r["by_mention"])):
        for value, m in table.items():
            wf = r["well_formed_by_mention"].get(value, {}).get("well_formed") if key == "mention" else None
            rows.append([esc(key), esc(value), _num(m["n"]), _num(m["exact"]), _num(m["lenient"]),
                         "" if wf is None else f"{wf:.1%}"])
    intro = (f"<p>Exact holder accuracy {_num(r['exact_holder_accuracy'])} (each predicted string is a name or "
             f"alias of a gold holder after case, “the”, possessive and dots); well-formed actor strings "
             f"{r['well_formed']:.1%} of {r['predicted_actor_strings']} (a name or alias the article uses).</p>")
    bad = ""
    if r.get("malformed_examples"):
        bad = ("<p>Most frequent strings that are not a name the article uses: "
               + ", ".join(f"“{esc(h)}” ({n})" for h, n in r["malformed_examples"][:10]) + ".</p>")
    return ("<h2>Holders as a user reads them</h2>" + intro
            + _table("holders-as-read", ["by", "value", "units", "exact", "lenient", "well-formed"], rows, 2) + bad)


def _breakdowns(metrics: dict) -> str:
    parts = []
    for key, groups in (metrics.get("breakdowns") or {}).items():
        if not groups:
            continue
        rows = [[esc(value), _num(m.get("articles")), _num(m.get("units")), _num(m.get("accuracy")),
                 _num(m.get("macro_f1")), _num(m.get("holder_accuracy"))] for value, m in groups.items()]
        parts.append(f"<h2>By {esc(key)}</h2>" + _table(f"breakdown by-{esc(key)}", [
            str(key), "articles", "units", "accuracy", "macro-F1", "holder acc."], rows))
    return "\n".join(parts)


def _holders_text(value: object) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


def _errors_table(worst_errors: Iterable[dict] | None) -> str:
    errors = list(worst_errors or [])
    if not errors:
        return ""
    rows = []
    for k, err in enumerate(errors, 1):
        rows.append(
            f"<tr><td class=\"num\">{k}</td><td class=\"aid\">{esc(err.get('article_id'))}</td>"
            f"<td class=\"num\">{esc(err.get('sentence_id'))}</td><td class=\"errtext\">{esc(err.get('text'))}</td>"
            f"<td>{_label_chip(err.get('gold_label', ''))}</td><td>{_label_chip(err.get('pred_label', ''))}</td>"
            f"<td>{esc(_holders_text(err.get('gold_holders')))}</td><td>{esc(_holders_text(err.get('pred_holders')))}</td>"
            f"<td class=\"num\">{_num(err.get('confidence'), 2)}</td></tr>")
    return ("<h2>Worst errors (most confident wrong labels)</h2><p class=\"meta\">Wrong predictions, most "
            "confident first.</p>"
            "<table class=\"errors\"><thead><tr><th class=\"num\">#</th><th>article</th><th class=\"num\">sentence</th>"
            "<th>text</th><th>gold</th><th>predicted</th><th>gold holders</th><th>predicted holders</th>"
            f"<th class=\"num\">confidence</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")


def render_report_html(metrics: dict, title: str, images: dict[str, bytes] | None = None,
                       worst_errors: list[dict] | None = None) -> str:
    """One self-contained evaluation page with the sections of ``report.md``; see the module doc."""
    if "articles" in metrics:
        arts = metrics["articles"]
        n_art = len(arts) if isinstance(arts, (list, tuple, set)) else arts
        meta = f"Articles: {esc(n_art)}, units: {esc(metrics.get('n', '?'))}"
    else:
        meta = f"Units: {esc(metrics.get('n', '?'))}"
    if worst_errors is None:
        worst_errors = metrics.get("worst_errors")
    ci_note = ("<p class=\"meta\">95% bootstrap intervals (resampling articles).</p>"
               if isinstance(metrics.get("ci"), dict) and metrics["ci"] else "")
    calibration, shows_reliability = _calibration(metrics, images)
    body = (
        f"<header class=\"page\"><h1>{esc(title)}</h1><p class=\"meta\">{meta}</p></header>\n<main class=\"page\">\n"
        f"<h2>Scores</h2>{ci_note}{_summary_table(metrics)}\n"
        f"<h2>Per label</h2>{_per_label_table(metrics)}\n"
        f"<h2>Confusion matrix</h2><p class=\"meta\">Rows are gold labels, columns predicted; the diagonal "
        f"(outlined, bold) is correct.</p>{_confusion_table(metrics)}\n"
        f"{calibration}\n{_holder_breakdown(metrics)}\n{_holders_as_read(metrics)}\n{_breakdowns(metrics)}\n"
        f"{_folds_table(metrics)}\n{_images(images, {'reliability'} if shows_reliability else set())}\n"
        f"{_errors_table(worst_errors)}\n</main>\n"
        "<footer class=\"page\">Generated by stance.</footer>")
    return html_page(title, body)
