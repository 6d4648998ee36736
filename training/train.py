"""Fine-tune the stance model with the Hugging Face ``Trainer`` and save a model folder.

Fixed seeds, an article-level dev split, progress bars from ``Trainer``; the folder is
written to a temporary sibling and renamed into place, so a crash never leaves half a model.
``Trainer`` also means ``accelerate launch`` runs it on several GPUs or nodes unchanged.
"""

from __future__ import annotations

import contextlib
import os
import sys
import shutil
import tempfile
import time
from dataclasses import asdict
from pathlib import Path
from typing import Sequence

from classifier.files import usual_permissions as _usual_permissions
from classifier.encoders import resolve_base
from classifier.model import build_model, save_model
from classifier.scheme import LABELS, Article
from training.config import TrainConfig
from training.data import Collator, data_hash, tokenise, unit_examples, window_examples
from training.model_card import write_model_card

__all__ = ["TrainConfig", "train_in_memory", "train_and_save", "write_model_card"]


def set_seed(seed: int) -> None:
    from transformers import set_seed as hf_set_seed

    hf_set_seed(seed)


def train_in_memory(train_articles: Sequence[Article], cfg: TrainConfig, work_dir: Path | None = None,
                    quiet: bool = False, resume: bool = False):
    """Train and return (model, tokenizer, config dict) without writing a model folder."""
    import torch
    from transformers import AutoTokenizer, Trainer, TrainingArguments

    set_seed(cfg.seed)
    base_path = resolve_base(cfg.base_model)
    tokenizer = AutoTokenizer.from_pretrained(base_path, use_fast=True, trust_remote_code=False)
    model = build_model(cfg.base_model, adapter=cfg.adapter, lora_r=cfg.lora_r, lora_alpha=cfg.lora_alpha,
                        lora_modules=cfg.lora_modules, frozen_layers=cfg.frozen_layers,
                        kind_weight=cfg.kind_weight, span_weight=cfg.span_weight,
                        encoder_layers=cfg.encoder_layers)
    if cfg.joint_units > 0:
        from datasets import Dataset

        dataset = Dataset.from_list(window_examples(tokenizer, train_articles, cfg.max_length, cfg.joint_units))
    else:
        rows = unit_examples(train_articles, cfg.context_window, tokenizer.sep_token)
        dataset = tokenise(tokenizer, rows, cfg.max_length).remove_columns(["article_id", "sentence_id"])
    config = {**{k: v for k, v in asdict(cfg).items() if k != "extra"}, **cfg.extra}
    if cfg.frozen_layers:
        from training.cached import train_cached

        if cfg.adapter != "lora":
            raise ValueError("--frozen-layers needs the LoRA adapter")
        train_cached(model, list(dataset), tokenizer.pad_token_id or 0, cfg.frozen_layers, cfg.epochs,
                     cfg.learning_rate, cfg.batch_size, cfg.weight_decay, cfg.warmup_ratio, cfg.seed, quiet=quiet)
        return model, tokenizer, config
    tmp = None
    if work_dir is None:
        tmp = tempfile.mkdtemp(prefix="stance-train-")
        work_dir = Path(tmp)
    args = TrainingArguments(
        output_dir=str(work_dir),
        num_train_epochs=cfg.epochs,
        learning_rate=cfg.learning_rate,
        per_device_train_batch_size=cfg.batch_size,
        weight_decay=cfg.weight_decay,
        warmup_steps=cfg.warmup_ratio,
        lr_scheduler_type="linear",
        seed=cfg.seed,
        data_seed=cfg.seed,
        save_strategy="epoch" if tmp is None else "no",
        save_total_limit=1,
        save_only_model=False,
        logging_steps=10,
        report_to="none",
        disable_tqdm=quiet,
        remove_unused_columns=False,
        dataloader_num_workers=0,
        # Batches of similar length: far less padding, about 1.5x faster on a CPU.
        train_sampling_strategy="group_by_length",
        use_cpu=not torch.cuda.is_available(),
    )
    trainer = Trainer(model=model, args=args, train_dataset=dataset,
                      data_collator=Collator(tokenizer.pad_token_id or 0))
    checkpoint = None
    if resume:
        from transformers.trainer_utils import get_last_checkpoint

        checkpoint = get_last_checkpoint(str(work_dir)) if work_dir.exists() else None
    # Trainer prints its log lines on stdout; they are progress, not output: send them to stderr
    # so `stance evaluate --cv` and friends keep stdout for their report.
    with contextlib.redirect_stdout(sys.stderr):
        trainer.train(resume_from_checkpoint=checkpoint)
    model.eval()
    if tmp:
        shutil.rmtree(tmp, ignore_errors=True)
    config = {**{k: v for k, v in asdict(cfg).items() if k != "extra"}, **cfg.extra}
    return model, tokenizer, config


def replace_dir(tmp: Path, target: Path) -> None:
    """Move a finished folder into place; an existing target is swapped out, then removed."""
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        target.rename(old)
    tmp.rename(target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def train_and_save(train_articles: Sequence[Article], dev_articles: Sequence[Article], output: Path,
                   cfg: TrainConfig, data_files: Sequence[Path], quiet: bool = False,
                   resume: bool = False, checkpoint_dir: Path | None = None) -> dict | None:
    """Train, score on dev, and write the model folder atomically; returns dev metrics ({} with no
    dev split), or None on the non-main ranks of a distributed run."""
    import numpy as np

    from classifier.predict import Predictor
    from training.evaluation import evaluate_predictor
    from training.uncertainty import fit_temperature

    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    work = checkpoint_dir or output.with_name(f".{output.name}.checkpoints")
    model, tokenizer, config = train_in_memory(train_articles, cfg, work_dir=work, quiet=quiet, resume=resume)
    if not is_main_process():
        return None  # under `accelerate launch`, only rank 0 scores and writes the folder
    config.update({
        "data_hash": data_hash(data_files),
        "n_train_articles": len(train_articles), "n_train_units": sum(len(a.units) for a in train_articles),
        "n_dev_articles": len(dev_articles), "n_dev_units": sum(len(a.units) for a in dev_articles),
        "dev_article_ids": sorted(a.article_id for a in dev_articles),
        "train_seconds": round(time.perf_counter() - start, 1),
        "world_size": world_size(),
    })
    config.setdefault("temperature", 1.0)
    dev_metrics: dict = {}
    if dev_articles:
        predictor = Predictor(loaded=(model, tokenizer, config), device="cpu" if not _cuda() else "auto")
        dev_metrics, gold, pred = evaluate_predictor(predictor, dev_articles)
        config["dev_metrics"] = {k: dev_metrics[k] for k in ("macro_f1", "accuracy", "holder_accuracy")}
        # Temperature scaling on dev, so `scores` mean what they say (argmax is unchanged).
        config["temperature"] = round(fit_temperature(
            np.array([[p["scores"][lab] for lab in LABELS] for p in pred]),
            np.array([LABELS.index(g["label"]) for g in gold])), 4)
        model.to("cpu")
    tmp = Path(tempfile.mkdtemp(prefix=f".{output.name}.tmp-", dir=str(output.parent)))
    try:
        save_model(model, tokenizer, tmp, config)
        write_model_card(tmp, config, dev_metrics or None)
        _usual_permissions(tmp)
        replace_dir(tmp, output)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    shutil.rmtree(work, ignore_errors=True)
    return dev_metrics


def world_size() -> int:
    """Processes taking part in training (1 unless launched distributed)."""
    import torch.distributed as dist

    return dist.get_world_size() if dist.is_available() and dist.is_initialized() else 1


def is_main_process() -> bool:
    """False on every rank but 0 of a distributed run (accelerate launch / torchrun)."""
    import torch.distributed as dist

    return not (dist.is_available() and dist.is_initialized()) or dist.get_rank() == 0


def _cuda() -> bool:
    import torch

    return torch.cuda.is_available()
