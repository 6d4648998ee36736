"""Turn a unit and its neighbours into model inputs, and pad batches; shared by training,
inference and the benchmark.

The target sentence is the first segment; the neighbouring sentences (previous, then next)
are the second segment, so the encoder sees the context ("she said" after a quote, the
question a condition answers) while the heads read the target's own tokens.
"""

from __future__ import annotations

from typing import Sequence, TypeVar

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


def pad_rows(rows: Sequence[Sequence[int]], value: int):
    """A (rows, longest row) ``torch.long`` tensor, each row right-padded with ``value``."""
    import torch

    width = max(len(r) for r in rows)
    return torch.tensor([list(r) + [value] * (width - len(r)) for r in rows], dtype=torch.long)


def pad_batch(input_ids: Sequence[Sequence[int]], token_type_ids: Sequence[Sequence[int]], pad_id: int):
    """(input ids, attention mask, token type ids) of one batch, padded to its longest input.

    Padding positions get ``pad_id``, mask 0 and token type 1 (the context segment), as in
    training's collator.
    """
    return (pad_rows(input_ids, pad_id), pad_rows([[1] * len(r) for r in input_ids], 0),
            pad_rows(token_type_ids, 1))
