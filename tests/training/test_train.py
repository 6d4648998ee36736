"""Training (training.train): reproducible, resumable, and distributed with accelerate."""

import json

import pytest

from classifier.predict import Predictor
from training.evaluation import evaluate_predictor
from conftest import TINY


def test_same_seed_same_model(tiny_base, seed_articles):
    """Reproducible: the same data, seed and settings give the same predictions."""
    from training.train import TrainConfig, train_in_memory

    cfg = TrainConfig(base_model=str(tiny_base), epochs=1, batch_size=8, max_length=64, **TINY)
    outs = []
    for _ in range(2):
        p = Predictor(loaded=train_in_memory(seed_articles, cfg, quiet=True), device="cpu")
        _, _, pred = evaluate_predictor(p, seed_articles)
        outs.append([r["scores"] for r in pred])
    assert outs[0] == outs[1]


@pytest.mark.integration
def test_accelerate_two_process_cpu_training(tiny_base, tmp_path):
    """`accelerate launch` runs the same train command on 2 processes (gloo on CPU; `--multi_gpu` picks
    the torch.distributed launcher); rank 0 alone writes the folder."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    from conftest import REPO, SEED_GOLD

    accelerate = Path(sys.executable).with_name("accelerate")
    out = tmp_path / "dist"
    proc = subprocess.run([str(accelerate), "launch", "--multi_gpu", "--num_processes", "2", "--num_machines", "1",
                           "--mixed_precision", "no", "--dynamo_backend", "no", "-m", "classifier", "train",
                           str(SEED_GOLD), "--base", str(tiny_base), "--frozen-layers", "0", "--epochs", "1", "--output", str(out),
                           "--no-progress"],  # --quiet would also hide the "saved" line counted below
                          capture_output=True, cwd=str(REPO), timeout=600, env={**os.environ})
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    cfg = json.loads((out / "config.json").read_text())
    assert cfg["world_size"] == 2
    assert proc.stderr.decode().count("saved ") == 1


def test_train_resumes_from_checkpoint(tiny_base, seed_articles, tmp_path):
    from training.train import TrainConfig, train_in_memory

    work = tmp_path / "ckpt"
    train_in_memory(seed_articles, TrainConfig(base_model=str(tiny_base), epochs=1, batch_size=8, max_length=64, **TINY),
                    work_dir=work, quiet=True)
    first = sorted(p.name for p in work.glob("checkpoint-*"))
    assert first == ["checkpoint-2"]
    train_in_memory(seed_articles, TrainConfig(base_model=str(tiny_base), epochs=2, batch_size=8, max_length=64, **TINY),
                    work_dir=work, quiet=True, resume=True)
    state = json.loads((work / "checkpoint-4" / "trainer_state.json").read_text())
    assert state["global_step"] == 4 and state["epoch"] == 2
