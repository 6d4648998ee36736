"""Inference: units of articles in, labelled records out.

One model load per process; units of many articles are pooled into length-sorted batches
with dynamic padding (short sentences do not pay for long ones); holders are then resolved
article by article in reading order.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

import torch

from classifier.encoding import context_for, encode, pad_batch
from classifier.holders import HolderResolver, decode_bio, is_transcript, select_mentions, weak_mentions
from classifier.inputs import InputArticle
from classifier.model import load_model
from classifier.scheme import HOLDER_KINDS, LABELS
from classifier.settings import CONTEXT_WINDOW, MAX_LENGTH, PREDICT_BATCH_SIZE


def pick_device(name: str = "auto") -> torch.device:
    """``auto`` takes a GPU when present, else the CPU."""
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    return torch.device(name)


class Predictor:
    """Labels units with a trained model folder."""

    def __init__(self, model_dir: str | Path | None = None, device: str = "auto", batch_size: int = PREDICT_BATCH_SIZE,
                 chunk_units: int = 2048, precision: str = "fp32", loaded: tuple | None = None) -> None:
        """Load ``model_dir`` once; or wrap an in-memory ``loaded`` = (model, tokenizer, config)."""
        self.model, self.tokenizer, self.config = loaded if loaded is not None else load_model(model_dir)
        self.device = pick_device(device)
        self.precision = precision
        if precision == "int8":
            if self.device.type != "cpu":
                raise ValueError("int8 inference runs on the CPU only")
            from classifier.quantize import quantize_int8

            self.model = quantize_int8(self.model)
        elif precision in ("bf16", "fp16"):
            self.model = self.model.to(torch.bfloat16 if precision == "bf16" else torch.float16)
        self.model.to(self.device)
        self.batch_size = batch_size
        self.chunk_units = chunk_units
        self.window = int(self.config.get("context_window", CONTEXT_WINDOW))
        self.max_length = int(self.config.get("max_length", MAX_LENGTH))
        self.temperature = float(self.config.get("temperature", 1.0))

    @torch.inference_mode()
    def _forward(self, targets: list[str], contexts: list[str]) -> list[dict]:
        """Model outputs for each target, in input order."""
        enc = encode(self.tokenizer, targets, contexts, self.max_length, with_offsets=True)
        order = sorted(range(len(targets)), key=lambda i: len(enc["input_ids"][i]))
        results: list[dict] = [{} for _ in targets]
        pad = self.tokenizer.pad_token_id or 0
        for b in range(0, len(order), self.batch_size):
            idx = order[b:b + self.batch_size]
            ids, att, tti = pad_batch([enc["input_ids"][i] for i in idx], [enc["token_type_ids"][i] for i in idx], pad)
            out = self.model(input_ids=ids.to(self.device), attention_mask=att.to(self.device),
                             token_type_ids=tti.to(self.device))
            label_p = torch.softmax(out["label_logits"].float() / self.temperature, -1).cpu()
            kind_p = torch.softmax(out["kind_logits"].float(), -1).cpu()
            span_p = torch.softmax(out["span_logits"].float(), -1).cpu()
            tags = span_p.argmax(-1)
            mention_p = 1.0 - span_p[..., 0]
            for row, i in enumerate(idx):
                seq_ids = enc.sequence_ids(i)
                offsets = enc["offset_mapping"][i]
                row_tags = tags[row].tolist()
                row_p = mention_p[row].tolist()
                target_tags = [row_tags[k] if sid == 0 else 0 for k, sid in enumerate(seq_ids)]
                target_offsets = [offsets[k] if sid == 0 else (0, 0) for k, sid in enumerate(seq_ids)]
                mentions = select_mentions(decode_bio(target_tags, target_offsets, targets[i], row_p))
                results[i] = {
                    "scores": label_p[row].tolist(),
                    "kind_scores": kind_p[row].tolist(),
                    "mentions": mentions,
                    # The tagger's weaker guess, for a unit the kind head gives a party but where no
                    # token reached B/I (a 110M encoder adapted in its top layers under-tags).
                    "fallback": [] if mentions else weak_mentions(
                        [row_p[k] if sid == 0 else 0.0 for k, sid in enumerate(seq_ids)],
                        target_offsets, targets[i]),
                    # Cut only when the unit's own tokens did not fit (not when context was trimmed).
                    "truncated": max((e for (_, e), sid in zip(offsets, seq_ids) if sid == 0), default=0)
                    < len(targets[i].rstrip()),
                }
        return results

    def _records(self, article: InputArticle, outputs: list[dict]) -> list[dict]:
        resolver = HolderResolver(transcript=is_transcript([u.text for u in article.units]))
        resolved = []
        for unit, out in zip(article.units, outputs):
            label = LABELS[max(range(len(LABELS)), key=out["scores"].__getitem__)]
            kind = HOLDER_KINDS[max(range(len(HOLDER_KINDS)), key=out["kind_scores"].__getitem__)]
            holders = resolver.resolve(unit.sentence_id, label, kind, out["mentions"], unit.text,
                                       out.get("fallback", []))
            resolved.append((resolver.label or label, holders))
        resolved = resolver.with_late_speakers(resolved, [u.sentence_id for u in article.units])
        records = []
        for unit, out, (label, holders) in zip(article.units, outputs, resolved):
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
