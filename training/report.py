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
    ]
    if metrics.get("holders_as_read"):
        r = metrics["holders_as_read"]
        lines.append(f"- exact holder accuracy: {r['exact_holder_accuracy']:.3f}; well-formed actor strings: "
                     f"{r['well_formed']:.1%}")
    lines += [
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


def worst_errors(gold: list[dict], pred: list[dict], k: int = 25) -> list[dict]:
    """Wrong labels the predictor was most sure of (confidence of its wrong label first)."""
    rows = []
    for g, p in zip(gold, pred):
        if g["label"] != p["label"]:
            conf = max(p["scores"].values()) if p.get("scores") else None
            rows.append({"article_id": g["article_id"], "sentence_id": g["sentence_id"], "text": g["text"],
                         "gold_label": g["label"], "pred_label": p["label"], "gold_holders": g["holders"],
                         "pred_holders": p["holders"], "confidence": conf})
    rows.sort(key=lambda r: -(r["confidence"] or 0))
    return rows[:k]


def breakdowns(gold: list[dict], pred: list[dict], keys: tuple[str, ...] = ("genre", "beat")) -> dict:
    """Accuracy, macro-F1 and holder accuracy per value of each article-metadata key."""
    from training.metrics import score

    out: dict = {}
    for key in keys:
        groups: dict[str, list[int]] = {}
        for i, g in enumerate(gold):
            value = (g.get("meta") or {}).get(key)
            if value is not None:
                groups.setdefault(str(value), []).append(i)
        if groups:
            out[key] = {}
            for value, idx in sorted(groups.items()):
                m = score([gold[i] for i in idx], [pred[i] for i in idx])
                out[key][value] = {"units": len(idx), "articles": len({gold[i]["article_id"] for i in idx}),
                                   "accuracy": m["accuracy"], "macro_f1": m["macro_f1"],
                                   "holder_accuracy": m["holder_accuracy"]}
    return out


def holder_breakdown(gold: list[dict], pred: list[dict]) -> dict:
    """Holder accuracy by the gold holder's kind: a named actor whose name (or alias) is in
    the sentence, an actor resolved from a pronoun, description or earlier sentence, AUTHOR,
    NONE."""
    import re

    from classifier.scheme import holder_kind
    from training.metrics import holder_keys

    groups: dict[str, list[bool]] = {}
    for g, p in zip(gold, pred):
        kind = holder_kind(g["holders"])
        if kind == "ACTOR":
            actors = g.get("actors", {})
            forms = [f for h in g["holders"] for f in [h, *actors.get(h, [])] if f.strip()]
            named = any(re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", g["text"], re.IGNORECASE) for f in forms)
            kind = "named actor" if named else "resolved actor (pronoun, description or earlier unit)"
        ok = holder_keys(g["holders"], g.get("actors", {})) == holder_keys(p["holders"], g.get("actors", {}))
        groups.setdefault(kind, []).append(ok)
    return {k: {"units": len(v), "holder_accuracy": sum(v) / len(v)} for k, v in sorted(groups.items())}


def comparison_markdown(rows: list[dict]) -> str:
    """A table of several predictors on the same articles, with 95% bootstrap intervals."""
    def cell(r: dict, key: str) -> str:
        v = r["metrics"][key] if key in r["metrics"] else r["metrics"]["per_label"][key[3:]]["f1"]
        ci = r.get("ci", {}).get(key)
        return f"{v:.3f} [{ci[0]:.3f}, {ci[1]:.3f}]" if ci else f"{v:.3f}"

    cols = ["macro_f1", "accuracy", "holder_accuracy"] + [f"f1_{lab}" for lab in LABELS]
    lines = ["| predictor | " + " | ".join(cols) + " |", "|---|" + "---|" * len(cols)]
    for r in rows:
        lines.append(f"| {r['name']} | " + " | ".join(cell(r, c) for c in cols) + " |")
    paired = [r for r in rows if r.get("paired")]
    if paired:
        lines += ["", f"Paired bootstrap over articles, macro-F1 of {rows[0]['name']} minus each other predictor:", ""]
        for r in paired:
            pb = r["paired"]
            lines.append(f"- vs {r['name']}: {pb['diff']:+.3f} [{pb['ci'][0]:+.3f}, {pb['ci'][1]:+.3f}], p = {pb['p']:.3f}")
    return "\n".join(lines) + "\n"


def holders_as_read_markdown(r: dict) -> list[str]:
    """Exact holder accuracy and well-formedness (training.holder_metrics), by gold holder kind
    and by how the gold holder is mentioned in the sentence."""
    lines = ["", "## Holders as a user reads them", "",
             f"Exact holder accuracy {r['exact_holder_accuracy']:.3f} (each predicted string is a name or alias "
             f"of a gold holder after case, \"the\", possessive and dots); well-formed actor strings "
             f"{r['well_formed']:.1%} of {r['predicted_actor_strings']} (a name or alias the article uses).", "",
             "| by | value | units | exact | lenient | well-formed |", "|---|---|---:|---:|---:|---:|"]
    for key, table in (("gold kind", r["by_kind"]), ("mention", r["by_mention"])):
        for value, m in table.items():
            wf = r["well_formed_by_mention"].get(value, {}).get("well_formed") if key == "mention" else None
            lines.append(f"| {key} | {value} | {m['n']} | {m['exact']:.3f} | {m['lenient']:.3f} | "
                         f"{'' if wf is None else f'{wf:.1%}'} |")
    if r.get("malformed_examples"):
        lines += ["", "Most frequent strings that are not a name the article uses: " +
                  ", ".join(f"\"{h}\" ({n})" for h, n in r["malformed_examples"][:10]) + "."]
    return lines


def extra_markdown(metrics: dict) -> str:
    """Confidence intervals, calibration, breakdowns and worst errors, when present."""
    lines: list[str] = []
    if metrics.get("ci"):
        lines += ["", "## 95% bootstrap intervals (resampling articles)", "", "| metric | value | interval |",
                  "|---|---:|---|"]
        for k, (lo, hi) in metrics["ci"].items():
            value = metrics.get(k, metrics["per_label"].get(k[3:], {}).get("f1") if k.startswith("f1_") else None)
            lines.append(f"| {k} | {value:.3f} | [{lo:.3f}, {hi:.3f}] |")
    if metrics.get("calibration"):
        c = metrics["calibration"]
        lines += ["", "## Calibration", "", f"Expected calibration error: {c['ece']:.3f} "
                  f"(temperature {metrics.get('temperature', 1.0):.2f}). See reliability.png.", "",
                  "| confidence bin | units | mean confidence | accuracy |", "|---|---:|---:|---:|"]
        for b in c["bins"]:
            lines.append(f"| {b['low']:.1f}-{b['high']:.1f} | {b['count']} | {b['confidence']:.3f} | {b['accuracy']:.3f} |")
    if metrics.get("holder_breakdown"):
        lines += ["", "## Holder accuracy by kind of gold holder", "", "| gold holder | units | holder accuracy |",
                  "|---|---:|---:|"]
        for kind, m in metrics["holder_breakdown"].items():
            lines.append(f"| {kind} | {m['units']} | {m['holder_accuracy']:.3f} |")
    if metrics.get("holders_as_read"):
        lines += holders_as_read_markdown(metrics["holders_as_read"])
    for key, groups in (metrics.get("breakdowns") or {}).items():
        lines += ["", f"## By {key}", "", f"| {key} | articles | units | accuracy | macro-F1 | holder acc. |",
                  "|---|---:|---:|---:|---:|---:|"]
        for value, m in groups.items():
            lines.append(f"| {value} | {m['articles']} | {m['units']} | {m['accuracy']:.3f} | {m['macro_f1']:.3f} | "
                         f"{m['holder_accuracy']:.3f} |")
    if metrics.get("worst_errors"):
        lines += ["", "## Worst errors (most confident wrong labels)", "",
                  "| article | # | gold | predicted | conf. | sentence |", "|---|---:|---|---|---:|---|"]
        for e in metrics["worst_errors"]:
            text = e["text"].replace("|", "\\|")
            conf = f"{e['confidence']:.2f}" if e.get("confidence") is not None else ""
            lines.append(f"| {e['article_id']} | {e['sentence_id']} | {e['gold_label']} | {e['pred_label']} | "
                         f"{conf} | {text} |")
    return "\n".join(lines) + "\n"
