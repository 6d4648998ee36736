"""Uncertain units (under --min-confidence) and truncated units are marked where people look:
the terminal table (``?`` and a dimmed row, ``cut``) and the HTML page (a visible flag, in print too)."""

import io
import re

from classifier.html_view import render_article_html, render_articles_html
from classifier.output import render_table
from conftest import SEED_TXT, run_cli


def records():
    base = {"article_id": "a", "holders": ["AUTHOR"], "holder_spans": [], "scores": {}}
    return [
        {**base, "sentence_id": 0, "text": "The council voted.", "label": "claim", "confidence": 0.93},
        {**base, "sentence_id": 1, "text": "It may change.", "label": "opinion", "confidence": 0.41},
        {**base, "sentence_id": 2, "text": "A very long one.", "label": "claim", "confidence": 0.88, "truncated": True},
    ]


def table_rows(text: str) -> dict[str, str]:
    return {m.group(1): line for line in text.splitlines() if (m := re.match(r"│\s+(\d+) │", line))}


def test_table_marks_uncertain_and_truncated_units():
    out = io.StringIO()
    render_table(records(), out, width=80, min_confidence=0.6)
    rows = table_rows(out.getvalue())
    assert "?" in rows["1"] and "?" not in rows["0"] and "?" not in rows["2"]
    assert "cut" in rows["2"] and "cut" not in rows["0"]
    assert "? confidence under 0.60" in out.getvalue()
    assert all(len(line) <= 80 for line in out.getvalue().splitlines())


def test_html_page_marks_uncertain_and_truncated_units_visibly_and_in_print():
    page = render_article_html(records(), min_confidence=0.6)
    assert page.count('class="flag low"') == 1 and "?\u00a00.41" in page   # visible, not hover-only
    assert page.count('class="flag trunc" title=') == 1   # (the legend shows one too, without a title)
    assert page.count(' uncertain" id=') == 1
    print_css = page[page.index("@media print"):]
    assert ".flag{" in print_css
    assert 'class="flag low"' in render_articles_html([records()], min_confidence=0.6)
    assert 'class="flag low"' not in render_article_html(records())   # no threshold, no ? flag


def test_predict_table_default_threshold_and_option(tiny_model):
    # the tiny model is unsure of everything (confidence ~0.3): every row is marked by default
    proc = run_cli("predict", "--model", str(tiny_model), str(SEED_TXT))
    assert proc.returncode == 0, proc.stderr
    rows = table_rows(proc.stdout.decode())
    assert len(rows) == 15 and all("?" in row for row in rows.values())
    proc = run_cli("predict", "--model", str(tiny_model), "--min-confidence", "0", str(SEED_TXT))
    rows = table_rows(proc.stdout.decode())
    assert len(rows) == 15 and not any("?" in row for row in rows.values())
    page = run_cli("predict", "--model", str(tiny_model), "--format", "html", str(SEED_TXT)).stdout.decode()
    assert page.count('class="flag low"') == 15
