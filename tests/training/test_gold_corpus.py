"""The committed corpus: every file valid against the scheme, splits by article."""

import json

from classifier.records import load_articles
from conftest import REPO
from training.validate import validate_files

GOLD = REPO / "data" / "gold"


def test_gold_files_validate():
    files = sorted(GOLD.glob("*.jsonl"))
    problems, summary = validate_files(files)
    assert problems == [], problems[:5]
    assert "OK" in summary


def test_gold_units_are_substrings_of_raw_articles():
    for art in load_articles([GOLD]):
        raw = (REPO / "data" / "articles" / f"{art.article_id}.txt").read_text(encoding="utf-8")
        pos = 0
        for u in art.units:
            idx = raw.find(u.text, pos)
            assert idx >= 0, (art.article_id, u.sentence_id)
            assert raw[pos:idx].strip() == "", (art.article_id, u.sentence_id)
            pos = idx + len(u.text)


def test_splits_disjoint_complete_seed_in_train():
    path = REPO / "data" / "splits.json"
    ids = {a.article_id for a in load_articles([GOLD])}
    if not path.exists():
        assert len(ids) == 1
        return
    splits = json.loads(path.read_text())
    train, dev, test = (set(splits[k]) for k in ("train", "dev", "test"))
    assert not (train & dev) and not (train & test) and not (dev & test)
    assert train | dev | test == ids
    assert "us-resists-north-korea-peace-declaration" in train


def test_probe_articles_validate_and_stay_out_of_the_splits():
    # data/probes: measuring articles only (data/README.md), never in a split the trainer reads.
    probes = sorted((REPO / "data" / "probes").glob("*.jsonl"))
    assert len(probes) == 263  # h5-h8 and h10-h26: 12 each; h9: 11
    problems, summary = validate_files(probes)
    assert problems == [], problems[:5]
    ids = {a.article_id for a in load_articles([REPO / "data" / "probes"])}
    in_splits = {a for ids_ in json.loads((REPO / "data" / "splits.json").read_text()).values() for a in ids_}
    assert ids and not ids & in_splits and not ids & {a.article_id for a in load_articles([GOLD])}
