"""On-disk cache of validated LLM replies, so a re-run of the same drafts costs nothing.

The key is the sha256 of (model, messages, response_format, temperature) in canonical JSON:
any change of prompt, guide, gold examples, article or schema is a new key. Only replies that
passed validation are stored (one JSON file per key, written atomically: temp file + rename),
and no request header (so no API key) is ever part of an entry.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from classifier.files import atomic_replace


def cache_key(model: str, messages: list[dict], response_format: dict | None, temperature: float) -> str:
    payload = {"model": model, "messages": messages, "response_format": response_format,
               "temperature": float(temperature)}
    blob = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class ReplyCache:
    """``get``/``put`` of reply entries under ``root/<2 hex>/<key>.json``."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict | None:
        """The stored entry, or None when absent or unreadable (a corrupt entry is a miss)."""
        try:
            entry = json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return entry if isinstance(entry, dict) and isinstance(entry.get("content"), str) else None

    def put(self, key: str, entry: dict) -> None:
        """Store ``entry`` atomically; a cache that cannot be written is not an error."""
        try:
            with atomic_replace(self._path(key), usual_mode=False) as handle:
                json.dump(entry, handle, ensure_ascii=False)
        except OSError:
            pass
