"""training.annotate.cache: the on-disk reply cache."""

from __future__ import annotations

from training.annotate.cache import ReplyCache, cache_key


def test_cache_key_and_corrupt_entries(tmp_path):
    msgs = [{"role": "user", "content": "x"}]
    k = cache_key("m", msgs, None, 0.0)
    assert k != cache_key("m2", msgs, None, 0.0) != cache_key("m", msgs, None, 0.5)
    assert k != cache_key("m", msgs, {"type": "json_object"}, 0.0)
    cache = ReplyCache(tmp_path)
    cache.put(k, {"content": "{}"})
    assert cache.get(k) == {"content": "{}"}
    (tmp_path / k[:2] / f"{k}.json").write_text("{broken")
    assert cache.get(k) is None
    assert not list(tmp_path.rglob("*.tmp"))
