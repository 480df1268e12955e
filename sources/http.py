"""The one HTTP layer every live source goes through.

`make_client(settings)` builds a client on a `requests_cache.CachedSession` that shares one
on-disk cache (SQLite) with every other source, and adds what a polite, robust client needs:

- a User-Agent naming the project, connect and read timeouts;
- retries with exponential backoff on connection errors, 429 and 5xx, honouring `Retry-After`;
- a per-source rate limit (only requests that reach the network count: cache hits are free);
- a cap on the response size, checked on `Content-Length` and while reading the body;
- an offline mode (`offline_mode()` or `CLAIMSCOPE_OFFLINE=1`) that answers only from the
  cache, stale entries included, and never opens a connection.

Every failure becomes one `HttpError` line that says what happened and what to do. URLs in
messages never carry their query string, where API keys live.
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from requests_cache import CachedSession

from claims.errors import SourceError

try:
    __version__ = version("claimscope")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

USER_AGENT = f"claimscope/{__version__} (+https://github.com/claimscope/claimscope)"
OFFLINE_ENV = "CLAIMSCOPE_OFFLINE"
CACHE_DIR_ENV = "CLAIMSCOPE_CACHE_DIR"
CONNECT_TIMEOUT_S = 5.0  # a host that does not answer a TCP handshake in 5 s is down
MAX_RETRY_AFTER_S = 60.0  # a server asking us to wait longer than this: fail, do not hang
MAX_BACKOFF_S = 30.0
# Parameter and header names never stored in the cache key or the cached request.
SECRET_NAMES = ("key", "api_key", "apikey", "access_token", "token", "Authorization", "X-API-KEY")

# Injectable for tests: how the layer waits (backoff, Retry-After, rate limit) and what time it is.
sleep: Callable[[float], None] = time.sleep
monotonic: Callable[[], float] = time.monotonic

_offline_override: bool | None = None


class HttpError(SourceError):
    """One line: what went wrong with which URL, and what to do about it."""

    def __init__(self, problem: str, hint: str) -> None:
        super().__init__(f"{problem}; {hint}")
        self.problem = problem
        self.hint = hint


def is_offline() -> bool:
    """Offline when set by `offline_mode`, else when CLAIMSCOPE_OFFLINE is set to a true value."""
    if _offline_override is not None:
        return _offline_override
    return os.environ.get(OFFLINE_ENV, "").strip().lower() in {"1", "true", "yes", "on"}


@contextmanager
def offline_mode(enabled: bool = True) -> Iterator[None]:
    """Answer only from the cache inside this block (for `claimscope verify --offline`)."""
    global _offline_override
    previous = _offline_override
    _offline_override = enabled
    try:
        yield
    finally:
        _offline_override = previous


def cache_dir() -> Path:
    """CLAIMSCOPE_CACHE_DIR, else $XDG_CACHE_HOME/claimscope, else ~/.cache/claimscope."""
    if os.environ.get(CACHE_DIR_ENV):
        return Path(os.environ[CACHE_DIR_ENV]).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "claimscope"


def redact(url: str) -> str:
    """The URL without its query string and credentials: safe for messages and logs."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return f"{parts.scheme}://{host}{parts.path}"


@dataclass(frozen=True)
class HttpSettings:
    """How one source talks HTTP; built from its config's keys."""

    source: str
    timeout_s: float = 10.0
    rate_limit_per_s: float = 2.0
    cache_ttl_s: int = 86_400
    max_response_bytes: int = 5_000_000
    retries: int = 3
    backoff_s: float = 0.5
    secret_names: tuple[str, ...] = ()


class RateLimiter:
    """At most `per_s` requests a second: waits for the gap since the previous request."""

    def __init__(self, per_s: float) -> None:
        self.interval = 1.0 / per_s if per_s > 0 else 0.0
        self.next_at = 0.0
        self.lock = threading.Lock()

    def wait(self) -> None:
        with self.lock:
            now = monotonic()
            delay = self.next_at - now
            if delay > 0:
                sleep(delay)
                now += delay
            self.next_at = now + self.interval


class ResponseTooLarge(requests.RequestException):
    pass


class GuardedAdapter(HTTPAdapter):
    """Below the cache, so it sees only real network requests: rate limit and size cap."""

    def __init__(self, limiter: RateLimiter, max_bytes: int) -> None:
        super().__init__(max_retries=0)  # retries are ours, above the cache (see HttpClient)
        self.limiter = limiter
        self.max_bytes = max_bytes

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        self.limiter.wait()
        kwargs["stream"] = True
        response = super().send(request, **kwargs)
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            response.close()
            raise ResponseTooLarge(f"Content-Length {declared}")
        body = bytearray()
        for chunk in response.iter_content(64 * 1024):
            body.extend(chunk)
            if len(body) > self.max_bytes:
                response.close()
                raise ResponseTooLarge(f"more than {self.max_bytes} bytes")
        response._content = bytes(body)
        response._content_consumed = True
        return response


@dataclass
class HttpClient:
    """GET with retries and clear errors, through a cached, rate-limited, size-capped session."""

    settings: HttpSettings
    session: requests.Session

    def get(
        self,
        url: str,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> requests.Response:
        offline = is_offline()
        attempts = 1 + (0 if offline else self.settings.retries)
        timeout = (min(CONNECT_TIMEOUT_S, self.settings.timeout_s), self.settings.timeout_s)
        where = redact(url)
        if isinstance(self.session, CachedSession):
            self.session.settings.stale_if_error = offline  # offline: a stale answer beats none
        for attempt in range(attempts):
            last = attempt == attempts - 1
            try:
                response = self.session.get(
                    url,
                    params=params,
                    headers=dict(headers or {}),
                    timeout=timeout,
                    expire_after=self.settings.cache_ttl_s,
                    only_if_cached=offline,
                )
            except ResponseTooLarge:
                mb = self.settings.max_response_bytes / 1e6
                raise HttpError(
                    f"response from {where} is larger than {mb:g} MB",
                    "raise max_response_mb or narrow the query",
                ) from None
            except requests.Timeout as exc:
                if isinstance(exc, requests.ConnectTimeout) and not last:
                    self._backoff(attempt)
                    continue
                raise HttpError(
                    f"timed out after {self.settings.timeout_s:g} s contacting {where}",
                    "raise timeout_s or check the network",
                ) from None
            except requests.ConnectionError as exc:
                if _is_dns_failure(exc):  # retrying cannot help a host name that does not resolve
                    raise HttpError(
                        f"could not resolve the host of {where}", "check base_url and the network"
                    ) from None
                if not last:
                    self._backoff(attempt)
                    continue
                raise HttpError(
                    f"could not connect to {where} after {attempts} attempts ({_reason(exc)})",
                    "check base_url and the network",
                ) from None
            if offline and response.status_code == 504:
                raise HttpError(
                    f"offline and no cached response for {where}",
                    "run once online to fill the cache, or drop --offline",
                )
            status = response.status_code
            if (status == 429 or status >= 500) and not last:
                wait = _retry_after(response.headers.get("Retry-After"))
                if wait is not None and wait > MAX_RETRY_AFTER_S:
                    raise HttpError(
                        f"{where} answered HTTP {status} asking to retry after {wait:g} s",
                        "try again later or lower rate_limit_per_s",
                    )
                self._backoff(attempt, wait)
                continue
            if status >= 400:
                raise HttpError(
                    f"{where} answered HTTP {status}"
                    + (f" after {attempts} attempts" if status == 429 or status >= 500 else ""),
                    _status_hint(status),
                )
            return response
        raise AssertionError("unreachable: the last attempt returns or raises")

    def get_json(
        self,
        url: str,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Any:
        response = self.get(url, params, {"Accept": "application/json", **(headers or {})})
        try:
            return json.loads(response.content)
        except ValueError:
            start = response.content[:40].decode("utf-8", "replace").replace("\n", " ")
            raise HttpError(
                f"{redact(url)} did not answer JSON (it starts with {start!r})",
                "check that base_url points at the API endpoint",
            ) from None

    def _backoff(self, attempt: int, retry_after: float | None = None) -> None:
        delay = self.settings.backoff_s * 2**attempt
        if retry_after is not None:
            delay = max(delay, retry_after)
        sleep(min(delay, max(MAX_BACKOFF_S, retry_after or 0.0)))


def _is_dns_failure(exc: Exception) -> bool:
    text = str(exc).lower()
    return any(
        marker in text
        for marker in ("nameresolutionerror", "name or service not known", "failed to resolve")
    )


def _reason(exc: Exception) -> str:
    text = str(exc.args[0] if exc.args else exc) or type(exc).__name__
    for marker in ("Connection reset", "Connection refused"):
        if marker.lower() in text.lower():
            return marker.lower()
    return text.splitlines()[0][:80]


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _status_hint(status: int) -> str:
    if status in (401, 403):
        return "check the API key (api_key_env) and that the API is enabled for it"
    if status == 404:
        return "check base_url"
    if status == 429:
        return "lower rate_limit_per_s or try again later"
    if status >= 500:
        return "the service is failing; try again later"
    return "check the source's parameters"


_sessions_lock = threading.Lock()


def make_session(settings: HttpSettings) -> CachedSession:
    """The session factory: shared on-disk cache, project User-Agent, guarded adapter."""
    directory = cache_dir()
    directory.mkdir(parents=True, exist_ok=True)
    with _sessions_lock:
        session = CachedSession(
            str(directory / "http_cache"),
            backend="sqlite",
            fast_save=True,  # no fsync per response: a lost cache entry is only a re-fetch
            wal=True,  # readers (other processes, other sources) never block the writer
            expire_after=settings.cache_ttl_s,
            allowable_codes=(200,),
            ignored_parameters=(*SECRET_NAMES, *settings.secret_names),
            match_headers=False,
        )
        if directory not in _pruned:  # once per process and cache: drop what has expired
            _pruned.add(directory)
            prune_expired(session)
    session.headers["User-Agent"] = USER_AGENT
    adapter = GuardedAdapter(RateLimiter(settings.rate_limit_per_s), settings.max_response_bytes)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


_pruned: set[Path] = set()


def prune_expired(session: CachedSession) -> None:
    """Delete expired responses so the on-disk cache does not grow without end.

    Offline runs answer from stale entries too, so nothing is pruned in offline mode."""
    if not is_offline():
        session.cache.delete(expired=True)


def make_client(settings: HttpSettings) -> HttpClient:
    return HttpClient(settings, make_session(settings))
