"""Article text out of HTML input, via BeautifulSoup (a maintained HTML parser).

Users paste saved web pages. We keep the readable blocks (headings, paragraphs, list items,
captions, block quotes) of the ``<article>`` element, else ``<main>``, else ``<body>``, one
block per paragraph, and drop scripts, styles, navigation, headers, footers and forms.
Offsets of the units then refer to this extracted text, which ``--format html`` shows.
"""

from __future__ import annotations

import re

BLOCKS = ["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "figcaption", "blockquote", "pre", "dt", "dd"]
DROP = ["script", "style", "noscript", "nav", "header", "footer", "form", "aside", "svg", "iframe", "template"]
_HTML_START = re.compile(r"^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>])", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """True for a saved web page or an HTML fragment that starts with a document tag."""
    return bool(_HTML_START.match(text[:2000]))


def html_to_text(markup: str) -> str:
    """Readable article text: one block per paragraph, separated by blank lines."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "html.parser")
    for tag in soup(DROP):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    blocks = []
    for el in root.find_all(BLOCKS):
        if el.find_parent(BLOCKS):  # nested block (a <p> inside <li>): its parent carries it
            continue
        text = re.sub(r"\s+", " ", el.get_text(" ", strip=True)).strip()
        if text:
            blocks.append(text)
    if not blocks:
        text = re.sub(r"[ \t]+", " ", root.get_text("\n", strip=True))
        blocks = [line.strip() for line in text.splitlines() if line.strip()]
    return "\n\n".join(blocks)
