"""A model folder's files, read without torch: its config, checked before any weight loads.

Why a module of its own: the ONNX Runtime path (:mod:`classifier.runners`) reads a model folder
without importing torch (2-3 s of start-up on two cores); :mod:`classifier.model` builds on it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from classifier.errors import ModelError
from classifier.scheme import LABELS

CONFIG_NAME = "config.json"
HEADS_NAME = "heads.safetensors"
ADAPTER_WEIGHTS = "adapter_model.safetensors"
UNSAFE_SUFFIXES = (".bin", ".pt", ".pth", ".pkl", ".pickle", ".ckpt")


def refuse_pickles(folder: Path) -> None:
    """Refuse a folder holding pickle weights: unpickling runs code, so only safetensors load."""
    bad = [p.name for p in folder.iterdir() if p.suffix in UNSAFE_SUFFIXES]
    if bad:
        raise ModelError(f"{folder}: refusing pickle weights ({', '.join(sorted(bad))}); "
                         "only safetensors are loaded")


def read_config(folder: Path) -> dict[str, Any]:
    """The model folder's config, checked for completeness before any weight is read."""
    if not folder.exists():
        raise ModelError(f"{folder}: model folder not found")
    if not folder.is_dir():
        raise ModelError(f"{folder}: not a model folder")
    refuse_pickles(folder)
    path = folder / CONFIG_NAME
    if not path.exists():
        raise ModelError(f"{folder}: incomplete model folder (no {CONFIG_NAME})")
    try:
        config = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise ModelError(f"{path}: not valid JSON") from None
    if config.get("model_type") != "stance-classifier":
        raise ModelError(f"{folder}: not a stance-classifier model (model_type "
                         f"{config.get('model_type')!r}); train one with `stance train`")
    labels = [config.get("id2label", {}).get(str(i)) for i in range(len(LABELS))]
    if tuple(labels) != LABELS:
        raise ModelError(f"{folder}: label set {labels} does not match the scheme {list(LABELS)}")
    needed = [HEADS_NAME, "tokenizer_config.json"]
    needed.append(ADAPTER_WEIGHTS if config.get("adapter") == "lora" else "encoder/config.json")
    missing = [n for n in needed if not (folder / n).exists()]
    if missing:
        raise ModelError(f"{folder}: incomplete model folder (missing {', '.join(missing)})")
    return config
