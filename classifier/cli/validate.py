"""``stance validate``: check annotation files against the scheme (:mod:`training.validate`)."""

from __future__ import annotations

from pathlib import Path
from typing import List

import typer

from classifier.cli.common import log
from classifier.settings import default_corpus


def validate(
    data: List[Path] = typer.Argument(None, help="Annotation files or folders (default data/gold)."),
) -> None:
    """Check annotation files against the scheme; report problems with file and line."""
    from classifier.records import annotation_files
    from training.validate import validate_files

    problems, summary = validate_files(annotation_files(data or [default_corpus()]))
    for p in problems:
        log(p)
    log(summary)
    if problems:
        raise typer.Exit(4)


def register(app: typer.Typer) -> None:
    """Add ``validate`` to the ``stance`` app."""
    app.command()(validate)
