"""Loading the dataset: one call to a checked, typed table.

The shipped dataset lives in the package (``regwatch/data``); any folder that
``regwatch build`` wrote can be read instead by passing *directory*. Before a
file is handed out its sha256 is compared with ``manifest.json`` (once per
process and file state, so repeated loads stay fast), and a dataset whose
schema version this package does not know is refused with what to do.
"""

from __future__ import annotations

import atexit
import datetime as dt
import hashlib
import json
from contextlib import ExitStack
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

import polars as pl
import pyarrow as pa

from regwatch.dataset.build import MANIFEST
from regwatch.dataset.schema import SCHEMA_VERSION, TABLES, arrow_schema, table_spec
from regwatch.errors import DatasetError, InputError

__all__ = [
    "deadlines_view",
    "directives_view",
    "load",
    "manifest",
    "path",
    "scan",
    "schema",
    "tables",
]

_extracted = ExitStack()
atexit.register(_extracted.close)
_verified: dict[tuple[str, int, int], str] = {}
_shipped: dict[str, Path] = {}


def _shipped_file(name: str) -> Path:
    """A real path to a shipped file, extracted once when the package is zipped."""
    if name not in _shipped:
        resource = files("regwatch") / "data" / name
        if isinstance(resource, Path):
            _shipped[name] = resource
        else:  # pragma: no cover - zipped installs only
            _shipped[name] = _extracted.enter_context(as_file(resource))
    return _shipped[name]


def _file(name: str, directory: str | Path | None) -> Path:
    return _shipped_file(name) if directory is None else Path(directory) / name


def _where(directory: str | Path | None) -> str:
    return "the shipped dataset" if directory is None else f"the dataset in {directory}"


def manifest(*, directory: str | Path | None = None) -> dict[str, Any]:
    """The dataset's manifest: versions, row counts, checksums and inputs.

    Args:
        directory: A dataset folder written by ``regwatch build``; the shipped
            dataset when omitted.

    Raises:
        DatasetError: when the manifest is missing or unreadable, or its
            schema version is one this package does not know.

    Examples:
        >>> manifest()["schema_version"] == SCHEMA_VERSION
        True
    """
    file = _file(MANIFEST, directory)
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DatasetError(
            f"{file}: no {MANIFEST}; this is not a regwatch dataset "
            "(build one with `regwatch build ... -o DIR`)"
        ) from None
    except (OSError, ValueError) as e:
        raise DatasetError(f"{file}: cannot read the manifest ({e})") from None
    if not isinstance(data, dict):
        raise DatasetError(f"{file}: the manifest is not a JSON object")
    version = str(data.get("schema_version"))
    if version.split(".", maxsplit=1)[0] != SCHEMA_VERSION.split(".")[0]:
        raise DatasetError(
            f"{_where(directory)} has schema version {version}, which this regwatch "
            f"does not know (it reads {SCHEMA_VERSION.split('.')[0]}.x): "
            "upgrade regwatch (`pip install -U regwatch`), "
            "or rebuild the dataset with this version (`regwatch build`)"
        )
    return data


def tables() -> list[str]:
    """The names of the dataset's tables.

    Examples:
        >>> tables()
        ['sources', 'jurisdictions', 'platforms', 'directives', 'deadlines', 'outcomes', 'evidence']
    """
    return list(TABLES)


def schema(name: str) -> pa.Schema:
    """The Arrow schema of table *name*, each column's description in its metadata.

    polars drops field metadata on load, so this is where the descriptions are.

    Raises:
        InputError: when *name* is not a table, naming the tables.

    Examples:
        >>> schema("deadlines").field("due_precision").metadata[b"regwatch.description"]
        b'How much of `due` is known; null when it is unknown.'
    """
    return arrow_schema(name)


def _sha256(file: Path) -> str:
    h = hashlib.sha256()
    with file.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def path(name: str, *, directory: str | Path | None = None) -> Path:
    """The Parquet file of table *name*, checked against the manifest.

    Use it with any Parquet reader: ``pyarrow.parquet.read_table(path)``,
    ``pandas.read_parquet(path)``, or DuckDB's ``read_parquet('...')``.

    Args:
        name: A table name (see :func:`tables`).
        directory: A dataset folder; the shipped dataset when omitted.

    Raises:
        InputError: when *name* is not a table, naming the tables.
        DatasetError: when the file is missing or its checksum differs from
            the manifest's, naming the file and both checksums.

    Examples:
        >>> path("directives").name
        'directives.parquet'
    """
    table_spec(name)
    entry = manifest(directory=directory).get("tables", {}).get(name)
    file = _file(f"{name}.parquet", directory)
    if not isinstance(entry, dict) or "sha256" not in entry:
        raise DatasetError(
            f"{_where(directory)}: {MANIFEST} does not list table {name!r}"
        )
    try:
        stat = file.stat()
    except FileNotFoundError:
        raise DatasetError(
            f"{file}: missing, though {MANIFEST} lists it; reinstall regwatch or rebuild the dataset"
        ) from None
    key = (str(file), stat.st_size, stat.st_mtime_ns)
    if _verified.get(key) != entry["sha256"]:
        actual = _sha256(file)
        if actual != entry["sha256"]:
            raise DatasetError(
                f"{file}: sha256 is {actual[:16]}..., but {MANIFEST} says "
                f"{str(entry['sha256'])[:16]}...: the file was altered or corrupted; "
                "reinstall regwatch or rebuild the dataset"
            )
        _verified[key] = actual
    return file


def load(name: str, *, directory: str | Path | None = None) -> pl.DataFrame:
    """Table *name* of the dataset as a polars DataFrame.

    Args:
        name: ``directives``, ``deadlines``, ``outcomes``, ``evidence``,
            ``sources``, ``jurisdictions`` or ``platforms``.
        directory: A dataset folder; the shipped dataset when omitted.

    Raises:
        InputError: when *name* is not a table: ``unknown table 'directive';
            choose one of: ... (did you mean 'directives'?)``.
        DatasetError: when a file is missing, altered or of an unknown version.

    Examples:
        >>> df = load("directives")
        >>> df.schema["issued"], df.schema["platforms"]
        (Date, List(String))
    """
    return pl.read_parquet(path(name, directory=directory))


def scan(name: str, *, directory: str | Path | None = None) -> pl.LazyFrame:
    """Table *name* as a polars LazyFrame, for queries that read only what they need.

    Examples:
        >>> scan("outcomes").filter(latest=True).select("status").collect().height > 0
        True
    """
    return pl.scan_parquet(path(name, directory=directory))


def _period_end(prefix: str) -> pl.Expr:
    """The last day of the period a typed date column names (by its precision)."""
    date = pl.col(prefix)
    precision = pl.col(f"{prefix}_precision")
    return (
        pl.when(precision == "day")
        .then(date)
        .when(precision == "month")
        .then(date.dt.month_end())
        .when(precision == "year")
        .then(pl.date(date.dt.year(), 12, 31))
        .otherwise(None)
    )


def _as_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(
            f"as_of={value!r} is not a date; give YYYY-MM-DD (2025-06-01)"
        ) from None


def deadlines_view(
    as_of: dt.date | str,
    *,
    directory: str | Path | None = None,
) -> pl.DataFrame:
    """Every dated deadline with its directive, marked ``upcoming`` or ``overdue`` as of a date.

    A deadline is overdue when the whole period it names ended before
    *as_of* (``2025-06`` is overdue from 2025-07-01). regwatch has no clock:
    *as_of* is always yours to give.

    Examples:
        >>> v = deadlines_view("2025-05-30")
        >>> v.filter(status="upcoming").select("jurisdiction", "due_iso").row(0)
        ('VN', '2025-06-02')
    """
    when = _as_date(as_of)
    if when is None:
        raise InputError("as_of is required: give the date to measure deadlines from")
    d = load("directives", directory=directory)
    out = (
        load("deadlines", directory=directory)
        .filter(pl.col("due").is_not_null())
        .with_columns(_period_end("due").alias("due_end"))
        .join(
            d.select("directive_id", "jurisdiction", "action", "platforms", "issuer"),
            on="directive_id",
            how="left",
        )
        .join(_latest(directory), on="directive_id", how="left")
        .with_columns(
            pl.when(pl.col("due_end") < pl.lit(when))
            .then(pl.lit("overdue"))
            .otherwise(pl.lit("upcoming"))
            .alias("status"),
            (pl.col("due") - pl.lit(when)).dt.total_days().alias("days_from_as_of"),
        )
        .sort("due", "due_iso", "directive_id", "deadline_index")
    )
    return out.select(
        "status",
        "due",
        "due_iso",
        "due_precision",
        "days_from_as_of",
        "jurisdiction",
        "action",
        "platforms",
        "issuer",
        "what",
        "latest_status",
        "directive_id",
    )


def _latest(directory: str | Path | None) -> pl.DataFrame:
    return (
        load("outcomes", directory=directory)
        .filter(pl.col("latest"))
        .select(
            "directive_id",
            pl.col("status").alias("latest_status"),
            pl.col("as_of").alias("latest_as_of"),
            pl.col("as_of_iso").alias("latest_as_of_iso"),
        )
    )


def directives_view(
    *,
    as_of: dt.date | str | None = None,
    directory: str | Path | None = None,
) -> pl.DataFrame:
    """One row per directive, with names instead of codes, for notebooks.

    Adds the jurisdiction's name, the platforms' names, the next deadline
    (the earliest whose period has not ended before *as_of*; without
    *as_of*, the earliest dated deadline, since regwatch has no clock), the
    latest outcome and how many sources report the directive.

    Examples:
        >>> v = directives_view(as_of="2025-05-30")
        >>> v.filter(jurisdiction="VN", action="block").select("jurisdiction_name", "next_deadline_iso").row(0)
        ('Vietnam', '2025-06-02')
    """
    when = _as_date(as_of)
    d = load("directives", directory=directory)
    names = load("platforms", directory=directory).select(
        pl.col("platform_id"), pl.col("name").alias("platform_name")
    )
    platform_names = (
        d.select("directive_id", "platforms")
        .explode("platforms")
        .drop_nulls("platforms")
        .join(names, left_on="platforms", right_on="platform_id", how="left")
        .with_columns(pl.col("platform_name").fill_null(pl.col("platforms")))
        .group_by("directive_id", maintain_order=True)
        .agg(pl.col("platform_name").alias("platform_names"))
    )
    deadlines = (
        load("deadlines", directory=directory)
        .filter(pl.col("due").is_not_null())
        .with_columns(_period_end("due").alias("due_end"))
    )
    if when is not None:
        deadlines = deadlines.filter(pl.col("due_end") >= pl.lit(when))
    nxt = (
        deadlines.sort("due", "due_iso", "deadline_index")
        .group_by("directive_id", maintain_order=True)
        .first()
        .select(
            "directive_id",
            pl.col("due").alias("next_deadline"),
            pl.col("due_iso").alias("next_deadline_iso"),
            pl.col("what").alias("next_deadline_what"),
        )
    )
    jurisdictions = load("jurisdictions", directory=directory).select(
        pl.col("code").alias("jurisdiction"), pl.col("name").alias("jurisdiction_name")
    )
    return (
        d.join(jurisdictions, on="jurisdiction", how="left")
        .join(platform_names, on="directive_id", how="left")
        .join(nxt, on="directive_id", how="left")
        .join(_latest(directory), on="directive_id", how="left")
        .with_columns(
            pl.col("platform_names").fill_null([]),
            pl.col("source_ids").list.len().alias("source_count"),
        )
        .select(
            "directive_id",
            "jurisdiction",
            "jurisdiction_name",
            "issuer",
            "action",
            "platforms",
            "platform_names",
            "targets_intermediaries",
            "issued",
            "issued_precision",
            "issued_iso",
            "next_deadline",
            "next_deadline_iso",
            "next_deadline_what",
            "latest_status",
            "latest_as_of",
            "latest_as_of_iso",
            "source_count",
            "provenance",
        )
    )
