"""training.annotate.review: review order, the Label Studio round trip and its checks."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from classifier.scheme import LABELS
from training.annotate import review as rv
from annotation_fakes import sample_drafts


def test_review_order_disagreement_then_low_confidence():
    d = sample_drafts()
    order = [d.units[i]["sentence_id"] for i in rv.review_order(d.units)]
    assert order == [1, 4, 5, 2, 3, 0]
    d.units[1] = rv.reviewed_record(d.units[1], "condition", ["State Department"], "me")
    assert [d.units[i]["sentence_id"] for i in rv.review_order(d.units)][-1] == 1


def test_labelstudio_round_trip_loses_nothing(tmp_path):
    d = sample_drafts()
    tasks_path = tmp_path / "ls" / "tasks.json"
    config_path = rv.export_labelstudio(d, tasks_path)
    config = ET.fromstring(config_path.read_text())
    names = {el.get("name") for el in config.iter() if el.get("name")}
    assert {"text", "context", "label", "holders"} <= names
    assert [c.get("value") for c in config.iter("Choice")] == list(LABELS)
    tasks = json.loads(tasks_path.read_text(encoding="utf-8"))
    assert len(tasks) == 6 and set(tasks[0]["data"]) >= {"text", "article_id", "sentence_id", "context"}
    # Label Studio's JSON export after an annotator accepts every prediction unchanged
    exported = []
    for n, task in enumerate(tasks, start=1):
        exported.append({"id": n, "data": task["data"], "predictions": task["predictions"],
                         "annotations": [{"id": 100 + n, "completed_by": {"email": "ann@example.org"},
                                          "was_cancelled": False, "updated_at": "2026-01-01T00:00:00Z",
                                          "result": [dict(r, id=f"r{n}{k}") for k, r in
                                                     enumerate(task["predictions"][0]["result"])]}]})
    ls_export = tmp_path / "export.json"
    ls_export.write_text(json.dumps(exported), encoding="utf-8")
    reviewed = rv.import_labelstudio(ls_export, sample_drafts())
    keyed = {(r["article_id"], r["sentence_id"]): r for r in reviewed}
    assert len(keyed) == 6
    for orig in sample_drafts().units:
        got = keyed[(orig["article_id"], orig["sentence_id"])]
        assert (got["text"], got["label"], got["holders"]) == (orig["text"], orig["label"], orig["holders"])
        assert got["source"] == "reviewed" and got["annotator"] == "labelstudio:ann@example.org"
    # a correction and a cancelled annotation
    exported[0]["annotations"][0]["result"][0]["value"]["choices"] = ["condition"]
    exported[1]["annotations"][0]["was_cancelled"] = True
    ls_export.write_text(json.dumps(exported), encoding="utf-8")
    reviewed = rv.import_labelstudio(ls_export, sample_drafts())
    assert len(reviewed) == 5
    assert any(r["sentence_id"] == tasks[0]["data"]["sentence_id"] and r["label"] == "condition" for r in reviewed)


def test_labelstudio_import_rejects_off_scheme_annotations(tmp_path):
    d = sample_drafts()
    task = rv.labelstudio_tasks(d)[0]
    task["annotations"] = [{"result": [{"from_name": "label", "to_name": "text", "type": "choices",
                                        "value": {"choices": ["opinion"]}},
                                       {"from_name": "holders", "to_name": "text", "type": "textarea",
                                        "value": {"text": ["US"]}}]}]
    p = tmp_path / "bad.json"
    p.write_text(json.dumps([task]))
    from classifier.errors import DataError

    with pytest.raises(DataError, match="AUTHOR"):
        rv.import_labelstudio(p, d)


# ------------------------------------------------------------------ the terminal review

LONG = ("The Federal Reserve said on Tuesday that it would keep interest rates unchanged until "
        "inflation returned durably to its two-percent objective, according to the statement.")


def fed_drafts(source: str = "llm") -> rv.Drafts:
    from annotation_fakes import unit

    d = rv.Drafts()
    d.headers["f1"] = {"article_id": "f1", "title": "T", "author": None,
                       "actors": {"Federal Reserve": ["Federal Reserve", "the central bank"]}}
    d.units = [unit(0, "claim", ["Federal Reserve"], 0.5, "claim", ["Federal Reserve"], aid="f1", text=LONG),
               unit(1, "claim", ["NONE"], 0.6, "claim", ["NONE"], aid="f1", text="Markets rose.")]
    for u in d.units:
        u["source"] = source
        if source == "model":  # the model drafted: its prediction is the draft itself
            u["annotator"], u["model_confidence"] = "model:default", u["confidence"]
    return d


def run_review(drafts: rv.Drafts, answers: list[str]) -> tuple[str, list[str], bool]:
    """(printed output, prompts shown, stopped) of a scripted interactive review."""
    import io

    out, prompts, it = io.StringIO(), [], iter(answers)

    def input_fn(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(it)

    _, stopped = rv.interactive_review(drafts, "me", input_fn=input_fn, out=out)
    return out.getvalue(), prompts, stopped


def test_model_drafted_unit_shows_the_model_line_once():
    text, _, _ = run_review(fed_drafts("model"), ["q"])
    assert text.count("model: claim [Federal Reserve]") == 1, text
    # an LLM draft still shows both the draft and the model's prediction
    text, _, _ = run_review(fed_drafts("llm"), ["q"])
    assert "llm: claim [Federal Reserve]" in text and "model: claim [Federal Reserve]" in text


def test_text_wraps_at_word_boundaries_to_the_terminal_width(monkeypatch):
    monkeypatch.setenv("COLUMNS", "40")
    text, _, _ = run_review(fed_drafts(), ["attribution | Board of Governors of the Federal Reserve System", "n",
                                           "q"])
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= 40, "\n".join(line for line in lines if len(line) > 40)
    words = text.split()
    for word in LONG.split() + rv.HELP.split():  # every word whole, none cut at the margin
        assert word in words, word


def test_each_decision_is_confirmed_in_one_line():
    d = fed_drafts()
    text, _, _ = run_review(d, ["attr | the central bank", ""])
    lines = text.splitlines()
    changed = [line for line in lines if "#0" in line and "->" in line]
    assert changed == ["  changed #0: label claim -> attribution"], lines
    assert "  kept #1: claim [NONE]" in lines
    d = fed_drafts()
    text, _, _ = run_review(d, ["| NONE", "q"])
    assert "  changed #0: holders [Federal Reserve] -> [NONE]" in text.splitlines()


def test_typed_holder_matches_actor_or_alias_case_insensitively():
    d = fed_drafts()
    text, prompts, _ = run_review(d, ["| FEDERAL RESERVE", "| The Central Bank's"])
    assert [u["holders"] for u in d.units] == [["Federal Reserve"], ["Federal Reserve"]]
    assert prompts == ["label? ", "label? "]  # nothing to confirm: both are the known actor
    header = rv.output_records(d)[0]
    assert list(header["actors"]) == ["Federal Reserve"]


def test_new_actor_is_added_only_after_confirmation():
    d = fed_drafts()
    text, prompts, _ = run_review(d, ["| Fed", "n", "| fed reserve; Federal Reserve", "n", "| federal reserve",
                                      "cl | Janet Yellen", "y"])
    assert "'Fed' is not an actor of this article (did you mean 'Federal Reserve'?)" in text
    assert prompts[1] == "  add 'Fed' as a new actor? [y/n] "
    assert d.units[0]["holders"] == ["Federal Reserve"] and d.units[0]["source"] == "reviewed"
    assert d.units[1]["holders"] == ["Janet Yellen"] and d.units[1]["source"] == "reviewed"
    actors = rv.output_records(d)[0]["actors"]
    assert set(actors) == {"Federal Reserve", "Janet Yellen"}  # no "Fed" or "fed reserve" beside it
    assert sum("new actor" in p for p in prompts) == 3
    assert "added actor 'Janet Yellen'" in text
