from hypothesis import given, settings, strategies as st

from classifier.segment import split_units


def texts(text):
    return [u.text for u in split_units(text)]


def test_lines_are_units_even_without_punctuation():
    text = "Headline Without Full Stop\n\nBy Jane Roe\n\nThe minister spoke. Then she left.\n\n- first item\n- second item\n"
    assert texts(text) == ["Headline Without Full Stop", "By Jane Roe", "The minister spoke.", "Then she left.",
                           "- first item", "- second item"]


def test_abbreviations_do_not_break():
    text = "The U.S. envoy met Gov. Smith and Sen. Jones at 9 a.m. on Monday. Dr. Li of Acme Inc. disagreed."
    assert texts(text) == ["The U.S. envoy met Gov. Smith and Sen. Jones at 9 a.m. on Monday.",
                           "Dr. Li of Acme Inc. disagreed."]


def test_quote_stays_with_its_sentence():
    text = "“We will not move. Our position is clear,” she said. Talks resume Friday."
    assert texts(text) == ["“We will not move. Our position is clear,” she said.", "Talks resume Friday."]


def test_offsets_are_exact():
    text = "  Title\r\n\r\nOne. Two?  Three!\n"
    for u in split_units(text):
        assert text[u.start:u.end] == u.text


def test_empty_and_blank():
    assert split_units("") == [] and split_units(" \n\t\n") == []


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_units_cover_text_in_order(text):
    units = split_units(text)
    pos = 0
    for u in units:
        assert u.start >= pos and u.end > u.start
        assert text[u.start:u.end] == u.text
        assert text[pos:u.start].strip() == ""  # only whitespace is left out
        pos = u.end
    assert text[pos:].strip() == ""


def test_long_line_cut_into_blocks_gives_the_same_units():
    import pysbd

    sentence = "Gov. Smith told the U.S. envoy at 9 a.m. that talks would resume only if both sides agreed. "
    line = (sentence + "“We are ready,” she said. ") * 60  # ~7,000 characters in one paragraph
    whole = [s.strip() for s in pysbd.Segmenter(language="en", clean=False).segment(line.strip())]
    assert texts(line) == whole and len(whole) == 120


def test_a_line_that_cannot_hold_two_sentences_skips_the_splitter(monkeypatch):
    from classifier import segment

    calls = []
    real = segment._segmenter

    def counting():
        calls.append(1)
        return real()

    monkeypatch.setattr(segment, "_segmenter", counting)
    assert [u.text for u in segment.split_units("Officials said the road would reopen on Monday.\n")] == [
        "Officials said the road would reopen on Monday."]
    assert calls == []
    assert [u.text for u in segment.split_units("Dr. Ruiz arrived at 9 a.m. on Monday. She left at noon.")] == [
        "Dr. Ruiz arrived at 9 a.m. on Monday.", "She left at noon."]
    assert calls
