"""The learning-curve experiment: train on growing shares of the train split, score each
model on the test split (with a 95% bootstrap interval over articles), plot and tabulate."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Callable, Sequence

from classifier.errors import InputError
from classifier.scheme import Article
from training.config import TrainConfig


def parse_fractions(text: str) -> list[float]:
    """``"0.25,0.5,1"`` -> sorted shares, each in (0, 1]."""
    try:
        shares = sorted(float(x) for x in text.split(","))
    except ValueError:
        raise InputError(f"--fractions {text!r}: expected numbers like 0.25,0.5,1") from None
    if not shares or shares[0] <= 0 or shares[-1] > 1:
        raise InputError("--fractions must lie in (0, 1]")
    return shares


def learning_curve(train_set: Sequence[Article], test_set: Sequence[Article], shares: Sequence[float],
                   cfg: TrainConfig, log: Callable[[str], None]) -> list[dict]:
    """One point per share: a model trained on that share of the (seed-shuffled) train
    articles, scored on ``test_set``; progress goes to ``log``."""
    from classifier.predict import Predictor
    from training.evaluation import evaluate_predictor
    from training.train import train_in_memory
    from training.uncertainty import bootstrap_ci

    order = sorted(a.article_id for a in train_set)
    random.Random(cfg.seed).shuffle(order)
    by_id = {a.article_id: a for a in train_set}
    points = []
    for share in shares:
        chosen = [by_id[i] for i in order[:max(1, round(share * len(order)))]]
        log(f"training on {len(chosen)} articles ({share:.0%})")
        metrics, gold, pred = evaluate_predictor(Predictor(loaded=train_in_memory(chosen, cfg, quiet=True)), test_set)
        ci = bootstrap_ci(gold, pred, n=1000, seed=cfg.seed)["macro_f1"]
        points.append({"share": share, "train_articles": len(chosen), "train_units": sum(len(a.units) for a in chosen),
                       "macro_f1": metrics["macro_f1"], "ci": ci, "accuracy": metrics["accuracy"],
                       "holder_accuracy": metrics["holder_accuracy"]})
        log(f"  test macro-F1 {metrics['macro_f1']:.3f} [{ci[0]:.3f}, {ci[1]:.3f}]")
    return points


def write_learning_curve(output_dir: Path, points: list[dict]) -> None:
    """``learning_curve.json`` and ``learning_curve.png`` in ``output_dir`` (atomically)."""
    from classifier.files import atomic_writer
    from training.figures import learning_curve_png

    with atomic_writer(output_dir / "learning_curve.json") as f:
        f.write(json.dumps(points, indent=2) + "\n")
    with atomic_writer(output_dir / "learning_curve.png", "wb") as f:
        f.write(learning_curve_png(points))


def learning_curve_table(points: list[dict]) -> str:
    """The points as a Markdown table (no trailing newline)."""
    lines = ["| train articles | units | test macro-F1 [95% CI] | accuracy | holder acc. |",
             "|---:|---:|---|---:|---:|"]
    for p in points:
        lines.append(f"| {p['train_articles']} | {p['train_units']} | {p['macro_f1']:.3f} [{p['ci'][0]:.3f}, "
                     f"{p['ci'][1]:.3f}] | {p['accuracy']:.3f} | {p['holder_accuracy']:.3f} |")
    return "\n".join(lines)
