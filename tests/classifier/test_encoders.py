"""Base encoders: packaged names, the mpnet reassembly and its pinned hash, LoRA targets."""

import io
import zipfile

import pytest

from classifier import encoders
from classifier.errors import ModelError


def _pieces(tmp_path, payload: bytes, n: int = 5):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("all-mpnet-base-v2/model.safetensors", payload)
        zf.writestr("all-mpnet-base-v2/config.json", "{}")
        zf.writestr("all-mpnet-base-v2/desktop.ini", "x")
        zf.writestr("all-mpnet-base-v2/1_Pooling/config.json", "{}")
    data = buf.getvalue()
    size = len(data) // n + 1
    paths = []
    for i in range(n):
        p = tmp_path / f"all-mpnet-base-v2.zip.00{i + 1}"
        p.write_bytes(data[i * size:(i + 1) * size])
        paths.append(p)
    return paths


def test_mpnet_reassembly_checks_the_pinned_hash(tmp_path, monkeypatch):
    pieces = _pieces(tmp_path, b"not the real weights")
    monkeypatch.setenv("STANCE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(encoders, "_part_file", lambda name: pieces[encoders.MPNET_PARTS.index(name)])
    with pytest.raises(ModelError, match="does not match the pinned"):
        encoders.mpnet_folder()
    assert not (tmp_path / "cache" / "all-mpnet-base-v2").exists()  # nothing half-written stays


def test_mpnet_reassembly_with_matching_hash(tmp_path, monkeypatch):
    import hashlib

    payload = b"weights"
    pieces = _pieces(tmp_path, payload)
    monkeypatch.setenv("STANCE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(encoders, "_part_file", lambda name: pieces[encoders.MPNET_PARTS.index(name)])
    monkeypatch.setattr(encoders, "MPNET_WEIGHTS_SHA256", hashlib.sha256(payload).hexdigest())
    folder = encoders.mpnet_folder()
    assert (folder / "model.safetensors").read_bytes() == payload
    assert not (folder / "desktop.ini").exists() and not (folder / "1_Pooling").exists()
    monkeypatch.setattr(encoders, "_part_file", lambda name: pytest.fail("cache not used"))
    assert encoders.mpnet_folder() == folder  # second call: the cached, checked folder


def test_missing_parts_say_how_to_install(monkeypatch):
    import importlib.metadata

    def missing(name):
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(importlib.metadata, "distribution", missing)
    with pytest.raises(ModelError, match="--no-deps"):
        encoders._part_file(encoders.MPNET_PARTS[0])


def test_lora_targets_per_architecture():
    assert encoders.lora_targets("mpnet", "attn") == ["attn.q", "attn.k", "attn.v", "attn.o"]
    assert "intermediate.dense" in encoders.lora_targets("bert", "ffn")
    with pytest.raises(ModelError):
        encoders.lora_targets("gpt2", "all")


def test_lora_on_mpnet_attention_is_not_silently_skipped():
    from peft import LoraConfig, get_peft_model
    from transformers import MPNetConfig, MPNetModel

    model = MPNetModel(MPNetConfig(vocab_size=100, hidden_size=16, num_hidden_layers=2, num_attention_heads=2,
                                   intermediate_size=20), add_pooling_layer=False)
    peft = get_peft_model(model, LoraConfig(r=2, target_modules=encoders.lora_targets("mpnet", "all")))
    adapted = {n.rsplit(".lora_A", 1)[0] for n, _ in peft.named_parameters() if "lora_A" in n}
    assert any(n.endswith("attn.q") for n in adapted) and any(n.endswith("intermediate.dense") for n in adapted)
