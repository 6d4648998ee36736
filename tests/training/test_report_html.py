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
    assert page.count("data:image/png;base64,") == 2
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
