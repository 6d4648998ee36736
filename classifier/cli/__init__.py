"""The ``stance`` command line: one module per command group, each a thin layer that parses
options and calls the library.

- ``predict`` (:mod:`classifier.cli.predict`): label articles; table, JSONL, CSV or HTML;
- ``train`` (:mod:`classifier.cli.train`): fine-tune a model folder (:mod:`training.train`);
- ``evaluate`` and ``learning-curve`` (:mod:`classifier.cli.evaluate`): scores, comparisons,
  cross-validation and reports (:mod:`training.evaluation`, :mod:`training.learning_curve`);
- ``challenge`` (:mod:`classifier.cli.challenge`): scores per phenomenon on the challenge
  sets (:mod:`training.challenge`);
- ``validate`` (:mod:`classifier.cli.validate`): check annotation files (:mod:`training.validate`);
- ``annotate`` and ``review`` (:mod:`classifier.cli.annotate`): draft and review annotations
  (:mod:`training.annotate`).

Only these modules import :mod:`training` (the import-linter contract in pyproject.toml
keeps the rest of :mod:`classifier` free of it). Heavy libraries (torch, transformers) are
imported inside the commands that need them, so ``stance --help`` and input errors answer at
once. Every user error is one line on stderr with its own exit code (see
:mod:`classifier.errors`; 7 is out of memory); set ``STANCE_DEBUG=1`` for tracebacks.
"""

from __future__ import annotations

from classifier.cli import annotate, challenge, evaluate, predict, train, validate
from classifier.cli.common import app, main

for _group in (predict, train, evaluate, challenge, validate, annotate):
    _group.register(app)

__all__ = ["app", "main"]
