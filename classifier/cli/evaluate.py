"""``stance evaluate`` (score a model, prediction files and baselines, or cross-validate) and
``stance learning-curve``; the experiments themselves are in :mod:`training.evaluation` and
:mod:`training.learning_curve`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import List, Optional

import typer

from classifier.cli.common import log, quiet_libraries
from classifier.errors import InputError
from classifier.settings import DEFAULT_MODEL, DEFAULT_SPLITS, default_corpus
from training.config import TrainConfig

DEFAULTS = TrainConfig()


def evaluate(
    gold: List[Path] = typer.Argument(None, help="Gold annotation files or folders (default data/gold)."),
    model: Optional[Path] = typer.Option(None, "--model", "-m",
                                         help="Model folder to score (default models/default unless --predictions)."),
    predictions: List[Path] = typer.Option(None, "--predictions", "-p",
                                           help="Score a predictions JSONL (repeatable), e.g. LLM drafts."),
    baseline: List[str] = typer.Option(None, "--baseline", "-b",
                                       help="Also score a baseline: majority, rules, tfidf or all (fit on the train split)."),
    split: Optional[str] = typer.Option(None, help="Only the articles of this split (train/dev/test)."),
    precision: str = typer.Option("fp32", help="With a model: fp32 or int8 (the CPU fast path)."),
    splits: Path = typer.Option(DEFAULT_SPLITS, help="splits.json for --split and for fitting baselines."),
    cv: bool = typer.Option(False, "--cv", help="Cross-validate by article: train a fresh model per fold."),
    folds: int = typer.Option(5, help="With --cv: k folds by article; 0 = leave-one-article-out."),
    base_model: str = typer.Option(DEFAULTS.base_model, "--base", help="With --cv: base encoder."),
    epochs: float = typer.Option(DEFAULTS.epochs, help="With --cv: epochs per fold."),
    context_window: int = typer.Option(DEFAULTS.context_window, help="With --cv: neighbouring units given as context."),
    max_length: int = typer.Option(DEFAULTS.max_length, help="With --cv: maximum tokens per input."),
    joint_units: int = typer.Option(DEFAULTS.joint_units, help="With --cv: units encoded jointly (0: one per input)."),
    bootstrap: int = typer.Option(1000, help="Bootstrap replicates over articles for 95% intervals (0 = none)."),
    seed: int = typer.Option(DEFAULTS.seed),
    fmt: str = typer.Option("markdown", "--format", "-f", help="markdown or json (printed)."),
    output_dir: Optional[Path] = typer.Option(None, help="Write the report folder here (metrics.json, report.md, "
                                                          "report.html, confusion.png, reliability.png)."),
) -> None:
    """Score a model, prediction files and baselines (or cross-validation) against gold articles."""
    from classifier.records import annotation_files, load_articles
    from training.baselines import baseline_names
    from training.data import split_articles

    if fmt not in ("markdown", "json"):
        raise InputError(f"unknown --format {fmt!r} (markdown or json)")
    names = baseline_names(baseline or [])
    all_articles = load_articles(annotation_files(gold or [default_corpus()]))
    articles = split_articles(all_articles, splits, split)
    quiet_libraries()
    from training.evaluation import align, compare, cross_validate_model, evaluate_predictor, gold_rows, read_predictions

    gold_list = gold_rows(articles)
    runs: list[tuple[str, list[dict]]] = []
    temperature = 1.0
    cv_folds = None
    if cv:
        cfg = TrainConfig(base_model=base_model, epochs=epochs, seed=seed, context_window=context_window,
                          max_length=max_length, joint_units=joint_units)
        pooled, gold_list, pred = cross_validate_model(articles, cfg, folds=folds or None, seed=seed, log=log)
        runs.append((f"cv-{folds or 'loo'}", pred))
        cv_folds = pooled["folds"]
    else:
        if model is not None or not predictions:
            from classifier.predict import Predictor

            model_dir = model or DEFAULT_MODEL
            predictor = Predictor(model_dir, precision=precision)
            _, _, pred = evaluate_predictor(predictor, articles)
            runs.append((f"model:{model_dir.name}", pred))
            temperature = predictor.temperature
        for path in predictions or []:
            runs.append((path.stem, align(gold_list, read_predictions(path), str(path))))
        if names:
            from training.baselines import BASELINES

            train_articles = split_articles(all_articles, splits, "train") if splits.exists() else None
            if train_articles is None:
                raise InputError(f"{splits}: baselines are fit on the train split; no splits file found")
            for name in names:
                runs.append((name, align(gold_list, BASELINES[name]().fit(train_articles).predict_rows(articles), name)))
    metrics, title, markdown = compare(gold_list, runs, bootstrap=bootstrap, seed=seed, split=split,
                                       temperature=temperature, folds=cv_folds)
    if output_dir is not None:
        from training.evaluation import write_report

        write_report(output_dir, metrics, title, markdown=markdown)
    typer.echo(json.dumps(metrics, indent=2) if fmt == "json" else markdown)


def learning_curve(
    data: List[Path] = typer.Argument(None, help="Gold annotation files or folders (default data/gold)."),
    splits: Path = typer.Option(DEFAULT_SPLITS, help="splits.json: train on shares of 'train', score on 'test'."),
    fractions: str = typer.Option("0.25,0.5,0.75,1.0", help="Shares of the training articles."),
    base_model: str = typer.Option(DEFAULTS.base_model, "--base"),
    epochs: float = typer.Option(DEFAULTS.epochs),
    context_window: int = typer.Option(DEFAULTS.context_window),
    max_length: int = typer.Option(DEFAULTS.max_length),
    seed: int = typer.Option(DEFAULTS.seed),
    output_dir: Path = typer.Option(Path("reports/learning-curve"), help="Writes learning_curve.json and .png."),
) -> None:
    """Train on growing shares of the train split and score each on the test split."""
    from classifier.records import annotation_files, load_articles
    from training.data import split_articles
    from training.learning_curve import learning_curve_table, parse_fractions

    shares = parse_fractions(fractions)
    articles = load_articles(annotation_files(data or [default_corpus()]))
    train_set = split_articles(articles, splits, "train")
    test_set = split_articles(articles, splits, "test")
    quiet_libraries()
    from training.learning_curve import learning_curve as run_learning_curve, write_learning_curve

    cfg = TrainConfig(base_model=base_model, epochs=epochs, context_window=context_window,
                      max_length=max_length, seed=seed)
    points = run_learning_curve(train_set, test_set, shares, cfg, log=log)
    write_learning_curve(output_dir, points)
    typer.echo(learning_curve_table(points))


def register(app: typer.Typer) -> None:
    """Add ``evaluate`` and ``learning-curve`` to the ``stance`` app."""
    app.command()(evaluate)
    app.command("learning-curve")(learning_curve)
