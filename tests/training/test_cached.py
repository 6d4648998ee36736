"""Partial fine-tuning with cached lower layers on the tiny BERT."""

from training.train import TrainConfig, train_and_save
from conftest import SEED_GOLD


def test_cached_training_adapts_top_layers_only(tiny_base, seed_articles, tmp_path):
    from safetensors.torch import load_file

    from classifier.model import load_model
    from classifier.predict import Predictor

    out = tmp_path / "cached"
    cfg = TrainConfig(base_model=str(tiny_base), epochs=2, batch_size=8, max_length=64, frozen_layers=1,
                      context_window=0)
    train_and_save(seed_articles, [], out, cfg, [SEED_GOLD], quiet=True)
    keys = load_file(str(out / "adapter_model.safetensors")).keys()
    assert keys and all(".layer.1." in k for k in keys)  # no adapter on the frozen layer 0
    model, tok, config = load_model(out)
    assert config["frozen_layers"] == 1
    recs = next(Predictor(loaded=(model, tok, config), device="cpu").predict(
        __import__("training.evaluation", fromlist=["as_inputs"]).as_inputs(seed_articles)))
    assert len(recs) == 15
