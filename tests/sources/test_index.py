"""The on-disk candidate index: built once per content, found again, used by local sources."""

from __future__ import annotations

from pathlib import Path

import pytest

import sources.matching as matching
from claims.model import Claim
from sources.index import DiskIndex, default_index_root, file_digest, open_or_build
from sources.matching import Statement, StatementIndex, build_indexes, rescore
from sources.tabular import CsvSource, TableConfig

KB = [
    "Kyiv lies about 90 km south of the border with Belarus.",
    "The border between Belarus and Ukraine is 1,084 km long.",
    "On December 19, 2022, Vladimir Putin visited Minsk and held talks with Lukashenko.",
    "The Russian invasion of Ukraine began on February 24, 2022.",
]


def claim(text: str, cid: str = "c1") -> Claim:
    return Claim(id=cid, text=text, sentence=text, span=(0, len(text)))


@pytest.fixture(autouse=True)
def private_index_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "index-root"
    monkeypatch.setenv("CLAIMSCOPE_INDEX_DIR", str(root))
    return root


def test_built_once_per_content(tmp_path: Path) -> None:
    normalised = [matching.retrieval_text(t) for t in KB]
    first, built = open_or_build(normalised, tmp_path / "ix", "abc")
    assert built and len(first) == len(KB)
    again, built_again = open_or_build(normalised, tmp_path / "ix", "abc")
    assert not built_again and again.path == first.path
    assert isinstance(again, DiskIndex)
    assert again.candidates("putin visit minsk", 2)[0] == 2


def test_digest_follows_content_and_columns(tmp_path: Path) -> None:
    kb = tmp_path / "kb.csv"
    kb.write_text("text\nKyiv lies about 90 km south of the border.\n", encoding="utf-8")
    before = file_digest([kb], "text")
    assert file_digest([kb], "text") == before
    assert file_digest([kb], "title") != before
    kb.write_text("text\nKyiv lies about 95 km south of the border.\n", encoding="utf-8")
    assert file_digest([kb], "text") != before


@pytest.mark.parametrize("mode", ["memory", "disk"])
def test_search_finds_the_statement_either_way(mode: str, tmp_path: Path) -> None:
    index = StatementIndex([Statement(t) for t in KB], mode=mode, root=tmp_path, digest="d1")
    assert isinstance(index.retriever, DiskIndex) == (mode == "disk")
    found = index.search(
        [claim("Kyiv sits only 95 miles south of the Belarusian border.")], "kb", 2, 0.3
    )
    assert found["c1"][0].text == KB[0]


def test_a_built_index_is_reopened_without_normalising_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    statements = [Statement(t) for t in KB]
    StatementIndex(statements, mode="disk", root=tmp_path, digest="d2")

    def refuse(texts: list[str]) -> list[str]:
        raise AssertionError("normalised again")

    monkeypatch.setattr(matching, "normalise_all", refuse)
    reopened = StatementIndex(statements, mode="disk", root=tmp_path, digest="d2")
    assert reopened.candidates("invasion ukraine", 1) == [3]


def test_csv_source_keeps_its_index_outside_the_package(tmp_path: Path) -> None:
    kb = tmp_path / "facts.csv"
    kb.write_text("text\n" + "\n".join(f'"{t}"' for t in KB) + "\n", encoding="utf-8")
    config = TableConfig(name="kb", type="csv", path="facts.csv", index="disk", index_dir="cache")
    source = CsvSource(config, tmp_path)
    assert isinstance(source.index.retriever, DiskIndex)
    assert Path(source.index.retriever.path).is_relative_to(tmp_path / "cache")
    [(name, build)] = build_indexes([source])
    assert name == "kb" and build is not None and not build.built
    assert build.statements == len(KB) and build.size_bytes > 0


def test_sources_without_local_statements_are_listed_without_an_index() -> None:
    class Remote:
        name = "wiki"

    assert build_indexes([Remote()]) == [("wiki", None)]


def test_default_root_is_configurable_and_not_in_the_package(private_index_root: Path) -> None:
    assert default_index_root() == private_index_root
    package = Path(matching.__file__).resolve().parents[1]
    assert not private_index_root.is_relative_to(package)


def test_rescoring_orders_each_claims_candidates() -> None:
    normalised = ["putin visit minsk", "kyiv lie km south border belaru", "putin visit sochi"]
    queries = ["kyiv south border belaru", "putin visit minsk"]
    ranked = rescore(queries, [[0, 1], [2, 0]], normalised)
    assert ranked == [[1, 0], [0, 2]]
