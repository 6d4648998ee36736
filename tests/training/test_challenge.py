"""Challenge sets: the committed files, per-group scoring, and the floors the default model keeps."""

import json

import pytest

from conftest import REPO
from training.challenge import load_challenge, score_challenge, target_rows

LABELS_DIR = REPO / "data" / "challenge" / "labels"
HOLDERS_DIR = REPO / "data" / "challenge" / "holders"
FLOORS = json.loads((REPO / "data" / "challenge" / "floors.json").read_text())


def test_challenge_sets_are_valid_and_large_enough():
    for folder, key, minimum in ((LABELS_DIR, "phenomenon", 300), (HOLDERS_DIR, "case", 200)):
        items = load_challenge(folder)
        rows = target_rows(items)
        assert len(items) >= minimum
        groups = {a.meta[key] for a in items}
        for g in groups:
            assert sum(1 for a in items if a.meta[key] == g) >= 20, g
        ids = {a.article_id for a in items}
        for a in items:
            assert 2 <= len(a.units) <= 4
            assert set(a.meta["targets"]) <= {u.sentence_id for u in a.units}
            assert a.meta.get("pair") in (None, *ids)
        assert all(r["group"] for r in rows)


def test_scoring_by_group_is_hand_checkable():
    actors = {"Maria Lopez": ["Lopez", "Sen. Maria Lopez"]}
    gold = [{"article_id": "a", "sentence_id": 0, "text": "x", "label": "attribution", "holders": ["Maria Lopez"],
             "actors": actors, "group": "g1"},
            {"article_id": "b", "sentence_id": 0, "text": "y", "label": "claim", "holders": ["NONE"],
             "actors": actors, "group": "g2"}]
    pred = [{"label": "attribution", "holders": ["Sen. Maria Lopez"]}, {"label": "opinion", "holders": ["AUTHOR"]}]
    out = score_challenge(gold, pred)
    assert out["groups"]["g1"]["label_accuracy"] == 1.0 and out["groups"]["g1"]["exact_holder_accuracy"] == 1.0
    assert out["groups"]["g2"]["label_accuracy"] == 0.0
    assert out["all"]["n"] == 2 and out["all"]["holder_accuracy"] == 0.5
    pred[0]["holders"] = ["Maria"]  # a fragment: not well-formed, not exact
    out = score_challenge(gold, pred)
    assert out["groups"]["g1"]["well_formed"] == 0.0 and out["groups"]["g1"]["exact_holder_accuracy"] == 0.0


@pytest.mark.integration
def test_default_model_keeps_the_challenge_floors():
    """CI's floor per phenomenon (data/challenge/floors.json) for the committed default model."""
    from classifier.predict import Predictor
    from classifier.settings import DEFAULT_MODEL
    from training.challenge import evaluate_challenge

    predictor = Predictor(DEFAULT_MODEL, device="cpu")
    for name, folder in (("labels", LABELS_DIR), ("holders", HOLDERS_DIR)):
        result = evaluate_challenge(predictor, folder)
        for group, floor in FLOORS[name].items():
            m = result["groups"][group]
            for metric, value in floor.items():
                assert m[metric] >= value, (name, group, metric, m[metric], value)
