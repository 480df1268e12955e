"""Local sources (csv, jsonl, parquet, directory) through the registry, as a config builds them."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from claims.errors import ConfigError
from claims.extract import build_claim
from sources.base import Source, build_source, search_source

ROWS = [
    {
        "text": "Kyiv lies about 90 km south of the border with Belarus.",
        "url": "https://a.example/1",
    },
    {
        "text": "The Union State treaty was signed on December 8, 1999.",
        "url": "https://a.example/2",
    },
    {"text": "Minsk is the capital of Belarus.", "url": "https://a.example/3"},
]


def claim(text: str):
    return build_claim("a" * 64, text, (0, len(text)), "event", None)


def write_table(tmp_path, kind: str, rows=ROWS, **rename):
    frame = pd.DataFrame(rows).rename(columns=rename)
    path = tmp_path / f"kb.{kind}"
    if kind == "csv":
        frame.to_csv(path, index=False)
    elif kind == "jsonl":
        path.write_text("\n".join(json.dumps(r) for r in frame.to_dict("records")), "utf-8")
    else:
        frame.to_parquet(path)
    return path


@pytest.mark.parametrize("kind", ["csv", "jsonl", "parquet"])
def test_table_sources_find_the_matching_statement(tmp_path, kind):
    path = write_table(tmp_path, kind)
    source = build_source({"name": "kb", "type": kind, "path": path.name}, tmp_path, "test")
    assert isinstance(source, Source)
    c = claim("Kyiv sits only 95 miles south of the Belarusian border.")
    found = source.search([c])[c.id]
    assert found[0].text == ROWS[0]["text"]
    assert found[0].url == "https://a.example/1"
    assert found[0].source == "kb"
    assert 0.5 <= found[0].score <= 1.0


def test_column_names_are_configurable(tmp_path):
    path = write_table(tmp_path, "csv", text="statement", url="link")
    raw = {
        "name": "kb",
        "type": "csv",
        "path": path.name,
        "text_column": "statement",
        "url_column": "link",
    }
    source = build_source(raw, tmp_path, "test")
    c = claim("Minsk is the capital city of Belarus.")
    assert source.search([c])[c.id][0].url == "https://a.example/3"


def test_missing_text_column_names_the_columns_and_the_key(tmp_path):
    path = write_table(tmp_path, "csv", text="statement")
    with pytest.raises(ConfigError) as info:
        build_source({"name": "kb", "type": "csv", "path": path.name}, tmp_path, "sources[0]")
    message = str(info.value)
    assert "column 'text' not found" in message
    assert "statement" in message and "text_column" in message


def test_optional_url_column_may_be_absent_unless_named(tmp_path):
    path = write_table(tmp_path, "csv", rows=[{"text": r["text"]} for r in ROWS])
    build_source({"name": "kb", "type": "csv", "path": path.name}, tmp_path, "t")
    with pytest.raises(ConfigError, match="column 'link' not found"):
        build_source(
            {"name": "kb", "type": "csv", "path": path.name, "url_column": "link"}, tmp_path, "t"
        )


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"name": "kb", "type": "cvs", "path": "x.csv"}, "unknown source type 'cvs'"),
        ({"name": "kb", "path": "x.csv"}, "missing 'type'"),
        ({"name": "kb", "type": "csv", "path": "missing.csv"}, "file not found"),
        ({"name": "kb", "type": "csv"}, "missing key 'path'"),
        ({"name": "kb", "type": "csv", "path": "x.csv", "colour": "red"}, "unknown key 'colour'"),
        ({"name": "kb", "type": "csv", "path": "x.csv", "trust": 3}, "invalid value for 'trust'"),
        ({"name": "kb", "type": "directory", "path": "nowhere"}, "folder not found"),
    ],
)
def test_config_errors_are_one_actionable_line(tmp_path, raw, message):
    (tmp_path / "x.csv").write_text("text\nMinsk is the capital of Belarus.\n", "utf-8")
    with pytest.raises(ConfigError) as info:
        build_source(raw, tmp_path, "sources[0]")
    assert message in str(info.value)
    assert str(info.value).startswith("sources[0]")
    assert "\n" not in str(info.value) and info.value.hint


def test_unreadable_file_is_a_config_error(tmp_path):
    (tmp_path / "kb.parquet").write_bytes(b"this is not parquet")
    with pytest.raises(ConfigError, match=r"cannot read .* as Parquet"):
        build_source({"name": "kb", "type": "parquet", "path": "kb.parquet"}, tmp_path, "t")


def test_directory_source_splits_documents_into_sentences(tmp_path):
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    (docs / "wire.txt").write_text(
        "Wire copy\n\nThe treaty was signed in 1999. Minsk is the capital of Belarus.\n", "utf-8"
    )
    (docs / "sub" / "note.md").write_text("# Note\n\nKyiv is the capital of Ukraine.\n", "utf-8")
    (docs / "ignored.bin").write_bytes(b"\x00\x01")
    source = build_source({"name": "docs", "type": "directory", "path": "docs"}, tmp_path, "t")
    c = claim("Minsk is the capital city of Belarus.")
    best = source.search([c])[c.id][0]
    assert best.text == "Minsk is the capital of Belarus."
    assert best.url.startswith("file://") and best.url.endswith("wire.txt")


def test_a_failing_source_is_recorded_not_raised():
    class Broken:
        name, type, trust = "broken", "csv", 1.0

        def search(self, claims):
            raise TimeoutError("read timed out after 10 s")

    result = search_source(Broken(), [claim("Minsk is the capital of Belarus.")])
    assert result.run.status == "error"
    assert result.run.error == "TimeoutError: read timed out after 10 s"
    assert result.passages == {}
