"""Building the dataset: parse, add curated facts, link, write Parquet atomically.

Deterministic: the same inputs give the same bytes with the same pyarrow
(Parquet's footer names the writer's version; ``manifest.json`` records it,
and a content hash per table that does not depend on it). Nothing reads the
clock, rows are sorted, and the Parquet settings are fixed.

Atomic: every file is written and fsynced in a temporary folder beside the
target, which then takes the target's place in one step (an atomic exchange
on Linux; elsewhere two renames, the old folder kept until the new one is in
place). A build killed at any point before that leaves the previous dataset
as it was.
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
import pyarrow as pa
import pyarrow.parquet as pq

from regwatch import gazetteer
from regwatch.articles import Article, EncodingErrors, iter_articles
from regwatch.batch import ProgressCallback, parse_many
from regwatch.dataset import rows
from regwatch.dataset.curated import read_curated
from regwatch.dataset.link import link
from regwatch.dataset.schema import SCHEMA_VERSION, TABLES, arrow_schema
from regwatch.errors import InputError
from regwatch.jsonio import SourceMetadata, read_metadata
from regwatch.model import Directive, ParseResult, Source

__all__ = [
    "MANIFEST",
    "build",
    "build_tables",
    "content_sha256",
    "parse_inputs",
    "write_dataset",
]

MANIFEST = "manifest.json"
"""The manifest's file name inside a dataset folder."""

PAUSE_ENV = "REGWATCH_BUILD_PAUSE"
"""Seconds to sleep after each file is written: a hook for the atomicity test only."""

_ROW_GROUP_SIZE = 65_536

_HASH_BATCH_ROWS = 8_192
"""Rows turned into Python objects at once while hashing a table's content."""


def _package_version() -> str:
    from regwatch import __version__  # noqa: PLC0415  (regwatch imports this module)

    return __version__


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


class _ContentHash:
    """:func:`content_sha256` of a table given in pieces, in row order.

    Rows become Python objects one batch at a time: the whole table as
    Python rows would take several times its Arrow size.
    """

    def __init__(self, names: Sequence[str]) -> None:
        self._h = hashlib.sha256()
        self._h.update(json.dumps(list(names)).encode())

    def update(self, table: pa.Table) -> None:
        """Hash the rows of *table*, which follow the rows hashed before."""
        for batch in table.to_batches(max_chunksize=_HASH_BATCH_ROWS):
            for row in batch.to_pylist():
                self._h.update(
                    json.dumps(row, sort_keys=True, default=str).encode("utf-8")
                )
                self._h.update(b"\n")

    def hexdigest(self) -> str:
        """The hash of every row given so far."""
        return self._h.hexdigest()


def content_sha256(table: pa.Table) -> str:
    """A hash of a table's rows in their canonical order, independent of the Parquet writer."""
    h = _ContentHash(table.schema.names)
    h.update(table)
    return h.hexdigest()


# -- reading the inputs --------------------------------------------------------


def parse_inputs(
    paths: Iterable[str | Path],
    *,
    metadata: Mapping[str, SourceMetadata] | None = None,
    jobs: int | None = None,
    progress: ProgressCallback | None = None,
    encoding_errors: EncodingErrors = "strict",
    on_warning: Callable[[str], None] | None = None,
) -> Iterator[ParseResult]:
    """Parse every article the paths hold: the one seam between reading and building.

    Each warning of a result (bytes replaced while reading, a date that
    contradicts another) goes to *on_warning*, after the article's name.

    Raises:
        InputError: after reading everything, listing every input that failed.
    """
    failures: list[str] = []

    def readable() -> Iterator[Article]:
        for item in iter_articles(
            list(paths), metadata=metadata, encoding_errors=encoding_errors
        ):
            if isinstance(item, Article):
                yield item
            else:
                failures.append(str(item))

    for result in parse_many(readable(), jobs=jobs, progress=progress):
        if on_warning is not None:
            name = result.source.file or result.source.id[:12]
            for warning in result.warnings:
                on_warning(f"{name}: {warning}")
        yield result
    if failures:
        raise InputError(
            f"{len(failures)} input(s) could not be read: " + "; ".join(failures)
        )


def _with_source(d: Directive, source: Source) -> Directive:
    return d if d.source_ids else attrs.evolve(d, source_ids=[source.id])


def _link_inputs(
    results: Iterable[ParseResult],
    curated: Iterable[tuple[Source, Sequence[Directive]]],
) -> tuple[dict[str, Source], list[Directive]]:
    """Every source by id, and the linked records of every result and curated fact."""
    sources: dict[str, Source] = {}

    def records() -> Iterator[Directive]:
        # results stream straight into the linking: nothing but link() holds
        # their records, so it can let each block's records go once linked
        for r in results:
            if r.source.id in sources:  # the same article given twice
                continue
            sources[r.source.id] = r.source
            yield from (_with_source(d, r.source) for d in r.directives)
        for source, found in curated:
            if source.id in sources:
                if sources[source.id] != source:
                    raise InputError(
                        "two curated sources cite the same URLs but differ: "
                        f"{source.id[:12]}"
                    )
                continue
            sources[source.id] = source
            yield from found

    return sources, link(records())


def _reference_tables() -> dict[str, pa.Table]:
    return {
        "jurisdictions": rows.jurisdictions_to_table(
            gazetteer.jurisdictions().values()
        ),
        "platforms": rows.platforms_to_table(gazetteer.platforms().values()),
    }


def build_tables(
    results: Iterable[ParseResult],
    curated: Iterable[tuple[Source, Sequence[Directive]]] = (),
) -> dict[str, pa.Table]:
    """Every dataset table from parse results and curated facts, linked.

    Examples:
        >>> tables = build_tables([])
        >>> tables["directives"].num_rows, tables["jurisdictions"].num_rows > 200
        (0, True)
    """
    sources, linked = _link_inputs(results, curated)
    return {
        "sources": rows.sources_to_table(sources.values()),
        **_reference_tables(),
        **rows.directives_to_tables(linked),
    }


def _table_pieces(
    sources: Mapping[str, Source], linked: Sequence[Directive]
) -> Iterator[Mapping[str, pa.Table]]:
    """The tables of :func:`build_tables` as pieces for :func:`_write`, part by part."""
    for part in rows.sources_to_parts(sources.values()):
        yield {"sources": part}
    yield _reference_tables()
    yield from rows.directives_to_parts(linked)


# -- writing -------------------------------------------------------------------


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _pause() -> None:
    seconds = os.environ.get(PAUSE_ENV)
    if seconds:
        time.sleep(float(seconds))


_PARQUET_OPTIONS: Mapping[str, Any] = {
    "compression": "zstd",
    "compression_level": 9,
    "use_dictionary": True,
    "write_statistics": True,
    "store_schema": True,
    "version": "2.6",
}


class _TableFile:
    """One table's Parquet file, written a row group at a time as its rows arrive.

    Rows wait until ``_ROW_GROUP_SIZE`` of them have come, then go out as one
    row group made of one contiguous array per column: the bytes are those
    of ``pq.write_table()`` given the whole table at once (a row group
    written from several arrays may break its pages elsewhere). The content
    hash is taken as the rows arrive.
    """

    def __init__(self, name: str, path: Path) -> None:
        self.path = path
        self.rows = 0
        self._schema = arrow_schema(name)
        self._writer = pq.ParquetWriter(path, self._schema, **_PARQUET_OPTIONS)
        self._waiting: list[pa.Table] = []
        self._waiting_rows = 0
        self._hash = _ContentHash(self._schema.names)

    def write(self, table: pa.Table) -> None:
        """Add *table*'s rows after the rows written before."""
        self._hash.update(table)
        self.rows += table.num_rows
        self._waiting.append(table)
        self._waiting_rows += table.num_rows
        while self._waiting_rows >= _ROW_GROUP_SIZE:
            waiting = pa.concat_tables(self._waiting)
            self._write_group(waiting.slice(0, _ROW_GROUP_SIZE))
            rest = waiting.slice(_ROW_GROUP_SIZE)
            self._waiting, self._waiting_rows = [rest], rest.num_rows

    def _write_group(self, table: pa.Table) -> None:
        self._writer.write_table(table.combine_chunks(), row_group_size=_ROW_GROUP_SIZE)

    def close(self) -> dict[str, Any]:
        """Write the last row group, sync the file; its manifest entry."""
        if self._waiting_rows or not self.rows:
            # a table with no rows still gets its one empty row group
            self._write_group(
                pa.concat_tables(self._waiting)
                if self._waiting
                else self._schema.empty_table()
            )
        self._waiting = []
        self._writer.close()
        _fsync(self.path)
        return {
            "file": self.path.name,
            "rows": self.rows,
            "sha256": _sha256(self.path),
            "content_sha256": self._hash.hexdigest(),
        }

    def discard(self) -> None:
        """Let the file go unfinished (a failed build; its folder is removed)."""
        self._waiting = []
        self._writer.close()


class _Counts:
    """The manifest's counts of directives, taken from the rows as they are written."""

    def __init__(self) -> None:
        self._directives = 0
        self._multi_source = 0
        self._by: dict[str, dict[str, int]] = {
            "provenance": {},
            "jurisdiction": {},
            "action": {},
        }

    def update(self, directives: pa.Table) -> None:
        """Count the rows of a piece of the ``directives`` table."""
        columns = [*self._by, "source_ids"]
        for batch in directives.select(columns).to_batches(
            max_chunksize=_HASH_BATCH_ROWS
        ):
            for row in batch.to_pylist():
                self._directives += 1
                self._multi_source += len(row["source_ids"]) > 1
                for key, counts in self._by.items():
                    counts[row[key]] = counts.get(row[key], 0) + 1

    def as_dict(self) -> dict[str, Any]:
        """The ``counts`` entry of the manifest."""
        return {
            "directives": self._directives,
            "multi_source_directives": self._multi_source,
            "by_provenance": dict(sorted(self._by["provenance"].items())),
            "by_jurisdiction": dict(sorted(self._by["jurisdiction"].items())),
            "by_action": dict(sorted(self._by["action"].items())),
        }


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one atomic step (Linux ``renameat2``); False where unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:  # pragma: no cover - glibc < 2.28
        return False
    at_fdcwd, rename_exchange = -100, 2
    rc = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    return bool(rc == 0)


def _replace(new: Path, target: Path) -> None:
    """Put the folder *new* in *target*'s place, as atomically as the system allows."""
    if not target.exists():
        new.rename(target)
    elif _exchange(new, target):
        shutil.rmtree(new)  # the old dataset, now under the temporary name
    else:  # pragma: no cover - not Linux
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        target.rename(old)
        new.rename(target)
        shutil.rmtree(old)
    _fsync(target.parent)


def _check_target(target: Path) -> None:
    if target.exists() and (
        not target.is_dir()
        or (any(target.iterdir()) and not (target / MANIFEST).is_file())
    ):
        raise InputError(
            f"{target}: exists and is not a regwatch dataset (no {MANIFEST}); "
            "give a new or empty folder"
        )


def _clean_leftovers(target: Path) -> None:
    """Remove temporary folders that killed builds of *target* left behind."""
    for prefix in (f".{target.name}.building-", f".{target.name}.old-"):
        for stale in target.parent.glob(prefix + "*"):
            shutil.rmtree(stale, ignore_errors=True)


def write_dataset(
    tables: Mapping[str, pa.Table],
    output: str | Path,
    *,
    inputs: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Write the tables and ``manifest.json`` to *output*, replacing it atomically.

    Returns:
        The manifest.

    Raises:
        InputError: when *output* exists and is not a dataset folder.
    """
    return _write([{name: tables[name] for name in TABLES}], output, inputs=inputs)


def _write(
    pieces: Iterable[Mapping[str, pa.Table]],
    output: str | Path,
    *,
    inputs: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Write a dataset given as pieces, replacing *output* atomically; the manifest.

    Each piece maps table names to rows that follow the rows earlier pieces
    gave those tables, so a table never has to be held whole. A table that
    no piece names is written empty.
    """
    target = Path(output).absolute()
    _check_target(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    _clean_leftovers(target)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.building-", dir=target.parent))
    files: dict[str, _TableFile] = {}
    try:
        for name in TABLES:
            files[name] = _TableFile(name, tmp / f"{name}.parquet")
        counts = _Counts()
        for piece in pieces:
            for name, table in piece.items():
                files[name].write(table)
                if name == "directives":
                    counts.update(table)
        entries: dict[str, Any] = {}
        for name, file in files.items():
            entries[name] = file.close()
            _pause()
        manifest = _manifest(entries, counts.as_dict(), inputs or {})
        (tmp / MANIFEST).write_text(
            json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
            encoding="utf-8",
        )
        _fsync(tmp / MANIFEST)
        tmp.chmod(0o755)
        _fsync(tmp)
        _replace(tmp, target)
    finally:
        for file in files.values():
            file.discard()  # closed already unless the build failed
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return manifest


def _manifest(
    entries: Mapping[str, Any],
    counts: Mapping[str, Any],
    inputs: Mapping[str, Any],
) -> dict[str, Any]:
    version = _package_version()
    fingerprint = hashlib.sha256(
        json.dumps(
            [inputs, SCHEMA_VERSION, version, pa.__version__], sort_keys=True
        ).encode()
    ).hexdigest()
    return {
        "name": "regwatch",
        "dataset_version": version,
        "build": fingerprint[:16],
        "schema_version": SCHEMA_VERSION,
        "package_version": version,
        "pyarrow_version": pa.__version__,
        "tables": dict(entries),
        "counts": dict(counts),
        "inputs": dict(inputs),
    }


# -- the whole build -----------------------------------------------------------


def _file_entry(path: Path) -> dict[str, str]:
    return {"name": path.name, "sha256": _sha256(path)}


def build(
    paths: Iterable[str | Path] = (),
    *,
    output: str | Path,
    metadata: str | Path | None = None,
    curated: Iterable[str | Path] = (),
    jobs: int | None = None,
    progress: ProgressCallback | None = None,
    encoding_errors: EncodingErrors = "strict",
    on_warning: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Build a dataset folder from articles and curated facts.

    Parses every article (``.txt`` files, folders, JSONL and Parquet, as
    ``regwatch parse`` reads them), adds the curated facts, links the records
    that report one act, and writes the Parquet tables and ``manifest.json``.

    Args:
        paths: Article files and folders.
        output: The dataset folder to write (replaced atomically).
        metadata: ``sources.jsonl`` for the articles, and for the curated
            files' reports when they leave out dates or URLs.
        curated: Curated fact files (``gold.jsonl`` shape).
        jobs: Parser processes; None for every core.
        progress: Called with running totals while parsing.
        encoding_errors: ``strict`` fails on article bytes that are not UTF-8;
            ``replace`` reads them as U+FFFD and warns.
        on_warning: Called with each article's warnings, after its name.

    Returns:
        The manifest written.

    Raises:
        InputError: when an input cannot be read, naming it.

    Examples:
        >>> import pathlib, tempfile
        >>> folder = pathlib.Path(tempfile.mkdtemp()) / "data"
        >>> build([], output=folder)["counts"]["directives"]
        0
    """
    meta = read_metadata(metadata) if metadata is not None else {}
    path_list = [Path(p) for p in paths]
    curated_paths = [Path(c) for c in curated]
    facts = [item for c in curated_paths for item in read_curated(c, metadata=meta)]
    article_ids: set[str] = set()

    def counted(results: Iterable[ParseResult]) -> Iterator[ParseResult]:
        for r in results:
            article_ids.add(r.source.id)
            yield r

    # results stream from the parser into the linking, and the linked records
    # into the files part by part: holding the results, or the tables whole,
    # would double the memory of a large build
    sources, linked = _link_inputs(
        counted(
            parse_inputs(
                path_list,
                metadata=meta,
                jobs=jobs,
                progress=progress,
                encoding_errors=encoding_errors,
                on_warning=on_warning,
            )
        ),
        facts,
    )
    inputs = {
        # one hash over the sorted article ids (sha256 of each article's bytes):
        # it pins the inputs without listing every article in the manifest
        "articles": {
            "count": len(article_ids),
            "sha256": hashlib.sha256(
                "\n".join(sorted(article_ids)).encode()
            ).hexdigest(),
        },
        "metadata": [_file_entry(Path(metadata))] if metadata is not None else [],
        "curated": sorted(
            (_file_entry(c) for c in curated_paths),
            key=lambda e: (e["sha256"], e["name"]),
        ),
    }
    return _write(_table_pieces(sources, linked), output, inputs=inputs)
