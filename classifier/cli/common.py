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

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
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


def log(message: str) -> None:
    """A progress line on stderr (stdout is kept for results)."""
    typer.echo(message, err=True)


def main() -> None:
    """Entry point: run the app, turning user errors into one line and an exit code."""
    try:
        app()
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
