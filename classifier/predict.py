"""Inference: units of articles in, labelled records out.

One model load per process; units of many articles are pooled into length-sorted batches
with dynamic padding (short sentences do not pay for long ones); holders are then resolved
article by article in reading order.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

import numpy as np

from classifier.encoding import (Window, context_for, encode, joint_windows, pad_batch, pad_windows,
                                 windows_per_batch)
from classifier.holders import (HolderResolver, ResolvedHolder, decode_bio, is_excerpt, is_transcript,
                               press_release_issuer, select_mentions, weak_mentions)
from classifier.inputs import InputArticle
from classifier.runners import TorchRunner, load_runner
from classifier.scheme import AUTHOR, HOLDER_KINDS, LABELS
from classifier.settings import CONTEXT_WINDOW, MAX_LENGTH, PREDICT_BATCH_SIZE, RUNTIME


# The kind head's writer probability from which a condition it gives a party that no mention
# supplies is the writer's (see HolderResolver.resolve); below it, such a unit is NONE. Chosen
# on dev and the (fast) training units, four models: 0.3 fixed 7 units and broke 1 (a rule's
# background "takes effect unless ..." held by no one); "above NONE" fixed 10 and broke 6.
WRITER_NEXT = 0.3
_AUTHOR = HOLDER_KINDS.index(AUTHOR)


def softmax(logits: np.ndarray) -> np.ndarray:
    """Softmax over the last axis, in float32 as the logits come."""
    e = np.exp(logits - logits.max(-1, keepdims=True))
    return e / e.sum(-1, keepdims=True)


class Predictor:
    """Labels units with a trained model folder."""

    def __init__(self, model_dir: str | Path | None = None, device: str = "auto", batch_size: int = PREDICT_BATCH_SIZE,
                 chunk_units: int = 2048, precision: str = "fp32", loaded: tuple | None = None,
                 runtime: str = RUNTIME) -> None:
        """Load ``model_dir`` once; or wrap an in-memory ``loaded`` = (model, tokenizer, config).

        ``runtime`` (:mod:`classifier.runners`): ``auto`` runs a folder on ONNX Runtime where it
        can (CPU, fp32/int8, no joint windows), else on torch; an in-memory model runs on torch.
        """
        if loaded is not None:
            model, self.tokenizer, self.config = loaded
            self.runner = TorchRunner(model, device, precision, int(self.config.get("frozen_layers", 0)))
        else:
            self.runner, self.tokenizer, self.config = load_runner(model_dir, device, precision, runtime)
        self.precision = precision
        self.batch_size = batch_size
        self.chunk_units = chunk_units
        self.window = int(self.config.get("context_window", CONTEXT_WINDOW))
        self.joint_units = int(self.config.get("joint_units", 0))
        self.max_length = int(self.config.get("max_length", MAX_LENGTH))
        self.temperature = float(self.config.get("temperature", 1.0))

    def _forward(self, targets: list[str], contexts: list[str]) -> list[dict]:
        """Model outputs for each target (encoded alone or with its neighbours), in input order."""
        enc = encode(self.tokenizer, targets, contexts, self.max_length, with_offsets=True)
        order = sorted(range(len(targets)), key=lambda i: len(enc["input_ids"][i]))
        results: list[dict] = [{} for _ in targets]
        pad = self.tokenizer.pad_token_id or 0
        for b in range(0, len(order), self.batch_size):
            idx = order[b:b + self.batch_size]
            ids, att, tti = pad_batch([enc["input_ids"][i] for i in idx], [enc["token_type_ids"][i] for i in idx], pad)
            label_p, kind_p, tags, mention_p = self._run_batch(ids, att, tti)
            for row, i in enumerate(idx):
                seq_ids = enc.sequence_ids(i)
                offsets = enc["offset_mapping"][i]
                own = [k for k, sid in enumerate(seq_ids) if sid == 0]
                results[i] = self._unit_output(
                    targets[i], label_p[row], kind_p[row], [tags[row][k] for k in own],
                    [mention_p[row][k] for k in own], [tuple(offsets[k]) for k in own],
                    # Cut only when the unit's own tokens did not fit (not when context was trimmed).
                    max((offsets[k][1] for k in own), default=0) < len(targets[i].rstrip()))
        return results

    def _forward_joint(self, articles: list[list[str]]) -> list[dict]:
        """Model outputs for every unit of ``articles`` (lists of unit texts), encoded in joint
        windows of consecutive units (:func:`classifier.encoding.joint_windows`), in input order."""
        windows: list[tuple[int, Window]] = []
        base = 0
        for texts in articles:
            windows += [(base, w) for w in joint_windows(self.tokenizer, texts, self.max_length, self.joint_units)]
            base += len(texts)
        flat = [t for texts in articles for t in texts]
        results: list[dict] = [{} for _ in flat]
        order = sorted(range(len(windows)), key=lambda i: len(windows[i][1].input_ids))
        pad = self.tokenizer.pad_token_id or 0
        per_batch = windows_per_batch(self.batch_size, self.joint_units)
        for b in range(0, len(order), per_batch):
            batch = [windows[i] for i in order[b:b + per_batch]]
            label_p, kind_p, tags, mention_p = self._run_batch(*pad_windows([w for _, w in batch], pad))
            n = 0
            for row, (start, w) in enumerate(batch):
                for j, unit in enumerate(w.units):
                    a, z = w.spans[j]
                    results[start + unit] = self._unit_output(
                        flat[start + unit], label_p[n], kind_p[n], tags[row][a:z], mention_p[row][a:z],
                        w.offsets[j], w.truncated[j])
                    n += 1
        return results

    def _run_batch(self, ids, att, tti, units=None):
        """One forward pass: label and kind probabilities per unit, BIO tags and mention
        probabilities per token (plain lists)."""
        label, kind, span = self.runner(ids, att, tti, units)
        span_p = softmax(span)
        return (softmax(label / self.temperature).tolist(), softmax(kind).tolist(), span_p.argmax(-1).tolist(),
                (1.0 - span_p[..., 0]).tolist())

    @staticmethod
    def _unit_output(text: str, label_p: list[float], kind_p: list[float], tags: list[int],
                     mention_p: list[float], offsets: list[tuple[int, int]], truncated: bool) -> dict:
        """One unit's outputs from its own tokens (tags, mention probabilities, offsets in its text)."""
        mentions = select_mentions(decode_bio(tags, offsets, text, mention_p))
        return {
            "scores": label_p,
            "kind_scores": kind_p,
            "mentions": mentions,
            # The tagger's weaker guess, for a unit the kind head gives a party but where no
            # token reached B/I (a 110M encoder adapted in its top layers under-tags).
            "fallback": [] if mentions else weak_mentions(mention_p, offsets, text),
            "truncated": truncated,
        }

    def _records(self, article: InputArticle, outputs: list[dict]) -> list[dict]:
        """One article's output records: labels and holders (:meth:`_resolve_holders`), the
        label's confidence and scores, and each holder's span in the unit and the article."""
        records = []
        for unit, out, (label, holders) in zip(article.units, outputs, self._resolve_holders(article, outputs)):
            scores = out["scores"]
            spans = []
            for h in holders:
                if h.mention is None and h.antecedent_sentence_id is None:
                    continue
                span = {"holder": h.holder}
                if h.mention is not None:
                    span.update(mention=h.mention.text, start=h.mention.start, end=h.mention.end)
                    if unit.start is not None:
                        span.update(article_start=unit.start + h.mention.start,
                                    article_end=unit.start + h.mention.end)
                if h.antecedent_sentence_id is not None:
                    span["antecedent_sentence_id"] = h.antecedent_sentence_id
                spans.append(span)
            rec = {"article_id": article.article_id, "sentence_id": unit.sentence_id, "text": unit.text}
            if unit.start is not None:
                rec.update(start=unit.start, end=unit.end)
            # confidence is the label's own probability (below the top one when the quote rule changed it)
            rec.update(label=label, confidence=round(scores[LABELS.index(label)], 4),
                       scores={lab: round(p, 4) for lab, p in zip(LABELS, scores)},
                       holders=[h.holder for h in holders], holder_spans=spans)
            if out["truncated"]:
                rec["truncated"] = True
            records.append(rec)
        return records

    @staticmethod
    def _resolve_holders(article: InputArticle, outputs: list[dict]) -> list[tuple[str, list[ResolvedHolder]]]:
        """Holder decoding over one article, in reading order: each unit's label (the quote
        rule may change it) and its resolved holders."""
        texts = [u.text for u in article.units]
        transcript = is_transcript(texts)
        resolver = HolderResolver(transcript=transcript, issuer=press_release_issuer(texts),
                                  excerpt=transcript and is_excerpt(texts))
        resolved = []
        for unit, out in zip(article.units, outputs):
            label = LABELS[max(range(len(LABELS)), key=out["scores"].__getitem__)]
            kind_scores = out["kind_scores"]
            kind = HOLDER_KINDS[max(range(len(HOLDER_KINDS)), key=kind_scores.__getitem__)]
            holders = resolver.resolve(unit.sentence_id, label, kind, out["mentions"], unit.text,
                                       out.get("fallback", []), writer_next=kind_scores[_AUTHOR] >= WRITER_NEXT)
            resolved.append((resolver.label or label, holders))
        return resolver.with_late_speakers(resolved, [u.sentence_id for u in article.units])

    def predict(self, articles: Iterable[InputArticle]) -> Iterator[list[dict]]:
        """Yield each article's output records, in input order, pooling units into chunks."""
        pending: list[InputArticle] = []
        size = 0
        for article in articles:
            pending.append(article)
            size += len(article.units)
            if size >= self.chunk_units:
                yield from self._run(pending)
                pending, size = [], 0
        if pending:
            yield from self._run(pending)

    def _run(self, articles: list[InputArticle]) -> Iterator[list[dict]]:
        if self.joint_units > 0:
            outputs = self._forward_joint([[u.text for u in art.units] for art in articles])
        else:
            targets: list[str] = []
            contexts: list[str] = []
            sep = self.tokenizer.sep_token or "|"
            for art in articles:
                texts = [u.text for u in art.units]
                for i, text in enumerate(texts):
                    targets.append(text)
                    contexts.append(context_for(texts, i, self.window, sep))
            outputs = self._forward(targets, contexts) if targets else []
        pos = 0
        for art in articles:
            n = len(art.units)
            yield self._records(art, outputs[pos:pos + n])
            pos += n
