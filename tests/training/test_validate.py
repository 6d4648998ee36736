"""training.validate: corpus checks beyond the scheme (here: a holder spelled as an alias)."""

from __future__ import annotations

import json

from training.validate import validate_files

HEADER = {"article_id": "a", "title": "T", "actors": {"Federal Reserve": ["Federal Reserve", "Fed"]}}


def _unit(i: int, holders: list[str]) -> str:
    return json.dumps({"article_id": "a", "sentence_id": i, "text": f"Sentence {i}.", "label": "claim",
                       "holders": holders})


def test_holder_that_is_an_alias_not_the_actor_is_flagged_with_the_actor(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_text("\n".join([json.dumps(HEADER), _unit(0, ["Federal Reserve"]), _unit(1, ["Fed"]),
                            _unit(2, ["fed"]), _unit(3, ["Nobody"])]) + "\n", encoding="utf-8")
    problems, summary = validate_files([p])
    assert len(problems) == 3, problems
    fed, fed_lower, nobody = problems
    assert fed.startswith(f"{p}:3:") and "'Fed'" in fed and "alias of actor 'Federal Reserve'" in fed
    assert fed_lower.startswith(f"{p}:4:") and "'fed'" in fed_lower and "alias of actor 'Federal Reserve'" in fed_lower
    assert "'Nobody'" in nobody and "alias of" not in nobody
    assert "3 problem(s)" in summary
