"""Baselines scored on the same articles as the model, so its numbers mean something.

- ``majority``: every unit gets the most frequent training label (holder NONE, or AUTHOR
  when the majority label is opinion).
- ``rules``: cue words in the scheme's rule order: conditional markers -> condition,
  reporting verbs and quote frames -> attribution, evaluative / hedging words -> opinion,
  else claim; the holder is the capitalised name nearest before the reporting verb.
- ``tfidf``: TF-IDF word and character n-grams + logistic regression (scikit-learn).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from classifier.scheme import AUTHOR, LABELS, NONE, Article

CONDITION_CUES = re.compile(
    r"\b(only if|only when|only after|unless|until|as long as|provided (?:that )?|on condition that|"
    r"in exchange for|in return for|conditioned on|conditional on|depends? on|before (?:any|we|it|they)|"
    r"must (?:first|come first)|has to (?:happen|take place|come) (?:first|before)|first\b.*\bthen\b|"
    r"if\b.*\b(?:will|would|must|has to|have to|can)\b|without\b.*\bwill\b)", re.IGNORECASE)
REPORTING_CUES = re.compile(
    r"\b(said|says|say|told|tells|announced|stated|added|noted|warned|argued|insisted|claimed|"
    r"denied|reiterated|indicated|believes?|thinks?|urged|pledged|promised|vowed|called (?:on|for)|"
    r"according to|asked|declined to|wrote|explained|confirmed|signalled|signaled)\b|[“\"].+[”\"]|^[A-Z][\w .’'-]{1,40}:\s",
    re.IGNORECASE)
OPINION_CUES = re.compile(
    r"\b(likely|unlikely|probably|perhaps|clearly|should|ought|must not|would be|could be|may well|"
    r"seems?|appears?|arguably|surely|big|huge|major|problematic|troubling|welcome|mistake|wrong|"
    r"right to|setback|turnaround|striking|remarkable|dangerous|reckless|sensible|smart|bold|"
    r"failure|success|good|bad|better|worse|best|worst|\?$)\b|\?\s*$", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*)[^A-Z]{0,40}$")


def rule_label(text: str) -> str:
    """The cue-rule label of one sentence (first matching rule wins, as in the scheme)."""
    if CONDITION_CUES.search(text):
        return "condition"
    if REPORTING_CUES.search(text):
        return "attribution"
    if OPINION_CUES.search(text):
        return "opinion"
    return "claim"


def rule_holders(text: str, label: str) -> list[str]:
    """AUTHOR for opinions; for speech, the capitalised name before the reporting cue."""
    if label == "opinion":
        return [AUTHOR]
    if label in ("attribution", "condition"):
        m = REPORTING_CUES.search(text)
        if m:
            before = _NAME_BEFORE.search(text[:m.start()])
            if before:
                return [before.group(1).strip()]
    return [NONE]


def _one_hot(label: str) -> dict[str, float]:
    return {lab: float(lab == label) for lab in LABELS}


class Majority:
    name = "majority"

    def fit(self, articles: Sequence[Article]) -> "Majority":
        counts = Counter(u.label for a in articles for u in a.units)
        self.label = counts.most_common(1)[0][0]
        return self

    def predict_rows(self, articles: Sequence[Article]) -> list[dict]:
        holders = [AUTHOR] if self.label == "opinion" else [NONE]
        return [{"article_id": a.article_id, "sentence_id": u.sentence_id, "label": self.label,
                 "holders": holders, "scores": _one_hot(self.label)} for a in articles for u in a.units]


class CueRules:
    name = "rules"

    def fit(self, articles: Sequence[Article]) -> "CueRules":
        return self

    def predict_rows(self, articles: Sequence[Article]) -> list[dict]:
        rows = []
        for a in articles:
            for u in a.units:
                label = rule_label(u.text)
                rows.append({"article_id": a.article_id, "sentence_id": u.sentence_id, "label": label,
                             "holders": rule_holders(u.text, label), "scores": _one_hot(label)})
        return rows


class TfidfLogReg:
    name = "tfidf"

    def fit(self, articles: Sequence[Article]) -> "TfidfLogReg":
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import FeatureUnion, make_pipeline

        texts = [u.text for a in articles for u in a.units]
        labels = [u.label for a in articles for u in a.units]
        features = FeatureUnion([
            ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1)),
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)),
        ])
        self.pipeline = make_pipeline(features, LogisticRegression(max_iter=2000, C=5.0, class_weight="balanced"))
        self.pipeline.fit(texts, labels)
        return self

    def predict_rows(self, articles: Sequence[Article]) -> list[dict]:
        texts = [u.text for a in articles for u in a.units]
        probs = self.pipeline.predict_proba(texts)
        classes = list(self.pipeline.classes_)
        rows = []
        keys = [(a.article_id, u.sentence_id, u.text) for a in articles for u in a.units]
        for (aid, sid, text), p in zip(keys, probs):
            scores = {lab: float(p[classes.index(lab)]) if lab in classes else 0.0 for lab in LABELS}
            label = max(scores, key=scores.get)
            rows.append({"article_id": aid, "sentence_id": sid, "label": label,
                         "holders": rule_holders(text, label), "scores": scores})
        return rows


BASELINES = {"majority": Majority, "rules": CueRules, "tfidf": TfidfLogReg}


def baseline_names(requested: Sequence[str]) -> list[str]:
    """Baseline names in the order asked, ``all`` expanded; an unknown name is an input error."""
    from classifier.errors import InputError

    names = [b for b in requested for b in (list(BASELINES) if b == "all" else [b])]
    unknown = [b for b in names if b not in BASELINES]
    if unknown:
        raise InputError(f"unknown baseline {unknown[0]!r} (majority, rules, tfidf or all)")
    return names
