"""Score predictors on gold articles, by article: plain runs, cross-validation, comparisons of
several predictors on the same articles, and the report folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Sequence

from classifier.errors import DataError
from classifier.inputs import InputArticle, InputUnit
from classifier.predict import Predictor
from classifier.records import iter_records
from classifier.scheme import Article
from training.config import TrainConfig
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
    from training.holder_metrics import holder_report
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
    metrics["holders_as_read"] = holder_report(gold, pred)
    metrics["worst_errors"] = worst_errors(gold, pred)
    return metrics


def write_report(out_dir, metrics: dict, title: str, markdown: str | None = None) -> None:
    """The report folder: metrics.json, report.md, report.html, confusion.png, reliability.png."""
    import json

    from classifier.files import atomic_writer
    from training.figures import confusion_png, reliability_png
    from training.report import extra_markdown, metrics_markdown
    from training.report_html import render_report_html

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
    with atomic_writer(out / "report.html") as f:
        f.write(render_report_html(metrics, title, images=images, worst_errors=metrics.get("worst_errors")))


def read_predictions(path: Path) -> list[dict]:
    """The unit records of a predictions JSONL (header records skipped); each needs a label and holders."""
    preds = [rec for _, rec in iter_records(path) if isinstance(rec, dict) and "sentence_id" in rec]
    for rec in preds:
        if "label" not in rec or "holders" not in rec:
            raise DataError(f"{path}: prediction for sentence {rec.get('sentence_id')} needs 'label' and 'holders'")
    return preds


def cross_validate_model(articles: Sequence[Article], cfg: TrainConfig, folds: int | None, seed: int,
                         log: Callable[[str], None]) -> tuple[dict, list[dict], list[dict]]:
    """:func:`cross_validate` with a fresh model trained per fold (``cfg``); progress goes to ``log``."""
    from training.train import train_in_memory

    def train_fn(train_articles: list, fold: int) -> Predictor:
        log(f"fold {fold}: training on {len(train_articles)} articles")
        return Predictor(loaded=train_in_memory(train_articles, cfg, quiet=True))

    return cross_validate(articles, train_fn, folds=folds, seed=seed)


def compare(gold: list[dict], runs: list[tuple[str, list[dict]]], *, bootstrap: int, seed: int,
            split: str | None = None, temperature: float = 1.0, folds: list | None = None) -> tuple[dict, str, str]:
    """(metrics, title, Markdown report) of named runs of predictions on the same gold units.

    The first run is the primary one: its full metrics (intervals, calibration, breakdowns,
    worst errors). With several runs, each is scored with bootstrap intervals and compared
    with the first by a paired bootstrap over articles.
    """
    from training.report import comparison_markdown, extra_markdown, metrics_markdown
    from training.uncertainty import bootstrap_ci, paired_bootstrap

    primary_name, primary_pred = runs[0]
    metrics = full_metrics(gold, primary_pred, bootstrap=bootstrap, seed=seed)
    if primary_name.startswith("model:"):
        metrics["temperature"] = temperature
    if folds is not None:
        metrics["folds"] = folds
    title = f"Evaluation of {primary_name} on {metrics['articles']} articles" + (f" ({split} split)" if split else "")
    comparison = []
    if len(runs) > 1:
        for i, (name, pred) in enumerate(runs):
            row = {"name": name, "metrics": score(gold, pred)}
            if bootstrap:
                row["ci"] = bootstrap_ci(gold, pred, n=bootstrap, seed=seed)
                if i:
                    row["paired"] = paired_bootstrap(gold, primary_pred, pred, n=bootstrap, seed=seed)
            comparison.append(row)
        metrics["comparison"] = [{k: v for k, v in r.items() if k != "metrics"} | {
            "macro_f1": r["metrics"]["macro_f1"], "accuracy": r["metrics"]["accuracy"],
            "holder_accuracy": r["metrics"]["holder_accuracy"],
            "per_label_f1": {k: v["f1"] for k, v in r["metrics"]["per_label"].items()}} for r in comparison]
    markdown = metrics_markdown(metrics, title)
    if comparison:
        markdown += "\n## Comparison on the same articles (95% bootstrap intervals over articles)\n\n"
        markdown += comparison_markdown(comparison)
    markdown += extra_markdown(metrics)
    return metrics, title, markdown
