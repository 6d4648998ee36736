"""Reading articles to label: text files, directories, stdin, or pre-split JSONL units."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from classifier.errors import InputError
from classifier.html_input import html_to_text, looks_like_html
from classifier.records import ArticleOrder, decode_bytes, iter_records, read_text_file
from classifier.scheme import is_header, validate_unit
from classifier.segment import split_units
from classifier.settings import MAX_BYTES

TEXT_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm")
_ENGLISH = frozenset("the of and to in a is that for on said with as was it by be are at from has have".split())
DEFAULT_MAX_BYTES = MAX_BYTES


@dataclass
class InputUnit:
    """A unit to label; ``start``/``end`` are offsets in the raw article when known."""

    sentence_id: int
    text: str
    start: int | None = None
    end: int | None = None


@dataclass
class InputArticle:
    """An article to label; ``text`` is the raw text the unit offsets refer to, when known."""

    article_id: str
    units: list[InputUnit]
    text: str | None = None


def expand_paths(paths: Sequence[str], suffixes: tuple[str, ...] = TEXT_SUFFIXES) -> list[tuple[str, Path | None]]:
    """(article id, path) for each input; a directory contributes its text files, sorted.

    ``-`` (or no path at all) is standard input, with ``path`` None.
    """
    if not paths:
        return [("stdin", None)]
    out: list[tuple[str, Path | None]] = []
    seen: set[str] = set()
    for raw in paths:
        if raw == "-":
            items = [("stdin", None)]
        else:
            p = Path(raw)
            if p.is_dir():
                files = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in suffixes
                               and not any(part.startswith(".") for part in f.relative_to(p).parts))
                if not files:
                    raise InputError(f"{p}: directory holds no {'/'.join(suffixes)} files")
                items = [(f.relative_to(p).with_suffix("").as_posix(), f) for f in files]
            elif p.exists():
                items = [(p.stem, p)]
            else:
                raise InputError(f"{p}: no such file or directory")
        for aid, path in items:
            if aid in seen:
                raise InputError(f"{path or 'stdin'}: article id {aid!r} is given twice")
            seen.add(aid)
            out.append((aid, path))
    return out


def read_source(path: Path | None, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The text of a file or of stdin, size-checked and UTF-8 decoded."""
    if path is None:
        data = sys.stdin.buffer.read(max_bytes + 1)
        name = "stdin"
    else:
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror})") from None
        if size > max_bytes:
            raise InputError(f"{path}: {size} bytes is over the input limit of {max_bytes} "
                             "(raise it with --max-bytes)")
        return read_text_file(path)
    if len(data) > max_bytes:
        raise InputError(f"{name}: input is over the limit of {max_bytes} bytes (raise it with --max-bytes)")
    return decode_bytes(data, name)


def warn_if_not_english(text: str, name: str) -> None:
    """One warning line on stderr when the text reads as non-English (the model is English-only)."""
    words = re.findall(r"[^\W\d_]+", text.lower())[:2000]
    if len(words) >= 20 and sum(w in _ENGLISH for w in words) / len(words) < 0.04:
        print(f"stance: warning: {name}: text does not look like English; the model is trained on "
              "English news only, labels may be unreliable", file=sys.stderr)


def text_articles(sources: Sequence[tuple[str, Path | None]], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[InputArticle]:
    """Raw-text articles split into units with offsets; read one at a time (bounded memory)."""
    for aid, path in sources:
        text = read_source(path, max_bytes)
        if looks_like_html(text):
            text = html_to_text(text)
        warn_if_not_english(text, str(path or "stdin"))
        units = split_units(text)
        if not units:
            raise InputError(f"{path or 'stdin'}: empty input (no text to label)")
        yield InputArticle(aid, [InputUnit(i, u.text, u.start, u.end) for i, u in enumerate(units)], text)


def jsonl_articles(sources: Sequence[tuple[str, Path | None]], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[InputArticle]:
    """Pre-split units ``{"article_id", "sentence_id", "text"}``, grouped by article in order."""
    for _, path in sources:
        name = str(path or "stdin")
        text = read_source(path, max_bytes)
        current: InputArticle | None = None
        order = ArticleOrder()
        for where, record in iter_records(name, text):
            if is_header(record):
                continue  # an article header: nothing to label
            unit = validate_unit(record, where, require_label=False)
            if order.starts_article(unit, where):
                if current is not None:
                    yield current
                current = InputArticle(unit.article_id, [])
            current.units.append(InputUnit(unit.sentence_id, unit.text))
        if current is None:
            raise InputError(f"{name}: empty input (no units)")
        yield current


def parse_shard(spec: str | None) -> tuple[int, int] | None:
    """``"I/N"`` (1-based) -> (I, N); the I-th of N disjoint shards that together cover the input."""
    if not spec:
        return None
    try:
        i, n = (int(x) for x in spec.split("/"))
    except ValueError:
        raise InputError(f"--shard {spec!r}: expected I/N, e.g. 2/8") from None
    if n < 1 or not 1 <= i <= n:
        raise InputError(f"--shard {spec!r}: need 1 <= I <= N")
    return i, n


def in_shard(index: int, shard: tuple[int, int] | None) -> bool:
    """Article ``index`` (0-based, in input order) belongs to shard I/N when index % N == I - 1."""
    return shard is None or index % shard[1] == shard[0] - 1


def iter_articles(paths: Sequence[str], input_format: str, max_bytes: int = DEFAULT_MAX_BYTES,
                  shard: tuple[int, int] | None = None) -> Iterable[InputArticle]:
    """Articles from the inputs; paths are checked now, files are read lazily one by one.

    With ``shard``, only every N-th article is kept (round-robin in input order, which is
    sorted for directories), so N machines given the same input cover it with no overlap.
    """
    if input_format == "jsonl":
        articles = jsonl_articles(expand_paths(paths, suffixes=(".jsonl",)), max_bytes)
        return (a for i, a in enumerate(articles) if in_shard(i, shard))
    sources = [s for i, s in enumerate(expand_paths(paths)) if in_shard(i, shard)]
    return text_articles(sources, max_bytes)
