"""``stance annotate`` and ``stance review`` (classifier.cli.annotate): the API key, the model
backend and its errors, the Label Studio round trip and the interactive terminal review."""

from __future__ import annotations

import builtins
import json
import logging

from classifier.scheme import LABELS
from annotation_fakes import SECRET, malformed, make_client, read_jsonl, review_app, sample_drafts
from conftest import SEED_TXT


def test_api_key_is_sent_but_never_written_or_logged(llm, tmp_path, monkeypatch, caplog, tiny_model):
    import typer
    from typer.testing import CliRunner

    from classifier.cli.annotate import register

    monkeypatch.setenv("MY_LLM_KEY", SECRET)
    caplog.set_level(logging.DEBUG)
    app = typer.Typer()
    register(app)
    out = tmp_path / "out" / "drafts.jsonl"
    cache = tmp_path / "cache"
    llm.script = [malformed]  # an error path is logged too
    result = CliRunner().invoke(app, ["annotate", str(SEED_TXT), "--base-url", llm.url, "--llm-model", "fake",
                                      "--api-key-env", "MY_LLM_KEY", "--cache-dir", str(cache), "--model",
                                      str(tiny_model), "--output", str(out), "--retries", "2"])
    assert result.exit_code == 0, result.output
    assert llm.headers[0].get("Authorization") == f"Bearer {SECRET}"
    texts = [result.output, caplog.text, repr(make_client(llm.url))]
    texts += [p.read_text(errors="replace") for p in tmp_path.rglob("*") if p.is_file()]
    assert all(SECRET not in t for t in texts)
    recs = read_jsonl(out)
    assert len(recs) == 16 and recs[1]["model_label"] in LABELS and recs[1]["source"] == "llm"


def test_annotate_cli_model_backend_and_errors(tiny_model, tmp_path, monkeypatch):
    import typer
    from typer.testing import CliRunner

    from training.annotate.client import LLMConfigError
    from classifier.cli.annotate import register

    monkeypatch.delenv("STANCE_LLM_BASE_URL", raising=False)
    app = typer.Typer()
    register(app)
    out = tmp_path / "d.jsonl"
    r = CliRunner().invoke(app, ["annotate", str(SEED_TXT), "--model", str(tiny_model), "-o", str(out), "--quiet"])
    assert r.exit_code == 0, r.output
    assert read_jsonl(out)[1]["source"] == "model"
    r = CliRunner().invoke(app, ["annotate", str(SEED_TXT), "--backend", "llm", "-o", str(out)])
    assert isinstance(r.exception, LLMConfigError) and "--base-url" in r.exception.message


def test_review_cli_labelstudio_export_import(tmp_path):
    from typer.testing import CliRunner

    from training.validate import validate_files

    app, drafts = review_app(tmp_path)
    tasks = tmp_path / "tasks.json"
    r = CliRunner().invoke(app, ["review", str(drafts), "--labelstudio-export", str(tasks)])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "tasks.xml").exists()
    data = json.loads(tasks.read_text())
    for t in data[:2]:
        t["annotations"] = [{"result": t["predictions"][0]["result"]}]
    tasks.write_text(json.dumps(data))
    out = tmp_path / "reviewed.jsonl"
    r = CliRunner().invoke(app, ["review", str(drafts), "--labelstudio-import", str(tasks), "-o", str(out),
                                 "--annotator", "jr"])
    assert r.exit_code == 0, r.output
    recs = read_jsonl(out)
    assert sum(1 for x in recs if x.get("source") == "reviewed") == 2 and len(recs) == 7
    assert validate_files([out])[0] == []


def test_interactive_review_with_scripted_input(monkeypatch, tmp_path):
    from typer.testing import CliRunner

    app, drafts = review_app(tmp_path)
    out = tmp_path / "reviewed.jsonl"
    # review order: 1, 4, 5, 2, 3, 0
    answers = iter(["",                          # 1: accept attribution
                    "c",                         # 4: ambiguous -> asks again
                    "cl | state dept; u.s.",     # 4: claim, holders mapped to the header's actors
                    "m",                         # 5: take the model's prediction
                    "opinion",                   # 2: opinion -> holders become AUTHOR
                    "q"])                        # stop: progress saved
    monkeypatch.setattr(builtins, "input", lambda prompt="": next(answers))
    r = CliRunner().invoke(app, ["review", str(drafts), "-o", str(out), "--annotator", "jr"])
    assert r.exit_code == 0, r.output
    assert "ambiguous" in r.output
    recs = {x["sentence_id"]: x for x in read_jsonl(out) if "sentence_id" in x}
    assert recs[1]["source"] == "reviewed" and recs[1]["label"] == "attribution" and recs[1]["annotator"] == "jr"
    assert recs[4]["label"] == "claim" and recs[4]["holders"] == ["State Department", "US"]
    assert recs[5]["label"] == "condition" and recs[5]["text"] == sample_drafts().units[5]["text"]
    assert recs[2]["label"] == "opinion" and recs[2]["holders"] == ["AUTHOR"]
    assert recs[3]["source"] == "llm" and recs[0]["source"] == "llm"
    # resume: only the two units left are shown; end of input saves too
    answers = iter(["", "zzz", "s"])
    seen = []

    def fake_input(prompt=""):
        seen.append(prompt)
        return next(answers)

    monkeypatch.setattr(builtins, "input", fake_input)
    r = CliRunner().invoke(app, ["review", str(drafts), "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert "2 unit(s) to review" in r.output and "unknown label 'zzz'" in r.output
    recs = {x["sentence_id"]: x for x in read_jsonl(out) if "sentence_id" in x}
    assert recs[3]["source"] == "reviewed" and recs[0]["source"] == "llm"
