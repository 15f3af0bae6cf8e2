"""The dataset's Arrow schemas and the records-to-columns round trip (#2, #4)."""

from __future__ import annotations

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import strategies
from regwatch.dataset import rows
from regwatch.dataset.schema import TABLES, arrow_schema, field_dictionary
from regwatch.dates import PartialDate
from regwatch.errors import InputError
from regwatch.model import Directive, Outcome

ALL_FIELDS = [
    pytest.param(table, field.name, id=f"{table}.{field.name}")
    for table in TABLES
    for field in arrow_schema(table)
]


@pytest.mark.parametrize(("table", "column"), ALL_FIELDS)
def test_every_column_has_a_description(table, column):
    """Every column of every table carries a non-empty description in its metadata."""
    field = arrow_schema(table).field(column)

    assert field.metadata[b"regwatch.description"].strip()


@pytest.mark.parametrize("table", list(TABLES))
def test_schema_metadata_names_version_and_keys(table):
    """Each table's schema metadata says its description, primary key and schema version."""
    meta = arrow_schema(table).metadata

    assert {
        b"description",
        b"primary_key",
        b"foreign_keys",
        b"regwatch.schema_version",
    } <= set(meta)


def test_unknown_table_names_the_choices():
    """An unknown table name fails with the valid names and a close match."""
    with pytest.raises(InputError) as info:
        arrow_schema("directive")

    assert str(info.value).startswith("unknown table 'directive'; choose one of: ")
    assert str(info.value).endswith("(did you mean 'directives'?)")


def test_field_dictionary_covers_every_column():
    """The field dictionary has one row per column of every table."""
    expected = sum(len(arrow_schema(t)) for t in TABLES)

    assert expected == len(field_dictionary())


@settings(deadline=None)  # the first example pays for pyarrow's lazy imports
@given(strategies.unique_directives)
def test_directives_round_trip_through_arrow(directives):
    """Directives -> tables -> directives gives equal records."""
    tables = rows.directives_to_tables(directives)

    back = rows.directives_from_tables(**tables)

    assert sorted(directives, key=rows.directive_sort_key) == back


@settings(deadline=None)  # the first example pays for pyarrow's lazy imports
@given(strategies.unique_directives)
def test_directive_tables_match_their_schema(directives):
    """The tables built from directives have exactly the declared schema."""
    tables = rows.directives_to_tables(directives)

    assert all(
        tables[name].schema.equals(arrow_schema(name), check_metadata=True)
        for name in tables
    )


@settings(deadline=None)  # the first example pays for pyarrow's lazy imports
@given(strategies.unique_sources)
def test_sources_round_trip_through_arrow(sources):
    """Sources -> table -> sources gives equal records."""
    back = rows.sources_from_table(rows.sources_to_table(sources))

    assert sorted(sources, key=lambda s: s.id) == back


@settings(deadline=None)  # the first example pays for pyarrow's lazy imports
@given(st.lists(strategies.jurisdictions, max_size=4, unique_by=lambda j: j.code))
def test_jurisdictions_round_trip_through_arrow(items):
    """Jurisdictions -> table -> jurisdictions gives equal records."""
    back = rows.jurisdictions_from_table(rows.jurisdictions_to_table(items))

    assert sorted(items, key=lambda j: j.code) == back


@settings(deadline=None)  # the first example pays for pyarrow's lazy imports
@given(st.lists(strategies.platforms, max_size=4, unique_by=lambda p: p.id))
def test_platforms_round_trip_through_arrow(items):
    """Platforms -> table -> platforms gives equal records."""
    back = rows.platforms_from_table(rows.platforms_to_table(items))

    assert sorted(items, key=lambda p: p.id) == back


@settings(deadline=None)  # the first example pays for pyarrow's lazy imports
@given(strategies.partial_dates())
def test_typed_date_column_is_the_first_day(date):
    """The typed date column holds the first day of the period, beside precision and ISO form."""
    d = Directive(id="0" * 16, jurisdiction="VN", action="block", issued=date)

    row = rows.directives_to_tables([d])["directives"].to_pylist()[0]

    assert (date.first_day(), date.precision.value, date.iso()) == (
        row["issued"],
        row["issued_precision"],
        row["issued_iso"],
    )


def test_latest_outcome_is_flagged():
    """Only the last outcome of a directive's series is marked latest."""
    d = Directive(
        id="0" * 16,
        jurisdiction="RU",
        action="block",
        outcomes=[
            Outcome(status="reversed", as_of=PartialDate.from_iso("2020-06")),
            Outcome(status="enforced", as_of=PartialDate.from_iso("2018-04-16")),
        ],
    )

    table = rows.directives_to_tables([d])["outcomes"]

    assert [("enforced", False), ("reversed", True)] == [
        (r["status"], r["latest"]) for r in table.to_pylist()
    ]


def test_duplicate_directive_ids_are_refused():
    """Two directives with one id cannot go into one dataset."""
    d = Directive(id="0" * 16, jurisdiction="VN", action="block")
    e = Directive(id="0" * 16, jurisdiction="FR", action="fine")

    with pytest.raises(ValueError, match="occurs twice"):
        rows.directives_to_tables([d, e])


def test_empty_tables_keep_their_schema():
    """No directives still give four tables with the declared columns and no rows."""
    tables = rows.directives_to_tables([])

    assert dict.fromkeys(tables, 0) == {n: t.num_rows for n, t in tables.items()}


@settings(deadline=None)  # the first example pays for pyarrow's lazy imports
@given(strategies.unique_directives, st.integers(min_value=1, max_value=3))
def test_directive_parts_end_to_end_are_the_tables(directives, size):
    """The parts of directives_to_parts(), put end to end, are directives_to_tables()."""
    parts = list(rows.directives_to_parts(directives, size=size))

    assert rows.directives_to_tables(directives) == {
        name: pa.concat_tables([part[name] for part in parts])
        for name in rows.DIRECTIVE_TABLES
    }


@settings(deadline=None)  # the first example pays for pyarrow's lazy imports
@given(strategies.unique_sources, st.integers(min_value=1, max_value=3))
def test_source_parts_end_to_end_are_the_table(sources, size):
    """The parts of sources_to_parts(), put end to end, are sources_to_table()."""
    parts = list(rows.sources_to_parts(sources, size=size))

    assert rows.sources_to_table(sources) == pa.concat_tables(parts)


def test_no_directives_give_one_part_of_empty_tables():
    """No directives give one part, of four empty tables with their schemas."""
    parts = list(rows.directives_to_parts([]))

    assert [dict.fromkeys(rows.DIRECTIVE_TABLES, 0)] == [
        {name: t.num_rows for name, t in part.items()} for part in parts
    ]


def test_a_repeated_id_fails_in_any_part():
    """Two directives with one id fail even when they fall in different parts."""
    d = Directive(id="0" * 16, jurisdiction="VN", action="block")
    e = Directive(id="0" * 16, jurisdiction="FR", action="block")

    with pytest.raises(ValueError, match="occurs twice"):
        list(rows.directives_to_parts([d, e], size=1))
