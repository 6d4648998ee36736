"""Inference benchmark: bare forward pass vs the end-to-end predict path, fp32 and int8.

    .venv/bin/python benchmarks/bench.py [--model models/default] [--data data/gold]

Per precision, one process times the bare pass and the end-to-end path in turns (so their
ratio is not the drift of a shared machine between two runs), and each mode also runs alone in
a process of its own for its peak memory. All on the same sentences: every unit of the gold
corpus (or of one split), as raw article text for the end-to-end path.

- bare: the model's forward pass alone on the runtime ``predict`` uses (ONNX Runtime or
  torch, :mod:`classifier.runners`; ``--runtime`` or STANCE_RUNTIME picks), inputs tokenised in
  advance, length-sorted, dynamically padded, at the best of several batch sizes: the
  practical ceiling for this model on this machine.
- end-to-end: ``Predictor.predict`` from raw article text to output records (segmentation,
  tokenisation, forward, holder resolution) plus JSON serialisation; articles are segmented
  as the predictor pulls them, as ``stance predict`` reads its inputs.
- shares: the part of the end-to-end time that segmentation and holder decoding take. Each
  end-to-end pass starts with the holder rules' per-text caches empty, as a real first pass.
- cold start: wall time of ``stance predict`` on the seed article, table output, new process.
- quality: test-split macro-F1 of each precision, so int8's loss is visible.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
SEED = REPO / "seeds" / "us-resists-north-korea-peace-declaration.txt"


def _articles(data: Path):
    from classifier.records import load_articles

    articles = load_articles([data])
    split = os.environ.get("BENCH_SPLIT")
    if split:  # time a subset: the articles of one split (quality always uses the test split)
        ids = set(json.loads((REPO / "data" / "splits.json").read_text())[split])
        articles = [a for a in articles if a.article_id in ids]
    return articles


PARTS = {"segmentation": 0.0, "holder decoding": 0.0}


def _time_parts(predictor) -> None:
    """Add the time of holder decoding (BIO decoding of a unit's mentions, then resolution of
    holders over the article) to PARTS, by wrapping the two Predictor steps that do it. Building
    the output records from the resolved holders is not holder decoding and is not counted."""
    def timed(fn):
        def wrapper(*args, **kwargs):
            t = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                PARTS["holder decoding"] += time.perf_counter() - t
        return wrapper

    predictor._unit_output = timed(predictor._unit_output)
    predictor._resolve_holders = timed(predictor._resolve_holders)


def forget_seen_text() -> None:
    """Empty the per-text caches of the holder rules (``lru_cache`` on a unit's words, names,
    display forms; see :mod:`classifier.holders`), so every timed pass reads each unit as new,
    as one real pass over an archive does. Without this, passes after the first found every
    unit's words and names already worked out, and holder decoding looked half as costly as it
    is. One-time loaders (``maxsize=1``: the country list, the segmenter) stay loaded, as in a
    long run."""
    from functools import _lru_cache_wrapper

    for name, module in list(sys.modules.items()):
        if name.startswith("classifier."):
            for value in vars(module).values():
                if isinstance(value, _lru_cache_wrapper) and value.cache_parameters()["maxsize"] != 1:
                    value.cache_clear()


def _runner(mode: str, predictor, articles, texts: dict[str, str]):
    """The timed job of one mode and the number of units it labels."""
    from classifier.encoding import context_for, encode, pad_batch
    from classifier.inputs import InputArticle, InputUnit
    from classifier.segment import split_units

    bs = predictor.batch_size
    if mode == "bare" and predictor.joint_units > 0:
        from classifier.encoding import joint_windows, pad_windows, windows_per_batch

        windows = [w for a in articles for w in joint_windows(
            predictor.tokenizer, [u.text for u in a.units], predictor.max_length, predictor.joint_units)]
        windows.sort(key=lambda w: len(w.input_ids))
        per = windows_per_batch(bs, predictor.joint_units)
        pad = predictor.tokenizer.pad_token_id or 0
        batches = [pad_windows(windows[b:b + per], pad) for b in range(0, len(windows), per)]

        def run() -> None:
            for ids, att, tti, units in batches:
                predictor.runner(ids, att, tti, units)
        return run, sum(len(a.units) for a in articles)
    if mode == "bare":
        sep = predictor.tokenizer.sep_token
        targets, contexts = [], []
        for a in articles:
            ts = [u.text for u in a.units]
            for i, t in enumerate(ts):
                targets.append(t)
                contexts.append(context_for(ts, i, predictor.window, sep))
        enc = encode(predictor.tokenizer, targets, contexts, predictor.max_length)
        order = sorted(range(len(targets)), key=lambda i: len(enc["input_ids"][i]))
        batches = []
        for b in range(0, len(order), bs):
            idx = order[b:b + bs]
            batches.append(pad_batch([enc["input_ids"][i] for i in idx],
                                     [enc["token_type_ids"][i] for i in idx], predictor.tokenizer.pad_token_id or 0))

        def run() -> None:
            for ids, att, tti in batches:
                predictor.runner(ids, att, tti)
        return run, len(targets)
    n_units = sum(len(split_units(text)) for text in texts.values())
    _time_parts(predictor)

    def stream():
        """Articles segmented as the predictor pulls them, as ``stance predict`` reads its
        inputs (``classifier.inputs.text_articles``)."""
        for aid, text in texts.items():
            t = time.perf_counter()
            spans = split_units(text)
            PARTS["segmentation"] += time.perf_counter() - t
            yield InputArticle(aid, [InputUnit(i, s.text, s.start, s.end) for i, s in enumerate(spans)])

    def run() -> None:
        forget_seen_text()
        for recs in predictor.predict(stream()):
            for r in recs:
                json.dumps(r, ensure_ascii=False)
    return run, n_units


def worker(mode: str, precision: str, model: Path, data: Path, batch_sizes: list[int], repeat: int) -> dict:
    """One measurement in this process; returns a result row per mode.

    ``pair`` times the bare pass and the end-to-end path in turns in the same process, so the
    ratio of the two is not the noise between two processes run minutes apart (on a shared
    2-core machine the same forward pass varies by 10-20% from one minute to the next).
    ``bare`` and ``e2e`` alone are run for their peak memory.
    """
    from classifier.predict import Predictor

    articles = _articles(data)
    raw = {a.article_id: (REPO / "data" / "articles" / f"{a.article_id}.txt") for a in articles}
    texts = {aid: p.read_text(encoding="utf-8") for aid, p in raw.items() if p.exists()}
    modes = ["bare", "e2e"] if mode == "pair" else [mode]
    best: dict[str, dict] = {}
    for bs in batch_sizes:
        predictor = Predictor(model, device="cpu", precision=precision, batch_size=bs)
        runs = {m: _runner(m, predictor, articles, texts) for m in modes}
        for run, _ in runs.values():
            run()  # warm-up
        times: dict[str, list[float]] = {m: [] for m in modes}
        PARTS.update(dict.fromkeys(PARTS, 0.0))
        for _ in range(repeat):
            for m, (run, _) in runs.items():
                t = time.perf_counter()
                run()
                times[m].append(time.perf_counter() - t)
        for m, (_, n_units) in runs.items():
            rate = n_units / statistics.median(times[m])
            if m not in best or rate > best[m]["sentences_per_s"]:
                best[m] = {"mode": m, "precision": precision, "batch_size": bs, "sentences": n_units,
                           "sentences_per_s": rate}
                if m == "e2e":  # share of the end-to-end time each step outside the encoder took
                    best[m]["shares"] = {k: v / sum(times[m]) for k, v in PARTS.items()}
    for row in best.values():
        row["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        row["runtime"] = predictor.runner.name
    return best if mode == "pair" else best[mode]


def quality(precision: str, model: Path, data: Path) -> float:
    import json as _json

    from classifier.predict import Predictor
    from training.evaluation import evaluate_predictor

    splits = _json.loads((REPO / "data" / "splits.json").read_text())
    articles = _articles(data)
    test = [a for a in articles if a.article_id in set(splits["test"])] or articles
    metrics, _, _ = evaluate_predictor(Predictor(model, device="cpu", precision=precision), test)
    return metrics["macro_f1"]


def cold_start(model: Path, precision: str, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([str(REPO / ".venv" / "bin" / "stance"), "predict", "--model", str(model),
                        "--precision", precision, str(SEED)], check=True, capture_output=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", type=Path, default=REPO / "models" / "default")
    ap.add_argument("--data", type=Path, default=REPO / "data" / "gold")
    ap.add_argument("--batch-sizes", default="16,32,64,128")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--json", type=Path, help="Also write the rows as JSON here.")
    ap.add_argument("--runtime", choices=("auto", "onnx", "torch"),
                    help="Where inference runs (default: STANCE_RUNTIME, else auto, as for predict).")
    ap.add_argument("--split", help="Time only the articles of this split (train/dev/test); default all.")
    args = ap.parse_args()
    sizes = [int(x) for x in args.batch_sizes.split(",")]
    if args.split:
        os.environ["BENCH_SPLIT"] = args.split
    if args.runtime:  # read by Predictor in the workers and by the cold-start `stance predict`
        os.environ["STANCE_RUNTIME"] = args.runtime
    if args.worker:
        mode, precision = args.worker.split(":")
        row = quality(precision, args.model, args.data) if mode == "quality" else \
            worker(mode, precision, args.model, args.data, sizes, args.repeat)
        print(json.dumps(row))
        return
    def run_worker(job: str, batch_sizes: str, repeat: int):
        out = subprocess.run([sys.executable, __file__, "--worker", job, "--model", str(args.model),
                              "--data", str(args.data), "--batch-sizes", batch_sizes,
                              "--repeat", str(repeat)], check=True, capture_output=True, text=True,
                             env={**os.environ, "PYTHONWARNINGS": "ignore"})
        return json.loads(out.stdout.strip().splitlines()[-1])

    rows = {}
    for precision in ("fp32", "int8"):
        # Speed: bare and end-to-end in turns in one process; memory: each alone in its own.
        pair = run_worker(f"pair:{precision}", args.batch_sizes, args.repeat)
        for mode in ("bare", "e2e"):
            alone = run_worker(f"{mode}:{precision}", args.batch_sizes.split(",")[0], 1)
            rows[(mode, precision)] = {**pair[mode], "peak_rss_mb": alone["peak_rss_mb"]}
        rows[("quality", precision)] = run_worker(f"quality:{precision}", args.batch_sizes, 1)
        rows[("cold", precision)] = cold_start(args.model, precision)
    print(f"machine: {os.cpu_count()} CPU cores; runtime fp32 {rows[('bare', 'fp32')]['runtime']}, "
          f"int8 {rows[('bare', 'int8')]['runtime']}; "
          f"{rows[('bare', 'fp32')]['sentences']} sentences from {args.data}")
    print()
    print("| precision | bare forward (sent/s, best batch) | end-to-end predict (sent/s) | e2e / bare | "
          "peak RSS bare / e2e (MB) | CLI cold start, seed (s) | test macro-F1 |")
    print("|---|---|---|---|---|---|---|")
    for precision in ("fp32", "int8"):
        b, e = rows[("bare", precision)], rows[("e2e", precision)]
        print(f"| {precision} | {b['sentences_per_s']:.1f} (batch {b['batch_size']}) | {e['sentences_per_s']:.1f} | "
              f"{e['sentences_per_s'] / b['sentences_per_s']:.0%} | {b['peak_rss_mb']:.0f} / {e['peak_rss_mb']:.0f} | "
              f"{rows[('cold', precision)]:.2f} | {rows[('quality', precision)]:.3f} |")
    speed = rows[("e2e", "int8")]["sentences_per_s"] / rows[("e2e", "fp32")]["sentences_per_s"]
    for precision in ("fp32", "int8"):
        ratio = rows[("e2e", precision)]["sentences_per_s"] / rows[("bare", precision)]["sentences_per_s"]
        shares = ", ".join(f"{k} {v:.1%}" for k, v in rows[("e2e", precision)]["shares"].items())
        print(f"{precision}: end-to-end is {ratio:.0%} of the bare forward pass (target >= 90%); "
              f"share of end-to-end time: {shares} (holder decoding target <= 5%)")
    print(f"\nint8 / fp32 end-to-end speed: {speed:.2f}x; macro-F1 change: "
          f"{(rows[('quality', 'int8')] - rows[('quality', 'fp32')]) * 100:+.1f} points")
    if args.json:
        args.json.write_text(json.dumps({f"{k[0]}:{k[1]}": v for k, v in rows.items()}, indent=2))


if __name__ == "__main__":
    main()
