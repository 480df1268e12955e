"""Prefect flows, the pipeline's order of stages, and the command line."""
