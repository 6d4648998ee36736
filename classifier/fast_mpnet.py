"""A lean MPNet encoder for inference (all-mpnet-base-v2), without importing ``transformers``.

Why: as for BERT (:mod:`classifier.fast_bert`), importing ``transformers`` costs seconds of
CLI start-up, more than labelling an article. MPNet differs from BERT in three places, all
reproduced here: positions count from ``padding_idx + 1`` over non-pad tokens only, there are
no segment embeddings, and every layer adds a relative-position bias (32 log-spaced buckets,
one table shared by all layers) to the attention scores. Module names mirror
``transformers.MPNetModel``, so the same safetensors state dict (and LoRA merge) loads
unchanged. ``tests/classifier/test_fast_encoders.py`` checks its outputs against
``transformers`` on the real encoder (max abs difference <= 1e-4 in fp32).
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from types import SimpleNamespace

import torch
import torch.nn.functional as F
from torch import nn

from classifier.fast_bert import attend, encoder_config, load_weights, no_init

PADDING_IDX = 1


class _Embeddings(nn.Module):
    def __init__(self, cfg: dict) -> None:
        super().__init__()
        h = cfg["hidden_size"]
        self.word_embeddings = nn.Embedding(cfg["vocab_size"], h, padding_idx=PADDING_IDX)
        self.position_embeddings = nn.Embedding(cfg["max_position_embeddings"], h, padding_idx=PADDING_IDX)
        self.LayerNorm = nn.LayerNorm(h, eps=cfg.get("layer_norm_eps", 1e-5))

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        mask = ids.ne(PADDING_IDX).int()
        pos = (torch.cumsum(mask, dim=1) * mask).long() + PADDING_IDX
        return self.LayerNorm(self.word_embeddings(ids) + self.position_embeddings(pos))


class _SelfAttention(nn.Module):
    def __init__(self, h: int) -> None:
        super().__init__()
        self.q, self.k, self.v, self.o = (nn.Linear(h, h) for _ in range(4))


class _Attention(nn.Module):
    def __init__(self, h: int, eps: float) -> None:
        super().__init__()
        self.attn = _SelfAttention(h)
        self.LayerNorm = nn.LayerNorm(h, eps=eps)


class _Dense(nn.Module):
    def __init__(self, d_in: int, d_out: int, eps: float | None = None) -> None:
        super().__init__()
        self.dense = nn.Linear(d_in, d_out)
        if eps is not None:
            self.LayerNorm = nn.LayerNorm(d_out, eps=eps)


class _Layer(nn.Module):
    def __init__(self, cfg: dict) -> None:
        super().__init__()
        h, eps = cfg["hidden_size"], cfg.get("layer_norm_eps", 1e-5)
        self.heads = cfg["num_attention_heads"]
        self.attention = _Attention(h, eps)
        self.intermediate = _Dense(h, cfg["intermediate_size"])
        self.output = _Dense(cfg["intermediate_size"], h, eps)

    def forward(self, x: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        att = self.attention.attn
        ctx = attend(x, att.q, att.k, att.v, self.heads, bias)
        x = self.attention.LayerNorm(att.o(ctx) + x)
        inner = F.gelu(self.intermediate.dense(x))
        return self.output.LayerNorm(self.output.dense(inner) + x)


def relative_position_bucket(relative: torch.Tensor, num_buckets: int = 32, max_distance: int = 128) -> torch.Tensor:
    """MPNet's (T5-style) bucket of each relative position: exact near, log-spaced far."""
    n = -relative
    num_buckets //= 2
    ret = (n < 0).long() * num_buckets
    n = n.abs()
    max_exact = num_buckets // 2
    large = max_exact + (torch.log(n.float().clamp(min=1) / max_exact) / math.log(max_distance / max_exact)
                         * (num_buckets - max_exact)).long()
    large = large.clamp(max=num_buckets - 1)
    return ret + torch.where(n < max_exact, n, large)


class _Encoder(nn.Module):
    def __init__(self, cfg: dict) -> None:
        super().__init__()
        self.layer = nn.ModuleList(_Layer(cfg) for _ in range(cfg["num_hidden_layers"]))
        self.relative_attention_bias = nn.Embedding(cfg.get("relative_attention_num_buckets", 32),
                                                    cfg["num_attention_heads"])

    def position_bias(self, t: int, device: torch.device) -> torch.Tensor:
        pos = torch.arange(t, device=device)
        buckets = relative_position_bucket(pos[None, :] - pos[:, None],
                                           num_buckets=self.relative_attention_bias.num_embeddings)
        return self.relative_attention_bias(buckets).permute(2, 0, 1).unsqueeze(0)  # (1, heads, t, t)


class FastMPNet(nn.Module):
    """MPNet's encoder forward pass; returns an object with ``last_hidden_state``."""

    def __init__(self, cfg: dict) -> None:
        super().__init__()
        self.config = SimpleNamespace(**{"type_vocab_size": 1, **cfg})
        self.embeddings = _Embeddings(cfg)
        self.encoder = _Encoder(cfg)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor,
                token_type_ids: torch.Tensor | None = None) -> SimpleNamespace:
        x = self.embeddings(input_ids)
        t = input_ids.shape[1]
        # One additive bias per batch: relative positions plus -inf-like on padding keys.
        pad = (1.0 - attention_mask[:, None, None, :].to(x.dtype)) * torch.finfo(x.dtype).min
        bias = self.encoder.position_bias(t, input_ids.device).to(x.dtype) + pad
        for layer in self.encoder.layer:
            x = layer(x, bias)
        return SimpleNamespace(last_hidden_state=x)


def supported(base_dir: Path) -> bool:
    """Whether ``base_dir`` holds an MPNet this module can run (else use transformers)."""
    try:
        cfg = json.loads((base_dir / "config.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return False
    return (cfg.get("model_type") == "mpnet" and cfg.get("hidden_act", "gelu") == "gelu"
            and (base_dir / "model.safetensors").exists())


def load_fast_mpnet(base_dir: Path, layers: int = 0) -> FastMPNet:
    """Build a :class:`FastMPNet` from an MPNet folder's config.json and model.safetensors; with
    ``layers`` > 0, only its bottom ``layers`` layers (:func:`classifier.encoders.keep_bottom_layers`)."""
    cfg = encoder_config(base_dir, layers)
    with no_init():  # every weight comes from the file
        model = FastMPNet(cfg)
    return load_weights(model, base_dir, "mpnet.", ("pooler.", "lm_head."), "MPNet")
