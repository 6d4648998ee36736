"""Score a predictor on gold articles, by article: plain runs and cross-validation."""

from __future__ import annotations

from typing import Callable, Sequence

from classifier.inputs import InputArticle, InputUnit
from classifier.predict import Predictor
from classifier.scheme import Article
from training.metrics import score


def as_inputs(articles: Sequence[Article]) -> list[InputArticle]:
    """Gold articles as pre-split model input (gold unit boundaries, no labels)."""
    return [InputArticle(a.article_id, [InputUnit(u.sentence_id, u.text) for u in a.units])
            for a in articles]


def gold_rows(articles: Sequence[Article]) -> list[dict]:
    """Gold units as metric rows, each carrying its article's alias lists and metadata."""
    return [{"article_id": a.article_id, "sentence_id": u.sentence_id, "text": u.text,
             "label": u.label, "holders": u.holders, "actors": a.actors, "meta": a.meta}
            for a in articles for u in a.units]


def predict_rows(predictor: Predictor, articles: Sequence[Article]) -> list[dict]:
    """The predictor's records for the gold articles' units, in the same order."""
    return [rec for recs in predictor.predict(as_inputs(articles)) for rec in recs]


def align(gold: Sequence[dict], predictions: Sequence[dict], source: str) -> list[dict]:
    """Predictions reordered to match gold units by (article_id, sentence_id); gaps are errors."""
    from classifier.errors import DataError

    index = {(p["article_id"], p["sentence_id"]): p for p in predictions}
    out = []
    for g in gold:
        key = (g["article_id"], g["sentence_id"])
        if key not in index:
            raise DataError(f"{source}: no prediction for article {key[0]!r} sentence {key[1]}")
        out.append(index[key])
    return out


def evaluate_predictor(predictor: Predictor, articles: Sequence[Article]) -> tuple[dict, list[dict], list[dict]]:
    """(metrics, gold rows, predicted rows) of a model on gold articles."""
    gold = gold_rows(articles)
    pred = predict_rows(predictor, articles)
    return score(gold, pred), gold, pred


def cross_validate(articles: Sequence[Article], train_fn: Callable[[list[Article], int], Predictor],
                   folds: int | None = None, seed: int = 13) -> tuple[dict, list[dict], list[dict]]:
    """Leave-one-article-out (``folds=None``) or k-fold by article; pooled out-of-fold scores.

    ``train_fn(train_articles, fold)`` returns a predictor trained on those articles only.
    """
    import random

    ids = sorted(a.article_id for a in articles)
    random.Random(seed).shuffle(ids)
    k = len(ids) if not folds or folds >= len(ids) else folds
    groups = [ids[i::k] for i in range(k)]
    gold_all: list[dict] = []
    pred_all: list[dict] = []
    per_fold = []
    for fold, held in enumerate(groups):
        held_set = set(held)
        train = [a for a in articles if a.article_id not in held_set]
        test = [a for a in articles if a.article_id in held_set]
        predictor = train_fn(train, fold)
        metrics, gold, pred = evaluate_predictor(predictor, test)
        per_fold.append({"fold": fold, "articles": held, "macro_f1": metrics["macro_f1"],
                         "accuracy": metrics["accuracy"], "holder_accuracy": metrics["holder_accuracy"]})
        gold_all.extend(gold)
        pred_all.extend(pred)
    pooled = score(gold_all, pred_all)
    pooled["folds"] = per_fold
    return pooled, gold_all, pred_all


def full_metrics(gold: list[dict], pred: list[dict], bootstrap: int = 1000, seed: int = 0) -> dict:
    """Scores plus bootstrap intervals, calibration (when scores exist), breakdowns, worst errors."""
    from training.report import breakdowns, holder_breakdown, worst_errors
    from training.uncertainty import bootstrap_ci, calibration

    metrics = score(gold, pred)
    metrics["articles"] = len({g["article_id"] for g in gold})
    if bootstrap:
        metrics["ci"] = bootstrap_ci(gold, pred, n=bootstrap, seed=seed)
    if all(p.get("scores") for p in pred):
        metrics["calibration"] = calibration(gold, pred)
    metrics["breakdowns"] = breakdowns(gold, pred)
    metrics["holder_breakdown"] = holder_breakdown(gold, pred)
    metrics["worst_errors"] = worst_errors(gold, pred)
    return metrics


def write_report(out_dir, metrics: dict, title: str, markdown: str | None = None) -> None:
    """The report folder: metrics.json, report.md, report.html, confusion.png, reliability.png."""
    import json
    from pathlib import Path

    from classifier.output import atomic_writer
    from training.figures import confusion_png, reliability_png
    from training.report import extra_markdown, metrics_markdown

    out = Path(out_dir)
    images = {"confusion": confusion_png(metrics["confusion"]["labels"], metrics["confusion"]["matrix"])}
    if metrics.get("calibration"):
        images["reliability"] = reliability_png(metrics["calibration"]["bins"], metrics["calibration"]["ece"])
    for name, data in images.items():
        with atomic_writer(out / f"{name}.png", "wb") as f:
            f.write(data)
    with atomic_writer(out / "metrics.json") as f:
        f.write(json.dumps(metrics, indent=2, ensure_ascii=False) + "\n")
    with atomic_writer(out / "report.md") as f:
        f.write(markdown or metrics_markdown(metrics, title) + extra_markdown(metrics))
    try:
        from classifier.html_view import render_report_html
    except ImportError:  # pragma: no cover - html view is part of the package
        return
    with atomic_writer(out / "report.html") as f:
        f.write(render_report_html(metrics, title, images=images, worst_errors=metrics.get("worst_errors")))
