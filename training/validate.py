"""Corpus validation: every annotation file against the scheme, all problems reported.

Unlike the strict readers (which stop at the first bad record), this reads with
:func:`classifier.records.iter_records` in collect-all mode and collects every problem with
its file and line, and adds corpus-level checks: a header with actor aliases per article,
article ids unique across files, sentence ids 0..n-1 in order, holders that are actors of
the header, and aliases that name one actor only.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Sequence

from classifier.errors import UserError
from classifier.records import iter_records
from classifier.scheme import SPECIAL_HOLDERS, is_header, normalize_holder, validate_header, validate_unit


def validate_file(path: Path, seen_ids: dict[str, str]) -> tuple[list[str], Counter]:
    """Problems in one file (as "file:line: message") and its label counts.

    A malformed line is one problem among the others: the well-formed lines around it are
    still checked. ``labels`` counts the valid units; ``labels["_unit_lines"]`` every unit line."""
    problems: list[str] = []
    labels: Counter = Counter()
    records = list(iter_records(path, problems=problems))
    header = None
    expected = 0
    for where, rec in records:
        try:
            if is_header(rec):  # a new article starts (a file may hold several)
                if header is not None and expected == 0:
                    problems.append(f"{where}: article {header['article_id']!r} has no units")
                validate_header(rec, where)
                header = rec
                expected = 0
                aid = rec["article_id"]
                if aid in seen_ids:
                    raise UserError(f"{where}: article id {aid!r} already used in {seen_ids[aid]}")
                seen_ids[aid] = str(path)
                owners: dict[str, str] = {}
                for actor, aliases in rec.get("actors", {}).items():
                    for alias in [actor, *aliases]:
                        key = normalize_holder(alias)
                        if key in owners and owners[key] != actor:
                            problems.append(f"{where}: alias {alias!r} names both {owners[key]!r} and {actor!r}")
                        owners[key] = actor
                continue
            labels["_unit_lines"] += 1
            if header is None:
                raise UserError(f"{where}: unit before the article header (needs title and actors)")
            unit = validate_unit(rec, where, actors=header.get("actors", {}))
            if unit.article_id != header["article_id"]:
                raise UserError(f"{where}: article_id {unit.article_id!r} differs from the header's")
            if unit.sentence_id != expected:
                raise UserError(f"{where}: sentence_id {unit.sentence_id}, expected {expected}")
            expected += 1
            labels[unit.label] += 1
            for h in unit.holders:
                if h not in SPECIAL_HOLDERS and h not in header.get("actors", {}):
                    raise UserError(f"{where}: holder {h!r} is not an actor of the header")
        except UserError as exc:
            problems.append(exc.message)
            if unit_id := (rec.get("sentence_id") if isinstance(rec, dict) else None):
                expected = unit_id + 1 if isinstance(unit_id, int) else expected
    if header is None and not problems:
        problems.append(f"{path}: no header record")
    if expected == 0 and header is not None:
        problems.append(f"{path}: no units")
    return problems, labels


def validate_files(files: Sequence[Path]) -> tuple[list[str], str]:
    """All problems across ``files`` and a one-line summary."""
    seen: dict[str, str] = {}
    problems: list[str] = []
    total: Counter = Counter()
    for path in files:
        p, labels = validate_file(path, seen)
        problems.extend(p)
        total.update(labels)
    lines = total.pop("_unit_lines", 0)
    n = sum(total.values())
    dist = ", ".join(f"{k} {v} ({v / n:.0%})" for k, v in sorted(total.items())) if n else "no valid units"
    status = f"{len(problems)} problem(s)" if problems else "OK"
    units = f"{n} units" if n == lines else f"{lines} unit lines, {n} valid"
    return problems, f"{len(files)} file(s), {len(seen)} article(s), {units}: {dist}. {status}"
