"""`verify_article` as a real orchestrated Prefect flow run, under Prefect's own test harness.

The harness starts a temporary Prefect API (~10 s), so all orchestrated tests share one
session-scoped harness and live in this file.
"""

from __future__ import annotations

import json

import pytest
from prefect.client.schemas.objects import StateType
from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings
from prefect.testing.utilities import prefect_test_harness

from flows.pipeline import run_verify, verify_article
from tests.conftest import EXAMPLE_ARTICLE, EXAMPLE_CONFIG

pytestmark = pytest.mark.prefect


@pytest.fixture(scope="module", autouse=True)
def harness():
    with (
        prefect_test_harness(server_startup_timeout=120),
        temporary_settings({PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}),
    ):
        yield


def summary_and_statuses(report):
    return report.summary.model_dump(), [(c.id, c.status, c.confidence) for c in report.claims]


def test_orchestrated_run_matches_the_in_process_run(tmp_path, example_run):
    state = verify_article(
        article=str(EXAMPLE_ARTICLE),
        config_path=str(EXAMPLE_CONFIG),
        out_dir=str(tmp_path),
        return_state=True,
    )
    assert state.type == StateType.COMPLETED
    outcome = state.result()
    assert summary_and_statuses(outcome.report) == summary_and_statuses(example_run.report)
    data = json.loads((tmp_path / "report.json").read_text("utf-8"))
    assert data["run"]["id"] == str(state.state_details.flow_run_id)


def test_tasks_are_per_stage_and_per_source_not_per_claim(tmp_path):
    import asyncio

    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    state = verify_article(
        article=str(EXAMPLE_ARTICLE),
        config_path=str(EXAMPLE_CONFIG),
        out_dir=str(tmp_path),
        formats=["json"],
        return_state=True,
    )
    flow_run_id = state.state_details.flow_run_id

    async def task_names() -> list[str]:
        # Task runs reach the API as events, a moment after the flow returns: poll briefly.
        async with get_client() as client:
            for _ in range(100):
                runs = await client.read_task_runs(
                    flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id]))
                )
                if len(runs) >= 5:
                    break
                await asyncio.sleep(0.1)
            return [r.name for r in runs]

    names = asyncio.run(task_names())
    stages = sorted(n if n.startswith("search-") else n.rsplit("-", 1)[0] for n in names)
    assert stages == ["extract", "ingest", "search-example-kb", "verify", "write-reports"]


def test_config_error_inside_the_flow_reaches_the_caller_as_itself(tmp_path):
    from claims.errors import ConfigError

    with pytest.raises(ConfigError, match="config file not found"):
        run_verify(
            str(EXAMPLE_ARTICLE),
            str(tmp_path / "missing.toml"),
            tmp_path,
            ["json"],
            orchestrate=True,
        )


def test_cli_prefect_flag_runs_an_orchestrated_flow(tmp_path):
    from typer.testing import CliRunner

    from flows.cli import app

    result = CliRunner().invoke(
        app,
        [
            "verify",
            str(EXAMPLE_ARTICLE),
            "-c",
            str(EXAMPLE_CONFIG),
            "-o",
            str(tmp_path),
            "-f",
            "json",
            "--prefect",
        ],
    )
    assert result.exit_code == 0, result.output
    run_id = json.loads((tmp_path / "report.json").read_text("utf-8"))["run"]["id"]
    assert len(run_id) == 36  # a Prefect flow run id (UUID)


def test_orchestrated_watch_verifies_once_and_records_the_bad_article(tmp_path):
    from flows.ledger import Ledger
    from flows.watch import run_watch
    from tests.flows.test_watch import make_inbox, outcomes

    config = make_inbox(tmp_path)
    out = tmp_path / "out"
    first = run_watch(str(config), out, orchestrate=True)
    assert outcomes(first) == {
        "drills.txt": "verified",
        "union.md": "verified",
        "broken.txt": "rejected",
    }
    second = run_watch(str(config), out, orchestrate=True)
    assert set(outcomes(second).values()) == {"unchanged"}
    assert sorted(r.status for r in Ledger(out).runs()) == ["done", "done", "rejected"]


def test_watch_on_an_existing_dask_cluster(tmp_path):
    pytest.importorskip("prefect_dask")
    from distributed import LocalCluster

    from flows.watch import run_watch
    from tests.flows.test_watch import make_inbox, outcomes

    config = make_inbox(tmp_path)
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        dask = f'task_runner = "dask"\ndask_address = "{cluster.scheduler_address}"'
        config.write_text(
            config.read_text("utf-8").replace("concurrency = 2", f"concurrency = 2\n{dask}")
        )
        result = run_watch(str(config), tmp_path / "out", orchestrate=True)
    assert outcomes(result) == {
        "drills.txt": "verified",
        "union.md": "verified",
        "broken.txt": "rejected",
    }


def test_dask_without_an_address_is_a_config_error(tmp_path):
    from claims.errors import ClaimscopeError
    from flows.config import load_config
    from flows.watch import configured_watch

    config = tmp_path / "c.toml"
    config.write_text('[watch]\nfolders = ["."]\ntask_runner = "dask"\n')
    with pytest.raises(ClaimscopeError, match="needs dask_address"):
        configured_watch(load_config(config))
