"""Drafting annotation files: an LLM (:class:`LLMDrafter`) or the fine-tuned model
(:class:`ModelDrafter`) labels every unit, and the model's own prediction sits beside it.

Output is the project's record format (a header per article, then one record per unit)::

    {"article_id", "sentence_id", "text", "label", "holders", "confidence", "annotator",
     "source": "llm" | "model", "model_label", "model_holders", "model_confidence"}

Holder spellings are unified per article (same :func:`~classifier.scheme.normalize_holder`
key -> the longest spelling) and every named holder becomes an actor of the header, so a
draft passes ``stance validate`` as it is. A failing article is reported and left out; the
others are kept: each finished article is appended (and flushed) to ``OUTPUT.partial`` as it
completes, and the final file is written atomically in input order at the end.
"""

from __future__ import annotations

import os
import sys
import time
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterable, Protocol

from training.annotate.client import ChatClient, ChatFailed
from training.annotate.prompt import PromptBuilder, response_format
from training.annotate.reply import check_reply
from classifier.errors import UserError
from classifier.inputs import InputArticle
from classifier.scheme import SPECIAL_HOLDERS, normalize_holder, validate_unit


class AnnotationFailed(UserError):
    """Some articles could not be drafted (the others were written)."""

    exit_code = 8


@dataclass
class DraftResult:
    article_id: str
    records: list[dict] | None = None  # header first, then units
    error: str | None = None
    fatal: bool = False

    @property
    def ok(self) -> bool:
        return self.records is not None


@dataclass
class DraftSummary:
    articles_ok: int = 0
    articles_failed: int = 0
    units: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    usage: dict = field(default_factory=dict)
    seconds: float = 0.0
    output: str | None = None

    def text(self) -> str:
        lines = [f"annotate: {self.articles_ok} article(s) ok, {self.articles_failed} failed; "
                 f"{self.units} units written" + (f" to {self.output}" if self.output else "")
                 + f" in {self.seconds:.1f}s"]
        if self.usage:
            u = self.usage
            lines.append(f"llm: {u['requests']} request(s), {u['retries']} retr{'y' if u['retries'] == 1 else 'ies'}, "
                         f"{u['cache_hits']} cache hit(s); tokens: {u['prompt_tokens']} prompt + "
                         f"{u['completion_tokens']} completion")
        for aid, err in self.failures:
            lines.append(f"failed: {aid}: {err}")
        return "\n".join(lines)


class Drafter(Protocol):
    source: str
    annotator: str

    def label_article(self, article: InputArticle) -> list[dict]:
        """``{"sentence_id", "label", "holders", "confidence"}`` per unit, in unit order."""
        ...


# ---------------------------------------------------------------------------- drafters

class ModelDrafter:
    """The fine-tuned model as drafter (the default backend when no LLM is configured)."""

    source = "model"

    def __init__(self, predictor, annotator: str | None = None) -> None:
        self.predictor = predictor
        self.annotator = annotator or "model"

    def label_article(self, article: InputArticle, model_records: list[dict] | None = None) -> list[dict]:
        recs = model_records if model_records is not None else next(iter(self.predictor.predict([article])))
        return [{"sentence_id": r["sentence_id"], "label": r["label"], "holders": list(r["holders"]),
                 "confidence": r.get("confidence")} for r in recs]


class LLMDrafter:
    """An OpenAI-compatible chat model as drafter; one request per article (the article is
    sent whole, so every unit is labelled in context)."""

    source = "llm"

    def __init__(self, client: ChatClient, prompts: PromptBuilder | None = None,
                 response_format_style: str = "json_object", annotator: str | None = None) -> None:
        self.client = client
        self.prompts = prompts or PromptBuilder.load()
        self.style = response_format_style
        response_format(self.style)  # refuse an unknown style now
        self.annotator = annotator or f"llm:{client.model}"

    def label_article(self, article: InputArticle, model_records: list[dict] | None = None) -> list[dict]:
        messages = self.prompts.messages(article)
        fmt = response_format(self.style, [u.sentence_id for u in article.units])
        return self.client.complete(messages, fmt, lambda content, finish: check_reply(content, article, finish))


# ----------------------------------------------------------------------------- records

def unify_holders(entries: list[dict]) -> dict[str, list[str]]:
    """Rewrite holders in ``entries`` to one spelling per actor; return the header's actors.

    Spellings with the same normalised key (case, dots, a leading "the", titles) become the
    longest of them; duplicates in one unit are dropped.
    """
    spellings: dict[str, list[str]] = {}
    for e in entries:
        for h in e["holders"]:
            if h in SPECIAL_HOLDERS:
                continue
            key = normalize_holder(h) or h
            if h not in spellings.setdefault(key, []):
                spellings[key].append(h)
    canon = {key: max(forms, key=len) for key, forms in spellings.items()}
    for e in entries:
        out: list[str] = []
        for h in e["holders"]:
            c = h if h in SPECIAL_HOLDERS else canon[normalize_holder(h) or h]
            if c not in out:
                out.append(c)
        e["holders"] = out
    actors: dict[str, list[str]] = {}
    for key, forms in spellings.items():
        actors[canon[key]] = [canon[key]] + [f for f in forms if f != canon[key]]
    return actors


def build_records(article: InputArticle, entries: list[dict], model_records: list[dict] | None,
                  source: str, annotator: str) -> list[dict]:
    """Header + unit records of one drafted article; each unit is checked against the scheme."""
    entries = [dict(e, holders=list(e["holders"])) for e in entries]
    actors = unify_holders(entries)
    model_by_id = {r["sentence_id"]: r for r in (model_records or [])}
    header = {"article_id": article.article_id, "title": article.units[0].text if article.units else None,
              "author": None, "actors": actors, "drafted_by": annotator}
    out = [header]
    for unit, e in zip(article.units, entries):
        if e["sentence_id"] != unit.sentence_id:
            raise ValueError(f"draft of {article.article_id} is out of unit order")
        m = model_by_id.get(unit.sentence_id)
        rec = {"article_id": article.article_id, "sentence_id": unit.sentence_id, "text": unit.text,
               "label": e["label"], "holders": e["holders"], "confidence": e.get("confidence"),
               "annotator": annotator, "source": source,
               "model_label": m["label"] if m else None,
               "model_holders": list(m["holders"]) if m else None,
               "model_confidence": m.get("confidence") if m else None}
        validate_unit(rec, f"{article.article_id}:{unit.sentence_id}", actors=actors)
        out.append(rec)
    return out


# -------------------------------------------------------------------------------- runner

def _partial_path(output: Path | None) -> Path | None:
    if output is None or str(output) == "-":
        return None
    return output.with_name(output.name + ".partial")


def run_drafts(drafter, articles: Iterable[InputArticle], output: str | Path | None, *,
               predictor=None, concurrency: int = 1, progress: bool = True,
               log: IO | None = None) -> DraftSummary:
    """Draft every article and write the records to ``output`` (``-``/None: stdout).

    ``predictor`` (a :class:`classifier.predict.Predictor`) adds the fine-tuned model's own
    prediction beside each unit; with a :class:`ModelDrafter` it is the drafter's predictor.
    Returns the summary (also printed to ``log``, stderr by default); the caller decides
    what a failure means for the exit status.
    """
    from tqdm import tqdm

    from classifier.records import write_jsonl, write_records

    log = log or sys.stderr
    started = time.monotonic()
    items = list(articles)
    output_path = Path(output) if output is not None and str(output) != "-" else None
    if isinstance(drafter, ModelDrafter) and predictor is None:
        predictor = drafter.predictor
    model_out: dict[str, list[dict]] = {}
    if predictor is not None and items:
        for art, recs in zip(items, predictor.predict(items)):
            model_out[art.article_id] = recs

    results: dict[str, DraftResult] = {}
    partial = _partial_path(output_path)
    partial_handle = None
    if partial is not None:
        partial.parent.mkdir(parents=True, exist_ok=True)
        partial_handle = open(partial, "w", encoding="utf-8")

    def one(art: InputArticle) -> DraftResult:
        try:
            entries = drafter.label_article(art, model_out.get(art.article_id))
            return DraftResult(art.article_id, build_records(art, entries, model_out.get(art.article_id),
                                                             drafter.source, drafter.annotator))
        except ChatFailed as exc:
            return DraftResult(art.article_id, error=str(exc), fatal=exc.fatal)
        except UserError as exc:
            return DraftResult(art.article_id, error=exc.message)

    bar = tqdm(total=len(items), unit="article", desc="drafting", disable=not progress, file=log,
               dynamic_ncols=True, leave=False)
    stopped: str | None = None
    try:
        with ThreadPoolExecutor(max_workers=max(1, concurrency)) as pool:
            pending: dict[Future, InputArticle] = {}
            queue = list(items)
            while queue or pending:
                while queue and len(pending) < max(1, concurrency) and stopped is None:
                    art = queue.pop(0)
                    pending[pool.submit(one, art)] = art
                if stopped is not None:
                    for art in queue:
                        results[art.article_id] = DraftResult(art.article_id, error=f"not attempted: {stopped}")
                    queue = []
                if not pending:
                    break
                done, _ = wait(list(pending), return_when=FIRST_COMPLETED)
                for fut in done:
                    art = pending.pop(fut)
                    try:
                        res = fut.result()
                    except ChatFailed as exc:  # pragma: no cover - caught in one()
                        res = DraftResult(art.article_id, error=str(exc))
                    results[art.article_id] = res
                    if res.fatal and stopped is None:
                        stopped = res.error
                    if res.ok and partial_handle is not None:
                        write_jsonl(res.records, partial_handle)
                        partial_handle.flush()
                    bar.update(1)
                    if getattr(drafter, "client", None) is not None:
                        u = drafter.client.usage
                        bar.set_postfix(tokens=u.prompt_tokens + u.completion_tokens, hits=u.cache_hits,
                                        refresh=False)
    finally:
        bar.close()
        if partial_handle is not None:
            partial_handle.close()

    summary = DraftSummary(output=str(output_path) if output_path else None)
    ok_records: list[dict] = []
    for art in items:
        res = results.get(art.article_id)
        if res is not None and res.ok:
            summary.articles_ok += 1
            summary.units += len(res.records) - 1
            ok_records.extend(res.records)
        else:
            summary.articles_failed += 1
            summary.failures.append((art.article_id, res.error if res else "not attempted"))
    if ok_records:
        write_records(output_path, ok_records)
    if partial is not None and partial.exists():
        os.unlink(partial)
    if getattr(drafter, "client", None) is not None:
        summary.usage = drafter.client.usage.as_dict()
    summary.seconds = time.monotonic() - started
    print(summary.text(), file=log)
    return summary

