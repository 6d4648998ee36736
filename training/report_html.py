"""The evaluation report as one self-contained HTML page: scores, per-label table, confusion
matrix, cross-validation folds, figures and the worst errors.

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
    return "\u2013"


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
    for key in ci:  # intervals for metrics not in the standard rows (e.g. "per_label.claim.f1")
        if key in shown:
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
    labels = [lab for lab in LABELS if lab in per] + [lab for lab in per if lab not in LABELS]
    rows = []
    for lab in labels:
        m = per[lab]
        rows.append(f"<tr><td>{_label_chip(lab)}</td><td class=\"num\">{_num(m.get('precision'))}</td>"
                    f"<td class=\"num\">{_num(m.get('recall'))}</td><td class=\"num\">{_num(m.get('f1'))}</td>"
                    f"<td class=\"num\">{_num(m.get('support'))}</td></tr>")
    return ("<table class=\"per-label\"><thead><tr><th>label</th><th class=\"num\">precision</th>"
            "<th class=\"num\">recall</th><th class=\"num\">F1</th><th class=\"num\">support</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")


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


def _images(images: dict[str, bytes] | None) -> str:
    if not images:
        return ""
    figs = []
    for name, data in images.items():
        if not data:
            continue
        uri = f"data:{_image_mime(data)};base64,{base64.b64encode(bytes(data)).decode('ascii')}"
        caption = _IMAGE_CAPTIONS.get(str(name), str(name))
        figs.append(f"<figure data-image=\"{esc(name)}\"><img src=\"{uri}\" alt=\"{esc(caption)}\">"
                    f"<figcaption>{esc(caption)}</figcaption></figure>")
    return "<h2>Figures</h2>" + "".join(figs) if figs else ""


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
    return ("<h2>Worst errors</h2><p class=\"meta\">Wrong predictions, most confident first.</p>"
            "<table class=\"errors\"><thead><tr><th class=\"num\">#</th><th>article</th><th class=\"num\">sentence</th>"
            "<th>text</th><th>gold</th><th>predicted</th><th>gold holders</th><th>predicted holders</th>"
            f"<th class=\"num\">confidence</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")


def render_report_html(metrics: dict, title: str, images: dict[str, bytes] | None = None,
                       worst_errors: list[dict] | None = None) -> str:
    """One self-contained evaluation page: scores, per-label table, confusion matrix, figures, errors."""
    if "articles" in metrics:
        arts = metrics["articles"]
        n_art = len(arts) if isinstance(arts, (list, tuple, set)) else arts
        meta = f"Articles: {esc(n_art)}, units: {esc(metrics.get('n', '?'))}"
    else:
        meta = f"Units: {esc(metrics.get('n', '?'))}"
    body = (
        f"<header class=\"page\"><h1>{esc(title)}</h1><p class=\"meta\">{meta}</p></header>\n<main class=\"page\">\n"
        f"<h2>Scores</h2>{_summary_table(metrics)}\n"
        f"<h2>Per label</h2>{_per_label_table(metrics)}\n"
        f"<h2>Confusion matrix</h2><p class=\"meta\">Rows are gold labels, columns predicted; the diagonal "
        f"(outlined, bold) is correct.</p>{_confusion_table(metrics)}\n"
        f"{_folds_table(metrics)}\n{_images(images)}\n{_errors_table(worst_errors)}\n</main>\n"
        "<footer class=\"page\">Generated by stance.</footer>")
    return html_page(title, body)
