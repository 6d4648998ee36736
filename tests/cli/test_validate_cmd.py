"""`stance validate`: every problem in one run (malformed lines too), summary on stdout, exit 4."""

import json

from conftest import run_cli

HEADER = {"article_id": "a", "title": "T", "actors": {"Federal Reserve": ["Fed"]}}


def unit(i, **kw):
    return json.dumps({"article_id": "a", "sentence_id": i, "text": f"Sentence {i}.", "label": "claim",
                       "holders": ["AUTHOR"], **kw})


def test_all_problems_in_one_run_with_summary_on_stdout(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_text("\n".join([json.dumps(HEADER), unit(0), "{oops", unit(1, label="fact"),
                            unit(2, holders=["Nobody"]), unit(3)]) + "\n")
    proc = run_cli("validate", str(p))
    out = proc.stdout.decode()
    assert proc.returncode == 4, proc.stderr
    assert "a.jsonl:3" in out                      # the malformed line ...
    assert "unknown label 'fact'" in out           # ... does not hide the other problems
    assert "'Nobody'" in out
    summary = out.strip().splitlines()[-1]
    assert summary.startswith("1 file(s), 1 article(s), 4 unit lines, 2 valid") and "3 problem(s)" in summary


def test_bad_unit_lines_are_counted_not_no_units(tmp_path):
    p = tmp_path / "b.jsonl"
    p.write_text("\n".join([json.dumps(HEADER)] + [unit(i, label="fact") for i in range(5)]) + "\n")
    proc = run_cli("validate", str(p))
    assert proc.returncode == 4
    summary = proc.stdout.decode().strip().splitlines()[-1]
    assert "5 unit lines, 0 valid: no valid units" in summary


def test_clean_file_ok_on_stdout(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_text("\n".join([json.dumps(HEADER), unit(0), unit(1)]) + "\n")
    proc = run_cli("validate", str(p))
    assert proc.returncode == 0 and proc.stdout.decode().strip().endswith("OK") and not proc.stderr.strip()
