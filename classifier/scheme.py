"""The annotation scheme in code: the one place for labels, holder values and record format.

Mirrors ``ANNOTATION_SCHEME.md`` (the project's labelling contract). Every reader of
annotation files goes through :func:`read_annotation_file` / :func:`validate_unit`, so a
record that breaks the scheme is reported with its file and line, never silently used.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from classifier.errors import DataError, InputError

# Order matters: it is the scheme's rule order (first rule that matches wins) and the
# model's class index order.
LABELS: tuple[str, ...] = ("condition", "attribution", "opinion", "claim")
LABEL2ID: dict[str, int] = {label: i for i, label in enumerate(LABELS)}

AUTHOR = "AUTHOR"
NONE = "NONE"
SPECIAL_HOLDERS: tuple[str, ...] = (AUTHOR, NONE)
# What kind of holder a unit has; the model predicts this, and an ACTOR is then found in text.
HOLDER_KINDS: tuple[str, ...] = ("ACTOR", AUTHOR, NONE)

SOURCES: tuple[str, ...] = ("gold", "llm", "model", "reviewed")


@dataclass
class Unit:
    """One sentence unit with its gold (or drafted) label and holders."""

    article_id: str
    sentence_id: int
    text: str
    label: str | None = None
    holders: list[str] = field(default_factory=list)
    annotator: str | None = None
    source: str | None = None


@dataclass
class Article:
    """An annotated article: header metadata plus its units in order."""

    article_id: str
    units: list[Unit]
    title: str | None = None
    author: str | None = None
    actors: dict[str, list[str]] = field(default_factory=dict)
    meta: dict[str, object] = field(default_factory=dict)
    path: str | None = None


def holder_kind(holders: list[str]) -> str:
    """The kind of a holder list: AUTHOR, NONE or ACTOR (one or more named actors)."""
    if holders == [AUTHOR]:
        return AUTHOR
    if holders == [NONE] or not holders:
        return NONE
    return "ACTOR"


_TITLES = (
    "president|vice president|prime minister|minister|secretary|sen|senator|rep|representative|"
    "gov|governor|mayor|dr|mr|mrs|ms|prof|professor|gen|general|col|chancellor|spokesperson|"
    "spokesman|spokeswoman|ambassador|judge|justice|chief|ceo|chair|chairman|chairwoman|"
    "foreign minister|finance minister|deputy|councillor|councilor|councilmember|commissioner"
)
_TITLE_RE = re.compile(rf"^(?:(?:{_TITLES})\.?\s+)+", re.IGNORECASE)
_ARTICLE_RE = re.compile(r"^the\s+", re.IGNORECASE)


@lru_cache(maxsize=65536)
def normalize_holder(name: str) -> str:
    """Normalise a holder string for matching: case, dots ("U.S." = "US"), a leading title,
    a leading "the", possessive "'s" and surrounding punctuation."""
    text = name.strip().replace("\u2019", "'")
    text = re.sub(r"'s$", "", text)
    text = text.replace(".", "")
    text = _ARTICLE_RE.sub("", text)
    text = _TITLE_RE.sub("", text)
    text = re.sub(r"[^\w\s&-]", "", text)
    return re.sub(r"\s+", " ", text).strip().lower()


def canonicalize_holder(name: str, actors: dict[str, list[str]]) -> str:
    """Map ``name`` to a canonical actor of ``actors`` when it is one of its aliases.

    AUTHOR and NONE map to themselves; an unmatched name is returned unchanged.
    """
    if name in SPECIAL_HOLDERS:
        return name
    key = normalize_holder(name)
    for canonical, aliases in actors.items():
        if key == normalize_holder(canonical) or any(key == normalize_holder(a) for a in aliases):
            return canonical
    return name


def _fail(where: str, message: str) -> DataError:
    return DataError(f"{where}: {message}")


def validate_unit(record: dict, where: str, actors: dict[str, list[str]] | None = None,
                  require_label: bool = True) -> Unit:
    """Check one unit record against the scheme and return it as a :class:`Unit`.

    ``where`` ("file:line") prefixes every error so users can find the bad record.
    With ``actors`` given, named holders must be canonical actors of the header.
    """
    if not isinstance(record, dict):
        raise _fail(where, "record is not a JSON object")
    for key in ("article_id", "sentence_id", "text"):
        if key not in record:
            raise _fail(where, f"missing field '{key}'")
    if not isinstance(record["article_id"], str) or not record["article_id"]:
        raise _fail(where, "'article_id' must be a non-empty string")
    sid = record["sentence_id"]
    if not isinstance(sid, int) or isinstance(sid, bool) or sid < 0:
        raise _fail(where, "'sentence_id' must be a non-negative integer")
    if not isinstance(record["text"], str) or not record["text"].strip():
        raise _fail(where, "'text' must be a non-empty string")
    label = record.get("label")
    if label is None:
        if require_label:
            raise _fail(where, "missing field 'label'")
    elif label not in LABELS:
        raise _fail(where, f"unknown label {label!r} (expected one of {', '.join(LABELS)})")
    holders = record.get("holders")
    if holders is None:
        if require_label:
            raise _fail(where, "missing field 'holders'")
        holders = []
    if not isinstance(holders, list) or not all(isinstance(h, str) and h.strip() for h in holders):
        raise _fail(where, "'holders' must be a list of non-empty strings")
    if require_label and not holders:
        raise _fail(where, "'holders' must not be empty (use [\"NONE\"])")
    if any(h in SPECIAL_HOLDERS for h in holders) and len(holders) > 1:
        raise _fail(where, "AUTHOR or NONE cannot be combined with other holders")
    if label == "opinion" and holders and holders != [AUTHOR]:
        raise _fail(where, "an opinion is held by AUTHOR (scheme: opinion -> AUTHOR)")
    if actors is not None:
        for h in holders:
            if h not in SPECIAL_HOLDERS and h not in actors:
                raise _fail(where, f"holder {h!r} is not AUTHOR, NONE or an actor of the header")
    source = record.get("source")
    if source is not None and source not in SOURCES:
        raise _fail(where, f"unknown source {source!r} (expected one of {', '.join(SOURCES)})")
    return Unit(
        article_id=record["article_id"],
        sentence_id=sid,
        text=record["text"],
        label=label,
        holders=list(holders),
        annotator=record.get("annotator"),
        source=source,
    )


def validate_header(record: dict, where: str) -> None:
    """Check an article header record (``actors`` maps canonical names to alias lists)."""
    if not isinstance(record.get("article_id"), str) or not record["article_id"]:
        raise _fail(where, "header needs a non-empty 'article_id'")
    actors = record.get("actors", {})
    if not isinstance(actors, dict):
        raise _fail(where, "'actors' must be an object of canonical name -> alias list")
    for name, aliases in actors.items():
        if name in SPECIAL_HOLDERS:
            raise _fail(where, f"{name} is reserved and cannot be an actor")
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise _fail(where, f"aliases of actor {name!r} must be a list of strings")


def is_header(record: dict) -> bool:
    """A header record has no ``text``/``sentence_id`` (it describes the article)."""
    return isinstance(record, dict) and "text" not in record and "sentence_id" not in record


def iter_jsonl(path: str | Path, text: str | None = None) -> Iterator[tuple[int, dict]]:
    """Yield (line number, record) for each non-blank line; bad JSON names its line."""
    name = str(path)
    if text is None:
        text = read_text_file(path)
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataError(f"{name}:{n}: malformed JSON ({exc.msg})") from None
        yield n, record


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


def read_annotation_file(path: str | Path, require_label: bool = True) -> list[Article]:
    """Read an annotation JSONL file (headers optional) into articles, validating each record.

    Units of one article must be contiguous, with sentence ids unique and increasing.
    """
    name = str(path)
    articles: dict[str, Article] = {}
    order: list[str] = []
    pending_header: dict | None = None
    for n, record in iter_jsonl(path):
        where = f"{name}:{n}"
        if is_header(record):
            validate_header(record, where)
            pending_header = record
            aid = record["article_id"]
            if aid in articles:
                raise _fail(where, f"header for article {aid!r} comes after its units")
            continue
        header = pending_header if pending_header and pending_header["article_id"] == record.get("article_id") else None
        aid = record.get("article_id") if isinstance(record, dict) else None
        actors = None
        if isinstance(aid, str) and aid in articles:
            actors = articles[aid].actors or None
        elif header is not None:
            actors = header.get("actors") or None
        unit = validate_unit(record, where, actors=actors, require_label=require_label)
        art = articles.get(unit.article_id)
        if art is None:
            if order and order[-1] != unit.article_id and unit.article_id in articles:
                raise _fail(where, f"units of article {unit.article_id!r} are not contiguous")
            meta = {k: v for k, v in (header or {}).items()
                    if k not in ("article_id", "title", "author", "actors")}
            art = Article(unit.article_id, [], title=(header or {}).get("title"),
                          author=(header or {}).get("author"), actors=dict((header or {}).get("actors", {})),
                          meta=meta, path=name)
            articles[unit.article_id] = art
            order.append(unit.article_id)
        elif order[-1] != unit.article_id:
            raise _fail(where, f"units of article {unit.article_id!r} are not contiguous")
        if art.units and unit.sentence_id <= art.units[-1].sentence_id:
            raise _fail(where, f"sentence_id {unit.sentence_id} is duplicated or out of order "
                               f"in article {unit.article_id!r}")
        art.units.append(unit)
    if not articles:
        raise InputError(f"{name}: no units found")
    return [articles[a] for a in order]


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
