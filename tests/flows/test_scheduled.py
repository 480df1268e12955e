"""Integration: a real Prefect server on 127.0.0.1, `claimscope serve` on a short interval, and
at least one completed scheduled run observed through the API. Everything started is stopped."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.flows.test_watch import make_inbox

pytestmark = pytest.mark.integration


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def api(url: str, payload: dict | None = None):
    request = urllib.request.Request(
        url,
        data=json.dumps(payload).encode() if payload is not None else None,
        headers={"Content-Type": "application/json"},
        method="POST" if payload else "GET",
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


def test_served_watch_flow_runs_on_schedule(tmp_path):
    port = free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    env = {
        **os.environ,
        "PREFECT_HOME": str(tmp_path / "prefect-home"),
        "PREFECT_API_URL": api_url,
        "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "2",
        "PREFECT_RUNNER_POLL_FREQUENCY": "2",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
    }
    server_env = {k: v for k, v in env.items() if k != "PREFECT_API_URL"}
    logs = tmp_path / "logs"
    logs.mkdir()
    server_log = (logs / "server.log").open("w")
    serve_log = (logs / "serve.log").open("w")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "prefect",
            "server",
            "start",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        env=server_env,
        start_new_session=True,
        stdout=server_log,
        stderr=subprocess.STDOUT,
    )
    served = None
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if api(f"{api_url}/health") is True:
                    break
            except OSError:
                pass
            assert server.poll() is None, (logs / "server.log").read_text()
            assert time.monotonic() < deadline, "the Prefect server did not start in 120 s"
            time.sleep(1)
        config = make_inbox(tmp_path)
        out = tmp_path / "out"
        served = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "flows.cli",
                "serve",
                "--config",
                str(config),
                "--out",
                str(out),
                "--interval",
                "5",
                "--name",
                "ci-watch",
            ],
            env=env,
            start_new_session=True,
            stdout=serve_log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 180
        completed = []
        while not completed:
            assert served.poll() is None, (logs / "serve.log").read_text()
            assert time.monotonic() < deadline, (logs / "serve.log").read_text()[-3000:]
            time.sleep(2)
            runs = api(
                f"{api_url}/flow_runs/filter",
                {"flow_runs": {"state": {"type": {"any_": ["COMPLETED"]}}}},
            )
            completed = [r for r in runs if r.get("deployment_id")]
        assert (out / "index.json").is_file()
        assert len(json.loads((out / "index.json").read_text())["reports"]) == 2
    finally:
        if served is not None:
            stop(served)
        stop(server)
        server_log.close()
        serve_log.close()
    assert server.poll() is not None and (served is None or served.poll() is not None)
