"""Load and validate claimscope.toml; every error names the key and the fix.

API keys never live in this file: sources name the environment variable that holds them.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from claims.errors import ConfigError
from claims.verify import VerifySettings
from sources.base import ConfiguredSource, build_source

DEFAULT_CONFIG_NAME = "claimscope.toml"
ReportFormat = Literal["json", "md", "html", "csv", "claimreview"]


class ExtractSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    extractor: str = "rules"


class ReportSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    formats: list[ReportFormat] = Field(default_factory=lambda: ["json", "md", "html", "csv"])


class WatchSettings(BaseModel):
    """The `[watch]` table: where new articles come from, and how many to verify at once."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    folders: list[str] = Field(default_factory=list, description="relative to the config file")
    feeds: list[str] = Field(default_factory=list, description="RSS or Atom feed URLs")
    urls: list[str] = Field(default_factory=list, description="article page URLs")
    concurrency: int = Field(4, ge=1, le=64, description="articles verified at once")
    task_runner: Literal["threads", "dask"] = "threads"
    dask_address: str | None = Field(None, description="scheduler of an existing Dask cluster")
    timeout_s: float = Field(20.0, gt=0, description="per request, for feeds and pages")


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    sources: list[dict[str, Any]] = Field(default_factory=list)
    extract: ExtractSettings = Field(default_factory=ExtractSettings)
    verify: VerifySettings = Field(default_factory=VerifySettings)
    report: ReportSettings = Field(default_factory=ReportSettings)
    watch: WatchSettings = Field(default_factory=WatchSettings)


@dataclass(frozen=True)
class Config:
    settings: Settings
    path: Path | None = None
    base_dir: Path = field(default_factory=Path.cwd)

    @property
    def digest(self) -> str:
        """Identifies the settings that decide verdicts (sources, extract, verify): sha256 of
        their canonical JSON. Report formats and watch inputs do not change a verdict."""
        decisive = self.settings.model_dump(mode="json", include={"sources", "extract", "verify"})
        canonical = json.dumps(decisive, sort_keys=True)
        return hashlib.sha256(canonical.encode()).hexdigest()[:16]

    def open_sources(self) -> list[ConfiguredSource]:
        """Validate and open every configured source (files and columns are checked here)."""
        sources, names = [], set()
        for i, raw in enumerate(self.settings.sources):
            where = f"{self.label}: sources[{i}]"
            source = build_source(raw, self.base_dir, where)
            if source.name in names:
                raise ConfigError(
                    f"{where}: duplicate source name '{source.name}'",
                    "give every [[sources]] table a unique name",
                )
            names.add(source.name)
            sources.append(source)
        return sources

    @property
    def label(self) -> str:
        return f"config {self.path}" if self.path else "config"


def load_config(path: str | Path | None = None) -> Config:
    """Read the config named, else ./claimscope.toml if present, else the defaults."""
    if path is None:
        default = Path.cwd() / DEFAULT_CONFIG_NAME
        if not default.is_file():
            return Config(Settings())
        path = default
    path = Path(path)
    if not path.is_file():
        raise ConfigError(
            f"config file not found: {path}",
            "check the --config path (see examples/claimscope.toml)",
        )
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            f"config {path} is not valid TOML: {exc}", "fix the syntax at that line"
        ) from None
    except UnicodeDecodeError:
        raise ConfigError(f"config {path} is not UTF-8 text", "save it as UTF-8") from None
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"])
        if err["type"] == "extra_forbidden":
            raise ConfigError(
                f"config {path}: unknown key '{key}'",
                "remove it or check its spelling against the README",
            ) from None
        raise ConfigError(
            f"config {path}: invalid value for '{key}': {err['msg']}",
            "fix the value (see the README's Configuration section)",
        ) from None
    return Config(settings, path.resolve(), path.resolve().parent)
