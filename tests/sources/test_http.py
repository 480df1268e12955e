"""The one HTTP layer: retries and backoff, Retry-After, timeouts, size cap, cache, offline."""

from __future__ import annotations

import sqlite3

import pytest
import requests
import responses

import sources.http as http
from sources.http import HttpError, HttpSettings, make_client, offline_mode, redact

URL = "https://api.example.org/search"


def client(**overrides):
    settings = {"source": "test", "rate_limit_per_s": 100.0, "backoff_s": 0.5, **overrides}
    return make_client(HttpSettings(**settings))


@responses.activate
def test_user_agent_names_the_project_and_timeouts_are_set():
    responses.get(URL, json={"ok": True})
    assert client(timeout_s=7).get_json(URL, {"q": "x"}) == {"ok": True}
    request = responses.calls[0].request
    assert request.headers["User-Agent"].startswith("claimscope/")
    assert "github.com/claimscope/claimscope" in request.headers["User-Agent"]
    assert request.req_kwargs["timeout"] == (5.0, 7)


@responses.activate
def test_500_then_success_retries_with_exponential_backoff(http_sandbox):
    responses.get(URL, status=500)
    responses.get(URL, status=503)
    responses.get(URL, json={"ok": 1})
    assert client().get_json(URL) == {"ok": 1}
    assert len(responses.calls) == 3
    assert http_sandbox == [0.5, 1.0]


@responses.activate
def test_429_honours_retry_after(http_sandbox):
    responses.get(URL, status=429, headers={"Retry-After": "7"})
    responses.get(URL, json={"ok": 1})
    assert client().get_json(URL) == {"ok": 1}
    assert http_sandbox == [7.0]


@responses.activate
def test_429_with_a_retry_after_too_long_fails_at_once(http_sandbox):
    responses.get(URL, status=429, headers={"Retry-After": "3600"})
    with pytest.raises(HttpError, match=r"HTTP 429 asking to retry after 3600 s; try again later"):
        client().get_json(URL)
    assert http_sandbox == []


@responses.activate
def test_persistent_5xx_gives_one_line_with_attempts():
    for _ in range(4):
        responses.get(URL, status=502)
    with pytest.raises(HttpError) as err:
        client().get_json(URL)
    assert str(err.value) == (
        f"{URL} answered HTTP 502 after 4 attempts; the service is failing; try again later"
    )


@responses.activate
def test_connection_reset_then_success():
    responses.get(URL, body=requests.ConnectionError("Connection reset by peer"))
    responses.get(URL, json={"ok": 1})
    assert client().get_json(URL) == {"ok": 1}


@responses.activate
def test_connection_reset_every_time_is_one_readable_line():
    for _ in range(4):
        responses.get(
            URL,
            body=requests.ConnectionError(
                "('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))"
            ),
        )
    with pytest.raises(HttpError) as err:
        client().get_json(URL)
    message = str(err.value)
    assert message == (
        f"could not connect to {URL} after 4 attempts (connection reset); "
        "check base_url and the network"
    )
    assert "\n" not in message


@responses.activate
def test_read_timeout_is_not_retried_and_says_what_to_do():
    responses.get(URL, body=requests.ReadTimeout("read timed out"))
    with pytest.raises(HttpError) as err:
        client(timeout_s=10).get_json(URL, {"key": "SECRET"})
    assert str(err.value) == (
        f"timed out after 10 s contacting {URL}; raise timeout_s or check the network"
    )
    assert len(responses.calls) == 1


@responses.activate
def test_invalid_json_names_the_url_and_the_fix():
    responses.get(URL, body="<html><body>Service moved</body></html>")
    with pytest.raises(HttpError, match=r"did not answer JSON .*'<html><body>Service moved"):
        client().get_json(URL)


@responses.activate
def test_huge_body_is_refused_by_content_length():
    responses.get(URL, body=b"x" * 2_000, headers={"Content-Length": "2000"})
    with pytest.raises(HttpError, match=r"larger than 0.001 MB; raise max_response_mb"):
        client(max_response_bytes=1_000).get(URL)


@responses.activate
def test_huge_body_without_content_length_is_cut_while_reading():
    responses.get(URL, body=b"x" * 200_000, auto_calculate_content_length=False)
    with pytest.raises(HttpError, match=r"larger than 0\.1 MB"):
        client(max_response_bytes=100_000).get(URL)


@responses.activate
def test_404_and_403_say_what_to_check():
    responses.get(URL, status=404)
    with pytest.raises(HttpError, match="HTTP 404; check base_url"):
        client().get(URL)
    responses.get(URL + "/x", status=403)
    with pytest.raises(HttpError, match="check the API key"):
        client().get(URL + "/x")


@responses.activate
def test_cache_answers_the_second_time_and_keys_stay_out_of_it(tmp_path):
    responses.get(URL, json={"n": 1})
    first = client().get_json(URL, {"q": "drills", "key": "SECRET-KEY"})
    second = client().get_json(URL, {"q": "drills", "key": "OTHER-KEY"})
    assert first == second == {"n": 1}
    assert len(responses.calls) == 1  # the key is not part of the cache key
    database = http.cache_dir() / "http_cache.sqlite"
    with sqlite3.connect(database) as db:
        dump = b"".join(
            bytes(value) if isinstance(value, bytes | memoryview) else str(value).encode()
            for row in db.execute("SELECT * FROM responses")
            for value in row
        )
    assert b"SECRET-KEY" not in dump


@responses.activate
def test_cache_ttl_zero_means_always_ask():
    responses.get(URL, json={"n": 1})
    c = client(cache_ttl_s=0)
    c.get_json(URL)
    c.get_json(URL)
    assert len(responses.calls) == 2


@responses.activate
def test_offline_answers_from_cache_and_fails_clearly_on_a_miss():
    responses.get(URL, json={"n": 1})
    client().get_json(URL, {"q": "cached"})
    with offline_mode():
        assert client().get_json(URL, {"q": "cached"}) == {"n": 1}
        with pytest.raises(HttpError, match=r"offline and no cached response for .*drop --offline"):
            client().get_json(URL, {"q": "never asked"})
    assert len(responses.calls) == 1


@responses.activate
def test_offline_serves_stale_entries(monkeypatch):
    responses.get(URL, json={"n": 1})
    client(cache_ttl_s=1).get_json(URL)
    monkeypatch.setenv(http.OFFLINE_ENV, "1")
    import time

    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + 3600)
    assert http.is_offline()
    assert client(cache_ttl_s=1).get_json(URL) == {"n": 1}
    assert len(responses.calls) == 1


@responses.activate
def test_rate_limit_spaces_network_requests_not_cache_hits(http_sandbox):
    responses.get(URL, json={"n": 1})
    c = client(rate_limit_per_s=2.0)
    for q in ("a", "b", "c"):
        c.get_json(URL, {"q": q})
    c.get_json(URL, {"q": "a"})  # cached: no wait
    waits = [s for s in http_sandbox if s > 0]
    assert len(waits) == 2
    assert all(0.4 < s <= 0.5 for s in waits)


def test_redact_drops_query_and_credentials():
    assert redact("https://user:pw@api.example.org:8443/v1/s?key=SECRET&q=x") == (
        "https://api.example.org:8443/v1/s"
    )


@responses.activate
def test_a_host_that_does_not_resolve_is_not_retried():
    responses.get(
        URL,
        body=requests.ConnectionError(
            "HTTPSConnectionPool(host='api.example.org', port=443): Max retries exceeded "
            "(Caused by NameResolutionError(\"Failed to resolve 'api.example.org'\"))"
        ),
    )
    with pytest.raises(HttpError) as err:
        client().get(URL)
    assert str(err.value) == f"could not resolve the host of {URL}; check base_url and the network"
    assert len(responses.calls) == 1


@responses.activate
def test_expired_responses_are_pruned_when_a_session_opens(tmp_path):
    import time as real_time

    from sources.http import HttpSettings, make_session, prune_expired

    responses.get("https://api.example/short", json={"n": 1})
    responses.get("https://api.example/long", json={"n": 2})
    session = make_session(HttpSettings(source="t", cache_ttl_s=1))
    session.get("https://api.example/short", expire_after=1)
    session.get("https://api.example/long", expire_after=3600)
    assert len(list(session.cache.responses.keys())) == 2
    real_time.sleep(1.2)  # requests-cache expires by wall-clock time
    prune_expired(session)
    assert len(list(session.cache.responses.keys())) == 1
