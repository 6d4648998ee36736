"""The annotation scheme in code: the one place for labels, holder values and record format.

Mirrors ``ANNOTATION_SCHEME.md`` (the project's labelling contract). Every reader of
annotation files (:mod:`classifier.records`) checks each record with :func:`validate_unit` /
:func:`validate_header`, so a record that breaks the scheme is reported with its file and
line, never silently used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from classifier.errors import DataError

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
_POSSESSIVE_RE = re.compile(r"'s$")
_PUNCTUATION_RE = re.compile(r"[^\w\s&-]")
_SPACES_RE = re.compile(r"\s+")


@lru_cache(maxsize=65536)
def normalize_holder(name: str) -> str:
    """Normalise a holder string for matching: case, dots ("U.S." = "US"), a leading title,
    a leading "the", possessive "'s" and surrounding punctuation."""
    text = name.strip().replace("\u2019", "'")
    text = _POSSESSIVE_RE.sub("", text)
    text = text.replace(".", "")
    text = _ARTICLE_RE.sub("", text)
    text = _TITLE_RE.sub("", text)
    text = _PUNCTUATION_RE.sub("", text)
    return _SPACES_RE.sub(" ", text).strip().lower()


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
                owner = canonicalize_holder(h, actors)
                if owner != h:  # an alias (or another spelling) of an actor: name the actor instead
                    raise _fail(where, f"holder {h!r} is an alias of actor {owner!r}, not an actor of the "
                                       f"header: use {owner!r}")
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
