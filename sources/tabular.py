"""Local tables of reference statements: CSV, JSON Lines and Parquet files, read with pandas."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import ClassVar

import pandas as pd

from claims.errors import ConfigError
from claims.model import Claim, Passage
from sources.base import ConfiguredSource, SourceConfig
from sources.index import file_digest
from sources.matching import IndexedConfig, Statement, StatementIndex


class TableConfig(IndexedConfig):
    path: str
    text_column: str = "text"
    url_column: str | None = "url"
    published_column: str | None = "published"
    title_column: str | None = None


class TableSource(ConfiguredSource):
    """Every row is one reference statement; columns are named in the config."""

    Config: ClassVar[type[SourceConfig]] = TableConfig
    file_kind: ClassVar[str] = "table"
    config: TableConfig

    def __init__(self, config: TableConfig, base_dir: Path) -> None:
        super().__init__(config, base_dir)
        self.path = (base_dir / config.path).resolve()
        if not self.path.is_file():
            raise ConfigError(
                f"file not found: {self.path}", "fix 'path' (it is relative to the config file)"
            )
        try:
            frame = self.read(self.path)
        except Exception as exc:
            raise ConfigError(
                f"cannot read {self.path} as {self.file_kind}: {exc}",
                f"check that the file is valid {self.file_kind}",
            ) from None
        columns = (config.text_column, config.url_column, config.published_column)
        self.index = StatementIndex(
            self._statements(frame),
            mode=config.index,
            root=(base_dir / config.index_dir).resolve() if config.index_dir else None,
            digest=file_digest([self.path], f"{self.file_kind}:{columns}:{config.title_column}"),
        )

    def read(self, path: Path) -> pd.DataFrame:
        raise NotImplementedError

    def _column(self, frame: pd.DataFrame, key: str) -> str | None:
        column = getattr(self.config, key)
        if column is None:
            return None
        if column not in frame.columns:
            if key in self.config.model_fields_set or key == "text_column":
                columns = ", ".join(map(str, frame.columns)) or "none"
                raise ConfigError(
                    f"column '{column}' not found in {self.path.name} (columns: {columns})",
                    f"set {key} to the column that holds it",
                )
            return None  # an optional column left at its default name may be absent
        return column

    def _statements(self, frame: pd.DataFrame) -> list[Statement]:
        text_col = self._column(frame, "text_column")
        url_col = self._column(frame, "url_column")
        date_col = self._column(frame, "published_column")
        title_col = self._column(frame, "title_column")
        statements = []
        for row in frame.to_dict("records"):
            text = _cell(row.get(text_col))
            if not text:
                continue
            title = _cell(row.get(title_col)) if title_col else None
            statements.append(
                Statement(
                    text=f"{title}: {text}" if title else text,
                    url=_cell(row.get(url_col)) if url_col else None,
                    published=_cell(row.get(date_col)) if date_col else None,
                )
            )
        return statements

    def search(self, claims: Sequence[Claim]) -> Mapping[str, Sequence[Passage]]:
        return self.index.search(claims, self.name, self.config.top_k, self.config.min_score)


def _cell(value: object) -> str | None:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    text = str(value).strip()
    return text or None


class CsvSource(TableSource):
    file_kind = "CSV"

    def read(self, path: Path) -> pd.DataFrame:
        return pd.read_csv(path, dtype=str, keep_default_na=False)


class JsonlSource(TableSource):
    file_kind = "JSON Lines"

    def read(self, path: Path) -> pd.DataFrame:
        return pd.read_json(path, lines=True, dtype=False)


class ParquetSource(TableSource):
    file_kind = "Parquet"

    def read(self, path: Path) -> pd.DataFrame:
        return pd.read_parquet(path)
