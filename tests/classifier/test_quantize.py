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
