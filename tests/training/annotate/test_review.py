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
