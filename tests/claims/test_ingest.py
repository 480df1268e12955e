from __future__ import annotations

import pytest

from claims.errors import ArticleError
from claims.ingest import article_id, layout, read_article
from tests.conftest import EXAMPLE_ARTICLE


def test_example_metadata(example_article):
    assert example_article.title == (
        "Russia Conducts ‘Joint Tactical Flight Drills’ With Key Ally Belarus"
    )
    assert example_article.byline == "Adam Morrow"
    assert example_article.published == "2023-01-16"
    assert example_article.path == str(EXAMPLE_ARTICLE)
    assert len(example_article.id) == 64


def test_example_layout_roles(example_article):
    roles: dict[str, str] = {}
    for p in example_article.paragraphs:
        roles.setdefault(p.text[:40], p.role)  # first occurrence; repeats are "duplicate"
    assert roles["Fears of Russian Cross-Border Assault"] == "heading"
    assert roles["Minsk Warns of ‘Collective Response’"] == "heading"
    assert roles["Reuters contributed to this report."] == "credit"
    assert roles["1/16/2023"] == "dateline"
    assert roles["Updated:"] == "dateline"
    captions = example_article.by_role("caption")
    assert len(captions) == 3  # two of them are printed twice; the repeats are dropped
    assert all(c.text.endswith(")") for c in captions)
    assert len(example_article.by_role("duplicate")) == 4  # title, date and two captions


def test_spans_point_into_the_text(example_article):
    for p in example_article.paragraphs:
        assert example_article.text[p.start : p.end] == p.text


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("A soldier stands guard in Kyiv on Jan. 2, 2023. (Efrem Lukatsky/AP Photo)", "caption"),
        ("Troops march in Minsk. (Russian Defense Ministry Press Service via AP)", "caption"),
        ("A tank fires. (Maxim Malinovsky/AFP/Getty Images)", "caption"),
        ("Reuters contributed to this report.", "credit"),
        ("Additional reporting by Jane Doe in London; editing by John Roe.", "credit"),
        ("Copyright 2024 Example News. All rights reserved.", "credit"),
        ("© 2024 Example News", "credit"),
        ("Copyright cases rose 20 percent last year, the court said.", "body"),
        ("January 16, 2023", "dateline"),
        ("Updated: Jan. 17, 2023", "dateline"),
        ("Why the Border Matters", "heading"),
        ("The drills began on Monday, officials said.", "body"),
    ],
)
def test_line_roles(line, role):
    paragraphs = layout(f"Some Title\n\n{line}\n")
    assert paragraphs[1].role == role


def test_article_id_ignores_whitespace_and_newline_style():
    assert article_id("A  b\r\nc") == article_id("A b c")
    assert article_id("A b c") != article_id("A b d")


def test_markdown_input(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        "# Big Title\n\nBy Jane Doe\n\n2023-03-01\n\n## Background\n\n"
        "The **treaty** was signed in [Minsk](https://example.org) in 1999.\n",
        encoding="utf-8",
    )
    doc = read_article(path)
    assert doc.title == "Big Title"
    assert doc.byline == "Jane Doe"
    assert doc.published == "2023-03-01"
    assert [p.role for p in doc.paragraphs].count("heading") == 1
    body = doc.by_role("body")[0].text
    assert body == "The treaty was signed in Minsk in 1999."


def test_html_input(tmp_path):
    path = tmp_path / "a.html"
    path.write_text(
        "<html><head><title>Drills begin</title>"
        '<meta name="author" content="Jane Doe">'
        '<meta property="article:published_time" content="2023-01-16"></head>'
        "<body><article><h1>Drills begin</h1>"
        "<p>Russia and Belarus began joint drills on Jan. 16, officials said in a statement "
        "that was published on the ministry website on Monday morning.</p>"
        "<p>The exercises are set to continue until Feb. 1, according to the ministry of "
        "defence of Belarus, which announced the schedule last week.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    doc = read_article(path)
    assert doc.title == "Drills begin"
    assert doc.published == "2023-01-16"
    assert any("began joint drills" in p.text for p in doc.by_role("body"))


def test_stdin_text():
    doc = read_article("-", stdin_text="Title\n\nThe treaty was signed in 1999 by both sides.\n")
    assert doc.path == "<stdin>"
    assert doc.by_role("body")[0].text.startswith("The treaty")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "article is empty"),
        (b"   \n\n\t ", "article is empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "is a PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"Caf\xe9 society was founded in 1999.", "not valid UTF-8"),
    ],
)
def test_bad_articles_say_what_is_wrong(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError) as info:
        read_article(path)
    assert message in str(info.value)
    assert "\n" not in str(info.value)
    assert info.value.hint  # every error says how to fix it


def test_missing_article(tmp_path):
    with pytest.raises(ArticleError, match="article not found"):
        read_article(tmp_path / "nope.txt")
