"""Challenge sets (CheckList-style): hard cases measured one phenomenon at a time.

Each item is a tiny article (2-4 units, every unit labelled) whose header names its
``phenomenon`` (label set) or ``case`` (holder set) and its ``targets``: the units the item
tests; the others are the context a real article would give. A model runs on the whole item,
as on any article, and only the targets are scored, per phenomenon. Minimal pairs (the same
sentence with and without a cue) are linked by ``pair``; both members are scored, so a model
that ignores the cue cannot get both right.

Two sets live under ``data/challenge/``: ``labels/`` (label phenomena: attribution without
"said", transcripts, counterfactual conditions, page furniture, ...) and ``holders/``
(split names, titles, relaying agencies, coordinated holders, pronoun chains, ...).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Sequence

from classifier.records import load_articles
from classifier.scheme import Article
from training.holder_metrics import exact_match, well_formed
from training.metrics import holder_keys, label_metrics


def item_group(article: Article) -> str:
    """The phenomenon or case an item tests."""
    return str(article.meta.get("phenomenon") or article.meta.get("case") or "unknown")


def load_challenge(folder: str | Path) -> list[Article]:
    """Every item of a challenge set folder (one JSONL file per phenomenon)."""
    return load_articles([Path(folder)])


def target_rows(articles: Sequence[Article]) -> list[dict]:
    """Gold rows of the target units only, each with its item's group and alias lists."""
    rows = []
    for a in articles:
        targets = set(a.meta.get("targets") or [u.sentence_id for u in a.units])
        for u in a.units:
            if u.sentence_id in targets:
                rows.append({"article_id": a.article_id, "sentence_id": u.sentence_id, "text": u.text,
                             "label": u.label, "holders": u.holders, "actors": a.actors,
                             "group": item_group(a), "pair": a.meta.get("pair")})
    return rows


def score_challenge(gold: Sequence[dict], pred: Sequence[dict]) -> dict:
    """Per group: label accuracy and macro-F1, holder accuracy (lenient and exact), and
    well-formedness of predicted actor strings; plus the same over all targets."""
    by_group: dict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(gold):
        by_group[g["group"]].append(i)

    def block(idx: list[int]) -> dict:
        gs = [gold[i] for i in idx]
        ps = [pred[i] for i in idx]
        lab = label_metrics([g["label"] for g in gs], [p["label"] for p in ps])
        lenient = sum(holder_keys(g["holders"], g["actors"]) == holder_keys(p["holders"], g["actors"])
                      for g, p in zip(gs, ps))
        exact = sum(exact_match(g["holders"], p["holders"], g["actors"]) for g, p in zip(gs, ps))
        strings = [(h, g["actors"]) for g, p in zip(gs, ps) for h in p["holders"]
                   if h not in ("AUTHOR", "NONE")]
        wf = sum(well_formed(h, a) for h, a in strings)
        return {"n": len(idx), "label_accuracy": lab["accuracy"], "macro_f1": lab["macro_f1"],
                "holder_accuracy": lenient / len(idx) if idx else 0.0,
                "exact_holder_accuracy": exact / len(idx) if idx else 0.0,
                "well_formed": wf / len(strings) if strings else 1.0,
                "errors": [{"article_id": gold[i]["article_id"], "text": gold[i]["text"],
                            "gold": [gold[i]["label"], gold[i]["holders"]],
                            "pred": [pred[i]["label"], pred[i]["holders"]]}
                           for i in idx if gold[i]["label"] != pred[i]["label"]
                           or not exact_match(gold[i]["holders"], pred[i]["holders"], gold[i]["actors"])][:5]}

    out = {"groups": {name: block(idx) for name, idx in sorted(by_group.items())}}
    out["all"] = block(list(range(len(gold))))
    out["all"].pop("errors")
    return out


def evaluate_challenge(predictor, folder: str | Path) -> dict:
    """Run ``predictor`` on every item of a challenge folder and score the targets."""
    from training.evaluation import align, predict_rows

    items = load_challenge(folder)
    gold = target_rows(items)
    pred = align(gold, predict_rows(predictor, items), str(folder))
    return score_challenge(gold, pred)


def challenge_markdown(result: dict, title: str) -> str:
    """A per-group table (the figures a user compares between models)."""
    lines = [f"## {title}", "", "| group | n | label acc. | macro-F1 | holder acc. | exact holder | well-formed |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    rows = list(result["groups"].items()) + [("**all**", result["all"])]
    for name, m in rows:
        lines.append(f"| {name} | {m['n']} | {m['label_accuracy']:.3f} | {m['macro_f1']:.3f} | "
                     f"{m['holder_accuracy']:.3f} | {m['exact_holder_accuracy']:.3f} | {m['well_formed']:.3f} |")
    return "\n".join(lines) + "\n"
