"""The model on a tiny random BERT: save, load, predict, and refuse unsafe folders."""

import json
import shutil

import pytest

from classifier.errors import ModelError
from classifier.model import load_model, read_config
from classifier.predict import Predictor
from classifier.scheme import LABELS
from training.evaluation import evaluate_predictor


def test_model_folder_layout(tiny_model):
    names = {p.name for p in tiny_model.iterdir()}
    assert {"config.json", "heads.safetensors", "adapter_model.safetensors", "adapter_config.json",
            "tokenizer.json", "README.md"} <= names
    assert not any(n.endswith((".bin", ".pt")) for n in names)
    cfg = json.loads((tiny_model / "config.json").read_text())
    assert cfg["id2label"] == {str(i): l for i, l in enumerate(LABELS)}
    assert len(cfg["data_hash"]) == 64
    card = (tiny_model / "README.md").read_text()
    assert "base_model" in card and cfg["data_hash"] in card


def test_predict_records(tiny_model, seed_articles):
    metrics, gold, pred = evaluate_predictor(Predictor(tiny_model, device="cpu"), seed_articles)
    assert len(pred) == len(gold) == 15
    for rec in pred:
        assert rec["label"] in LABELS
        assert set(rec["scores"]) == set(LABELS)
        assert sum(rec["scores"].values()) == pytest.approx(1.0, abs=1e-3)
        assert rec["holders"] and isinstance(rec["holder_spans"], list)
    assert 0.0 <= metrics["macro_f1"] <= 1.0


def test_int8_path_runs(tiny_model, seed_articles):
    _, _, pred = evaluate_predictor(Predictor(tiny_model, device="cpu", precision="int8"), seed_articles)
    assert len(pred) == 15


def test_missing_and_incomplete_folders(tiny_model, tmp_path):
    with pytest.raises(ModelError, match="not found"):
        read_config(tmp_path / "nope")
    broken = tmp_path / "broken"
    shutil.copytree(tiny_model, broken)
    (broken / "heads.safetensors").unlink()
    with pytest.raises(ModelError, match="incomplete model folder"):
        load_model(broken)


def test_pickle_weights_refused(tiny_model, tmp_path):
    bad = tmp_path / "bad"
    shutil.copytree(tiny_model, bad)
    (bad / "pytorch_model.bin").write_bytes(b"not really a pickle")
    with pytest.raises(ModelError, match="refusing pickle weights"):
        load_model(bad)


def test_wrong_label_set_refused(tiny_model, tmp_path):
    bad = tmp_path / "labels"
    shutil.copytree(tiny_model, bad)
    cfg = json.loads((bad / "config.json").read_text())
    cfg["id2label"]["0"] = "fact"
    (bad / "config.json").write_text(json.dumps(cfg))
    with pytest.raises(ModelError, match="does not match the scheme"):
        load_model(bad)


def test_joint_pooling_is_each_units_own_mean():
    import torch

    from classifier.model import StanceModel

    hidden = torch.arange(2 * 6 * 3, dtype=torch.float).view(2, 6, 3)
    unit_index = torch.tensor([[-1, 0, 0, -1, 1, -1], [-1, 0, -1, -1, -1, -1]])
    pooled = StanceModel.pool(hidden, torch.ones(2, 6), None, unit_index)
    assert pooled.shape == (3, 3)  # units in reading order: row 0 unit 0, row 0 unit 1, row 1 unit 0
    assert torch.allclose(pooled[0], hidden[0, 1:3].mean(0))
    assert torch.allclose(pooled[1], hidden[0, 4])
    assert torch.allclose(pooled[2], hidden[1, 1])


def test_encoder_cut_to_bottom_layers_trains_saves_and_loads(tiny_base, seed_articles, tmp_path):
    """``encoder_layers`` keeps the base's bottom layers in training and in both load paths
    (lean and ``transformers``), and the two paths give the same outputs."""
    import torch

    from classifier.encoding import encode, pad_batch
    from training.train import TrainConfig, train_and_save
    from tests.conftest import SEED_GOLD, TINY

    out = tmp_path / "cut"
    cfg = TrainConfig(base_model=str(tiny_base), epochs=1, batch_size=8, max_length=64, encoder_layers=1, **TINY)
    train_and_save(seed_articles, [], out, cfg, [SEED_GOLD], quiet=True)
    assert read_config(out)["encoder_layers"] == 1
    lean, tok, _ = load_model(out)
    full, _, _ = load_model(out, fast=False)
    assert len(lean.encoder.encoder.layer) == len(full.encoder.encoder.layer) == 1
    enc = encode(tok, ["The ministry said the talks would resume.", "Prices rose."], [None, None], 64)
    ids, att, tti = (torch.from_numpy(a) for a in pad_batch(enc["input_ids"], enc["token_type_ids"], 0))
    with torch.inference_mode():
        a = lean(input_ids=ids, attention_mask=att, token_type_ids=tti)
        b = full(input_ids=ids, attention_mask=att, token_type_ids=tti)
    for key in ("label_logits", "kind_logits", "span_logits"):
        assert torch.allclose(a[key], b[key], atol=1e-4), key


def test_keep_bottom_layers_is_a_no_op_at_or_above_depth(tiny_base):
    from classifier.encoders import keep_bottom_layers
    from classifier.model import load_encoder

    for n in (0, 2, 5):
        assert len(keep_bottom_layers(load_encoder(str(tiny_base)), n).encoder.layer) == 2
    cut = load_encoder(str(tiny_base), 1)
    assert len(cut.encoder.layer) == 1 and cut.config.num_hidden_layers == 1
