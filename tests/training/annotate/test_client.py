"""training.annotate.client: retries, timeouts, errors and concurrency against a scripted server."""

from __future__ import annotations

import json

import pytest

from training.annotate.client import ChatClient, ChatFailed
from annotation_fakes import (ARTICLES, art, draft, malformed, read_jsonl, server_error, slow, too_many, truncated, unauthorized,
                              valid, wrong_labels)


def test_429_then_success_is_retried(llm, tmp_path):
    llm.script = [too_many, server_error]
    summary, out, log = draft(llm, tmp_path, articles=[ARTICLES[0]])
    assert summary.articles_ok == 1 and summary.usage["retries"] == 2 and summary.usage["requests"] == 3
    assert "2 retries" in log


def test_malformed_then_valid_is_retried_and_only_valid_is_cached(llm, tmp_path):
    llm.script = [malformed, truncated, wrong_labels]
    summary, _, _ = draft(llm, tmp_path, articles=[ARTICLES[0]], retries=3)
    assert summary.articles_ok == 1 and summary.usage["retries"] == 3
    cached = [json.loads(p.read_text()) for p in (tmp_path / "cache").rglob("*.json")]
    assert len(cached) == 1 and json.loads(cached[0]["content"])["units"][0]["label"] == "claim"


@pytest.mark.parametrize("bad, reason", [(malformed, "not valid JSON"), (truncated, "max_tokens"),
                                         (wrong_labels, "unknown label 'fact'")])
def test_always_invalid_reply_fails_the_article_and_keeps_others(llm, tmp_path, bad, reason):
    def by_article(body):
        return bad(body) if "a2" in body["messages"][-1]["content"] else valid(body)

    llm.default = by_article
    summary, out, log = draft(llm, tmp_path, retries=1)
    assert summary.articles_ok == 1 and summary.articles_failed == 1
    assert summary.failures[0][0] == "a2" and reason in summary.failures[0][1]
    assert "failed: a2: gave up after 2 attempt(s)" in log
    recs = read_jsonl(out)
    assert {r["article_id"] for r in recs} == {"a1"}  # never written as a label
    assert not list((tmp_path / "cache").rglob("*.json")) or all(
        "a2" not in p.read_text() for p in (tmp_path / "cache").rglob("*.json"))


def test_timeout_is_retried_then_reported(llm, tmp_path):
    llm.script = [slow(1.5)]
    summary, _, _ = draft(llm, tmp_path, articles=[ARTICLES[0]], timeout=0.4, retries=1)
    assert summary.articles_ok == 1 and summary.usage["retries"] == 1
    llm.default = slow(1.5)
    summary, out, _ = draft(llm, tmp_path, articles=[ARTICLES[1]], timeout=0.4, retries=1, cache=False)
    assert summary.articles_failed == 1 and "timeout" in summary.failures[0][1]


def test_auth_error_is_not_retried_and_stops_the_run(llm, tmp_path):
    llm.default = unauthorized
    summary, out, log = draft(llm, tmp_path, articles=[ARTICLES[0], ARTICLES[1], art("a3", "x.")], concurrency=1)
    assert len(llm.requests) == 1 and summary.articles_failed == 3
    assert "HTTP 401" in summary.failures[0][1] and "$STANCE_TEST_KEY" in summary.failures[0][1]
    assert summary.failures[2][1].startswith("not attempted")
    assert not out.exists()


def test_concurrency_cap(llm, tmp_path):
    llm.default = slow(0.15)
    many = [art(f"c{i}", f"Sentence {i}.") for i in range(6)]
    summary, _, _ = draft(llm, tmp_path, articles=many, concurrency=2)
    assert summary.articles_ok == 6 and llm.max_in_flight <= 2


def test_response_format_choice_reaches_the_server(llm, tmp_path):
    draft(llm, tmp_path, articles=[ARTICLES[0]], style="json_schema", cache=False)
    assert llm.requests[-1]["body"]["response_format"]["json_schema"]["name"] == "stance_annotation"
    draft(llm, tmp_path, articles=[ARTICLES[0]], style="none", cache=False)
    assert "response_format" not in llm.requests[-1]["body"]


def test_client_rejects_bad_settings():
    from training.annotate.client import LLMConfigError

    with pytest.raises(LLMConfigError):
        ChatClient("127.0.0.1:8080", "m")
    with pytest.raises(LLMConfigError):
        ChatClient("http://127.0.0.1:8080/v1", "")
    c = ChatClient("http://127.0.0.1:1/v1/chat/completions/", "m")
    assert c.base_url == "http://127.0.0.1:1/v1"
    c.close()


def test_unreachable_server_fails_cleanly(tmp_path):
    client = ChatClient("http://127.0.0.1:9/v1", "m", retries=1, backoff=0.01, timeout=2)
    with pytest.raises(ChatFailed, match="cannot reach"):
        client.complete([{"role": "user", "content": "x"}], None, lambda c, f: c)
    client.close()
