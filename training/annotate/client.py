"""A small OpenAI-compatible chat-completions client (OpenAI, llama.cpp server, vLLM, ...).

- ``POST {base_url}/chat/completions`` over httpx, one shared connection pool, thread-safe;
- timeouts; retries with exponential backoff (and jitter, and ``Retry-After``) on timeouts,
  connection errors, 429, 5xx and replies that fail validation; other 4xx fail at once;
- a concurrency cap: at most ``concurrency`` requests in flight, whatever the caller's threads;
- token usage, requests, retries and cache hits counted in :class:`Usage`;
- the API key is read from an environment variable whose *name* is configurable; it goes into
  the ``Authorization`` header and nowhere else (not in ``repr``, errors, logs or the cache).
"""

from __future__ import annotations

import os
import random
import threading
import time
from dataclasses import dataclass, field
from typing import Callable, TypeVar

import httpx

from training.annotate.cache import ReplyCache, cache_key
from training.annotate.reply import InvalidReply
from classifier.errors import UserError

T = TypeVar("T")


class LLMConfigError(UserError):
    """A wrong LLM setting (base URL, model, key variable), reported as one line."""

    exit_code = 2


class ChatFailed(Exception):
    """A request that failed for good: retries spent, or an error retrying cannot fix.

    ``fatal`` marks errors that will fail every other request too (bad key, unknown model,
    wrong URL), so a caller can stop early.
    """

    def __init__(self, message: str, fatal: bool = False) -> None:
        super().__init__(message)
        self.fatal = fatal


@dataclass
class Usage:
    """Counters over a run (thread-safe through ``add``)."""

    requests: int = 0
    retries: int = 0
    cache_hits: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def add(self, **counts: int) -> None:
        with self._lock:
            for name, n in counts.items():
                setattr(self, name, getattr(self, name) + int(n or 0))

    def as_dict(self) -> dict:
        return {k: getattr(self, k) for k in ("requests", "retries", "cache_hits", "prompt_tokens",
                                               "completion_tokens")}


def normalize_base_url(url: str) -> str:
    """``http://host:8080/v1`` (a trailing ``/chat/completions`` or ``/`` is dropped)."""
    url = url.strip().rstrip("/")
    if url.endswith("/chat/completions"):
        url = url[: -len("/chat/completions")]
    if not url.startswith(("http://", "https://")):
        raise LLMConfigError(f"--base-url {url!r} must start with http:// or https:// (e.g. http://127.0.0.1:8080/v1)")
    return url


def _short(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "..."


class ChatClient:
    """Chat completions with retries, a concurrency cap, a reply cache and usage accounting."""

    def __init__(self, base_url: str, model: str, api_key_env: str = "OPENAI_API_KEY", *,
                 timeout: float = 120.0, retries: int = 3, concurrency: int = 4, temperature: float = 0.0,
                 max_tokens: int = 4096, cache: ReplyCache | None = None, backoff: float = 1.0,
                 max_backoff: float = 30.0, transport: httpx.BaseTransport | None = None) -> None:
        if not model:
            raise LLMConfigError("an LLM model name is needed (--llm-model)")
        if retries < 0 or concurrency < 1 or timeout <= 0 or max_tokens < 1:
            raise LLMConfigError("--retries must be >= 0, --concurrency >= 1, --timeout > 0, --max-tokens >= 1")
        self.base_url = normalize_base_url(base_url)
        self.model = model
        self.api_key_env = api_key_env
        self.timeout = float(timeout)
        self.retries = int(retries)
        self.temperature = float(temperature)
        self.max_tokens = int(max_tokens)
        self.cache = cache
        self.backoff = float(backoff)
        self.max_backoff = float(max_backoff)
        self.usage = Usage()
        self.concurrency = int(concurrency)
        self._slots = threading.BoundedSemaphore(self.concurrency)
        headers = {"Content-Type": "application/json"}
        key = os.environ.get(api_key_env) if api_key_env else None
        if key:
            headers["Authorization"] = f"Bearer {key.strip()}"
        del key
        self._http = httpx.Client(base_url=self.base_url + "/", headers=headers, transport=transport,
                                  timeout=httpx.Timeout(self.timeout, connect=min(self.timeout, 10.0)))

    def __repr__(self) -> str:  # never shows the key
        return f"ChatClient(base_url={self.base_url!r}, model={self.model!r}, api_key_env={self.api_key_env!r})"

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> "ChatClient":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---------------------------------------------------------------------------------

    def _sleep_before_retry(self, attempt: int, retry_after: float | None) -> None:
        delay = min(self.max_backoff, self.backoff * (2 ** (attempt - 1)))
        delay *= 0.5 + random.random() / 2
        if retry_after is not None:
            delay = max(delay, min(retry_after, self.max_backoff))
        time.sleep(delay)

    def _post(self, body: dict) -> httpx.Response:
        with self._slots:
            return self._http.post("chat/completions", json=body)

    def complete(self, messages: list[dict], response_format: dict | None,
                 check: Callable[[str, str | None], T]) -> T:
        """Send ``messages``; return ``check(content, finish_reason)`` of the first good reply.

        ``check`` raises :class:`InvalidReply` for an unusable reply (which is retried). A
        valid reply is cached; a cached valid reply is returned without any request.
        """
        key = cache_key(self.model, messages, response_format, self.temperature)
        if self.cache is not None:
            entry = self.cache.get(key)
            if entry is not None:
                try:
                    result = check(entry["content"], entry.get("finish_reason"))
                except InvalidReply:
                    pass  # e.g. stored before a scheme change: ask again
                else:
                    self.usage.add(cache_hits=1)
                    return result
        body: dict = {"model": self.model, "messages": messages, "temperature": self.temperature,
                      "max_tokens": self.max_tokens, "stream": False}
        if response_format is not None:
            body["response_format"] = response_format
        last = "no attempt made"
        for attempt in range(self.retries + 1):
            retry_after = None
            if attempt:
                self.usage.add(retries=1)
            try:
                self.usage.add(requests=1)
                resp = self._post(body)
            except httpx.TimeoutException:
                last = f"no reply within {self.timeout:g}s (timeout)"
                self._pause(attempt, None)
                continue
            except httpx.TransportError as exc:
                last = f"cannot reach {self.base_url} ({type(exc).__name__})"
                self._pause(attempt, None)
                continue
            status = resp.status_code
            if status == 429 or status >= 500:
                last = f"HTTP {status} from server: {_short(resp.text)}"
                try:
                    retry_after = float(resp.headers.get("retry-after", ""))
                except ValueError:
                    retry_after = None
                self._pause(attempt, retry_after)
                continue
            if status >= 400:
                fatal = status in (401, 403, 404)
                hint = {401: f" (check the key in ${self.api_key_env})", 403: f" (check the key in ${self.api_key_env})",
                        404: f" (check --base-url {self.base_url} and --llm-model {self.model})"}.get(status, "")
                raise ChatFailed(f"HTTP {status} from server{hint}: {_short(resp.text)}", fatal=fatal)
            try:
                content, finish = self._read(resp)
                result = check(content, finish)
            except InvalidReply as exc:
                last = f"invalid reply: {exc}"
                self._pause(attempt, None)
                continue
            if self.cache is not None:
                self.cache.put(key, {"model": self.model, "content": content, "finish_reason": finish})
            return result
        raise ChatFailed(f"gave up after {self.retries + 1} attempt(s): {last}")

    def _pause(self, attempt: int, retry_after: float | None) -> None:
        if attempt < self.retries:
            self._sleep_before_retry(attempt + 1, retry_after)

    def _read(self, resp: httpx.Response) -> tuple[str, str | None]:
        """(content, finish_reason) of a chat-completions body; usage is counted here."""
        try:
            data = resp.json()
        except ValueError:
            raise InvalidReply(f"server body is not JSON: {_short(resp.text, 80)}") from None
        if not isinstance(data, dict):
            raise InvalidReply("server body is not a JSON object")
        usage = data.get("usage") or {}
        if isinstance(usage, dict):
            self.usage.add(prompt_tokens=_int(usage.get("prompt_tokens")),
                           completion_tokens=_int(usage.get("completion_tokens")))
        try:
            choice = data["choices"][0]
            content = choice["message"]["content"]
        except (KeyError, IndexError, TypeError):
            raise InvalidReply("server body has no choices[0].message.content") from None
        if not isinstance(content, str):
            raise InvalidReply("message content is not text")
        return content, choice.get("finish_reason")


def _int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0
