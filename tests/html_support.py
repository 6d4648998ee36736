"""Helpers of the HTML tests: prediction-like records of the seed article (no model), sample
metrics and figures, a small stdlib DOM reader, and headless Chromium. Not a test module.
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import tempfile
import zlib
from html.parser import HTMLParser
from pathlib import Path

from classifier.scheme import LABELS, NONE
from conftest import SEED_GOLD, SEED_TXT


CHROMIUM = "/usr/bin/chromium"


CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


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
