"""A persistent on-disk candidate index for local knowledge bases (tantivy, BM25).

Built once per content: the folder name is a digest of the knowledge base's bytes, the columns
read and the text normalisation, so an edited file gets a new index and an unchanged one is
opened in milliseconds. Indexes live outside the package: under `index_dir` from the source's
config, else `$CLAIMSCOPE_INDEX_DIR`, else the user cache (`$XDG_CACHE_HOME` or ~/.cache)
`/claimscope/index`. A build writes to a temporary folder and renames it into place, so a
crashed or concurrent build never leaves a half-written index behind.

Measured choices (1M statements, 2 cores; see benchmarks/scale.py and DESIGN.md "Scale"):
tantivy builds in seconds, takes ~30 MB and answers in ~2 ms; bm25s needs numba to be fast and
is 3x larger; SQLite FTS5 is ~100x slower to query with OR queries.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

import tantivy

INDEX_VERSION = "2"  # bump when the normalisation or the schema changes
TEXT_FIELD, ID_FIELD = "text", "row"
NORMALISED_FILE = "normalised.txt"  # the statements' normalised texts, one a line, for rescoring
WRITER_HEAP = 256_000_000  # bytes of tantivy writer memory (split among its threads)


def default_index_root() -> Path:
    """Where indexes go when the config names no `index_dir`."""
    if env := os.environ.get("CLAIMSCOPE_INDEX_DIR"):
        return Path(env).expanduser()
    cache = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(cache).expanduser() / "claimscope" / "index"


def file_digest(paths: Iterable[Path], extra: str = "") -> str:
    """sha256 over the files' names and bytes, plus what is read from them (`extra`)."""
    digest = hashlib.sha256(f"v{INDEX_VERSION}\0{extra}\0".encode())
    for path in sorted(paths):
        digest.update(path.name.encode() + b"\0")
        with path.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
    return digest.hexdigest()


def _schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    # texts are already normalised (lower-case stems, no stopwords): split on whitespace only
    builder.add_text_field(TEXT_FIELD, stored=False, tokenizer_name="whitespace")
    builder.add_integer_field(ID_FIELD, stored=True, indexed=False, fast=True)
    return builder.build()


class DiskIndex:
    """BM25 candidates from a tantivy index of normalised statements; ids are row positions."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.index = tantivy.Index(_schema(), path=str(path), reuse=True)
        self.index.reload()
        self.searcher = self.index.searcher()

    def __len__(self) -> int:
        return self.searcher.num_docs

    def candidates(self, query_norm: str, k: int) -> list[int]:
        terms = " ".join(dict.fromkeys(query_norm.split()))
        if not terms:
            return []
        query = self.index.parse_query_lenient(terms, [TEXT_FIELD])[0]
        hits = self.searcher.search(query, k).hits
        return [self.searcher.doc(address)[ID_FIELD][0] for _, address in hits]


def index_path(root: Path, digest: str) -> Path:
    return root / f"kb-{digest[:24]}"


def build_index(normalised: Sequence[str], path: Path) -> Path:
    """Write an index of `normalised` texts (row i gets id i) at `path`, atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{path.name}-", dir=path.parent))
    try:
        index = tantivy.Index(_schema(), path=str(staging))
        writer = index.writer(heap_size=WRITER_HEAP)
        for row, text in enumerate(normalised):
            writer.add_document(tantivy.Document(**{TEXT_FIELD: text, ID_FIELD: row}))
        writer.commit()
        writer.wait_merging_threads()
        (staging / NORMALISED_FILE).write_text(
            "".join(f"{text}\n" for text in normalised), encoding="utf-8"
        )
        try:
            staging.rename(path)
        except OSError:  # another process finished the same build first: keep theirs
            if not path.is_dir():
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return path


def load_normalised(path: Path) -> list[str] | None:
    """The normalised texts saved with a built index (None when there is no index yet)."""
    saved = path / NORMALISED_FILE
    if not (path / "meta.json").is_file() or not saved.is_file():
        return None
    return saved.read_text(encoding="utf-8").split("\n")[:-1]


def open_or_build(normalised: Sequence[str], root: Path, digest: str) -> tuple[DiskIndex, bool]:
    """The index for this content, building it if it is not there yet; True if it was built."""
    path = index_path(root, digest)
    built = False
    if load_normalised(path) is None:
        build_index(normalised, path)
        built = True
    return DiskIndex(path), built
