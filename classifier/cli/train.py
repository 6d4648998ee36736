"""``stance train``: fine-tune a model on annotated articles and save a model folder."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from classifier.cli.common import log, progress_option, quiet_libraries, quiet_option, show_progress
from classifier.settings import default_corpus
from training.config import TrainConfig

DEFAULTS = TrainConfig()


def train(
    data: List[Path] = typer.Argument(None, help="Annotation JSONL files or folders (default data/gold)."),
    output: Path = typer.Option(..., "--output", "-o", help="Model folder to write."),
    base_model: str = typer.Option(DEFAULTS.base_model, "--base", help="Base encoder: the PyPI package name, a folder, or a hub id."),
    adapter: str = typer.Option(DEFAULTS.adapter, help="lora (small folder over the base) or full."),
    lora_modules: str = typer.Option(DEFAULTS.lora_modules, help="Layers LoRA adapts: ffn, attn or all."),
    encoder_layers: int = typer.Option(DEFAULTS.encoder_layers, help="Keep only the base encoder's bottom N layers (0: all; 6 of mpnet's 12 runs twice as fast)."),
    frozen_layers: int = typer.Option(DEFAULTS.frozen_layers, help="Lower layers without adapter, cached once (faster CPU training)."),
    kind_weight: float = typer.Option(DEFAULTS.kind_weight, help="Weight of the holder-kind loss."),
    span_weight: float = typer.Option(DEFAULTS.span_weight, help="Weight of the holder-span loss."),
    epochs: float = typer.Option(DEFAULTS.epochs),
    learning_rate: float = typer.Option(DEFAULTS.learning_rate, "--lr"),
    batch_size: int = typer.Option(DEFAULTS.batch_size),
    max_length: int = typer.Option(DEFAULTS.max_length),
    context_window: int = typer.Option(DEFAULTS.context_window, help="Neighbouring units on each side given as context."),
    joint_units: int = typer.Option(DEFAULTS.joint_units, help="Encode up to N consecutive units jointly, "
                                    "each pooled from its own tokens (0: one unit per input)."),
    seed: int = typer.Option(DEFAULTS.seed),
    splits: Optional[Path] = typer.Option(None, help="splits.json: train on 'train', score on 'dev'."),
    dev_fraction: float = typer.Option(DEFAULTS.dev_fraction, help="Without --splits: share of articles held out for dev."),
    resume: bool = typer.Option(False, help="Resume from the last checkpoint of an interrupted run."),
    progress: Optional[bool] = progress_option(),
    quiet: bool = quiet_option(),
) -> None:
    """Fine-tune a model on annotated articles and save it as a model folder."""
    from classifier.records import annotation_files

    files = annotation_files(data or [default_corpus()])
    quiet_libraries()
    from training.data import dev_split, load_training_articles, split_articles
    from training.train import train_and_save

    articles = load_training_articles(files)
    if splits is not None:
        train_set = split_articles(articles, splits, "train")
        dev_set = split_articles(articles, splits, "dev")
    else:
        train_set, dev_set = dev_split(articles, dev_fraction, seed)
    cfg = TrainConfig(base_model=base_model, adapter=adapter, lora_modules=lora_modules, encoder_layers=encoder_layers,
                      frozen_layers=frozen_layers,
                      kind_weight=kind_weight, span_weight=span_weight, epochs=epochs, learning_rate=learning_rate,
                      batch_size=batch_size, max_length=max_length, context_window=context_window,
                      joint_units=joint_units, seed=seed, dev_fraction=dev_fraction)
    metrics = train_and_save(train_set, dev_set, output, cfg, files, quiet=not show_progress(progress, quiet),
                             resume=resume)
    if metrics is None:  # a non-main rank of `accelerate launch`: rank 0 reports
        return
    msg = f"saved {output} ({len(train_set)} train / {len(dev_set)} dev articles)"
    if metrics:
        msg += f"; dev macro-F1 {metrics['macro_f1']:.3f}, accuracy {metrics['accuracy']:.3f}, " \
               f"holder accuracy {metrics['holder_accuracy']:.3f}"
    if not quiet:
        log(msg)


def register(app: typer.Typer) -> None:
    """Add ``train`` to the ``stance`` app."""
    app.command()(train)
