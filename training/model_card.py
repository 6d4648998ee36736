"""The model card (a model folder's README.md), filled in from a template.

The text lives in the templates below; :func:`model_card` fills them from the model's config
(base model, data hash, split sizes, hyper-parameters) and its dev metrics.
"""

from __future__ import annotations

from pathlib import Path

from classifier.scheme import LABELS

CARD_TEMPLATE = """\
---
library_name: stance-classifier
base_model: {base_model}
tags: [text-classification, token-classification, stance, news]
---

# Stance classifier model

Labels each sentence of a news article as {labels} and tags who holds the stance (an actor named in the text, AUTHOR or NONE).
Labelling contract: ANNOTATION_SCHEME.md (see docs/annotation-guide.md).

## Training

- base model: `{base_model}` ({encoder_layers}; adapter: {adapter}; LoRA layers: {lora_modules}; lower layers frozen and cached: {frozen_layers})
- data hash (sha256 of the annotation files): `{data_hash}`
- training articles: {n_train_articles}, units: {n_train_units}
- dev articles: {n_dev_articles}, units: {n_dev_units}
- epochs {epochs}, learning rate {learning_rate}, batch {batch_size}, seed {seed}, context window {context_window}, joint units {joint_units}, max length {max_length}
- training time: {train_seconds:.0f} s

## Dev metrics (held-out articles)

{dev_section}

Quality figures are on the project's own (largely synthetic) corpus; expect lower scores on other outlets and beats.
"""

DEV_TEMPLATE = """\
- macro-F1: {macro_f1:.3f}
- accuracy: {accuracy:.3f}
- holder accuracy: {holder_accuracy:.3f}

| label | precision | recall | F1 | support |
|---|---|---|---|---|
{rows}"""

DEV_ROW_TEMPLATE = "| {label} | {precision:.3f} | {recall:.3f} | {f1:.3f} | {support} |"

NO_DEV = "No dev split (too few articles)."


def model_card(config: dict, dev_metrics: dict | None) -> str:
    """The card's text: what the model is, what it was trained on, and how it scored on dev."""
    if dev_metrics:
        rows = "\n".join(DEV_ROW_TEMPLATE.format(label=lab, **m) for lab, m in dev_metrics["per_label"].items())
        dev_section = DEV_TEMPLATE.format(rows=rows, **{k: dev_metrics[k] for k in
                                                         ("macro_f1", "accuracy", "holder_accuracy")})
    else:
        dev_section = NO_DEV
    fields = {k: config.get(k) for k in ("n_train_articles", "n_train_units", "n_dev_articles", "n_dev_units")}
    return CARD_TEMPLATE.format(
        labels=", ".join(LABELS), data_hash=config.get("data_hash", "n/a"),
        train_seconds=config.get("train_seconds", 0), dev_section=dev_section, **fields,
        lora_modules=config.get("lora_modules", "all"), frozen_layers=config.get("frozen_layers", 0),
        joint_units=config.get("joint_units", 0),
        encoder_layers=(f"its bottom {config['encoder_layers']} layers" if config.get("encoder_layers")
                        else "all its layers"),
        **{k: config[k] for k in ("base_model", "adapter", "epochs", "learning_rate", "batch_size", "seed",
                                  "context_window", "max_length")})


def write_model_card(folder: Path, config: dict, dev_metrics: dict | None) -> None:
    """Write the card to ``folder/README.md``."""
    (folder / "README.md").write_text(model_card(config, dev_metrics), encoding="utf-8")
