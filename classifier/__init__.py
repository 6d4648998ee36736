"""stance: sentence labels (claim / condition / attribution / opinion) and stance holders for
news articles. The inference library; the training harness built on it is :mod:`training`.

    from classifier import Predictor, iter_articles
    predictor = Predictor("models/default")
    for records in predictor.predict(iter_articles(["article.txt"], "text")):
        ...

Names are loaded on first use, so ``import classifier`` does not import torch.
"""

from __future__ import annotations

import importlib
from typing import Any

# public name -> module that defines it
_EXPORTS = {
    "LABELS": "classifier.scheme",
    "HOLDER_KINDS": "classifier.scheme",
    "Article": "classifier.scheme",
    "Unit": "classifier.scheme",
    "Predictor": "classifier.predict",
    "load_model": "classifier.model",
    "InputArticle": "classifier.inputs",
    "InputUnit": "classifier.inputs",
    "iter_articles": "classifier.inputs",
    "iter_records": "classifier.records",
    "read_annotation_file": "classifier.records",
    "load_articles": "classifier.records",
    "write_jsonl": "classifier.records",
    "write_records": "classifier.records",
    "render_article_html": "classifier.html_view",
    "render_articles_html": "classifier.html_view",
    "UserError": "classifier.errors",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'classifier' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
