"""Loading the dataset: readers, checksums, versions, names and views (#4, #7)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pyarrow.parquet as pq
import pytest

import regwatch
from regwatch.dataset import build_tables, write_dataset
from regwatch.dates import IsoDuration, PartialDate
from regwatch.errors import DatasetError, InputError
from regwatch.model import Deadline, Directive, Outcome, ParseResult, Source

TABLES = regwatch.tables()


def _directive(source: Source) -> Directive:
    return Directive(
        id="0" * 16,
        jurisdiction="VN",
        issuer="Ministry of Examples",
        platforms=["telegram"],
        action="block",
        issued=PartialDate.from_iso("2025-03-01"),
        deadlines=[
            Deadline(due=PartialDate.from_iso("2025-03-15"), what="report"),
            Deadline(due=PartialDate.from_iso("2025-04"), what="close offices"),
            Deadline(within=IsoDuration.from_iso("P2M")),
        ],
        outcomes=[Outcome(status="pending", as_of=PartialDate.from_iso("2025-03-02"))],
        source_ids=[source.id],
    )


@pytest.fixture(name="dataset", scope="module")
def _dataset(tmp_path_factory) -> Path:
    """A small dataset built from hand-made records."""
    source = Source.from_text("made-up article", file="a.txt")
    result = ParseResult(source=source, directives=[_directive(source)])
    folder = tmp_path_factory.mktemp("ds") / "data"
    write_dataset(build_tables([result]), folder)
    return folder


@pytest.fixture(name="copy")
def _copy(dataset, tmp_path) -> Path:
    """A private copy of the small dataset, free to damage."""
    return Path(shutil.copytree(dataset, tmp_path / "data"))


@pytest.mark.parametrize("name", TABLES)
def test_shipped_tables_load_with_polars(name):
    """Every shipped table loads as a polars DataFrame with the declared columns."""
    df = regwatch.load(name)

    assert regwatch.schema(name).names == df.columns


@pytest.mark.parametrize("name", TABLES)
def test_shipped_tables_read_with_pyarrow_keeping_descriptions(name):
    """The pyarrow reader reads each file with its schema, descriptions included."""
    table = pq.read_table(regwatch.path(name))

    assert regwatch.schema(name) == table.schema


@pytest.mark.parametrize("name", TABLES)
def test_shipped_tables_read_with_pandas(name):
    """The pandas reader reads each file to as many rows as polars."""
    assert regwatch.load(name).height == len(pd.read_parquet(regwatch.path(name)))


@pytest.mark.parametrize("name", TABLES)
def test_shipped_tables_read_with_duckdb(name):
    """DuckDB reads each file to as many rows as polars."""
    with duckdb.connect() as con:
        (count,) = con.execute(
            "select count(*) from read_parquet(?)", [str(regwatch.path(name))]
        ).fetchone()

    assert regwatch.load(name).height == count


def test_scan_is_lazy_and_agrees_with_load():
    """scan() gives a LazyFrame that collects to what load() gives."""
    lazy = regwatch.scan("directives")

    assert isinstance(lazy, pl.LazyFrame)
    assert regwatch.load("directives").equals(lazy.collect())


def test_shipped_manifest_counts_match_tables():
    """The shipped manifest's row counts are the tables' heights."""
    manifest = regwatch.manifest()

    assert {n: regwatch.load(n).height for n in TABLES} == {
        n: e["rows"] for n, e in manifest["tables"].items()
    }


def test_unknown_table_names_the_choices():
    """An unknown table fails with the valid names and a close match."""
    with pytest.raises(InputError, match=r"did you mean 'directives'\?"):
        regwatch.load("directive")


def test_altered_file_is_detected(copy):
    """A file whose bytes changed after the build fails with its name and the checksums."""
    with (copy / "outcomes.parquet").open("ab") as f:
        f.write(b"\0")

    with pytest.raises(
        DatasetError, match=r"outcomes\.parquet: sha256 is .* altered or corrupted"
    ):
        regwatch.load("outcomes", directory=copy)


def test_missing_file_is_reported(copy):
    """A table file that is gone fails, naming it."""
    (copy / "evidence.parquet").unlink()

    with pytest.raises(DatasetError, match=r"evidence\.parquet: missing"):
        regwatch.load("evidence", directory=copy)


def test_unknown_schema_version_says_to_upgrade(copy):
    """A dataset of a schema version this package does not know asks for an upgrade."""
    manifest = json.loads((copy / "manifest.json").read_text())
    manifest["schema_version"] = "99.0"
    (copy / "manifest.json").write_text(json.dumps(manifest))

    with pytest.raises(DatasetError, match=r"schema version 99\.0.*upgrade regwatch"):
        regwatch.load("directives", directory=copy)


def test_folder_without_manifest_is_not_a_dataset(tmp_path):
    """Loading from a folder without a manifest says it is not a dataset."""
    with pytest.raises(DatasetError, match="not a regwatch dataset"):
        regwatch.load("directives", directory=tmp_path)


NEXT_DEADLINE = [
    pytest.param(None, "2025-03-15", id="no-date-earliest"),
    pytest.param(dt.date(2025, 3, 16), "2025-04", id="after-the-first"),
    pytest.param("2025-04-30", "2025-04", id="month-still-open"),
    pytest.param("2025-05-01", None, id="all-passed"),
]


@pytest.mark.parametrize(("as_of", "expected"), NEXT_DEADLINE)
def test_directives_view_next_deadline(dataset, as_of, expected):
    """The view's next deadline is the earliest whose period has not ended by as_of."""
    view = regwatch.directives_view(as_of=as_of, directory=dataset)

    assert expected == view["next_deadline_iso"][0]


def test_directives_view_names_things(dataset):
    """The view carries names, the latest outcome and the source count."""
    row = regwatch.directives_view(directory=dataset).row(0, named=True)

    assert ("Vietnam", ["Telegram"], "pending", 1) == (
        row["jurisdiction_name"],
        row["platform_names"],
        row["latest_status"],
        row["source_count"],
    )


def test_deadlines_view_marks_overdue_and_upcoming(dataset):
    """As of a date, passed deadlines are overdue and the rest upcoming; undated ones are left out."""
    view = regwatch.dataset.deadlines_view("2025-04-01", directory=dataset)

    assert [("overdue", "2025-03-15"), ("upcoming", "2025-04")] == view.select(
        "status", "due_iso"
    ).rows()
