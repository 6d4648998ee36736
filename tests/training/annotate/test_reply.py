"""training.annotate.reply: parsing and checking an LLM reply against the scheme."""

from __future__ import annotations

import json
import re

import pytest

from training.annotate.reply import InvalidReply, check_reply
from annotation_fakes import art


def reply(*units) -> str:
    return json.dumps({"units": [dict(zip(("sentence_id", "label", "holders", "confidence"), u)) for u in units]})


A = art("v", "One.", "Two.", "Three.")


def test_valid_reply_passes_and_is_in_unit_order():
    out = check_reply(reply((2, "opinion", ["AUTHOR"], 0.5), (0, "claim", ["NONE"], 1), (1, "attribution", ["US"], 0.7)), A)
    assert [e["sentence_id"] for e in out] == [0, 1, 2]
    assert out[1] == {"sentence_id": 1, "label": "attribution", "holders": ["US"], "confidence": 0.7}
    fenced = "```json\n" + reply((0, "claim", ["none"], 1), (1, "claim", ["NONE"], 1), (2, "claim", ["NONE"], 1)) + "\n```"
    assert check_reply(fenced, A)[0]["holders"] == ["NONE"]


@pytest.mark.parametrize("content, message", [
    ('{"units": [{"sentence_id": 0, "label": "claim", "holders": ["NONE"], "confid', "not valid JSON"),
    ("Sure! Here are the labels.", "not valid JSON"),
    ("[]", "not a JSON object"),
    ('{"labels": []}', "no 'units'"),
    (reply((0, "claim", ["NONE"], 1), (1, "claim", ["NONE"], 1)), "no label for sentence_id 2"),
    (reply((0, "claim", ["NONE"], 1), (0, "claim", ["NONE"], 1), (1, "claim", ["NONE"], 1), (2, "claim", ["NONE"], 1)), "more than once"),
    (reply((0, "claim", ["NONE"], 1), (1, "claim", ["NONE"], 1), (2, "claim", ["NONE"], 1), (3, "claim", ["NONE"], 1)), "not a unit"),
    (reply((0, "fact", ["NONE"], 1), (1, "claim", ["NONE"], 1), (2, "claim", ["NONE"], 1)), "unknown label"),
    (reply((0, "opinion", ["US"], 1), (1, "claim", ["NONE"], 1), (2, "claim", ["NONE"], 1)), "AUTHOR"),
    (reply((0, "claim", ["AUTHOR", "NONE"], 1), (1, "claim", ["NONE"], 1), (2, "claim", ["NONE"], 1)), "cannot be combined"),
    (reply((0, "claim", "US", 1), (1, "claim", ["NONE"], 1), (2, "claim", ["NONE"], 1)), "list of non-empty strings"),
    (reply((0, "claim", [], 1), (1, "claim", ["NONE"], 1), (2, "claim", ["NONE"], 1)), "must not be empty"),
    (reply((0, "claim", ["NONE"], 7), (1, "claim", ["NONE"], 1), (2, "claim", ["NONE"], 1)), "confidence"),
])
def test_invalid_replies_are_rejected(content, message):
    with pytest.raises(InvalidReply, match=re.escape(message)):
        check_reply(content, A)


def test_reply_cut_at_max_tokens_is_rejected_even_if_it_parses():
    ok = reply((0, "claim", ["NONE"], 1), (1, "claim", ["NONE"], 1), (2, "claim", ["NONE"], 1))
    with pytest.raises(InvalidReply, match="max_tokens"):
        check_reply(ok, A, finish_reason="length")
