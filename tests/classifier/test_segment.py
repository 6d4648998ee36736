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


def test_sentences_are_found_again_without_a_regex_each(monkeypatch):
    # pysbd finds each sentence again in its input with a regex built from the sentence; each
    # one evicted pysbd's own patterns from re's cache. Ours uses str.find and gives the same.
    import pysbd

    from classifier.segment import _segmenter

    tricky = ["He said it. He said it. He said it.", "Yes.  Yes.  No!  ", "A. B. A. B.", "x",
              "“Go.” “Go.” She left. U.S. aid rose 3.5% on Jan. 4. Then it fell again.",
              "Talks end... Or do they? Nobody knows!"]
    stock = [pysbd.Segmenter(language="en", clean=False).segment(t) for t in tricky]

    def no_regex(*args, **kwargs):
        raise AssertionError("pysbd's regex-per-sentence search was used")

    monkeypatch.setattr(pysbd.segmenter.Segmenter, "sentences_with_char_spans", no_regex)
    assert [_segmenter().segment(t) for t in tricky] == stock


def test_no_break_after_an_abbreviation_before_a_comma_or_lowercase_word():
    # pysbd ends a sentence at "D-Ore." even when ", said" follows: a US news staple
    text = "WASHINGTON — Sen. Dana Whitcombe, D-Ore., said Tuesday that the bill was dead. Others disagreed."
    assert texts(text) == ["WASHINGTON — Sen. Dana Whitcombe, D-Ore., said Tuesday that the bill was dead.",
                           "Others disagreed."]
    assert texts("Apple rose. eBay fell. iPhone sales slid.") == ["Apple rose.", "eBay fell.", "iPhone sales slid."]


def test_idle_abbreviation_searches_are_skipped_with_the_same_sentences(monkeypatch):
    # pysbd tries all 188 abbreviations on every line ("a", "co" and "al" are in almost any
    # line); ours tries only those followed by a period there, and must split exactly as it does.
    import pysbd

    from classifier import segment

    lines = ["The co-op's chair, Ana Duarte, said the vote was close. Co. shares fell 2 p.c. on Jan. 4.",
             "Gen. Okafor met Capt. Lindqvist at 10 a.m. The talks, e.g. on fuel, went on. No. 7 was next.",
             "Officials at Harbor Gate Corp. said so. Art. 5 applies i.e. to all. Mr. Vega left at Ave. B.",
             "The fund (est. 1998) grew. Its head, Sen. Ruiz, said eb. nothing. The ebg. rule is odd.",
             "K\u0130. Demir said prices rose. \u017fr. Yilmaz disagreed. Al. Hassan left early.",
             "The first one is \u017ft. 5 of them. Ok."]  # re folds the long s to "s": "st." is an abbreviation
    stock = pysbd.Segmenter(language="en", clean=False)
    tried = []
    real = segment._abbreviations_before_a_period

    def counting(probes, line):
        kept = real(probes, line)
        tried.append((len(kept), len(probes)))
        return kept

    monkeypatch.setattr(segment, "_abbreviations_before_a_period", counting)
    assert [segment._segmenter().segment(x) for x in lines] == [stock.segment(x) for x in lines]
    assert any(kept < every for kept, every in tried)  # the shortcut was taken
    assert any(kept == every for kept, every in tried)  # but not on the line with a dotted I
