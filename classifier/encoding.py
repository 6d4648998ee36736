"""Turn a unit and its neighbours into model inputs; shared by training and inference.

The target sentence is the first segment; the neighbouring sentences (previous, then next)
are the second segment, so the encoder sees the context ("she said" after a quote, the
question a condition answers) while the heads read the target's own tokens.
"""

from __future__ import annotations

from typing import Sequence


def context_for(texts: Sequence[str], index: int, window: int, sep: str) -> str:
    """The neighbouring units of ``texts[index]`` as one string: previous ``sep`` next."""
    if window <= 0:
        return ""
    prev = " ".join(texts[max(0, index - window):index])
    nxt = " ".join(texts[index + 1:index + 1 + window])
    return f"{prev} {sep} {nxt}".strip()


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
