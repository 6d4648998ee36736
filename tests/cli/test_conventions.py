"""One convention for every command: stdout unless -o, the same progress options, usage errors
as one ``stance: error:`` line with exit 2, help defaults as the user types them, and the
terminal view at 80 columns as a person sees it (tmux)."""

import json
import os
import shutil
import subprocess
import time

import pytest

from conftest import REPO, SEED_TXT, check_error, run_cli

COMMANDS = ["predict", "train", "evaluate", "learning-curve", "validate", "annotate", "review"]
WITH_PROGRESS = ["predict", "train", "annotate"]


def help_text(command: str) -> str:
    proc = run_cli(command, "--help", env={"COLUMNS": "80"})
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.decode()


@pytest.mark.parametrize("command", COMMANDS)
def test_help_shows_defaults_as_typed(command):
    text = help_text(command)
    assert str(REPO) not in text and str(os.path.expanduser("~")) + "/" not in text
    assert "list[" not in text and "<bool>" not in text
    assert "╭" not in text  # no rich panels
    assert all(len(line) <= 80 for line in text.splitlines())


def test_help_names_default_model_and_cache_as_typed():
    assert "[default: models/default]" in help_text("predict")
    annotate = help_text("annotate")
    assert "[default: models/default]" in annotate and "~/.cache/stance/llm" in annotate


@pytest.mark.parametrize("command", WITH_PROGRESS)
def test_same_progress_options(command):
    text = help_text(command)
    assert "--progress / --no-progress" in text
    assert "-q, --quiet" in text and "--no-quiet" not in text


@pytest.mark.parametrize("args, text", [
    (["predict", "--bogus"], "No such option: --bogus"),
    (["predict", "--format", "xml", "x.txt"], "'xml' is not one of"),
    (["frobnicate"], "No such command 'frobnicate'"),
    (["annotate", "--concurrency", "0", "x.txt"], "--concurrency"),
])
def test_usage_errors_are_one_line_exit_2(args, text):
    check_error(run_cli(*args), 2, text)


def test_labelstudio_import_without_output_is_usage_error(tmp_path):
    drafts = tmp_path / "drafts.jsonl"
    drafts.write_text('{"article_id": "a", "sentence_id": 0, "text": "ok", "label": "claim", "holders": ["AUTHOR"]}\n')
    check_error(run_cli("review", str(drafts), "--labelstudio-import", str(tmp_path / "x.json")), 2,
                "--labelstudio-import needs --output")


def test_annotate_writes_to_stdout_without_o(tiny_model):
    proc = run_cli("annotate", str(SEED_TXT), "--model", str(tiny_model), "--quiet")
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert len([r for r in records if "sentence_id" in r]) == 15


def test_predict_refuses_bad_input_before_loading_the_model(tmp_path):
    """Empty input is refused even with a model folder that does not exist (no load first)."""
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    check_error(run_cli("predict", "--model", str(tmp_path / "no-model"), str(empty)), 3, "empty input")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9".encode("latin-1"))
    check_error(run_cli("predict", "--model", str(tmp_path / "no-model"), str(latin)), 3, "not valid UTF-8")


# ------------------------------------------------------------------------------- tmux at 80 columns

def tmux_available() -> bool:
    return shutil.which("tmux") is not None


def run_in_tmux(tmp_path, command: str, keys: list[str] = (), width: int = 80, height: int = 50,
                wait_for: str | None = None) -> str:
    """Run ``command`` in a detached tmux session of ``width`` columns; return what the pane shows."""
    sock = str(tmp_path / "tmux.sock")
    done = tmp_path / "done"
    script = tmp_path / "run.sh"
    script.write_text(f"cd {REPO}\n{command}\necho \"[exit $?]\"; touch {done}; sleep 30\n")
    base = ["tmux", "-S", sock]
    subprocess.run([*base, "new-session", "-d", "-x", str(width), "-y", str(height), "bash", "--norc",
                    str(script)], check=True, env={**os.environ, "TERM": "xterm-256color"})
    try:
        if wait_for is not None:
            for _ in range(300):
                pane = subprocess.run([*base, "capture-pane", "-p"], capture_output=True, text=True).stdout
                if wait_for in pane:
                    break
                time.sleep(0.2)
        for key in keys:
            subprocess.run([*base, "send-keys", *key.split(" ")], check=True)
        for _ in range(1200):
            if done.exists():
                break
            time.sleep(0.25)
        return subprocess.run([*base, "capture-pane", "-p", "-J", "-S", "-"], capture_output=True,
                              text=True, check=True).stdout
    finally:
        subprocess.run([*base, "kill-server"], capture_output=True)


@pytest.mark.skipif(not tmux_available(), reason="tmux not installed (.ci/run installs it)")
def test_table_at_80_columns_under_tmux(tiny_model, tmp_path):
    arts = tmp_path / "arts"
    arts.mkdir()
    for i in range(3):
        shutil.copy2(SEED_TXT, arts / f"seed{i}.txt")
    py = REPO / ".venv" / "bin" / "python"
    pane = run_in_tmux(tmp_path, f"{py} -m classifier predict --model {tiny_model} --progress {arts}")
    save_screen("predict-table-80col.txt", pane)
    assert "[exit 0]" in pane, pane
    assert "labelled" not in pane and "article/s" not in pane, pane   # the bar was cleared, no leftover line
    lines = pane.rstrip().splitlines()
    assert all(len(line) <= 80 for line in lines)
    table = [l for l in lines if l.startswith(("┏", "┃", "┡", "│", "└"))]
    assert len([l for l in lines if l.strip() in {"seed0", "seed1", "seed2"}]) == 3   # titles intact
    assert all(l.rstrip().endswith(("┓", "┃", "┩", "│", "┘")) for l in table), table


@pytest.mark.skipif(not tmux_available(), reason="tmux not installed (.ci/run installs it)")
def test_stdin_hint_on_a_terminal(tiny_model, tmp_path):
    py = REPO / ".venv" / "bin" / "python"
    pane = run_in_tmux(tmp_path, f"{py} -m classifier predict --model {tiny_model} --format jsonl",
                       keys=["The mayor said no. Enter", "C-d"], wait_for="Ctrl-D")
    assert "reading an article from standard input; end with Ctrl-D" in pane, pane
    assert '"article_id": "stdin"' in pane and "[exit 0]" in pane, pane


def save_screen(name: str, text: str) -> None:
    """Keep what the terminal showed (STANCE_SCREENS, if set) for people to look at."""
    folder = os.environ.get("STANCE_SCREENS")
    if folder:
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
            f.write(text)
