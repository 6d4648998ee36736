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


def test_joint_window_model_trains_and_predicts_every_unit(tiny_base, seed_articles, tmp_path):
    """A model trained on joint windows (through the Trainer and with cached lower layers)
    labels every unit, and an article's output does not depend on what it is batched with."""
    from classifier.inputs import InputArticle, InputUnit
    from classifier.predict import Predictor
    from classifier.scheme import LABELS
    from conftest import SEED_GOLD
    from training.evaluation import as_inputs
    from training.train import TrainConfig, train_and_save

    for frozen in (0, 1):
        out = tmp_path / f"joint-{frozen}"
        cfg = TrainConfig(base_model=str(tiny_base), epochs=2, batch_size=2, max_length=96, frozen_layers=frozen,
                          lora_modules="all", context_window=0, joint_units=4)
        train_and_save(seed_articles, [], out, cfg, [SEED_GOLD], quiet=True)
        predictor = Predictor(out, device="cpu", batch_size=8)
        assert predictor.joint_units == 4
        alone = next(predictor.predict(as_inputs(seed_articles)))
        assert len(alone) == 15 and all(r["label"] in LABELS for r in alone)
        other = InputArticle("other", [InputUnit(0, "Another article's only sentence, officials said.", None, None)])
        together = list(predictor.predict([other] + as_inputs(seed_articles)))[1]
        flat = [p for r in together for p in r["scores"].values()]
        assert flat == pytest.approx([p for r in alone for p in r["scores"].values()], abs=1e-4)
        assert [r["holders"] for r in together] == [r["holders"] for r in alone]
