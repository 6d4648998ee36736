"""Renderings of prediction records: CSV and the terminal table.

JSONL is written by :mod:`classifier.records`, files atomically by :mod:`classifier.files`;
the HTML page is :mod:`classifier.html_view`.
"""

from __future__ import annotations

import csv
import json
from typing import IO, Iterable

from classifier.scheme import LABELS

CSV_FIELDS = ["article_id", "sentence_id", "start", "end", "label", "confidence",
              *[f"score_{label}" for label in LABELS], "holders", "holder_spans", "text"]


def csv_row(rec: dict) -> dict:
    row = {k: rec.get(k, "") for k in ("article_id", "sentence_id", "start", "end", "label", "confidence", "text")}
    for label in LABELS:
        row[f"score_{label}"] = rec["scores"][label]
    row["holders"] = "; ".join(rec["holders"])
    row["holder_spans"] = json.dumps(rec["holder_spans"], ensure_ascii=False)
    return row


class CsvSink:
    """Streams records as CSV with a header row."""

    def __init__(self, handle: IO) -> None:
        self.writer = csv.DictWriter(handle, fieldnames=CSV_FIELDS)
        self.writer.writeheader()

    def write(self, records: Iterable[dict]) -> None:
        for rec in records:
            self.writer.writerow(csv_row(rec))


def unit_flags(rec: dict, min_confidence: float | None) -> str:
    """``?`` for a unit under ``min_confidence``, ``cut`` for one truncated to the model's window."""
    flags = []
    conf = rec.get("confidence")
    if min_confidence is not None and isinstance(conf, (int, float)) and conf < min_confidence:
        flags.append("?")
    if rec.get("truncated"):
        flags.append("cut")
    return " ".join(flags)


def render_table(records: list[dict], handle: IO, width: int | None = None,
                 min_confidence: float | None = None) -> None:
    """A terminal table of one article: unit, label, confidence, holders and text.

    Units under ``min_confidence`` get ``?`` in the first column and a dimmed row; truncated
    units get ``cut``; a caption says so when any unit is flagged."""
    from rich.console import Console
    from rich.table import Table

    if not records:
        return
    console = Console(file=handle, width=width or (None if handle.isatty() else 140),
                      force_terminal=False if not handle.isatty() else None, highlight=False)
    table = Table(title=f"{records[0]['article_id']}", show_lines=False, expand=False)
    table.add_column("#", justify="right")
    table.add_column("!", no_wrap=True)
    table.add_column("label")
    table.add_column("conf", justify="right")
    table.add_column("holders")
    table.add_column("text", overflow="fold")
    flagged = 0
    for rec in records:
        flags = unit_flags(rec, min_confidence)
        flagged += bool(flags)
        table.add_row(str(rec["sentence_id"]), flags, rec["label"], f"{rec['confidence']:.2f}",
                      ", ".join(rec["holders"]), rec["text"], style="dim" if "?" in flags else None)
    if flagged:
        notes = []
        if min_confidence is not None:
            notes.append(f"? confidence under {min_confidence:.2f}")
        if any(rec.get("truncated") for rec in records):
            notes.append("cut: truncated to the model's window")
        table.caption = "; ".join(notes)
    console.print(table)
