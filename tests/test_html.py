"""The HTML views: escaping, completeness, the "who said what" panel, and a real headless browser.

Records are built from the gold seed article and its raw text (offsets by ``str.find``, fake
scores), so no model is needed. The browser test renders the pages with headless Chromium,
takes screenshots and reads the rendered DOM; the pages and PNGs are kept under
``$STANCE_TEST_ARTIFACTS/html`` when that variable is set (else pytest's tmp_path).
"""

from __future__ import annotations

import json
import os
import re
import struct
import subprocess
import tempfile
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest

from classifier.html_view import render_article_html, render_articles_html, render_report_html
from classifier.scheme import AUTHOR, LABELS, NONE
from conftest import SEED_GOLD, SEED_TXT

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


# ------------------------------------------------------------------------------------------
# fixtures: records from the gold seed article, no model
# ------------------------------------------------------------------------------------------

def _gold():
    header, units = None, []
    for line in SEED_GOLD.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        if "label" in rec:
            units.append(rec)
        else:
            header = rec
    return header, units


def _fake_scores(label: str, i: int) -> dict[str, float]:
    top = 0.55 + (i % 5) * 0.09
    rest = (1.0 - top) / (len(LABELS) - 1)
    return {lab: round(top if lab == label else rest, 4) for lab in LABELS}


def build_records(article_id: str | None = None) -> tuple[list[dict], str]:
    """Prediction-like records for the seed article, with offsets into its raw text."""
    header, units = _gold()
    source = SEED_TXT.read_text(encoding="utf-8")
    aliases = {name: sorted(names, key=len, reverse=True) for name, names in header.get("actors", {}).items()}
    records, pos = [], 0
    for i, unit in enumerate(units):
        start = source.find(unit["text"], pos)
        assert start >= 0, f"unit {unit['sentence_id']} not found in the seed text"
        end = start + len(unit["text"])
        pos = end
        spans = []
        for holder in unit["holders"]:
            for alias in aliases.get(holder, [holder]):
                at = unit["text"].find(alias)
                if at >= 0:
                    spans.append({"holder": holder, "mention": alias, "start": at, "end": at + len(alias),
                                  "article_start": start + at, "article_end": start + at + len(alias)})
                    break
        scores = _fake_scores(unit["label"], i)
        records.append({"article_id": article_id or unit["article_id"], "sentence_id": unit["sentence_id"],
                        "text": unit["text"], "start": start, "end": end, "label": unit["label"],
                        "confidence": scores[unit["label"]], "scores": scores, "holders": list(unit["holders"]),
                        "holder_spans": spans})
    return records, source


@pytest.fixture(scope="module")
def seed():
    return build_records()


def sample_metrics(records: list[dict]) -> tuple[dict, list[dict]]:
    """Real metrics (training.metrics.score) of a perturbed copy of the gold labels."""
    from training.metrics import score

    header, _ = _gold()
    gold = [{**r, "actors": header["actors"]} for r in records]
    pred = []
    for i, r in enumerate(records):
        p = dict(r)
        if i % 4 == 1:
            p["label"] = LABELS[(LABELS.index(r["label"]) + 1) % len(LABELS)]
        if i % 5 == 2:
            p["holders"] = [NONE]
        pred.append(p)
    metrics = score(gold, pred)
    metrics["ci"] = {"accuracy": [0.51, 0.88], "macro_f1": [0.42, 0.81], "holder_accuracy": [0.5, 0.9]}
    errors = [{"article_id": g["article_id"], "sentence_id": g["sentence_id"], "text": g["text"],
               "gold_label": g["label"], "pred_label": p["label"], "gold_holders": g["holders"],
               "pred_holders": p["holders"], "confidence": p["confidence"]}
              for g, p in zip(gold, pred) if g["label"] != p["label"]]
    errors.sort(key=lambda e: -e["confidence"])
    return metrics, errors


def sample_images(metrics: dict) -> dict[str, bytes]:
    """The report's own figures (training.figures), as `evaluate --output-dir` embeds them."""
    from training.figures import confusion_png, reliability_png

    bins = [{"low": c - 0.05, "high": c + 0.05, "count": 3, "confidence": c, "accuracy": a}
            for c, a in [(0.55, 0.5), (0.65, 0.7), (0.75, 0.7), (0.85, 0.9), (0.95, 1.0)]]
    return {"confusion": confusion_png(metrics["confusion"]["labels"], metrics["confusion"]["matrix"]),
            "reliability": reliability_png(bins, 0.04)}


# ------------------------------------------------------------------------------------------
# a small DOM reader (stdlib) to check what the page contains, not how it is spelled
# ------------------------------------------------------------------------------------------

class Dom(HTMLParser):
    """Collects the visible text, the text of each element with an id/class of interest, and tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.stack: list[tuple[str, dict]] = []
        self.units: list[dict] = []     # {"label", "id", "text"}
        self.paragraphs: list[str] = []  # text of <p> inside <article class="text">
        self.actors: dict[str, str] = {}  # data-actor -> panel block text
        self.scripts = 0
        self._unit_depth: list[int] = []
        self._collect: list[tuple[str, int, list[str], dict]] = []

    VOID = {"br", "img", "meta", "link", "hr", "input"}
    BLOCK = {"p", "div", "li", "td", "th", "tr", "h1", "h2", "h3", "section", "aside", "header", "footer",
             "figure", "figcaption", "table", "ul", "nav", "br"}

    def _gap(self, tag):
        if tag in self.BLOCK:
            self.handle_data(" ")

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self._gap(tag)
        if tag == "script":
            self.scripts += 1
        if tag in self.VOID:
            return
        self.stack.append((tag, a))
        depth = len(self.stack)
        classes = (a.get("class") or "").split()
        if tag == "span" and "unit" in classes and "data-label" in a:
            self._collect.append(("unit", depth, [], a))
        if tag == "p" and any(t == "article" for t, _ in self.stack[:-1]):
            self._collect.append(("p", depth, [], a))
        if tag == "div" and "actor" in classes and "data-actor" in a:
            self._collect.append(("actor", depth, [], a))

    def handle_endtag(self, tag):
        self._gap(tag)
        if tag in self.VOID:
            return
        depth = len(self.stack)
        while self._collect and self._collect[-1][1] >= depth and self.stack and self.stack[-1][0] == tag:
            kind, _, parts, attrs = self._collect.pop()
            text = " ".join("".join(parts).split())
            if kind == "unit":
                self.units.append({"label": attrs.get("data-label"), "id": attrs.get("id"), "text": text,
                                   "title": attrs.get("title", "")})
            elif kind == "p":
                self.paragraphs.append(text)
            else:
                self.actors[attrs["data-actor"]] = text
        if self.stack and self.stack[-1][0] == tag:
            self.stack.pop()

    def handle_data(self, data):
        if any(t in ("style", "script", "title") for t, _ in self.stack):
            return
        self.text.append(data)
        for _, _, parts, _ in self._collect:
            parts.append(data)

    @property
    def visible(self) -> str:
        return " ".join("".join(self.text).split())


def parse(html_text: str) -> Dom:
    dom = Dom()
    dom.feed(html_text)
    dom.close()
    return dom


def norm(text: str) -> str:
    return " ".join(text.split())


# ------------------------------------------------------------------------------------------
# unit tests of the renderers
# ------------------------------------------------------------------------------------------

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


# ------------------------------------------------------------------------------------------
# real browser: screenshots and the rendered DOM
# ------------------------------------------------------------------------------------------

def _artifacts(tmp_path: Path) -> Path:
    root = os.environ.get("STANCE_TEST_ARTIFACTS")
    out = (Path(root) if root else tmp_path) / "html"
    out.mkdir(parents=True, exist_ok=True)
    return out


def _chromium(args: list[str], timeout: int = 60) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory(prefix="stance-chromium-") as profile:
        return subprocess.run([CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                              capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL)


def _png_info(path: Path) -> tuple[int, int, int]:
    """(width, height, distinct byte values of the decompressed image data); asserts a valid PNG."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    pos, idat, width, height = 8, b"", 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        crc = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])[0]
        assert zlib.crc32(kind + chunk) == crc, f"{path}: bad CRC in {kind!r}"
        if kind == b"IHDR":
            width, height = struct.unpack(">II", chunk[:8])
        elif kind == b"IDAT":
            idat += chunk
        elif kind == b"IEND":
            break
        pos += 12 + length
    raw = zlib.decompress(idat)
    return width, height, len(set(raw))


def _shoot(page: Path, png: Path) -> None:
    proc = _chromium([f"--screenshot={png}", "--window-size=1280,1600", page.resolve().as_uri()])
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")[-2000:]
    assert png.is_file(), f"no screenshot written: {proc.stderr.decode(errors='replace')[-2000:]}"
    width, height, distinct = _png_info(png)
    assert (width, height) == (1280, 1600)
    assert png.stat().st_size > 10_000, "screenshot looks blank (too small)"
    assert distinct > 32, "screenshot looks blank (too few distinct values)"


def _dump_dom(page: Path) -> str:
    proc = _chromium(["--dump-dom", page.resolve().as_uri()])
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")[-2000:]
    return proc.stdout.decode("utf-8")


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
