"""Human-readable renderings of evaluation metrics (Markdown)."""

from __future__ import annotations

from classifier.scheme import LABELS


def metrics_markdown(metrics: dict, title: str = "Evaluation") -> str:
    """Per-label P/R/F1, macro-F1, accuracy, holder scores and the confusion matrix."""
    lines = [f"# {title}", ""]
    if "articles" in metrics:
        lines.append(f"Articles: {metrics['articles']}, units: {metrics['n']}")
    else:
        lines.append(f"Units: {metrics['n']}")
    lines += [
        "",
        f"- accuracy: {metrics['accuracy']:.3f}",
        f"- macro-F1: {metrics['macro_f1']:.3f}",
        f"- holder accuracy: {metrics['holder_accuracy']:.3f} (holder set F1 {metrics['holder_f1']:.3f})",
        "",
        "| label | precision | recall | F1 | support |",
        "|---|---:|---:|---:|---:|",
    ]
    for label in LABELS:
        m = metrics["per_label"][label]
        lines.append(f"| {label} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | {m['support']} |")
    lines += ["", "Confusion matrix (rows gold, columns predicted):", "",
              "| gold \\ pred | " + " | ".join(LABELS) + " |", "|---|" + "---:|" * len(LABELS)]
    for label, row in zip(metrics["confusion"]["labels"], metrics["confusion"]["matrix"]):
        lines.append(f"| {label} | " + " | ".join(str(v) for v in row) + " |")
    if metrics.get("folds"):
        lines += ["", f"Cross-validation by article: {len(metrics['folds'])} folds; the scores above pool "
                      "every fold's held-out predictions.", "",
                  "| fold | articles | macro-F1 | accuracy | holder acc. |", "|---:|---:|---:|---:|---:|"]
        for f in metrics["folds"]:
            lines.append(f"| {f['fold']} | {len(f['articles'])} | {f['macro_f1']:.3f} | {f['accuracy']:.3f} | "
                         f"{f['holder_accuracy']:.3f} |")
    return "\n".join(lines) + "\n"
