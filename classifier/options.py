"""What the command-line modules share: default paths, the input-format choice, and quieting
library chatter. Light on imports, so ``stance --help`` stays fast."""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MODEL = Path(os.environ.get("STANCE_MODEL", REPO_ROOT / "models" / "default"))


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
