"""The annotation scheme in code (classifier.scheme): labels, unit checks, holder matching."""

import pytest

from classifier.errors import DataError
from classifier.scheme import LABELS, canonicalize_holder, holder_kind, normalize_holder, validate_unit


def rec(**kw):
    base = {"article_id": "a", "sentence_id": 0, "text": "X said so.", "label": "attribution", "holders": ["X"]}
    base.update(kw)
    return base


def test_label_order_is_rule_order():
    assert LABELS == ("condition", "attribution", "opinion", "claim")


@pytest.mark.parametrize("bad,msg", [
    (rec(label="fact"), "unknown label 'fact'"),
    (rec(holders=[]), "must not be empty"),
    (rec(holders=["AUTHOR", "X"]), "cannot be combined"),
    (rec(label="opinion", holders=["X"]), "opinion is held by AUTHOR"),
    (rec(sentence_id=-1), "non-negative"),
    (rec(text="  "), "non-empty"),
    ({"article_id": "a", "text": "t"}, "missing field 'sentence_id'"),
    (rec(source="robot"), "unknown source"),
])
def test_validate_unit_rejects(bad, msg):
    with pytest.raises(DataError, match=msg):
        validate_unit(bad, "f:3")


def test_validate_unit_names_place():
    with pytest.raises(DataError, match=r"^f\.jsonl:7: "):
        validate_unit(rec(label="x"), "f.jsonl:7")


def test_holder_must_be_header_actor():
    with pytest.raises(DataError, match="not AUTHOR, NONE or an actor"):
        validate_unit(rec(holders=["Y"]), "f:1", actors={"X": ["X"]})


def test_unlabelled_allowed_for_prediction_input():
    unit = validate_unit({"article_id": "a", "sentence_id": 2, "text": "Hi."}, "f:1", require_label=False)
    assert unit.label is None and unit.holders == []


@pytest.mark.parametrize("a,b", [("U.S.", "US"), ("the State Department", "State Department"),
                                 ("Sen. Maria Lopez", "Maria Lopez"), ("Gov. Smith", "smith"),
                                 ("Beijing’s", "Beijing")])
def test_normalize_holder_matches_variants(a, b):
    assert normalize_holder(a) == normalize_holder(b)


def test_canonicalize_by_alias():
    actors = {"Trump Administration": ["the administration", "Trump Administration"]}
    assert canonicalize_holder("The Administration", actors) == "Trump Administration"
    assert canonicalize_holder("AUTHOR", actors) == "AUTHOR"
    assert canonicalize_holder("Someone", actors) == "Someone"


def test_holder_kind():
    assert holder_kind(["AUTHOR"]) == "AUTHOR"
    assert holder_kind(["NONE"]) == "NONE"
    assert holder_kind(["US", "North Korea"]) == "ACTOR"
