"""Corpus tools (training.corpus): alias matching of holders, agreement of two tiny passes."""

import json

import pytest

from training.corpus import agreement, alias_keys, disagreements, holders_agree, paired

ACTORS_1 = {"Sudanese army": ["Sudan's army", "the army"], "U.S.": ["United States"]}
ACTORS_2 = {"Sudan's army": ["Sudanese army"], "US": []}


def test_alias_keys_special_holders_and_aliases():
    assert alias_keys("AUTHOR", ACTORS_1) == {"AUTHOR"}
    assert alias_keys("NONE", {}) == {"NONE"}
    assert alias_keys("Sudanese army", ACTORS_1) == {"sudanese army", "sudans army", "army"}
    assert alias_keys("U.S.", ACTORS_1) == {"us", "united states"}
    assert alias_keys("Unlisted Person", ACTORS_1) == {"unlisted person"}


def test_holders_agree_through_either_pass_aliases():
    assert holders_agree(["Sudanese army"], ACTORS_1, ["Sudan's army"], ACTORS_2)
    assert holders_agree(["U.S.", "Sudanese army"], ACTORS_1, ["Sudan's army", "US"], ACTORS_2)
    assert holders_agree(["AUTHOR"], {}, ["AUTHOR"], {})
    assert not holders_agree(["AUTHOR"], {}, ["NONE"], {})
    assert not holders_agree(["U.S."], ACTORS_1, ["U.S.", "Sudan's army"], ACTORS_2), "counts differ"
    assert not holders_agree(["U.S.", "U.S."], ACTORS_1, ["US", "Sudan's army"], ACTORS_2), "each matches once"


def _write_pass(folder, units, actors):
    folder.mkdir(parents=True)
    lines = [{"article_id": "a1", "title": "T", "author": None, "actors": actors}]
    lines += [{"article_id": "a1", "sentence_id": i, "text": text, "label": label, "holders": holders}
              for i, (text, label, holders) in enumerate(units)]
    (folder / "a1.jsonl").write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")


TEXTS = ["The army said it would withdraw.", "Washington welcomed the move.", "Talks resume Monday.",
         "This is clearly a turnaround."]


@pytest.fixture
def passes(tmp_path):
    _write_pass(tmp_path / "pass1", [(TEXTS[0], "attribution", ["Sudanese army"]), (TEXTS[1], "attribution", ["U.S."]),
                                     (TEXTS[2], "claim", ["NONE"]), (TEXTS[3], "opinion", ["AUTHOR"])], ACTORS_1)
    _write_pass(tmp_path / "pass2", [(TEXTS[0], "attribution", ["Sudan's army"]), (TEXTS[1], "claim", ["US"]),
                                     (TEXTS[2], "claim", ["AUTHOR"]), (TEXTS[3], "opinion", ["AUTHOR"])], ACTORS_2)
    return paired(pass1=tmp_path / "pass1", pass2=tmp_path / "pass2")


def test_agreement_on_tiny_passes(passes):
    result = agreement(passes)
    assert result["articles"] == 1 and result["units"] == 4
    assert result["label_agreement"] == 0.75
    assert result["holder_agreement"] == 0.75  # unit 2: NONE vs AUTHOR
    assert result["both_agree"] == 0.5
    assert result["per_label"]["attribution"] == {"pass1": 2, "pass2": 1, "both": 1}
    assert result["per_label"]["claim"] == {"pass1": 1, "pass2": 2, "both": 1}
    assert 0 < result["label_kappa"] < 1


def test_disagreements_carry_neighbours_and_both_answers(passes):
    items = disagreements(passes)
    assert [d["sentence_id"] for d in items] == [1, 2]
    first = items[0]
    assert first["previous"] == TEXTS[0] and first["text"] == TEXTS[1] and first["next"] == TEXTS[2]
    assert first["pass1"] == {"label": "attribution", "holders": ["U.S."]}
    assert first["pass2"] == {"label": "claim", "holders": ["US"], "aliases": {"US": []}}


def test_passes_with_different_units_are_refused(tmp_path):
    _write_pass(tmp_path / "pass1", [(TEXTS[0], "claim", ["NONE"])], {})
    _write_pass(tmp_path / "pass2", [(TEXTS[1], "claim", ["NONE"])], {})
    with pytest.raises(SystemExit, match="different units"):
        paired(pass1=tmp_path / "pass1", pass2=tmp_path / "pass2")
