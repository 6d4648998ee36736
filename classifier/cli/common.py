"""What the command modules share: the app, the input-format choice, quieting library
chatter, and the entry point that turns user errors into one line and an exit code.

Light on imports, so ``stance --help`` stays fast.
"""

from __future__ import annotations

import os
import sys
from enum import Enum

import typer

from classifier.errors import UserError

# rich_markup_mode=None: plain click help and errors (no boxed panels; usage errors are turned
# into one ``stance: error:`` line by main()).
app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  rich_markup_mode=None,
                  help="Label news sentences as claim / condition / attribution / opinion, "
                       "with who holds each stance.")


class InputFormat(str, Enum):
    text = "text"
    jsonl = "jsonl"


def quiet_libraries() -> None:
    """Keep library chatter (load reports, deprecation notes) off the user's terminal."""
    import warnings

    warnings.filterwarnings("ignore")
    # Read by transformers / huggingface_hub when (and if) they are imported, so setting
    # them costs no import here.
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")


def progress_option():
    """``--progress/--no-progress``, the same on every command that shows progress."""
    return typer.Option(None, "--progress/--no-progress", show_default=False,
                        help="Progress bar on stderr (default: when stderr is a terminal).")


def quiet_option():
    """``--quiet``, the same on every command that shows progress."""
    return typer.Option(False, "--quiet", "-q", help="No progress bar and no status lines on stderr.")


def show_progress(progress: bool | None, quiet: bool) -> bool:
    """Whether to draw a progress bar: never when quiet, else as asked, else when stderr is a terminal."""
    if quiet:
        return False
    return sys.stderr.isatty() if progress is None else progress


STDIN_HINT = "reading an article from standard input; end with Ctrl-D"


def hint_if_terminal_stdin(inputs) -> None:
    """Say so on stderr when the input is a terminal's stdin, so the wait is not silent."""
    if (not inputs or "-" in inputs) and sys.stdin is not None and sys.stdin.isatty():
        log(STDIN_HINT)


def log(message: str) -> None:
    """A progress line on stderr (stdout is kept for results)."""
    typer.echo(message, err=True)


def _shown(value) -> str | None:
    """A path default as the user would type it: relative to the checkout, ``~`` for home, and
    the packaged default model by its checkout name; None when nothing needs changing."""
    from pathlib import Path

    from classifier.settings import DEFAULT_MODEL, REPO_ROOT, SHOWN_MODEL

    if not isinstance(value, Path) or not value.is_absolute():
        return None
    if value == DEFAULT_MODEL:
        return SHOWN_MODEL
    for root, prefix in ((REPO_ROOT, ""), (Path.home(), "~/")):
        try:
            return prefix + str(value.relative_to(root))
        except ValueError:
            continue
    return None


def tidy_help(command) -> None:
    """Help as a user reads it: defaults as typed (no absolute checkout paths), plain metavars
    (``<path>``, not ``<list[Path]>``), arguments without a type label."""
    for param in getattr(command, "params", []):
        if getattr(param, "param_type_name", "") == "argument":
            param.display_type_rich = lambda ctx=None: None
            continue
        shown = _shown(param.default)
        if shown is not None and param.show_default is not False:
            param._get_default_string = lambda *a, _shown=shown, **k: _shown
        if getattr(param, "multiple", False) and param.metavar is None:
            label = param.display_type(None) if hasattr(param, "display_type") else ""
            param.metavar = label.replace("list[", "").replace("]", "").replace("Path", "path")
    for sub in getattr(command, "commands", {}).values():
        tidy_help(sub)


def _click_errors() -> tuple[tuple, tuple, tuple, tuple]:
    """(no-args-is-help, usage, abort, other click) exception classes, from click and from the
    copy of click that newer typer releases carry inside them (typer._click)."""
    modules = []
    for name in ("click.exceptions", "typer._click.exceptions"):
        try:
            modules.append(__import__(name, fromlist=["UsageError"]))
        except ImportError:
            pass
    def pick(attr: str) -> tuple:
        return tuple(getattr(m, attr) for m in modules if hasattr(m, attr))
    return pick("NoArgsIsHelpError"), pick("UsageError"), pick("Abort"), pick("ClickException")


def main() -> None:
    """Entry point: run the app, turning user errors into one line and an exit code."""
    no_args, usage, abort, click_error = _click_errors()
    try:
        command = typer.main.get_command(app)
        tidy_help(command)
        code = command.main(prog_name="stance", standalone_mode=False)
    except no_args as exc:
        typer.echo(exc.ctx.get_help() if exc.ctx is not None else exc.format_message())
        sys.exit(0)
    except usage as exc:
        command = exc.ctx.command_path if exc.ctx is not None else "stance"
        print(f"stance: error: {exc.format_message()} (see '{command} --help')", file=sys.stderr)
        sys.exit(2)
    except abort:
        print("stance: interrupted", file=sys.stderr)
        sys.exit(130)
    except click_error as exc:
        print(f"stance: error: {exc.format_message()}", file=sys.stderr)
        sys.exit(exc.exit_code)
    except UserError as exc:
        if os.environ.get("STANCE_DEBUG"):
            raise
        print(f"stance: error: {exc.message}", file=sys.stderr)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        print("stance: interrupted", file=sys.stderr)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except MemoryError:
        print("stance: error: out of memory (try a smaller --batch-size)", file=sys.stderr)
        sys.exit(7)
    except Exception as exc:  # noqa: BLE001 - last line of defence: no tracebacks for users
        if os.environ.get("STANCE_DEBUG"):
            raise
        first = str(exc).splitlines()[0] if str(exc) else ""
        print(f"stance: internal error: {type(exc).__name__}: {first} (set STANCE_DEBUG=1 for details)",
              file=sys.stderr)
        sys.exit(1)
    if isinstance(code, int) and code:
        sys.exit(code)
