"""Parsing and checking an LLM reply against the annotation scheme.

Anything that is not a complete, scheme-valid labelling of exactly the article's units raises
:class:`InvalidReply`; the client retries it and, in the end, the article is reported as
failed. An invalid reply is never turned into a label.
"""

from __future__ import annotations

import json
import math
import re

from classifier.errors import UserError
from classifier.inputs import InputArticle
from classifier.scheme import SPECIAL_HOLDERS, validate_unit


class InvalidReply(Exception):
    """A reply that cannot be used (bad JSON, cut off, or breaking the scheme)."""


_FENCE_RE = re.compile(r"^\s*```(?:json)?\s*\n?(.*?)\n?\s*```\s*$", re.DOTALL | re.IGNORECASE)


def parse_json(content: str, finish_reason: str | None = None) -> dict:
    """The JSON object of a reply; a code fence around it is tolerated, prose is not."""
    if finish_reason == "length":
        raise InvalidReply("reply was cut at max_tokens (finish_reason 'length'); raise --max-tokens")
    if not isinstance(content, str) or not content.strip():
        raise InvalidReply("empty reply")
    text = content.strip()
    fenced = _FENCE_RE.match(text)
    if fenced:
        text = fenced.group(1).strip()
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        hint = " (the reply looks cut off)" if exc.pos >= len(text) - 1 else ""
        raise InvalidReply(f"reply is not valid JSON: {exc.msg} at char {exc.pos}{hint}") from None
    if not isinstance(data, dict):
        raise InvalidReply("reply is not a JSON object")
    return data


def _special(holder: str) -> str:
    """"author" / "None" mean the special holders, whatever their case."""
    for special in SPECIAL_HOLDERS:
        if holder.upper() == special:
            return special
    return holder


def validate_reply(data: dict, article: InputArticle) -> list[dict]:
    """Check a parsed reply against ``article``; return one entry per unit, in unit order.

    Each entry is ``{"sentence_id", "label", "holders", "confidence"}``. The scheme rules come
    from :func:`classifier.scheme.validate_unit` (label one of the four, holders a non-empty
    list of strings, AUTHOR/NONE not combined, opinion held by AUTHOR).
    """
    units = data.get("units")
    if not isinstance(units, list):
        raise InvalidReply("reply has no 'units' list")
    by_id = {u.sentence_id: u for u in article.units}
    seen: dict[int, dict] = {}
    attempted: set[int] = set()
    problems: list[str] = []
    for n, item in enumerate(units):
        if not isinstance(item, dict):
            problems.append(f"units[{n}] is not an object")
            continue
        sid = item.get("sentence_id")
        if isinstance(sid, str) and sid.strip().isdigit():
            sid = int(sid)
        if not isinstance(sid, int) or isinstance(sid, bool):
            problems.append(f"units[{n}]: 'sentence_id' must be an integer")
            continue
        if sid not in by_id:
            problems.append(f"units[{n}]: sentence_id {sid} is not a unit of the article")
            continue
        if sid in attempted:
            problems.append(f"sentence_id {sid} is given more than once")
            continue
        attempted.add(sid)
        record = {"article_id": article.article_id, "sentence_id": sid, "text": by_id[sid].text,
                  "label": item.get("label"), "holders": item.get("holders")}
        if isinstance(record["holders"], list):
            record["holders"] = [_special(h.strip()) if isinstance(h, str) else h for h in record["holders"]]
        try:
            unit = validate_unit(record, f"sentence_id {sid}")
        except UserError as exc:
            problems.append(exc.message)
            continue
        conf = item.get("confidence")
        if conf is not None:
            if isinstance(conf, bool) or not isinstance(conf, (int, float)) or not math.isfinite(conf) \
                    or not 0.0 <= conf <= 1.0:
                problems.append(f"sentence_id {sid}: 'confidence' must be a number from 0 to 1")
                continue
            conf = round(float(conf), 4)
        seen[sid] = {"sentence_id": sid, "label": unit.label, "holders": unit.holders, "confidence": conf}
    missing = [sid for sid in by_id if sid not in attempted]
    if missing:
        problems.append(f"no label for sentence_id {', '.join(map(str, missing[:10]))}"
                        + (" ..." if len(missing) > 10 else ""))
    if problems:
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        raise InvalidReply("; ".join(problems[:3]) + more)
    return [seen[u.sentence_id] for u in article.units]


def check_reply(content: str, article: InputArticle, finish_reason: str | None = None) -> list[dict]:
    """Parse and validate in one step (what the client calls on every reply)."""
    return validate_reply(parse_json(content, finish_reason), article)
