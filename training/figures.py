"""PNG figures for evaluation reports (matplotlib, headless Agg backend)."""

from __future__ import annotations

import io
from typing import Sequence


def _fig_bytes(fig) -> bytes:
    import matplotlib.pyplot as plt

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    plt.close(fig)
    return buf.getvalue()


def _plt():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def confusion_png(labels: Sequence[str], matrix: Sequence[Sequence[int]], title: str = "Confusion matrix") -> bytes:
    """Counts with rows = gold, columns = predicted; numbers printed in every cell."""
    plt = _plt()
    fig, ax = plt.subplots(figsize=(5.2, 4.4))
    ax.imshow(matrix, cmap="Blues")
    ax.set_xticks(range(len(labels)), labels, rotation=30, ha="right")
    ax.set_yticks(range(len(labels)), labels)
    ax.set_xlabel("predicted")
    ax.set_ylabel("gold")
    top = max(max(r) for r in matrix) or 1
    for i, row in enumerate(matrix):
        for j, v in enumerate(row):
            ax.text(j, i, str(v), ha="center", va="center", color="white" if v > top / 2 else "black")
    ax.set_title(title)
    return _fig_bytes(fig)


def reliability_png(bins: Sequence[dict], ece: float, title: str = "Reliability") -> bytes:
    """Accuracy against confidence per bin, with the diagonal of perfect calibration."""
    plt = _plt()
    fig, ax = plt.subplots(figsize=(4.6, 4.4))
    ax.plot([0, 1], [0, 1], linestyle="--", color="grey", label="perfect calibration")
    xs = [b["confidence"] for b in bins]
    ys = [b["accuracy"] for b in bins]
    ax.plot(xs, ys, marker="o", color="#0072B2", label="model")
    for b in bins:
        ax.annotate(str(b["count"]), (b["confidence"], b["accuracy"]), textcoords="offset points",
                    xytext=(4, -10), fontsize=7)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_xlabel("confidence (probability of predicted label)")
    ax.set_ylabel("accuracy")
    ax.set_title(f"{title} (ECE {ece:.3f})")
    ax.legend(loc="upper left", fontsize=8)
    return _fig_bytes(fig)


def learning_curve_png(points: Sequence[dict]) -> bytes:
    """Test macro-F1 against the number of training articles (with 95% intervals if given)."""
    plt = _plt()
    fig, ax = plt.subplots(figsize=(5, 3.6))
    xs = [p["train_articles"] for p in points]
    ys = [p["macro_f1"] for p in points]
    ax.plot(xs, ys, marker="o", color="#D55E00")
    if all("ci" in p for p in points):
        ax.fill_between(xs, [p["ci"][0] for p in points], [p["ci"][1] for p in points], alpha=0.2, color="#D55E00")
    ax.set_xlabel("training articles")
    ax.set_ylabel("test macro-F1")
    ax.set_ylim(0, 1)
    ax.grid(alpha=0.3)
    ax.set_title("Learning curve")
    return _fig_bytes(fig)
