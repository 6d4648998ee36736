"""``stance predict``: label every sentence of the input articles."""

from __future__ import annotations

import contextlib
import itertools
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from classifier.cli.common import (InputFormat, hint_if_terminal_stdin, progress_option, quiet_libraries,
                                   quiet_option, show_progress)
from classifier.settings import DEFAULT_MODEL, MAX_BYTES, PREDICT_BATCH_SIZE, RUNTIME

# Units under this confidence are marked when the model's config.json names no threshold
# (``min_confidence``, chosen on calibrated dev scores).
DEFAULT_MIN_CONFIDENCE = 0.6


class OutputFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"
    html = "html"
    parquet = "parquet"


class Engine(str, Enum):
    local = "local"
    ray = "ray"


class Runtime(str, Enum):
    auto = "auto"
    onnx = "onnx"
    torch = "torch"


class Precision(str, Enum):
    fp32 = "fp32"
    int8 = "int8"
    bf16 = "bf16"
    fp16 = "fp16"


def predict(
    inputs: List[str] = typer.Argument(None, help="Text files, directories of .txt files, or - for stdin."),
    model: Path = typer.Option(DEFAULT_MODEL, "--model", "-m", help="Model folder."),
    input_format: InputFormat = typer.Option(InputFormat.text, "--input-format",
                                             help="text: raw articles; jsonl: one unit a record."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f", help="Output format."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Output file (default stdout)."),
    batch_size: int = typer.Option(PREDICT_BATCH_SIZE, help="Sentences per forward pass (32 was fastest on 2 CPU cores)."),
    device: str = typer.Option("auto", help="auto, cpu, cuda, cuda:1 ..."),
    precision: Precision = typer.Option(Precision.fp32, help="fp32; int8 (CPU, dynamic quantization); bf16/fp16 (GPU)."),
    runtime: Optional[Runtime] = typer.Option(None, show_default="STANCE_RUNTIME, else auto",
                                              help="auto: ONNX Runtime on the CPU (fp32/int8), else torch; "
                                                   "onnx or torch to choose."),
    max_bytes: int = typer.Option(MAX_BYTES, help="Refuse inputs larger than this many bytes."),
    shard: Optional[str] = typer.Option(None, help="I/N: label only the I-th of N disjoint shards of the articles."),
    progress: Optional[bool] = progress_option(),
    quiet: bool = quiet_option(),
    min_confidence: Optional[float] = typer.Option(
        None, "--min-confidence", min=0.0, max=1.0, show_default="the model's, else 0.6",
        help="Mark units labelled with lower confidence (table: ? and a dimmed row; html: a flag)."),
    engine: Engine = typer.Option(Engine.local, help="local: this process; ray: an actor pool on Ray "
                                                     "(pip install \"stance-classifier[ray]\")."),
    address: Optional[str] = typer.Option(None, help="--engine ray: Ray cluster to join (auto: the running "
                                                     "one / RAY_ADDRESS); default: start a local Ray."),
    workers: Optional[int] = typer.Option(None, help="--engine ray: actors, one model each (default: one per CPU)."),
) -> None:
    """Label every sentence of the input articles."""
    if engine is Engine.ray:
        from classifier.inputs import parse_shard
        from classifier.ray_engine import run_ray

        return run_ray(inputs or [], input_format.value, model, fmt.value, output, address=address,
                       workers=workers, device=device, batch_size=batch_size, precision=precision.value,
                       max_bytes=max_bytes, shard=parse_shard(shard))
    if fmt is OutputFormat.parquet or address is not None or workers is not None:
        from classifier.ray_engine import UsageError

        raise UsageError("--format parquet, --address and --workers go with --engine ray")
    from classifier.files import atomic_writer
    from classifier.inputs import iter_articles, parse_shard
    from classifier.output import CsvSink, render_table
    from classifier.records import write_jsonl

    hint_if_terminal_stdin(inputs)
    articles = iter_articles(inputs or [], input_format.value, max_bytes, shard=parse_shard(shard))
    # Read the first article now: an empty, binary or non-UTF-8 input is refused before the
    # model loads (about 3 s), not after.
    first = next(iter(articles), None)
    articles = itertools.chain([first] if first is not None else [], articles)
    quiet_libraries()
    from classifier.predict import Predictor

    predictor = Predictor(model, device=device, batch_size=batch_size, precision=precision.value,
                          runtime=runtime.value if runtime else RUNTIME)
    threshold = min_confidence if min_confidence is not None else \
        float(predictor.config.get("min_confidence") or DEFAULT_MIN_CONFIDENCE)
    from tqdm import tqdm

    bar = tqdm(desc="labelled", unit=" article", file=sys.stderr, leave=False, dynamic_ncols=True,
               disable=not show_progress(progress, quiet))

    def labelled(stream):
        """Each article's records as they are labelled, with the progress bar counting them.

        The bar is on stderr and is cleared (``leave=False``) when labelling ends; whatever is
        written while it runs is written with the bar cleared first (see ``results``)."""
        try:
            for records in predictor.predict(stream):
                bar.update(1)
                yield records
        finally:
            bar.close()

    def results():
        """Clears the bar from the terminal while a result is written, then redraws it."""
        return bar.external_write_mode(file=sys.stderr) if not bar.disable else contextlib.nullcontext()

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
        page = render_article_html(groups[0], sources.get(groups[0][0]["article_id"]), min_confidence=threshold) \
            if len(groups) == 1 else render_articles_html(groups, sources, min_confidence=threshold)
        with atomic_writer(output) as handle:
            handle.write(page)
        return
    with atomic_writer(output) as handle:
        sink = CsvSink(handle) if fmt is OutputFormat.csv else None
        for records in labelled(articles):
            with results():
                if fmt is OutputFormat.jsonl:
                    write_jsonl(records, handle)
                elif sink is not None:
                    sink.write(records)
                else:
                    render_table(records, handle, min_confidence=threshold)
                handle.flush()


def register(app: typer.Typer) -> None:
    """Add ``predict`` to the ``stance`` app."""
    app.command()(predict)
