"""Inference (classifier.predict) on odd input: over-long sentences, any Unicode."""

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st


def test_very_long_sentence_is_truncated(tiny_model):
    from classifier.inputs import InputArticle, InputUnit
    from classifier.predict import Predictor

    text = "word " * 4000 + "end."
    (recs,) = Predictor(tiny_model, device="cpu").predict([InputArticle("long", [InputUnit(0, text.strip())])])
    assert recs[0]["truncated"] is True and recs[0]["label"]


@pytest.fixture(scope="module")
def tiny_predictor(tiny_model):
    from classifier.predict import Predictor

    return Predictor(tiny_model, device="cpu")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(min_size=1, max_size=400))
def test_predict_never_crashes_on_unicode(tiny_predictor, text):
    from classifier.inputs import InputArticle, InputUnit
    from classifier.segment import split_units

    units = [InputUnit(i, s.text, s.start, s.end) for i, s in enumerate(split_units(text))]
    if not units:
        return
    (recs,) = tiny_predictor.predict([InputArticle("x", units)])
    assert len(recs) == len(units)
    for r in recs:
        assert text[r["start"]:r["end"]] == r["text"]
        for span in r["holder_spans"]:
            if "mention" in span:
                assert r["text"][span["start"]:span["end"]] == span["mention"]


def test_truncated_only_when_the_units_own_tokens_do_not_fit(tiny_model):
    from classifier.inputs import InputArticle, InputUnit
    from classifier.predict import Predictor

    long = " ".join(["The ministry said the talks would continue next week in Geneva."] * 12)
    units = [InputUnit(0, long), InputUnit(1, "Talks resume."), InputUnit(2, long)]
    (recs,) = list(Predictor(tiny_model, device="cpu").predict([InputArticle("t", units)]))
    assert recs[0].get("truncated") and recs[2].get("truncated")
    assert not recs[1].get("truncated")  # its neighbours were trimmed, not the unit itself
