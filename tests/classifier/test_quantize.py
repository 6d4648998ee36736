"""The int8 fast path keeps the FFN down-projections and the heads in fp32."""

import torch

from classifier.model import load_model
from classifier.quantize import int8_targets, quantize_int8


def test_int8_targets_skip_outlier_layers_and_heads(tiny_model):
    model, _, _ = load_model(tiny_model)
    targets = int8_targets(model)
    assert targets and not any(t.startswith(("label_head", "kind_head", "span_head")) for t in targets)
    assert not any(t.endswith("output.dense") and ".attention." not in t for t in targets)
    assert any(t.endswith("intermediate.dense") for t in targets)
    quantize_int8(model)
    qlinear = torch.ao.nn.quantized.dynamic.Linear
    modules = dict(model.named_modules())
    assert all(isinstance(modules[t], qlinear) for t in targets)
    assert type(modules["label_head"]) is torch.nn.Linear  # the heads stay fp32


def test_adapted_layers_above_frozen_ones_stay_fp32(tiny_model):
    model, _, config = load_model(tiny_model)
    every = int8_targets(model)
    layers = {int(t.split(".layer.")[1].split(".")[0]) for t in every if ".layer." in t}
    assert len(layers) > 1
    top = max(layers)
    kept = int8_targets(model, frozen_layers=top)  # the top layer was adapted: kept in fp32
    assert kept and not any(f".layer.{top}." in t for t in kept)
    assert kept == {t for t in every if f".layer.{top}." not in t}
