"""The evaluation report page (training.report_html), and both pages in a real headless browser.

The browser test renders the pages with headless Chromium, takes screenshots and reads the
rendered DOM; the pages and PNGs are kept under ``$STANCE_TEST_ARTIFACTS/html`` when that
variable is set (else pytest's tmp_path).
"""

from __future__ import annotations

import os
import re

import pytest

from classifier.html_view import render_article_html, render_articles_html
from classifier.scheme import LABELS
from training.report_html import render_report_html
from html_support import CHROMIUM, sample_metrics, sample_images, parse, norm, _artifacts, _shoot, _dump_dom

NEEDS_BROWSER = pytest.mark.skipif(
    not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)) and not os.environ.get("STANCE_REQUIRE_BROWSER"),
    reason=f"{CHROMIUM} not installed (CI installs it: apt-get install -y chromium)")


def full_report(records: list[dict], out) -> tuple[dict, str, str]:
    """(metrics, report.md, report.html) of ``stance evaluate --output-dir`` on the seed article split in
    two articles of different genre and beat, scored by the real code (training.evaluation)."""
    from classifier.scheme import NONE
    from training.evaluation import full_metrics, write_report
    from html_support import _gold

    header, _ = _gold()
    half = len(records) // 2
    gold, pred = [], []
    for i, r in enumerate(records):
        first = i < half
        g = {**r, "article_id": "seed-a" if first else "seed-b", "actors": header["actors"],
             "meta": {"genre": "wire" if first else "analysis", "beat": "diplomacy" if first else "security"}}
        p = dict(g)
        if i % 4 == 1:
            p["label"] = LABELS[(LABELS.index(r["label"]) + 1) % len(LABELS)]
        if i % 5 == 2:
            p["holders"] = [NONE]
        gold.append(g)
        pred.append(p)
    metrics = full_metrics(gold, pred, bootstrap=40, seed=1)
    metrics["temperature"] = 1.37
    write_report(out, metrics, "Evaluation: seed")
    return metrics, (out / "report.md").read_text(encoding="utf-8"), (out / "report.html").read_text(encoding="utf-8")


def test_report_page(seed):
    records, _ = seed
    metrics, errors = sample_metrics(records)
    images = sample_images(metrics)
    page = render_report_html(metrics, "Seed evaluation", images=images, worst_errors=errors)
    dom = parse(page)
    text = dom.visible
    assert f"accuracy {metrics['accuracy']:.3f} [0.510, 0.880]" in text
    assert f"macro-F1 {metrics['macro_f1']:.3f} [0.420, 0.810]" in text
    assert f"holder accuracy {metrics['holder_accuracy']:.3f}" in text
    for lab in LABELS:
        m = metrics["per_label"][lab]
        assert f"{m['precision']:.3f} {m['recall']:.3f} {m['f1']:.3f} {m['support']}" in text
    row = " ".join(str(v) for v in metrics["confusion"]["matrix"][0])
    assert row in text
    assert page.count("data:image/png;base64,") == 1  # the reliability diagram; the confusion matrix is the table
    assert "Worst errors" in text and norm(errors[0]["text"]) in text
    assert not re.search(r"(src|href)=\"(https?:)?//", page)
    # no images, no errors, no ci: still a valid page
    plain = {k: v for k, v in metrics.items() if k != "ci"}
    page2 = render_report_html(plain, "plain")
    assert "95% CI" not in page2 and "Worst errors" not in page2 and "data:image" not in page2


@pytest.mark.skipif(not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK))
                    and not os.environ.get("STANCE_REQUIRE_BROWSER"),
                    reason=f"{CHROMIUM} not installed (CI installs it: apt-get install -y chromium)")
def test_pages_in_headless_chromium(seed, tmp_path):
    records, source = seed
    out = _artifacts(tmp_path)
    metrics, errors = sample_metrics(records)

    article = out / "article.html"
    article.write_text(render_article_html(records, source, title="US Continues to Resist North Korean Calls "
                                                                    "for Peace Declaration"), encoding="utf-8")
    # a short first article, so the second one shows in the screenshot too
    other = [{**r, "article_id": "second-article"} for r in records[5:9]]
    articles = out / "articles.html"
    articles.write_text(render_articles_html([records[:5], other], {records[0]["article_id"]: source}),
                        encoding="utf-8")
    report = out / "report.html"
    report.write_text(render_report_html(metrics, "Evaluation: seed article", images=sample_images(metrics),
                                         worst_errors=errors), encoding="utf-8")

    for page in (article, articles, report):
        _shoot(page, page.with_suffix(".png"))

    dom = parse(_dump_dom(article))
    assert len(dom.units) == len(records)
    for rec, unit in zip(records, dom.units):
        assert norm(rec["text"]) in unit["text"]
    assert "Legend" in dom.visible and "Who said what" in dom.visible
    assert re.findall(r"#(\d+)", dom.actors["State Department"]) == ["2", "1", "3"]
    assert "AUTHOR (the article\u2019s own voice)" in dom.visible

    dom = parse(_dump_dom(articles))
    assert len(dom.units) == 5 + 4 and dom.visible.count("Who said what") == 2

    dom = parse(_dump_dom(report))
    assert "Confusion matrix" in dom.visible and "Worst errors" in dom.visible
    assert f"{metrics['macro_f1']:.3f}" in dom.visible


def test_html_report_has_everything_report_md_has(seed, tmp_path):
    records, _ = seed
    metrics, md, page = full_report(records, tmp_path)
    text = parse(page).visible
    # every section of report.md, by its heading
    headings = re.findall(r"^#+ (.+)$", md, re.MULTILINE)
    assert len(headings) >= 7, headings
    for heading in headings:
        assert heading in text, heading
    # every number report.md shows (scores, intervals, per-label rows, calibration bins, ECE and
    # temperature, holder accuracy by kind, genre/beat rows, confidences of the worst errors)
    numbers = set(re.findall(r"(?<![\w.])\d+\.\d+(?![\w.])", md))
    assert len(numbers) > 25
    shown = set(re.findall(r"(?<![\w.])\d+\.\d+(?![\w.])", text))
    assert numbers <= shown, sorted(numbers - shown)
    c = metrics["calibration"]
    assert f"Expected calibration error: {c['ece']:.3f} (temperature 1.37)" in text
    for kind, m in metrics["holder_breakdown"].items():
        assert f"{kind} {m['units']} {m['holder_accuracy']:.3f}" in text
    for key in ("genre", "beat"):
        for value, m in metrics["breakdowns"][key].items():
            assert (f"{value} {m['articles']} {m['units']} {m['accuracy']:.3f} {m['macro_f1']:.3f} "
                    f"{m['holder_accuracy']:.3f}") in text
    # per-label rows filled, F1 interval included; no placeholder dash anywhere in a full report
    for lab in LABELS:
        m, (lo, hi) = metrics["per_label"][lab], metrics["ci"][f"f1_{lab}"]
        assert f"{m['precision']:.3f} {m['recall']:.3f} {m['f1']:.3f} {m['support']} [{lo:.3f}, {hi:.3f}]" in text
    assert "\u2013" not in re.sub(r"\d\.\d\u2013\d\.\d", "", text)  # (bin ranges such as 0.5\u20130.6 aside)
    assert norm(metrics["worst_errors"][0]["text"]) in text
    # the confusion matrix once: one table, no second copy as a figure
    assert page.count("<table class=\"cm\"") == 1 and text.count("Confusion matrix") == 1
    assert page.count("data:image/png;base64,") == 1 and "data-image=\"reliability\"" in page


@NEEDS_BROWSER
def test_report_page_renders_in_headless_chromium(seed, tmp_path):
    records, _ = seed
    out = _artifacts(tmp_path)
    _, md, _ = full_report(records, tmp_path)
    report = out / "full-report.html"
    report.write_text((tmp_path / "report.html").read_text(encoding="utf-8"), encoding="utf-8")
    _shoot(report, report.with_suffix(".png"))  # a valid, non-blank PNG
    dom = parse(_dump_dom(report))
    for heading in re.findall(r"^#+ (.+)$", md, re.MULTILINE):
        assert heading in dom.visible, heading
