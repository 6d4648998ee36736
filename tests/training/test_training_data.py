"""Training targets for the holder tagger: gold mention spans, and units it must not learn from."""

from transformers import AutoTokenizer

from classifier.scheme import Article, Unit
from training.data import canonical_only, gold_spans, tokenise, unit_examples

GOLD = {"Phan Thi Mai Lan": ["Phan Thi Mai Lan", "Phan"], "Vietnam News Agency": ["Vietnam News Agency", "VNA"]}
PROBE = {"Phan Thi Mai Lan": ["Phan Thi Mai Lan"], "Vietnam News Agency": ["Vietnam News Agency"]}


def test_a_holder_named_only_in_a_form_its_aliases_lack_teaches_the_tagger_nothing():
    assert not canonical_only(GOLD) and canonical_only(PROBE)
    # found by an alias: its span
    text = "Phan Thi Mai Lan said the duties were unfair."
    assert gold_spans(text, ["Phan Thi Mai Lan"], GOLD) == gold_spans(text, ["Phan Thi Mai Lan"], PROBE) == [(0, 16)]
    # "Lan" is no alias of a canonical-only list: unknown, not "no mention"
    assert gold_spans("\"We will fight,\" Lan was quoted as saying.", ["Phan Thi Mai Lan"], PROBE) is None
    # a continuing quote with no mention of its speaker: no span, and that is known where the
    # actors list their aliases (the gold corpus is read as before); canonical names only cannot tell
    assert gold_spans("\"Our firms are ready.\"", ["Phan Thi Mai Lan"], GOLD) == []
    assert gold_spans("\"Our firms are ready.\"", ["Phan Thi Mai Lan"], PROBE) is None
    assert gold_spans("Prices rose.", ["NONE"], PROBE) == []


def test_unknown_units_get_no_span_tags(tiny_base):
    tok = AutoTokenizer.from_pretrained(str(tiny_base))
    art = Article("a1", [Unit("a1", 0, "\"We will fight,\" Lan said.", "attribution", ["Phan Thi Mai Lan"]),
                         Unit("a1", 1, "Phan Thi Mai Lan said so.", "attribution", ["Phan Thi Mai Lan"])], actors=PROBE)
    ds = tokenise(tok, unit_examples([art], 0, tok.sep_token), 32)
    first, second = ds[0]["span_tags"], ds[1]["span_tags"]
    assert set(first) == {-100}
    assert 1 in second and 0 in second
