from __future__ import annotations

import os
from pathlib import Path

import pytest

# Prefect must never try to reach a real API or send telemetry from the test suite.
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.pop("PREFECT_API_URL", None)

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
EXAMPLE_ARTICLE = EXAMPLES / "russia-belarus-joint-flight-drills.txt"
EXAMPLE_CONFIG = EXAMPLES / "claimscope.toml"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def example_article():
    from claims.ingest import read_article

    return read_article(EXAMPLE_ARTICLE)
