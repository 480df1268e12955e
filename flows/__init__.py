"""Prefect flows, the pipeline's order of stages, and the command line."""

import os

# Before any module here imports Prefect: no telemetry, and Prefect's console log stays behind
# our own output (set the variables yourself to override).
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
