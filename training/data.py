"""Training data: validated annotation files -> a tokenised ``datasets.Dataset``.

Files are read through :mod:`classifier.scheme` (so every record is checked against the
scheme and errors name file and line) and handed to ``datasets`` for tokenisation and
batching. Splits are by article, never by sentence.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from pathlib import Path
from typing import Iterable, Sequence

from classifier.encoding import NO_UNIT, context_for, encode, joint_windows, pad_rows
from classifier.errors import DataError, InputError
from classifier.holders import find_gold_mentions
from classifier.records import load_articles
from classifier.scheme import HOLDER_KINDS, LABEL2ID, SPECIAL_HOLDERS, Article, holder_kind


def data_hash(paths: Iterable[Path]) -> str:
    """SHA-256 over the annotation files' names and bytes: identifies the training data."""
    h = hashlib.sha256()
    for p in sorted(Path(x) for x in paths):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()


def canonical_only(actors: dict[str, list[str]]) -> bool:
    """An article whose actors list no alias but the canonical name (the probe articles):
    its short forms, descriptions and pronouns of a holder are found by no alias."""
    return bool(actors) and all(list(aliases) in ([], [name]) for name, aliases in actors.items())


def gold_spans(text: str, holders: Sequence[str], actors: dict[str, list[str]]) -> list[tuple[int, int]] | None:
    """The gold holder mentions of a unit (:func:`classifier.holders.find_gold_mentions`), or
    None where they cannot be known: in an article that lists canonical names only (the probe
    articles), a named holder not written out in full may still be mentioned ("Lan" for "Phan
    Thi Mai Lan", "the union", "she"), as no alias says. Such a unit then teaches the tagger
    nothing, rather than that the mention is none. Articles with aliases (the gold corpus)
    are read as before."""
    spans = find_gold_mentions(text, holders, actors)
    if not canonical_only(actors):
        return spans
    for holder in holders:
        if holder not in SPECIAL_HOLDERS and not re.search(r"(?<!\w)" + re.escape(holder) + r"(?!\w)", text,
                                                            re.IGNORECASE):
            return None
    return spans


def unit_examples(articles: Sequence[Article], window: int, sep: str) -> list[dict]:
    """One example per unit: target, context, label, holder kind and gold mention spans."""
    rows = []
    for art in articles:
        texts = [u.text for u in art.units]
        for i, unit in enumerate(art.units):
            spans = gold_spans(unit.text, unit.holders, art.actors)
            rows.append({
                "article_id": art.article_id,
                "sentence_id": unit.sentence_id,
                "target": unit.text,
                "context": context_for(texts, i, window, sep),
                "labels": LABEL2ID[unit.label],
                "kinds": HOLDER_KINDS.index(holder_kind(unit.holders)),
                "span_starts": [s for s, _ in spans or ()],
                "span_ends": [e for _, e in spans or ()],
                "span_known": spans is not None,
            })
    return rows


def tokenise(tokenizer, rows: list[dict], max_length: int):
    """A ``datasets.Dataset`` with input ids and per-token BIO tags (-100 off the target)."""
    from datasets import Dataset

    def _map(batch: dict) -> dict:
        enc = encode(tokenizer, batch["target"], batch["context"], max_length, with_offsets=True)
        tags_all = []
        for i in range(len(batch["target"])):
            seq_ids = enc.sequence_ids(i)
            spans = list(zip(batch["span_starts"][i], batch["span_ends"][i]))
            # Tokens outside the target (specials, context) get no tag: (0, 0) reads as "no text".
            offsets = [o if sid == 0 else (0, 0) for o, sid in zip(enc["offset_mapping"][i], seq_ids)]
            tags = _bio(offsets, spans)
            tags_all.append(tags if batch["span_known"][i] else [-100] * len(tags))
        return {"input_ids": enc["input_ids"], "attention_mask": enc["attention_mask"],
                "token_type_ids": enc["token_type_ids"], "span_tags": tags_all}

    ds = Dataset.from_list(rows)
    return ds.map(_map, batched=True, remove_columns=["target", "context", "span_starts", "span_ends", "span_known"],
                  desc="Tokenising")


def _bio(offsets: Sequence[Sequence[int]], spans: Sequence[tuple[int, int]]) -> list[int]:
    """BIO tags (0 O, 1 B, 2 I) of a unit's own tokens, from its gold mention spans."""
    tags = []
    prev_span = None
    for s, e in offsets:
        if e <= s:
            tags.append(-100)
            continue
        hit = next((j for j, (a, b) in enumerate(spans) if s >= a and e <= b), None)
        if hit is None:
            tags.append(0)
            prev_span = None
        else:
            tags.append(2 if prev_span == hit else 1)
            prev_span = hit
    return tags


def window_examples(tokenizer, articles: Sequence[Article], max_length: int, max_units: int) -> list[dict]:
    """Joint-window training examples (:func:`classifier.encoding.joint_windows`): one per
    window of consecutive units, with one label and kind per unit and BIO tags per token."""
    rows = []
    for art in articles:
        for w in joint_windows(tokenizer, [u.text for u in art.units], max_length, max_units):
            tags = [-100] * len(w.input_ids)
            labels, kinds = [], []
            for j, i in enumerate(w.units):
                unit = art.units[i]
                a, z = w.spans[j]
                spans = gold_spans(unit.text, unit.holders, art.actors)
                tags[a:z] = _bio(w.offsets[j], spans) if spans is not None else [-100] * (z - a)
                labels.append(LABEL2ID[unit.label])
                kinds.append(HOLDER_KINDS.index(holder_kind(unit.holders)))
            rows.append({"input_ids": w.input_ids, "attention_mask": [1] * len(w.input_ids),
                         "token_type_ids": [0] * len(w.input_ids), "unit_index": w.unit_index,
                         "labels": labels, "kinds": kinds, "span_tags": tags})
    return rows


def collate(features: Sequence[dict], pad_id: int) -> dict:
    """A padded batch (dynamic padding); joint-window features also carry ``unit_index`` and
    one label and kind per unit, flattened in reading order as the model pools them."""
    import torch

    def pad(key: str, value: int) -> torch.Tensor:
        return torch.from_numpy(pad_rows([f[key] for f in features], value))

    batch = {
        "input_ids": pad("input_ids", pad_id),
        "attention_mask": pad("attention_mask", 0),
        "token_type_ids": pad("token_type_ids", 1),
        "span_tags": pad("span_tags", -100),
    }
    if "unit_index" in features[0]:
        batch["unit_index"] = pad("unit_index", NO_UNIT)
        batch["labels"] = torch.tensor([x for f in features for x in f["labels"]])
        batch["kinds"] = torch.tensor([x for f in features for x in f["kinds"]])
    else:
        batch["labels"] = torch.tensor([f["labels"] for f in features])
        batch["kinds"] = torch.tensor([f["kinds"] for f in features])
    return batch


class Collator:
    """Pads a batch to its longest sequence (dynamic padding): :func:`collate` for ``Trainer``."""

    def __init__(self, pad_id: int) -> None:
        self.pad_id = pad_id

    def __call__(self, features: list[dict]) -> dict:
        return collate(features, self.pad_id)


def dev_split(articles: Sequence[Article], dev_fraction: float, seed: int) -> tuple[list[Article], list[Article]]:
    """Hold out whole articles for dev (at least one when there are two or more)."""
    if len(articles) < 2 or dev_fraction <= 0:
        return list(articles), []
    ids = sorted(a.article_id for a in articles)
    random.Random(seed).shuffle(ids)
    n_dev = max(1, round(len(ids) * dev_fraction))
    dev_ids = set(ids[:n_dev])
    return ([a for a in articles if a.article_id not in dev_ids],
            [a for a in articles if a.article_id in dev_ids])


def split_articles(articles: list[Article], splits_file: Path | None, split: str | None) -> list[Article]:
    """The articles of one named split of a splits.json (all of them when ``split`` is empty)."""
    if not split:
        return articles
    if splits_file is None or not splits_file.exists():
        raise InputError(f"{splits_file}: splits file not found (needed for --split {split})")
    splits = json.loads(splits_file.read_text(encoding="utf-8"))
    if split not in splits:
        raise InputError(f"{splits_file}: no split named {split!r} (have {', '.join(splits)})")
    wanted = set(splits[split])
    chosen = [a for a in articles if a.article_id in wanted]
    if not chosen:
        raise DataError(f"{splits_file}: split {split!r} names no article of the data given")
    return chosen


def load_training_articles(paths: Iterable[str | Path]) -> list[Article]:
    """Gold (and reviewed) articles; every unit must carry a label and holders."""
    return load_articles(paths, require_label=True)
