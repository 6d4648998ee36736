"""A lean BERT encoder for inference, without importing ``transformers``.

Why: importing ``transformers``' BERT code pulls in much of torch.distributed and costs
about 2.5 s of CLI start-up on this 2-core machine, more than the whole prediction of an
article. Inference needs only the forward pass, which is short and standard. Module names
mirror ``transformers.BertModel`` so the same safetensors state dict (and LoRA merge) loads
unchanged. ``tests/classifier/test_fast_encoders.py`` checks its outputs against
``BertModel`` on the real encoder (max abs difference <= 1e-4 in fp32). Training, and any
base model that is neither BERT nor MPNet (:mod:`classifier.fast_mpnet`), use
``transformers`` as usual.
"""

from __future__ import annotations

import json
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace
from typing import Iterator

import torch
import torch.nn.functional as F
from torch import nn


@contextmanager
def no_init() -> Iterator[None]:
    """Build layers without random initialisation (every weight is then loaded from a file):
    initialising 110M parameters costs seconds of start-up, and building on the "meta" device
    instead pulls in torch's compiler modules."""
    classes = (nn.Linear, nn.Embedding, nn.LayerNorm)
    saved = {cls: cls.reset_parameters for cls in classes}
    for cls in classes:
        cls.reset_parameters = lambda self: None
    try:
        yield
    finally:
        for cls, fn in saved.items():
            cls.reset_parameters = fn


def attend(x: torch.Tensor, q: nn.Module, k: nn.Module, v: nn.Module, heads: int,
           mask: torch.Tensor) -> torch.Tensor:
    """Multi-head scaled dot-product attention over ``x`` (shared by the lean encoders);
    ``mask`` is boolean (keep) or additive (a bias), broadcast over heads."""
    b, t, h = x.shape

    def split(lin: nn.Module) -> torch.Tensor:
        return lin(x).view(b, t, heads, h // heads).transpose(1, 2)

    ctx = F.scaled_dot_product_attention(split(q), split(k), split(v), attn_mask=mask)
    return ctx.transpose(1, 2).reshape(b, t, h)


def load_weights(model: nn.Module, base_dir: Path, prefix: str, drop: tuple[str, ...], kind: str) -> nn.Module:
    """Load ``model.safetensors`` into a lean encoder built under :func:`no_init`.

    Only the tensors the model has are read: an encoder built with fewer layers than the file
    holds (``layers`` of the loaders) skips the rest, which saves reading them at start-up.
    """
    from safetensors import safe_open

    state = {}
    with safe_open(str(base_dir / "model.safetensors"), framework="pt") as f:
        for key in f.keys():
            name = key[len(prefix):] if key.startswith(prefix) else key
            if name.startswith(drop) or "position_ids" in name:
                continue
            if _layer_index(name) >= _depth(model):
                continue  # a layer above the kept ones
            state[name] = f.get_tensor(key)
    missing, unexpected = model.load_state_dict(state, strict=False, assign=True)
    if missing or unexpected:
        from classifier.errors import ModelError

        raise ModelError(f"{base_dir}: weights do not match a {kind} encoder ({(missing or unexpected)[0]} ...)")
    return model.eval()


def _layer_index(name: str) -> int:
    """The layer a parameter belongs to ("encoder.layer.7.output.dense.weight" -> 7), else -1."""
    parts = name.split(".")
    if len(parts) > 2 and parts[0] == "encoder" and parts[1] == "layer" and parts[2].isdigit():
        return int(parts[2])
    return -1


def _depth(model: nn.Module) -> int:
    return len(model.encoder.layer)


def encoder_config(base_dir: Path, layers: int) -> dict:
    """The base folder's config.json, with ``num_hidden_layers`` cut to ``layers`` when 0 < layers < depth."""
    cfg = json.loads((base_dir / "config.json").read_text(encoding="utf-8"))
    if 0 < layers < cfg["num_hidden_layers"]:
        cfg["num_hidden_layers"] = layers
    return cfg


class _Embeddings(nn.Module):
    def __init__(self, cfg: dict) -> None:
        super().__init__()
        h = cfg["hidden_size"]
        self.word_embeddings = nn.Embedding(cfg["vocab_size"], h)
        self.position_embeddings = nn.Embedding(cfg["max_position_embeddings"], h)
        self.token_type_embeddings = nn.Embedding(cfg.get("type_vocab_size", 2), h)
        self.LayerNorm = nn.LayerNorm(h, eps=cfg.get("layer_norm_eps", 1e-12))

    def forward(self, ids: torch.Tensor, token_type_ids: torch.Tensor) -> torch.Tensor:
        pos = torch.arange(ids.shape[1], device=ids.device).unsqueeze(0)
        x = self.word_embeddings(ids) + self.position_embeddings(pos) + self.token_type_embeddings(token_type_ids)
        return self.LayerNorm(x)


class _SelfAttention(nn.Module):
    def __init__(self, h: int) -> None:
        super().__init__()
        self.query, self.key, self.value = nn.Linear(h, h), nn.Linear(h, h), nn.Linear(h, h)


class _DenseNorm(nn.Module):
    def __init__(self, d_in: int, h: int, eps: float) -> None:
        super().__init__()
        self.dense = nn.Linear(d_in, h)
        self.LayerNorm = nn.LayerNorm(h, eps=eps)


class _Attention(nn.Module):
    def __init__(self, h: int, eps: float) -> None:
        super().__init__()
        self.self = _SelfAttention(h)
        self.output = _DenseNorm(h, h, eps)


class _Intermediate(nn.Module):
    def __init__(self, h: int, inter: int) -> None:
        super().__init__()
        self.dense = nn.Linear(h, inter)


class _Layer(nn.Module):
    def __init__(self, cfg: dict) -> None:
        super().__init__()
        h, eps = cfg["hidden_size"], cfg.get("layer_norm_eps", 1e-12)
        self.heads = cfg["num_attention_heads"]
        self.attention = _Attention(h, eps)
        self.intermediate = _Intermediate(h, cfg["intermediate_size"])
        self.output = _DenseNorm(cfg["intermediate_size"], h, eps)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        att = self.attention.self
        ctx = attend(x, att.query, att.key, att.value, self.heads, mask)
        out = self.attention.output
        x = out.LayerNorm(out.dense(ctx) + x)
        inner = F.gelu(self.intermediate.dense(x))
        return self.output.LayerNorm(self.output.dense(inner) + x)


class _Encoder(nn.Module):
    def __init__(self, cfg: dict) -> None:
        super().__init__()
        self.layer = nn.ModuleList(_Layer(cfg) for _ in range(cfg["num_hidden_layers"]))


class FastBert(nn.Module):
    """BERT's encoder forward pass; returns an object with ``last_hidden_state``."""

    def __init__(self, cfg: dict) -> None:
        super().__init__()
        self.config = SimpleNamespace(**cfg)
        self.embeddings = _Embeddings(cfg)
        self.encoder = _Encoder(cfg)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor,
                token_type_ids: torch.Tensor | None = None) -> SimpleNamespace:
        if token_type_ids is None:
            token_type_ids = torch.zeros_like(input_ids)
        x = self.embeddings(input_ids, token_type_ids)
        mask = attention_mask[:, None, None, :].bool()
        for layer in self.encoder.layer:
            x = layer(x, mask)
        return SimpleNamespace(last_hidden_state=x)


def supported(base_dir: Path) -> bool:
    """Whether ``base_dir`` holds a plain BERT this module can run (else use transformers)."""
    try:
        cfg = json.loads((base_dir / "config.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return False
    return (cfg.get("model_type") == "bert" and cfg.get("hidden_act", "gelu") == "gelu"
            and cfg.get("position_embedding_type", "absolute") == "absolute"
            and (base_dir / "model.safetensors").exists())


def load_fast_bert(base_dir: Path, layers: int = 0) -> FastBert:
    """Build a :class:`FastBert` from a BERT folder's config.json and model.safetensors; with
    ``layers`` > 0, only its bottom ``layers`` layers (:func:`classifier.encoders.keep_bottom_layers`)."""
    cfg = encoder_config(base_dir, layers)
    with no_init():  # every weight comes from the file
        model = FastBert(cfg)
    return load_weights(model, base_dir, "bert.", ("pooler.",), "BERT")
