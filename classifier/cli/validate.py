"""``stance validate``: check annotation files against the scheme (:mod:`training.validate`)."""

from __future__ import annotations

from pathlib import Path
from typing import List

import typer

from classifier.settings import default_corpus


def validate(
    data: List[Path] = typer.Argument(None, help="Annotation files or folders (default data/gold)."),
) -> None:
    """Check annotation files against the scheme; every problem with file and line, then a summary
    (all on stdout); exit 4 when there is any problem."""
    from classifier.records import annotation_files
    from training.validate import validate_files

    problems, summary = validate_files(annotation_files(data or [default_corpus()]))
    for p in problems:
        typer.echo(p)
    typer.echo(summary)
    if problems:
        raise typer.Exit(4)


def register(app: typer.Typer) -> None:
    """Add ``validate`` to the ``stance`` app."""
    app.command()(validate)
