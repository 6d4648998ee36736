"""Partial fine-tuning with the lower encoder layers cached: big encoders on a small CPU.

LoRA over every layer of all-mpnet-base-v2 trains at about 3 units/s on two CPU cores, and
under load far slower: a corpus of 2,800 units takes hours. With ``frozen_layers=k`` the
lower ``k`` layers get no adapter, so their output never changes during training: it is
computed once per unit (one inference pass, the cost of predicting the training set), and
each training step runs only the top layers, their LoRA matrices and the heads. With 8 of
12 layers frozen a step costs about a third of a full one.

The trick works for any encoder whose layers sit in ``encoder.layer`` (BERT, MPNet, RoBERTa):
during training the lower layers are swapped for stubs (the last one hands over the cached
states of the batch), and restored afterwards, so the trained model is an ordinary
:class:`~classifier.model.StanceModel` whose adapter covers the top layers only, saved and
loaded like any other.
"""

from __future__ import annotations

import math
import random
import sys
from typing import Sequence

import torch
from torch import nn

from classifier.encoding import pad_rows
from training.data import collate


def _layers(encoder: nn.Module) -> nn.ModuleList:
    """The encoder's list of transformer layers (through a peft wrapper if present)."""
    base = encoder.get_base_model() if hasattr(encoder, "get_base_model") else encoder
    return base.encoder.layer


class _Skip(nn.Module):
    """A frozen lower layer during training: its work is in the cache."""

    def __init__(self, tuple_out: bool) -> None:
        super().__init__()
        self.tuple_out = tuple_out

    def forward(self, hidden_states, *args, **kwargs):
        return (hidden_states,) if self.tuple_out else hidden_states


class _Cached(_Skip):
    """The last frozen layer: returns the cached states of the current batch."""

    def __init__(self, tuple_out: bool) -> None:
        super().__init__(tuple_out)
        self.states: torch.Tensor | None = None

    def forward(self, hidden_states, *args, **kwargs):
        return (self.states,) if self.tuple_out else self.states


@torch.no_grad()
def cache_lower_states(model, examples: Sequence[dict], k: int, batch_size: int = 32) -> list[torch.Tensor]:
    """Output of the lower ``k`` layers for each example (its own length, no padding)."""
    layers = _layers(model.encoder)
    full = list(layers)
    base = model.encoder.get_base_model() if hasattr(model.encoder, "get_base_model") else model.encoder
    base.encoder.layer = nn.ModuleList(full[:k])
    model.eval()
    out: list[torch.Tensor | None] = [None] * len(examples)
    order = sorted(range(len(examples)), key=lambda i: len(examples[i]["input_ids"]))
    try:
        for b in range(0, len(order), batch_size):
            idx = order[b:b + batch_size]
            ids = torch.from_numpy(pad_rows([examples[i]["input_ids"] for i in idx], 0))
            mask = torch.from_numpy(pad_rows([[1] * len(examples[i]["input_ids"]) for i in idx], 0))
            kwargs = {"input_ids": ids, "attention_mask": mask}
            if getattr(base.config, "type_vocab_size", 1) > 1:
                kwargs["token_type_ids"] = torch.from_numpy(pad_rows([examples[i]["token_type_ids"] for i in idx], 1))
            hidden = base(**kwargs).last_hidden_state
            for row, i in enumerate(idx):
                out[i] = hidden[row, :len(examples[i]["input_ids"])].clone()
    finally:
        base.encoder.layer = nn.ModuleList(full)
    return out  # type: ignore[return-value]


def _layer_returns_tuple(model, example: dict) -> bool:
    """MPNet's layers return tuples, BERT's (transformers 5) a tensor: check once."""
    seen: list[bool] = []
    layer = _layers(model.encoder)[0]
    handle = layer.register_forward_hook(lambda m, i, o: seen.append(isinstance(o, tuple)))
    base = model.encoder.get_base_model() if hasattr(model.encoder, "get_base_model") else model.encoder
    with torch.no_grad():
        base(input_ids=torch.tensor([example["input_ids"][:8]]),
             attention_mask=torch.ones((1, min(8, len(example["input_ids"]))), dtype=torch.long))
    handle.remove()
    return seen[0]


def train_cached(model, examples: Sequence[dict], pad_id: int, k: int, epochs: float, learning_rate: float,
                 batch_size: int, weight_decay: float, warmup_ratio: float, seed: int, quiet: bool = False) -> None:
    """Train ``model`` in place on tokenised ``examples`` with the lower ``k`` layers cached.

    Batches are groups of similar length (little padding), shuffled each epoch with ``seed``;
    AdamW with linear warm-up and decay, gradients clipped at 1.0, as the Trainer path.
    """
    from transformers import get_linear_schedule_with_warmup

    torch.manual_seed(seed)
    rng = random.Random(seed)
    tuple_out = _layer_returns_tuple(model, examples[0])
    states = cache_lower_states(model, examples, k)
    layers = _layers(model.encoder)
    full = list(layers)
    stubs = [_Skip(tuple_out) for _ in range(k - 1)]
    cached = _Cached(tuple_out)
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=learning_rate, weight_decay=weight_decay)
    by_length = sorted(range(len(examples)), key=lambda i: len(examples[i]["input_ids"]))
    batches = [by_length[b:b + batch_size] for b in range(0, len(by_length), batch_size)]
    total = math.ceil(len(batches) * epochs)
    sched = get_linear_schedule_with_warmup(opt, int(total * warmup_ratio), total)
    for i, stub in enumerate(stubs + [cached]):
        layers[i] = stub
    model.train()
    step = 0
    running = 0.0
    try:
        while step < total:
            order = batches[:]
            rng.shuffle(order)
            for idx in order:
                if step >= total:
                    break
                feats = [examples[i] for i in idx]
                width = max(len(f["input_ids"]) for f in feats)
                hidden = torch.zeros((len(idx), width, states[idx[0]].shape[-1]))
                for row, i in enumerate(idx):
                    hidden[row, :states[i].shape[0]] = states[i]
                cached.states = hidden
                out = model(**collate(feats, pad_id))
                out["loss"].backward()
                nn.utils.clip_grad_norm_(params, 1.0)
                opt.step()
                sched.step()
                opt.zero_grad()
                step += 1
                running = 0.9 * running + 0.1 * out["loss"].item() if step > 1 else out["loss"].item()
                if not quiet and (step % 20 == 0 or step == total):
                    print(f"step {step}/{total} loss {running:.3f}", file=sys.stderr, flush=True)
    finally:
        for i, layer in enumerate(full):
            layers[i] = layer
        cached.states = None
    model.eval()
