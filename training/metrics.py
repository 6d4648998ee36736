"""Scores of predictions against gold, by the scheme: labels and holders.

Label metrics come from scikit-learn (well tested; ``evaluate.load("f1")`` needs the hub).
Holder matching canonicalises predicted strings through the gold article's alias lists and
the scheme's normalisation ("U.S." = "US", a title before a name, a leading "the").
"""

from __future__ import annotations

from typing import Sequence

from classifier.scheme import LABELS, canonicalize_holder, normalize_holder


def label_metrics(gold: Sequence[str], pred: Sequence[str]) -> dict:
    """Per-label precision/recall/F1/support, macro-F1, accuracy and the confusion matrix."""
    from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, precision_recall_fscore_support

    labels = list(LABELS)
    p, r, f, s = precision_recall_fscore_support(gold, pred, labels=labels, zero_division=0)
    return {
        "n": len(gold),
        "accuracy": float(accuracy_score(gold, pred)) if gold else 0.0,
        "macro_f1": float(f1_score(gold, pred, labels=labels, average="macro", zero_division=0)),
        "per_label": {lab: {"precision": float(p[i]), "recall": float(r[i]), "f1": float(f[i]),
                            "support": int(s[i])} for i, lab in enumerate(labels)},
        "confusion": {"labels": labels,
                      "matrix": confusion_matrix(gold, pred, labels=labels).tolist()},
    }


def holder_keys(holders: Sequence[str], actors: dict[str, list[str]]) -> frozenset[str]:
    """Comparable keys for a holder list within one article."""
    return frozenset(normalize_holder(canonicalize_holder(h, actors)) for h in holders)


def holder_metrics(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]],
                   actors: Sequence[dict[str, list[str]]]) -> dict:
    """Holder accuracy (exact set match after alias matching) and micro set F1."""
    exact = tp = n_pred = n_gold = 0
    for g, p, a in zip(gold, pred, actors):
        gk, pk = holder_keys(g, a), holder_keys(p, a)
        exact += gk == pk
        tp += len(gk & pk)
        n_pred += len(pk)
        n_gold += len(gk)
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"holder_accuracy": exact / len(gold) if gold else 0.0, "holder_precision": precision,
            "holder_recall": recall, "holder_f1": f1}


def score(gold_units: Sequence[dict], pred_units: Sequence[dict]) -> dict:
    """All metrics over aligned units: dicts with ``label``, ``holders`` and gold ``actors``."""
    out = label_metrics([g["label"] for g in gold_units], [p["label"] for p in pred_units])
    out.update(holder_metrics([g["holders"] for g in gold_units], [p["holders"] for p in pred_units],
                              [g.get("actors", {}) for g in gold_units]))
    return out
