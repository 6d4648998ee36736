"""The baselines (training.baselines): cue rules in rule order, fit and predict."""

from training.baselines import CueRules, Majority, TfidfLogReg, rule_holders, rule_label


def test_cue_rules_follow_rule_order():
    assert rule_label("The deal can go ahead only if both sides sign.") == "condition"
    assert rule_label("The minister said the talks had stalled.") == "attribution"
    assert rule_label("This is likely to be a big setback.") == "opinion"
    assert rule_label("The war began in 1950.") == "claim"
    assert rule_holders("Foreign Minister Ana Ruiz said the talks had stalled.", "attribution") == [
        "Foreign Minister Ana Ruiz"]
    assert rule_holders("This is bad.", "opinion") == ["AUTHOR"]


def test_baselines_fit_and_predict(seed_articles):
    for cls in (Majority, CueRules, TfidfLogReg):
        out = cls().fit(seed_articles).predict_rows(seed_articles)
        assert len(out) == 15 and all(r["label"] in r["scores"] for r in out)
    assert {r["label"] for r in Majority().fit(seed_articles).predict_rows(seed_articles)} == {"claim"}
