"""Turn units into model inputs, and pad batches; shared by training, inference and the
benchmark.

Two ways to give a unit context. Pairs: the target sentence is the first segment and its
neighbours (previous, then next) the second, so the encoder sees "she said" after a quote
while the heads read the target's own tokens; each sentence is encoded once per window it
appears in. Joint windows (:func:`joint_windows`): consecutive units share one sequence and
each is pooled from its own tokens, so every token is encoded once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence, TypeVar

import numpy as np

T = TypeVar("T")


def neighbours(items: Sequence[T], index: int, before: int, after: int) -> tuple[list[T], list[T]]:
    """Up to ``before`` items preceding ``items[index]`` and up to ``after`` following it."""
    return list(items[max(0, index - before):index]), list(items[index + 1:index + 1 + after])


def context_for(texts: Sequence[str], index: int, window: int, sep: str) -> str:
    """The neighbouring units of ``texts[index]`` as one string: previous ``sep`` next."""
    if window <= 0:
        return ""
    prev, nxt = neighbours(texts, index, window, window)
    return f"{' '.join(prev)} {sep} {' '.join(nxt)}".strip()


def encode(tokenizer, targets: Sequence[str], contexts: Sequence[str], max_length: int,
           with_offsets: bool = False) -> dict:
    """Tokenise target/context pairs without padding (the collator pads each batch).

    ``longest_first`` truncation trims the longer segment first, so an over-long context
    never crowds out the target; an over-long target is cut at ``max_length`` tokens.
    """
    has_context = any(contexts)
    kwargs = dict(truncation=True, max_length=max_length, padding=False,
                  return_offsets_mapping=with_offsets, return_token_type_ids=True)
    if not has_context:
        return tokenizer(list(targets), **kwargs)
    enc = tokenizer(list(targets), [c or tokenizer.sep_token for c in contexts], **kwargs)
    # Segment ids from the tokenizer's own sequence ids: MPNet's tokenizer returns all zeros,
    # which would make "pool the target only" pool the context as well.
    enc["token_type_ids"] = [[1 if sid == 1 else tt for sid, tt in zip(enc.sequence_ids(i), row)]
                             for i, row in enumerate(enc["token_type_ids"])]
    return enc


def pad_rows(rows: Sequence[Sequence[int]], value: int) -> np.ndarray:
    """A (rows, longest row) int64 array, each row right-padded with ``value``.

    numpy, not torch: the ONNX Runtime path runs without torch; torch callers wrap it with
    ``torch.from_numpy`` (no copy)."""
    width = max(len(r) for r in rows)
    out = np.full((len(rows), width), value, dtype=np.int64)
    for i, r in enumerate(rows):
        out[i, :len(r)] = r
    return out


def pad_batch(input_ids: Sequence[Sequence[int]], token_type_ids: Sequence[Sequence[int]], pad_id: int):
    """(input ids, attention mask, token type ids) of one batch, padded to its longest input.

    Padding positions get ``pad_id``, mask 0 and token type 1 (the context segment), as in
    training's collator.
    """
    return (pad_rows(input_ids, pad_id), pad_rows([[1] * len(r) for r in input_ids], 0),
            pad_rows(token_type_ids, 1))


# --- Joint windows (Cohan et al. 2019, "Pretrained Language Models for Sequential Sentence
# Classification"): consecutive units of one article share one sequence, each unit pooled from
# its own tokens, so every token is encoded once and each unit sees its paragraph. ---

NO_UNIT = -1
"""``unit_index`` of a token that belongs to no unit (the leading and separator tokens, padding)."""


@dataclass
class Window:
    """One joint input: ``[CLS] unit [SEP] unit [SEP] ...`` over consecutive units of an article.

    ``unit_index[k]`` is the position within ``units`` of the unit token ``k`` belongs to
    (:data:`NO_UNIT` for special tokens); ``units[j]`` is the unit's index in the article;
    ``spans[j]`` the (start, end) positions of its own tokens in the sequence and ``offsets[j]``
    their character offsets within its text; ``truncated[j]`` whether they were cut to fit.
    """

    input_ids: list[int]
    unit_index: list[int]
    units: list[int]
    spans: list[tuple[int, int]]
    offsets: list[list[tuple[int, int]]]
    truncated: list[bool]


def special_ids(tokenizer) -> tuple[int, int]:
    """(first, separator) token ids of the encoder's own format ([CLS]/[SEP], <s>/</s>)."""
    return int(tokenizer.cls_token_id), int(tokenizer.sep_token_id)


def joint_windows(tokenizer, texts: Sequence[str], max_length: int, max_units: int) -> list[Window]:
    """Pack an article's units, in order, into windows of at most ``max_units`` units and
    ``max_length`` tokens (non-overlapping, as in Cohan et al.; a unit starts a new window when
    it would not fit whole). A unit longer than a window on its own is cut, and says so."""
    if not texts:
        return []
    cls_id, sep_id = special_ids(tokenizer)
    enc = tokenizer(list(texts), add_special_tokens=False, truncation=False, return_offsets_mapping=True)
    room = max_length - 2  # one unit alone: [CLS] unit [SEP]
    windows: list[Window] = []
    current: Window | None = None
    for i in range(len(texts)):
        ids = list(enc["input_ids"][i])
        offsets = [tuple(o) for o in enc["offset_mapping"][i]]
        cut = len(ids) > room
        ids, offsets = ids[:room], offsets[:room]
        if current is None or len(current.units) >= max_units \
                or len(current.input_ids) + len(ids) + 1 > max_length:
            current = Window([cls_id], [NO_UNIT], [], [], [], [])
            windows.append(current)
        j = len(current.units)
        current.spans.append((len(current.input_ids), len(current.input_ids) + len(ids)))
        current.input_ids += ids + [sep_id]
        # A unit with no tokens at all is read from its separator, so it still gets an output.
        current.unit_index += [j] * len(ids) + [NO_UNIT if ids else j]
        current.units.append(i)
        current.offsets.append(offsets)
        current.truncated.append(cut)
    return windows


def pad_windows(windows: Sequence[Window], pad_id: int):
    """(input ids, attention mask, token type ids, unit index) of one batch of windows."""
    ids, att, tti = pad_batch([w.input_ids for w in windows], [[0] * len(w.input_ids) for w in windows], pad_id)
    return ids, att, tti, pad_rows([w.unit_index for w in windows], NO_UNIT)


def windows_per_batch(batch_size: int, max_units: int) -> int:
    """Windows in a batch of about ``batch_size`` units."""
    return max(1, batch_size // max(1, max_units))
