from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# The suite never writes to the user's caches: HTTP responses and indexes go to a temp folder.
_SANDBOX = tempfile.mkdtemp(prefix="claimscope-tests-")
os.environ["CLAIMSCOPE_CACHE_DIR"] = os.path.join(_SANDBOX, "http-cache")
os.environ["CLAIMSCOPE_INDEX_DIR"] = os.path.join(_SANDBOX, "index")
os.environ.pop("CLAIMSCOPE_OFFLINE", None)

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


@pytest.fixture(scope="session")
def example_run(tmp_path_factory):
    """The example article verified in process (no Prefect API), as the CLI does by default."""
    from flows.pipeline import verify_article

    out = tmp_path_factory.mktemp("example-run")
    return verify_article.fn(
        article=str(EXAMPLE_ARTICLE), config_path=str(EXAMPLE_CONFIG), out_dir=str(out)
    )


@pytest.fixture(scope="session")
def report_schema():
    import json

    import jsonschema

    schema = json.loads((ROOT / "reports" / "schema" / "report.schema.json").read_text("utf-8"))
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
