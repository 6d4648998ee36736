"""The two runtimes behind Predictor (classifier/runners.py, classifier/onnx_graph.py): the ONNX
graph computes what torch computes, is cached by content, and the ONNX path never imports torch."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import numpy as np
import pytest

from classifier.encoding import encode, pad_batch
from classifier.model_files import read_config
from tests.conftest import REPO, SEED_TXT

SENTENCES = ["The ministry said on Tuesday that the talks would resume next month.",
             "Prices rose.", "If the deal fails, analysts warned, shipping costs could double."]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("STANCE_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _batch(tokenizer, contexts=None):
    enc = encode(tokenizer, SENTENCES, contexts or [""] * len(SENTENCES), 64)
    return pad_batch(enc["input_ids"], enc["token_type_ids"], tokenizer.pad_token_id or 0)


def _both(model_dir, precision="fp32"):
    from classifier.runners import load_runner

    onnx, tokenizer, _ = load_runner(model_dir, "cpu", precision, "onnx")
    torch_runner, _, _ = load_runner(model_dir, "cpu", precision, "torch")
    return onnx, torch_runner, tokenizer


def test_onnx_graph_gives_the_torch_logits(tiny_model, cache):
    """Pairs with context (the tiny model's ±1 window) as well as single sentences."""
    onnx, torch_runner, tok = _both(tiny_model)
    assert (onnx.name, torch_runner.name) == ("onnx", "torch")
    for contexts in (None, ["Before. [SEP] After."] * len(SENTENCES)):
        batch = _batch(tok, contexts)
        for a, b in zip(onnx(*batch), torch_runner(*batch)):
            assert a.shape == b.shape
            assert np.abs(a - b).max() <= 1e-4


def test_predictions_are_the_same_on_either_runtime(tiny_model, cache, seed_articles):
    from classifier.predict import Predictor
    from training.evaluation import as_inputs

    inputs = as_inputs(seed_articles)
    on_onnx = [r for recs in Predictor(tiny_model, device="cpu", runtime="onnx").predict(inputs) for r in recs]
    on_torch = [r for recs in Predictor(tiny_model, device="cpu", runtime="torch").predict(inputs) for r in recs]
    key = [(r["label"], r["holders"], r["holder_spans"]) for r in on_onnx]
    assert key == [(r["label"], r["holders"], r["holder_spans"]) for r in on_torch]
    for a, b in zip(on_onnx, on_torch):
        assert max(abs(a["scores"][k] - b["scores"][k]) for k in a["scores"]) <= 1e-3


def test_graph_is_exported_once_and_keyed_by_the_folder(tiny_model, cache, tmp_path, monkeypatch):
    from classifier import onnx_graph

    config = read_config(tiny_model)
    first = onnx_graph.ensure_graph(tiny_model, config, "fp32")
    assert first.exists() and (first.parent / onnx_graph.WEIGHTS_NAME).exists()
    assert not [p for p in first.parent.parent.iterdir() if p.name.startswith(".") and p.name != ".lock"], \
        "no temporary folder left"
    umask = os.umask(0)
    os.umask(umask)
    # a shared cache (warmed by one user, read by another) has the usual permissions, not owner-only
    assert first.parent.stat().st_mode & 0o777 == 0o777 & ~umask
    assert (first.parent / onnx_graph.WEIGHTS_NAME).stat().st_mode & 0o777 == 0o666 & ~umask

    def no_export(*_args):
        raise AssertionError("exported again")

    monkeypatch.setattr(onnx_graph, "export_graph", no_export)
    assert onnx_graph.ensure_graph(tiny_model, config, "fp32") == first
    # A changed head (a retrained model in the same folder) is a new graph.
    copy = shutil.copytree(tiny_model, tmp_path / "retrained")
    heads = copy / "heads.safetensors"
    heads.write_bytes(heads.read_bytes()[:-4] + b"\0\0\0\0")
    assert onnx_graph.graph_path(copy, config, "fp32") != first


def test_int8_graph_is_smaller_and_close(tiny_model, cache):
    _, torch_runner, tok = _both(tiny_model, "fp32")
    from classifier.runners import load_runner

    int8, _, _ = load_runner(tiny_model, "cpu", "int8", "onnx")
    batch = _batch(tok)
    label8, _, _ = int8(*batch)
    label32, _, _ = torch_runner(*batch)
    assert label8.shape == label32.shape and np.abs(label8 - label32).max() < 0.5
    from classifier import onnx_graph

    config = read_config(tiny_model)
    size = {p: (onnx_graph.graph_path(tiny_model, config, p).parent / onnx_graph.WEIGHTS_NAME).stat().st_size
            for p in ("fp32", "int8")}
    assert size["int8"] < size["fp32"]


def test_onnx_refuses_what_it_cannot_serve(tiny_model, cache):
    from classifier.errors import ModelError
    from classifier.runners import load_runner

    with pytest.raises(ModelError, match="--runtime onnx: --precision bf16 runs on torch"):
        load_runner(tiny_model, "cpu", "bf16", "onnx")
    with pytest.raises(ModelError, match="CPU only"):
        load_runner(tiny_model, "cuda", "fp32", "onnx")
    runner, _, _ = load_runner(tiny_model, "cpu", "bf16", "auto")
    assert runner.name == "torch", "auto falls back to torch"


@pytest.mark.integration
def test_default_model_graph_matches_torch_and_predicts_without_torch():
    """The real encoder (all-mpnet-base-v2, 6 layers, LoRA merged): ONNX logits within 1e-4 of
    torch's, and a fresh process labels the seed article on ONNX without importing torch."""
    model_dir = REPO / "models" / "default"
    onnx, torch_runner, tok = _both(model_dir)
    batch = _batch(tok)
    for a, b in zip(onnx(*batch), torch_runner(*batch)):
        assert np.abs(a - b).max() <= 1e-4
    script = ("import sys; from pathlib import Path; from classifier.predict import Predictor; "
              "from classifier.inputs import iter_articles; "
              f"recs = [r for rs in Predictor(Path({str(model_dir)!r})).predict(iter_articles([{str(SEED_TXT)!r}], 'text', 10**7)) for r in rs]; "
              "assert recs and 'torch' not in sys.modules, sorted(m for m in sys.modules if 'torch' in m)[:3]; print(len(recs))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=str(REPO), timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout.strip()) > 10


def test_cli_says_in_one_line_what_the_onnx_runtime_cannot_do(cli, tiny_model):
    done = cli("predict", "--model", str(tiny_model), "--runtime", "onnx", "--precision", "bf16", str(SEED_TXT))
    assert done.returncode != 0 and not done.stdout
    assert done.stderr.decode().strip().splitlines() == [
        "stance: error: --runtime onnx: --precision bf16 runs on torch (GPU)"]
    done = cli("predict", "--model", str(tiny_model), str(SEED_TXT), env={"STANCE_RUNTIME": "gpu"})
    assert done.returncode != 0 and "unknown runtime 'gpu'" in done.stderr.decode()


def test_auto_falls_back_to_torch_when_the_graph_cannot_be_made(tiny_model, cache, monkeypatch, capsys):
    from classifier import onnx_graph
    from classifier.errors import ModelError
    from classifier.runners import load_runner

    def broken(*_args):
        raise PermissionError("[Errno 13] Permission denied: '/read-only/cache'")

    monkeypatch.setattr(onnx_graph, "export_graph", broken)
    runner, _, _ = load_runner(tiny_model, "cpu", "fp32", "auto")
    assert runner.name == "torch"
    assert capsys.readouterr().err.strip() == ("stance: note: cannot prepare the ONNX graph (PermissionError: "
                                               "[Errno 13] Permission denied: '/read-only/cache'); running on torch")
    with pytest.raises(ModelError, match="--runtime onnx: cannot prepare the ONNX graph"):
        load_runner(tiny_model, "cpu", "fp32", "onnx")
    assert not list(cache.rglob("model.onnx")), "nothing half-written"

    def silent(*_args):
        raise RuntimeError()  # no message at all: still one clear line, still torch

    monkeypatch.setattr(onnx_graph, "export_graph", silent)
    runner, _, _ = load_runner(tiny_model, "cpu", "fp32", "auto")
    assert runner.name == "torch"
    assert capsys.readouterr().err.strip() == "stance: note: cannot prepare the ONNX graph (RuntimeError); running on torch"
