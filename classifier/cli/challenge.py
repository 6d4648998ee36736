"""``stance challenge``: score a model on the challenge sets, one row per phenomenon
(:mod:`training.challenge`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import List, Optional

import typer

from classifier.cli.common import quiet_libraries
from classifier.errors import InputError
from classifier.settings import DEFAULT_MODEL, REPO_ROOT

DEFAULT_SETS = (REPO_ROOT / "data" / "challenge" / "labels", REPO_ROOT / "data" / "challenge" / "holders")


def challenge(
    sets: List[Path] = typer.Argument(None, help="Challenge set folders (default data/challenge/labels and holders)."),
    model: Optional[Path] = typer.Option(None, "--model", "-m", help="Model folder (default models/default)."),
    precision: str = typer.Option("fp32", help="fp32 or int8 (the CPU fast path)."),
    fmt: str = typer.Option("markdown", "--format", "-f", help="markdown or json (printed)."),
) -> None:
    """Score a model on the challenge sets: label and holder accuracy per phenomenon."""
    if fmt not in ("markdown", "json"):
        raise InputError(f"unknown --format {fmt!r} (markdown or json)")
    folders = list(sets or DEFAULT_SETS)
    missing = [str(f) for f in folders if not Path(f).is_dir()]
    if missing:
        raise InputError(f"{missing[0]}: no challenge set here (run inside a checkout or pass a folder)")
    quiet_libraries()
    from classifier.predict import Predictor
    from training.challenge import challenge_markdown, evaluate_challenge

    predictor = Predictor(model or DEFAULT_MODEL, precision=precision)
    results = {Path(f).name: evaluate_challenge(predictor, f) for f in folders}
    if fmt == "json":
        typer.echo(json.dumps(results, indent=2, ensure_ascii=False))
    else:
        typer.echo("\n".join(challenge_markdown(r, f"Challenge set: {name}") for name, r in results.items()))


def register(app: typer.Typer) -> None:
    app.command()(challenge)
