"""Every test here runs offline: a private HTTP cache, no real waiting, no ambient API keys."""

from __future__ import annotations

import pytest

import sources.http as http


@pytest.fixture(autouse=True)
def http_sandbox(tmp_path, monkeypatch) -> list[float]:
    """A fresh cache per test, online, and the seconds the layer asked to sleep."""
    monkeypatch.setenv(http.CACHE_DIR_ENV, str(tmp_path / "http-cache"))
    monkeypatch.delenv(http.OFFLINE_ENV, raising=False)
    monkeypatch.setattr(http, "_offline_override", None)
    clock = {"now": 1_000.0}
    slept: list[float] = []

    def fake_sleep(seconds: float) -> None:  # time passes, instantly
        slept.append(round(seconds, 6))
        clock["now"] += seconds

    monkeypatch.setattr(http, "sleep", fake_sleep)
    monkeypatch.setattr(http, "monotonic", lambda: clock["now"])
    return slept
