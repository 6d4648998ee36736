"""Fakes for the annotation tests: a scripted OpenAI-compatible chat-completions server and
sample drafts.

Offline and fast: it runs on 127.0.0.1 (stdlib http.server in a thread, random port) and each
test scripts its replies. Not a test module: imported by the tests and by the ``llm`` fixture
(tests/conftest.py).
"""

from __future__ import annotations

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from classifier.inputs import InputArticle, InputUnit
from training.annotate import review as rv
from training.annotate.cache import ReplyCache
from training.annotate.client import ChatClient
from training.annotate.drafter import LLMDrafter, run_drafts
from training.annotate.prompt import PromptBuilder


SECRET = "sk-test-NEVER-WRITE-ME-9f3c1b"


def article_units(body: dict) -> list[tuple[int, str]]:
    """(sentence_id, text) of the article block in the request's last message."""
    content = body["messages"][-1]["content"]
    block = content.split("<article>\n", 1)[1].split("\n</article>", 1)[0]
    return [(int(m.group(1)), m.group(2)) for m in re.finditer(r"^\[(\d+)\] (.*)$", block, re.MULTILINE)]


def labels_for(body: dict, label: str = "claim", holders: list[str] | None = None) -> dict:
    units = [{"sentence_id": sid, "label": label, "holders": holders or (["AUTHOR"] if label == "opinion" else ["NONE"]),
              "confidence": 0.9} for sid, _ in article_units(body)]
    return {"units": units}


def completion(content: str, finish: str = "stop", prompt_tokens: int = 100, completion_tokens: int = 20) -> dict:
    return {"id": "x", "object": "chat.completion", "model": "fake",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": finish}],
            "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                      "total_tokens": prompt_tokens + completion_tokens}}


def valid(body):
    return 200, completion(json.dumps(labels_for(body)))


def malformed(body):
    return 200, completion('{"units": [{"sentence_id": 0, "label": claim}')


def truncated(body):
    text = json.dumps(labels_for(body))
    return 200, completion(text[: len(text) // 2], finish="length")


def wrong_labels(body):
    return 200, completion(json.dumps(labels_for(body, label="fact")))


def too_many(body):
    return 429, {"error": {"message": "rate limited"}}


def server_error(body):
    return 503, {"error": {"message": "overloaded"}}


def unauthorized(body):
    return 401, {"error": {"message": "invalid api key"}}


def slow(seconds):
    def reply(body):
        time.sleep(seconds)
        return valid(body)
    return reply


class FakeLLM:
    """Scripted chat-completions server: each request takes the next action of ``script``
    (a function body -> (status, payload)); ``default`` once the script is used up."""

    def __init__(self) -> None:
        self.script: list = []
        self.default = valid
        self.requests: list[dict] = []
        self.headers: list[dict] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                length = int(self.headers.get("content-length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                with fake.lock:
                    fake.requests.append({"path": self.path, "body": body})
                    fake.headers.append(dict(self.headers))
                    action = fake.script.pop(0) if fake.script else fake.default
                    fake.in_flight += 1
                    fake.max_in_flight = max(fake.max_in_flight, fake.in_flight)
                try:
                    status, payload = action(body)
                finally:
                    with fake.lock:
                        fake.in_flight -= 1
                data = json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    if status == 429:
                        self.send_header("Retry-After", "0")
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args):  # keep test output clean
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def make_client(url: str, tmp_path: Path | None = None, **kw) -> ChatClient:
    opts = dict(timeout=5.0, retries=2, concurrency=2, backoff=0.01, max_backoff=0.05)
    opts.update(kw)
    cache = ReplyCache(tmp_path / "cache") if tmp_path is not None else None
    return ChatClient(url, "fake-model", "STANCE_TEST_KEY", cache=cache, **opts)


def art(aid: str, *texts: str) -> InputArticle:
    return InputArticle(aid, [InputUnit(i, t) for i, t in enumerate(texts)])


ARTICLES = [art("a1", "Talks resumed on Monday.", "The union said it would strike."),
            art("a2", "Exports rose 3 percent.", "This is clearly a turnaround.", "By Jo Reyes")]


def draft(llm_server, tmp_path, articles=ARTICLES, style="json_object", cache=True, **kw):
    client = make_client(llm_server.url, tmp_path if cache else None, **kw)
    drafter = LLMDrafter(client, PromptBuilder.load(), style)
    out = tmp_path / "drafts.jsonl"
    log = tmp_path / "log.txt"
    with open(log, "a", encoding="utf-8") as handle:
        summary = run_drafts(drafter, articles, out, concurrency=client.concurrency,
                             progress=False, log=handle)
    client.close()
    return summary, out, log.read_text(encoding="utf-8")


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def unit(sid, label, holders, conf, model_label=None, model_holders=None, aid="r1", text=None):
    return {"article_id": aid, "sentence_id": sid, "text": text or f"Sentence {sid}.", "label": label,
            "holders": holders, "confidence": conf, "annotator": "llm:x", "source": "llm",
            "model_label": model_label, "model_holders": model_holders, "model_confidence": 0.5}


def sample_drafts() -> rv.Drafts:
    d = rv.Drafts()
    d.headers["r1"] = {"article_id": "r1", "title": "T", "author": None,
                       "actors": {"State Department": ["State Department", "State Dept"], "US": ["US"]}}
    d.units = [
        unit(0, "claim", ["NONE"], 0.95, "claim", ["NONE"]),
        unit(1, "attribution", ["State Department"], 0.9, "condition", ["State Department"]),
        unit(2, "claim", ["US"], 0.4, "claim", ["US"]),
        unit(3, "opinion", ["AUTHOR"], 0.8, "opinion", ["AUTHOR"]),
        unit(4, "claim", ["US"], 0.99, "claim", ["NONE"]),
        unit(5, "condition", ["US"], None, "condition", ["US"], text="Only if “talks” resume; \u00e9t\u00e9 — ok."),
    ]
    return d


def review_app(tmp_path: Path):
    """(a typer app with ``annotate``/``review``, a draft file of :func:`sample_drafts` in ``tmp_path``)."""
    import typer

    from classifier.cli.annotate import register

    app = typer.Typer()
    register(app)
    drafts = tmp_path / "drafts.jsonl"
    drafts.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rv.output_records(sample_drafts())),
                      encoding="utf-8")
    return app, drafts
