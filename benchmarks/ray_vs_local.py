"""Local engine vs ``--engine ray`` on N small generated articles (needs the [ray] extra).

    nice -n 19 .venv/bin/python benchmarks/ray_vs_local.py [--articles 1000] [--units 5] [--workers 2]

Each article is ``--units`` gold unit texts sampled (seeded) from data/gold, one a line, in
a temp folder. Both engines run as ``stance predict DIR --format jsonl -o FILE`` in a new
process, so the times include start-up (model load; for Ray also starting Ray and its
actors). The two outputs are compared: units, labels, holders, scores (to 4 decimals).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def make_articles(folder: Path, n: int, units: int, seed: int = 0) -> int:
    texts = []
    for path in sorted((REPO / "data" / "gold").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            if "sentence_id" in rec:
                texts.append(" ".join(rec["text"].split()))
    rng = random.Random(seed)
    for i in range(n):
        (folder / f"art{i:05d}.txt").write_text("\n".join(rng.sample(texts, units)) + "\n", encoding="utf-8")
    return len(texts)


def timed(args: list[str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "classifier", "predict", *args], cwd=str(REPO),
                          capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(proc.stderr)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--units", type=int, default=5)
    ap.add_argument("--workers", type=int, default=2)
    opts = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        make_articles(folder, opts.articles, opts.units)
        local, ray = Path(tmp) / "local.jsonl", Path(tmp) / "ray.jsonl"
        t_local = timed([str(folder), "--format", "jsonl", "-o", str(local)])
        t_ray = timed([str(folder), "--format", "jsonl", "-o", str(ray), "--engine", "ray",
                       "--workers", str(opts.workers)])
        a = [json.loads(x) for x in local.read_text().splitlines()]
        b = [json.loads(x) for x in ray.read_text().splitlines()]
    assert [(x["article_id"], x["sentence_id"]) for x in a] == [(y["article_id"], y["sentence_id"]) for y in b]
    # Scores are rounded to 4 decimals; batches differ between the engines (padding, batch
    # shapes), so float noise can flip a last digit: count those apart from real differences.
    labels = sum(x["label"] != y["label"] for x, y in zip(a, b))
    holders = sum(x["holders"] != y["holders"] for x, y in zip(a, b))
    diffs = [abs(x["scores"][k] - y["scores"][k]) for x, y in zip(a, b) for k in x["scores"]]
    print(f"{opts.articles} articles, {len(a)} sentences, same units in the same order; "
          f"labels differ: {labels}; holders differ: {holders}; scores differing by > 1e-5: "
          f"{sum(d > 1e-5 for d in diffs)} of {len(diffs)} (largest {max(diffs):.4f})")
    print("| engine | wall time (s) | sentences/s |")
    print("|---|---:|---:|")
    print(f"| local (1 process) | {t_local:.1f} | {len(a) / t_local:.1f} |")
    print(f"| ray, {opts.workers} workers | {t_ray:.1f} | {len(b) / t_ray:.1f} |")


if __name__ == "__main__":
    main()
