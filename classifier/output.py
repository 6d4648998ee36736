"""Writing results: atomic files, and the jsonl / csv / table renderings of predictions."""

from __future__ import annotations

import contextlib
import csv
import errno
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import IO, Iterable, Iterator

from classifier.errors import OutputError
from classifier.scheme import LABELS


@contextlib.contextmanager
def atomic_writer(path: str | Path | None, mode: str = "w") -> Iterator[IO]:
    """Yield a handle that lands at ``path`` only when the block succeeds (temp + rename).

    ``None`` or ``-`` means standard output. A failure leaves any earlier file untouched and
    no temp file behind; disk-full and permission errors become one clear :class:`OutputError`.
    """
    if path is None or str(path) == "-":
        yield sys.stdout if "b" not in mode else sys.stdout.buffer
        return
    target = Path(path)
    if target.is_dir():
        raise OutputError(f"{target}: is a directory, expected a file path")
    tmp_name = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=str(target.parent))
        with os.fdopen(fd, mode, **({} if "b" in mode else {"encoding": "utf-8", "newline": ""})) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, 0o666 & ~_umask())  # mkstemp makes 0600; give the usual mode
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as exc:
        reason = "disk full" if exc.errno == errno.ENOSPC else (exc.strerror or str(exc))
        raise OutputError(f"{target}: cannot write ({reason})") from None
    finally:
        if tmp_name and os.path.exists(tmp_name):
            os.unlink(tmp_name)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_jsonl(records: Iterable[dict], handle: IO) -> None:
    for rec in records:
        handle.write(json.dumps(rec, ensure_ascii=False) + "\n")


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


def render_table(records: list[dict], handle: IO, width: int | None = None) -> None:
    """A terminal table of one article: unit, label, confidence, holders and text."""
    from rich.console import Console
    from rich.table import Table

    if not records:
        return
    console = Console(file=handle, width=width or (None if handle.isatty() else 140),
                      force_terminal=False if not handle.isatty() else None, highlight=False)
    table = Table(title=f"{records[0]['article_id']}", show_lines=False, expand=False)
    table.add_column("#", justify="right")
    table.add_column("label")
    table.add_column("conf", justify="right")
    table.add_column("holders")
    table.add_column("text", overflow="fold")
    for rec in records:
        table.add_row(str(rec["sentence_id"]), rec["label"], f"{rec['confidence']:.2f}",
                      ", ".join(rec["holders"]), rec["text"])
    console.print(table)
