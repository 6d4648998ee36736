"""training.annotate.prompt: the chat messages, gold examples and the reply schema."""

from __future__ import annotations

import json

import pytest

from classifier.inputs import iter_articles
from classifier.scheme import LABELS
from training.annotate.prompt import pick_examples, reply_schema, response_format
from annotation_fakes import article_units
from conftest import SEED_TXT


def test_prompt_has_rules_examples_and_delimited_article(prompts):
    seed = next(iter(iter_articles([str(SEED_TXT)], "text")))
    system, user = prompts.messages(seed)
    assert system["role"] == "system" and user["role"] == "user"
    for label in LABELS:
        assert label in system["content"]
    assert "first rule that matches wins" in system["content"].lower()
    assert "ignore" in system["content"].lower() and "DATA" in system["content"]
    assert user["content"].count("<article>") == 1 and user["content"].count("</article>") == 1
    units = article_units({"messages": [system, user]})
    assert [sid for sid, _ in units] == [u.sentence_id for u in seed.units]
    assert units[0][1] == seed.units[0].text
    # the seed's own gold does not leak into its prompt; built-in examples cover the labels
    assert "US Continues to Resist" not in system["content"]


def test_gold_examples_are_deterministic_and_cover_all_labels():
    first = pick_examples()
    assert first == pick_examples()
    assert {ex["label"] for ex in first} == set(LABELS)
    assert 4 <= len(first) <= 8


def test_rules_fall_back_to_builtin(tmp_path, monkeypatch):
    from training.annotate import prompt as pr

    monkeypatch.setattr(pr, "GUIDE_PATH", tmp_path / "missing.md")
    monkeypatch.setattr(pr, "SCHEME_PATHS", (tmp_path / "missing2.md",))
    rules, source = pr.load_rules()
    assert source == "built-in" and all(label in rules for label in LABELS)


def test_response_format_styles():
    obj = response_format("json_object", [0, 1])
    assert obj["type"] == "json_object" and obj["schema"]["properties"]["units"]["maxItems"] == 2
    opinion, other = obj["schema"]["properties"]["units"]["prefixItems"][1]["anyOf"]
    assert opinion["properties"]["sentence_id"]["const"] == other["properties"]["sentence_id"]["const"] == 1
    assert opinion["properties"]["label"]["const"] == "opinion"
    assert opinion["properties"]["holders"] == {"const": ["AUTHOR"]}  # scheme: opinion -> AUTHOR
    assert "opinion" not in other["properties"]["label"]["enum"]
    assert {"const": ["NONE"]} in other["properties"]["holders"]["anyOf"]
    assert max(other["properties"]["confidence"]["enum"]) == 1.0
    sch = response_format("json_schema", [0, 1])
    assert sch["type"] == "json_schema" and sch["json_schema"]["strict"] is True
    item = sch["json_schema"]["schema"]["properties"]["units"]["items"]
    assert set(item["required"]) == set(item["properties"]) and item["additionalProperties"] is False
    assert item["properties"]["label"]["enum"] == list(LABELS)
    assert response_format("none") is None
    assert reply_schema()["required"] == ["units"]


def test_pinned_schema_compiles_to_a_llama_cpp_grammar():
    grammar_mod = pytest.importorskip("llama_cpp.llama_grammar", reason="llama-cpp-python is not installed")
    gbnf = grammar_mod.json_schema_to_gbnf(json.dumps(response_format("json_object", [0, 1, 2])["schema"]))
    assert '"\\"opinion\\""' in gbnf and "root ::=" in gbnf
