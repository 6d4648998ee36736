"""The article HTML view (classifier.html_view): escaping, completeness, the "who said what" panel.

Records are built from the gold seed article and its raw text (offsets by ``str.find``, fake
scores), so no model is needed.
"""

from __future__ import annotations

import re

from classifier.html_view import render_article_html, render_articles_html
from classifier.scheme import AUTHOR, LABELS, NONE
from training.report_html import render_report_html
from html_support import build_records, sample_metrics, parse, norm


def test_article_page_is_self_contained(seed):
    records, source = seed
    page = render_article_html(records, source, title="US peace declaration")
    assert page.startswith("<!DOCTYPE html>")
    assert "<style>" in page and "@media print" in page
    assert not re.search(r"(src|href)=\"(https?:)?//", page), "no external assets"
    assert "<link" not in page and "<script" not in page
    assert "<title>US peace declaration</title>" in page


def test_every_unit_present_with_label_tag_holder_and_hover(seed):
    records, source = seed
    dom = parse(render_article_html(records, source))
    assert len(dom.units) == len(records)
    tags = {"claim": "[CLAIM]", "condition": "[COND]", "attribution": "[ATTR]", "opinion": "[OPIN]"}
    for rec, unit in zip(records, dom.units):
        assert unit["label"] == rec["label"]
        assert norm(rec["text"]) in unit["text"]
        assert unit["text"].endswith(tags[rec["label"]])
        assert f"#{rec['sentence_id']}" in unit["text"]
        assert f"confidence {rec['confidence']:.2f}" in unit["title"]
        for lab in LABELS:
            assert f"{lab} {rec['scores'][lab]:.2f}" in unit["title"]
    # holders are badges right after the sentence
    assert dom.visible.count("[OPIN] AUTHOR") == sum(r["label"] == "opinion" for r in records)
    assert "[CONDITION]" not in dom.visible


def test_paragraph_breaks_follow_the_source(seed):
    records, source = seed
    dom = parse(render_article_html(records, source))
    source_paragraphs = [p for p in re.split(r"\n\s*\n", source) if p.strip()]
    assert len(dom.paragraphs) == len(source_paragraphs)
    # sentences 3 and 4 share a paragraph in the source
    assert any("#3" in p and "#4" in p for p in dom.paragraphs)


def test_without_source_one_paragraph_per_unit(seed):
    records, _ = seed
    bare = [{k: v for k, v in r.items() if k not in ("start", "end", "confidence", "scores")} for r in records]
    dom = parse(render_article_html(bare))
    assert len(dom.paragraphs) == len(records) == len(dom.units)


def test_bad_offsets_fall_back_to_units(seed):
    records, source = seed
    broken = [dict(r) for r in records]
    broken[3]["start"], broken[3]["end"] = 10**6, 10**6 + 5
    dom = parse(render_article_html(broken, source))
    assert len(dom.paragraphs) == len(records)


def test_legend_lists_every_label(seed):
    records, source = seed
    dom = parse(render_article_html(records, source))
    assert "Legend" in dom.visible
    for lab, tag in (("claim", "[CLAIM]"), ("condition", "[COND]"), ("attribution", "[ATTR]"), ("opinion", "[OPIN]")):
        assert f"{lab}{tag}" in dom.visible.replace(" ", "") or f"{lab} {tag}" in dom.visible
    for style in ("solid", "wavy", "double", "dotted"):
        assert f"{style} underline" in dom.visible


def test_actor_panel_who_said_what(seed):
    records, source = seed
    dom = parse(render_article_html(records, source))
    assert "Who said what" in dom.visible
    named = []
    for r in records:
        for h in r["holders"]:
            if h not in (AUTHOR, NONE) and h not in named:
                named.append(h)
    assert list(dom.actors) == named + [AUTHOR]
    state = dom.actors["State Department"]
    ids = [r["sentence_id"] for r in records if "State Department" in r["holders"]]
    assert ids == [1, 2, 3]
    assert re.findall(r"#(\d+)", state) == [str(i) for i in [2, 1, 3]]  # attributions, then conditions
    assert "attribution [ATTR]" in state and "condition [COND]" in state
    # AUTHOR lists its opinions; no actor lists NONE units
    author_ids = {int(x) for x in re.findall(r"#(\d+)", dom.actors[AUTHOR])}
    assert author_ids == {r["sentence_id"] for r in records if AUTHOR in r["holders"]}
    assert "opinion [OPIN]" in dom.actors[AUTHOR]
    assert NONE not in dom.actors
    assert "No holder (NONE): #5, #13, #14" in dom.visible


def test_panel_links_point_at_units(seed):
    records, source = seed
    page = render_article_html(records, source)
    ids = set(re.findall(r'<span class="unit [^"]*" id="([^"]+)"', page))
    hrefs = set(re.findall(r'href="#([^"]+)"', page))
    assert len(ids) == len(records)
    assert hrefs and hrefs <= ids


def test_untrusted_text_is_escaped():
    evil = '<script>alert("x")</script> & <img src=x onerror=alert(1)>'
    source = f"Headline {evil}\n\nThe minister said \"yes\" <b>loudly</b>."
    recs = [
        {"article_id": "a<script>", "sentence_id": 0, "text": f"Headline {evil}", "start": 0,
         "end": len(f"Headline {evil}"), "label": "claim", "confidence": 0.9,
         "scores": {"condition": 0.0, "attribution": 0.05, "opinion": 0.05, "claim": 0.9},
         "holders": ['<img src=x onerror="alert(2)">'], "holder_spans": []},
        {"article_id": "a<script>", "sentence_id": 1, "text": 'The minister said "yes" <b>loudly</b>.',
         "start": source.index("The minister"), "end": len(source), "label": "attribution", "confidence": 0.8,
         "scores": {"condition": 0.0, "attribution": 0.8, "opinion": 0.1, "claim": 0.1},
         "holders": ["minister"], "holder_spans": [{"holder": "minister", "mention": "minister", "start": 4,
                                                    "end": 12}]},
    ]
    for page in (render_article_html(recs, source, title="<script>t</script>"),
                 render_article_html(recs), render_articles_html([recs], {"a<script>": source})):
        assert "<script" not in page
        assert "<img" not in page and "<b>loudly" not in page
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
        dom = parse(page)
        assert dom.scripts == 0
        assert evil in dom.visible
        assert '<img src=x onerror="alert(2)">' in dom.visible
    metrics, _ = sample_metrics(build_records()[0])
    report = render_report_html(metrics, "<script>r</script>",
                                worst_errors=[{"article_id": "<script>", "sentence_id": 1, "text": evil,
                                               "gold_label": "claim", "pred_label": "<x>",
                                               "gold_holders": ["<i>"], "pred_holders": ["NONE"],
                                               "confidence": 0.9}])
    assert "<script" not in report and "<img" not in report and "<i>" not in report
    assert evil in parse(report).visible


def test_several_articles_one_section_each(seed):
    records, source = seed
    other = [{**r, "article_id": "second"} for r in records[:4]]
    page = render_articles_html([records, other], {records[0]["article_id"]: source})
    dom = parse(page)
    assert page.count("<section class=\"article\"") == 2
    assert len(dom.units) == len(records) + 4
    assert len({u["id"] for u in dom.units}) == len(dom.units), "ids stay unique across articles"
    assert page.count("Who said what") == 2 and page.count(">Legend<") == 1
    # the first keeps its source paragraphs, the second (no source) has one paragraph per unit
    assert len(dom.paragraphs) == len([p for p in re.split(r"\n\s*\n", source) if p.strip()]) + 4
