"""Holder decoding alone, first pass and repeat pass, on model outputs computed once.

    .venv/bin/python benchmarks/holders.py [--model models/fast] [--precision int8] [--passes 7]

Runs the model once over every unit of the gold corpus (raw article text, segmented as
``stance predict`` does), keeps its outputs, then times the holder step of ``Predictor``
(:meth:`Predictor._resolve_holders`, the rules that turn the tagger's mentions into holders)
alone, many times:

- first pass: the holder rules' per-text caches emptied before each pass
  (:func:`bench.forget_seen_text`), as when a run over an archive reads each unit once;
- repeat pass: the caches kept from the pass before, as the end-to-end benchmark timed it
  before the sixteenth session (so its holder shares were too low).

Medians over ``--passes``; on a shared 2-core machine passes vary by about 20%.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", type=Path, default=REPO / "models" / "fast")
    ap.add_argument("--precision", default="int8", choices=("fp32", "int8"))
    ap.add_argument("--passes", type=int, default=7)
    args = ap.parse_args()

    from bench import forget_seen_text

    from classifier.inputs import InputArticle, InputUnit
    from classifier.predict import Predictor
    from classifier.segment import split_units

    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "data" / "articles").glob("*.txt"))]
    articles = [InputArticle(str(i), [InputUnit(k, s.text, s.start, s.end) for k, s in enumerate(split_units(t))])
                for i, t in enumerate(texts)]
    predictor = Predictor(args.model, device="cpu", precision=args.precision)
    outputs = []
    records = predictor._records
    predictor._records = lambda article, out: (outputs.append((article, out)), records(article, out))[1]
    for _ in predictor.predict(articles):
        pass
    units = sum(len(a.units) for a, _ in outputs)

    def timed(first: bool) -> float:
        times = []
        for _ in range(args.passes):
            if first:
                forget_seen_text()
            t = time.perf_counter()
            for article, out in outputs:
                predictor._resolve_holders(article, out)
            times.append(time.perf_counter() - t)
        return statistics.median(times)

    first, repeat = timed(True), timed(False)
    print(f"{args.model.name} {args.precision}: {units} units in {len(outputs)} articles; holder decoding "
          f"{first:.2f} s a first pass ({first / units * 1000:.2f} ms a unit), "
          f"{repeat:.2f} s a repeat pass ({repeat / units * 1000:.2f} ms a unit); medians of {args.passes}")


if __name__ == "__main__":
    main()
