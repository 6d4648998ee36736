"""Quick standalone check of one drafted article: raw text + annotation JSONL.

Usage: python3 scripts/check_draft.py data/articles/ID.txt data/annotation/pass1/ID.jsonl
Checks that the units, in order, are exact substrings of the raw text covering every
non-blank character; labels and holders follow ../shared/ANNOTATION_SCHEME.md.
"""
import json
import sys

LABELS = {"claim", "condition", "attribution", "opinion"}


def main(txt_path: str, jsonl_path: str) -> int:
    text = open(txt_path, encoding="utf-8").read()
    lines = [l for l in open(jsonl_path, encoding="utf-8").read().splitlines() if l.strip()]
    errors = []
    header = json.loads(lines[0])
    if "text" in header or "actors" not in header:
        errors.append("line 1: first line must be the header record with 'actors'")
    actors = header.get("actors", {})
    aid = header.get("article_id")
    pos = 0
    labels = []
    for n, line in enumerate(lines[1:], start=2):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"line {n}: bad JSON: {exc}")
            continue
        if rec.get("article_id") != aid:
            errors.append(f"line {n}: article_id differs from header")
        if rec.get("sentence_id") != n - 2:
            errors.append(f"line {n}: sentence_id should be {n-2}")
        if rec.get("label") not in LABELS:
            errors.append(f"line {n}: bad label {rec.get('label')!r}")
        labels.append(rec.get("label"))
        holders = rec.get("holders")
        if not isinstance(holders, list) or not holders:
            errors.append(f"line {n}: holders must be a non-empty list")
        else:
            for h in holders:
                if h not in ("AUTHOR", "NONE") and h not in actors:
                    errors.append(f"line {n}: holder {h!r} is not AUTHOR, NONE or a key of header 'actors'")
            if ("NONE" in holders or "AUTHOR" in holders) and len(holders) > 1:
                errors.append(f"line {n}: AUTHOR/NONE cannot be combined with other holders")
            if rec.get("label") == "opinion" and holders != ["AUTHOR"]:
                errors.append(f"line {n}: opinion must have holders ['AUTHOR']")
        unit = rec.get("text", "")
        if not unit or unit != unit.strip():
            errors.append(f"line {n}: text empty or has leading/trailing whitespace")
            continue
        idx = text.find(unit, pos)
        if idx < 0:
            errors.append(f"line {n}: text not found (in order) in the raw article: {unit[:60]!r}")
            continue
        gap = text[pos:idx]
        if gap.strip():
            errors.append(f"line {n}: raw text not covered by any unit before it: {gap.strip()[:60]!r}")
        pos = idx + len(unit)
    if text[pos:].strip():
        errors.append(f"end: raw text not covered by any unit: {text[pos:].strip()[:60]!r}")
    for e in errors:
        print(f"{jsonl_path}: {e}")
    counts = {l: labels.count(l) for l in sorted(LABELS)}
    print(f"{jsonl_path}: {len(labels)} units {counts} {'OK' if not errors else 'ERRORS'}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
