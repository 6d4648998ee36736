"""Reading and writing records: the project's JSONL format, one record a line.

One reader for every use: :func:`iter_records` yields ``("file:line", record)`` and is either
strict (the first malformed line raises :class:`~classifier.errors.DataError`) or collect-all
(``problems`` gets one line per problem and reading goes on, as ``stance validate`` needs).
Records are checked against the scheme with :func:`classifier.scheme.validate_unit` /
:func:`~classifier.scheme.validate_header` by the callers, which know the article context.
:func:`write_jsonl` / :func:`write_records` are the one writer (atomic for files).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Iterable, Iterator

from classifier.errors import DataError, InputError, UserError
from classifier.files import atomic_writer
from classifier.scheme import Article, Unit, is_header, validate_header, validate_unit


def read_text_file(path: str | Path) -> str:
    """Read a UTF-8 text file (a BOM is dropped); refuse binary or undecodable input clearly."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a directory, expected a file")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror})") from None
    return decode_bytes(data, str(p))




def decode_bytes(data: bytes, name: str) -> str:
    """Decode UTF-8 text; NUL bytes mean binary input and are refused."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file, expected UTF-8 text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 (byte {exc.start}); convert it, e.g. iconv -f latin1 -t utf-8"
        ) from None




def iter_records(path: str | Path, text: str | None = None,
                 problems: list[str] | None = None) -> Iterator[tuple[str, dict]]:
    """Yield ("file:line", record) for each record of a JSONL file (or of ``text``).

    Strict when ``problems`` is None: an unreadable file or a malformed line raises. In
    collect-all mode a file that cannot be read adds its one problem to ``problems`` and
    yields nothing; each malformed line adds a problem and the other lines are still yielded.
    """
    name = str(path)
    if text is None:
        try:
            text = read_text_file(path)
        except UserError as exc:
            if problems is None:
                raise
            problems.append(exc.message)
            return
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            message = f"{name}:{n}: malformed JSON ({exc.msg})"
            if problems is None:
                raise DataError(message) from None
            problems.append(message)
            continue
        yield f"{name}:{n}", record


class ArticleOrder:
    """Checks, record by record, that each article's units are contiguous and in order."""

    def __init__(self) -> None:
        self.current: str | None = None
        self.last_id = -1
        self.done: set[str] = set()

    def starts_article(self, unit: Unit, where: str) -> bool:
        """True when ``unit`` opens a new article; a :class:`DataError` when the order breaks."""
        if unit.article_id != self.current:
            if unit.article_id in self.done:
                raise DataError(f"{where}: units of article {unit.article_id!r} are not contiguous")
            if self.current is not None:
                self.done.add(self.current)
            self.current, self.last_id = unit.article_id, unit.sentence_id
            return True
        if unit.sentence_id <= self.last_id:
            raise DataError(f"{where}: sentence_id {unit.sentence_id} is duplicated or out of order "
                            f"in article {unit.article_id!r}")
        self.last_id = unit.sentence_id
        return False


def read_annotation_file(path: str | Path, require_label: bool = True) -> list[Article]:
    """Read an annotation JSONL file (headers optional) into articles, validating each record.

    Units of one article must be contiguous, with sentence ids unique and increasing.
    """
    name = str(path)
    articles: dict[str, Article] = {}
    order = ArticleOrder()
    pending_header: dict | None = None
    for where, record in iter_records(path):
        if is_header(record):
            validate_header(record, where)
            pending_header = record
            aid = record["article_id"]
            if aid in articles:
                raise DataError(f"{where}: header for article {aid!r} comes after its units")
            continue
        header = pending_header if pending_header and pending_header["article_id"] == record.get("article_id") else None
        aid = record.get("article_id") if isinstance(record, dict) else None
        actors = None
        if isinstance(aid, str) and aid in articles:
            actors = articles[aid].actors or None
        elif header is not None:
            actors = header.get("actors") or None
        unit = validate_unit(record, where, actors=actors, require_label=require_label)
        if order.starts_article(unit, where):
            meta = {k: v for k, v in (header or {}).items()
                    if k not in ("article_id", "title", "author", "actors")}
            articles[unit.article_id] = Article(
                unit.article_id, [], title=(header or {}).get("title"), author=(header or {}).get("author"),
                actors=dict((header or {}).get("actors", {})), meta=meta, path=name)
        articles[unit.article_id].units.append(unit)
    if not articles:
        raise InputError(f"{name}: no units found")
    return list(articles.values())


def annotation_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand files and directories into a sorted list of ``*.jsonl`` files."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(p.rglob("*.jsonl"))
            if not found:
                raise InputError(f"{p}: directory holds no .jsonl files")
            out.extend(found)
        elif p.exists():
            out.append(p)
        else:
            raise InputError(f"{p}: no such file or directory")
    return out




def load_articles(paths: Iterable[str | Path], require_label: bool = True) -> list[Article]:
    """Read all annotation files under ``paths``; article ids must be unique across files."""
    articles: list[Article] = []
    seen: dict[str, str] = {}
    for path in annotation_files(paths):
        for art in read_annotation_file(path, require_label=require_label):
            if art.article_id in seen:
                raise DataError(f"{path}: article {art.article_id!r} already defined in {seen[art.article_id]}")
            seen[art.article_id] = str(path)
            articles.append(art)
    return articles




def unit_record(unit: Unit) -> dict:
    """A unit as a record of the scheme's JSONL format."""
    rec: dict = {"article_id": unit.article_id, "sentence_id": unit.sentence_id, "text": unit.text,
                 "label": unit.label, "holders": unit.holders}
    if unit.annotator is not None:
        rec["annotator"] = unit.annotator
    if unit.source is not None:
        rec["source"] = unit.source
    return rec




def header_record(article: Article) -> dict:
    """An article's header record (metadata and actor aliases)."""
    rec: dict = {"article_id": article.article_id, "title": article.title, "author": article.author}
    rec.update(article.meta)
    rec["actors"] = article.actors
    return rec


def write_jsonl(records: Iterable[dict], handle: IO) -> None:
    """Write records to an open handle, one JSON object a line (UTF-8 kept as is)."""
    for rec in records:
        handle.write(json.dumps(rec, ensure_ascii=False) + "\n")


def write_records(path: str | Path | None, records: Iterable[dict]) -> None:
    """Write records to ``path`` atomically (``None`` or ``-``: standard output)."""
    with atomic_writer(path) as handle:
        write_jsonl(records, handle)
