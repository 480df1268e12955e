"""A folder of documents (.txt, .md, .html): every body sentence is a reference statement."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import ClassVar

from claims.errors import ArticleError, ConfigError
from claims.ingest import SUFFIXES, read_article
from claims.model import Claim, Passage
from claims.segment import split_sentences
from sources.base import ConfiguredSource, SourceConfig
from sources.index import file_digest
from sources.matching import IndexedConfig, Statement, StatementIndex

log = logging.getLogger(__name__)


class DirectoryConfig(IndexedConfig):
    path: str
    recursive: bool = True


class DirectorySource(ConfiguredSource):
    Config: ClassVar[type[SourceConfig]] = DirectoryConfig
    config: DirectoryConfig

    def __init__(self, config: DirectoryConfig, base_dir: Path) -> None:
        super().__init__(config, base_dir)
        self.path = (base_dir / config.path).resolve()
        if not self.path.is_dir():
            raise ConfigError(
                f"folder not found: {self.path}", "fix 'path' (it is relative to the config file)"
            )
        pattern = "**/*" if config.recursive else "*"
        files = sorted(
            p for p in self.path.glob(pattern) if p.is_file() and p.suffix.lower() in SUFFIXES
        )
        if not files:
            raise ConfigError(
                f"no .txt, .md or .html files in {self.path}",
                "put reference documents in the folder or fix 'path'",
            )
        statements: list[Statement] = []
        for file in files:
            try:
                doc = read_article(file)
            except ArticleError as exc:
                log.warning("skipping %s: %s", file, exc)
                continue
            url = doc.url or file.as_uri()
            for paragraph in doc.by_role("body"):
                for start, end in split_sentences(paragraph.text, paragraph.start):
                    statements.append(Statement(doc.text[start:end], url, doc.published))
        self.index = StatementIndex(
            statements,
            mode=config.index,
            root=(base_dir / config.index_dir).resolve() if config.index_dir else None,
            digest=file_digest(files, "directory"),
        )

    def search(self, claims: Sequence[Claim]) -> Mapping[str, Sequence[Passage]]:
        return self.index.search(claims, self.name, self.config.top_k, self.config.min_score)
