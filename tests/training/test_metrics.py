import pytest

from training.metrics import holder_metrics, label_metrics


def test_label_metrics_hand_checked():
    gold = ["claim", "claim", "opinion", "condition", "attribution", "claim"]
    pred = ["claim", "opinion", "opinion", "condition", "claim", "claim"]
    m = label_metrics(gold, pred)
    # claim: tp 2, fp 1 (attribution->claim), fn 1 (claim->opinion): P 2/3, R 2/3, F1 2/3
    assert m["per_label"]["claim"]["precision"] == pytest.approx(2 / 3)
    assert m["per_label"]["claim"]["recall"] == pytest.approx(2 / 3)
    # opinion: tp 1, fp 1: P 1/2, R 1, F1 2/3; condition: F1 1; attribution: F1 0
    assert m["per_label"]["opinion"]["f1"] == pytest.approx(2 / 3)
    assert m["per_label"]["attribution"]["f1"] == 0.0
    assert m["macro_f1"] == pytest.approx((2 / 3 + 2 / 3 + 1 + 0) / 4)
    assert m["accuracy"] == pytest.approx(4 / 6)
    # rows gold, columns predicted, in scheme order condition, attribution, opinion, claim
    assert m["confusion"]["matrix"] == [[1, 0, 0, 0], [0, 0, 0, 1], [0, 0, 1, 0], [0, 0, 1, 2]]


def test_holder_metrics_alias_matching():
    actors = {"Trump Administration": ["the administration"], "US": ["U.S."]}
    gold = [["Trump Administration"], ["US", "North Korea"], ["AUTHOR"], ["NONE"]]
    pred = [["The Administration"], ["U.S."], ["AUTHOR"], ["US"]]
    m = holder_metrics(gold, pred, [actors] * 4)
    assert m["holder_accuracy"] == pytest.approx(2 / 4)
    # matched holders: administration, US, AUTHOR = 3; predicted 4, gold 5
    assert m["holder_precision"] == pytest.approx(3 / 4)
    assert m["holder_recall"] == pytest.approx(3 / 5)


def test_holder_breakdown_by_kind():
    from training.report import holder_breakdown

    actors = {"State Department": ["State Dept"]}
    gold = [{"text": "State Dept: no deal.", "holders": ["State Department"], "actors": actors},
            {"text": "They said no.", "holders": ["State Department"], "actors": actors},
            {"text": "A bad idea.", "holders": ["AUTHOR"], "actors": actors},
            {"text": "It rained.", "holders": ["NONE"], "actors": actors}]
    pred = [{"holders": ["State Dept"]}, {"holders": ["NONE"]}, {"holders": ["AUTHOR"]}, {"holders": ["AUTHOR"]}]
    out = holder_breakdown(gold, pred)
    assert out["named actor"] == {"units": 1, "holder_accuracy": 1.0}
    assert out["resolved actor (pronoun, description or earlier unit)"]["holder_accuracy"] == 0.0
    assert out["AUTHOR"]["holder_accuracy"] == 1.0 and out["NONE"]["holder_accuracy"] == 0.0
