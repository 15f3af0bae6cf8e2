"""Arrow in, Arrow out: regwatch.arrow gives the same records as regwatch.parse."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest

from regwatch.arrow import (
    DIRECTIVES_ARROW_SCHEMA,
    directives_from_arrow,
    pandas_meta,
    parse_arrow,
    parse_batches,
    parse_pandas,
    results_to_arrow,
    spark_schema,
)
from regwatch.dates import IsoDuration, PartialDate
from regwatch.errors import InputError
from regwatch.jsonio import read_metadata
from regwatch.model import (
    Deadline,
    Directive,
    Evidence,
    Outcome,
    ParseResult,
    Source,
    directive_id,
)
from regwatch.parsing import parse_file, parse_text

TEXT = "On 3 March the regulator ordered internet providers to block ExampleChat."


def _evidence(source: Source, fragment: str, field: str | None) -> Evidence:
    start = TEXT.index(fragment)
    return Evidence(
        source_id=source.id,
        start=start,
        end=start + len(fragment),
        text=fragment,
        field=field,
    )


def _directive(source: Source, *, action: str = "block") -> Directive:
    """A directive with every nested field filled, for round trips."""
    ev = _evidence(source, "ExampleChat", "platforms")
    return Directive(
        id=directive_id(
            jurisdiction="VN",
            action=action,
            platforms=["examplechat"],
            issued=None,
            issuer=None,
            scope=[source.id],
        ),
        jurisdiction="VN",
        issuer="the regulator",
        platforms=["examplechat", "messaging"],
        action=action,
        issued=PartialDate.from_iso("XXXX-03-03"),
        targets_intermediaries=True,
        deadlines=[
            Deadline(due=PartialDate.from_iso("2025-06"), what="report", evidence=[ev]),
            Deadline(within=IsoDuration.from_iso("PT24H")),
        ],
        outcomes=[
            Outcome(status="pending", note="no word yet"),
            Outcome(
                status="not_enforced",
                as_of=PartialDate.from_iso("2025-05-23"),
                evidence=[_evidence(source, "block", "outcome")],
            ),
        ],
        source_ids=[source.id],
        evidence=[ev, _evidence(source, "ordered", None)],
    )


def _fake_parse(text: str, *, source: Source | None = None) -> ParseResult:
    """Two directives for any text that names ExampleChat, none otherwise."""
    source = source or Source.from_text(text)
    if "ExampleChat" not in text:
        return ParseResult(source=source)
    return ParseResult(
        source=source,
        directives=[_directive(source), _directive(source, action="throttle")],
    )


def _shared() -> Path:
    root = Path(__file__).resolve().parents[1]
    return Path(os.environ.get("REGWATCH_SHARED", root.parent / "shared"))


def _shared_articles() -> list[tuple[str, Path]]:
    """``(folder/file, path)`` for every seed and corpus article."""
    return [
        (f"{folder}/{path.name}", path)
        for folder in ("seeds", "corpus")
        for path in sorted((_shared() / folder).glob("*.txt"))
    ]


def test_schema_fields_are_described():
    """Every output column carries a non-empty description in its metadata."""
    undescribed = [
        f.name
        for f in DIRECTIVES_ARROW_SCHEMA
        if not (f.metadata or {}).get(b"regwatch.description")
    ]

    assert [] == undescribed


def test_round_trip_records():
    """Directive records written as rows read back equal, in order, per article."""
    source = Source.from_text(TEXT)
    result = _fake_parse(TEXT, source=source)

    table = results_to_arrow([("a1", result)])

    assert {"a1": result.directives} == directives_from_arrow(table)


def test_round_trip_survives_shuffled_rows():
    """Rows put back in ordinal order give the parse order, whatever engines did."""
    result = _fake_parse(TEXT)
    table = results_to_arrow([("a1", result)])

    shuffled = table.take([1, 0])

    assert {"a1": result.directives} == directives_from_arrow(shuffled)


def test_round_trip_through_pandas():
    """Rows that go through pandas (as Dask moves them) read back to the same records."""
    result = _fake_parse(TEXT)
    frame = results_to_arrow([("a1", result)]).to_pandas(types_mapper=pd.ArrowDtype)

    back = pa.Table.from_pandas(frame, preserve_index=False)

    assert {"a1": result.directives} == directives_from_arrow(back)


def test_typed_dates_sit_beside_iso():
    """Each ISO date has a typed first day and a precision beside it."""
    table = results_to_arrow([("a1", _fake_parse(TEXT))])

    row = table.slice(0, 1).to_pylist()[0]

    assert (
        ("XXXX-03-03", None, "month_day"),
        ("2025-06", dt.date(2025, 6, 1), "month"),
        ("2025-05-23", dt.date(2025, 5, 23), "day"),
    ) == (
        (row["issued"], row["issued_date"], row["issued_precision"]),
        (
            row["deadlines"][1]["due"],
            row["deadlines"][1]["due_date"],
            row["deadlines"][1]["due_precision"],
        ),
        (
            row["outcome"]["as_of"],
            row["outcome"]["as_of_date"],
            row["outcome"]["as_of_precision"],
        ),
    )


def test_article_id_defaults_to_source_id():
    """A row without an id is known by the sha256 of its text."""
    table = pa.table({"text": [TEXT]})

    out = parse_arrow(table, parse=_fake_parse)

    assert [Source.from_text(TEXT).id] * 2 == out.column("article_id").to_pylist()


def test_given_id_and_null_text():
    """A given id is kept; a null text is no article and yields no rows."""
    table = pa.table({"id": ["x", "y"], "text": [None, TEXT]})

    out = parse_arrow(table, parse=_fake_parse)

    assert ["y", "y"] == out.column("article_id").to_pylist()


@pytest.mark.parametrize(
    ("column", "expected"),
    [
        pytest.param(pa.array(["2025-05-23"]), "2025-05-23", id="iso-day"),
        pytest.param(pa.array(["2024-09"]), "2024-09", id="iso-month"),
        pytest.param(pa.array(["XXXX-06-02"]), "XXXX-06-02", id="iso-no-year"),
        pytest.param(
            pa.array(["2025-05-23T10:00:00Z"]), "2025-05-23", id="timestamp-text"
        ),
        pytest.param(pa.array([dt.date(2025, 5, 23)]), "2025-05-23", id="date32"),
        pytest.param(
            pa.array(
                [dt.datetime(2025, 5, 23, 10, tzinfo=dt.UTC)],
                pa.timestamp("us", tz="UTC"),
            ),
            "2025-05-23",
            id="timestamp",
        ),
        pytest.param(pa.array([None], pa.string()), None, id="null"),
        pytest.param(pa.array([" "]), None, id="blank"),
    ],
)
def test_published_column(column, expected):
    """The published column reaches the parser as a partial date, whatever its type."""
    seen: list[str | None] = []

    def spy(_text: str, *, source: Source | None = None) -> ParseResult:
        assert source is not None
        seen.append(source.published.iso() if source.published else None)
        return ParseResult(source=source)

    parse_arrow(pa.table({"text": [TEXT], "published": column}), parse=spy)

    assert [expected] == seen


@pytest.mark.parametrize(
    ("table", "message"),
    [
        pytest.param(pa.table({"body": [TEXT]}), "no 'text' column", id="no-text"),
        pytest.param(
            pa.table({"text": [1]}), "column 'text' is int64", id="text-not-string"
        ),
        pytest.param(
            pa.table({"text": [TEXT], "published": ["May 2025"]}),
            "row 0: published",
            id="bad-date",
        ),
    ],
)
def test_bad_input(table, message):
    """Unusable input fails with a one-line InputError that names the problem."""
    with pytest.raises(InputError, match=message):
        parse_arrow(table)


def test_parse_batches_keeps_one_batch_per_batch():
    """Spark's mapInArrow shape: each input batch gives one batch of the output schema."""
    batches = [
        pa.record_batch({"text": [TEXT, "Nothing here."]}),
        pa.record_batch({"text": ["Nothing here either."]}),
    ]

    out = list(parse_batches(batches, parse=_fake_parse))

    assert [(2, DIRECTIVES_ARROW_SCHEMA), (0, DIRECTIVES_ARROW_SCHEMA)] == [
        (b.num_rows, b.schema) for b in out
    ]


def test_parse_pandas_matches_meta():
    """Dask's shape: a pandas frame in, a frame with the dtypes of pandas_meta() out."""
    frame = pd.DataFrame({"id": ["a1"], "text": [TEXT]})

    out = parse_pandas(frame, parse=_fake_parse)

    assert list(pandas_meta().dtypes.items()) == list(out.dtypes.items())


def test_spark_schema_names_every_column():
    """The Spark DDL string declares every output column, in order."""
    ddl = spark_schema()

    names = re.findall(r"`(\w+)` ", ddl)  # top level: name, space, type

    assert DIRECTIVES_ARROW_SCHEMA.names == names


@pytest.mark.parametrize(
    ("name", "path"),
    [pytest.param(name, path, id=name) for name, path in _shared_articles()],
)
def test_same_records_as_parse_on_shared_articles(name, path):
    """On each seed and corpus article, parse_arrow gives exactly parse_file's directives."""
    meta = read_metadata(path.parent / "sources.jsonl").get(path.name)
    expected = parse_file(path, metadata=meta).directives
    text = path.read_bytes().decode("utf-8")
    table = pa.table(
        {
            "id": [name],
            "text": [text],
            "published": [meta.published.iso() if meta and meta.published else None],
            "published_basis": [meta.published_basis if meta else None],
            "file": [path.name],
            "language": [meta.language if meta else None],
        }
    )

    actual = directives_from_arrow(parse_arrow(table)).get(name, ())

    assert expected == actual


def test_shared_articles_present():
    """The shared seeds and corpus are there to compare against (skips when absent)."""
    if not _shared().is_dir():
        pytest.skip(f"shared material not found at {_shared()}; set REGWATCH_SHARED")

    assert len(_shared_articles()) > 0


def test_default_parser_is_parse_text():
    """Without parse=, each row is parsed by regwatch.parse_text itself."""
    source = Source.from_text(TEXT)

    out = directives_from_arrow(parse_arrow(pa.table({"text": [TEXT]})))

    assert parse_text(TEXT, source=source).directives == out.get(source.id, ())
