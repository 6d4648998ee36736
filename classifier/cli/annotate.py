"""``stance annotate`` (draft annotation files) and ``stance review`` (check and correct them);
the drafting and review code is :mod:`training.annotate`.

Register both on the main app with :func:`register`. Only typer and the standard library are
imported at module level; everything else is imported inside the commands, so ``stance
--help`` stays fast. User errors raise :class:`classifier.errors.UserError` subclasses.
"""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from classifier.cli.common import (InputFormat, hint_if_terminal_stdin, progress_option, quiet_libraries,
                                   quiet_option, show_progress)
from classifier.errors import UserError
from classifier.settings import DEFAULT_CACHE, DEFAULT_MODEL


class Backend(str, Enum):
    model = "model"
    llm = "llm"


class ResponseFormat(str, Enum):
    json_object = "json_object"
    json_schema = "json_schema"
    none = "none"


def annotate(
    inputs: List[str] = typer.Argument(None, help="Text files, directories of .txt files, or - for stdin."),
    input_format: InputFormat = typer.Option(InputFormat.text, "--input-format",
                                             help="text: raw articles; jsonl: pre-split units."),
    backend: Optional[Backend] = typer.Option(None, "--backend",
                                              help="llm or model; default: llm when --base-url is set, else model."),
    base_url: Optional[str] = typer.Option(None, "--base-url", envvar="STANCE_LLM_BASE_URL",
                                           help="OpenAI-compatible API root, e.g. http://127.0.0.1:8080/v1."),
    llm_model: Optional[str] = typer.Option(None, "--llm-model", envvar="STANCE_LLM_MODEL",
                                            help="Model name sent to the LLM server."),
    api_key_env: str = typer.Option("OPENAI_API_KEY", "--api-key-env",
                                    help="NAME of the environment variable holding the API key."),
    response_format: ResponseFormat = typer.Option(ResponseFormat.json_object, "--response-format",
                                                   help="json_object (llama.cpp), json_schema (OpenAI) or none."),
    concurrency: int = typer.Option(4, "--concurrency", min=1, help="LLM requests in flight at once."),
    timeout: float = typer.Option(120.0, "--timeout", help="Seconds to wait for one LLM reply."),
    retries: int = typer.Option(3, "--retries", min=0, help="Retries per article (timeouts, 429, 5xx, invalid replies)."),
    cache_dir: Path = typer.Option(DEFAULT_CACHE, "--cache-dir", help="Reply cache (a re-run costs nothing)."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Neither read nor write the reply cache."),
    max_tokens: int = typer.Option(4096, "--max-tokens", min=1, help="Completion token limit per article."),
    temperature: float = typer.Option(0.0, "--temperature", help="LLM sampling temperature."),
    model: Path = typer.Option(DEFAULT_MODEL, "--model", "-m",
                               help="Fine-tuned model folder (drafter for --backend model; compared with the LLM)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Draft JSONL to write (default stdout)."),
    progress: Optional[bool] = progress_option(),
    quiet: bool = quiet_option(),
) -> None:
    """Draft annotation files: label every unit with an LLM or the model, model prediction beside it."""
    from classifier.inputs import iter_articles

    hint_if_terminal_stdin(inputs)
    articles = list(iter_articles(inputs or [], input_format.value))
    chosen = backend or (Backend.llm if base_url else Backend.model)
    drafter = None
    if chosen is Backend.llm:
        from training.annotate.cache import ReplyCache
        from training.annotate.client import ChatClient, LLMConfigError
        from training.annotate.drafter import LLMDrafter
        from training.annotate.prompt import PromptBuilder

        if not base_url:
            raise LLMConfigError("--backend llm needs --base-url (e.g. http://127.0.0.1:8080/v1)")
        if not llm_model:
            raise LLMConfigError("--backend llm needs --llm-model (the model name the server expects)")
        client = ChatClient(base_url, llm_model, api_key_env, timeout=timeout, retries=retries,
                            concurrency=concurrency, temperature=temperature, max_tokens=max_tokens,
                            cache=None if no_cache else ReplyCache(cache_dir))
        drafter = LLMDrafter(client, PromptBuilder.load(), response_format.value)
    quiet_libraries()
    from training.annotate.drafter import AnnotationFailed, ModelDrafter, run_drafts
    from classifier.predict import Predictor

    predictor = Predictor(model)
    if drafter is None:
        drafter = ModelDrafter(predictor, annotator=f"model:{model.name}")
    try:
        summary = run_drafts(drafter, articles, output, predictor=predictor, concurrency=concurrency,
                             progress=show_progress(progress, quiet))
    finally:
        if getattr(drafter, "client", None) is not None:
            drafter.client.close()
    if summary.articles_failed:
        where = f"; the others were written to {output or 'stdout'}" if summary.articles_ok else ""
        raise AnnotationFailed(f"{summary.articles_failed} of {summary.articles_failed + summary.articles_ok} "
                               f"article(s) could not be drafted (see above){where}")


def review(
    drafts: Path = typer.Argument(..., help="Draft JSONL written by stance annotate (or a partly reviewed file)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o",
                                          help="Reviewed JSONL to write; an existing one is resumed."),
    labelstudio_export: Optional[Path] = typer.Option(None, "--labelstudio-export",
                                                      help="Write Label Studio tasks (JSON) and labeling config (.xml)."),
    labelstudio_import: Optional[Path] = typer.Option(None, "--labelstudio-import",
                                                      help="Read a Label Studio JSON export of those tasks."),
    annotator: Optional[str] = typer.Option(None, "--annotator", help="Reviewer name written into records."),
) -> None:
    """Review drafts: interactively in the terminal, or through Label Studio (export / import)."""
    from training.annotate import review as rv

    if labelstudio_export and labelstudio_import:
        raise UserError("give either --labelstudio-export or --labelstudio-import, not both")
    if output is None and not labelstudio_export:
        # Usage errors (exit 2), before any file is read.
        raise UserError("--labelstudio-import needs --output (-o), the reviewed JSONL to write"
                        if labelstudio_import else
                        "--output (-o) is needed: the reviewed JSONL to write (an existing one is resumed)")
    data = rv.load_drafts(drafts)
    if labelstudio_export:
        config = rv.export_labelstudio(data, labelstudio_export)
        typer.echo(f"review: {len(data.units)} task(s) written to {labelstudio_export}; "
                   f"labeling config: {config}", err=True)
        return
    if labelstudio_import:
        reviewed = rv.import_labelstudio(labelstudio_import, data, annotator)
        n = rv.merge_reviewed(data, reviewed, str(labelstudio_import))
        rv.write_review(output, data)
        left = sum(1 for u in data.units if u.get("source") != "reviewed")
        typer.echo(f"review: {n} unit(s) imported as reviewed, {left} still draft; written to {output}", err=True)
        return
    if output.exists() and output.resolve() != drafts.resolve():
        done = [u for u in rv.load_drafts(output).units if u.get("source") == "reviewed"]
        n = rv.merge_reviewed(data, done, str(output))
        typer.echo(f"review: resuming, {n} unit(s) already reviewed in {output}", err=True)
    who = annotator or os.environ.get("USER") or "reviewer"
    try:
        n, stopped = rv.interactive_review(data, who)
    finally:
        rv.write_review(output, data)
    left = sum(1 for u in data.units if u.get("source") != "reviewed")
    typer.echo(f"review: {n} unit(s) reviewed now, {left} left; saved to {output}"
               + (" (stopped; run again to resume)" if stopped and left else ""), err=True)


def register(app: typer.Typer) -> None:
    """Add ``annotate`` and ``review`` to the ``stance`` app."""
    app.command("annotate")(annotate)
    app.command("review")(review)
