"""Read an article and recover its layout: title, byline, date, captions, headings, body.

Text copied from a web page carries the page's furniture: the title printed twice, photo
captions (each printed twice) ending in a credit such as "(Name/AP Photo)", a byline, date
lines, section headings and a closing credit line. `layout` labels each line with its role so
that only body text becomes claims, and drops exact repeats.
"""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

from claims.date_values import to_date
from claims.dates import find_dates
from claims.errors import ArticleError
from claims.model import Article, Paragraph, ParagraphRole

SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
            ".html": "html", ".htm": "html"}  # fmt: skip

# A caption ends in a photo credit: "(Maxim Malinovsky/AFP/Getty Images)",
# "(Russian Defense Ministry Press Service via AP)", "(Sergei Chirikov/AP Photo)".
CAPTION_CREDIT = re.compile(
    r"\((?=[^()]*(?:/|\bvia\b|\bPhoto\b|\bGetty\b|\bImages\b|\bReuters\b|\bAFP\b|\bAP\b|"
    r"\bPress Service\b|\bcourtesy\b))[^()]{2,120}\)\s*$",
    re.IGNORECASE,
)
_CLOSING_CREDIT = re.compile(
    r"^(?:.{0,80}\bcontributed(?: reporting)? to this (?:report|story|article)\b"
    r"|(?:additional )?reporting by\b|editing by\b|compiled by\b|written by\b"
    # "Copyright 2024 Example News. All rights reserved.", "© 2024 Example News" (not
    # "Copyright cases rose")
    r"|(?:copyright\s*(?:©|\(c\))?\s*(?:\d{4}|©)|©|\(c\)\s*\d{4}).{0,120}"
    r"|.{0,120}\ball rights reserved\b).{0,200}$",
    re.IGNORECASE,
)
_DATE_LABEL = re.compile(
    r"^(?:updated|published|posted|last updated|modified)\s*:?\s*", re.IGNORECASE
)
_BYLINE = re.compile(
    r"^(?:by\s+)?[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|and|de|van|von|al))"
    r"{1,4}(?:\s*,\s*[A-Z][\w ]{1,40})?$"
)
_TERMINAL = re.compile(r"[.!?:;][\"”’)\]]*$")
_SPACES = {cp: " " for cp in (0x00A0, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000)}
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_MD_INLINE = [
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),
    (re.compile(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])"), r"\2"),
    (re.compile(r"`([^`]+)`"), r"\1"),
]


def read_article(source: str | Path, *, stdin_text: str | None = None) -> Article:
    """Read an article file (.txt, .md, .html) or '-' for standard input."""
    if str(source) == "-":
        raw = (stdin_text if stdin_text is not None else sys.stdin.read()).encode("utf-8")
        path_label, kind = "<stdin>", None
    else:
        path = Path(source)
        if not path.exists():
            raise ArticleError(
                f"article not found: {path}", "check the path, or pass - to read stdin"
            )
        if path.is_dir():
            raise ArticleError(f"article is a folder: {path}", "pass one .txt, .md or .html file")
        raw = path.read_bytes()
        path_label, kind = str(path), SUFFIXES.get(path.suffix.lower())
    text = decode(raw, path_label)
    if kind is None:
        kind = (
            "html"
            if re.match(r"\s*<(?:!doctype|html|head|body|article|p)\b", text, re.I)
            else "text"
        )
    if kind == "html":
        return parse_html(text, path=path_label)
    if kind == "markdown":
        text = markdown_to_text(text)
    return parse_text(text, path=path_label)


def decode(raw: bytes, label: str) -> str:
    """Bytes to text, refusing empty, binary and non-UTF-8 input with the fix in the message."""
    if not raw.strip():
        raise ArticleError(
            f"article is empty: {label}", "give a file that contains the article text"
        )
    head = raw[:4096]
    if head.startswith(b"%PDF"):
        raise ArticleError(
            f"article is a PDF, not text: {label}",
            "convert it to text first (for example with pdftotext) and pass the .txt",
        )
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleError(
            f"article looks like a binary file: {label}",
            "pass the article as a .txt, .md or .html text file",
        )
    for encoding in ("utf-8-sig", "utf-16"):
        if encoding == "utf-16" and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError as exc:
            if encoding == "utf-8-sig":
                raise ArticleError(
                    f"article is not valid UTF-8: {label} (byte 0x{raw[exc.start]:02x} at offset "
                    f"{exc.start})",
                    "re-save the file as UTF-8 (for example: iconv -f latin1 -t utf-8)",
                ) from None
    # Web copy is full of no-break and thin spaces; one-for-one replacement keeps every offset.
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_SPACES)
    if not text.strip():
        raise ArticleError(
            f"article is empty: {label}", "give a file that contains the article text"
        )
    controls = sum(1 for c in text[:4096] if unicodedata.category(c) == "Cc" and c not in "\n\t")
    if controls > 0.05 * min(len(text), 4096):
        raise ArticleError(
            f"article looks like a binary file: {label}",
            "pass the article as a .txt, .md or .html text file",
        )
    return text


def article_id(text: str) -> str:
    """sha256 of the text with Unicode and whitespace normalised: stable across re-saves."""
    normalised = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def markdown_to_text(text: str) -> str:
    """Markdown to plain lines: headings keep their own line, inline markup is dropped."""
    lines = []
    for line in text.split("\n"):
        heading = _MD_HEADING.match(line)
        line = line[heading.end() :] if heading else line
        for pattern, repl in _MD_INLINE:
            line = pattern.sub(repl, line)
        lines.append(line.rstrip())
    return "\n".join(lines)


def parse_html(html: str, *, path: str | None = None) -> Article:
    """Main text and metadata of an HTML page, through trafilatura."""
    import trafilatura  # imported here: it is only needed for HTML input

    body = trafilatura.extract(
        html, include_comments=False, include_tables=False, favor_recall=True
    )
    if not body or not body.strip():
        raise ArticleError(
            f"no article text found in the HTML of {path}",
            "pass the page's text as .txt, or check that the file is an article page",
        )
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta else None
    lines = [title, ""] if title else []
    if meta and meta.author:
        lines += [meta.author]
    if meta and meta.date:
        lines += [meta.date]
    text = "\n".join([*lines, "", body])
    article = parse_text(text, path=path)
    if meta and meta.url:
        article = article.model_copy(update={"url": meta.url})
    return article


def parse_text(text: str, *, path: str | None = None, url: str | None = None) -> Article:
    paragraphs = layout(text)
    title = next((p.text for p in paragraphs if p.role == "title"), None)
    byline = next((p.text for p in paragraphs if p.role == "byline"), None)
    published = _published(paragraphs)
    return Article(
        id=article_id(text),
        text=text,
        title=title,
        byline=re.sub(r"^by\s+", "", byline, flags=re.I) if byline else None,
        published=published.isoformat() if published else None,
        url=url,
        path=path,
        paragraphs=tuple(paragraphs),
    )


def layout(text: str) -> list[Paragraph]:
    """Label every non-empty line of the article with its role."""
    paragraphs: list[Paragraph] = []
    seen: set[str] = set()
    body_started = False
    offset = 0
    for line in text.split("\n"):
        start = offset + (len(line) - len(line.lstrip()))
        offset += len(line) + 1
        stripped = line.strip()
        if not stripped:
            continue
        end = start + len(stripped)
        role = _role(stripped, seen, body_started, has_title=bool(paragraphs))
        seen.add(stripped)
        if role == "body":
            body_started = True
        paragraphs.append(Paragraph(start=start, end=end, text=stripped, role=role))
    return paragraphs


def _role(line: str, seen: set[str], body_started: bool, has_title: bool) -> ParagraphRole:
    if line in seen:
        return "duplicate"
    if not has_title:
        return "title"
    if CAPTION_CREDIT.search(line):
        return "caption"
    if _is_dateline(line):
        return "dateline"
    if _CLOSING_CREDIT.match(line):
        return "credit"
    words = line.split()
    if not _TERMINAL.search(line) and len(words) <= 14:
        if not body_started and _BYLINE.match(line) and len(words) <= 6:
            return "byline"
        return "heading"
    return "body"


def _is_dateline(line: str) -> bool:
    rest = _DATE_LABEL.sub("", line).strip()
    if not rest:
        return bool(_DATE_LABEL.match(line))
    dates = find_dates(rest)
    if not dates:
        return False
    covered = sum(d.end - d.start for d in dates)
    return covered >= 0.6 * len(rest) and len(rest) <= 60


def _published(paragraphs: list[Paragraph]) -> date | None:
    """The first full date on a date line before the body (later ones are 'Updated:')."""
    for p in paragraphs:
        if p.role == "body":
            break
        if p.role == "dateline":
            for found in find_dates(_DATE_LABEL.sub("", p.text)):
                day = to_date(found.value)
                if day:
                    return day
    return None
