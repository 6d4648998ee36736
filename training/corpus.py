"""Building the gold corpus from two independent annotation passes.

``python -m training.corpus agreement``   Cohen's kappa on labels and holder agreement
``python -m training.corpus disagreements OUT.json``   units the passes disagree on
``python -m training.corpus merge DECISIONS.json``   pass 1 + adjudicated decisions -> data/gold
``python -m training.corpus splits``   article-level train/dev/test split -> data/splits.json

Holders of the two passes are compared through each pass's own alias lists, so "Sudan's
army" and "Sudanese army" agree when either pass lists the other's form as an alias.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

from classifier.encoding import neighbours
from classifier.records import header_record, load_articles, unit_record, write_records
from classifier.scheme import SPECIAL_HOLDERS, Article, normalize_holder
from classifier.settings import REPO_ROOT

DATA = REPO_ROOT / "data"
PASS1, PASS2, GOLD = DATA / "annotation" / "pass1", DATA / "annotation" / "pass2", DATA / "gold"
SEED_ID = "us-resists-north-korea-peace-declaration"


def alias_keys(holder: str, actors: dict[str, list[str]]) -> set[str]:
    """Every normalised form a pass uses for ``holder``."""
    if holder in SPECIAL_HOLDERS:
        return {holder}
    return {normalize_holder(x) for x in [holder, *actors.get(holder, [])] if x.strip()}


def holders_agree(h1: list[str], a1: dict, h2: list[str], a2: dict) -> bool:
    """Same number of holders, each of pass 1 matching a distinct one of pass 2 by alias."""
    if len(h1) != len(h2):
        return False
    left = [alias_keys(h, a2) for h in h2]
    for h in h1:
        keys = alias_keys(h, a1)
        hit = next((i for i, k in enumerate(left) if k & keys), None)
        if hit is None:
            return False
        left.pop(hit)
    return True


def paired(ids: list[str] | None = None, pass1: Path | None = None,
           pass2: Path | None = None) -> list[tuple[Article, Article]]:
    """(pass 1, pass 2) article pairs present in both passes, with identical units.

    The passes are read from ``pass1``/``pass2`` (default: data/annotation/pass1 and pass2).
    """
    p1 = {a.article_id: a for a in load_articles([pass1 or PASS1])}
    p2 = {a.article_id: a for a in load_articles([pass2 or PASS2])}
    pairs = []
    for aid in sorted(set(p1) & set(p2)):
        if ids and aid not in ids:
            continue
        a, b = p1[aid], p2[aid]
        if [u.text for u in a.units] != [u.text for u in b.units]:
            raise SystemExit(f"{aid}: the passes have different units")
        pairs.append((a, b))
    return pairs


def agreement(pairs: list[tuple[Article, Article]]) -> dict:
    """Cohen's kappa and raw agreement on labels; exact agreement on holder sets."""
    from sklearn.metrics import cohen_kappa_score

    l1, l2, hold = [], [], []
    for a, b in pairs:
        for u, v in zip(a.units, b.units):
            l1.append(u.label)
            l2.append(v.label)
            hold.append(holders_agree(u.holders, a.actors, v.holders, b.actors))
    per_label = {}
    for lab in sorted(set(l1) | set(l2)):
        both = sum(1 for x, y in zip(l1, l2) if x == y == lab)
        per_label[lab] = {"pass1": l1.count(lab), "pass2": l2.count(lab), "both": both}
    return {"articles": len(pairs), "units": len(l1), "label_kappa": float(cohen_kappa_score(l1, l2)),
            "label_agreement": sum(x == y for x, y in zip(l1, l2)) / len(l1),
            "holder_agreement": sum(hold) / len(hold),
            "both_agree": sum(1 for x, y, h in zip(l1, l2, hold) if x == y and h) / len(l1),
            "per_label": per_label}


def disagreements(pairs: list[tuple[Article, Article]]) -> list[dict]:
    """Units to adjudicate, with their neighbours and both passes' answers."""
    out = []
    for a, b in pairs:
        texts = [u.text for u in a.units]
        for i, (u, v) in enumerate(zip(a.units, b.units)):
            same_label = u.label == v.label
            same_holders = holders_agree(u.holders, a.actors, v.holders, b.actors)
            if same_label and same_holders:
                continue
            prev, nxt = neighbours(texts, i, 1, 1)
            out.append({"article_id": a.article_id, "sentence_id": u.sentence_id,
                        "previous": prev[0] if prev else None, "text": u.text,
                        "next": nxt[0] if nxt else None,
                        "pass1": {"label": u.label, "holders": u.holders},
                        "pass2": {"label": v.label, "holders": v.holders,
                                  "aliases": {h: b.actors.get(h, []) for h in v.holders}},
                        "pass1_actors": a.actors})
    return out


def merge(decisions: list[dict]) -> int:
    """Write data/gold: pass 1, with each adjudicated unit replaced by the decision."""
    by_key = {(d["article_id"], d["sentence_id"]): d for d in decisions}
    GOLD.mkdir(parents=True, exist_ok=True)
    written = 0
    for a, _ in paired():
        for u in a.units:
            d = by_key.get((a.article_id, u.sentence_id))
            if d:
                u.label, u.holders = d["label"], list(d["holders"])
                for name, aliases in d.get("new_actors", {}).items():
                    a.actors.setdefault(name, list(aliases))
            u.annotator, u.source = ("adjudicated" if d else "pass1+pass2"), "gold"
        write_records(GOLD / f"{a.article_id}.jsonl", [header_record(a), *(unit_record(u) for u in a.units)])
        written += 1
    return written


def topic_groups(articles: list[Article], threshold: float = 0.35) -> list[list[Article]]:
    """Articles on the same story (TF-IDF cosine >= threshold) grouped, so a split never
    puts near-duplicates on both sides."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    docs = [" ".join(u.text for u in a.units) for a in articles]
    sim = cosine_similarity(TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(docs))
    parent = list(range(len(articles)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(articles)):
        for j in range(i + 1, len(articles)):
            if sim[i, j] >= threshold:
                parent[find(i)] = find(j)
    groups: dict[int, list[Article]] = defaultdict(list)
    for i, a in enumerate(articles):
        groups[find(i)].append(a)
    return list(groups.values())


def make_splits(articles: list[Article], seed: int = 13, test_share: float = 0.18,
                dev_share: float = 0.12) -> dict[str, list[str]]:
    """Train/dev/test by article, stratified by beat and genre; topic groups stay together;
    the seed article stays in train.

    Systematic sampling: groups are ordered by (beat, genre) with a seeded shuffle inside
    each stratum, then walked in order, each going to whichever split is furthest behind
    its share of the articles seen so far, so every beat and genre is spread over splits.
    """
    rng = random.Random(seed)
    groups = topic_groups(articles)
    rng.shuffle(groups)
    groups.sort(key=lambda g: (str(g[0].meta.get("beat")), str(g[0].meta.get("genre"))))
    shares = {"test": test_share, "dev": dev_share, "train": 1 - test_share - dev_share}
    have: Counter = Counter()
    splits: dict[str, list[str]] = {"train": [], "dev": [], "test": []}
    seen = 0
    for g in groups:
        ids = [a.article_id for a in g]
        seen += len(g)
        if SEED_ID in ids or len(g) > 2:
            split = "train"
        else:
            split = max(shares, key=lambda s: shares[s] * seen - have[s])
        splits[split].extend(ids)
        have[split] += len(g)
    return {k: sorted(v) for k, v in splits.items()}


def main(argv: list[str]) -> None:
    cmd = argv[0] if argv else "agreement"
    if cmd == "agreement":
        print(json.dumps(agreement(paired()), indent=2))
    elif cmd == "disagreements":
        items = disagreements(paired())
        Path(argv[1]).write_text(json.dumps(items, indent=1, ensure_ascii=False), encoding="utf-8")
        print(f"{len(items)} units to adjudicate -> {argv[1]}")
    elif cmd == "merge":
        decisions = []
        for p in argv[1:]:
            decisions.extend(json.loads(Path(p).read_text(encoding="utf-8")))
        print(f"wrote {merge(decisions)} gold articles")
    elif cmd == "splits":
        splits = make_splits(load_articles([GOLD]))
        (DATA / "splits.json").write_text(json.dumps(splits, indent=1) + "\n", encoding="utf-8")
        print({k: len(v) for k, v in splits.items()})
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
