import pytest

from classifier.holders import (HolderResolver, Mention, ResolvedHolder, candidate_names, decode_bio, display_form,
                               find_gold_mentions, is_reference, quoted_ranges, reporting_frame, select_mentions,
                               is_excerpt, is_transcript, press_release_issuer, speaker_after_quote, speaker_label, split_coordinated,
                               weak_mentions)


def test_gold_mentions_prefer_aliases_then_pronouns():
    actors = {"Trump Administration": ["the administration", "Trump Administration"],
              "White House": ["White House"], "State Department": ["State Department", "State Dept"]}
    text = "White House and State Department officials are reiterating that they have no interest."
    spans = find_gold_mentions(text, ["White House", "State Department"], actors)
    assert [text[s:e] for s, e in spans] == ["White House", "State Department"]
    text2 = "Instead, they are trying to condition the start."
    assert [text2[s:e] for s, e in find_gold_mentions(text2, ["Trump Administration"], actors)] == ["they"]
    assert find_gold_mentions("“Our position is clear.”", ["State Department"], actors) == []
    assert find_gold_mentions("Anything.", ["NONE"], actors) == []


def test_decode_bio_merges_word_pieces_and_widens():
    text = "The State Department said so."
    # tokens: The, State, Depart, ##ment, said, so, .
    offsets = [(0, 3), (4, 9), (10, 16), (16, 20), (21, 25), (26, 28), (28, 29)]
    tags = [1, 2, 2, 0, 0, 0, 0]  # a tail piece tagged O is still part of the word
    (m,) = decode_bio(tags, offsets, text)
    assert (m.text, m.start, m.end) == ("The State Department", 0, 20)
    two = decode_bio([1, 0, 0, 0, 0, 1, 0], offsets, text)
    # A lone determiner is never a holder: it takes the name after it (issue 14).
    assert [x.text for x in two] == ["The State Department", "so"]


def test_reference_or_name():
    assert is_reference("they") and is_reference("the administration") and is_reference("officials")
    assert not is_reference("The State Department") and not is_reference("Pyongyang")
    assert display_form("The State Department") == "State Department"
    assert display_form("Beijing’s") == "Beijing"


def m(text, sentence):
    i = sentence.index(text)
    return Mention(i, i + len(text), text)


def test_resolver_pronoun_description_and_quote_continuation():
    r = HolderResolver()
    s0 = "Sen. Maria Lopez said the bill would fail."
    (h0,) = r.resolve(0, "attribution", "ACTOR", [m("Sen. Maria Lopez", s0)])
    assert h0.holder == "Maria Lopez"  # the name, without the title (issue 14)
    s1 = "She added that talks could resume only if the deal held."
    (h1,) = r.resolve(1, "condition", "ACTOR", [m("She", s1)])
    assert h1.holder == "Maria Lopez" and h1.antecedent_sentence_id == 0
    (h2,) = r.resolve(2, "attribution", "ACTOR", [])  # continuing quote, no mention
    assert h2.holder == "Maria Lopez"
    assert [h.holder for h in r.resolve(3, "opinion", "ACTOR", [])] == ["AUTHOR"]
    assert [h.holder for h in r.resolve(4, "claim", "NONE", [])] == ["NONE"]
    s5 = "Lopez later denied it."
    (h5,) = r.resolve(5, "attribution", "ACTOR", [m("Lopez", s5)])
    assert h5.holder == "Maria Lopez"  # fullest earlier form


def test_resolver_description_matches_named_head():
    r = HolderResolver()
    r.resolve(0, "attribution", "ACTOR", [m("Foreign Ministry", "The Foreign Ministry said.")])
    r.resolve(1, "attribution", "ACTOR", [m("Acme Corp", "Acme Corp said.")])
    (h,) = r.resolve(2, "attribution", "ACTOR", [m("the ministry", "Later the ministry said.")])
    assert h.holder == "Foreign Ministry"


def test_resolver_without_antecedent_gives_none():
    r = HolderResolver()
    assert [h.holder for h in r.resolve(0, "attribution", "ACTOR", [m("they", "they said")])] == ["NONE"]


def test_bio_reopened_span_is_joined_and_scored():
    text = "The South Korean Supreme Court ruled."
    offsets = [(0, 3), (4, 9), (10, 16), (17, 24), (25, 30), (31, 36), (36, 37)]
    (m,) = decode_bio([1, 1, 2, 2, 2, 0, 0], offsets, text, probs=[0.6, 0.9, 0.9, 0.9, 0.9, 0.1, 0.0])
    assert m.text == "The South Korean Supreme Court" and m.score == pytest.approx(0.84)


def test_select_mentions_drops_weak_fragments():
    strong, weak, other = Mention(0, 5, "Aisha", 0.95), Mention(10, 17, "Medical", 0.55), Mention(20, 25, "Dept", 0.9)
    assert select_mentions([strong, weak]) == [strong]
    assert select_mentions([strong, other]) == [strong, other]  # coordinated holders both stay
    assert select_mentions([weak]) == [weak]


def test_display_form_keeps_the_name():
    assert display_form("E.U. tech commissioner Annika Roos") == "Annika Roos"
    assert display_form("The developer, Harbor Crest Partners") == "Harbor Crest Partners"
    assert display_form("Bank of Canada") == "Bank of Canada"
    assert display_form("U.K. government") == "U.K. government"


def test_coordinated_names_become_two_holders():
    r = HolderResolver()
    s0 = "White House and State Department officials said no."
    hs = r.resolve(0, "attribution", "ACTOR", [m("White House and State Department", s0)])
    assert [h.holder for h in hs] == ["White House", "State Department"]
    s1 = "The State Department said later."
    assert [h.holder for h in r.resolve(1, "attribution", "ACTOR", [m("The State Department", s1)])] == [
        "State Department"]


def test_snap_mention_gives_whole_names():
    from classifier.holders import snap_mention

    cases = [("The Kestrel Review published the memo.", "The", "The Kestrel Review"),
             ("De la Fuente said observers had left.", "Fuente", "De la Fuente"),
             ("Col. Samuel Deng said no.", "Col", "Col. Samuel Deng"),
             ("Kyiv agreed, according to Dnipro News Agency.", "Dnipro", "Dnipro News Agency"),
             ("In his ruling, von Altenburg said the firms erred.", "von", "von Altenburg")]
    for text, piece, whole in cases:
        i = text.index(piece)
        s, e = snap_mention(text, i, i + len(piece))
        assert text[s:e] == whole
    headline = "Sudan Truce Talks Stall As Army Says No"  # title case: no growth
    assert snap_mention(headline, 0, 5) == (0, 5)


def test_display_form_strips_titles_and_keeps_descriptions():
    assert display_form("Finance Minister Jean-Luc Moreau") == "Jean-Luc Moreau"
    assert display_form("US Secretary of State Antony Blinken") == "Antony Blinken"
    assert display_form("official Xinlu news agency") == "Xinlu news agency"
    assert display_form("A senior European Union official") == "Senior European Union official"
    assert display_form("Ministry of Defence") == "Ministry of Defence"
    assert display_form("President") == "President"


def test_relayed_quote_is_held_by_the_speaker():
    r = HolderResolver()
    text = "The agency Nordwire quoted border guard chief Mikko Laaksonen as saying crossings had stopped."
    hs = r.resolve(0, "attribution", "ACTOR", [m("Nordwire", text)], text)
    assert [h.holder for h in hs] == ["Mikko Laaksonen"]
    text2 = "Kyiv will agree only if strikes stop, according to Dnipro News Agency."
    hs = r.resolve(1, "condition", "ACTOR", [m("Kyiv", text2), m("Dnipro News Agency", text2)], text2)
    assert [h.holder for h in hs] == ["Kyiv"]  # a relayed condition: the party that sets it
    text3 = "The army will open the crossing, according to Dnipro News Agency."
    hs = r.resolve(2, "attribution", "ACTOR", [m("The army", text3), m("Dnipro News Agency", text3)], text3)
    assert [h.holder for h in hs] == ["Dnipro News Agency"]


def test_pronouns_agree_with_their_antecedent():
    r = HolderResolver()
    s0 = "Ewa Nowak said she expected a cut, while Jan Sikora said he did not."
    r.resolve(0, "attribution", "ACTOR", [m("Ewa Nowak", s0), m("Jan Sikora", s0)], s0)
    s1 = "She had called for a cut of half a point."
    assert [h.holder for h in r.resolve(1, "attribution", "ACTOR", [m("She", s1)], s1)] == ["Ewa Nowak"]
    s2 = "Vodex Telecom was fined by regulator chief Anna Berg."
    r.resolve(2, "claim", "ACTOR", [m("Vodex Telecom", s2)], s2)
    s3 = "It said it would appeal."
    assert [h.holder for h in r.resolve(3, "attribution", "ACTOR", [m("It", s3)], s3)] == ["Vodex Telecom"]


def test_no_carry_over_onto_bullets_and_background():
    r = HolderResolver()
    s0 = "“We will not sign,” Lena Ortiz said."
    r.resolve(0, "attribution", "ACTOR", [m("Lena Ortiz", s0)], s0)
    assert [h.holder for h in r.resolve(1, "attribution", "ACTOR", [], "• Polls close at 6 p.m.")] == ["NONE"]
    assert [h.holder for h in r.resolve(2, "claim", "ACTOR", [], "Turnout was 71 percent.")] == ["NONE"]


def test_quote_continuation_keeps_speaker_and_label():
    r = HolderResolver()
    s0 = "“We are ready,” said Lena Ortiz. “The port must move first."
    r.resolve(0, "condition", "ACTOR", [m("Lena Ortiz", s0)], s0)
    hs = r.resolve(1, "claim", "NONE", [], "Patients are sleeping in corridors.”")
    assert [h.holder for h in hs] == ["Lena Ortiz"] and r.label == "attribution"


def test_coordinated_list_and_shared_head():
    r = HolderResolver()
    s0 = "France, Germany and Italy said they would not recognise it."
    assert [h.holder for h in r.resolve(0, "attribution", "ACTOR", [m("France, Germany and Italy", s0)], s0)] == [
        "France", "Germany", "Italy"]
    s1 = "White House and State Department officials said no."
    assert [h.holder for h in r.resolve(1, "attribution", "ACTOR",
                                         [m("White House and State Department officials", s1)], s1)] == [
        "White House", "State Department"]


def run(units, resolver=None):
    """Resolve (text, label, kind, [mention texts]) units in order; holders per unit."""
    r = resolver or HolderResolver()
    return [[h.holder for h in r.resolve(i, label, kind, [m(x, text) for x in ms], text)]
            for i, (text, label, kind, ms) in enumerate(units)]


def test_weak_mention_stands_in_when_the_tagger_marks_nothing():
    text = "He stressed that Madrid would not block it."
    offsets = [(0, 2), (3, 11), (12, 16), (17, 23)]
    found = weak_mentions([0.31, 0.05, 0.01, 0.12], offsets, text)
    assert [x.text for x in found] == ["He"]
    assert weak_mentions([0.1, 0.05, 0.01, 0.12], offsets, text) == []
    r = HolderResolver()
    run([("Prime Minister Pedro Alvar arrived late.", "claim", "NONE", [])], r)
    assert [h.holder for h in r.resolve(1, "attribution", "ACTOR", [], text, found)] == ["Pedro Alvar"]


def test_names_inside_a_quote_are_not_its_speaker():
    out = run([("“The ministry has ignored every warning,” said Lotte Hansen, a spokeswoman.", "attribution", "ACTOR",
                ["The ministry", "Lotte Hansen"]),
               ("“Minister Frederiksen-Bay told us in May that the quotas were final.", "attribution", "ACTOR",
                ["Minister Frederiksen-Bay"])])
    assert out == [["Lotte Hansen"], ["Lotte Hansen"]]
    assert quoted_ranges("a “b” c") == [(2, 5)] and quoted_ranges("b.” said X", was_open=True) == [(0, 3)]


def test_speaker_named_after_the_quote_holds_it_throughout():
    trace = [(1, False), (1, True), (None, True)]
    assert speaker_after_quote(trace) == {0: 1}
    r = HolderResolver()
    run([("“The numbers are terrible.", "attribution", "ACTOR", []),
         ("There is no other word for them,” said Ingvild Aasen.", "attribution", "ACTOR", ["Ingvild Aasen"])], r)
    assert speaker_after_quote(r.trace) == {0: 1}
    revised = r.with_late_speakers([("claim", [ResolvedHolder("NONE")]), ("attribution", [ResolvedHolder("Ingvild Aasen")])],
                                   [10, 11])
    assert revised[0][0] == "attribution" and [h.holder for h in revised[0][1]] == ["Ingvild Aasen"]
    assert revised[0][1][0].antecedent_sentence_id == 11


def test_reporting_frame_names_the_speaker_not_the_content():
    text = "Kyiv will agree to a ceasefire only if it covers power plants, Deputy Minister Oksana Hrytsenko said, " \
           "according to Dnipro News Agency."
    assert run([(text, "condition", "ACTOR", ["Kyiv", "Deputy Minister Oksana Hrytsenko"])]) == [["Oksana Hrytsenko"]]
    text = "Flooding has displaced 40,000 people, the Tidewater Press Service reported on Monday."
    assert run([(text, "attribution", "ACTOR", [])]) == [["Tidewater Press Service"]]  # the frame, unmarked
    r = HolderResolver()
    assert [h.holder for h in r.resolve(0, "attribution", "ACTOR", [m("Flooding", text)], text)] == [
        "Tidewater Press Service"]
    text = "Peru's electoral authority, the JNE, has warned that blank ballots do not count."
    assert run([(text, "attribution", "ACTOR", ["Peru's electoral authority"])]) == [["JNE"]]
    text = "Under changes announced by Education Minister Hamish Corrigan, grants will go only to teams with partners."
    assert run([(text, "condition", "ACTOR", ["Under changes"])]) == [["Hamish Corrigan"]]
    text = "The ruling party will not field a candidate, according to Steppe News Agency."
    assert run([(text, "attribution", "ACTOR", ["The ruling party"])]) == [["Steppe News Agency"]]


def test_transcript_speaker_labels_but_not_genre_labels():
    transcript = HolderResolver(transcript=True)
    assert run([("RAHIMI: It’s exactly what it says.", "attribution", "ACTOR", ["It"])], transcript) == [["Rahimi"]]
    text = "Question (Sidhant Rao, Bharat Today): Will India raise the issue?"
    assert run([(text, "attribution", "ACTOR", [])], HolderResolver(transcript=True))[0] != ["Question"]
    f = reporting_frame(text, transcript=True)
    assert text[f[0]:f[1]] == "Sidhant Rao"
    assert reporting_frame("Editorial: The city should pay its bills", transcript=True) is None
    # outside a transcript a headline's "Topic:" is no speaker
    assert run([("Brexit: Johnson says deal is close", "attribution", "ACTOR", ["Johnson"])]) == [["Johnson"]]


def test_every_name_is_a_candidate_for_later_pronouns_and_descriptions():
    out = run([("Senator Grace Whitlock questioned Treasury official Mark Dunleavy for three hours.", "claim", "NONE", []),
               ("She said afterwards that his answers had been evasive.", "attribution", "ACTOR", ["She"])])
    assert out[1] == ["Grace Whitlock"]
    out = run([("Defence Minister Rafael Azcona and Foreign Minister Lucía Benavides will travel to Brussels.", "claim",
                "NONE", []),
               ("The foreign minister said Spain would propose a joint fund.", "attribution", "ACTOR",
                ["The foreign minister"])])
    assert out[1] == ["Lucía Benavides"]
    out = run([("Gov. Lorraine Whitcomb of Oregon signed an emergency order on Sunday.", "claim", "ACTOR",
                ["Gov. Lorraine Whitcomb of Oregon"]),
               ("The governor said 2,300 residents had been told to leave.", "attribution", "ACTOR", ["The governor"])])
    assert out == [["Lorraine Whitcomb"], ["Lorraine Whitcomb"]]
    assert [x.text for x in candidate_names("LONDON, June 24 (Meridian News) — Britain on Tuesday imposed sanctions.")] \
        == ["Britain"]


def test_possessors_modifiers_and_group_nouns_give_way_to_the_named_party():
    text = "North Korea’s state news agency, KCNA, called the arrangement a conspiracy."
    assert run([(text, "attribution", "ACTOR", ["North Korea’s", "KCNA"])]) == [["KCNA"]]
    text = "Turkey and Azerbaijan signed a deal on Saturday to build a pipeline."
    assert run([(text, "claim", "ACTOR", ["Turkey"])]) == [["Turkey", "Azerbaijan"]]
    text = "Economists at RBC and TD both said they now expect a cut in January."
    assert run([(text, "attribution", "ACTOR", ["Economists", "RBC", "TD"])]) == [["RBC", "TD"]]
    text = "Members of the Teachers' Union of England are walking out for three days."
    assert run([(text, "claim", "ACTOR", ["Members"])]) == [["Teachers' Union of England"]]
    text = "One of them, the Swedish audio company Klangbox, welcomed the ruling."
    assert run([(text, "attribution", "ACTOR", ["Swedish", "company Klangbox"])]) == [["Klangbox"]]
    assert display_form("Senate Majority Leader Carl Brandt (R-Kan.)") == "Carl Brandt"
    assert display_form("Mumbai-based Sagarika Ship Management") == "Sagarika Ship Management"


def test_coordinated_speakers_in_a_frame_all_hold_it():
    text = "The World Bank, the IMF and the African Development Bank said in a joint report that the debt was too high."
    assert run([(text, "attribution", "ACTOR", ["The World Bank", "the IMF", "the African Development Bank"])]) == [
        ["World Bank", "IMF", "African Development Bank"]]
    text = "Teachers and nurses will strike on Thursday, the Public Service Union and the Nurses' Guild said."
    assert run([(text, "attribution", "ACTOR", [])]) == [["Public Service Union", "Nurses' Guild"]]
    text = "Council members Ana Ruiz and Kevin Tan said they would vote for it only if the team signed."
    assert run([(text, "condition", "ACTOR", ["Council members Ana Ruiz", "Kevin Tan"])]) == [["Ana Ruiz", "Kevin Tan"]]


def test_transcript_turns_belong_to_their_speaker():
    units = ["KESSLING: We will hire forty officers next year.", "That is the plan.",
             "RAHIMI: First we hire, then we cap.", "Q: Will you raise taxes?", "A: No.",
             "Editor's note: the debate was edited for length."]
    assert is_transcript(units)
    assert not is_transcript(["State Dept: US wants denuclearization first", "The talks resume on Monday."])
    assert not is_transcript(["Egypt: Cairo wants a binding deal.", "Ethiopia: Addis Ababa rejects it."])
    r = HolderResolver(transcript=True)
    out, labels = [], []
    for i, text in enumerate(units):
        ms = [m(text.split(":")[0], text)] if text[:1].isupper() and text.split(":")[0].isupper() else []
        out.append([h.holder for h in r.resolve(i, "claim", "NONE", ms, text)])
        labels.append(r.label)
    assert out[:5] == [["Kessling"], ["Kessling"], ["Rahimi"], ["Reporter"], ["Rahimi"]]
    assert labels[1] == "attribution" and out[5] == ["NONE"]


def test_an_unnamed_spokesperson_speaks_for_the_institution():
    text = "A State Department spokesperson said Washington would fund the mission."
    assert run([(text, "attribution", "ACTOR", ["A State Department spokesperson"])]) == [["State Department"]]
    assert split_coordinated("Office of Management and Budget") == ["Office of Management and Budget"]


def test_review_cases_ordinary_wire_copy():
    """Cases a review found: a closed quote does not leak, clauses are not speakers, group
    nouns and lone surnames are not each other, names followed by a verb are not demonyms."""
    units = [("Smith said: “We will not back down.", "attribution", "ACTOR", ["Smith"]),
             ("“This is our land,” he added.", "attribution", "ACTOR", []),
             ("The ministry said it would appeal.", "attribution", "ACTOR", ["The ministry"]),
             ("Prices rose 3% in May, the statistics office said.", "attribution", "ACTOR", [])]
    assert run(units) == [["Smith"], ["Smith"], ["Ministry"], ["Statistics office"]]
    assert reporting_frame("Smith, 54, said the deal was dead.") is None
    for text, speaker in (("Turnout was low, said officials.", "officials"),
                          ("The outlook is weak, said analysts at Jefferies.", "analysts at Jefferies"),
                          ("Russia said Ukraine was to blame, a claim Kyiv denied.", "Russia")):
        f = reporting_frame(text)
        assert text[f[0]:f[1]] == speaker
    assert reporting_frame("The decision was welcomed by the United Nations.") is None
    assert run([("Nokia said sales rose.", "attribution", "ACTOR", ["Nokia"]),
                ("Analysts said the outlook was weak.", "attribution", "ACTOR", ["Analysts"])]) == [["Nokia"], ["Analysts"]]
    assert run([("Xi praised Putin for his leadership.", "claim", "ACTOR", ["Xi", "Putin"])]) == [["Xi", "Putin"]]


def test_vague_sources_are_the_writers_claim_but_figures_from_a_party_are_its():
    r = HolderResolver()
    assert [h.holder for h in r.resolve(0, "attribution", "ACTOR", [], "Inflation fell, according to official figures.")] \
        == ["NONE"] and r.label == "claim"
    text = "Tankers carried 61 percent of exports, according to figures from ShipTrace Analytics."
    assert run([(text, "attribution", "ACTOR", [])]) == [["ShipTrace Analytics"]]
    assert display_form("Cllr Helen Marsh") == "Helen Marsh"


def test_an_institution_description_refers_only_to_a_party_named_with_it():
    out = run([("Union No. 2 voted to strike at the Cerro Alto mine.", "claim", "ACTOR", ["Union No. 2"]),
               ("The ministry has mediated three disputes this year.", "claim", "ACTOR", ["The ministry"])])
    assert out[1] == ["Ministry"]
    out = run([("Chile's Labour Ministry called both sides to talks.", "attribution", "ACTOR", ["Chile's Labour Ministry"]),
               ("The ministry said talks would resume.", "attribution", "ACTOR", ["The ministry"])])
    assert out[1] == out[0]


def test_a_business_description_finds_the_business_and_a_group_noun_gives_way_to_a_marked_party():
    out = run([("Brightwell Foods Ltd. was fined by the Trade Standards Authority on Tuesday.", "claim", "ACTOR",
                ["Brightwell Foods Ltd.", "the Trade Standards Authority"]),
               ("In a statement, the Leeds-based company said it would appeal.", "attribution", "ACTOR", ["company"])])
    assert out[1] == ["Brightwell Foods Ltd."]
    text = "Members of the regional planning committee said they would approve it only with a bus lane."
    assert run([(text, "condition", "ACTOR", ["Members", "the regional planning committee"])]) == [
        ["Regional planning committee"]]
    # a bare plural still refers to no one named earlier
    out = run([("Halvorsen Bank cut its rate.", "claim", "ACTOR", ["Halvorsen Bank"]),
               ("Analysts said more cuts would follow.", "attribution", "ACTOR", ["Analysts"])])
    assert out[1] == ["Analysts"]


def test_one_noun_phrase_marked_in_two_is_one_holder():
    text = "The U.S. government has criticised the levy as unfair to American firms."
    assert run([(text, "attribution", "ACTOR", ["The U.S.", "government"])]) == [["U.S. government"]]
    text = "Norway’s fisheries ministry said quotas would be cut only if the survey confirmed the decline."
    assert run([(text, "condition", "ACTOR", ["Norway’s", "fisheries ministry"])]) == [["Norway’s fisheries ministry"]]
    # a place in a name is no description, and "own" is no party
    text = "Its lead envoy, Dr. Marie Kouassi of Côte d'Ivoire, told reporters the fund was too small."
    assert run([(text, "attribution", "ACTOR", ["Dr. Marie Kouassi of Côte", "d'Ivoire"])]) == [["Marie Kouassi"]]
    text = "The Foreign Office’s own review, published on Friday, warns that the cuts will hurt."
    assert run([(text, "attribution", "ACTOR", ["The Foreign Office’s", "own"])]) == [["Foreign Office"]]
    assert display_form("the Russian Embassy in London") == "Russian Embassy in London"


def test_a_role_before_the_speakers_name_is_not_a_second_speaker():
    # "spokesperson", "senior", "secretary" start with an s: a role is recognised whole
    text = "Official Spokesperson, Shri Anil Mehra: Good morning, and thank you for coming."
    assert run([(text, "attribution", "ACTOR", ["Official Spokesperson", "Shri Anil Mehra"])]) == [["Anil Mehra"]]


def test_a_bullet_or_arrow_is_no_part_of_a_mention():
    text = "→ He stressed that Lisbon would not block the deal."
    found = decode_bio([1, 1, 0, 0], [(0, 1), (2, 4), (5, 13), (14, 18)], text)
    assert [x.text for x in found] == ["He"]
    out = run([("Portugal's prime minister arrived late.", "attribution", "ACTOR", ["Portugal's prime minister"]),
               (text, "attribution", "ACTOR", ["He"])])
    assert out[1] == out[0]


def test_an_unnamed_source_is_the_whole_description():
    text = "The carrier will cut 900 jobs, a company executive said."
    assert run([(text, "attribution", "ACTOR", ["The carrier", "company"])]) == [["Company executive"]]
    text = "Troops have left the town, a military source told the Vesna News Agency."
    assert run([(text, "attribution", "ACTOR", ["Troops", "military"])]) == [["Military source"]]
    text = "A nurse at the city's largest clinic, who spoke on condition of anonymity, said beds had run out."
    assert run([(text, "attribution", "ACTOR", ["A nurse at the city's largest clinic", "city"])]) == [
        ["Nurse at the city's largest clinic"]]


def test_relayed_statements_keep_their_speaker():
    text = "The council will not renew the contract, party whip Oyuna Dorj said, according to Altai News Agency."
    assert run([(text, "attribution", "ACTOR", ["The council", "Oyuna Dorj", "Altai News Agency"])]) == [["Oyuna Dorj"]]
    text = ("Chad's deputy water minister, Idriss Saleh, said the pumps would fail within a week unless spare parts "
            "arrived, the Sahel Press Agency reported.")
    assert run([(text, "condition", "ACTOR", ["Idriss Saleh", "the Sahel Press Agency"])]) == [["Idriss Saleh"]]
    text = "Talks will resume in Oslo, Interior Ministry spokeswoman Leila Farahani said, according to the Pars Wire."
    assert run([(text, "attribution", "ACTOR", ["Interior Ministry", "Leila Farahani"])]) == [["Leila Farahani"]]
    text = "The National Audit Office (NAO) said the scheme had overspent by a third."
    assert run([(text, "attribution", "ACTOR", ["The National Audit Office", "NAO"])]) == [["National Audit Office"]]
    assert display_form("the Kremlin-backed Volga Press Agency") == "Volga Press Agency"
    out = run([("The official Ostrava news agency quoted Deputy Premier Jana Novakova as saying exports would rise.",
                "attribution", "ACTOR", ["The official Ostrava news agency", "Deputy Premier Jana Novakova"]),
               ("Novakova spoke at a fair in Brno, the agency said.", "attribution", "ACTOR", [])])
    assert out == [["Jana Novakova"], ["Ostrava news agency"]]


def test_an_institution_named_with_and_stays_whole():
    assert split_coordinated("Competition and Markets Tribunal") == ["Competition and Markets Tribunal"]
    assert split_coordinated("Food and Drug Administration") == ["Food and Drug Administration"]
    assert split_coordinated("Labour and the Green Party") == ["Labour", "Green Party"]
    assert split_coordinated("France and Germany") == ["France", "Germany"]


def test_a_given_name_helps_choose_between_a_man_and_a_woman():
    from classifier.given_names import name_gender

    assert name_gender("Francesca Bruni") == "f" and name_gender("Matteo Galli") == "m"
    assert name_gender("Andrea Conti") is None  # either, by country
    assert name_gender("Darya Sokolova") == "f" and name_gender("Tom Sokolowski") == "m"
    assert name_gender("Kim Ostrowski") is None  # a male surname form says nothing on its own
    out = run([("Francesca Bruni, the club's president, met coach Matteo Galli on Monday.", "claim", "NONE", []),
               ("He said the squad needed two new defenders.", "attribution", "ACTOR", ["He"])])
    assert out[1] == ["Matteo Galli"]
    # the last speaker still comes before a name-guessed match
    out = run([("“We will appeal,” said Mirela Vukas.", "attribution", "ACTOR", ["Mirela Vukas"]),
               ("The ruling was written by Judge Hannah Cole.", "claim", "NONE", []),
               ("“It is not over,” she said.", "attribution", "ACTOR", ["she"])])
    assert out[2] == ["Mirela Vukas"]


def test_figures_from_a_party_described_after_it_are_still_its():
    text = ("Grain exports fell by a fifth in June, according to figures from Corvale Analytics, "
            "a Rotterdam-based data firm.")
    assert run([(text, "attribution", "ACTOR", ["Grain exports"])]) == [["Corvale Analytics"]]


def test_religious_titles_and_the_given_name_jan():
    assert display_form("Archbishop Samuel Mwangi of Mombasa") == "Samuel Mwangi"
    assert display_form("Rabbi Miriam Adler") == "Miriam Adler"
    names = [c.text for c in candidate_names("Governor Jan Kowal met officials on Jan. 5 in Gdańsk.")]
    assert "Governor Jan Kowal" in names and not any(n.startswith("Jan.") for n in names)


def test_a_mention_marked_into_the_verb_stops_at_the_speaker():
    out = run([("Defence Secretary Lina Ortega arrived on Monday.", "claim", "ACTOR", ["Defence Secretary Lina Ortega"]),
               ("Ortega all but acknowledged as much in an interview on Tuesday.", "attribution", "ACTOR", ["Ortega all"])])
    assert out[1] == ["Lina Ortega"]


def test_names_with_particles_and_institutions_named_with_a_title_word():
    assert display_form("Mayor Ana Paula dos Reis") == "Ana Paula dos Reis"
    assert display_form("Sheikh Khalid bin Hamad Al-Thani") == "Khalid bin Hamad Al-Thani"
    assert display_form("The Directorate General of Shipping") == "Directorate General of Shipping"
    assert display_form("Secretary of State Maria Lund") == "Maria Lund"


def test_a_role_marked_alone_takes_the_name_it_introduces():
    s0 = "Regulator chief Malik Osei fined Harrow Shipping on Monday."
    r = HolderResolver()
    (h,) = r.resolve(0, "claim", "ACTOR", [Mention(0, 9, "Regulator")], s0)
    assert h.holder == "Malik Osei"
    s1 = "Central bank governor Ana Lenk kept rates on hold."
    j = s1.index("governor")
    (h,) = HolderResolver().resolve(0, "claim", "ACTOR", [Mention(j, j + 8, "governor")], s1)
    assert h.holder == "Ana Lenk"
    # a mention that already names someone is left alone
    s2 = "Prime Minister Ivo Berg and opposition leader Sara Lind said the vote would go ahead."
    hs = HolderResolver().resolve(0, "attribution", "ACTOR", [m("Prime Minister Ivo Berg", s2),
                                                                m("opposition leader Sara Lind", s2)], s2)
    assert [h.holder for h in hs] == ["Ivo Berg", "Sara Lind"]


def test_an_adjective_of_origin_is_no_antecedent_for_they():
    r = HolderResolver()
    s0 = "Kenyan police arrested Canadian journalist Paul Roy in Nairobi on Monday."
    r.resolve(0, "claim", "ACTOR", [m("Kenyan police", s0)], s0)
    s1 = "They said on Tuesday that he had no press accreditation."
    (h,) = r.resolve(1, "attribution", "ACTOR", [m("They", s1)], s1)
    assert h.holder == "Kenyan police"


def test_a_persons_post_in_an_apposition_is_no_second_holder():
    s = "Kim Do-yun, vice-minister of Trade of the ROK, said the talks would resume."
    hs = HolderResolver().resolve(0, "attribution", "ACTOR", [m("Kim Do-yun", s), m("vice-minister of Trade", s),
                                                              m("ROK", s)], s)
    assert [h.holder for h in hs] == ["Kim Do-yun"]


def test_one_of_them_speaks_for_the_group():
    r = HolderResolver()
    s0 = "Two officials briefed on the talks said the draft was nearly done."
    r.resolve(0, "attribution", "ACTOR", [m("Two officials briefed on the talks", s0)], s0)
    s1 = "One of them said a final text could come by Friday."
    (h,) = r.resolve(1, "attribution", "ACTOR", [m("One of them", s1)], s1)
    assert h.holder != "Of them" and h.antecedent_sentence_id == 0


def run_late(units, r=None):
    """Like :func:`run`, then the article-level revision (:meth:`HolderResolver.with_late_speakers`)."""
    r = r or HolderResolver()
    resolved = [(label, r.resolve(i, label, kind, [m(x, text) for x in ms], text))
                for i, (text, label, kind, ms) in enumerate(units)]
    return [[h.holder for h in hs] for _, hs in r.with_late_speakers(resolved, list(range(len(units))))]


def test_a_headline_title_is_the_person_the_article_names_with_it():
    out = run_late([("Judge orders county to reopen clinic", "claim", "ACTOR", ["Judge"]),
                    ("U.S. District Judge Rosa Delgado ruled on Friday that the clinic must reopen.", "claim",
                     "ACTOR", ["U.S. District Judge Rosa Delgado"])])
    assert out[0] == ["Rosa Delgado"]


def test_they_takes_the_pair_named_just_before_over_one_party():
    out = run([("The Transport Ministry fined Alder Rail and Kestrel Buses on Monday for late services.", "claim",
                "ACTOR", ["The Transport Ministry"]),
               ("They said they would appeal.", "attribution", "ACTOR", ["They"])])
    assert out[1] == ["Alder Rail", "Kestrel Buses"]


def test_a_union_of_two_trades_is_one_body():
    assert split_coordinated("The Rail and Maritime Workers Union") == ["The Rail and Maritime Workers Union"]
    assert split_coordinated("Ford and the Auto Workers Union") == ["Ford", "Auto Workers Union"]


def test_a_description_in_apposition_is_not_a_second_holder():
    assert split_coordinated("Chile's finance minister, Rosa Vial") == ["Chile's finance minister, Rosa Vial"]
    assert split_coordinated("Chile, Peru and Bolivia") == ["Chile", "Peru", "Bolivia"]
    s = "Chile's finance minister, Rosa Vial, said the budget would balance by 2028."
    (h,) = HolderResolver().resolve(0, "attribution", "ACTOR", [m("Chile's finance minister, Rosa Vial", s)], s)
    assert h.holder == "Rosa Vial"


def test_a_dateline_with_a_state_is_no_party_and_a_cut_description_is_completed():
    s = "TUCSON, Ariz. — Two people familiar with the audit said it would be published in May."
    hs = HolderResolver().resolve(0, "attribution", "ACTOR", [m("TUCSON, Ariz.", s),
                                                              m("Two people familiar with the", s)], s)
    assert [h.holder for h in hs] == ["Two people familiar with the audit"]


def test_a_judge_first_unnamed_is_the_judge_named_later():
    out = run_late([("DENVER — A federal judge on Monday blocked the state's new map.", "claim", "ACTOR",
                     ["A federal judge"]),
                    ("U.S. District Judge Carla Mendes wrote that the map split three towns.", "attribution",
                     "ACTOR", ["U.S. District Judge Carla Mendes"]),
                    ("The judge also ordered a hearing in June.", "claim", "ACTOR", ["The judge"])])
    assert out == [["Carla Mendes"]] * 3


def test_both_sides_are_the_pair_just_named():
    out = run([("Ghana and Togo reopened their border on Monday after a two-week closure.", "claim", "ACTOR",
                ["Ghana and Togo"]),
               ("Officials from both countries said patrols would continue.", "attribution", "ACTOR",
                ["Officials from both countries"])])
    assert out[1] == ["Ghana", "Togo"]


def test_a_capital_speaking_for_its_government_is_the_country_the_article_names():
    s1 = ("Ankara said it would send a delegation in March.", "attribution", "ACTOR", ["Ankara"])
    out = run_late([("Greece and Turkey agreed on Monday to resume talks on the continental shelf.", "claim",
                     "ACTOR", ["Greece and Turkey"]), s1])
    assert out[1] == ["Turkey"]
    # a capital whose country the article never names stays as written
    assert run_late([s1]) == [["Ankara"]]


def test_a_description_cut_before_its_object_and_a_lone_modifier_are_completed():
    s = "Three people close to the inquiry said the report would be delayed until spring."
    assert run([(s, "attribution", "ACTOR", ["Three people close to", "inquiry"])]) == [
        ["Three people close to the inquiry"]]
    s = "A retired colleague of the mayor, who declined to be named, described her as stubborn."
    assert run([(s, "attribution", "ACTOR", ["retired"])]) == [["Retired colleague of the mayor"]]
    s = "A former senior official said the plan had been shelved."
    assert run([(s, "attribution", "ACTOR", ["former"])]) == [["Former senior official"]]
    # a pronoun stays a pronoun, and a modifier with no person after it is left alone
    s = "He told officials the vote would pass."
    assert run([("Senator Ada Brenn spoke first.", "claim", "NONE", []),
                (s, "attribution", "ACTOR", ["He"])])[1] == ["Ada Brenn"]


def test_a_short_first_name_is_no_initials_and_a_document_is_not_its_issuer():
    # "U.S."/"EU" before a title are initials; "Kim", "Ri", "Al", "Ram" begin a name
    assert display_form("Kim Yong Su") == "Kim Yong Su"
    assert display_form("Ri Chol Ho") == "Ri Chol Ho"
    assert display_form("Al Noor Shipping Services") == "Al Noor Shipping Services"
    assert display_form("U.S. Ambassador Tom Ray") == "Tom Ray"
    assert display_form("EU Commissioner Ana Lind") == "Ana Lind"
    # "according to a Treasury statement": the Treasury holds it
    assert display_form("a Treasury statement") == "Treasury"
    assert display_form("the Statistics Office report") == "Statistics Office"
    assert display_form("Annual Report") == "Annual Report"


def test_a_first_person_claim_with_no_party_marked_is_the_writers():
    # the kind head says a party holds it but the tagger marked none: the writer does
    s = "We are back at work on Monday, whatever the board decides."
    assert run([(s, "claim", "ACTOR", [])]) == [["AUTHOR"]]


def test_a_post_then_the_person_after_a_comma_is_one_holder():
    assert split_coordinated("Chief Negotiator, Dr Mara Ilic") == ["Chief Negotiator, Dr Mara Ilic"]
    assert display_form("Official Spokesperson, Shri Anil Verma") == "Anil Verma"
    assert split_coordinated("Kenya, Uganda") == ["Kenya", "Uganda"]


def test_according_to_unnamed_figures_is_the_writers_claim():
    r = HolderResolver()
    s = "Exports fell 4 percent in May, according to preliminary figures."
    assert [h.holder for h in r.resolve(0, "attribution", "ACTOR", [m("preliminary", s)], s)] == ["NONE"]
    assert r.label == "claim"
    # a named issuer, or a reporting verb before, keeps the attribution
    r = HolderResolver()
    s = "Exports fell 4 percent in May, according to figures from the Trade Ministry."
    assert [h.holder for h in r.resolve(0, "attribution", "ACTOR", [m("Trade Ministry", s)], s)] == ["Trade Ministry"]
    assert r.label == "attribution"


def test_unnamed_data_and_reportedly_are_vague_sources():
    r = HolderResolver()
    s = "Freight rates doubled in a month, according to shipping industry data."
    assert [h.holder for h in r.resolve(0, "attribution", "ACTOR", [], s)] == ["NONE"] and r.label == "claim"
    r = HolderResolver()
    s = "Oslo reportedly favours a slower phase-out of the subsidy."
    assert [h.holder for h in r.resolve(0, "attribution", "ACTOR", [m("Oslo", s)], s)] == ["Oslo"]
    assert r.label == "claim"
    r = HolderResolver()
    s = "Oslo reportedly told partners it favours a slower phase-out."
    r.resolve(0, "attribution", "ACTOR", [m("Oslo", s)], s)
    assert r.label == "attribution"


def test_a_question_in_a_turn_is_an_attribution_and_a_stated_precondition_a_condition():
    units = ["MODERATOR: Welcome back to the programme.", "OKAFOR: We sign only if the levy is dropped.",
             "MODERATOR: Would you sign if the levy stayed?", "OKAFOR: No."]
    assert is_transcript(units)
    r = HolderResolver(transcript=True)
    labels = []
    for i, text in enumerate(units):
        r.resolve(i, "condition", "ACTOR", [m(text.split(":")[0], text)], text)
        labels.append(r.label)
    assert labels[1] == "condition" and labels[2] == "attribution"


def test_an_acronym_in_brackets_after_a_name_is_no_part_of_it():
    assert display_form("the Food Standards Agency (FSA)") == "Food Standards Agency"
    assert display_form("Northvale Water Authority (NWA") == "Northvale Water Authority"  # cut by the tagger
    assert split_coordinated("Competition and Markets Authority (CMA)") == ["Competition and Markets Authority"]
    assert display_form("Q (Delorme") != "Q"  # a questioner's name in brackets is not an acronym


def test_a_questioner_named_in_brackets_holds_the_question():
    assert display_form("Q (Ostrowski") == "Ostrowski"
    assert display_form("Question (Lea Marr, Nordic Wire)") == "Lea Marr"


def test_a_capitalised_transcript_label_reads_as_a_name_keeping_acronyms():
    units = ["MAYOR ANA RUIZ: We will open the depot in May.", "NATO SPOKESMAN: The drills end on Friday."]
    r = HolderResolver(transcript=True)
    out = [[h.holder for h in r.resolve(i, "attribution", "ACTOR", [m(t.split(":")[0], t)], t)]
           for i, t in enumerate(units)]
    assert out[0] == ["Ana Ruiz"] and out[1][0].startswith("NATO")


def test_a_country_and_its_capital_in_one_unit_are_one_holder():
    out = run_late([("Greece and Turkey agreed on Monday to resume talks.", "claim", "ACTOR", ["Greece and Turkey"]),
                    ("Turkey: Ankara wants the talks held in Geneva.", "condition", "ACTOR", ["Turkey", "Ankara"])])
    assert out[1] == ["Turkey"]


def test_a_speaker_label_with_an_outlet_or_role_after_the_name_is_the_person():
    units = ["MARA VOSS, NORTH RADIO: Will the plant close?", "DEPUTY MAYOR: Not this year."]
    assert is_transcript(units)
    r = HolderResolver(transcript=True)
    hs = r.resolve(0, "attribution", "ACTOR", [m("MARA VOSS, NORTH RADIO", units[0])], units[0])
    assert [h.holder for h in hs] == ["Mara Voss"]


def test_she_is_never_a_country():
    # even the country that held the sentence before
    out = run([("Canada turned down the fisheries plan drafted by WTO mediator Rosa Quintero.", "claim", "ACTOR",
                ["Canada"]),
               ("She said a second draft would follow in spring.", "attribution", "ACTOR", ["She"])])
    assert out[1] == ["Rosa Quintero"]


def test_a_description_kept_with_the_name_does_not_hide_its_gender():
    # a description the name kept ("Sculptor") does not hide the given name's gender
    out = run([("Sculptor Maria Kovach sued her former agent, Peter Dunmore, last year.", "claim", "ACTOR",
                ["Sculptor Maria Kovach"]),
               ("He has said she agreed to the commission in writing.", "attribution", "ACTOR", ["He"])])
    assert out[1] == ["Peter Dunmore"]


def test_it_is_an_organisation_described_without_a_name_not_the_person_before():
    # "it" is never a person: an organisation the unit before describes without a name
    out = run([("Tomas Reyes, a retired nurse, complained to the county's water authority in May.", "attribution",
                "ACTOR", ["Tomas Reyes"]),
               ("It replied that the pipes would be checked.", "attribution", "ACTOR", ["It"])])
    assert [h.lower() for h in out[1]] == ["county's water authority"]


def test_they_after_a_pair_takes_the_pair_when_the_unit_before_was_given_one():
    # "they" after a pair takes the pair, also when the tagger gave the unit before one of them
    out = run([("Delegates of the Farmers Union and the Fishers Guild met the minister on Monday.", "claim", "ACTOR",
                ["Fishers Guild"]),
               ("They said afterwards that they would strike unless the levy was dropped.", "condition", "ACTOR",
                ["They"])])
    assert out[1] == ["Farmers Union", "Fishers Guild"]


def test_a_ministry_named_with_its_portfolios_is_one_name():
    assert split_coordinated("Ministry of Agriculture, Food and Forestry") == ["Ministry of Agriculture, Food and Forestry"]
    assert display_form("Chile's Ministry of Agriculture, Food and Forestry") == \
        "Chile's Ministry of Agriculture, Food and Forestry"
    assert split_coordinated("Ministry of Mines and Natural Gas") == ["Ministry of Mines and Natural Gas"]
    assert split_coordinated("Ministry of Defence and Foreign Office") == ["Ministry of Defence", "Foreign Office"]
    text = "Peru's Ministry of Mines and Natural Gas said on Friday that the licence was suspended."
    assert [c.text for c in candidate_names(text)] == ["Peru's Ministry of Mines and Natural Gas"]
    out = run([(text, "attribution", "ACTOR", ["Peru's Ministry of Mines and Natural Gas"]),
               ("The ministry said an audit would follow.", "attribution", "ACTOR", ["The ministry"])])
    assert out[1] == ["Peru's Ministry of Mines and Natural Gas"]


def test_an_unnamed_source_is_the_person_not_where_they_are_posted():
    out = run([("A European diplomat in Nairobi said the talks had stalled.", "attribution", "ACTOR",
                ["A European diplomat in Nairobi"])])
    assert out == [["European diplomat"]]


def test_a_group_keeps_the_word_that_says_whose_it_is():
    out = run([("Georgian coast guards towed the trawler into Poti on Sunday.", "claim", "ACTOR", ["coast guards"])])
    assert out == [["Georgian coast guards"]]
    # "they" after a group named so in the unit before; a bare plural later is no reference to it
    out = run([("The Chadian army said on Friday that Sudan-backed militias had crossed the border.", "attribution",
                "ACTOR", ["The Chadian army"]),
               ("They said they had seized two depots.", "attribution", "ACTOR", ["They"])])
    assert out[1] == ["Sudan-backed militias"]
    out = run([("Talks with Danish negotiators ran late.", "claim", "NONE", []),
               ("Negotiators said a deal was close.", "attribution", "ACTOR", ["Negotiators"])])
    assert out[1] == ["Negotiators"]


def test_a_family_name_first_finds_the_whole_name():
    out = run([("Vice Minister Park Seo-jun met the envoy on Monday.", "claim", "ACTOR", ["Vice Minister Park Seo-jun"]),
               ("Park said the talks would resume in May.", "attribution", "ACTOR", ["Park"])])
    assert out[1] == ["Park Seo-jun"]


def test_a_modifier_before_a_plural_group_takes_the_group():
    out = run([("Rep. Ana Ruiz, who chairs the House panel, wants answers.", "claim", "ACTOR", ["Rep. Ana Ruiz"]),
               ("The flood, which killed four people according to local officials, hit in May.", "claim", "ACTOR",
                ["local"])])
    assert out[1] == ["Local officials"]


def test_his_spokesperson_is_the_person_the_unit_names():
    out = run([("Prime Minister Tomas Lind will visit the flooded towns on Friday, his spokesman said.", "attribution",
                "ACTOR", ["his spokesman"])])
    assert out == [["Tomas Lind"]]


def test_time_zones_and_capitalised_furniture_are_no_parties():
    out = run([("FOR IMMEDIATE RELEASE", "claim", "NONE", []),
               ("The company will only extend the scheme if funding is renewed.", "condition", "ACTOR", ["The company"])])
    assert out[1] == ["Company"]  # an unnamed company, not "IMMEDIATE RELEASE"
    out = run([("Flooding in Bavaria", "claim", "NONE", []), ("14:05 GMT", "claim", "NONE", []),
               ("He said the dam would hold.", "attribution", "ACTOR", ["He"])])
    assert "GMT" not in out[2]


def test_a_title_before_of_describes_the_person_not_the_company():
    out = run([("“Orders have doubled,” said Mia Kroll, Chief Operating Officer of Northway Freight Systems.",
                "attribution", "ACTOR", ["Mia Kroll"]),
               ("The company will add a second shift only if demand holds.", "condition", "ACTOR", ["The company"])])
    assert out[1] == ["Northway Freight Systems"]


def test_a_description_does_not_run_on_into_the_sentence():
    text = "A Slovak Economy Ministry spokesperson on Friday urged Vienna to reopen the pipeline talks."
    out = run([(text, "attribution", "ACTOR", ["A Slovak Economy Ministry spokesperson"])])
    assert out == [["Slovak Economy Ministry"]]
    # a description still keeps its defining words
    text = "Two officials familiar with the plan said it was shelved."
    assert run([(text, "attribution", "ACTOR", ["Two officials"])]) == [["Two officials familiar with the plan"]]


def test_a_family_name_off_the_given_name_lists_finds_the_whole_name():
    out = run([("Spokesperson Tian Rui told reporters the drills were routine.", "attribution", "ACTOR",
                ["Spokesperson Tian Rui"]),
               ("The patrols will continue, Tian said.", "attribution", "ACTOR", ["Tian"])])
    assert out[1] == ["Tian Rui"]


def test_probe_cases_of_wire_court_and_uk_copy():
    # a speaker label with the speaker's role in brackets
    assert speaker_label("JONAS HALE (HOST): Welcome back.") == (0, 10)
    # post-nominal letters are no part of the name; a possessive "X's MP" is left alone
    assert display_form("Priya Raman KC") == "Priya Raman" and display_form("Wrexby's MP") == "Wrexby's MP"
    # a police force named after two places is one party
    assert split_coordinated("Avon and Somerset Police") == ["Avon and Somerset Police"]
    assert split_coordinated("Minister of Industry and Trade Tran Van Minh") == \
        ["Minister of Industry and Trade Tran Van Minh"]
    # "Dutch" before a noun is an adjective, not a party beside the speaker
    text = "A Dutch shipping executive paid a port official 90,000 euros, prosecutors said on Tuesday."
    assert run([(text, "attribution", "ACTOR", ["A Dutch", "prosecutors"])]) == [["Prosecutors"]]


def test_short_forms_titles_and_possessives_resolve_to_the_named_party():
    out = run([("Brantley Foods cut its forecast on Tuesday.", "claim", "ACTOR", ["Brantley Foods"]),
               ("Brantley said demand in Asia had slowed.", "attribution", "ACTOR", ["Brantley"])])
    assert out[1] == ["Brantley Foods"]  # a company's first word is its short form
    out = run([("Ohio senator blocks farm bill", "claim", "ACTOR", ["Ohio senator"]),
               ("Sen. Ruth Adair, R-Ohio, said the bill cost too much.", "attribution", "ACTOR", ["Sen. Ruth Adair"]),
               ("The senator said she would not move.", "attribution", "ACTOR", ["The senator"])])
    assert out[2] == ["Ruth Adair"]  # the named senator, not the headline's description
    out = run([("Health Minister Paul Okafor toured the ward on Monday.", "claim", "ACTOR",
                ["Health Minister Paul Okafor"]),
               ("His spokeswoman later said a review would follow.", "attribution", "ACTOR", ["His spokeswoman"])])
    assert out[1] == ["Paul Okafor"]  # "his" from the unit before
    text = "Minister of Industry and Trade Tran Van Minh said the plant would open in May."
    assert run([(text, "attribution", "ACTOR", ["Minister of Industry", "Trade Tran Van Minh"])]) == [["Tran Van Minh"]]


def test_names_with_particles_parts_and_cut_institutions_are_whole():
    assert [c.text for c in candidate_names("Omar el-Masri, a port official, was charged.")] == ["Omar el-Masri"]
    assert [c.text for c in candidate_names("Shares of Brantley Foods fell 4% on Monday.")] == ["Brantley Foods"]
    text = "Fees will rise next year, according to the Department of Lands and Surveys."
    out = run([(text, "condition", "ACTOR", ["the Department of Lands"])])
    assert out == [["Department of Lands and Surveys"]]


def test_a_union_named_after_two_trades_and_a_companys_shares():
    assert split_coordinated("Dockers and Porters Union") == ["Dockers and Porters Union"]
    assert display_form("Shares of Orvell Systems Inc.") == "Orvell Systems Inc."
    assert display_form("Residents of Lakeport") == "Residents of Lakeport"  # a group, not the place


def test_a_party_tag_in_brackets_is_no_speaker():
    text = "Irish MEP Aoife Brennan (Greens/EFA, Ireland) welcomed the vote but called it late."
    assert reporting_frame(text) is None
    assert run([(text, "attribution", "ACTOR", ["Irish MEP Aoife Brennan"])]) == [["Aoife Brennan"]]


def test_both_sides_take_a_pair_named_a_few_units_earlier():
    """An opinion piece names the pair in its headline; "the two governments" comes four units
    later, and "Officials" tagged in "Officials in both capitals" is that phrase."""
    units = [("Opinion | Vilnius and Warsaw should not sign the grid pact until the price rules are public",
              "condition", "AUTHOR", []),
             ("By Ona Petrauskaite", "claim", "NONE", []),
             ("I sat on the regional energy board for nine years.", "claim", "AUTHOR", []),
             ("The cheapest winters were never the calm ones.", "opinion", "AUTHOR", []),
             ("On Monday the two governments announced that they would link their grids by 2029.", "attribution",
              "ACTOR", ["the two governments"]),
             ("Officials in both capitals called it historic.", "attribution", "ACTOR", ["Officials"])]
    out = run(units)
    assert out[4] == ["Vilnius", "Warsaw"] and out[5] == ["Vilnius", "Warsaw"]


def test_its_foreign_ministry_speaks_for_the_country_the_unit_names():
    text = "Oslo’s position, set out by its foreign ministry in May, is that the quota was never agreed."
    assert run([(text, "attribution", "ACTOR", ["Oslo", "its foreign ministry"])]) == [["Oslo"]]
    out = run([("Chile has refused to extend the fishing accord.", "claim", "ACTOR", ["Chile"]),
               ("Its foreign ministry said the talks would resume only if the catch limits were cut.", "condition",
                "ACTOR", ["Its foreign ministry"])])
    assert out[1] == ["Chile"]


def test_the_company_is_the_firm_that_just_spoke_not_a_bloc_named_before():
    out = run([("Before the vote, the African Union and the Arab League had already listed the vessels.", "claim",
                "ACTOR", ["African Union", "Arab League"]),
               ("One of the operators named, Lagos-based Obiora Marine Management, denied any breach.", "attribution",
                "ACTOR", ["Lagos-based Obiora Marine Management"]),
               ("\u201cWe will appeal unless the listing is lifted,\u201d the company added.", "condition", "ACTOR",
                ["the company"])])
    assert out[2] == ["Obiora Marine Management"]


def test_the_council_is_no_person_titled_council_president():
    out = run([("Council President Mirela Costa has proposed closing two libraries.", "attribution", "ACTOR",
                ["Council President Mirela Costa"]),
               ("The council votes on the plan in March.", "claim", "ACTOR", ["council"])])
    assert out[1] == ["Council"]


def test_a_description_with_where_it_is_based_is_a_description():
    out = run([("Regulators fined Kelvane Systems Inc. 40 million euros on Monday.", "claim", "ACTOR",
                ["Regulators"]),
               ("In a statement, the Boise, Idaho-based company said it would appeal.", "attribution", "ACTOR",
                ["the Boise, Idaho-based company"])])
    assert out[1] == ["Kelvane Systems Inc."]


def test_a_description_cut_inside_its_defining_words_is_completed():
    out = run([("The Transport Ministry fined the operator on Monday.", "claim", "ACTOR", ["The Transport Ministry"]),
               ("People familiar with the Ministry's plans said it would waive the fine.", "attribution", "ACTOR",
                ["People familiar with the Ministry's"])])
    assert out[1] == ["People familiar with the Ministry's plans"]


def test_possessive_and_description_rules_stay_in_their_lane():
    """Review cases: "its" is not a place named in an adverbial phrase; a public body with
    "Management" in its name is no firm; a whole description is not run on into the sentence."""
    out = run([("Ford recalled 40,000 trucks.", "claim", "ACTOR", ["Ford"]),
               ("After the Detroit hearing, its spokesperson said the recall was voluntary.", "attribution", "ACTOR",
                ["its spokesperson"])])
    assert out[1] == ["Ford"]
    out = run([("The Bureau of Land Management approved the lease.", "claim", "ACTOR",
                ["The Bureau of Land Management"]),
               ("Exxon Mobil welcomed the decision.", "attribution", "ACTOR", ["Exxon Mobil"]),
               ("The company said drilling would start in May.", "attribution", "ACTOR", ["The company"])])
    assert out[2] == ["Exxon Mobil"]
    text = "Two people briefed on the plan say the board has confirmed it."
    assert run([(text, "attribution", "ACTOR", ["Two people briefed on the plan"])]) == [
        ["Two people briefed on the plan"]]


def test_a_couple_named_by_their_shared_family_name_is_one_party():
    # Split, "Mira and Tomas Berg" would give a lone "Mira", a name the article uses for no one.
    units = [("The county planning office wrote to the couple, Mira and Tomas Berg, about the barn permit.",
              "attribution", "ACTOR", ["The county planning office"]),
             ("They said they would take the refusal to the land court.", "attribution", "ACTOR", ["They"])]
    assert run(units)[1] == ["Mira and Tomas Berg"]
    siblings = [("Lena and Ida Holm, twin sisters who run the bakery, said the rent had doubled.",
                 "attribution", "ACTOR", ["Lena and Ida Holm"])]
    assert run(siblings) == [["Lena and Ida Holm"]]
    # The same shape without a word for a household stays two parties.
    pair = [("The border agency wrote to Jordan and Saudi Arabia about the crossing.", "claim", "NONE", []),
            ("They said they would reply within a month.", "attribution", "ACTOR", ["They"])]
    assert run(pair)[1] == ["Jordan", "Saudi Arabia"]


def test_a_sentence_adverb_before_a_name_is_not_part_of_it():
    units = [("Yet Carmen Ibarra, who chairs the port authority, conceded that the dredging was late.",
              "attribution", "ACTOR", ["Yet Carmen Ibarra"]),
             ("Even Halvorsen Shipping has warned that the fees are too high.", "attribution", "ACTOR",
              ["Even Halvorsen Shipping"])]
    assert run(units) == [["Carmen Ibarra"], ["Halvorsen Shipping"]]
    assert display_form("The Even Keel Foundation") == "Even Keel Foundation"  # only at the very start


def test_a_number_that_is_part_of_an_organisation_name_stays_with_it():
    from classifier.holders import snap_mention

    text = "Teamsters Local 817, which speaks for the drivers, said the offer was final."
    assert [c.text for c in candidate_names(text)] == ["Teamsters Local 817"]
    text = "Miners Union No. 4 said 88% of members backed the strike."
    cut = text.index("No.") + 3  # the tagger stopped at "No."
    assert text[slice(*snap_mention(text, 0, cut))] == "Miners Union No. 4"
    assert text[slice(*snap_mention(text, 0, text.index(" No.")))] == "Miners Union No. 4"  # or before it
    # not after a firm or a person: "No. 2" there is a rank
    assert [c.text for c in candidate_names("Veltra No. 2 executive Jana Holm said so.")] == ["Veltra", "Jana Holm"]
    assert [c.text for c in candidate_names("Turnout in Ward 6 fell by 4 points.")][-1] == "Ward 6"
    assert [c.text for c in candidate_names("Halvorsen said 12 buses would run.")] == ["Halvorsen"]


def test_an_agency_named_for_two_policy_areas_after_an_adjective_of_origin_is_one_name():
    assert split_coordinated("Danish Energy and Climate Agency") == ["Danish Energy and Climate Agency"]
    assert split_coordinated("Estonian Defence and Security Board") == ["Estonian Defence and Security Board"]
    assert split_coordinated("Estonia and Latvia") == ["Estonia", "Latvia"]
    assert split_coordinated("Danish Energy and Vestas Wind Systems") == ["Danish Energy", "Vestas Wind Systems"]


def test_a_verb_the_tagger_ran_on_into_is_not_part_of_the_holder():
    assert display_form("Green Party leader Maja Lind concedes") == "Maja Lind"
    assert display_form("Unionists have") == "Unionists"
    assert display_form("Northgate Holdings said") == "Northgate Holdings"
    assert display_form("the Mayors Alliance") == "Mayors Alliance"


def test_a_minister_titled_with_two_portfolios_is_the_person():
    assert display_form("Minister of Labour and Social Affairs Tove Lindqvist") == "Tove Lindqvist"
    assert display_form("Commissioner for Climate Action Pieter Claes") == "Pieter Claes"
    assert display_form("Minister for Foreign Affairs") == "Minister for Foreign Affairs"  # a title alone stays
    # the tagger began the span after the "and": the title is taken in, then stripped
    text = "The board quit after Minister for Youth and Sports Ama Owusu dissolved it."
    assert run([(text, "claim", "ACTOR", ["Sports Ama Owusu"])]) == [["Ama Owusu"]]


def test_where_a_party_is_based_is_dropped_after_a_description_too():
    assert display_form("Economists at the Lagos-based Institute for Fiscal Studies") == "Institute for Fiscal Studies"
    assert display_form("the Riga-based Baltic Energy Forum") == "Baltic Energy Forum"


def test_new_opens_a_place_name():
    from classifier.holders import snap_mention

    text = "The New Hampshire Supreme Court will hear the appeal, lawyers for New Zealand-born Aroha Tane said."
    assert [c.text for c in candidate_names(text)][:1] == ["The New Hampshire Supreme Court"]
    cut = text.index("Hampshire")
    assert text[slice(*snap_mention(text, cut, cut + len("Hampshire Supreme Court")))] == "The New Hampshire Supreme Court"
    assert display_form("New Delhi") == "New Delhi"


def test_a_possessive_description_takes_the_name_set_off_after_it():
    units = [("Marlow's MP, Priya Chandran, met the hospital's chief executive on Friday.", "claim", "ACTOR",
              ["Marlow's MP"]),
             ("She said afterwards that she would raise it in parliament.", "attribution", "ACTOR", ["She"])]
    assert run(units) == [["Priya Chandran"], ["Priya Chandran"]]
    assert run([("The port's operator, Halden Terminals, expects volumes to fall.", "claim", "ACTOR",
                 ["The port's operator"])]) == [["Halden Terminals"]]
    # no name set off after it: the description stands
    assert run([("The port's operator expects volumes to fall.", "claim", "ACTOR",
                 ["The port's operator"])]) == [["Port's operator"]]


def test_a_party_s_own_is_the_party():
    assert display_form("The Treasury's own") == "Treasury"
    assert display_form("Own Goal Athletic") == "Own Goal Athletic"


def test_a_condition_no_party_is_found_for_is_the_writer_s_when_the_kind_head_says_so():
    text = "A shared fund would work, but only if both ministries pay in before the spring."
    for writer_next, want in ((True, ["AUTHOR"]), (False, ["NONE"])):
        held = HolderResolver().resolve(0, "condition", "ACTOR", [], text, writer_next=writer_next)
        assert [h.holder for h in held] == want
    # a party the tagger found, or a claim, is not touched
    held = HolderResolver().resolve(0, "condition", "ACTOR", [m("Oslo", "Oslo will pay only if Bern does.")],
                                    "Oslo will pay only if Bern does.", writer_next=True)
    assert [h.holder for h in held] == ["Oslo"]
    held = HolderResolver().resolve(0, "claim", "ACTOR", [], "The fund opens in May.", writer_next=True)
    assert [h.holder for h in held] == ["NONE"]


def test_predict_hands_the_kind_head_s_writer_probability_to_the_resolver():
    from classifier.inputs import InputArticle, InputUnit
    from classifier.predict import Predictor, WRITER_NEXT
    from classifier.scheme import HOLDER_KINDS, LABELS

    assert HOLDER_KINDS == ("ACTOR", "AUTHOR", "NONE")
    text = "A shared fund would work, but only if both ministries pay in before the spring."
    article = InputArticle("a", [InputUnit(0, text, 0, len(text))])

    def holders(author_p):
        scores = [0.03] * len(LABELS)
        scores[LABELS.index("condition")] = 0.91
        out = {"scores": scores, "kind_scores": [1 - author_p - 0.01, author_p, 0.01],
               "mentions": [], "fallback": [], "truncated": False}
        return Predictor.__new__(Predictor)._records(article, [out])[0]["holders"]

    assert holders(WRITER_NEXT + 0.05) == ["AUTHOR"] and holders(WRITER_NEXT - 0.05) == ["NONE"]


def test_names_with_of_the_and_a_post_inside_stay_whole():
    assert display_form("The Ohio Justice Project") == "Ohio Justice Project"
    assert display_form("the Office of the Information Commissioner") == "Office of the Information Commissioner"
    assert display_form("Foreign Ministry of the Republic of Korea") == "Foreign Ministry of the Republic of Korea"
    assert display_form("Minister of the Interior Sanna Koskinen") == "Sanna Koskinen"
    assert display_form("Members of the Dockworkers' Guild") == "Dockworkers' Guild"  # people of a body: the body
    # a person's name before "of the" is not glued to the body: the person speaks (tenth session;
    # it was the body's name before, against the label challenge's "Jonas Lindqvist of the Swedish Forest Agency")
    assert display_form("Ilkka Salo of the Finnish Forest Agency") == "Ilkka Salo"
    assert display_form("Bank of Ruritania Governor Ilse Marr") == "Ilse Marr"  # a post in a body: the person


def test_a_dateline_in_mixed_case_is_no_party():
    text = "Hanoi, March 3 (VNA) -- A spokesperson for the Ministry of Industry said the quota would stay."
    held = HolderResolver().resolve(0, "attribution", "ACTOR", [m("Hanoi", text), m("Ministry of Industry", text)], text)
    assert [h.holder for h in held] == ["Ministry of Industry"]


def test_a_party_and_brief_before_a_role_and_a_name_give_the_person():
    text = "Liberal housing critic Dana Okoro hit back at the minister, calling the plan thin."
    assert run([(text, "attribution", "ACTOR", ["Liberal housing", "Dana Okoro"])]) == [["Dana Okoro"]]
    text = "Premier Lars Vik and opposition leader Mette Dahl said in a joint statement that talks would resume."
    assert run([(text, "attribution", "ACTOR", ["Premier Lars Vik", "Mette Dahl"])]) == [["Lars Vik", "Mette Dahl"]]
    assert display_form("the Ukrainian General Staff") == "Ukrainian General Staff"  # a body, not a general


def test_a_compound_modifier_is_no_party():
    text = "UN-brokered talks between the two militias resume in Tripoli on Monday."
    assert run([(text, "claim", "ACTOR", ["UN-brokered"])]) == [["NONE"]]
    text = "Kremlin-backed separatists said the vote would go ahead."
    assert run([(text, "attribution", "ACTOR", ["Kremlin-backed separatists"])]) == [["Kremlin-backed separatists"]]


def test_he_said_after_a_quote_is_the_last_speaker_before_a_man_described_with_he():
    units = [("Union organiser Ben Cole said the strike at the yard would go ahead.", "attribution", "ACTOR",
              ["Union organiser Ben Cole"]),
             ("Peter Marsh, 52, was injured in May when he fell from a crane.", "claim", "NONE", []),
             ("“We warned them about that crane in March,” he said.", "attribution", "ACTOR", ["he"])]
    assert run(units)[2] == ["Ben Cole"]


def test_a_resumptive_noun_phrase_after_the_content_is_no_speaker():
    # "..., a sequence Democrats have already rejected": the content's own appositive, not a frame
    text = "She said the council would look at the fees again in the spring, a timetable tenants have rejected."
    frame = reporting_frame(text)
    assert frame is not None and text[frame[0]:frame[1]] == "She"
    text = "He said the board would sell the site first, a plan residents have opposed for years."
    assert text[slice(*reporting_frame(text))] == "He"


def test_review_cases_the_new_rules_leave_alone():
    # two names across a verb are two people
    text = "Maria Lopez joined party leader Ana Ruiz in rejecting the plan."
    assert run([(text, "attribution", "ACTOR", ["Maria Lopez", "Ana Ruiz"])]) == [["Maria Lopez", "Ana Ruiz"]]
    # "both parents", "brothers in arms": no household
    text = "Harris and Tim Walz, both parents, told the rally that schools come first."
    assert run([(text, "attribution", "ACTOR", ["Harris and Tim Walz"])]) == [["Harris", "Tim Walz"]]
    text = "Putin and Xi Jinping, brothers in arms on trade, said the deal would hold."
    assert run([(text, "attribution", "ACTOR", ["Putin and Xi Jinping"])]) == [["Putin", "Xi Jinping"]]
    # a verb is stripped only after a name
    assert display_form("The accused") == "Accused"
    # the resumptive nouns are lowercase words, not names
    text = "The talks will resume next week, the Order of Malta said."
    assert text[slice(*reporting_frame(text))] == "the Order of Malta"
    # "New" opens only a place name
    assert [c.text for c in candidate_names("New EU rules will force Halvard to change its app.")] == ["EU", "Halvard"]


def test_a_located_description_in_a_frame_an_office_in_a_city_and_a_possessor_in_the_predicate():
    # "the Boise, Idaho-based firm said": the firm named before, not "Idaho-based"
    units = [("Corrigan Foods Inc. was fined on Monday.", "claim", "ACTOR", ["Corrigan Foods Inc."]),
             ("In a statement, the Boise, Idaho-based firm said it would appeal.", "attribution", "ACTOR", [])]
    assert run(units)[1] == ["Corrigan Foods Inc."]
    text = "Analysts at Nordea and SEB both said they now expect a cut in March."
    assert run([(text, "attribution", "ACTOR", ["Analysts at Nordea and SEB both"])]) == [["Nordea", "SEB"]]
    text = "The Iranian Embassy in Oslo hit back within hours, calling the ban unlawful."
    assert run([(text, "attribution", "ACTOR", ["The Iranian Embassy", "Oslo"])]) == [["Iranian Embassy in Oslo"]]
    text = "Halvorsen Shipping has hit back at the regulator's draft findings, calling them wrong."
    assert run([(text, "attribution", "ACTOR", ["Halvorsen Shipping", "regulator's"])]) == [["Halvorsen Shipping"]]
    text = "Norway and Denmark's fisheries ministers said the quota would stand."
    assert run([(text, "attribution", "ACTOR", ["Norway", "Denmark's"])]) == [["Norway", "Denmark"]]


def test_a_transcript_cast_list_holds_nothing_and_names_who_a_role_label_is():
    units = [("Hearing transcript: House panel examines the Dunmore bridge collapse", "claim", "NONE", []),
             ("Present: Rep. Alma Duarte, chair; Rep. Ken Boyce", "attribution", "ACTOR", ["Present"]),
             ("Witness: Teodor Lind, chief engineer, Northline Rail", "attribution", "ACTOR", ["Witness"]),
             ("DUARTE: Mr. Lind, when did you first see the inspection report?", "attribution", "ACTOR", ["DUARTE"]),
             ("WITNESS: I saw it after the collapse, Madam Chair.", "attribution", "ACTOR", ["WITNESS"]),
             ("We will reopen the line only after every bridge is inspected.", "condition", "ACTOR", [])]
    r = HolderResolver(transcript=True)
    assert run(units, r) == [["NONE"], ["NONE"], ["NONE"], ["Alma Duarte"], ["Teodor Lind"], ["Teodor Lind"]]


def test_a_county_supervisor_and_a_utility_s_short_name():
    assert display_form("Supervisor Rhea Castellanos") == "Rhea Castellanos"
    units = [("Brightwater Utilities said rates would rise in May.", "attribution", "ACTOR", ["Brightwater Utilities"]),
             ("Brightwater has promised to replace the old mains.", "attribution", "ACTOR", ["Brightwater"])]
    assert run(units)[1] == ["Brightwater Utilities"]


def test_display_form_drops_a_councillor_s_title_a_document_and_a_party_label():
    assert display_form("Cr Tomas Hallam") == display_form("Cr. Tomas Hallam") == "Tomas Hallam"  # an Australian councillor
    assert display_form("CR Holdings") == "CR Holdings"
    # a document and how it came out are not part of its author's name
    assert display_form("the Harbour Polling survey released Thursday morning") == "Harbour Polling"
    assert display_form("Kestrel Institute study published in May") == "Kestrel Institute"
    # A party member named without a title is the person; the party's own bodies keep the word.
    assert display_form("Democrat Tessa Lindqvist of Oregon") == "Tessa Lindqvist"
    assert display_form("Republican Hal Brody") == "Hal Brody"
    assert display_form("Republican National Committee") == "Republican National Committee"


def test_a_turn_that_opens_with_a_name_is_no_cast_list():
    units = [("CHAIR VOSS: We begin with the rail safety bill.", "claim", "ACTOR", ["CHAIR VOSS"]),
             ("Chair: Senator Imre Kalas, you have five minutes.", "attribution", "ACTOR", ["Chair"])]
    assert [h.lower() for h in run(units, HolderResolver(transcript=True))[1]] == ["voss"]  # the chair's turn


def test_a_short_name_before_the_full_one_is_the_full_name():
    # A headline's surname, and a body's short form of an agency, become the fullest name the
    # article gives, even when that comes later.
    out = run_late([("Okonkwo: the port will not reopen until the cranes are repaired", "condition", "ACTOR",
                     ["Okonkwo"]),
                    ("The Agency said the inspection would take a week.", "attribution", "ACTOR", ["Agency"]),
                    ("Port director Adaeze Okonkwo told reporters the cranes were forty years old.", "attribution",
                     "ACTOR", ["Port director Adaeze Okonkwo"]),
                    ("The Lagos Harbour Safety Agency opened its inquiry on Monday.", "claim", "ACTOR",
                     ["The Lagos Harbour Safety Agency"])])
    assert out[0] == ["Adaeze Okonkwo"] and out[1] == ["Lagos Harbour Safety Agency"]


def test_a_short_name_is_left_alone_where_the_full_name_is_in_doubt():
    # Two ministries named later: "Ministry" is neither; a role is no short name; words that
    # are no name ("Had", a count, a possessive, a complement) do not make a fuller one.
    out = run_late([("The Ministry said the cable was cut deliberately.", "attribution", "ACTOR", ["Ministry"]),
                    ("Region officials said the clinics would stay open.", "attribution", "ACTOR", ["Region"]),
                    ("The Estonian Interior Ministry and the Latvian Defence Ministry met on Friday.", "claim",
                     "ACTOR", ["The Estonian Interior Ministry", "the Latvian Defence Ministry"]),
                    ("The Director of Health for Orla Region signed the order.", "claim", "ACTOR",
                     ["The Director of Health for Orla Region"])])
    assert out[0] == ["Ministry"] and out[1] == ["Region"]


def test_a_headline_s_role_is_the_person_the_body_names_with_it():
    out = run_late([("Harbour town mayor rejects ferry cuts", "attribution", "ACTOR", ["Harbour town mayor"]),
                    ("Mayor Ines Kowalczyk said on Monday the town would sue the operator.", "attribution", "ACTOR",
                     ["Mayor Ines Kowalczyk"]),
                    ("A senior minister said the cuts were final.", "attribution", "ACTOR", ["A senior minister"]),
                    ("Transport Minister Olaf Brandt declined to comment.", "attribution", "ACTOR",
                     ["Transport Minister Olaf Brandt"])])
    assert out[0] == ["Ines Kowalczyk"]
    assert out[2] == ["Senior minister"]  # an unnamed source in the body stays unnamed
    # Not a headline (it ends with a stop), or two people with the role: left as written.
    out = run_late([("Harbour town mayor rejects ferry cuts.", "attribution", "ACTOR", ["Harbour town mayor"]),
                    ("Mayor Ines Kowalczyk said on Monday the town would sue.", "attribution", "ACTOR",
                     ["Mayor Ines Kowalczyk"])])
    assert out[0] == ["Harbour town mayor"]
    out = run_late([("Harbour town mayor rejects ferry cuts", "attribution", "ACTOR", ["Harbour town mayor"]),
                    ("Mayor Ines Kowalczyk and former mayor Piet Laan spoke on Monday.", "attribution", "ACTOR",
                     ["Mayor Ines Kowalczyk", "former mayor Piet Laan"])])
    assert out[0] == ["Harbour town mayor"]


def test_a_role_after_its_owner_is_the_name_set_off_after_it():
    out = run([("“We will not rush this,” said the port authority’s chief engineer, Dr Tamsin Greaves.", "attribution",
                "ACTOR", ["the port authority’s chief engineer"]),
               ("Norland’s state utility, NRP, owns every transmission line in the country.", "claim", "ACTOR",
                ["Norland’s state utility"]),
               ("The utility has refused to open the grid to private generators.", "claim", "ACTOR", ["The utility"])])
    assert out == [["Tamsin Greaves"], ["NRP"], ["NRP"]]
    # After a preposition the role is the owner's, not the person's: "Zhou" is still Zhou Pinghe.
    out = run([("A spokesperson for Norland’s energy ministry, Zhou Pinghe, said the plan was final.", "attribution",
                "ACTOR", ["Zhou Pinghe"]),
               ("Zhou said the ministry would not negotiate.", "attribution", "ACTOR", ["Zhou"])])
    assert out[1] == ["Zhou Pinghe"]


def test_an_adjective_of_origin_is_never_a_holder_alone():
    # The tagger stopped at the adjective: the source is the official it describes ...
    s = "A Tarvanian official familiar with the plan, who asked not to be named, said the border would stay shut."
    (h,) = HolderResolver().resolve(0, "attribution", "ACTOR", [m("A Tarvanian", s)], s)
    assert h.holder == "Tarvanian official familiar with the plan"
    # ... and adjectives left alone by a split are the countries the article names.
    out = run_late([("Tarvania and Oslan reopen talks on river water", "claim", "ACTOR", ["Tarvania", "Oslan"]),
                    ("Tarvanian and Oslani officials said a deal was close.", "attribution", "ACTOR",
                     ["Tarvanian and Oslani"])])
    assert out[1] == ["Tarvania", "Oslan"]


def test_a_participants_line_names_the_speakers_and_an_interview_s_answers_are_its_subject():
    units = [("THE WEEK IN REVIEW — Transcript, Sunday", "claim", "NONE", []),
             ("PARTICIPANTS: Hana Kowalski, host; Sen. Idris Bello, chair of the Senate Farm Committee", "claim",
              "NONE", []),
             ("KOWALSKI: Senator, will the farm bill pass this month?", "attribution", "ACTOR", ["KOWALSKI"]),
             ("BELLO: Only if the House drops the sugar quota.", "condition", "ACTOR", ["BELLO"])]
    assert run(units, HolderResolver(transcript=True))[2:] == [["Hana Kowalski"], ["Idris Bello"]]
    units = [("Ferry chief Ostrowska: ‘We will not cut the night crossing’", "attribution", "ACTOR",
              ["Ferry chief Ostrowska"]),
             ("Agata Ostrowska spoke with the Courier on Monday at the harbour office.", "claim", "ACTOR",
              ["Agata Ostrowska"]),
             ("Q: Is the night crossing safe?", "attribution", "ACTOR", []),
             ("A: It is, and the inspectors agree.", "attribution", "ACTOR", []),
             ("We will keep it unless the fuel price doubles.", "condition", "ACTOR", []),
             ("This interview has been edited for length and clarity.", "claim", "NONE", [])]
    assert run(units, HolderResolver(transcript=True))[2:] == [["Reporter"], ["Agata Ostrowska"],
                                                               ["Agata Ostrowska"], ["NONE"]]


def test_a_name_on_topic_headline_is_the_speaker():
    out = run_late([("Marsh on the stadium deal: ‘The city gets nothing back’", "attribution", "ACTOR",
                     ["Marsh on the stadium deal"]),
                    ("Councillor Della Marsh said the lease was a gift to the club.", "attribution", "ACTOR",
                     ["Councillor Della Marsh"])])
    assert out[0] == ["Della Marsh"]
    # Nor does the headline make "Marsh on Okafor" a name that the later "Okafor" is short for.
    out = run([("Marsh on Okafor standoff: ‘No player is bigger than this club’", "attribution", "ACTOR", ["Marsh"]),
               ("Okafor scored twice in the final.", "claim", "ACTOR", ["Okafor"])])
    assert out[1] == ["Okafor"]
    out = run([("Commission on Human Rights: report due in May", "claim", "ACTOR", ["Commission on Human Rights"])])
    assert out[0] == ["Commission on Human Rights"]


def test_a_press_release_s_own_rules_are_its_issuer_s():
    texts = ["FOR IMMEDIATE RELEASE", "Tallow County Libraries opens two new branches",
             "Cards are issued free to residents, provided they show proof of address.",
             "About Tallow County Libraries", "Media contact: Ines Park, 555-0100"]
    assert press_release_issuer(texts) == "Tallow County Libraries"
    assert press_release_issuer(["A story about a library", "About the author"]) is None
    r = HolderResolver(issuer=press_release_issuer(texts))
    (h,) = r.resolve(2, "condition", "ACTOR", [], texts[2])
    assert h.holder == "Tallow County Libraries"
    (h,) = HolderResolver().resolve(2, "condition", "ACTOR", [], texts[2])
    assert h.holder == "NONE"  # no press release: no issuer to hold it
    # Its own actions too, where the kind head gives a party; background stays NONE.
    (h,) = r.resolve(3, "claim", "ACTOR", [], "The new branches will open seven days a week.")
    assert h.holder == "Tallow County Libraries"
    (h,) = r.resolve(4, "claim", "NONE", [], "The county has 84,000 residents.")
    assert h.holder == "NONE"


def test_a_credit_line_and_the_outlet_a_source_spoke_to_are_no_parties():
    units = [("Brennock Water raises bills by 12 per cent", "claim", "ACTOR", ["Brennock Water"]),
             ("Photo: Ana Ruiz/Brennock Post", "claim", "NONE", []),
             ("“We had no choice,” chief executive Ola Berg told the Post.", "attribution", "ACTOR",
              ["chief executive Ola Berg"]),
             ("The company had asked for a 9 per cent rise.", "claim", "ACTOR", ["The company"])]
    assert run(units)[3] == ["Brennock Water"]
    units = [("The Harbour Post reported on Monday that the pier would close.", "attribution", "ACTOR",
              ["The Harbour Post"]),
             ("The newspaper said the council had known since March.", "attribution", "ACTOR", ["The newspaper"])]
    assert run(units)[1] == ["Harbour Post"]  # a newspaper is still one


def test_a_genre_kicker_is_no_speaker_label():
    texts = ["Sketch: the minister keeps her cool as the opposition turns up the heat",
             "Column: why the bridge vote matters more than it looks", "The bridge will close in May."]
    assert speaker_label(texts[0]) is None and speaker_label(texts[1]) is None
    assert not is_transcript(texts)


def test_the_two_companies_are_the_two_the_unit_names():
    s = "Norland Rail has agreed to buy Kestrel Buses for $90 million, the two companies said on Monday."
    out = run([(s, "attribution", "ACTOR", ["the two companies"])])
    assert out[0] == ["Norland Rail", "Kestrel Buses"]
    out = run([("Norland Rail and Kestrel Buses will merge next year.", "claim", "ACTOR", ["Norland Rail and Kestrel Buses"]),
               ("Both firms said no jobs would go.", "attribution", "ACTOR", ["Both firms"])])
    assert out[1] == ["Norland Rail", "Kestrel Buses"]


def test_a_firm_s_first_word_is_its_short_name():
    out = run([("Corvane Lithium wants to mine under the wetland.", "claim", "ACTOR", ["Corvane Lithium"]),
               ("Corvane said its water plan met every standard.", "attribution", "ACTOR", ["Corvane"]),
               ("Norway Water and Norway's government disagree.", "claim", "ACTOR", ["Norway Water"]),
               ("Norway said the plan was unsafe.", "attribution", "ACTOR", ["Norway"])])
    assert out[1] == ["Corvane Lithium"] and out[3] == ["Norway"]  # a country is never a firm's short name


def test_a_navigation_line_and_a_lone_adjective_hold_nothing():
    r = HolderResolver()
    s = "Related: Tallow anglers to seek compensation from chemical firm"
    assert [h.holder for h in r.resolve(0, "claim", "ACTOR", [m("Tallow anglers", s)], s)] == ["NONE"]
    assert r.label == "claim"
    s = "Public records show that $48 million is earmarked for the stadium roads."
    assert [h.holder for h in HolderResolver().resolve(0, "claim", "ACTOR", [m("Public records", s)], s)] == ["NONE"]
    s = "Federal prosecutors said the case would go to trial."
    assert [h.holder for h in HolderResolver().resolve(0, "attribution", "ACTOR", [m("Federal prosecutors", s)], s)] \
        == ["Federal prosecutors"]


def test_a_firm_with_an_ampersand_an_acronym_after_a_name_and_a_show_s_host():
    assert split_coordinated("Halden & Roe") == ["Halden & Roe"]
    assert split_coordinated("Chile, Peru & Bolivia") == ["Chile", "Peru", "Bolivia"]  # countries still split
    s = "Tarvania's official Tarvan News Agency (TNA) accused Oslan of provocation."
    out = run([(s, "attribution", "ACTOR", ["Tarvan News Agency", "TNA"])])
    assert out[0] == ["Tarvan News Agency"]
    s = "Second union threatens ballot unless the operator drops the cuts"
    assert run([(s, "condition", "ACTOR", ["Second"])])[0] == ["NONE"]
    units = [("SUNDAY DESK — Transcript", "claim", "NONE", []),
             ("Presenter: Hal Brody | Aired Sunday on Channel 4", "attribution", "ACTOR", ["Presenter"]),
             ("HOST: Good morning, and welcome.", "attribution", "ACTOR", ["HOST"]),
             ("PARTICIPANTS: Nina Varga, moderator; Ed Pike, mayor", "claim", "NONE", []),
             ("MODERATOR: Mayor, your answer?", "attribution", "ACTOR", ["MODERATOR"])]
    assert run(units, HolderResolver(transcript=True))[1:] == [["NONE"], ["Hal Brody"], ["NONE"], ["Nina Varga"]]


def test_the_review_cases_of_the_ninth_session_s_rules():
    # Two people who share a surname stay apart; a capital is no person's short name.
    out = run_late([("Okafor says she will not resign", "attribution", "ACTOR", ["Okafor"]),
                    ("Premier Okafor told reporters she would stay.", "attribution", "ACTOR", ["Premier Okafor"]),
                    ("Opposition critic Ben Okafor called for her to go.", "attribution", "ACTOR",
                     ["Opposition critic Ben Okafor"])])
    assert out[0] == out[1] == ["Okafor"]
    # "&" between countries coordinates; a union of three words after "X and" needs "The".
    assert split_coordinated("Israel & Hamas") == ["Israel", "Hamas"]
    assert split_coordinated("Unite and Communication Workers Union") == ["Unite", "Communication Workers Union"]
    # Release headings that name no issuer; a "By Thursday," opener is no byline.
    assert press_release_issuer(["FOR IMMEDIATE RELEASE", "About Us"]) is None
    out = run([("By Thursday, the council had a letter from Dr Ana Ruiz, the county health officer.", "claim", "NONE", []),
               ("Ruiz warned that the clinic would close.", "attribution", "ACTOR", ["Ruiz"])])
    assert out[1] == ["Ana Ruiz"]
    assert display_form("Republican Guard") == "Republican Guard"
    # A lowercase modifier still takes its group; a headline's "union leader" is no council leader.
    assert run([("The strike was called off, civic leaders said.", "attribution", "ACTOR", ["civic"])]) == [["Civic leaders"]]
    out = run_late([("Nurses union leader warns of walkout", "attribution", "ACTOR", ["Nurses union leader"]),
                    ("Council leader Ann Price said the council would not budge.", "attribution", "ACTOR",
                     ["Council leader Ann Price"])])
    assert out[0] == ["Nurses union leader"]
    # A firm named "... Express" is still a firm; an explicit "Host:" beats a guest's own show.
    out = run([("Halden Express, the region's biggest coach operator, cut routes.", "claim", "ACTOR", ["Halden Express"]),
               ("The operator said fuel costs had doubled.", "attribution", "ACTOR", ["The operator"])])
    assert out[1] == ["Halden Express"]
    units = [("Guest: Dr Tobias Wren, host of the Halden Health Podcast", "claim", "NONE", []),
             ("Host: Margaret Oyelaran", "claim", "NONE", []), ("HOST: Welcome back.", "attribution", "ACTOR", ["HOST"])]
    assert run(units, HolderResolver(transcript=True))[2] == ["Margaret Oyelaran"]
    # "for the country's foreign ministry, Xu Ming": the role is the ministry's, Xu Ming a person.
    out = run([("“Talks are over,” said a spokesman for the country's foreign ministry, Xu Ming.", "attribution",
                "ACTOR", ["Xu Ming"]), ("He said talks could resume.", "attribution", "ACTOR", ["He"])])
    assert out[1] == ["Xu Ming"]
    out = run_late([("Niger and Nigeria signed a pact.", "claim", "ACTOR", ["Niger and Nigeria"]),
                    ("Nigerian and Beninese officials said it would hold.", "attribution", "ACTOR",
                     ["Nigerian and Beninese"])])
    assert out[1][0] == "Nigeria"


def test_cast_lines_of_the_tenth_session():
    # "Name (host)" in a participants line names who "HOST:" is.
    units = [("PARTICIPANTS: Ana Ferrell (host); Tomas Ilves, economist, Norbank", "claim", "NONE", []),
             ("HOST: Welcome to the programme.", "attribution", "ACTOR", ["HOST"])]
    assert run(units, HolderResolver(transcript=True)) == [["NONE"], ["Ana Ferrell"]]
    # A plural cast line ending in a company's "Inc." is a cast line, not a turn.
    units = [("Witnesses: Rhea Collins, Chief Executive Officer, Palmer Networks Inc.", "attribution", "ACTOR",
              ["Witnesses"]), ("THE CHAIR: Ms. Collins, please begin.", "attribution", "ACTOR", ["THE CHAIR"])]
    assert run(units, HolderResolver(transcript=True))[0] == ["NONE"]
    # A member's label with a constituency in brackets, dashes and accents included.
    units = [("THE CHAIR: Mr. Boucher.", "attribution", "ACTOR", ["THE CHAIR"]),
             ("MR. LUC BOUCHER (Trois-Rivières—Sud): Your firm made a profit.", "attribution", "ACTOR",
              ["MR. LUC BOUCHER"]), ("Will you pay customers back?", "attribution", "ACTOR", [])]
    assert run(units, HolderResolver(transcript=True))[1:] == [["Luc Boucher"], ["Luc Boucher"]]


def test_wire_and_release_names_of_the_tenth_session():
    # A wire kicker is no part of the name it was read with.
    assert run([("UPDATE 2-Kestria recalls envoy over border raid", "claim", "ACTOR", ["2-Kestria"])]) == [["Kestria"]]
    assert run([("UPDATE 1-7-Eleven owner trims forecast", "claim", "ACTOR", ["1-7-Eleven"])]) == [["7-Eleven"]]
    # A company named with its legal form: the names without it, and its first word, are short forms.
    out = run_late([("Harwell Maritime Holdings to buy Dunmore Freight", "claim", "ACTOR", ["Harwell Maritime Holdings"]),
                    ("Harwell Maritime Holdings ASA agreed to pay $2 billion.", "claim", "ACTOR",
                     ["Harwell Maritime Holdings ASA"]),
                    ("A Harwell spokesman declined to comment.", "attribution", "ACTOR", ["Harwell"])])
    assert out == [["Harwell Maritime Holdings ASA"]] * 3
    # A wire release's closing "SOURCE X" line names its issuer, and no party "SOURCE X".
    assert press_release_issuer(["FOR IMMEDIATE RELEASE", "Text.", "SOURCE Lindqvist Power AB"]) == "Lindqvist Power AB"
    assert display_form("SOURCE Lindqvist Power AB") == "Lindqvist Power AB"


def test_appositions_and_relative_clauses_of_the_tenth_session():
    # A post written as a title, then the person: the person.
    assert run([("The Chief Medical Officer, Dr Ana Ruiz, said uptake had fallen.", "attribution", "ACTOR",
                 ["The Chief Medical Officer, Dr Ana Ruiz"])]) == [["Ana Ruiz"]]
    assert split_coordinated("Mayor of Kelstow, Cllr Joan Pike") == ["Mayor of Kelstow, Cllr Joan Pike"]
    assert split_coordinated("Chief Economist, Ana Ruiz and Tom Lee") != ["Chief Economist, Ana Ruiz and Tom Lee"]
    # Names of one body with "and" inside.
    assert split_coordinated("Health and Safety Executive") == ["Health and Safety Executive"]
    assert split_coordinated("Standing Committee on Industry and Technology") == [
        "Standing Committee on Industry and Technology"]
    assert split_coordinated("France and Germany") == ["France", "Germany"]
    # The name before a relative clause speaks, not the last name inside the clause.
    text = ("Dr. Ana Ruiz, director of the Halden Institute, who will lead the work with the firm's chief engineer, "
            "Tom Lee, said the plant would open in May.")
    assert run([(text, "attribution", "ACTOR", ["Tom Lee"])]) == [["Ana Ruiz"]]
    # ... but a speaker named in a main clause after the relative clause closed still speaks.
    assert run([("Ana Ruiz, who chairs the board, met Tom Lee on Monday.", "claim", "ACTOR", ["Ana Ruiz"])]) == [
        ["Ana Ruiz"]]


def test_parties_named_another_way_of_the_tenth_session():
    # A role written like a title before a name is no part of it; a firm's first word stays.
    assert display_form("Resident Joanne Pettifer") == "Joanne Pettifer"
    assert display_form("Challenger Fiona McCracken") == "Fiona McCracken"
    assert display_form("Owner Capital Partners") == "Owner Capital Partners"
    # "Councillors" act as the one council the article names.
    out = run_late([("Kelstow City Council approved the plan.", "claim", "ACTOR", ["Kelstow City Council"]),
                    ("Councillors voted 31 to 22 in favour.", "claim", "ACTOR", ["Councillors"])])
    assert out[1] == ["Kelstow City Council"]
    # A judge titled "Mrs Justice" is the headline's "Judge"; a justice minister is not.
    out = run_late([("Judge jails site manager over collapse", "claim", "ACTOR", ["Judge"]),
                    ("Sentencing, Mrs Justice Helena Strand said he had been warned.", "attribution", "ACTOR",
                     ["Mrs Justice Helena Strand"])])
    assert out[0] == ["Helena Strand"]
    out = run_late([("Judge blocks deportation flight", "claim", "ACTOR", ["Judge"]),
                    ("Justice Minister Tom Reyes said he would appeal.", "attribution", "ACTOR",
                     ["Justice Minister Tom Reyes"])])
    assert out[0] == ["Judge"]
    # An acronym the article spells out is the party it abbreviates.
    out = run_late([("Dan Cole, for the Crown Prosecution Service, told the court the firm was warned.", "attribution",
                     "ACTOR", ["Dan Cole"]),
                    ("The CPS said the sentence sent a message.", "attribution", "ACTOR", ["The CPS"])])
    assert out[1] == ["Crown Prosecution Service"]
    # "One of them" / "one of the people" speak for the group named before.
    out = run([("Two Indonesian officials familiar with the case said the crew would go home.", "attribution", "ACTOR",
                ["Two Indonesian officials familiar with the case"]),
               ("One of them said the captain would be charged.", "attribution", "ACTOR", ["of them"])])
    assert out[1] != ["One"] and out[1] != ["Of them"]
    from classifier.holders import reporting_frame
    text = "The offer was rejected in May, one of the people said."
    assert text[slice(*reporting_frame(text))] == "one of the people"


def test_a_reporter_who_names_herself_asks_the_question():
    units = [("MR. DALE: Next question.", "attribution", "ACTOR", ["MR. DALE"]),
             ("Q: Thanks, Tom.", "attribution", "ACTOR", ["Q"]),
             ("Priya Nandakumar, Coastline Radio.", "attribution", "ACTOR", []),
             ("Is the United States prepared to do that?", "attribution", "ACTOR", [])]
    assert run_late(units, HolderResolver(transcript=True))[1:] == [["Priya Nandakumar"]] * 3


def test_voices_outlets_and_pairs_of_the_tenth_session():
    # A named party's office or board speaks for it, by its fullest name (lowercase "plc" kept).
    out = run_late([("Brenner Foods plc agreed to the sale.", "claim", "ACTOR", ["Brenner Foods plc"]),
                    ("Brenner's board recommended the offer.", "attribution", "ACTOR", ["Brenner's board"]),
                    ("Housing Minister Dana Kerr defended it.", "attribution", "ACTOR", ["Housing Minister Dana Kerr"]),
                    ("Kerr's office replied that a review would add delay.", "attribution", "ACTOR", ["Kerr's office"])])
    assert out[1:] == [["Brenner Foods plc"], ["Dana Kerr"], ["Dana Kerr"]]
    # "The water minister says ..." before the article names her: the one minister it names.
    out = run_late([("The water minister says the licence is strict.", "attribution", "ACTOR", ["The water minister"]),
                    ("Water Minister Dana Kerr told parliament the limits would bind.", "attribution", "ACTOR",
                     ["Water Minister Dana Kerr"])])
    assert out[0] == ["Dana Kerr"]
    # A speaker relayed by a state news agency is the holder, not the agency.
    text = ("Vice Minister Sun Li told the ambassador that the crew must be freed, state news agency Xinhua said.")
    assert run([(text, "attribution", "ACTOR", ["Vice Minister Sun Li", "news agency"])]) == [["Sun Li"]]
    # "The two governments" with no pair nearby: the two countries of the headline.
    units = [("UPDATE 1-Kenya presses Tanzania over border fees", "claim", "ACTOR", ["1-Kenya"])] + [
        ("Traders waited at the crossing for a fourth day.", "claim", "NONE", [])] * 6 + [
        ("The two governments had been due to meet in May.", "claim", "ACTOR", ["The two governments"])]
    assert run(units)[-1] == ["Kenya", "Tanzania"]


def test_cast_posts_and_the_council_of_the_tenth_session():
    # A cast line's posts describe its people: the headline's "Palmer chief" is the chief executive.
    units = [("Transcript: Palmer chief tells MPs the outage was their failure", "attribution", "ACTOR", ["Palmer chief"]),
             ("Witnesses: Rhea Collins, Chief Executive Officer, Palmer Networks Inc.; Tom Ode, Vice-President, "
              "Operations, Palmer Networks Inc.", "claim", "NONE", []),
             ("THE CHAIR: Ms. Collins, please begin.", "attribution", "ACTOR", ["THE CHAIR"])]
    assert run_late(units, HolderResolver(transcript=True))[0] == ["Rhea Collins"]
    # "the council" after "Councillors voted" is the council, and so is the "It" after it.
    out = run_late([("The Environment Agency objected to the plan.", "attribution", "ACTOR", ["The Environment Agency"]),
                    ("Kelstow City Council approved it anyway.", "claim", "ACTOR", ["Kelstow City Council"]),
                    ("Councillors voted 31 to 22.", "claim", "ACTOR", ["Councillors"]),
                    ("In a statement, the council said no homes could be sold before 2028.", "attribution", "ACTOR",
                     ["the council"]),
                    ("It added that the developer would pay for a school.", "attribution", "ACTOR", ["It"])])
    assert out[3:] == [["Kelstow City Council"], ["Kelstow City Council"]]


def test_kinds_posts_and_surnames_of_the_tenth_session():
    # A position that sounds like an organisation ("centre back") leaves a named player a
    # person; "the club" is the party named as a club, and its first word is its short name.
    out = run_late([("Kestrel Town centre back Tomas Hradek was sent off.", "claim", "ACTOR",
                     ["Kestrel Town centre back Tomas Hradek"]),
                    ("The Northern Football League upheld the ban.", "claim", "ACTOR", ["The Northern Football League"]),
                    ("Kestrel had asked for the ban to be overturned.", "attribution", "ACTOR", ["Kestrel"]),
                    ("In a statement, the club said it was disappointed.", "attribution", "ACTOR", ["the club"])])
    assert out[2:] == [["Kestrel Town"], ["Kestrel Town"]]
    # "the police" is the force, not the "Office for Police Conduct" named after it.
    out = run([("Thornshire Police charged a man on Friday.", "claim", "ACTOR", ["Thornshire Police"]),
               ("The force referred itself to the Independent Office for Police Conduct.", "claim", "ACTOR",
                ["The force"]),
               ("The visit followed a report of a disturbance, a police spokeswoman said.", "attribution", "ACTOR",
                ["a police spokeswoman"])])
    assert out[1:] == [["Thornshire Police"], ["Thornshire Police"]]
    # "Her co-author, Dr X, said": the co-author, not "her".
    out = run([("Dr. Miriam Okafor led the study.", "claim", "ACTOR", ["Dr. Miriam Okafor"]),
               ("Her co-author, cardiologist Dr. Helen Tsai, said the team expected the opposite.", "attribution",
                "ACTOR", ["Her co-author"])])
    assert out[1] == ["Helen Tsai"]
    # "the minister" is the minister, not the deputy minister named after her.
    out = run([("Finance Minister Carolina Ibáñez Soto presented the bill.", "claim", "ACTOR",
                ["Finance Minister Carolina Ibáñez Soto"]),
               ("Deputy Finance Minister Lucía Ferrer said it was prudent.", "attribution", "ACTOR",
                ["Deputy Finance Minister Lucía Ferrer"]),
               ("The minister will present the bill to Congress.", "claim", "ACTOR", ["The minister"])])
    assert out[2] == ["Carolina Ibáñez Soto"]
    # A first surname is a short form of a full Spanish name.
    out = run_late([("Finance Minister Ibáñez: budget protects pensions", "attribution", "ACTOR",
                     ["Finance Minister Ibáñez"]),
                    ("The budget is prudent, said Finance Minister Carolina Ibáñez Soto.", "attribution", "ACTOR",
                     ["Finance Minister Carolina Ibáñez Soto"])])
    assert out[0] == ["Carolina Ibáñez Soto"]
    # A person and where they work; an apposition after a role with "for"; "Icelandic" officials.
    assert display_form("Naledi Sithole of Umhlanga Asset Management") == "Naledi Sithole"
    assert display_form("Anna Berg of the Riksbank") == "Anna Berg"
    assert display_form("Bank of England") == "Bank of England"
    assert split_coordinated("The Fund's mission chief for Kenya, Henrik Solheim") == [
        "The Fund's mission chief for Kenya, Henrik Solheim"]
    out = run_late([("Canada and Iceland met in Reykjavik.", "claim", "ACTOR", ["Canada and Iceland"]),
                    ("Canadian and Icelandic officials said a cap was discussed.", "attribution", "ACTOR",
                     ["Canadian and Icelandic"])])
    assert out[1] == ["Canada", "Iceland"]
    # "according to a Northbridge Research poll of 812 voters": the pollster.
    text = "Adeyemi had 38 percent, according to a Northbridge Research poll of 812 voters conducted in June."
    assert run([(text, "attribution", "ACTOR", ["June"])]) == [["Northbridge Research"]]
    # A release's letterhead in capitals names its issuer.
    assert press_release_issuer(["Budget holds spending", "PRESS RELEASE", "MINISTRY OF FINANCE"]) == "Ministry of Finance"


def test_a_party_s_person_is_the_person():
    assert display_form("Kestrel Town's Tomas Hradek") == "Tomas Hradek"
    assert display_form("Kenya's National Treasury") == "Kenya's National Treasury"  # an organisation keeps its owner
    text = "Her co-author, cardiologist Dr. Helen Tsai of St. Brendan's Hospital, said the team expected the opposite."
    assert run([("Dr. Miriam Okafor led the study.", "claim", "ACTOR", ["Dr. Miriam Okafor"]),
                (text, "attribution", "ACTOR", ["Her co-author"])])[1] == ["Helen Tsai"]


def test_labels_owners_and_listeners_of_the_tenth_session():
    # A role label with the speaker's name in brackets; the role then stands for that name.
    units = [("PRESENTER (MARTIN OYEL): Good morning.", "attribution", "ACTOR", ["PRESENTER"]),
             ("CALLER (SHONA, HALBRIDGE): My rent has gone up.", "attribution", "ACTOR", ["CALLER"]),
             ("PRESENTER: Minister?", "attribution", "ACTOR", ["PRESENTER"])]
    assert run(units, HolderResolver(transcript=True)) == [["Martin Oyel"], ["Shona"], ["Martin Oyel"]]
    # A role name ("Housing Minister") is no one the headline's role can be.
    out = run_late([("Housing minister on rent controls: no freeze yet", "condition", "ACTOR", ["Housing minister"]),
                    ("With me is the Housing Minister, Deborah Vance.", "attribution", "ACTOR",
                     ["the Housing Minister, Deborah Vance"])])
    assert out[0] == ["Deborah Vance"]
    # A country's or bloc's person or body: the person or body, by its fullest name.
    assert display_form("EU's Ferrán") == "Ferrán" and display_form("Nigeria's NNHC") == "NNHC"
    assert display_form("Iraqi Oil Minister Hadi al-Sarraf") == "Hadi al-Sarraf"
    # "The AOEC secretariat said": the alliance; "A county council spokesperson": the county council.
    out = run([("Brackenshire County Council approved the road.", "claim", "ACTOR", ["Brackenshire County Council"]),
               ("Little Orston Parish Council objected.", "attribution", "ACTOR", ["Little Orston Parish Council"]),
               ("A county council spokesperson said talks continued.", "attribution", "ACTOR",
                ["A county council spokesperson"])])
    assert out[2] == ["Brackenshire County Council"]
    # "..., Moylan told reporters": Moylan, though only the listeners were marked.
    out = run([("Gareth Moylan led the rebels.", "claim", "ACTOR", ["Gareth Moylan"]),
               ("\"We are not rebels,\" Moylan, a former minister, told reporters outside parliament.", "attribution",
                "ACTOR", ["reporters outside parliament"])])
    assert out[1] == ["Gareth Moylan"]


def test_plural_descriptions_and_the_regulator():
    out = run([("The European Union fined the airline last year.", "claim", "ACTOR", ["The European Union"]),
               ("The unions have said a further strike will begin on April 25.", "attribution", "ACTOR",
                ["The unions"])])
    assert out[1] != ["European Union"]
    out = run([("The Care Standards Inspectorate found long waits.", "attribution", "ACTOR",
                ["The Care Standards Inspectorate"]),
               ("Calder Valley Hospitals NHS Trust said it was recruiting.", "attribution", "ACTOR",
                ["Calder Valley Hospitals NHS Trust"]),
               ("The regulator said it would return within six months.", "attribution", "ACTOR", ["The regulator"])])
    assert out[2] == ["Care Standards Inspectorate"]


def test_the_review_cases_of_the_tenth_session_s_rules():
    # A relative clause's subject speaks only when the clause's last name is set off before
    # ", said"; "..., her lawyer Tom Kell said" is the lawyer's.
    assert run([("Marta Ruiz, who was sacked in May, is suing the firm, her lawyer Tom Kell said.", "attribution",
                 "ACTOR", ["her lawyer Tom Kell"])]) == [["Tom Kell"]]
    # Organisations' and family names are no role before a name; an institution "of" a place stays whole.
    for name in ("Victim Support Arranshire", "Residents Against Kelstow Incinerator", "Fan Jian Hua",
                 "Kelstow School of Economics", "Grace Community Church of Kelstow"):
        assert display_form(name) == name
    assert display_form("The Fraternal Order of Police") == "Fraternal Order of Police"
    # A date is no pollster.
    assert run([("Exports fell 4 percent, according to October figures.", "attribution", "ACTOR", [])]) != [["October"]]
    # A stage direction in brackets is no speaker's name; a cast line is no turn for a semicolon.
    units = [("PRESENTER (VOICEOVER): The storm hit at dawn.", "attribution", "ACTOR", ["PRESENTER"]),
             ("PRESENTER: Welcome back.", "attribution", "ACTOR", ["PRESENTER"])]
    assert "Voiceover" not in [h for hs in run(units, HolderResolver(transcript=True)) for h in hs]
    units = [("CHAIR: Senator Voss, you have five minutes; please begin.", "attribution", "ACTOR", ["CHAIR"])]
    assert run(units, HolderResolver(transcript=True)) != [["NONE"]]
    # A letterhead is a name, not a headline in capitals.
    assert press_release_issuer(["NEWS RELEASE", "Text.", "Media contact: Ana Ruiz"]) is None
    assert press_release_issuer(["FOR IMMEDIATE RELEASE", "UNION WELCOMES PAY DEAL", "Text."]) is None
    # "the regulator" is a party described as one before any Commission; "the club" is no county.
    out = run([("The European Commission proposed new rules.", "claim", "ACTOR", ["The European Commission"]),
               ("Energy regulator Powerwatch fined the supplier.", "claim", "ACTOR", ["Energy regulator Powerwatch"]),
               ("The regulator said the fine would stand.", "attribution", "ACTOR", ["The regulator"])])
    assert out[2] == ["Powerwatch"]
    out = run([("Kelstow Rovers Football Club sacked its coach.", "claim", "ACTOR", ["Kelstow Rovers Football Club"]),
               ("Reed faces charges in Mercer County.", "claim", "ACTOR", ["Reed"]),
               ("The club said it would not comment.", "attribution", "ACTOR", ["The club"])])
    assert out[2] != ["Mercer County"]
    # Opposing people with the same role word stay apart; a "justice campaigner" is no judge.
    out = run_late([("The opposition leader said the plan would fail.", "attribution", "ACTOR", ["The opposition leader"]),
                    ("Council Leader Ana Pryce defended it.", "attribution", "ACTOR", ["Council Leader Ana Pryce"])])
    assert out[0] != ["Ana Pryce"]
    out = run_late([("The judge said the case was serious.", "attribution", "ACTOR", ["The judge"]),
                    ("Justice campaigner Maya Ross said the sentence was too short.", "attribution", "ACTOR",
                     ["Justice campaigner Maya Ross"])])
    assert out[0] != ["Maya Ross"]
    # A reporter calling out to an official is not naming herself.
    units = [("Q: Thank you.", "attribution", "ACTOR", ["Q"]),
             ("Mr Halvorsen, Minister Halvorsen.", "attribution", "ACTOR", []),
             ("Will you resign?", "attribution", "ACTOR", [])]
    assert run_late(units, HolderResolver(transcript=True))[2] == ["Reporter"]
    # An acronym is an organisation's: "the DA" is never the defendant Dumisani Abrahams.
    out = run_late([("Dumisani Abrahams, 41, was arrested on Monday.", "claim", "ACTOR", ["Dumisani Abrahams"]),
                    ("The DA said the charges would stand.", "attribution", "ACTOR", ["The DA"])])
    assert out[1] != ["Dumisani Abrahams"]
    # A person's surname beats the foundation named after her.
    out = run_late([("Mia Halvorsen set up the Halvorsen Foundation in 2019.", "claim", "ACTOR", ["Mia Halvorsen"]),
                    ("Halvorsen said she wanted the fund to outlive her.", "attribution", "ACTOR", ["Halvorsen"])])
    assert out[1] == ["Mia Halvorsen"]
    # "Commission on Water Quality and Oxfam" is two parties.
    assert split_coordinated("Commission on Water Quality and Oxfam") == ["Commission on Water Quality", "Oxfam"]
    # "One of the executives, finance director Ana Pryce, said": the named executive.
    from classifier.holders import reporting_frame
    text = "One of the executives, finance director Ana Pryce, said the plan was sound."
    assert run([(text, "attribution", "ACTOR", ["of the executives"])]) == [["Ana Pryce"]]


def test_training_unit_patterns_of_the_tenth_session():
    # Written from the malformed strings on the (default model's) training units.
    assert display_form("for DPRK Foreign Ministry") == "DPRK Foreign Ministry"
    assert display_form("Vice Foreign Minister Ri Song Chol Issues Press Statement on U.S. Naval Moves") == "Ri Song Chol"
    # A mention inside a person's post is part of the post; "the Ministry" + "of the" + "X" is one name.
    text = "Ri Song Chol, vice-minister of Foreign Affairs of the DPRK, released a press statement on Thursday."
    assert run([(text, "claim", "ACTOR", ["Ri Song Chol", "DPRK"])]) == [["Ri Song Chol"]]
    text = "A spokesman for the Foreign Ministry of the DPRK answered a question from KCDA."
    assert run([(text, "attribution", "ACTOR", ["the Foreign Ministry", "DPRK"])]) == [["Foreign Ministry of the DPRK"]]
    # A name set off after a described speaker at the end: "..., said the trust's medical director, Dr X."
    text = "“This was not taken lightly,” said the trust’s medical director, Dr Owen Rees."
    assert run([("Hexley General Hospital NHS Trust will close the ward.", "claim", "ACTOR",
                 ["Hexley General Hospital NHS Trust"]),
                (text, "attribution", "ACTOR", ["trust’s", "director", "Dr Owen Rees."])])[1] == ["Owen Rees"]
    # A description does not end on a dangling participle or relative pronoun.
    text = "A Turkish diplomat involved in the mediation said the gap was narrow."
    assert run([(text, "attribution", "ACTOR", ["A Turkish diplomat involved"])])[0][0] != "Turkish diplomat involved"


def test_h11_patterns_of_the_tenth_session():
    # The name before appositions speaks, whatever the appositions hold.
    text = ("Dr Priya Achebe-Lund, the Alliance's senior freshwater scientist, who designed the survey, said the "
            "counts were high.")
    assert run([(text, "attribution", "ACTOR", ["Dr Priya Achebe-Lund"])]) == [["Priya Achebe-Lund"]]
    text = ("Tobias Venn, the chief executive of Kestrel Labs, the Munich start-up whose model runs in three banks, "
            "wrote that the code struck the right balance.")
    assert run([(text, "attribution", "ACTOR", ["Tobias Venn"])]) == [["Tobias Venn"]]
    # ... but a place before a name is no subject.
    text = "On Pelham Road, Sarah Mallory, who lives with her partner, said the family had cut back."
    assert run([(text, "attribution", "ACTOR", ["Sarah Mallory"])]) == [["Sarah Mallory"]]
    # A wire dateline's " - " opens a frame: "OSLO (Reuters) - Norway's special envoy ..., Name, said".
    text = ("OSLO, June 11 (Reuters) - Norway's special envoy for the border conflict, Ingrid Solheim-Vatne, said "
            "a ceasefire could take effect only after a pullback.")
    assert run([(text, "condition", "ACTOR", ["Norway's", "Ingrid Solheim-Vatne"])]) == [["Ingrid Solheim-Vatne"]]
    text = "BRUSSELS — The European Commission on Wednesday told member states it intends to impose duties."
    assert run([(text, "attribution", "ACTOR", ["The European Commission"])]) == [["European Commission"]]
    # A title's portfolio of several words; "Sir" and "Dame" are titles.
    assert display_form("Commissioner for Digital Markets Henrike Solvang") == "Henrike Solvang"
    assert display_form("Sir Anthony Beale KC") == "Anthony Beale"
    # "Presented by X" names who "HOST:" is; a council's cabinet speaks for the council.
    units = [("Presented by Rachel Duggan", "claim", "NONE", []), ("HOST: Welcome back.", "attribution", "ACTOR", ["HOST"])]
    assert run(units, HolderResolver(transcript=True)) == [["NONE"], ["Rachel Duggan"]]
    out = run_late([("Northdale Borough Council's cabinet voted 7-2 to close the school.", "claim", "ACTOR",
                     ["Northdale Borough Council's cabinet"])])
    assert out == [["Northdale Borough Council"]]


def test_the_second_review_of_the_tenth_session():
    from classifier.holders import reporting_frame
    # An adverb or a date opening the sentence is no subject; a predicate between a name and a
    # described speaker keeps the speaker.
    text = "Yesterday, the judge, who has presided over the case since 2021, said the trial would resume."
    assert run([(text, "attribution", "ACTOR", ["the judge"])]) != [["Yesterday"]]
    text = "Kestrel Bank, the country's largest lender, plans to cut 2,000 jobs, two people who know the plan said."
    assert run([(text, "attribution", "ACTOR", ["two people who know the plan"])]) != [["Kestrel Bank"]]
    text = "Tomas Brandt, 52, died on Sunday, a neighbour who found him said."
    assert run([(text, "attribution", "ACTOR", ["a neighbour who found him"])]) != [["Tomas Brandt"]]
    # A sponsor is no host; a host's name keeps no full stop.
    units = [("Presented by Alder Mutual Insurance.", "claim", "NONE", []), ("HOST: Welcome.", "attribution", "ACTOR", ["HOST"])]
    assert run(units, HolderResolver(transcript=True))[1] != ["Alder Mutual Insurance."]
    units = [("Presented by Jonah Pell.", "claim", "NONE", []), ("HOST: Welcome.", "attribution", "ACTOR", ["HOST"])]
    assert run(units, HolderResolver(transcript=True))[1] == ["Jonah Pell"]
    # A company after a post stays the holder; "Dame" opens no place's or school's name.
    assert display_form("Chief Executive of Kestrel Energy") == "Kestrel Energy"
    assert display_form("Notre Dame Preparatory School") == "Notre Dame Preparatory School"
    # A headline verb cuts only a name run on through a headline, not an organisation's name.
    for name in ("Simon Says Foundation", "Vital Signs Health Clinic", "Building Blocks Learning Trust"):
        assert display_form(name) == name
    # "..., said an official in the southern province, Nueva Carlota.": no place as the speaker.
    text = "The road was closed, said an official in the southern province, Nueva Carlota."
    f = reporting_frame(text)
    assert text[slice(*f)] != "Nueva Carlota"
    assert run([("Those involved said the deal was fair.", "attribution", "ACTOR", ["Those involved"])]) != [["Those"]]


def test_h12_patterns_of_the_eleventh_session():
    # A full stop after a word that is no abbreviation ends a name: no "Excerpt. The Governor".
    text = "[Excerpt. The Governor's remarks on the budget have been omitted.]"
    assert [x.text for x in candidate_names(text)] == ["Excerpt"]
    assert [x.text for x in candidate_names("[Excerpt. Alma Reyes's remarks are omitted.]")] == ["Excerpt", "Alma Reyes's"]
    assert [x.text for x in candidate_names("Q: [Ruth Ames, Delta Post] Mr. Mayor, a question.")][1:3] == [
        "Ruth Ames", "Delta Post"]
    # "Q: [Name, Outlet]" names the questioner; the role label is the person the headline names.
    units = [("Remarks by Governor Alma Reyes at a Press Briefing", "claim", "NONE", []),
             ("[Excerpt. The Governor's remarks on the budget have been omitted.]", "claim", "NONE", []),
             ("THE GOVERNOR: I'll take questions.", "attribution", "ACTOR", ["THE GOVERNOR"]),
             ("Q: [Ruth Ames, Delta Post] Governor, will you sign the bill?", "attribution", "ACTOR", []),
             ("It passed last night.", "attribution", "ACTOR", []),
             ("THE GOVERNOR: Yes.", "attribution", "ACTOR", ["THE GOVERNOR"]),
             ("Q: Today?", "attribution", "ACTOR", [])]
    out = run_late(units, HolderResolver(transcript=True))
    assert out[2:] == [["Alma Reyes"], ["Ruth Ames"], ["Ruth Ames"], ["Alma Reyes"], ["Reporter"]]
    # A condition another party sets, relayed by name inside a turn, is that party's, quote and all;
    # the turn goes on after it, and a party inside the condition sets nothing.
    units = [("MAYOR DIAZ: We met the union twice.", "attribution", "ACTOR", ["MAYOR DIAZ"]),
             ("Their chair, Tomas Berg, said on Friday that drivers would return only if the fares were frozen.",
              "condition", "ACTOR", ["Tomas Berg"]),
             ("Ken Ode said to me, \"We will sign the day you freeze the fares.", "condition", "ACTOR", ["Ken Ode"]),
             ("Not a day before.\"", "condition", "ACTOR", []),
             ("I think we can do that.", "attribution", "ACTOR", []),
             ("The buses run only if the police tell us the roads are safe.", "condition", "ACTOR", ["the police"])]
    out = run(units, HolderResolver(transcript=True))
    assert out == [["Diaz"], ["Tomas Berg"], ["Ken Ode"], ["Ken Ode"], ["Diaz"], ["Diaz"]]
    # "X was quoted by an outlet as saying": X holds it, and the quote that runs on.
    units = [("\"We will not back down,\" Lan was quoted by VNA as saying.", "attribution", "ACTOR", ["VNA"]),
             ("\"Our firms are ready.\"", "attribution", "ACTOR", []),
             ("The league's head of competitions, Gareth Mole, was quoted by Sky Sports as saying no club would be "
              "charged.", "attribution", "ACTOR", ["league", "Gareth Mole", "Sky Sports"])]
    assert run(units) == [["Lan"], ["Lan"], ["Gareth Mole"]]
    # A portfolio of words the portfolio list lacks, and one joined by "and".
    assert display_form("Minister for Public Expenditure Colm Tierney") == "Colm Tierney"
    assert display_form("Minister for Public Expenditure and Reform Colm Tierney") == "Colm Tierney"
    # The body a titled person is "of" is no second holder.
    text = "Deputy Governor Ines Vidal of the Central Bank of Peru told reporters rates would hold until May."
    assert run([(text, "condition", "ACTOR", ["Deputy Governor Ines Vidal", "Central Bank of Peru"])]) == [
        ["Ines Vidal"]]
    text = "Shares of Kestrel Foods and Alder Mills rose after the Competition Office cleared the deal."
    assert run([(text, "claim", "ACTOR", ["Kestrel Foods", "Alder Mills"])]) == [["Kestrel Foods", "Alder Mills"]]
    # Two definite descriptions in one mention are two parties.
    units = [("The Environment Agency and Lenn District Council will share the cost.", "claim", "ACTOR",
              ["The Environment Agency", "Lenn District Council"]),
             ("The agency and the council said in a joint statement that work would start in May.", "attribution",
              "ACTOR", ["The agency and the council"])]
    assert run(units)[1] == ["Environment Agency", "Lenn District Council"]
    # "Its chair, former deputy prime minister X, said": the name; not the leader of a delegation.
    text = "Its chair, former deputy prime minister Ruth Kanellis, said the term was too short."
    assert run([(text, "attribution", "ACTOR", ["Its chair", "prime minister Ruth Kanellis"])]) == [["Ruth Kanellis"]]
    text = "Peru's delegation, led by Deputy Minister Ana Quispe, said the talks had gone well."
    assert run([(text, "attribution", "ACTOR", ["Peru's delegation", "Deputy Minister Ana Quispe"])]) != [
        ["Ana Quispe"]]
    units = [("Governor Lena Ortiz ordered evacuations.", "claim", "ACTOR", ["Governor Lena Ortiz"]),
             ("The governor, speaking beside Adjutant General Corinne Bates, said troops were ready.", "attribution",
              "ACTOR", ["The governor", "Adjutant General Corinne Bates"])]
    assert run(units)[1] == ["Lena Ortiz"]
    # A headline's lowercase description is the one body the article names with its head (or a
    # kindred head) and every word that qualifies it; a release's "Company" is its issuer.
    units = [("Nurses' union vows to stay out", "attribution", "ACTOR", ["Nurses' union"]),
             ("The Irish Federation of Nurses and Midwives said the strike would go on.", "attribution", "ACTOR",
              ["The Irish Federation of Nurses and Midwives"]),
             ("Month on month, prices fell, the statistics office said.", "attribution", "ACTOR", ["statistics office"]),
             ("The figures came from the National Statistics Institute.", "claim", "NONE", [])]
    # (only a union's kin: an "office" may be an institute or a think tank, so it stays as written)
    assert run_late(units) == [["Irish Federation of Nurses and Midwives"]] * 2 + [["Statistics office"], ["NONE"]]
    units = [("Company plans to file in 2027", "claim", "ACTOR", ["Company"]),
             ("About Calloway Biotherapeutics", "claim", "NONE", [])]
    r = HolderResolver()
    r.issuer = "Calloway Biotherapeutics"
    assert run_late(units, r)[0] == ["Calloway Biotherapeutics"]
    # "Calloway" is Calloway Biotherapeutics.
    units = [("Calloway Biotherapeutics today announced results.", "attribution", "ACTOR", ["Calloway Biotherapeutics"]),
             ("Calloway will present the data in June.", "claim", "ACTOR", ["Calloway"])]
    assert run(units)[1] == ["Calloway Biotherapeutics"]
    # A judge named only by style and surname keeps the style; with her given name known, the name.
    units = [("Mrs Justice Harcourt said she would rule in May.", "attribution", "ACTOR", ["Mrs Justice Harcourt"]),
             ("Harcourt also refused the application.", "claim", "ACTOR", ["Harcourt"])]
    assert run(units) == [["Mrs Justice Harcourt"], ["Mrs Justice Harcourt"]]
    units = [("The jury sent a note to Mrs Justice Harriet Okafor.", "claim", "NONE", []),
             ("Mrs Justice Okafor said she would sentence on Friday.", "attribution", "ACTOR", ["Mrs Justice Okafor"])]
    assert run(units)[1] == ["Harriet Okafor"]
    # "Finnish and Estonian officials": the countries the article names; a group of people
    # from a country the article never names stays as written.
    units = [("A former ambassador to Finland and Estonia chaired the panel.", "claim", "NONE", []),
             ("Finnish and Estonian officials said they would back the plan.", "attribution", "ACTOR",
              ["Finnish", "Estonian"]),
             ("Cuban exiles in Miami said they would protest.", "attribution", "ACTOR", ["Cuban"])]
    assert run_late(units)[1:] == [["Finland", "Estonia"], ["Cuban"]]


def test_h13_patterns_of_the_eleventh_session():
    # A story quoting three labelled lines of a meeting goes on in prose after them: the sentence
    # that names its own speaker ends the turn (a briefing's turns run to the next label).
    texts = ["Route 9 bus to be cut", "The authority voted on Tuesday to stop funding the route."] + [
        f"Background sentence {i}." for i in range(10)] + [
        "From the meeting:", "CLLR ASHWORTH: What happens to the people who cannot walk?",
        "NEIL GARSIDE: We will look at it.", "But the money is not there.",
        "The disability charity Access Forward said its own survey had found 60 wheelchair users nearby.",
        "Its chief executive, Leon Pryce, called the decision a false economy."]
    assert is_transcript(texts) and is_excerpt(texts)
    assert not is_excerpt(["Q: Will you sign?", "MINISTER LEE: Yes.", "Q: When?", "MINISTER LEE: Soon."] * 3)
    units = [(t, "claim", "NONE", []) for t in texts[:12]] + [
        (texts[12], "claim", "NONE", []), (texts[13], "attribution", "ACTOR", ["CLLR ASHWORTH"]),
        (texts[14], "attribution", "ACTOR", ["NEIL GARSIDE"]), (texts[15], "attribution", "ACTOR", []),
        (texts[16], "attribution", "ACTOR", ["Access Forward"]),
        (texts[17], "attribution", "ACTOR", ["Its chief executive", "Leon Pryce"])]
    out = run(units, HolderResolver(transcript=True, excerpt=True))
    assert out[13:] == [["Ashworth"], ["Neil Garside"], ["Neil Garside"], ["Access Forward"], ["Leon Pryce"]]
    # A stage direction of the speaker's own ("[Reads statement]") keeps the turn; a cast line's
    # "Name, post (moderator)" says who "MODERATOR:" is.
    units = [("Participants: Dr. Lucia Ferreira, Minister for Health; Daniel Kiprop, Director of Communications "
              "(moderator)", "claim", "NONE", []),
             ("MODERATOR: Good morning.", "attribution", "ACTOR", ["MODERATOR"]),
             ("MINISTER FERREIRA: Thank you, Daniel.", "attribution", "ACTOR", ["MINISTER FERREIRA"]),
             ("[Reads statement]", "claim", "NONE", []),
             ("Since January our laboratories have confirmed 1,412 cases.", "attribution", "ACTOR", []),
             ("[End of statement]", "claim", "NONE", []),
             ("We publish the figures weekly.", "claim", "NONE", [])]
    out = run(units, HolderResolver(transcript=True))
    assert out[1:] == [["Daniel Kiprop"], ["Lucia Ferreira"], ["NONE"], ["Lucia Ferreira"], ["NONE"], ["NONE"]]
    # "The bank’s board voted": the bank the article named.
    units = [("The Arvenian National Bank held its rate.", "claim", "ACTOR", ["The Arvenian National Bank"]),
             ("The bank’s seven-member board voted five to two.", "claim", "ACTOR", ["bank’s"])]
    assert run(units)[1] == ["Arvenian National Bank"]
    # One minister's portfolios, and one "X and District" body.
    assert split_coordinated("Culture, Media and Heritage Minister Ruairí Tobin") == [
        "Culture, Media and Heritage Minister Ruairí Tobin"]
    assert split_coordinated("Tamsford and District Transport Authority") == ["Tamsford and District Transport Authority"]
    assert split_coordinated("France, Germany and Italy") == ["France", "Germany", "Italy"]
    # Short forms: a firm's name without its last word or with "&" in it, a reader's name, and a
    # three-part name none of whose parts is a given name we know, read first-name first.
    units = [("Calderbrook Power & Gas plc cut its tariff.", "claim", "ACTOR", ["Calderbrook Power & Gas plc"]),
             ("Calderbrook undertakes no obligation to update these statements.", "claim", "ACTOR", ["Calderbrook"]),
             ("Kestrel Point Capital owns 4%.", "claim", "ACTOR", ["Kestrel Point Capital"]),
             ("Kestrel Point urged talks.", "attribution", "ACTOR", ["Kestrel Point"]),
             ("Foreign Minister Azlan Harun Idris spoke to his counterpart.", "claim", "ACTOR",
              ["Foreign Minister Azlan Harun Idris"]),
             ("Azlan described the call as frank.", "attribution", "ACTOR", ["Azlan"])]
    assert [o for o in run(units)[1::2]] == [["Calderbrook Power & Gas plc"], ["Kestrel Point Capital"],
                                               ["Azlan Harun Idris"]]
    assert display_form("Reader Oskar Brandvold") == "Oskar Brandvold"
    # A topic and dash before the speaker: "On Nairobi – the foreign minister told ..."
    units = [("Foreign Minister Daniel Owuor met the envoy.", "claim", "ACTOR", ["Foreign Minister Daniel Owuor"]),
             ("On Nairobi – the foreign minister told Kenyan television that talks would go on.", "attribution",
              "ACTOR", ["Nairobi – the foreign minister"])]
    assert run(units)[1] == ["Daniel Owuor"]
    # "Officials at the ministry and the bank said": both parties.
    r = HolderResolver()
    run([("The Arvenian National Bank and the Ministry of Finance met.", "claim", "ACTOR",
          ["The Arvenian National Bank", "Ministry of Finance"])], r)
    text = "Officials at the ministry and the bank said the meetings were routine."
    assert [h.holder for h in r.resolve(1, "attribution", "ACTOR", [m(text[:38], text)], text)] == [
        "Ministry of Finance", "Arvenian National Bank"]



def test_the_review_of_the_eleventh_session():
    """A helper read the session's rules and confirmed 12 misfires on ordinary news; each is here."""
    # A briefing's long opening statement is no excerpt: its turn runs to the next label.
    texts = (["Flood briefing", "MINISTER HALLORAN: Good morning."] + [f"Statement sentence {i}." for i in range(10)]
             + ["Q: When will the water fall?", "MINISTER HALLORAN: By Friday.", "Q: Thanks.", "(END)"])
    assert is_transcript(texts) and not is_excerpt(texts)
    # The passive relay: the subject, not the body in its apposition.
    for text, ms, want in [
            ("Gareth Mole, head of competitions at the Northern League, was quoted by Sky Sports as saying no club "
             "would be charged.", ["Gareth Mole", "Northern League", "Sky Sports"], ["Gareth Mole"]),
            ("Sara Ilves, an economist at Nordbank, was quoted by the Helsinki Times as saying rates would fall.",
             ["Sara Ilves", "Nordbank", "Helsinki Times"], ["Sara Ilves"]),
            ("Ana Ruiz and Bo Li were quoted by Xinhua as saying talks went well.", ["Ana Ruiz", "Bo Li", "Xinhua"],
             ["Ana Ruiz", "Bo Li"])]:
        assert run([(text, "attribution", "ACTOR", ms)]) == [want]
    # Only the words of a post lie between a description and its name.
    for text, ms in [("The opposition, unlike finance minister Petra Lind, said the plan was wrong.",
                      ["The opposition", "finance minister Petra Lind"]),
                     ("The union, whose members include nurse Ann Lee, said the plan was wrong.",
                      ["The union", "nurse Ann Lee"])]:
        assert run([(text, "attribution", "ACTOR", ms)])[0] != ["Petra Lind"] and run(
            [(text, "attribution", "ACTOR", ms)])[0] != ["Ann Lee"]
    # In a turn, the speaker's own condition stays the speaker's ("I called X, and I said ...").
    units = [("PREMIER WALSH: Thanks for coming.", "attribution", "ACTOR", ["PREMIER WALSH"]),
             ("I called Mayor Ruiz, and I said we will not release the money until the audit is done.", "condition",
              "ACTOR", ["Mayor Ruiz"]),
             ("The union, which I met on Friday, said nothing new, so we will keep the depots shut until they sign.",
              "condition", "ACTOR", ["The union"])]
    assert run(units, HolderResolver(transcript=True))[1:] == [["Walsh"], ["Walsh"]]
    # A place before a firm's last word is no short form of the firm.
    units = [("Hong Kong Airlines will cut 20 flights.", "claim", "ACTOR", ["Hong Kong Airlines"]),
             ("Hong Kong said it would review the licence.", "attribution", "ACTOR", ["Hong Kong"]),
             ("Texas Mutual Insurance raised premiums.", "claim", "ACTOR", ["Texas Mutual Insurance"]),
             ("Texas sued the firm.", "claim", "ACTOR", ["Texas"])]
    assert [o for o in run(units)[1::2]] == [["Hong Kong"], ["Texas"]]
    # A stage direction in brackets after "Q:" names no questioner.
    units = [("Q: (Through Interpreter) Minister, when will the border reopen?", "attribution", "ACTOR", [])]
    assert run(units, HolderResolver(transcript=True)) == [["Reporter"]]
    # A possessor before a noun that does not speak for it is not the holder.
    units = [("Kestrel Foods raised its bid.", "claim", "ACTOR", ["Kestrel Foods"]),
             ("The company’s rivals said regulators should block the deal until it sells a plant.", "condition",
              "ACTOR", ["company’s"])]
    assert run(units)[1] != ["Kestrel Foods"]
    # A cast line's post holds no other names: "A, post, and B (moderator)" is B's.
    units = [("Participants: Dr. Lucia Ferreira, Minister for Health, and Daniel Kiprop (moderator)", "claim", "NONE",
              []), ("MODERATOR: Good morning.", "attribution", "ACTOR", ["MODERATOR"])]
    assert run(units, HolderResolver(transcript=True))[1] != ["Lucia Ferreira"]
    # "Energy agency" is no "Institute for Energy Studies": only a union's kin are read as its name.
    units = [("Energy agency cuts oil demand forecast", "attribution", "ACTOR", ["Energy agency"]),
             ("Analysts at the Oxford Institute for Energy Studies said demand was weak.", "attribution", "ACTOR",
              ["Oxford Institute for Energy Studies"])]
    assert run_late(units)[0] == ["Energy agency"]
    # A party whose name is a portfolio too is a second holder.
    assert split_coordinated("Reform and Housing Secretary Ann Lee") == ["Reform", "Housing Secretary Ann Lee"]


def test_h15_h16_patterns_of_the_twelfth_session():
    # An anonymous source at the end of the sentence keeps its defining words, and "the people"
    # and "they" later are the same party.
    units = [("Larkspur Brands is weighing a bid for Ossory Mills, according to people familiar with the matter.",
              "attribution", "ACTOR", ["people"]),
             ("The talks are at an early stage, the people said.", "attribution", "ACTOR", ["the people"]),
             ("A bid could still be dropped, they said.", "attribution", "ACTOR", ["they"])]
    assert run(units) == [["People familiar with the matter"]] * 3
    # A firm's first word is its short form for more kinds of firm ("Larkspur" for Larkspur Brands),
    # not for a college a town is named in.
    units = [("Larkspur Brands makes crisps in Ohio.", "claim", "NONE", []),
             ("Larkspur said it had no comment.", "attribution", "ACTOR", ["Larkspur"])]
    assert run(units)[1] == ["Larkspur Brands"]
    units = [("Harlow College will close its sixth form.", "claim", "ACTOR", ["Harlow College"]),
             ("Harlow said it would open a new bus depot.", "attribution", "ACTOR", ["Harlow"])]
    assert run(units)[1] == ["Harlow"]
    # An institution's portfolios with a comma and "and": one body, after a possessor too.
    text = "Britain's Foreign, Commonwealth and Development Office said two firms were listed."
    assert run([(text, "attribution", "ACTOR", ["Britain's Foreign, Commonwealth and Development Office"])]) == [
        ["Britain's Foreign, Commonwealth and Development Office"]]
    # "Energy and Water Authority" is one name among the candidates, so "the regulator" finds it.
    units = [("The plan needs approval from the Energy and Water Authority, which meets in May.", "claim", "NONE",
              []),
             ("The regulator declined to comment.", "claim", "ACTOR", ["The regulator"])]
    assert [x.text for x in candidate_names(units[0][0])] == ["Energy and Water Authority"]
    assert run(units)[1] == ["Energy and Water Authority"]
    # An acronym the article defines in brackets is the name before it.
    units = [("The Coastal Monitoring Service (COMOS) issued a storm warning on Monday.", "claim", "ACTOR",
              ["The Coastal Monitoring Service"]),
             ("The surge will peak at dawn, COMOS said.", "attribution", "ACTOR", ["COMOS"])]
    assert run_late(units)[1] == ["Coastal Monitoring Service"]
    # ... not a party after a person, nor a country code after a firm.
    units = [("Councillor Aine Kerr (DUP) said the plan was unaffordable.", "attribution", "ACTOR",
              ["Councillor Aine Kerr"]),
             ("The DUP said it would vote against the budget.", "attribution", "ACTOR", ["The DUP"])]
    assert run_late(units)[1] == ["DUP"]
    units = [("Halden Foods (UK) recalled 40,000 jars.", "claim", "ACTOR", ["Halden Foods"]),
             ("The UK said it would review labelling rules.", "attribution", "ACTOR", ["The UK"])]
    assert run_late(units)[1] == ["UK"]
    # An occupation before a name is no part of it; nor is where the person is from.
    assert display_form("Volcanologist Ines Arbeloa") == "Ines Arbeloa"
    assert display_form("Tupou Lolohea of Tonga") == "Tupou Lolohea"
    assert display_form("Republic of Palau") == "Republic of Palau"
    assert display_form("Girl Guides of Canada") == "Girl Guides of Canada"
    assert display_form("National Theatre of Scotland") == "National Theatre of Scotland"
    assert display_form("Chemist Direct") == "Chemist Direct"
    assert display_form("Poet Laureate Ann Ruiz") == "Poet Laureate Ann Ruiz"
    # "Friends of the X" is one name, "Members of the X" the members of X.
    assert display_form("Friends of the Marsh") == "Friends of the Marsh"
    assert display_form("Members of the Dockhands' Union") == "Dockhands' Union"
    # A judge named only by style and surname keeps the style: "Ferris" alone is no name used.
    assert run([("Judge Okoro told jurors the trial would last a week.", "attribution", "ACTOR",
                 ["Judge Okoro"])]) == [["Judge Okoro"]]
    # A news outlet that relays a named party's words: the party's.
    units = [("Premier Alma Ruud survived the vote.", "claim", "ACTOR", ["Premier Alma Ruud"]),
             ("Ruud, 61, told lawmakers the fund had been audited, according to the NTB news agency.", "attribution",
              "ACTOR", ["Ruud", "NTB news"])]
    assert run(units)[1] == ["Alma Ruud"]
    # "Speaking to <outlet> ..., she ...": the outlet listens.
    units = [("Senator Ilse Varga lost the vote.", "claim", "ACTOR", ["Senator Ilse Varga"]),
             ("Speaking to regional broadcaster Kanal Nord on Friday, she called the result a warning.",
              "attribution", "ACTOR", ["Kanal Nord"])]
    assert run(units)[1] == ["Ilse Varga"]
    # A capital stands for its country where the article names it: Riga, Vilnius, Tallinn too.
    units = [("Vilnius says the case is for the courts", "attribution", "ACTOR", ["Vilnius"]),
             ("Lithuania summoned the envoy on Monday.", "claim", "ACTOR", ["Lithuania"])]
    assert run_late(units)[0] == ["Lithuania"]
    # ... not a capital acting as a city, nor a woman called Sofia.
    units = [("Oslo said it would ban diesel taxis from the city centre.", "attribution", "ACTOR", ["Oslo"]),
             ("Taxi drivers across Norway protested.", "claim", "ACTOR", ["Taxi drivers"])]
    assert run_late(units)[0] == ["Oslo"]
    units = [("Workers from Bulgaria make up half the staff.", "claim", "NONE", []),
             ("Sofia said the agency took a third of her wages.", "attribution", "ACTOR", ["Sofia"])]
    assert run_late(units)[1] == ["Sofia"]
    # "According to" a vague source names no one, whatever the tagger marked inside it.
    units = [("The river rose 4 metres, according to official readings.", "attribution", "ACTOR",
              ["official readings"]),
             ("Strikes made up a third of attacks, according to figures compiled by monitoring groups.", "attribution",
              "ACTOR", ["monitoring"])]
    assert run(units) == [["NONE"], ["NONE"]]
    # ... but a named body relaying a plain verb stays ("data released on Tuesday by X").
    text = "Starts fell in August, according to data released on Tuesday by Statistics Canada."
    assert run([(text, "attribution", "ACTOR", [])]) == [["Statistics Canada"]]
    text = "Inflation fell to 2.9%, according to the Office for National Statistics."
    assert run([(text, "attribution", "ACTOR", ["the Office for National Statistics"])]) == [
        ["Office for National Statistics"]]
    # A release's "the Group" is its issuer; a court "in Luxembourg" is the court.
    units = [("The Group will recruit 40 nurses for the new ward.", "claim", "ACTOR", ["The Group"])]
    assert run_late(units, HolderResolver(issuer="Harbourside Care Partners")) == [["Harbourside Care Partners"]]
    assert display_form("General Court in Luxembourg") == "General Court"
    assert display_form("the Russian Embassy in London") == "Russian Embassy in London"
    # An anonymous source keeps its defining words with a name inside; a relative pronoun is no name.
    assert display_form("people familiar with Lisbon’s position") == "People familiar with Lisbon’s position"
    assert display_form("A 52-year-old Galway farmer who") == "52-year-old Galway farmer"
    # A definite "the report" refers back to its publisher; a report "in" a named paper names it.
    units = [("The Halden Institute published a survey of tenants on Monday.", "claim", "ACTOR",
              ["The Halden Institute"]),
             ("Rents rose 9% in a year, according to the survey.", "attribution", "ACTOR", ["the survey"])]
    assert run(units)[1] == ["Halden Institute"]
    text = "Rents rose 9% in a year, according to a report in the Kessel Herald."
    assert run([(text, "attribution", "ACTOR", [])]) == [["Kessel Herald"]]
    # "spokeswoman" and the firm marked apart: the firm.
    units = [("Larkspur Brands makes crisps in Ohio.", "claim", "NONE", []),
             ("A spokeswoman for Larkspur declined to comment.", "claim", "ACTOR", ["spokeswoman", "Larkspur"])]
    assert run(units)[1] == ["Larkspur Brands"]


def test_h14_patterns_of_the_eleventh_session():
    # A headline "Name: ‘quote’" is the speaker's; a byline after it ends her turn.
    units = [("Leah Hart: ‘I made the film nobody would pay to see’", "attribution", "ACTOR", ["Leah Hart"]),
             ("By Jonas Ekberg", "claim", "NONE", []),
             ("The film opens next month.", "claim", "NONE", []),
             ("Q: What happened?", "attribution", "ACTOR", []),
             ("HART: We had a script.", "attribution", "ACTOR", ["HART"]),
             ("Then the studio pulled out.", "claim", "NONE", [])]
    assert is_transcript([u[0] for u in units])
    out = run(units, HolderResolver(transcript=True))
    assert out == [["Leah Hart"], ["NONE"], ["NONE"], ["Reporter"], ["Leah Hart"], ["Leah Hart"]]
    # A headline's "Omani minister" is the Omani minister of an article with two; "Irish minister"
    # is the one minister an article never calls Irish.
    units = [("Group will hold cuts, Omani minister says", "attribution", "ACTOR", ["Omani minister"]),
             ("Omani Energy Minister Salim al-Harthy spoke after Kazakh Energy Minister Nurlan Seitkali.", "claim",
              "NONE", [])]
    assert run_late(units)[0] == ["Salim al-Harthy"]
    units = [("Irish minister says he won't step in", "attribution", "ACTOR", ["Irish minister"]),
             ("Transport Minister Declan Noone said the government would not intervene.", "attribution", "ACTOR",
              ["Transport Minister Declan Noone"])]
    assert run_late(units)[0] == ["Declan Noone"]
    # A question that relays a named party's condition: the party's (the guide's current gold),
    # and a span read across a full stop ("Pacific Wire. The European Union") is cut at it.
    units = [("Q: General, the Dutch government said its frigates would sail only if fuel was guaranteed.",
              "condition", "ACTOR", ["the Dutch government"]),
             ("Is that guarantee in place?", "attribution", "ACTOR", []),
             ("Q: Pacific Wire. The European Union said it would lift duties only if Beijing dropped its probe.",
              "condition", "ACTOR", ["Pacific Wire. The European Union"])]
    out = run_late(units, HolderResolver(transcript=True))
    assert out == [["Dutch government"], ["Reporter"], ["European Union"]]
    assert [x.text for x in candidate_names("Q: Pacific Wire. The European Union said so.")][1:] == [
        "Pacific Wire.", "The European Union"]


def test_transcript_patterns_of_the_twelfth_session():
    # A Hansard hearing: "The Chair (Name (Riding, Party)):" names who every later "The Chair:"
    # is; a member's "Name (Riding, Party):" and a witness's "Name (Post, Department):" open
    # turns, also with an accented name; a letter the chair reads into the record is its
    # sender's until its quotation closes, and the chair's turn goes on after it.
    units = [("The Chair (Ms. Harriet Voclain (Fenmoor East, Lib.)): Good morning, members, and welcome.",
              "attribution", "ACTOR", ["The Chair", "Ms. Harriet Voclain"]),
             ("I will first read into the record a letter the clerk received yesterday from Brightwater Ferries "
              "Ltd., the operator of the crossing.", "attribution", "ACTOR", []),
             ("It reads: “Brightwater has run every sailing the contract requires.", "attribution", "ACTOR", ["It"]),
             ("We will add a winter timetable only if the province pays for the extra crew.”", "condition", "ACTOR",
              []),
             ("That concludes the letter.", "claim", "NONE", []),
             ("Mr. Ömer Kasprzak (Ridgeway North, NDP): Madam Chair, I have asked for that timetable since March.",
              "attribution", "ACTOR", ["I"]),
             ("Mr. Dunstan Hale (Director General, Marine Services, Department of Transport and Ports): Thank you.",
              "attribution", "ACTOR", ["Mr. Dunstan Hale"]),
             ("Two of the four vessels are over thirty years old.", "claim", "NONE", []),
             ("The Chair: Order, please.", "attribution", "ACTOR", ["The Chair"]),
             ("Mr. Kasprzak, you have the floor.", "attribution", "ACTOR", ["Mr. Kasprzak"]),
             ("Mr. Ömer Kasprzak: Then when will the timetable be ready?", "attribution", "ACTOR",
              ["Mr. Ömer Kasprzak"])]
    assert is_transcript([u[0] for u in units])
    assert run(units, HolderResolver(transcript=True)) == [
        ["Harriet Voclain"], ["Harriet Voclain"], ["Brightwater Ferries Ltd."], ["Brightwater Ferries Ltd."],
        ["Harriet Voclain"], ["Ömer Kasprzak"], ["Dunstan Hale"], ["Dunstan Hale"], ["Harriet Voclain"],
        ["Harriet Voclain"], ["Ömer Kasprzak"]]
    # "Q (Outlet):" names no questioner: the unnamed Reporter's question, whose relayed condition
    # is still the party's that sets it; "Q (Rasch):" after "Q (Tove Rasch, ...)" is hers.
    units = [("MS. HALVORSEN: Welcome to the ministry.", "attribution", "ACTOR", ["MS. HALVORSEN"]),
             ("Q (Dagsposten Radio): The Rail Workers Union said on Monday it would stand down only if the depot "
              "stays open.", "condition", "ACTOR", ["The Rail Workers Union"]),
             ("Will it stay open?", "attribution", "ACTOR", []),
             ("MS. HALVORSEN: We have not decided.", "attribution", "ACTOR", ["MS. HALVORSEN"]),
             ("Q (HKR): When will you decide?", "attribution", "ACTOR", ["HKR"]),
             ("Q (Tove Rasch, Kystavisen): Minister, is the second depot safe?", "attribution", "ACTOR",
              ["Tove Rasch"]),
             ("MS. HALVORSEN: Yes.", "attribution", "ACTOR", ["MS. HALVORSEN"]),
             ("Q (Rasch): For how long?", "attribution", "ACTOR", ["Rasch"])]
    assert run(units, HolderResolver(transcript=True)) == [
        ["Halvorsen"], ["Rail Workers Union"], ["Reporter"], ["Halvorsen"], ["Reporter"], ["Tove Rasch"],
        ["Halvorsen"], ["Tove Rasch"]]
    # An interview's byline "Interviewed by Name" ends the headline speaker's turn (the intro
    # after it is no turn) and names who asks its "Q:" turns.
    units = [("Kestrel Amundsen-Roy: ‘I never wanted to climb it twice’", "attribution", "ACTOR",
              ["Kestrel Amundsen-Roy"]),
             ("The mountaineer on frostbite, sponsors and the summit she turned back from", "attribution", "ACTOR",
              []),
             ("Interviewed by Tomasz Wieland, Outdoors Correspondent", "claim", "NONE", []),
             ("The expedition left base camp on April 2.", "claim", "NONE", []),
             ("Q: Why did you turn back?", "attribution", "ACTOR", []),
             ("AMUNDSEN-ROY: The wind.", "attribution", "ACTOR", ["AMUNDSEN-ROY"]),
             ("Q: Would you go again?", "attribution", "ACTOR", [])]
    assert is_transcript([u[0] for u in units])
    assert run(units, HolderResolver(transcript=True)) == [
        ["Kestrel Amundsen-Roy"], ["Kestrel Amundsen-Roy"], ["NONE"], ["NONE"], ["Tomasz Wieland"],
        ["Kestrel Amundsen-Roy"], ["Tomasz Wieland"]]


def test_the_review_of_the_twelfth_session_transcripts():
    t = lambda: HolderResolver(transcript=True)  # noqa: E731 - a fresh transcript resolver per case
    # "Q (Surname):" is the questioner; "Q (NTB):" and "Q (Kessel Radio News):" name an outlet.
    units = [("MINISTER HALE: Good morning.", "attribution", "ACTOR", []),
             ("Q (Kowalczyk): Minister, will the plant close?", "attribution", "ACTOR", ["Kowalczyk"]),
             ("Q (NTB): Will it close?", "attribution", "ACTOR", []),
             ("Q (Kessel Radio News): And the jobs?", "attribution", "ACTOR", [])]
    assert run(units, t())[1:] == [["Kowalczyk"], ["Reporter"], ["Reporter"]]
    # An interview credited to an outlet names no questioner; an audience's questions are no
    # interviewer's.
    units = [("Interview by Kessel Radio News", "claim", "NONE", []),
             ("Q: Will the plant close?", "attribution", "ACTOR", [])]
    assert run(units, t())[1] == ["Reporter"]
    units = [("Interviewed by Tom Hale, Business Editor", "claim", "NONE", []),
             ("Q: Why now?", "attribution", "ACTOR", []),
             ("RUIZ: Because.", "attribution", "ACTOR", []),
             ("AUDIENCE QUESTIONS", "claim", "NONE", []),
             ("Q: What about the pension fund?", "attribution", "ACTOR", [])]
    out = run(units, t())
    assert out[1] == ["Tom Hale"] and out[4] == ["Reporter"]
    # A role of three words with the name in nested brackets names who the role is after it.
    units = [("MR. DAN GREY (Kessel North, Lib.): I have a question.", "attribution", "ACTOR", []),
             ("The Acting Speaker (Mr. Tom Hale (Harlow, NDP)): Order.", "attribution", "ACTOR", []),
             ("Mr. Dan Grey (Kessel North, Lib.): Thank you.", "attribution", "ACTOR", []),
             ("The Acting Speaker: Order, please.", "attribution", "ACTOR", [])]
    assert run(units, t())[1:] == [["Tom Hale"], ["Dan Grey"], ["Tom Hale"]]
    # A letter "in reply to" which the turn mentions a party's is not the letter read out.
    units = [("MR. HALE: In reply to a letter from Ossory Mills, the minister wrote to us on May 3.", "attribution",
              "ACTOR", ["Ossory Mills"]),
             ("It reads: “I have no plans to intervene.”", "attribution", "ACTOR", [])]
    assert run(units, t())[1] == ["Hale"]


def test_the_second_review_of_the_twelfth_session():
    t = lambda: HolderResolver(transcript=True)  # noqa: E731 - a fresh transcript resolver per case
    # A questioner whose given name is an agency's acronym, or whose surname is in capitals.
    units = [("MINISTER HALE: Good morning.", "attribution", "ACTOR", []),
             ("Q (Ria Sharma): Will the plant close?", "attribution", "ACTOR", ["Ria Sharma"]),
             ("Q (KIM): And the jobs?", "attribution", "ACTOR", ["KIM"]),
             ("Q (NHK): And the port?", "attribution", "ACTOR", [])]
    assert run(units, t())[1:] == [["Ria Sharma"], ["Kim"], ["Reporter"]]
    # (third review) a surname in capitals with a y, and an outlet's word that is a surname too
    units = [("MINISTER HALE: Good morning.", "attribution", "ACTOR", []),
             ("Q (LYNCH): Will the plant close?", "attribution", "ACTOR", ["LYNCH"]),
             ("Q (Jane Post): And the jobs?", "attribution", "ACTOR", ["Jane Post"]),
             ("Q (Halvard Dagblad): And the port?", "attribution", "ACTOR", [])]
    assert run(units, t())[1:] == [["Lynch"], ["Jane Post"], ["Reporter"]]
    # A stock exchange's code after a listed firm is no acronym of the firm.
    units = [("Kessel Logistics Services (LSE) said profits fell.", "attribution", "ACTOR",
              ["Kessel Logistics Services"]),
             ("The LSE said trading in the shares was suspended.", "attribution", "ACTOR", ["The LSE"])]
    assert run_late(units)[1] == ["LSE"]
    # An outlet's question after an interviewer's credit is still the unnamed reporter's; a
    # newsroom credits no one.
    units = [("Interview by Tom Hale", "claim", "NONE", []),
             ("Q (Kessel Radio News): Will the plant close?", "attribution", "ACTOR", [])]
    assert run(units, t())[1] == ["Reporter"]
    units = [("Interview by Herald Staff", "claim", "NONE", []),
             ("Q: Will the plant close?", "attribution", "ACTOR", [])]
    assert run(units, t())[1] == ["Reporter"]
    # A party after a person with an unlisted given name is still no acronym of hers.
    units = [("Shona Pattinson (SNP) said the plan was unaffordable.", "attribution", "ACTOR", ["Shona Pattinson"]),
             ("The SNP said it would vote against the budget.", "attribution", "ACTOR", ["The SNP"])]
    assert run_late(units)[1] == ["SNP"]
    # A letter "about" a subject "from" its sender is the sender's when read out.
    units = [("CHAIR: I have a letter about the timetable from Brightwater Ferries.", "attribution", "ACTOR",
              ["Brightwater Ferries"]),
             ("It reads: “We will run the winter service.”", "attribution", "ACTOR", [])]
    assert run(units, t())[1] == ["Brightwater Ferries"]
    # A name whose surname is a role word is no role label.
    units = [("MINISTER HALE: Good morning.", "attribution", "ACTOR", []),
             ("Dan Guest (Chief Executive, Kessel Ports): We are ready.", "attribution", "ACTOR", [])]
    assert run(units, t())[1] == ["Dan Guest"]
    # An apposition whose name holds "and": the name after the comma, without its article.
    assert display_form("The safety regulator, the Health and Safety Executive") == "Health and Safety Executive"
    # "said to be" reports no words: the paper that reports it holds them.
    text = "Ann Ruiz, 54, said to be the board's choice, will take over in May, according to the Kessel Herald."
    assert run([(text, "attribution", "ACTOR", ["Ann Ruiz", "Kessel Herald"])]) == [["Kessel Herald"]]
    # Two ministries told apart by their capitals stay apart.
    assert display_form("The Foreign Ministry in Beijing") != display_form("The Foreign Ministry in Tokyo")
    assert display_form("Red Crescent of Jordan") == "Red Crescent of Jordan"


def test_h17_h18_patterns_of_the_thirteenth_session():
    # A picture credit in an interview is no speaker's label.
    units = [("Ines Varga on her new season", "claim", "ACTOR", ["Ines Varga"]),
             ("Photograph: Lena Moss for The Harbour Review", "claim", "NONE", []),
             ("Q: Why this play now?", "attribution", "ACTOR", []),
             ("A: Because the town knows the story.", "attribution", "ACTOR", [])]
    assert "Photograph" not in sum(run(units, HolderResolver(transcript=True)), [])
    # A possessive determiner or "both" before a name is not part of it.
    assert run([("Her Civic Renewal Party (CRP) has called a rally.", "claim", "ACTOR",
                 ["Her Civic Renewal Party"])]) == [["Civic Renewal Party"]]
    assert run([("Both Okafor-Lind and Marsh said the case could slip.", "attribution", "ACTOR",
                 ["Both Okafor-Lind", "Marsh"])]) == [["Okafor-Lind", "Marsh"]]
    # "quoted X as claiming": the quoted party, not the agency.
    units = [("Tanjug quoted an official of the Serbian Interior Ministry as claiming that the border was calm.",
              "attribution", "ACTOR", ["Tanjug", "Serbian Interior Ministry"])]
    assert run(units) == [["Serbian Interior Ministry"]]
    # A body whose name holds "and" with a lowercase word inside, and a fire service's name.
    units = [("The Food and Consumer products Safety Authority said the recall was voluntary.", "attribution",
              "ACTOR", ["The Food and Consumer products Safety Authority"])]
    assert run(units) == [["Food and Consumer products Safety Authority"]]
    units = [("Crews from Avondale and Lyme Fire and Rescue Service were called.", "claim", "ACTOR",
              ["Avondale and Lyme Fire and Rescue Service"]),
             ("Kestrel Police and Kestrel Fire and Rescue Service said the road was shut.", "attribution", "ACTOR",
              ["Kestrel Police and Kestrel Fire and Rescue Service"])]
    assert run(units) == [["Avondale and Lyme Fire and Rescue Service"],
                          ["Kestrel Police", "Kestrel Fire and Rescue Service"]]
    # An acronym of that body is the body.
    units = [("The Food and Consumer products Safety Authority said the recall was voluntary.", "attribution",
              "ACTOR", ["The Food and Consumer products Safety Authority"]),
             ("An FCSA spokesperson said more tests were due.", "attribution", "ACTOR", ["FCSA"])]
    assert run_late(units)[1] == ["Food and Consumer products Safety Authority"]
    # Detectives and officers act for the one police force named; "Army officers" stay.
    units = [("Hollin Vale Police said a man had been arrested.", "attribution", "ACTOR", ["Hollin Vale Police"]),
             ("Detectives are appealing for witnesses.", "claim", "ACTOR", ["Detectives"]),
             ("Officers searched the house on Monday.", "claim", "ACTOR", ["Officers"])]
    assert run_late(units)[1:] == [["Hollin Vale Police"], ["Hollin Vale Police"]]
    assert run_late([("Army officers said the road was closed.", "attribution", "ACTOR", ["Army officers"])]) == [
        ["Army officers"]]
    # An unnamed spokesperson right after a body speaks for it; after a person, stays unnamed.
    units = [("The Tarn Valley Transport Authority said it had not been asked to pay.", "attribution", "ACTOR",
              ["The Tarn Valley Transport Authority"]),
             ("A spokesperson added that any bid would be weighed in the autumn.", "attribution", "ACTOR",
              ["A spokesperson"])]
    assert run(units)[1] == ["Tarn Valley Transport Authority"]
    units = [("Mayor Ellen Price said the route would close.", "attribution", "ACTOR", ["Mayor Ellen Price"]),
             ("A spokesperson added that talks went on.", "attribution", "ACTOR", ["A spokesperson"])]
    assert run(units)[1] == ["Spokesperson"]
    # "The commission and the X Police Service": the commission resolved, then the named body.
    units = [("The Independent Electoral Commission declared the result.", "claim", "ACTOR",
              ["The Independent Electoral Commission"]),
             ("The commission and the Lakeland Police Service warned that tampering would be prosecuted.",
              "attribution", "ACTOR", ["The commission and the Lakeland Police Service"])]
    assert run(units)[1] == ["Independent Electoral Commission", "Lakeland Police Service"]
    # A headline's "central bank" or "school board" by the name's own words and its kind.
    units = [("Hungarian central bank holds rates", "claim", "ACTOR", ["Hungarian central bank"]),
             ("The Hungarian National Bank kept its base rate at 6.5%.", "claim", "ACTOR",
              ["The Hungarian National Bank"])]
    assert run_late(units)[0] == ["Hungarian National Bank"]
    units = [("Ardley Township school board delays vote", "claim", "ACTOR", ["Ardley Township school board"]),
             ("The Ardley Township Board of Education voted 5-4 to wait.", "claim", "ACTOR",
              ["The Ardley Township Board of Education"])]
    assert run_late(units)[0] == ["Ardley Township Board of Education"]
    # A headline's "X manager" of a report with two managers is the one described with X.
    units = [("Dunmore manager says his side were robbed", "attribution", "ACTOR", ["Dunmore manager"]),
             ("Dunmore manager Pieter Hals said the penalty was wrong.", "attribution", "ACTOR",
              ["Dunmore manager Pieter Hals"]),
             ("Ashby manager Rui Vaz said it was clear.", "attribution", "ACTOR", ["Ashby manager Rui Vaz"])]
    assert run_late(units)[0] == ["Pieter Hals"]
    # "Her lawyer, X," and "A firm's spokeswoman, X,": the person named.
    units = [("Mira Holm brought the case.", "claim", "ACTOR", ["Mira Holm"]),
             ("Her lawyer, Tessa Brandt of Brandt Legal, called the ruling a landmark.", "attribution", "ACTOR",
              ["Her", "Tessa Brandt of Brandt Legal"])]
    assert run(units)[1] == ["Tessa Brandt"]
    units = [("A Velder spokeswoman, Karin Olsson, declined to comment.", "attribution", "ACTOR",
              ["A Velder", "Karin Olsson"])]
    assert run(units) == [["Karin Olsson"]]
    # "Judge X of the Court", "envoy for Place, Name": the person.
    units = [("Judge Rosa Delgado of the Ninth Circuit wrote that the law was void.", "attribution", "ACTOR",
              ["Judge Rosa Delgado of the Ninth Circuit"]),
             ("The U.N. special envoy for Velmara, Henrik Aasland, urged both sides to talk.", "attribution", "ACTOR",
              ["Velmara, Henrik Aasland"])]
    assert run(units) == [["Rosa Delgado"], ["Henrik Aasland"]]
    # ... and a headline's "Ontario judge" is that judge.
    units = [("Ontario judge rules app maker breached privacy", "attribution", "ACTOR", ["Ontario judge"]),
             ("“No one agreed,” Justice Harriet Lund of the Ontario Superior Court of Justice wrote.", "attribution",
              "ACTOR", ["Justice Harriet Lund of the Ontario Superior Court of Justice"])]
    assert run_late(units)[0] == ["Harriet Lund"]


def test_h19_patterns_of_the_thirteenth_session():
    t = lambda: HolderResolver(transcript=True)  # noqa: E731 - a fresh transcript resolver per case
    # "I’m" is no part of the host's name; a label in capitals keeps both parts of a hyphenated
    # surname; labels by initials are the people the transcript names.
    units = [("RHONA MACKIE-DEL RIO: Hello, I’m Rhona Mackie-Del Rio, and this is Signal.", "attribution", "ACTOR",
              ["RHONA MACKIE-DEL RIO"]),
             ("With me are Tomas Ferreira and Lena Oduya.", "attribution", "ACTOR", []),
             ("TF: Thanks for having me.", "attribution", "ACTOR", ["TF"]),
             ("It is a strange week.", "attribution", "ACTOR", []),
             ("LO: It is.", "attribution", "ACTOR", ["LO"])]
    out = run_late(units, t())
    assert out[0] == ["Rhona Mackie-Del Rio"] and out[2:] == [["Tomas Ferreira"], ["Tomas Ferreira"], ["Lena Oduya"]]
    # A meeting record: the cast line's President and delegates, procedural lines held by no one.
    units = [("President: Ms. Ama Kissi (Ghana)", "claim", "NONE", []),
             ("Speakers: Mr. Paul Berger (France); Ms. Jo Reyes (United States of America)", "claim", "NONE", []),
             ("The meeting was called to order at 10 a.m.", "claim", "NONE", []),
             ("The President: I give the floor to the representative of France.", "attribution", "ACTOR",
              ["The President"]),
             ("The representative of France (spoke in French): France is concerned.", "attribution", "ACTOR", []),
             ("Access must improve.", "attribution", "ACTOR", []),
             ("The representative of the United States: Thank you.", "attribution", "ACTOR", []),
             ("The representative of Chile: We agree.", "attribution", "ACTOR", []),
             ("The meeting rose at 1 p.m.", "claim", "NONE", [])]
    assert run(units, t()) == [["NONE"], ["NONE"], ["NONE"], ["Ama Kissi"], ["Paul Berger"], ["Paul Berger"],
                               ["Jo Reyes"], ["Chile"], ["NONE"]]
    # A headline's person description is no fuller name of the club it names.
    units = [("Arden United manager says captain faces fitness test", "attribution", "ACTOR",
              ["Arden United manager"]),
             ("Arden said the midfielder would be assessed on Saturday.", "attribution", "ACTOR", ["Arden"])]
    assert run(units)[1] == ["Arden United"]
    # "The operator" or "the forecaster" is no city the article names.
    units = [("Coastline Rail has cancelled services west of Galway.", "claim", "ACTOR", ["Coastline Rail"]),
             ("In a second post, the operator said the line would stay shut.", "attribution", "ACTOR",
              ["the operator"])]
    assert run(units)[1] == ["Coastline Rail"]
    # "The council" of a London borough; a council's members voting; residents of two places.
    units = [("The London Borough of Marlow suspended him in 2021.", "claim", "ACTOR", ["The London Borough of Marlow"]),
             ("The council said it had cooperated fully.", "attribution", "ACTOR", ["The council"])]
    assert run(units)[1] == ["London Borough of Marlow"]
    assert run([("Members of Tansley Borough Council voted 27 to 19.", "claim", "ACTOR",
                 ["Members of Tansley Borough Council"])]) == [["Tansley Borough Council"]]
    assert run([("The Mill Lane and Cherry Hill Residents’ Association said it was disappointed.", "attribution",
                 "ACTOR", ["The Mill Lane and Cherry Hill Residents’ Association"])]) == [
        ["Mill Lane and Cherry Hill Residents’ Association"]]


def test_the_review_of_the_thirteenth_session():
    t = lambda: HolderResolver(transcript=True)  # noqa: E731 - a fresh transcript resolver per case
    # A team's or a state's description may be a place.
    units = [("New Zealand beat South Africa 28-20 in Auckland.", "claim", "ACTOR", ["New Zealand", "South Africa"]),
             ("The hosts said the scrum had won the game.", "attribution", "ACTOR", ["The hosts"])]
    assert run(units)[1] != ["Hosts"]
    # Detectives with two forces named; council officers in a story that names a force.
    units = [("The National Crime Agency arrested three men in Dover.", "claim", "ACTOR", ["The National Crime Agency"]),
             ("Kent Police assisted with the searches.", "claim", "ACTOR", ["Kent Police"]),
             ("Detectives said the gang had smuggled 40 people.", "attribution", "ACTOR", ["Detectives"])]
    assert run_late(units)[2] == ["Detectives"]
    units = [("Northshire Police raised no objection to the plans.", "attribution", "ACTOR", ["Northshire Police"]),
             ("Officers have recommended that councillors approve the application.", "claim", "ACTOR", ["Officers"])]
    assert run_late(units)[1] == ["Officers"]
    # A sentence-case headline's first word, or another bank of the same country, is no match.
    units = [("Federal regulator charges crypto founder", "claim", "ACTOR", ["Federal regulator"]),
             ("The Securities and Exchange Commission said the founder misled investors.", "attribution", "ACTOR",
              ["The Securities and Exchange Commission"]),
             ("He had earlier settled with the Federal Trade Commission.", "claim", "NONE", [])]
    assert run_late(units)[0] != ["Federal Trade Commission"]
    units = [("Czech central bank holds rates", "claim", "ACTOR", ["Czech central bank"]),
             ("The CNB kept its main rate at 4.5%.", "claim", "ACTOR", ["The CNB"]),
             ("Czech Savings Bank economist Tom Hale said the move was expected.", "attribution", "ACTOR",
              ["Czech Savings Bank"])]
    assert run_late(units)[0] != ["Czech Savings Bank"]
    # A label that is a named person's surname, or a role's initials, is no one's initials.
    units = [("In this episode, Amy Li speaks with Lucas Ives about the strike.", "claim", "ACTOR",
              ["Amy Li", "Lucas Ives"]),
             ("LI: Lucas, why now?", "attribution", "ACTOR", ["LI"])]
    assert run_late(units, t())[1] == ["Amy Li"]
    units = [("Questions from Peter Moss of the Daily Echo.", "claim", "NONE", ["Peter Moss"]),
             ("PM: We will act on energy bills.", "attribution", "ACTOR", ["PM"])]
    assert run_late(units, t())[1] != ["Peter Moss"]
    # An unnamed spokesperson after a background sentence speaks for no earlier body.
    units = [("Kelby Police said a man had been arrested.", "attribution", "ACTOR", ["Kelby Police"]),
             ("The victim was taken to Kelby General Hospital.", "claim", "NONE", []),
             ("A spokesperson said his condition was stable.", "attribution", "ACTOR", ["A spokesperson"])]
    assert run(units)[2] != ["Kelby Police"]
    # "The family and X Police": the family is no road named before.
    units = [("Tom Hale, 19, died after the crash on the A40.", "claim", "NONE", []),
             ("The family and Thames Valley Police appealed for witnesses.", "attribution", "ACTOR",
              ["The family and Thames Valley Police"])]
    assert run(units)[1] == ["Thames Valley Police"]
    # "Police in Kelby, New Jersey": no person's name after the comma.
    units = [("Police in Kelby, New Jersey, said the road was shut.", "attribution", "ACTOR", ["Kelby, New Jersey"])]
    assert "New Jersey" not in run(units)[0] or "Kelby" in run(units)[0]
    # A person or a charity with a residents' association: two parties.
    assert split_coordinated("Anna Kovacs and Mill Lane Residents’ Association") == [
        "Anna Kovacs", "Mill Lane Residents’ Association"]
    assert split_coordinated("Shelter and Elm Park Tenants’ Association") == ["Shelter", "Elm Park Tenants’ Association"]
    # "The council" is a council before a club named "X Borough".
    units = [("Harwick Borough Council granted permission for a new stand.", "claim", "ACTOR",
              ["Harwick Borough Council"]),
             ("Nuneaton Borough, who play at the ground, welcomed the decision.", "attribution", "ACTOR",
              ["Nuneaton Borough"]),
             ("The council said the work would start in June.", "attribution", "ACTOR", ["The council"])]
    assert run(units)[2] == ["Harwick Borough Council"]
    # Meeting records: the list of speakers over the President's own line, an exact country
    # first, and a plural "Speakers:" line says nothing of who "The Speaker:" is.
    units = [("President: Ms. Ama Kissi (Ghana)", "claim", "NONE", []),
             ("Speakers: Mr. Kofi Mensah (Ghana); Mr. Ali Conde (Guinea Bissau); Ms. Ada Toure (Guinea)", "claim",
              "NONE", []),
             ("The representative of Ghana: Ghana welcomes the report.", "attribution", "ACTOR", []),
             ("The representative of Guinea: We agree.", "attribution", "ACTOR", [])]
    assert run(units, t())[2:] == [["Kofi Mensah"], ["Ada Toure"]]
    units = [("Speakers: Tom Hale (Labour); Anna Berg (Conservative)", "claim", "NONE", []),
             ("The Speaker: Order.", "attribution", "ACTOR", ["The Speaker"])]
    assert run(units, t())[1] != ["Tom Hale"]
    # Names that begin with a determiner keep it.
    for name in ("Their Lordships", "Either Party", "Both Sides Theatre Company", "Her Majesty's Government"):
        assert display_form(name) == name


def test_h20_patterns_of_the_thirteenth_session():
    # "Save the Children" is one name; "Campaigners from Save the Tarn" are the campaign's.
    assert run([("Save the Children said the camps were full.", "attribution", "ACTOR", ["Save the Children"])]) == [
        ["Save the Children"]]
    # "WHO" is the World Health Organization, never the pronoun.
    units = [("The World Health Organization said stocks were low.", "attribution", "ACTOR",
              ["The World Health Organization"]),
             ("The Ministry of Health said cases rose.", "attribution", "ACTOR", ["The Ministry of Health"]),
             ("WHO says the stockpile is below the minimum.", "attribution", "ACTOR", ["WHO"])]
    assert run_late(units)[2] == ["World Health Organization"]
    # A key point's "Union says ..." is the one union the article names.
    units = [("* Union says miners reported cracks", "attribution", "ACTOR", ["Union"]),
             ("The Tarnby Mine Workers' Union said the company ignored warnings.", "attribution", "ACTOR",
              ["The Tarnby Mine Workers' Union"])]
    assert run_late(units)[0] == ["Tarnby Mine Workers' Union"]
    # "Operator X S.A. said": the firm.
    assert display_form("Operator Minera Valle Alto S.A.") == "Minera Valle Alto S.A."
    # A question from a city's paper is the unnamed reporter's.
    units = [("GOVERNOR: Good morning.", "attribution", "ACTOR", ["GOVERNOR"]),
             ("Q (Nairobi Ledger): Will rates fall?", "attribution", "ACTOR", ["Nairobi Ledger"])]
    assert run(units, HolderResolver(transcript=True))[1] == ["Reporter"]
    # "figures the company published in March": the company, never the month.
    units = [("Tarn Valley Water runs 300 overflows.", "claim", "ACTOR", ["Tarn Valley Water"]),
             ("They spilled 4,912 times, according to figures the company published in March.", "attribution",
              "ACTOR", ["figures the company published in March"])]
    assert run(units)[1] == ["Tarn Valley Water"]
    # "X and Y Association of <Place>" is one body.
    assert split_coordinated("Software and Platforms Association of Australia") == [
        "Software and Platforms Association of Australia"]
    assert split_coordinated("France and Medical Association of Chile") == ["France", "Medical Association of Chile"]


def test_a_double_surname_after_a_spanish_given_name():
    units = [("Teodoro Quispe Mamani, the union's leader, said miners had reported cracks.", "attribution", "ACTOR",
              ["Teodoro Quispe Mamani"]),
             ("“They were told to keep working,” Quispe told reporters.", "attribution", "ACTOR", ["Quispe"])]
    assert run(units)[1] == ["Teodoro Quispe Mamani"]


def test_the_second_review_of_the_thirteenth_session():
    t = lambda: HolderResolver(transcript=True)  # noqa: E731 - a fresh transcript resolver per case
    # A commercial bank of the same country is no "central bank".
    for bank in ("State Bank of India", "Bank of China", "National Bank of Egypt", "Bank of Ireland"):
        units = [("Central bank holds rates", "claim", "ACTOR", ["Central bank"]),
                 (f"{bank} economist Tom Hale said the hold was expected.", "attribution", "ACTOR", [bank])]
        assert run_late(units)[0] != [bank]
    # A police watchdog or union is no force.
    units = [("The Independent Office for Police Conduct said it was investigating.", "attribution", "ACTOR",
              ["The Independent Office for Police Conduct"]),
             ("Detectives said the man was known to them.", "attribution", "ACTOR", ["Detectives"])]
    assert run_late(units)[1] == ["Detectives"]
    units = [("HM Revenue and Customs raided two warehouses, helped by Kelby Police.", "claim", "ACTOR",
              ["HM Revenue and Customs", "Kelby Police"]),
             ("Officers seized 2 tonnes of tobacco and arrested four men.", "claim", "ACTOR", ["Officers"])]
    assert run_late(units)[1] == ["Officers"]
    # A person whose surname is a street word is no part of a residents' association.
    assert split_coordinated("Sarah Green and Mill Lane Residents’ Association") == [
        "Sarah Green", "Mill Lane Residents’ Association"]
    # "A spokesperson for the family" after the police is the family's.
    units = [("Kelby Police said a man had been arrested.", "attribution", "ACTOR", ["Kelby Police"]),
             ("A spokesperson for the family said he was stable.", "attribution", "ACTOR", ["A spokesperson"])]
    assert run(units)[1] != ["Kelby Police"]
    # An office's initials are no reporter's.
    units = [("Questions from Harish Menon of the Daily Echo.", "claim", "NONE", ["Harish Menon"]),
             ("HM: We will deploy more officers.", "attribution", "ACTOR", ["HM"])]
    assert run_late(units, t())[1] != ["Harish Menon"]
    # "The city and X Police": the city is no club called "X City".
    units = [("Harwick City paraded the trophy on Sunday.", "claim", "ACTOR", ["Harwick City"]),
             ("The city and Harwick Police said roads would close.", "attribution", "ACTOR",
              ["The city and Harwick Police"])]
    assert run(units)[1] == ["Harwick Police"]


def test_the_third_review_of_the_thirteenth_session():
    t = lambda: HolderResolver(transcript=True)  # noqa: E731 - a fresh transcript resolver per case
    # Two parties, one of them a body "of" a place.
    assert split_coordinated("FIFA and Football Association of Ireland") == ["FIFA", "Football Association of Ireland"]
    # A firm whose name opens with a kind word keeps it.
    assert display_form("Carrier Global Corp") == "Carrier Global Corp"
    assert display_form("Carrier Strike Group 12") == "Carrier Strike Group 12"
    # A body word alone in the body text is no body named elsewhere.
    units = [("The Court of Appeal will hear the council's case in May.", "claim", "ACTOR", ["The Court of Appeal"]),
             ("The ruling was a blow to the council, which said it would appeal.", "attribution", "ACTOR",
              ["the council"]),
             ("Court says the council acted unlawfully.", "attribution", "ACTOR", ["Court"])]
    assert run_late(units)[2] != ["Court of Appeal"]
    # A woman called June, and a surname that is a month, are people.
    assert run([("June said the shop would close.", "attribution", "ACTOR", ["June"])]) == [["June"]]
    # "Q (Jordan Post):" is Jordan Post, a person; "Q (Nairobi Ledger):" a paper's reporter.
    units = [("GOVERNOR: Good morning.", "attribution", "ACTOR", ["GOVERNOR"]),
             ("Q (Jordan Post): Will rates fall?", "attribution", "ACTOR", ["Jordan Post"])]
    assert run(units, t())[1] == ["Jordan Post"]
    # "Qatar National Bank" is a commercial bank, no "central bank".
    units = [("Qatar central bank holds rates", "claim", "ACTOR", ["Qatar central bank"]),
             ("Qatar National Bank economist Tom Hale said it was expected.", "attribution", "ACTOR",
              ["Qatar National Bank"])]
    assert run_late(units)[0] != ["Qatar National Bank"]
    # A campaign verb inside a headline's span opens no campaign's name.
    assert display_form("Residents Fight the Council") != "Fight the Council"
    # "figures the ONS published in May": the ONS.
    units = [("Unemployment rose, according to figures the ONS published in May.", "attribution", "ACTOR",
              ["figures the ONS published in May"])]
    assert run(units) == [["ONS"]]


def test_h21_h22_patterns_of_the_seventeenth_session():
    t = lambda: HolderResolver(transcript=True)  # noqa: E731 - a fresh transcript resolver per case
    # A select-committee transcript: "Members present: X (Chair); ..." names who "Chair:" is, and
    # "Q7 Surname:" is that member's seventh question, held by the member, not "Q7 Surname".
    units = [("Members present: Imogen Farrowby (Chair); Declan Moss; Ruth Kaplinsky.", "claim", "NONE", []),
             ("Chair: Good afternoon, and thank you for coming.", "attribution", "ACTOR", ["Chair"]),
             ("Q7 Moss: Why were the audits delayed?", "attribution", "ACTOR", ["Q7 Moss"]),
             ("Q8 Chair: Will you write to us?", "attribution", "ACTOR", ["Q8 Chair"])]
    assert is_transcript([u[0] for u in units])
    assert run(units, t())[1:] == [["Imogen Farrowby"], ["Declan Moss"], ["Imogen Farrowby"]]
    # A body "of" its members, and a department "for" its portfolios, are one name each.
    assert split_coordinated("Association of Home and Property Insurers") == ["Association of Home and Property Insurers"]
    assert split_coordinated("Federation of Small and Medium Enterprises") == ["Federation of Small and Medium Enterprises"]
    assert split_coordinated("Department for Culture and Sport") == ["Department for Culture and Sport"]
    assert split_coordinated("Bank of England and Goldman Sachs") == ["Bank of England", "Goldman Sachs"]
    # An initialism inside a name is kept whole in its acronym: "UKAD" is UK Anti-Doping.
    units = [("UK Anti-Doping said the ban would run for four years.", "attribution", "ACTOR", ["UK Anti-Doping"]),
             ("UKAD said the athlete could appeal.", "attribution", "ACTOR", ["UKAD"])]
    assert run_late(units)[1] == ["UK Anti-Doping"]
    # ... but a name of one capitalised word and a common noun is no spelling-out of it.
    units = [("FIFA rules bar government interference.", "claim", "ACTOR", ["FIFA rules"]),
             ("FIFA said it was watching closely.", "attribution", "ACTOR", ["FIFA"])]
    assert run_late(units)[1] == ["FIFA"]
    # An acronym coordinated with a description still resolves to the name it abbreviates.
    units = [("The Regional Water Oversight Board (RWOB) met on Monday.", "claim", "ACTOR",
              ["The Regional Water Oversight Board (RWOB)"]),
             ("Kenya's water ministry also sent officials.", "claim", "ACTOR", ["Kenya's water ministry"]),
             ("The RWOB and the ministry said supplies would resume.", "attribution", "ACTOR",
              ["The RWOB and the ministry"])]
    assert run_late(units)[2][0] == "Regional Water Oversight Board"
    # Adjectives of origin of the "-stan" countries and of the one Korea an article names.
    units = [("Kyrgyzstan and South Korea signed the deal.", "claim", "ACTOR", ["Kyrgyzstan and South Korea"]),
             ("Kyrgyz and Korean officials said the first shipment would leave in May.", "attribution", "ACTOR",
              ["Kyrgyz and Korean officials"])]
    assert run_late(units)[1] == ["Kyrgyzstan", "South Korea"]
    # A wire story's version note names no party, and its words are no name for later units.
    units = [("(Adds Polish farm ministry comment in paragraph 9)", "claim", "ACTOR", ["Adds Polish"]),
             ("Poland said the quota was unfair.", "attribution", "ACTOR", ["Poland"]),
             ("Polish and Czech officials said talks would resume.", "attribution", "ACTOR",
              ["Polish and Czech officials"])]
    out = run_late(units)
    assert out[0] == ["NONE"] and "Adds Polish" not in out[2]
    # A count word that opens the sentence is no name: the description is the holder ...
    s = "Three senior aides told the Courier that the plan would be dropped unless donors returned."
    assert run([(s, "condition", "ACTOR", ["senior aides"])]) == [["Three senior aides"]]
    # ... and "one of the ministers" stays whole, never "Of the ministers" (the review of this
    # session found that resolving it to a group named before picks the wrong group too often).
    units = [("Two cabinet ministers said they would vote against it.", "attribution", "ACTOR",
              ["Two cabinet ministers"]),
             ("One of the ministers said the bill was unworkable.", "attribution", "ACTOR",
              ["One", "the ministers"])]
    assert run(units)[1] == ["One of the ministers"]
    # "..., a delay it said could cut yields": a relative clause, not the unit's frame.
    s = ("The Valley Growers' Association said planting would slip unless water arrived by April, "
         "a delay it said could cut yields by a tenth.")
    assert run([(s, "condition", "ACTOR", ["The Valley Growers' Association"])]) == [["Valley Growers' Association"]]
    # Pieces of one description the tagger marked apart are joined: a group and the places it
    # is in ("Pharmacists in ..., ... and ..."), and a description broken after its preposition.
    s = "Dentists in Hull, York and Leeds told the Herald they had stopped taking new patients."
    assert run([(s, "attribution", "ACTOR", ["Dentists in Hull", "York and Leeds"])]) == [
        ["Dentists in Hull, York and Leeds"]]
    s = "Patients treated at four clinics said they had waited for months."
    assert run([(s, "attribution", "ACTOR", ["Patients treated at", "clinics"])]) == [
        ["Patients treated at four clinics"]]
    # ... but officials in two capitals are two parties' officials.
    assert split_coordinated("Officials in Ankara and Baku") == ["Officials in Ankara", "Baku"]
    # A description cut at a possessive keeps its defining words: "... the firm's" + "plans".
    s = "A person familiar with the firm's plans said a sale was not ruled out."
    assert run([(s, "attribution", "ACTOR", ["A person familiar with the firm's"])]) == [
        ["Person familiar with the firm's plans"]]
    # From h23 (read after its measurement): a campaign group's members act as the group; a
    # British police rank before a name is a title; counsel named after "Prosecuting," is one person.
    assert display_form("Members of Friends of Millbrook Park") == "Friends of Millbrook Park"
    assert display_form("Members of the Harbour Board") == "Harbour Board"
    assert display_form("DCI Mora") == "Mora"
    s = "Defending, Owen Prothero told the court his client had repaid every penny."
    assert run([(s, "attribution", "ACTOR", ["Defending, Owen Prothero"])]) == [["Owen Prothero"]]
    # A briefing transcript in capitals: "QUESTION (Outlet):" is an unnamed reporter of that
    # outlet (also a two-word outlet such as "Nordic Wire"), and a reporter who names herself
    # inside her question ("Thank you, Eirik — Kari Moen, Fjord Post.") holds her turn.
    units = [("MR. SOLVIK: Good afternoon.", "attribution", "ACTOR", ["MR. SOLVIK"]),
             ("QUESTION (Baltic Wire): Will the talks resume?", "attribution", "ACTOR", ["Baltic Wire"]),
             ("MR. SOLVIK: Yes.", "attribution", "ACTOR", ["MR. SOLVIK"]),
             ("QUESTION: Thank you, Arne — Lise Haugen, Fjord Post.", "attribution", "ACTOR", []),
             ("Has the minister called her counterpart?", "attribution", "ACTOR", []),
             ("MR. SOLVIK: She has.", "attribution", "ACTOR", ["MR. SOLVIK"]),
             ("QUESTION: And the fleet?", "attribution", "ACTOR", [])]
    assert is_transcript([u[0] for u in units])
    out = run(units, t())
    assert out[1] == ["Reporter"] and out[3] == out[4] == ["Lise Haugen"] and out[6] == ["Reporter"]
    # "Under the council's standing orders": the council's rule (the possessor marked alone).
    units = [("Fenwick Borough Council approved the cuts.", "claim", "ACTOR", ["Fenwick Borough Council"]),
             ("The council's cabinet met on Monday.", "claim", "ACTOR", ["The council's cabinet"]),
             ("Under the council's standing orders, an amendment is heard only if it is filed a week ahead.",
              "condition", "ACTOR", ["the council's"])]
    assert run_late(units)[2] == ["Fenwick Borough Council"]
    # "she" is a person: never the newspaper ("The Ledger") or a country named before.
    units = [("Ruth Alder worked nights at the home until March.", "claim", "ACTOR", ["Ruth Alder"]),
             ("The Ledger has seen rotas from four homes in England.", "claim", "ACTOR", ["The Ledger"]),
             ("\"Nobody checked the door log,\" she said.", "attribution", "ACTOR", ["she"])]
    assert run_late(units)[2] == ["Ruth Alder"]
    # From the training split's ill-formed holders: a verb the tagger marked on past the name is
    # cut; "data the Ministry of Justice released to ..." is the ministry's; "according to its
    # annual report" is the subject's; "X, the CMA's director, was quoted in the release as
    # saying" is X's; a "-registered" modifier is no party.
    assert display_form("Ninth Circuit ruled for the city last year") == "Ninth Circuit"
    assert display_form("Residents of Kérou reached") == "Residents of Kérou"
    s = "Twelve inmates died, according to data the Ministry of Justice released to the charity under FOI law."
    assert run([(s, "attribution", "ACTOR", ["the Ministry of Justice"])]) == [["Ministry of Justice"]]
    s = "Corvel had $90 million in cash at the end of June, according to its most recent quarterly filing."
    assert run([(s, "attribution", "ACTOR", ["Corvel"])]) == [["Corvel"]]
    s = "Ana Ruiz, the CMA's director of markets, was quoted in the release as saying the review would be quick."
    assert run([(s, "attribution", "ACTOR", ["in the release"])]) == [["Ana Ruiz"]]
    # "..., a reform the government has promised": a relative clause, no reporting frame.
    units = [("The Bundesbank published its review on Monday.", "claim", "ACTOR", ["The Bundesbank"]),
             ("It argued that output would rise only if permits came faster, a reform the government has promised.",
              "condition", "ACTOR", [])]
    assert run(units)[1] != ["Reform the government"]


def test_the_review_of_the_seventeenth_session():
    t = lambda: HolderResolver(transcript=True)  # noqa: E731 - a fresh transcript resolver per case
    # A firm whose name opens with "DS" keeps it (no police rank there).
    assert run([("DS Smith said annual profit fell by a fifth.", "attribution", "ACTOR", ["DS Smith"])]) == [
        ["DS Smith"]]
    # A participle after a plural that opens the sentence belongs to the description.
    assert display_form("Migrants found in the lorry") != "Migrants"
    assert display_form("Documents obtained by the Ledger") != "Documents"
    # "Department for Education and Ofsted" are two bodies; so are regulators in two countries.
    assert split_coordinated("Department for Education and Ofsted") == ["Department for Education", "Ofsted"]
    assert len(split_coordinated("Regulators in Britain and France")) == 2
    # A part of a group is no fragment ("Of the witnesses") and no other party.
    units = [("Police appealed for witnesses.", "claim", "ACTOR", ["Police"]),
             ("One of the witnesses told the Herald she saw a blue van.", "attribution", "ACTOR",
              ["One", "the witnesses"])]
    assert run(units)[1] not in (["Of the witnesses"], ["Police"])
    # A fronted adverbial before the speaker is no relative clause.
    s = "Outside court she said Wealdshire Police had hounded her."
    units = [("Ana Ruiz was cleared on Monday.", "claim", "ACTOR", ["Ana Ruiz"]),
             (s, "attribution", "ACTOR", ["she", "Wealdshire Police"])]
    assert run(units)[1] == ["Ana Ruiz"]
    # "In Geneva, X was quoted by Reuters as saying": X, not the place.
    s = "In Geneva, Ana Ruiz was quoted by Reuters as saying talks would resume."
    assert run([(s, "attribution", "ACTOR", ["by Reuters"])]) == [["Ana Ruiz"]]
    # A question that addresses officials by title names no questioner.
    units = [("MINISTER BERG: Good afternoon.", "attribution", "ACTOR", ["MINISTER BERG"]),
             ("Q: Thanks — Minister Berg, Director Lund: is the strike over?", "attribution", "ACTOR", [])]
    assert run(units, t())[1] == ["Reporter"]
    # "Q (Julian Post):" is a person (a given name ending in -ian is no adjective of origin).
    units = [("MR. SOLVIK: Good afternoon.", "attribution", "ACTOR", ["MR. SOLVIK"]),
             ("Q (Julian Post): Will the talks resume?", "attribution", "ACTOR", ["Julian Post"])]
    assert run(units, t())[1] == ["Julian Post"]
    # A sentence in brackets is no wire note.
    s = "(Changes to bin collections, the council said, will start in April.)"
    assert run([(s, "attribution", "ACTOR", ["the council"])]) != [["NONE"]]
    # "Q3 Results:" opens no transcript turn.
    assert run([("Q3 Results: Halden Bank beat forecasts.", "claim", "ACTOR", ["Halden Bank"])], t()) == [
        ["Halden Bank"]]
    # A results call's label "Name, Firm:" or "Name, Post:" is the person.
    units = [("Operator: Our next question comes from Sunniva Hale at Kestrel Bank.", "attribution", "ACTOR",
              ["Operator"]),
             ("Sunniva Hale, Kestrel Bank: How much of the margin will you keep?", "attribution", "ACTOR",
              ["Sunniva Hale", "Kestrel Bank"]),
             ("Priya Castellanos, Chief Financial Officer: About half.", "attribution", "ACTOR",
              ["Priya Castellanos", "Chief Financial Officer"]),
             ("Official Spokesperson, Shri Rohan Bhatia: Good afternoon.", "attribution", "ACTOR",
              ["Official Spokesperson, Shri Rohan Bhatia"])]
    assert run(units, t())[1:] == [["Sunniva Hale"], ["Priya Castellanos"], ["Rohan Bhatia"]]
    # Copulas the tagger ran on into, "Nobody" and "of its kind" are no names.
    assert display_form("Analysts at Carrow Hythe were less gloomy") == "Carrow Hythe"
    s = "It is one of the largest studies of its kind, the researchers said."
    assert ["Its kind"] not in run([(s, "attribution", "ACTOR", ["its kind"])])
    # From h24 (read after its unread measurement): a statement announced as "from X and Y" is
    # theirs while its quotation runs; "Q (Radio Fellbridge):" and "Q (South Downs Live):" are
    # outlets' reporters; "Under the UN Charter, ... only if ...": the law's condition, no party;
    # "according to swap rates" is vague; "I’ve" is the pronoun.
    units = [("SUPERINTENDENT ROWE: Good afternoon.", "attribution", "ACTOR", ["SUPERINTENDENT ROWE"]),
             ("DS PAUL IBBOTSON: This statement is from Owen's mother, Claire Tarrant, and his stepfather, Mark Dunn.",
              "attribution", "ACTOR", ["DS PAUL IBBOTSON"]),
             ("“We want to thank every volunteer.", "attribution", "ACTOR", []),
             ("We will not be giving interviews.”", "attribution", "ACTOR", []),
             ("That is the end of the statement.", "attribution", "ACTOR", []),
             ("Q (Radio Fellbridge): Did he know the man?", "attribution", "ACTOR", ["Radio Fellbridge"]),
             ("Q (South Downs Live): Why was he not found?", "attribution", "ACTOR", ["South Downs Live"])]
    out = run(units, t())
    assert out[2] == out[3] == ["Claire Tarrant", "Mark Dunn"] and out[4] != out[2]
    assert out[5] == out[6] == ["Reporter"]
    s = "Under the UN Charter, a resolution passes provided no permanent member votes against it."
    assert run([(s, "condition", "ACTOR", ["UN Charter"])]) == [["NONE"]]
    s = "Markets had fully priced in the cut, according to swap rates."
    assert run([(s, "attribution", "ACTOR", ["swap rates"])]) == [["NONE"]]
    units = [("Niamh Corrigan writes novels.", "claim", "ACTOR", ["Niamh Corrigan"]),
             ("I’ve promised my publisher a city novel.", "attribution", "ACTOR", ["I’ve"])]
    assert run(units)[1] != ["I’ve"]
    # "Under UK employment law" is a law's condition; a genre label ("Explainer:") and "My"
    # alone are no parties. (A rule reading "Global Ocean and Cryosphere Panel" as one body was
    # dropped after the second review: it merged "Human Rights Watch and Migrant Forum".)
    assert split_coordinated("Human Rights Watch and Migrant Forum") == ["Human Rights Watch", "Migrant Forum"]
    s = "Under UK employment law, no redundancy can take effect until a 45-day consultation has ended."
    assert run([(s, "condition", "ACTOR", ["UK employment"])]) == [["NONE"]]
    s = "Explainer: Seas could rise a metre by 2100 unless emissions fall faster"
    assert run([(s, "condition", "ACTOR", ["Explainer"])]) != [["Explainer"]]
    units = [("Niamh Corrigan writes novels.", "claim", "ACTOR", ["Niamh Corrigan"]),
             ("My father had a saying for everything.", "attribution", "ACTOR", ["My"])]
    assert run(units)[1] != ["My"]
    # From h25's unread measurement (a regression of this session, fixed): a broadcast label
    # "MINISTER (CATHERINE ELLERY):" is the bracketed person, also when the tagger marks the role
    # and the name as one span; "CALLER (SHONA, HALBRIDGE):" stays the caller.
    units = [("PRESENTER (NEIL HOLDEN): It's ten past eight.", "attribution", "ACTOR", ["PRESENTER (NEIL HOLDEN"]),
             ("MINISTER (CATHERINE ELLERY): Nobody should have to sit in a coat at home.", "attribution", "ACTOR",
              ["MINISTER (CATHERINE ELLERY"]),
             ("If you're on pension credit, you'll get the payment.", "condition", "ACTOR", []),
             ("CALLER (SHONA, HALBRIDGE): My rent has gone up again.", "attribution", "ACTOR", ["CALLER (SHONA"])]
    out = run(units, t())
    assert out[1] == out[2] == ["Catherine Ellery"] and out[3] == ["Shona"]
    # The second review's cases: "Kestrel Bank, Sunniva Hale:" and "Mark Dunn, Claire Tarrant:"
    # keep both; a statement "from the family and was passed to us by X" is no one's announcement,
    # and a scare quote is no statement read out; a body with "Law" in its name that reports a
    # law's condition holds it; "Radio Kessel's Ola Brandt" is a person.
    units = [("MODERATOR: Welcome.", "attribution", "ACTOR", ["MODERATOR"]),
             ("Kestrel Bank, Sunniva Hale: Thank you.", "attribution", "ACTOR", ["Kestrel Bank", "Sunniva Hale"]),
             ("Mark Dunn, Claire Tarrant: We just want him home.", "attribution", "ACTOR", ["Mark Dunn", "Claire Tarrant"])]
    out = run(units, t())
    assert out[1] == ["Kestrel Bank", "Sunniva Hale"] and out[2] == ["Mark Dunn", "Claire Tarrant"]
    units = [("DETECTIVE INSPECTOR ROWE: Good afternoon.", "attribution", "ACTOR", ["DETECTIVE INSPECTOR ROWE"]),
             ("This statement is from the family and was passed to us by their solicitor, Ana Ruiz.", "attribution",
              "ACTOR", ["the family", "Ana Ruiz"]),
             ("“We miss him every day.”", "attribution", "ACTOR", [])]
    assert run(units, t())[2] != ["Ana Ruiz"]
    units = [("MINISTER PARK: This message is from the Kessel Farmers Union and the Tamsford Growers Network.",
              "attribution", "ACTOR", ["MINISTER PARK"]),
             ("“Betrayal” is their word, not mine.", "attribution", "ACTOR", [])]
    assert run(units, t())[1] == run(units, t())[0]
    s = "Under the Legal Services Act, a solicitor can be struck off only after a hearing, the Law Society said."
    assert run([(s, "condition", "ACTOR", ["the Law Society"])]) == [["Law Society"]]
    s = "Under the Clean Air Act, she said, no new plant can open until it passes an emissions audit."
    units = [("Environment Minister Ola Brandt has promised tougher rules.", "claim", "ACTOR",
              ["Environment Minister Ola Brandt"]), (s, "condition", "ACTOR", ["Clean Air Act"])]
    assert run(units)[1] == ["Ola Brandt"]
    units = [("MR. SOLVIK: Good afternoon.", "attribution", "ACTOR", ["MR. SOLVIK"]),
             ("Q (Radio Kessel's Ola Brandt): When?", "attribution", "ACTOR", ["Radio Kessel's Ola Brandt"])]
    assert run(units, t())[1] != ["Reporter"]
