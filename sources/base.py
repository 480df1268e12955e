"""The `Source` protocol, the registry of source types, and the per-source search wrapper.

A source is anything with a `name`, a `type`, a `trust` and `search(claims)`: it returns, for
each claim id, the candidate passages it found. Each type lives in its own module and is listed
once in `SOURCE_TYPES`; the config's `type` picks it. Adding a source = adding one module.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, ClassVar, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from claims.errors import ClaimscopeError, ConfigError, SourceError
from claims.model import Claim, Passage, SourceResult, SourceRun

# config `type` -> "module:Class"; imported only when a config uses it.
SOURCE_TYPES: dict[str, str] = {
    "csv": "sources.tabular:CsvSource",
    "jsonl": "sources.tabular:JsonlSource",
    "parquet": "sources.tabular:ParquetSource",
    "directory": "sources.directory:DirectorySource",
    "wikipedia": "sources.wikipedia:WikipediaSource",
    "factcheck": "sources.factcheck:FactCheckSource",
    "http_json": "sources.http_json:HttpJsonSource",
    "rss": "sources.rss:RssSource",
}


class SourceConfig(BaseModel):
    """Keys every source takes; each source type extends it with its own."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    type: str
    trust: float = Field(1.0, ge=0.0, le=1.0, description="weight of this source's evidence")
    top_k: int = Field(5, ge=1, le=100, description="passages kept per claim")
    min_score: float = Field(0.5, ge=0.0, le=1.0, description="similarity below this is dropped")


@runtime_checkable
class Source(Protocol):
    name: str
    type: str
    trust: float

    def search(self, claims: Sequence[Claim]) -> Mapping[str, Sequence[Passage]]:
        """Candidate passages for each claim id (claims with none may be left out)."""
        ...


class ConfiguredSource:
    """Base for sources built from a config table: keeps the validated config at hand."""

    Config: ClassVar[type[SourceConfig]] = SourceConfig

    def __init__(self, config: SourceConfig, base_dir: Path) -> None:
        self.config = config
        self.base_dir = base_dir
        self.name = config.name
        self.type = config.type
        self.trust = config.trust

    def search(self, claims: Sequence[Claim]) -> Mapping[str, Sequence[Passage]]:
        raise NotImplementedError


def source_class(type_name: str) -> type[ConfiguredSource]:
    try:
        target = SOURCE_TYPES[type_name]
    except KeyError:
        raise ConfigError(
            f"unknown source type '{type_name}'",
            f"use one of: {', '.join(sorted(SOURCE_TYPES))}",
        ) from None
    module_name, class_name = target.split(":")
    return getattr(importlib.import_module(module_name), class_name)


def build_source(raw: Mapping[str, Any], base_dir: Path, where: str) -> ConfiguredSource:
    """Validate one `[[sources]]` table and open the source; errors name the key and the fix."""
    type_name = raw.get("type")
    if not isinstance(type_name, str):
        raise ConfigError(f"{where}: missing 'type'", f"add type = one of {sorted(SOURCE_TYPES)}")
    try:
        cls = source_class(type_name)
    except ConfigError as exc:
        raise ConfigError(f"{where}: {exc.problem}", exc.hint) from None
    try:
        config = cls.Config.model_validate(dict(raw))
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"]) or "(table)"
        if err["type"] == "extra_forbidden":
            allowed = ", ".join(sorted(cls.Config.model_fields))
            raise ConfigError(
                f"{where}: unknown key '{key}' for type '{type_name}'",
                f"remove it; allowed keys are: {allowed}",
            ) from None
        if err["type"] == "missing":
            raise ConfigError(
                f"{where}: missing key '{key}' for type '{type_name}'",
                f"add {key} = ... to the [[sources]] table",
            ) from None
        raise ConfigError(
            f"{where}: invalid value for '{key}': {err['msg']}", "fix the value in the config"
        ) from None
    try:
        return cls(config, base_dir)
    except ConfigError as exc:
        raise ConfigError(f"{where} ({config.name}): {exc.problem}", exc.hint) from None


def error_line(exc: BaseException) -> str:
    """One readable line for a source's failure: our own errors as they are, others typed."""
    if isinstance(exc, (SourceError, ClaimscopeError)):
        text = str(exc)
    else:
        text = f"{type(exc).__name__}: {exc}"
    return " ".join(text.split())[:500]


def search_source(source: Source, claims: Sequence[Claim]) -> SourceResult:
    """Run one source over a batch of claims; a failure is recorded, never raised.

    One broken source must not cost the other sources' evidence or any claim's result.
    """
    started = time.perf_counter()
    try:
        found = source.search(claims)
    except Exception as exc:
        return SourceResult(run=source_run(source, "error", error_line(exc), started))
    return SourceResult(
        run=source_run(source, "ok", started=started),
        passages={cid: tuple(ps) for cid, ps in found.items() if ps},
    )


def source_run(
    source: Source, status: str, error: str | None = None, started: float | None = None
) -> SourceRun:
    """What a source did, for `run.sources`; `started` is a perf_counter reading."""
    elapsed = time.perf_counter() - started if started is not None else 0.0
    return SourceRun(
        name=source.name,
        type=source.type,
        trust=source.trust,
        status=status,
        error=error,
        elapsed_s=elapsed,
    )
