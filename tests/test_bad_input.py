"""The bad-input battery: every case gives one clear stderr line, a non-zero exit, no traceback,
and leaves no output file behind. Exit codes: 3 input, 4 data, 5 model, 6 output (README)."""

import errno
import json
import shutil

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import SEED_GOLD, SEED_TXT
from test_cli import check_error


@pytest.fixture
def units_file(tmp_path):
    p = tmp_path / "units.jsonl"
    p.write_text(json.dumps({"article_id": "a", "sentence_id": 0, "text": "Officials said so."}) + "\n")
    return p


CASES = {
    "whitespace only": (b" \n\t \n", 3, "empty input"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00", 3, "binary"),
    "latin-1": ("Der Bürgermeister sagte Nein.".encode("latin-1"), 3, "not valid UTF-8"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_predict_bad_text_files(cli, tiny_model, tmp_path, name):
    data, code, msg = CASES[name]
    p = tmp_path / "in.txt"
    p.write_bytes(data)
    out = tmp_path / "out.jsonl"
    check_error(cli("predict", "-m", str(tiny_model), "-o", str(out), str(p)), code, msg)
    assert not out.exists()


def test_stdin_empty(cli, tiny_model):
    check_error(cli("predict", "-m", str(tiny_model), stdin=b""), 3, "empty input")


def test_size_limit(cli, tiny_model, tmp_path):
    p = tmp_path / "big.txt"
    p.write_text("The council met. " * 200)
    check_error(cli("predict", "-m", str(tiny_model), "--max-bytes", "1000", str(p)), 3, "over the input limit")


def test_wrong_folder_and_empty_directory(cli, tiny_model, tmp_path):
    check_error(cli("predict", "-m", str(tiny_model), str(tmp_path)), 3, "holds no")
    check_error(cli("train", "-o", str(tmp_path / "m"), str(tmp_path)), 3, "holds no .jsonl")


@pytest.mark.parametrize("record,msg", [
    ({"article_id": "a", "text": "x"}, "missing field 'sentence_id'"),
    ({"article_id": "a", "sentence_id": 0, "text": "x", "label": "fact", "holders": ["NONE"]}, "unknown label"),
    ({"article_id": "a", "sentence_id": 0, "text": "x", "label": "claim", "holders": "US"}, "list of non-empty strings"),
])
def test_bad_records_for_train_and_evaluate(cli, tiny_model, tmp_path, record, msg):
    p = tmp_path / "gold.jsonl"
    p.write_text(json.dumps(record) + "\n")
    check_error(cli("evaluate", "-m", str(tiny_model), str(p)), 4, "gold.jsonl:1: ")
    check_error(cli("train", "-o", str(tmp_path / "m"), str(p)), 4, msg)
    assert not (tmp_path / "m").exists()


def test_duplicate_ids(cli, tiny_model, tmp_path):
    rec = {"article_id": "a", "sentence_id": 0, "text": "x"}
    p = tmp_path / "dup.jsonl"
    p.write_text(json.dumps(rec) + "\n" + json.dumps(rec) + "\n")
    check_error(cli("predict", "-m", str(tiny_model), "--input-format", "jsonl", str(p)), 4, "dup.jsonl:2")


def test_unknown_holder_kind_in_validate(cli, tmp_path):
    p = tmp_path / "g.jsonl"
    p.write_text(json.dumps({"article_id": "g", "actors": {"US": ["US"]}}) + "\n" +
                 json.dumps({"article_id": "g", "sentence_id": 0, "text": "x", "label": "opinion",
                             "holders": ["US"]}) + "\n")
    proc = cli("validate", str(p))
    assert proc.returncode == 4 and "g.jsonl:2" in proc.stderr.decode() and "AUTHOR" in proc.stderr.decode()


def test_model_folder_problems(cli, tiny_model, tmp_path):
    check_error(cli("predict", "-m", str(tmp_path / "none"), str(SEED_TXT)), 5, "not found")
    empty = tmp_path / "empty"
    empty.mkdir()
    check_error(cli("predict", "-m", str(empty), str(SEED_TXT)), 5, "incomplete model folder")
    pickled = tmp_path / "pickled"
    shutil.copytree(tiny_model, pickled)
    (pickled / "pytorch_model.bin").write_bytes(b"\x80\x04")
    check_error(cli("predict", "-m", str(pickled), str(SEED_TXT)), 5, "refusing pickle weights")
    check_error(cli("evaluate", "-m", str(pickled), str(SEED_GOLD)), 5, "refusing pickle weights")


def test_unwritable_output(cli, tiny_model, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    check_error(cli("predict", "-m", str(tiny_model), "-o", str(blocker / "out.jsonl"), str(SEED_TXT)), 6,
                "cannot write")
    check_error(cli("predict", "-m", str(tiny_model), "-o", str(tmp_path), str(SEED_TXT)), 6, "is a directory")


def test_disk_full_is_one_line(monkeypatch, tmp_path):
    from classifier.errors import OutputError
    from classifier.output import atomic_writer

    def full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("os.fsync", full)
    target = tmp_path / "out.txt"
    with pytest.raises(OutputError, match="disk full"):
        with atomic_writer(target) as f:
            f.write("data")
    assert list(tmp_path.iterdir()) == []  # no temp file, no partial output


def test_existing_output_survives_failure(tmp_path):
    from classifier.output import atomic_writer

    target = tmp_path / "out.txt"
    target.write_text("old")
    with pytest.raises(RuntimeError):
        with atomic_writer(target) as f:
            f.write("half")
            raise RuntimeError("boom")
    assert target.read_text() == "old"


def test_html_input_is_extracted(cli, tiny_model, tmp_path):
    p = tmp_path / "page.html"
    p.write_text("<!DOCTYPE html><html><body><nav>Menu</nav><article><h1>Budget passes</h1>"
                 "<p>The council said yes. Then it adjourned.</p></article><script>x()</script></body></html>")
    proc = cli("predict", "-m", str(tiny_model), "--format", "jsonl", str(p))
    assert proc.returncode == 0, proc.stderr
    texts = [json.loads(l)["text"] for l in proc.stdout.decode().splitlines()]
    assert texts == ["Budget passes", "The council said yes.", "Then it adjourned."]


def test_non_english_warns_but_labels(cli, tiny_model, tmp_path):
    p = tmp_path / "de.txt"
    p.write_text("Die Regierung hat am Dienstag beschlossen, dass die Verhandlungen mit den Gewerkschaften "
                 "fortgesetzt werden, wenn alle Parteien zustimmen und die Bedingungen erfüllt sind.")
    proc = cli("predict", "-m", str(tiny_model), "--format", "jsonl", str(p))
    assert proc.returncode == 0 and "English" in proc.stderr.decode()
    assert len(proc.stdout.decode().splitlines()) == 1


def test_very_long_sentence_is_truncated(tiny_model):
    from classifier.inputs import InputArticle, InputUnit
    from classifier.predict import Predictor

    text = "word " * 4000 + "end."
    (recs,) = Predictor(tiny_model, device="cpu").predict([InputArticle("long", [InputUnit(0, text.strip())])])
    assert recs[0]["truncated"] is True and recs[0]["label"]


def test_train_resumes_from_checkpoint(tiny_base, seed_articles, tmp_path):
    from training.train import TrainConfig, train_in_memory

    work = tmp_path / "ckpt"
    train_in_memory(seed_articles, TrainConfig(base_model=str(tiny_base), epochs=1, batch_size=8, max_length=64),
                    work_dir=work, quiet=True)
    first = sorted(p.name for p in work.glob("checkpoint-*"))
    assert first == ["checkpoint-2"]
    train_in_memory(seed_articles, TrainConfig(base_model=str(tiny_base), epochs=2, batch_size=8, max_length=64),
                    work_dir=work, quiet=True, resume=True)
    state = json.loads((work / "checkpoint-4" / "trainer_state.json").read_text())
    assert state["global_step"] == 4 and state["epoch"] == 2


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
