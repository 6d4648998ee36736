"""The command line as a user runs it: outputs, and one clear line for each bad input."""

import csv
import io
import json

from conftest import SEED_GOLD, SEED_TXT, check_error


def test_predict_jsonl_input_and_output(cli, tiny_model, tmp_path):
    units = tmp_path / "units.jsonl"
    with units.open("w") as f:
        for aid in ("a1", "a2"):
            for i, t in enumerate(["The minister said talks would resume.", "“We are ready,” he added."]):
                f.write(json.dumps({"article_id": aid, "sentence_id": i, "text": t}) + "\n")
    proc = cli("predict", "--model", str(tiny_model), "--input-format", "jsonl", "--format", "jsonl", str(units))
    assert proc.returncode == 0, proc.stderr
    recs = [json.loads(l) for l in proc.stdout.decode().splitlines()]
    assert [(r["article_id"], r["sentence_id"]) for r in recs] == [("a1", 0), ("a1", 1), ("a2", 0), ("a2", 1)]
    for r in recs:
        assert {"article_id", "sentence_id", "text", "label", "scores", "holders", "holder_spans"} <= set(r)


def test_predict_text_file_csv_to_file(cli, tiny_model, tmp_path):
    out = tmp_path / "out" / "seed.csv"
    proc = cli("predict", "--model", str(tiny_model), "--format", "csv", "-o", str(out), str(SEED_TXT))
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert len(rows) == 15
    text = SEED_TXT.read_text()
    for row in rows:
        assert text[int(row["start"]):int(row["end"])] == row["text"]
    assert not [p for p in out.parent.iterdir() if p.name != "seed.csv"]  # no temp files left


def test_predict_directory_and_stdin_table(cli, tiny_model, tmp_path):
    d = tmp_path / "arts"
    d.mkdir()
    (d / "one.txt").write_text("Headline here\n\nThe council voted on Tuesday.")
    (d / "two.txt").write_text("Officials said the deal was off.")
    proc = cli("predict", "--model", str(tiny_model), "--format", "jsonl", str(d))
    ids = {json.loads(l)["article_id"] for l in proc.stdout.decode().splitlines()}
    assert proc.returncode == 0 and ids == {"one", "two"}
    proc = cli("predict", "--model", str(tiny_model), stdin=b"The mayor said no. Then she left.")
    assert proc.returncode == 0, proc.stderr
    assert "stdin" in proc.stdout.decode() and "The mayor said no." in proc.stdout.decode()


def test_missing_file(cli, tiny_model, tmp_path):
    check_error(cli("predict", "--model", str(tiny_model), str(tmp_path / "nope.txt")), 3, "no such file")


def test_empty_input(cli, tiny_model, tmp_path):
    p = tmp_path / "empty.txt"
    p.write_text("   \n\n")
    check_error(cli("predict", "--model", str(tiny_model), str(p)), 3, "empty input")


def test_non_utf8(cli, tiny_model, tmp_path):
    p = tmp_path / "latin1.txt"
    p.write_bytes("Caf\xe9 owners said no.".encode("latin-1"))
    check_error(cli("predict", "--model", str(tiny_model), str(p)), 3, "not valid UTF-8")


def test_binary_input(cli, tiny_model, tmp_path):
    p = tmp_path / "blob.txt"
    p.write_bytes(b"\x00\x01\x02binary")
    check_error(cli("predict", "--model", str(tiny_model), str(p)), 3, "binary")


def test_malformed_jsonl_names_line(cli, tiny_model, tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text('{"article_id": "a", "sentence_id": 0, "text": "ok"}\n{oops\n')
    check_error(cli("predict", "--model", str(tiny_model), "--input-format", "jsonl", str(p)), 4, "bad.jsonl:2")


def test_unknown_label_in_gold(cli, tiny_model, tmp_path):
    p = tmp_path / "gold.jsonl"
    p.write_text('{"article_id": "a", "sentence_id": 0, "text": "ok", "label": "fact", "holders": ["NONE"]}\n')
    check_error(cli("evaluate", "--model", str(tiny_model), str(p)), 4, "unknown label 'fact'")


def test_missing_model(cli, tmp_path):
    check_error(cli("predict", "--model", str(tmp_path / "nomodel"), str(SEED_TXT)), 5, "model folder not found")


def test_failed_run_leaves_no_output(cli, tmp_path):
    out = tmp_path / "o.jsonl"
    proc = cli("predict", "--model", str(tmp_path / "nomodel"), "-o", str(out), str(SEED_TXT))
    assert proc.returncode == 5 and not out.exists() and list(tmp_path.iterdir()) == []


def test_evaluate_model_and_predictions(cli, tiny_model, tmp_path):
    proc = cli("evaluate", "--model", str(tiny_model), "--format", "json", "--output-dir", str(tmp_path / "rep"),
               str(SEED_GOLD))
    assert proc.returncode == 0, proc.stderr
    metrics = json.loads(proc.stdout)
    assert metrics["n"] == 15 and set(metrics["per_label"]) == {"condition", "attribution", "opinion", "claim"}
    assert (tmp_path / "rep" / "report.md").read_text().startswith("# Evaluation")
    # A predictions file equal to gold scores perfectly.
    preds = tmp_path / "preds.jsonl"
    preds.write_text("".join(l + "\n" for l in SEED_GOLD.read_text().splitlines()[1:]))
    proc = cli("evaluate", "--predictions", str(preds), "--format", "json", str(SEED_GOLD))
    m = json.loads(proc.stdout)
    assert m["macro_f1"] == 1.0 and m["holder_accuracy"] == 1.0


def test_validate_command(cli, tmp_path):
    assert cli("validate", str(SEED_GOLD)).returncode == 0
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"article_id": "x", "actors": {}}\n'
                   '{"article_id": "x", "sentence_id": 0, "text": "t", "label": "claim", "holders": ["Ghost"]}\n'
                   '{"article_id": "x", "sentence_id": 2, "text": "u", "label": "nope", "holders": ["NONE"]}\n')
    proc = cli("validate", str(bad))
    out = proc.stdout.decode()  # problems and summary on stdout (issue 15)
    assert proc.returncode == 4 and "bad.jsonl:2" in out and "bad.jsonl:3" in out and "Ghost" in out


def test_shards_cover_input_without_overlap(cli, tiny_model, tmp_path):
    units = tmp_path / "u.jsonl"
    with units.open("w") as f:
        for a in range(7):
            f.write(json.dumps({"article_id": f"a{a}", "sentence_id": 0, "text": f"Item {a} was sold."}) + "\n")
    seen = []
    for i in (1, 2, 3):
        proc = cli("predict", "--model", str(tiny_model), "--input-format", "jsonl", "--format", "jsonl",
                   "--shard", f"{i}/3", str(units))
        assert proc.returncode == 0, proc.stderr
        seen.extend(json.loads(l)["article_id"] for l in proc.stdout.decode().splitlines())
    assert sorted(seen) == sorted(f"a{a}" for a in range(7))
    check_error(cli("predict", "--model", str(tiny_model), "--shard", "4/3", str(units)), 3, "--shard")


def test_predict_html_page(cli, tiny_model, tmp_path):
    out = tmp_path / "seed.html"
    proc = cli("predict", "--model", str(tiny_model), "--format", "html", "-o", str(out), str(SEED_TXT))
    assert proc.returncode == 0, proc.stderr
    page = out.read_text()
    assert page.startswith("<!DOCTYPE html>") and "Who said what" in page
    assert "denuclearization has to take place" in page
    assert "src=\"http" not in page and "href=\"http" not in page  # self-contained
    assert (out.stat().st_mode & 0o777) != 0o600


def test_validate_multi_article_file(cli, tmp_path):
    lines = []
    for aid in ("x", "y"):
        lines.append({"article_id": aid, "actors": {}})
        for i in range(2):
            lines.append({"article_id": aid, "sentence_id": i, "text": "t", "label": "claim", "holders": ["NONE"]})
    p = tmp_path / "multi.jsonl"
    p.write_text("".join(json.dumps(l) + "\n" for l in lines))
    proc = cli("validate", str(p))
    assert proc.returncode == 0, proc.stderr
    assert "2 article(s), 4 units" in proc.stdout.decode()
