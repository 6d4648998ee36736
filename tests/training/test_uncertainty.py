"""Bootstrap intervals, paired comparison and calibration (training.uncertainty) on hand-checked cases."""

import numpy as np
import pytest

from training.uncertainty import Scored, bootstrap_ci, expected_calibration_error, fit_temperature, paired_bootstrap


def rows(labels, article="a"):
    return [{"article_id": article, "sentence_id": i, "label": l, "holders": ["NONE"], "actors": {}}
            for i, l in enumerate(labels)]


def test_scored_metrics_match_hand_numbers():
    gold = rows(["claim", "claim", "opinion", "condition", "attribution", "claim"])
    pred = rows(["claim", "opinion", "opinion", "condition", "claim", "claim"])
    m = Scored(gold, pred).metrics()
    assert m["accuracy"] == pytest.approx(4 / 6)
    assert m["macro_f1"] == pytest.approx((2 / 3 + 2 / 3 + 1 + 0) / 4)  # same case as test_metrics
    assert m["f1_attribution"] == 0.0


def test_bootstrap_single_article_is_degenerate():
    gold = rows(["claim", "opinion", "claim"])
    pred = rows(["claim", "claim", "claim"])
    ci = bootstrap_ci(gold, pred, n=50)
    assert ci["accuracy"] == [pytest.approx(2 / 3), pytest.approx(2 / 3)]


def test_bootstrap_resamples_articles_not_sentences():
    # Article a: all right (4 units); article b: all wrong (1 unit). Any resample has accuracy
    # in {0, 0.5?...}: mixing whole articles only gives k*4/(k*4+(2-k)*1) for k = 0, 1, 2.
    gold = rows(["claim"] * 4, "a") + rows(["claim"], "b")
    pred = rows(["claim"] * 4, "a") + rows(["opinion"], "b")
    ci = bootstrap_ci(gold, pred, n=200, seed=1)
    assert ci["accuracy"][0] in (0.0, pytest.approx(0.8), 1.0)
    assert ci["accuracy"][1] in (0.0, pytest.approx(0.8), 1.0)


def test_paired_bootstrap_identical_predictors():
    gold = rows(["claim", "opinion"], "a") + rows(["condition"], "b")
    pred = rows(["claim", "claim"], "a") + rows(["condition"], "b")
    out = paired_bootstrap(gold, pred, pred, n=100)
    assert out["diff"] == 0.0 and out["ci"] == [0.0, 0.0] and out["p"] == 1.0


def test_paired_bootstrap_clear_winner():
    gold = sum((rows(["claim", "opinion"], f"a{i}") for i in range(10)), [])
    good = gold
    bad = sum((rows(["claim", "claim"], f"a{i}") for i in range(10)), [])
    out = paired_bootstrap(gold, good, bad, metric="accuracy", n=200)
    assert out["diff"] == pytest.approx(0.5) and out["p"] == 0.0


def test_ece_hand_checked():
    # bin (0.8, 0.9]: conf 0.9, acc 0.5 -> 0.4 * 1/2; bin (0.5, 0.6]: conf 0.6, acc 1 -> 0.4 * 1/2
    ece, bins = expected_calibration_error(np.array([0.9, 0.9, 0.6, 0.6]), np.array([1, 0, 1, 1]))
    assert ece == pytest.approx(0.4)
    assert [b["count"] for b in bins] == [2, 2]


def test_temperature_softens_overconfidence():
    # Always 0.99 sure but right only 60% of the time: the fitted temperature must exceed 1.
    probs = np.array([[0.99, 0.0033, 0.0033, 0.0034]] * 10)
    gold = np.array([0] * 6 + [1] * 4)
    assert fit_temperature(probs, gold) > 1.5
