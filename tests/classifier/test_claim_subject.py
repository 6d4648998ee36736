"""The acting party of a claim (classifier.claim_subject) and its use by the resolver."""

import pytest

from classifier.claim_subject import acting_subject, first_person_subject
from classifier.holders import HolderResolver


def subject(text: str, known: frozenset[str] = frozenset()) -> str | None:
    span = acting_subject(text, known)
    return None if span is None else text[span[0]:span[1]]


@pytest.mark.parametrize("text, expected", [
    ("The Reserve Bank of Fiji raised its policy rate to 1.5 percent on Tuesday.", "The Reserve Bank of Fiji"),
    ("• The Ports Authority has suspended night shifts at two terminals.", "The Ports Authority"),
    ("3. Calder Mining will close its smelter in March.", "Calder Mining"),
    ("OSLO (Wire) — Statkraft Nordic is building a third turbine hall near Bergen.", "Statkraft Nordic"),
    ("On Friday, the Harwell County Board approved the new bus routes.", "the Harwell County Board"),
    ("Lithuania and Poland signed a power-grid accord in Vilnius.", "Lithuania and Poland"),
    ("Firefighters from the Kerry County Fire Service rescue a driver from a flooded road.",
     "Kerry County Fire Service"),
    ("Chilean border police search a lorry at the Cristo Redentor pass.", "Chilean border police"),
    ("The Meridian Courier did not respond to questions about the payment.", "The Meridian Courier"),
    ("Update: Vantor Airlines cancels 40 flights as pilots strike", "Vantor Airlines"),
    ("NATO moved two battalions to the border last week.", "NATO"),
    # a short aside before the main verb
    ("The Reserve Bank of Fiji, which was founded in 1984, raised rates.", "The Reserve Bank of Fiji"),
    ("Tavita Leota, 31, scored twice in the final.", "Tavita Leota"),
    # a timeline entry, told in the present after its date
    ("• October 2026: The Fiji Competition Commission opens an inquiry.", "The Fiji Competition Commission"),
])
def test_a_named_party_acting_is_the_subject(text, expected):
    assert subject(text) == expected


@pytest.mark.parametrize("text", [
    "The Reserve Bank of Fiji is the country's central bank.",           # a state, not an act
    "Fiji's shares fell 2 percent in Suva trading.",                      # the possessor's things
    "The Fijian dollar weakened to its lowest level since May.",          # a thing, not the party
    "Core inflation rose to 3.1 percent in October.",                     # a common noun
    "Shipping lines have begun diverting vessels to Lautoka.",            # a capital, no name
    "What happens if the talks fail?",                                    # a question label
    "Norway supplies about a third of the region's gas.",                 # present tense: a habit
    "The Pacific Games opened in Nuku'alofa on Saturday.",                # an event, not a party
    "Teuila Faleolo has covered the Pacific islands since 2014.",         # a bio line
    "Mele Tupou contributed reporting.",                                  # a byline
    "The Reserve Bank of Fiji, one of the Pacific's oldest central banks, said it would act.",  # speech: no act
    "Greece adopted the euro in 2001.",                                   # a lone word not yet named
])
def test_states_things_and_unknown_words_are_left_to_the_kind_head(text):
    assert subject(text) is None


def test_a_lone_word_is_a_name_once_the_article_has_used_it():
    assert subject("Greece adopted the euro in 2001.", frozenset({"greece"})) == "Greece"


def resolve(units):
    r = HolderResolver()
    return [[h.holder for h in r.resolve(i, label, kind, [], text)] for i, (text, label, kind) in enumerate(units)]


def test_the_resolver_gives_a_claim_to_the_party_it_shows_acting():
    holders = resolve([
        ("Finance Minister Ana Ruiz presented the budget on Monday.", "claim", "NONE"),
        ("The Harwell County Council approved the plan on Tuesday.", "claim", "NONE"),
        ("Later that day the council voted to delay the second reading.", "claim", "NONE"),
        ("The plan runs to 212 pages.", "claim", "NONE"),
    ])
    assert holders == [["Ana Ruiz"], ["Harwell County Council"], ["Harwell County Council"], ["NONE"]]


def test_a_description_with_no_named_party_stays_none():
    # "the council" refers to no council named in the article: no holder is invented
    assert resolve([("The council voted to delay the second reading.", "claim", "NONE")]) == [["NONE"]]


def test_coordinated_parties_keep_their_own_titles():
    r = HolderResolver()
    s0 = "Defence Minister Ivo Berg and Health Minister Sara Lind will visit the base next week."
    assert [h.holder for h in r.resolve(0, "claim", "NONE", [], s0)] == ["Ivo Berg", "Sara Lind"]
    from classifier.holders import Mention
    s1 = "The health minister said the clinic would reopen in June."
    i = s1.index("The health minister")
    (h,) = r.resolve(1, "attribution", "ACTOR", [Mention(i, i + 19, "The health minister")], s1)
    assert h.holder == "Sara Lind"


@pytest.mark.parametrize("text, expected", [
    ("The Tarrow County Council has until March 3 to publish its audit.", "The Tarrow County Council"),
    ("The Supreme Court of Ghana is due to rule on the petition in May.", "The Supreme Court of Ghana"),
    ("KESSEL, May 2 /Civic Newswire/ — Kessel Water Authority (KWA) will shut two reservoirs for repairs.",
     "Kessel Water Authority"),
])
def test_deadlines_schedules_and_a_name_with_its_acronym(text, expected):
    assert subject(text) == expected


def test_a_description_must_fit_the_party_it_resolves_to():
    holders = resolve([
        ("The Ridgeway Football League fined three players on Monday.", "claim", "NONE"),
        ("The club made £4 million from the cup run.", "claim", "NONE"),  # no club was named
    ])
    assert holders == [["Ridgeway Football League"], ["NONE"]]


def test_first_person_claims_are_the_writers_outside_quotes():
    holders = resolve([
        ("I have driven a school bus in Tarrow for nine years.", "claim", "NONE"),
        ("On a normal morning, I collect 41 children.", "claim", "NONE"),
        ("I lost two drivers last year, both of them to the city's bus company.", "claim", "NONE"),
        ("“I collect 41 children,” one driver said.", "claim", "NONE"),  # quoted speech: not the writer
    ])
    assert holders[:3] == [["AUTHOR"], ["AUTHOR"], ["AUTHOR"]] and holders[3] != ["AUTHOR"]


def test_a_recommended_condition_is_the_writers_but_a_reported_one_is_not():
    from classifier.claim_subject import writers_recommendation
    assert writers_recommendation("Our view: the board should sign the lease only if the housing clause stays.")
    assert writers_recommendation("Councils should release the grant only after an audit.")
    assert not writers_recommendation("The union said the board should sign only if the clause stays.")
    assert not writers_recommendation("Under the rules, councils must file an audit before any grant is paid.")
    r = HolderResolver()
    from classifier.holders import Mention
    text = "The council should approve the lease only with the amendment attached."
    assert [h.holder for h in r.resolve(0, "condition", "ACTOR", [Mention(0, 11, "The council")], text)] == ["AUTHOR"]


def test_two_fronted_phrases_before_the_writer():
    assert first_person_subject("On Monday, for the first time in twenty years, I did not open the shop.")
    assert not first_person_subject("On Monday, as expected, the shop stayed closed.")
