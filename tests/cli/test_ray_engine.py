"""``stance predict --engine ray``: same records as the local engine, nothing lost or duplicated
when a worker dies, one-line hint without Ray.

The Ray runs start a local Ray with 2 CPUs (``--workers 2``) in the CLI process. They need
the ``[ray]`` extra: skipped without it, unless STANCE_REQUIRE_RAY=1 (CI) makes that a failure.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, run_cli

DEFAULT_MODEL = REPO / "models" / "default"
ARTICLES = sorted((REPO / "data" / "articles").glob("*.txt"))[:4]
ARTICLE_OFFSETS = ("start", "end")                 # on a record (raw text input only)
SPAN_OFFSETS = ("article_start", "article_end")    # on a holder span (raw text input only)


def have_ray() -> bool:
    try:
        import ray  # noqa: F401
        import ray.data  # noqa: F401
    except ImportError:
        if os.environ.get("STANCE_REQUIRE_RAY"):
            raise
        return False
    return True


needs_ray = pytest.mark.skipif(not have_ray(), reason='needs the [ray] extra: pip install -e ".[ray]"')


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    """Four short articles: the first ~600 characters (whole lines) of four corpus articles."""
    folder = tmp_path_factory.mktemp("ray-articles")
    for src in ARTICLES:
        text = src.read_text(encoding="utf-8")
        cut = text.rfind("\n", 0, 600)
        (folder / src.name).write_text(text[:cut if cut > 0 else 600] + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def local_records(articles, tmp_path_factory) -> list[dict]:
    out = tmp_path_factory.mktemp("local") / "local.jsonl"
    proc = run_cli("predict", str(articles), "--format", "jsonl", "-o", str(out))
    assert proc.returncode == 0, proc.stderr.decode()
    return [json.loads(line) for line in out.read_text().splitlines()]


def strip_offsets(rec: dict) -> dict:
    rec = {k: v for k, v in rec.items() if k not in ARTICLE_OFFSETS}
    rec["holder_spans"] = [{k: v for k, v in s.items() if k not in SPAN_OFFSETS} for s in rec["holder_spans"]]
    return rec


def assert_same(ray_recs: list[dict], local_recs: list[dict]) -> None:
    """Same units in the same order, labels and holders equal, scores within 1e-5."""
    assert [(r["article_id"], r["sentence_id"]) for r in ray_recs] == \
        [(r["article_id"], r["sentence_id"]) for r in local_recs]
    for got, want in zip(ray_recs, local_recs):
        assert set(got) == set(want)
        for key in want:
            if key == "scores":
                assert got["scores"].keys() == want["scores"].keys()
                assert all(abs(got["scores"][k] - want["scores"][k]) <= 1e-5 for k in want["scores"])
            elif key == "confidence":
                assert abs(got[key] - want[key]) <= 1e-5
            else:
                assert got[key] == want[key], (key, got, want)


def ray_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    proc = run_cli("predict", *args, "--engine", "ray", "--workers", "2", env=env)
    assert proc.returncode == 0, proc.stderr.decode()[-3000:]
    return proc


@pytest.mark.integration
@needs_ray
def test_ray_engine_writes_the_local_engines_records(articles, local_records, tmp_path):
    assert len({r["article_id"] for r in local_records}) == 4
    out = tmp_path / "ray.jsonl"
    ray_cli(str(articles), "--format", "jsonl", "-o", str(out))
    assert_same([json.loads(line) for line in out.read_text().splitlines()], local_records)


@pytest.mark.integration
@needs_ray
def test_killed_worker_is_retried_nothing_lost_or_duplicated(local_records, tmp_path):
    """A worker dies (os._exit) on its first batch: the actor restarts, its batch is retried,
    and the output (pre-split JSONL units in, Parquet out) still has every unit exactly once."""
    import pyarrow.parquet as pq

    from classifier.ray_engine import CRASH_ONCE_ENV

    units = tmp_path / "units.jsonl"
    units.write_text("".join(json.dumps({k: r[k] for k in ("article_id", "sentence_id", "text")}) + "\n"
                             for r in local_records))
    marker = tmp_path / "crashed"
    out = tmp_path / "ray.parquet"
    ray_cli("--input-format", "jsonl", str(units), "--format", "parquet", "-o", str(out),
            env={CRASH_ONCE_ENV: str(marker)})
    assert marker.exists(), "no worker was killed"
    rows = pq.read_table(out).to_pylist()
    for row in rows:
        row["holder_spans"] = json.loads(row["holder_spans"])
        if row.pop("truncated"):
            row["truncated"] = True
        for key in ("start", "end"):
            assert row.pop(key) is None
    assert_same(rows, [strip_offsets(r) for r in local_records])


def test_without_ray_one_line_and_exit_2(tmp_path):
    """``--engine ray`` without the extra: the install hint in one line, exit 2, no traceback."""
    code = ("import sys; sys.modules['ray'] = None; from classifier.cli import main; "
            f"sys.argv = ['stance', 'predict', {str(ARTICLES[0])!r}, '--engine', 'ray']; main()")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=str(REPO), timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == \
        ['stance: error: --engine ray needs Ray: pip install "stance-classifier[ray]"']


def test_ray_options_need_the_ray_engine(cli):
    proc = cli("predict", str(ARTICLES[0]), "--workers", "2")
    assert proc.returncode == 2 and b"go with --engine ray" in proc.stderr


def test_in_order_reorders_and_refuses_gaps_and_duplicates():
    from classifier.ray_engine import in_order

    def row(i, err=""):
        return {"index": i, "article_id": f"a{i}", "records": "" if err else json.dumps([{"i": i}]), "error": err}

    assert [g[0]["i"] for g in in_order([row(2), row(0), row(1)], 3)] == [0, 1, 2]
    with pytest.raises(RuntimeError, match="twice"):
        list(in_order([row(0), row(1), row(1)], 3))
    with pytest.raises(RuntimeError, match="1 of 3 articles did not come back"):
        list(in_order([row(0), row(2)], 3))


def test_bad_input_on_a_worker_is_the_local_error(tmp_path):
    """A worker that meets a bad file reports it (not retried); the driver raises the same
    error, with the same exit code, as the local engine."""
    from classifier.errors import InputError
    from classifier.ray_engine import LabelActor, _pack_model, in_order, input_rows

    (tmp_path / "a.txt").write_text("The minister said the talks would resume on Monday.\n")
    (tmp_path / "b.txt").write_bytes(b"caf\xe9 au lait\n")
    rows = input_rows([str(tmp_path)], "text")
    actor = LabelActor(_pack_model(DEFAULT_MODEL), "cpu", 32, "fp32", 1 << 20)
    batch = {k: [r[k] for r in rows] for k in rows[0]}
    out = actor(batch)
    assert sorted(out["index"]) == [0, 1] and out["error"][out["index"].index(1)]
    results = [dict(zip(out, values)) for values in zip(*out.values())]
    with pytest.raises(InputError, match="b.txt"):
        list(in_order(results, 2))
