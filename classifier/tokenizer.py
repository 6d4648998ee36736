"""The model folder's tokenizer, run with ``tokenizers`` alone (no ``transformers``, no torch).

Why: importing ``transformers`` costs seconds of CLI start-up, and the inference path needs only
the Rust fast tokenizer it wraps, with the call signature :func:`classifier.encoding.encode` and
:func:`classifier.encoding.joint_windows` use.
"""

from __future__ import annotations

import json
from pathlib import Path


class FastEncoding:
    """The parts of a ``BatchEncoding`` the predictor reads, from ``tokenizers`` output."""

    def __init__(self, encodings: list) -> None:
        self._enc = encodings
        self.data = {"input_ids": [e.ids for e in encodings], "token_type_ids": [e.type_ids for e in encodings],
                     "attention_mask": [e.attention_mask for e in encodings],
                     "offset_mapping": [e.offsets for e in encodings]}

    def __getitem__(self, key: str) -> list:
        return self.data[key]

    def __setitem__(self, key: str, value: list) -> None:
        self.data[key] = value

    def sequence_ids(self, i: int) -> list[int | None]:
        return self._enc[i].sequence_ids


class FastTokenizer:
    """A ``tokenizers.Tokenizer`` (the Rust fast tokenizer, which transformers wraps) with
    the call signature :func:`classifier.encoding.encode` uses."""

    def __init__(self, folder: Path) -> None:
        from tokenizers import Tokenizer

        self._tok = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self._tok.no_padding()
        special = {}
        for name in ("special_tokens_map.json", "tokenizer_config.json"):  # older saves keep tokens in the first
            if (folder / name).exists():
                special.update(json.loads((folder / name).read_text(encoding="utf-8")))
        special = {k: v.get("content") if isinstance(v, dict) else v for k, v in special.items()}
        self.sep_token = special.get("sep_token", "[SEP]")
        self.pad_token_id = self._tok.token_to_id(special.get("pad_token", "[PAD]")) or 0
        self.cls_token_id = self._tok.token_to_id(special.get("cls_token", "[CLS]"))
        self.sep_token_id = self._tok.token_to_id(self.sep_token)

    def __call__(self, targets: list[str], contexts: list[str] | None = None, truncation: bool = True,
                 max_length: int = 128, add_special_tokens: bool = True, **_: object) -> FastEncoding:
        if truncation:
            self._tok.enable_truncation(max_length, strategy="longest_first")
        else:
            self._tok.no_truncation()
        batch = list(zip(targets, contexts)) if contexts is not None else list(targets)
        return FastEncoding(self._tok.encode_batch(batch, add_special_tokens=add_special_tokens))
