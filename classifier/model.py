"""The stance model and the one place where model folders are written and loaded.

Architecture: a BERT-style encoder (all-MiniLM-L6-v2 by default) shared by three heads:
- ``label``: the unit's label (condition / attribution / opinion / claim), from the mean of
  the target sentence's token vectors;
- ``kind``: the holder's kind (a named ACTOR, AUTHOR or NONE), from the same vector;
- ``span``: BIO tags over the target's tokens marking the holder's mention in the text
  ("The State Department", "they"), which :mod:`classifier.holders` resolves to an actor.

Folder format (all tensors as safetensors; nothing is unpickled, no remote code):
``config.json`` (labels, base model, settings), ``heads.safetensors``, the encoder as a
LoRA adapter (``adapter_config.json`` + ``adapter_model.safetensors``, a few MB over the
base encoder) or in full (``encoder/``), the tokenizer, and a model card ``README.md``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import torch
from torch import nn

from classifier.encoders import keep_bottom_layers, lora_targets, resolve_base
from classifier.errors import ModelError
from classifier.model_files import (ADAPTER_WEIGHTS, CONFIG_NAME, HEADS_NAME, read_config,  # noqa: F401 - re-exported
                                     refuse_pickles)
from classifier.scheme import HOLDER_KINDS, LABELS

SPAN_TAGS: tuple[str, ...] = ("O", "B", "I")


def load_encoder(base: str, layers: int = 0):
    """Load a base encoder from safetensors only, never with remote code; with ``layers`` > 0,
    only its bottom ``layers`` layers (:func:`classifier.encoders.keep_bottom_layers`)."""
    from transformers import AutoModel

    path = resolve_base(base)
    folder = Path(path)
    if folder.is_dir():
        refuse_pickles(folder)
        if not any(folder.glob("*.safetensors")):
            raise ModelError(f"{folder}: no .safetensors weights (pickle weights are not loaded)")
    try:
        try:
            encoder = AutoModel.from_pretrained(path, use_safetensors=True, trust_remote_code=False,
                                                add_pooling_layer=False)
        except TypeError:  # encoders without a pooling layer option
            encoder = AutoModel.from_pretrained(path, use_safetensors=True, trust_remote_code=False)
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot load base encoder {base!r}: {str(exc).splitlines()[0]}") from None
    return keep_bottom_layers(encoder, layers)


class StanceModel(nn.Module):
    """Encoder plus label, holder-kind and holder-span heads (see module docstring)."""

    def __init__(self, encoder: nn.Module, hidden_size: int, dropout: float = 0.1,
                 kind_weight: float = 0.5, span_weight: float = 0.5) -> None:
        super().__init__()
        self.encoder = encoder
        self.dropout = nn.Dropout(dropout)
        self.label_head = nn.Linear(hidden_size, len(LABELS))
        self.kind_head = nn.Linear(hidden_size, len(HOLDER_KINDS))
        self.span_head = nn.Linear(hidden_size, len(SPAN_TAGS))
        self.kind_weight = kind_weight
        self.span_weight = span_weight

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor,
                token_type_ids: torch.Tensor | None = None, labels: torch.Tensor | None = None,
                kinds: torch.Tensor | None = None, span_tags: torch.Tensor | None = None,
                unit_index: torch.Tensor | None = None, **_: Any) -> dict[str, torch.Tensor]:
        """Logits (and the loss, given targets). Without ``unit_index`` each row is one unit;
        with it (joint windows, :func:`classifier.encoding.joint_windows`) each row holds several
        and the label/kind logits come one per unit, row by row, in reading order."""
        kwargs = {"input_ids": input_ids, "attention_mask": attention_mask}
        if token_type_ids is not None and getattr(self.encoder.config, "type_vocab_size", 1) > 1:
            kwargs["token_type_ids"] = token_type_ids
        hidden = self.encoder(**kwargs).last_hidden_state
        pooled = self.dropout(self.pool(hidden, attention_mask, token_type_ids, unit_index))
        out = {
            "label_logits": self.label_head(pooled),
            "kind_logits": self.kind_head(pooled),
            "span_logits": self.span_head(self.dropout(hidden)),
        }
        if labels is not None:
            ce = nn.functional.cross_entropy
            loss = ce(out["label_logits"], labels)
            if kinds is not None:
                loss = loss + self.kind_weight * ce(out["kind_logits"], kinds)
            if span_tags is not None and (span_tags != -100).any():
                loss = loss + self.span_weight * ce(out["span_logits"].reshape(-1, len(SPAN_TAGS)),
                                                    span_tags.reshape(-1), ignore_index=-100)
            out["loss"] = loss
        return out

    @staticmethod
    def pool(hidden: torch.Tensor, attention_mask: torch.Tensor, token_type_ids: torch.Tensor | None,
             unit_index: torch.Tensor | None) -> torch.Tensor:
        """Mean of each unit's own token vectors: (units, hidden).

        Pairs: the target sentence only (segment 0), so context informs but does not dilute;
        the collators mark segment 0 in ``token_type_ids`` whatever the tokenizer gives (MPNet's
        gives all zeros). Joint windows: each unit of each row from the tokens ``unit_index``
        assigns to it.
        """
        if unit_index is not None:
            n = int(unit_index.max().item()) + 1
            member = (unit_index.unsqueeze(1) == torch.arange(n, device=unit_index.device).view(1, n, 1))
            member = member.to(hidden.dtype)  # (rows, units, tokens)
            counts = member.sum(-1)
            pooled = torch.bmm(member, hidden) / counts.clamp(min=1.0).unsqueeze(-1)
            return pooled[counts > 0]
        mask = attention_mask.clone()
        if token_type_ids is not None:
            mask = mask * (token_type_ids == 0).to(mask.dtype)
        weights = mask.unsqueeze(-1).to(hidden.dtype)
        return (hidden * weights).sum(1) / weights.sum(1).clamp(min=1.0)

    def head_state(self) -> dict[str, torch.Tensor]:
        """The heads' weights (the part trained from scratch)."""
        return {k: v.detach().contiguous() for k, v in self.state_dict().items()
                if not k.startswith("encoder.")}


def build_model(base: str, adapter: str = "lora", lora_r: int = 16, lora_alpha: int = 32,
                dropout: float = 0.1, lora_modules: str = "all", frozen_layers: int = 0,
                kind_weight: float = 0.5, span_weight: float = 0.5, encoder_layers: int = 0) -> StanceModel:
    """A fresh model over ``base``; with ``adapter="lora"`` only LoRA matrices and heads train.

    ``lora_modules`` picks the adapted layers per architecture (see
    :data:`classifier.encoders.LORA_TARGETS`): a name list written for BERT would silently
    skip MPNet's attention, so the list is chosen from the encoder's ``model_type``.
    ``encoder_layers`` > 0 keeps only the base's bottom layers (a faster model).
    """
    encoder = load_encoder(base, encoder_layers)
    if adapter == "lora":
        from peft import LoraConfig, get_peft_model

        targets = lora_targets(encoder.config.model_type, lora_modules)
        extra = {}
        layers = encoder.config.num_hidden_layers
        if frozen_layers >= layers:
            raise ModelError(f"--frozen-layers {frozen_layers}: the encoder has only {layers} layers "
                             "(use fewer, or 0 to adapt every layer)")
        if frozen_layers:  # adapters on the top layers only (see training.cached)
            extra = {"layers_to_transform": list(range(frozen_layers, encoder.config.num_hidden_layers)),
                     "layers_pattern": "layer"}
        cfg = LoraConfig(r=lora_r, lora_alpha=lora_alpha, lora_dropout=0.05,
                         target_modules=targets, bias="none", **extra)
        encoder = get_peft_model(encoder, cfg)
    elif adapter != "full":
        raise ValueError(f"unknown adapter {adapter!r} (lora or full)")
    return StanceModel(encoder, encoder.config.hidden_size, dropout=dropout,
                       kind_weight=kind_weight, span_weight=span_weight)


def save_model(model: StanceModel, tokenizer, folder: Path, config: dict[str, Any]) -> None:
    """Write a complete model folder into ``folder`` (callers make it atomic via a temp dir)."""
    from safetensors.torch import save_file

    folder.mkdir(parents=True, exist_ok=True)
    save_file(model.head_state(), str(folder / HEADS_NAME))
    if config.get("adapter") == "lora":
        model.encoder.save_pretrained(str(folder), safe_serialization=True)
        adapter_cfg = folder / "adapter_config.json"
        cfg = json.loads(adapter_cfg.read_text(encoding="utf-8"))
        cfg["base_model_name_or_path"] = config["base_model"]  # a name, not this machine's path
        adapter_cfg.write_text(json.dumps(cfg, indent=2) + "\n", encoding="utf-8")
    else:
        model.encoder.save_pretrained(str(folder / "encoder"), safe_serialization=True)
    tokenizer.save_pretrained(str(folder))
    full = dict(config)
    full.update({
        "model_type": "stance-classifier",
        "architectures": ["StanceModel"],
        "id2label": {str(i): label for i, label in enumerate(LABELS)},
        "label2id": {label: i for i, label in enumerate(LABELS)},
        "holder_kinds": list(HOLDER_KINDS),
        "span_tags": list(SPAN_TAGS),
        "hidden_size": model.label_head.in_features,
    })
    (folder / CONFIG_NAME).write_text(json.dumps(full, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")


def _merge_plain_lora(encoder: nn.Module, folder: Path) -> bool:
    """Fold a plain LoRA adapter into ``encoder`` in place: W += B @ A * alpha / r.

    This is what ``peft``'s ``merge_and_unload`` computes for a plain LoRA; doing it here
    skips importing peft (about 2 s of CLI start-up). Anything beyond plain LoRA (DoRA,
    rsLoRA, per-module ranks, extra saved modules) returns False so peft handles it.
    """
    from safetensors.torch import load_file

    cfg = json.loads((folder / "adapter_config.json").read_text(encoding="utf-8"))
    plain = (cfg.get("peft_type") == "LORA" and not cfg.get("use_dora") and not cfg.get("use_rslora")
             and not cfg.get("alpha_pattern") and not cfg.get("rank_pattern")
             and not cfg.get("modules_to_save") and cfg.get("bias", "none") == "none"
             and not cfg.get("fan_in_fan_out"))
    if not plain:
        return False
    scaling = cfg["lora_alpha"] / cfg["r"]
    weights = load_file(str(folder / ADAPTER_WEIGHTS))
    modules = dict(encoder.named_modules())
    prefix = "base_model.model."
    pairs = {}
    for key, tensor in weights.items():
        for part in ("lora_A", "lora_B"):
            marker = f".{part}.weight"
            if key.endswith(marker) and key.startswith(prefix):
                pairs.setdefault(key[len(prefix):-len(marker)], {})[part] = tensor
    if not pairs or any(name not in modules or len(p) != 2 for name, p in pairs.items()):
        return False
    with torch.no_grad():
        for name, p in pairs.items():
            linear = modules[name]
            linear.weight += (p["lora_B"] @ p["lora_A"]).to(linear.weight.dtype) * scaling
    return True


def _load_fast(folder: Path, config: dict[str, Any]) -> tuple[nn.Module, Any] | None:
    """Encoder and tokenizer via the lean encoders (:mod:`classifier.fast_bert`,
    :mod:`classifier.fast_mpnet`) when the base is a plain BERT or MPNet."""
    from classifier import fast_bert, fast_mpnet
    from classifier.tokenizer import FastTokenizer

    base = Path(resolve_base(config["base_model"])) if config.get("adapter") == "lora" else folder / "encoder"
    if not (base.is_dir() and (folder / "tokenizer.json").exists()):
        return None
    if fast_bert.supported(base):
        loader = fast_bert.load_fast_bert
    elif fast_mpnet.supported(base):
        loader = fast_mpnet.load_fast_mpnet
    else:
        return None
    refuse_pickles(base)
    encoder = loader(base, int(config.get("encoder_layers", 0)))
    if config.get("adapter") == "lora" and not _merge_plain_lora(encoder, folder):
        return None
    return encoder, FastTokenizer(folder)


def load_model(folder: str | Path, merge: bool = True, fast: bool = True) -> tuple[StanceModel, Any, dict[str, Any]]:
    """Load (model, tokenizer, config) from a model folder; safetensors only.

    With ``merge`` a LoRA adapter is folded into the encoder weights, so inference runs a
    plain encoder at full speed. With ``fast`` (inference), a BERT or MPNet base runs on the
    lean encoders (:mod:`classifier.fast_bert`, :mod:`classifier.fast_mpnet`), skipping the
    import of ``transformers``.
    """

    folder = Path(folder)
    config = read_config(folder)
    loaded = _load_fast(folder, config) if fast and merge else None
    if loaded is not None:
        encoder, tokenizer = loaded
        return _with_heads(folder, encoder, config), tokenizer, config
    from transformers import AutoTokenizer

    if config.get("adapter") == "lora":
        encoder = load_encoder(config["base_model"], int(config.get("encoder_layers", 0)))
        if not (merge and _merge_plain_lora(encoder, folder)):
            from peft import PeftModel

            try:
                encoder = PeftModel.from_pretrained(encoder, str(folder), is_trainable=not merge)
            except Exception as exc:  # noqa: BLE001 - peft raises many types for a bad adapter
                raise ModelError(f"{folder}: cannot load adapter ({str(exc).splitlines()[0]})") from None
            if merge:
                encoder = encoder.merge_and_unload()
    else:
        encoder = load_encoder(str(folder / "encoder"))
    model = _with_heads(folder, encoder, config)
    try:
        tokenizer = AutoTokenizer.from_pretrained(str(folder), use_fast=True, trust_remote_code=False)
    except Exception as exc:  # noqa: BLE001
        raise ModelError(f"{folder}: cannot load tokenizer ({str(exc).splitlines()[0]})") from None
    return model, tokenizer, config


def _with_heads(folder: Path, encoder: nn.Module, config: dict[str, Any]) -> StanceModel:
    """The stance model around ``encoder`` with the folder's trained heads, in eval mode."""
    from safetensors.torch import load_file

    model = StanceModel(encoder, config["hidden_size"])
    try:
        missing, unexpected = model.load_state_dict(load_file(str(folder / HEADS_NAME)), strict=False)
    except Exception as exc:  # noqa: BLE001 - a corrupt or mismatched file
        raise ModelError(f"{folder / HEADS_NAME}: cannot load ({str(exc).splitlines()[0]})") from None
    bad = [k for k in missing if not k.startswith("encoder.")] + list(unexpected)
    if bad:
        raise ModelError(f"{folder / HEADS_NAME}: weights do not match the model ({bad[0]} ...)")
    return model.eval()
