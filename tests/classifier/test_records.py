"""Reading annotation files (classifier.records): errors name file and line; articles stay whole."""

import json

import pytest

from classifier.errors import DataError, InputError
from classifier.records import load_articles, read_annotation_file


def rec(**kw):
    base = {"article_id": "a", "sentence_id": 0, "text": "X said so.", "label": "attribution", "holders": ["X"]}
    base.update(kw)
    return base


def write(tmp_path, lines, name="a.jsonl"):
    p = tmp_path / name
    p.write_text("\n".join(l if isinstance(l, str) else json.dumps(l) for l in lines) + "\n", encoding="utf-8")
    return p


def test_malformed_json_names_line(tmp_path):
    p = write(tmp_path, [rec(), "{not json"])
    with pytest.raises(DataError, match=r"a\.jsonl:2: malformed JSON"):
        read_annotation_file(p)


def test_duplicate_sentence_id(tmp_path):
    p = write(tmp_path, [rec(), rec()])
    with pytest.raises(DataError, match=r":2: sentence_id 0 is duplicated"):
        read_annotation_file(p)


def test_non_contiguous_article(tmp_path):
    p = write(tmp_path, [rec(), rec(article_id="b"), rec(sentence_id=1)])
    with pytest.raises(DataError, match="not contiguous"):
        read_annotation_file(p)


def test_header_gives_actors(tmp_path):
    p = write(tmp_path, [{"article_id": "a", "title": "T", "actors": {"X": ["x"]}}, rec()])
    (art,) = read_annotation_file(p)
    assert art.actors == {"X": ["x"]} and art.title == "T" and len(art.units) == 1


def test_non_utf8_refused(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_bytes(b'{"text": "caf\xe9"}\n')
    with pytest.raises(InputError, match="not valid UTF-8"):
        read_annotation_file(p)


def test_duplicate_article_across_files(tmp_path):
    write(tmp_path, [rec()], "one.jsonl")
    write(tmp_path, [rec()], "two.jsonl")
    with pytest.raises(DataError, match="already defined"):
        load_articles([tmp_path])
