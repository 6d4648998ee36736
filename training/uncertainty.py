"""Confidence intervals by article (bootstrap), paired comparisons, and calibration.

Units of one article are not independent (one writer, one topic), so resampling is over
articles: each bootstrap replicate draws articles with replacement and pools their units.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from classifier.scheme import LABELS
from training.metrics import holder_keys

L = len(LABELS)


class Scored:
    """Per-unit arrays for fast resampling: gold/pred label ids, holder match, article index."""

    def __init__(self, gold: Sequence[dict], pred: Sequence[dict]) -> None:
        index = {lab: i for i, lab in enumerate(LABELS)}
        self.gold = np.array([index[g["label"]] for g in gold])
        self.pred = np.array([index[p["label"]] for p in pred])
        self.holder_ok = np.array([holder_keys(g["holders"], g.get("actors", {}))
                                   == holder_keys(p["holders"], g.get("actors", {})) for g, p in zip(gold, pred)])
        ids = [g["article_id"] for g in gold]
        order = {a: i for i, a in enumerate(dict.fromkeys(ids))}
        self.article = np.array([order[a] for a in ids])
        self.n_articles = len(order)
        self.members = [np.flatnonzero(self.article == i) for i in range(self.n_articles)]

    def metrics(self, idx: np.ndarray | None = None) -> dict[str, float]:
        """Accuracy, macro-F1, per-label F1 and holder accuracy over unit indices ``idx``."""
        g = self.gold if idx is None else self.gold[idx]
        p = self.pred if idx is None else self.pred[idx]
        h = self.holder_ok if idx is None else self.holder_ok[idx]
        cm = np.bincount(g * L + p, minlength=L * L).reshape(L, L)
        tp = np.diag(cm).astype(float)
        denom = cm.sum(0) + cm.sum(1)
        f1 = np.divide(2 * tp, denom, out=np.zeros(L), where=denom > 0)
        out = {"accuracy": float((g == p).mean()), "macro_f1": float(f1.mean()),
               "holder_accuracy": float(h.mean())}
        out.update({f"f1_{lab}": float(f1[i]) for i, lab in enumerate(LABELS)})
        return out

    def resample(self, rng: np.random.Generator) -> np.ndarray:
        picks = rng.integers(0, self.n_articles, self.n_articles)
        return np.concatenate([self.members[i] for i in picks])


def bootstrap_ci(gold: Sequence[dict], pred: Sequence[dict], n: int = 1000, seed: int = 0,
                 level: float = 0.95) -> dict[str, list[float]]:
    """Percentile intervals over ``n`` article-level bootstrap replicates."""
    s = Scored(gold, pred)
    rng = np.random.default_rng(seed)
    reps = [s.metrics(s.resample(rng)) for _ in range(n)]
    lo, hi = (1 - level) / 2 * 100, (1 + level) / 2 * 100
    return {k: [float(np.percentile([r[k] for r in reps], lo)), float(np.percentile([r[k] for r in reps], hi))]
            for k in reps[0]}


def paired_bootstrap(gold: Sequence[dict], pred_a: Sequence[dict], pred_b: Sequence[dict], metric: str = "macro_f1",
                     n: int = 1000, seed: int = 0) -> dict[str, float | list[float]]:
    """Difference A - B on the same resampled articles, its 95% interval, and a two-sided p."""
    a, b = Scored(gold, pred_a), Scored(gold, pred_b)
    rng = np.random.default_rng(seed)
    diffs = []
    for _ in range(n):
        idx = a.resample(rng)
        diffs.append(a.metrics(idx)[metric] - b.metrics(idx)[metric])
    diffs_arr = np.array(diffs)
    p = 2 * min((diffs_arr <= 0).mean(), (diffs_arr >= 0).mean())
    return {"metric": metric, "diff": a.metrics()[metric] - b.metrics()[metric],
            "ci": [float(np.percentile(diffs_arr, 2.5)), float(np.percentile(diffs_arr, 97.5))],
            "p": float(min(1.0, p))}


def expected_calibration_error(confidence: np.ndarray, correct: np.ndarray, bins: int = 10) -> tuple[float, list[dict]]:
    """ECE over equal-width confidence bins, and the bins themselves (for the diagram)."""
    edges = np.linspace(0, 1, bins + 1)
    ece = 0.0
    table = []
    for lo, hi in zip(edges[:-1], edges[1:]):
        mask = (confidence > lo) & (confidence <= hi) if lo > 0 else (confidence >= lo) & (confidence <= hi)
        if mask.any():
            acc, conf = float(correct[mask].mean()), float(confidence[mask].mean())
            ece += mask.mean() * abs(acc - conf)
            table.append({"low": float(lo), "high": float(hi), "count": int(mask.sum()), "accuracy": acc,
                          "confidence": conf})
    return float(ece), table


def calibration(gold: Sequence[dict], pred: Sequence[dict]) -> dict:
    """ECE and reliability bins of the predicted label's probability."""
    conf = np.array([max(p["scores"].values()) for p in pred])
    correct = np.array([g["label"] == p["label"] for g, p in zip(gold, pred)])
    ece, bins = expected_calibration_error(conf, correct)
    return {"ece": ece, "bins": bins}


def fit_temperature(probs: np.ndarray, gold_idx: np.ndarray) -> float:
    """The temperature T minimising dev NLL of softmax(log p / T) (T > 1 softens)."""
    from scipy.optimize import minimize_scalar

    logp = np.log(np.clip(probs, 1e-12, 1.0))

    def nll(t: float) -> float:
        z = logp / t
        z = z - z.max(1, keepdims=True)
        log_soft = z - np.log(np.exp(z).sum(1, keepdims=True))
        return float(-log_soft[np.arange(len(gold_idx)), gold_idx].mean())

    return float(minimize_scalar(nll, bounds=(0.05, 20.0), method="bounded").x)
