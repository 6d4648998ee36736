"""``stance predict --engine ray``: the same labelling, fanned out over a Ray cluster.

Ray Data streams the articles through a pool of actors, each holding one
:class:`~classifier.predict.Predictor` (one model load per actor, one GPU per actor with
``device="cuda"``). The driver collects each article's records, puts them back in input
order (the article's index; records keep their ``sentence_id`` order) and writes exactly the
records the local engine writes, as JSONL or Parquet. Every article index must come back
exactly once: a lost or duplicated article is an error, never a silent gap.

Work distribution:

- text files are read *and* segmented on the workers (rows carry the path, so inputs must be
  on storage every node can read: one machine, NFS, a mounted bucket);
- standard input and pre-split JSONL units are read on the driver and shipped as units;
- the model folder (a few MB: adapter, heads, tokenizer) is read once by the driver and put
  in the object store; each actor unpacks it to a local temp folder, so workers need the
  Python environment (with the base encoder package) but not the model files.

Failures: an actor that dies (killed, out of memory, node lost) is restarted and its batch
retried (``max_restarts`` / ``max_task_retries``); a bad input (non-UTF-8 file, empty file)
is not retried but reported as the same one-line error and exit code as the local engine.

Ray is an optional extra: ``pip install "stance-classifier[ray]"``. This module imports it
only inside :func:`run_ray`.
"""

from __future__ import annotations

import heapq
import json
import os
import tempfile
import warnings
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from classifier import errors
from classifier.errors import InputError, UserError
from classifier.inputs import InputArticle, InputUnit, expand_paths, in_shard, jsonl_articles, text_articles
from classifier.settings import MAX_BYTES, PREDICT_BATCH_SIZE

INSTALL_HINT = '--engine ray needs Ray: pip install "stance-classifier[ray]"'
ARTICLES_PER_BATCH = 16      # articles per actor call (the Predictor pools their units)
# Bounded actor fault tolerance (Ray Data's default retries forever, so an input that kills
# every worker would never end): a dead actor is restarted, and its batch retried, this often.
MAX_RESTARTS = 3
MAX_TASK_RETRIES = 3
MAX_MODEL_BYTES = 512 << 20  # model folders shipped through the object store
# Test-only: a path; the first actor call that finds it missing creates it and kills its
# own process (os._exit), so the tests can check that a dead worker loses nothing.
CRASH_ONCE_ENV = "STANCE_RAY_TEST_CRASH_ONCE"


class UsageError(UserError):
    """Bad command-line usage (exit 2)."""

    exit_code = 2


def require_ray():
    """Import Ray (and Ray Data), or fail with the one-line install hint (exit 2)."""
    try:
        import ray
        import ray.data  # noqa: F401 - the [data] extra (pyarrow, pandas) must be there too
    except ImportError:
        raise UsageError(INSTALL_HINT) from None
    return ray


# --- input rows ----------------------------------------------------------------------------

def input_rows(paths: Sequence[str], input_format: str, max_bytes: int = MAX_BYTES,
               shard: tuple[int, int] | None = None) -> list[dict]:
    """One row per article: ``index`` (input order), ``article_id`` and either a ``path``
    (read and segmented on a worker) or ``units`` (JSON: pre-split units, stdin)."""
    rows: list[dict] = []
    if input_format == "jsonl":
        articles = jsonl_articles(expand_paths(paths, suffixes=(".jsonl",)), max_bytes)
        for i, art in enumerate(articles):
            if in_shard(i, shard):
                rows.append(_article_row(len(rows), art))
        return rows
    for i, (aid, path) in enumerate(expand_paths(paths)):
        if not in_shard(i, shard):
            continue
        if path is None:  # stdin: only the driver can read it
            art = next(iter(text_articles([(aid, None)], max_bytes)))
            rows.append(_article_row(len(rows), art))
        else:
            rows.append({"index": len(rows), "article_id": aid, "path": str(Path(path).resolve()), "units": ""})
    return rows


def _article_row(index: int, art: InputArticle) -> dict:
    units = [[u.sentence_id, u.text, u.start, u.end] for u in art.units]
    return {"index": index, "article_id": art.article_id, "path": "",
            "units": json.dumps({"units": units, "text": art.text}, ensure_ascii=False)}


def _row_article(article_id: str, path: str, units: str, max_bytes: int) -> InputArticle:
    if path:
        return next(iter(text_articles([(article_id, Path(path))], max_bytes)))
    data = json.loads(units)
    return InputArticle(article_id, [InputUnit(*u) for u in data["units"]], data["text"])


# --- the actor -------------------------------------------------------------------------------

def _pack_model(folder: Path) -> dict[str, bytes]:
    """The model folder's files (checked first, so a bad folder fails here with exit 5)."""
    from classifier.model import read_config

    read_config(folder)
    files = {p.relative_to(folder).as_posix(): p for p in sorted(folder.rglob("*")) if p.is_file()}
    if sum(p.stat().st_size for p in files.values()) > MAX_MODEL_BYTES:
        raise errors.ModelError(f"{folder}: over {MAX_MODEL_BYTES >> 20} MB, too large to ship to the workers")
    return {name: p.read_bytes() for name, p in files.items()}


class LabelActor:
    """One model per actor; called with a batch of article rows, returns one row per article."""

    def __init__(self, model_files: dict[str, bytes], device: str, batch_size: int, precision: str,
                 max_bytes: int) -> None:
        import warnings

        warnings.filterwarnings("ignore")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from classifier.predict import Predictor

        if not isinstance(model_files, dict):  # an object ref: the folder is in the object store
            import ray

            model_files = ray.get(model_files)

        self._dir = tempfile.TemporaryDirectory(prefix="stance-model-")
        root = Path(self._dir.name)
        for name, data in model_files.items():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_bytes(data)
        self.predictor = Predictor(root, device=device, batch_size=batch_size, precision=precision)
        self.max_bytes = max_bytes

    def __call__(self, batch: dict) -> dict:
        marker = os.environ.get(CRASH_ONCE_ENV)
        if marker and not os.path.exists(marker):
            Path(marker).write_text(str(os.getpid()))
            os._exit(1)  # test only: die mid-run, as a killed worker would
        out: dict[str, list] = {"index": [], "article_id": [], "records": [], "error": []}
        good: list[InputArticle] = []
        good_index: list[int] = []
        for index, aid, path, units in zip(batch["index"], batch["article_id"], batch["path"], batch["units"]):
            try:
                good.append(_row_article(str(aid), str(path), str(units), self.max_bytes))
                good_index.append(int(index))
            except UserError as exc:  # a bad input: reported by the driver, not retried
                out["index"].append(int(index))
                out["article_id"].append(str(aid))
                out["records"].append("")
                out["error"].append(json.dumps([type(exc).__name__, exc.message]))
        for index, art, records in zip(good_index, good, self.predictor.predict(good)):
            out["index"].append(index)
            out["article_id"].append(art.article_id)
            out["records"].append(json.dumps(records, ensure_ascii=False))
            out["error"].append("")
        return out


# --- the driver ------------------------------------------------------------------------------

def _init_ray(ray, address: str | None, workers: int | None) -> None:
    """Join ``address`` (``auto``: the running cluster, also via RAY_ADDRESS), or start a
    local Ray with ``workers`` CPUs (default: all)."""
    import logging

    for name in ("ray", "ray.data"):
        logging.getLogger(name).setLevel(logging.ERROR)
    kwargs = dict(include_dashboard=False, log_to_driver=True, logging_level=logging.ERROR)
    # Workers inherit what the model code reads from the environment.
    env = {k: v for k, v in os.environ.items()
           if k.startswith(("STANCE_", "HF_", "TRANSFORMERS_")) or k == "TOKENIZERS_PARALLELISM"}
    runtime_env = {"env_vars": env} if env else None
    try:
        if address:
            ray.init(address=address, runtime_env=runtime_env, **kwargs)
        else:
            ray.init(num_cpus=workers or os.cpu_count() or 1, runtime_env=runtime_env, **kwargs)
    except ConnectionError as exc:
        raise UsageError(f"--address {address}: cannot join a Ray cluster ({str(exc).splitlines()[0]})") from None


def _pool_size(ray, workers: int | None, device: str):
    """Fixed pool of ``workers`` actors, or (joined cluster, no --workers) one per CPU/GPU."""
    from ray.data import ActorPoolStrategy

    if workers:
        return ActorPoolStrategy(size=workers)
    resource = "GPU" if device.startswith("cuda") else "CPU"
    most = max(1, int(ray.cluster_resources().get(resource, 1)))
    return ActorPoolStrategy(min_size=1, max_size=most)


def labelled_articles(rows: list[dict], model: Path, *, address: str | None = None, workers: int | None = None,
                      device: str = "cpu", batch_size: int = PREDICT_BATCH_SIZE, precision: str = "fp32",
                      max_bytes: int = MAX_BYTES) -> Iterator[list[dict]]:
    """Each article's records, in input order, labelled on Ray (started or joined here)."""
    ray = require_ray()
    if workers is not None and workers < 1:
        raise UsageError("--workers must be at least 1")
    if not rows:
        return
    model_files = _pack_model(Path(model))
    gpu = device.startswith("cuda")
    # An actor gets a GPU only when asked (--device cuda) and sees just that one (Ray sets
    # CUDA_VISIBLE_DEVICES), so any cuda:N is its "cuda"; auto means the CPU on Ray.
    device = "cuda" if gpu else "cpu" if device == "auto" else device
    _init_ray(ray, address, workers)
    try:
        import ray.data

        ctx = ray.data.DataContext.get_current()
        ctx.enable_progress_bars = False
        pool = _pool_size(ray, workers, device)
        blocks = min(len(rows), max(4 * (workers or 2), -(-len(rows) // ARTICLES_PER_BATCH)))
        ds = ray.data.from_items(rows, override_num_blocks=blocks)
        with warnings.catch_warnings():
            # Ray 2.60 deprecates remote args as keywords but has no other way to bound retries.
            warnings.simplefilter("ignore", DeprecationWarning)
            ds = ds.map_batches(
                LabelActor, batch_size=ARTICLES_PER_BATCH, compute=pool, batch_format="numpy",
                fn_constructor_kwargs=dict(model_files=model_files, device=device, batch_size=batch_size,
                                           precision=precision, max_bytes=max_bytes),
                **({"num_gpus": 1} if gpu else {"num_cpus": 1}),
                max_restarts=MAX_RESTARTS, max_task_retries=MAX_TASK_RETRIES)
        yield from in_order(ds.iter_rows(), len(rows))
    finally:
        ray.shutdown()


def in_order(results: Iterable[dict], total: int) -> Iterator[list[dict]]:
    """Result rows (any order) -> records in index order; a missing or repeated index, or a
    bad input reported by a worker, is an error."""
    heap: list[tuple[int, str]] = []
    seen: set[int] = set()
    first_error: tuple[int, str] | None = None
    next_index = 0
    for row in results:
        index = int(row["index"])
        if index in seen:
            raise RuntimeError(f"article {row['article_id']!r} (#{index}) came back twice")
        seen.add(index)
        if row["error"]:
            if first_error is None or index < first_error[0]:
                first_error = (index, row["error"])
            continue
        heapq.heappush(heap, (index, row["records"]))
        while heap and heap[0][0] == next_index and first_error is None:
            yield json.loads(heapq.heappop(heap)[1])
            next_index += 1
    if first_error is not None:
        name, message = json.loads(first_error[1])
        raise getattr(errors, name, InputError)(message)
    if len(seen) != total:
        raise RuntimeError(f"{total - len(seen)} of {total} articles did not come back from the workers")
    while heap:
        yield json.loads(heapq.heappop(heap)[1])


# --- output ----------------------------------------------------------------------------------

def write_parquet(groups: Iterable[list[dict]], handle, rows_per_group: int = 50_000) -> None:
    """The records as Parquet, one row a sentence (``holder_spans`` as a JSON string)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from classifier.scheme import LABELS

    schema = pa.schema([
        ("article_id", pa.string()), ("sentence_id", pa.int64()), ("text", pa.string()),
        ("start", pa.int64()), ("end", pa.int64()), ("label", pa.string()), ("confidence", pa.float64()),
        ("scores", pa.struct([(lab, pa.float64()) for lab in LABELS])), ("holders", pa.list_(pa.string())),
        ("holder_spans", pa.string()), ("truncated", pa.bool_()),
    ])
    writer = pq.ParquetWriter(handle, schema)
    buffer: list[dict] = []

    def flush():
        if buffer:
            writer.write_table(pa.Table.from_pylist(buffer, schema=schema))
            buffer.clear()

    for records in groups:
        for rec in records:
            buffer.append({**rec, "holder_spans": json.dumps(rec["holder_spans"], ensure_ascii=False),
                           "truncated": bool(rec.get("truncated", False))})
        if len(buffer) >= rows_per_group:
            flush()
    flush()
    writer.close()


def run_ray(inputs: Sequence[str], input_format: str, model: Path, fmt: str, output: Path | None, *,
            address: str | None = None, workers: int | None = None, device: str = "auto",
            batch_size: int = PREDICT_BATCH_SIZE, precision: str = "fp32", max_bytes: int = MAX_BYTES,
            shard: tuple[int, int] | None = None) -> None:
    """``stance predict --engine ray``: label ``inputs`` on Ray and write JSONL or Parquet."""
    from classifier.files import atomic_writer
    from classifier.records import write_jsonl

    if fmt == "table":  # the default format: the Ray engine is for files, so JSONL
        fmt = "jsonl"
    if fmt not in ("jsonl", "parquet"):
        raise UsageError(f"--engine ray writes --format jsonl or parquet, not {fmt}")
    if fmt == "parquet" and (output is None or str(output) == "-"):
        raise UsageError("--format parquet needs an output file (-o out.parquet)")
    require_ray()
    rows = input_rows(inputs, input_format, max_bytes, shard)
    groups = labelled_articles(rows, model, address=address, workers=workers, device=device,
                               batch_size=batch_size, precision=precision, max_bytes=max_bytes)
    with atomic_writer(output, "wb" if fmt == "parquet" else "w") as handle:
        if fmt == "parquet":
            write_parquet(groups, handle)
        else:
            for records in groups:
                write_jsonl(records, handle)
