"""The bad-input battery: every case gives one clear stderr line, a non-zero exit, no traceback,
and leaves no output file behind. Exit codes: 3 input, 4 data, 5 model, 6 output (README)."""

import json
import shutil

import pytest

from conftest import SEED_GOLD, SEED_TXT, check_error


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
    out = proc.stdout.decode()  # validate reports problems and summary on stdout (issue 15)
    assert proc.returncode == 4 and "g.jsonl:2" in out and "AUTHOR" in out


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
