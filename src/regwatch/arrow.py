"""Arrow in, Arrow out: the parser as a function over tables of articles.

Distributed engines move data as Arrow record batches, so one table-to-table
function plugs into all of them as it is: :func:`parse_arrow` for Ray Data's
``map_batches(batch_format="pyarrow")``, :func:`parse_batches` for Spark's
``mapInArrow`` and :func:`parse_pandas` (with :func:`pandas_meta`) for Dask's
``map_partitions``. Every function returns one row per directive, in the
explicit :data:`DIRECTIVES_ARROW_SCHEMA`, and :func:`directives_from_arrow`
turns those rows back into the very :class:`~regwatch.model.Directive` records
that :func:`regwatch.parse` returns.

Input columns:

- ``text`` (string or large_string, required): the article exactly as read;
  a null text is no article and yields no rows.
- ``id`` (string, optional): the caller's article id, copied to ``article_id``;
  where absent or null, ``article_id`` is the sha256 of the text (the source id).
- ``published`` (optional): an ISO partial date string (``2025-05-23``,
  ``2024-09``, ``XXXX-06-02``; a timestamp string such as
  ``2025-05-23T10:00:00Z`` counts by its date), or a date or timestamp column.
- ``file``, ``url``, ``title``, ``publisher``, ``language``,
  ``published_basis`` (string, optional): copied into the
  :class:`~regwatch.model.Source` the parser sees; ``published_basis`` is
  ``metadata`` where a date is given without one, as ``regwatch parse --metadata`` does.

Other columns are ignored.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.compute as pc

from regwatch._doc import DOC_KEY
from regwatch.dates import PartialDate
from regwatch.errors import InputError
from regwatch.jsonio import (
    deadline_to_json,
    directive_from_json,
    directive_to_json,
    evidence_to_json,
    outcome_to_json,
)
from regwatch.model import Deadline, Directive, Outcome, ParseResult, Source

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "DIRECTIVES_ARROW_SCHEMA",
    "directives_from_arrow",
    "pandas_meta",
    "parse_arrow",
    "parse_batches",
    "parse_pandas",
    "results_to_arrow",
    "spark_schema",
]

ParseFunction = Callable[..., ParseResult]
"""The shape of :func:`regwatch.parse`: ``(text, *, source=None) -> ParseResult``."""


def _f(name: str, type_: pa.DataType, text: str, *, nullable: bool = True) -> pa.Field:
    return pa.field(name, type_, nullable=nullable, metadata={DOC_KEY: text})


def _date_fields(name: str, what: str) -> list[pa.Field]:
    return [
        _f(
            name,
            pa.string(),
            f"{what}, ISO partial date (`2025-05-21`, `2024-09`, `XXXX-06-02`); null when unknown.",
        ),
        _f(
            f"{name}_date",
            pa.date32(),
            f"{what} as a typed date: the first day of the period it names; null without a year.",
        ),
        _f(
            f"{name}_precision",
            pa.string(),
            "How much of the date is known: `day`, `month`, `year`, `month_day` or `month_only`.",
        ),
    ]


EVIDENCE_TYPE = pa.struct(
    [
        _f(
            "source_id",
            pa.string(),
            "Id of the source the offsets point into.",
            nullable=False,
        ),
        _f(
            "start",
            pa.int64(),
            "Start offset (code points, inclusive).",
            nullable=False,
        ),
        _f("end", pa.int64(), "End offset (code points, exclusive).", nullable=False),
        _f(
            "text",
            pa.string(),
            "The original text between the offsets.",
            nullable=False,
        ),
        _f(
            "field",
            pa.string(),
            "The record field this span supports; null for the whole sentence.",
        ),
    ]
)
"""One evidence span, as in the JSON contract."""

DEADLINE_TYPE = pa.struct(
    [
        *_date_fields("due", "When it is due"),
        _f(
            "within",
            pa.string(),
            "ISO 8601 duration the text gives (`P2M`); null when none.",
        ),
        _f("what", pa.string(), "What is due, in a few words."),
        _f("evidence", pa.list_(EVIDENCE_TYPE), "Spans that state the deadline."),
    ]
)
"""One deadline of a directive."""

OUTCOME_TYPE = pa.struct(
    [
        _f(
            "status",
            pa.string(),
            "Outcome vocabulary value (`complied`, `not_enforced`, ...).",
            nullable=False,
        ),
        *_date_fields("as_of", "Date the status was true"),
        _f("note", pa.string(), "A short note on the outcome."),
        _f("evidence", pa.list_(EVIDENCE_TYPE), "Spans that state the outcome."),
    ]
)
"""One dated outcome of a directive."""

DIRECTIVES_ARROW_SCHEMA = pa.schema(
    [
        _f(
            "article_id",
            pa.string(),
            "The input row's `id`, or the source id when it has none.",
            nullable=False,
        ),
        _f(
            "source_id",
            pa.string(),
            "sha256 of the article's UTF-8 text.",
            nullable=False,
        ),
        _f(
            "ordinal",
            pa.int32(),
            "Position of the directive among its article's directives, from 0.",
            nullable=False,
        ),
        _f(
            "id",
            pa.string(),
            "Deterministic directive id (16 hex digits).",
            nullable=False,
        ),
        _f(
            "jurisdiction",
            pa.string(),
            "ISO 3166-1 alpha-2 code of the issuing jurisdiction (`VN`, `EU`).",
            nullable=False,
        ),
        _f(
            "issuer",
            pa.string(),
            "The issuing authority as the source names it; null when it names none.",
        ),
        _f(
            "platforms",
            pa.list_(pa.string()),
            "Platform ids the directive is aimed at, sorted.",
            nullable=False,
        ),
        _f(
            "action",
            pa.string(),
            "Action vocabulary value (`block`, `device_ban`, ...).",
            nullable=False,
        ),
        *_date_fields("issued", "When the directive was issued"),
        _f(
            "targets_intermediaries",
            pa.bool_(),
            "True when addressed to telecoms, ISPs or app stores.",
            nullable=False,
        ),
        _f(
            "deadlines",
            pa.list_(DEADLINE_TYPE),
            "What the directive requires by when.",
            nullable=False,
        ),
        _f("outcome", OUTCOME_TYPE, "The latest outcome; null when there is none."),
        _f(
            "outcomes",
            pa.list_(OUTCOME_TYPE),
            "Every outcome, undated first, then oldest to newest.",
            nullable=False,
        ),
        _f(
            "source_ids",
            pa.list_(pa.string()),
            "Ids of every source that reports the directive.",
            nullable=False,
        ),
        _f(
            "provenance",
            pa.string(),
            "`parsed` from article text or `curated` from public reports.",
            nullable=False,
        ),
        _f(
            "references",
            pa.list_(pa.string()),
            "Reference URLs of public reports (curated records).",
            nullable=False,
        ),
        _f(
            "evidence",
            pa.list_(EVIDENCE_TYPE),
            "Spans supporting the directive's fields, each naming its field.",
            nullable=False,
        ),
    ],
    metadata={"regwatch.table": "parsed directives, one row per directive"},
)
"""The output of :func:`parse_arrow`: one row per directive, nested like the JSON contract.

Each field's description is in its metadata under ``regwatch.description``.
The nested values carry the JSON contract's keys, plus a typed ``*_date`` and a
``*_precision`` beside every ISO date.
"""

_SOURCE_COLUMNS = ("file", "url", "title", "publisher", "language", "published_basis")
_ISO_TIMESTAMP = re.compile(r"(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}")


# -- records to rows -----------------------------------------------------------


def _typed(row: dict[str, Any], name: str, value: PartialDate | None) -> None:
    """Add ``name_date`` and ``name_precision`` beside the ISO value in *row*."""
    row[f"{name}_date"] = None if value is None else value.first_day()
    row[f"{name}_precision"] = None if value is None else value.precision.value


def _deadline_row(d: Deadline) -> dict[str, Any]:
    row = deadline_to_json(d)
    _typed(row, "due", d.due)
    return row


def _outcome_row(o: Outcome | None) -> dict[str, Any] | None:
    if o is None:
        return None
    row = outcome_to_json(o)
    _typed(row, "as_of", o.as_of)
    return row


def _directive_row(
    article_id: str, source_id: str, ordinal: int, d: Directive
) -> dict[str, Any]:
    row = directive_to_json(d)
    _typed(row, "issued", d.issued)
    row["deadlines"] = [_deadline_row(x) for x in d.deadlines]
    row["outcome"] = _outcome_row(d.outcome)
    row["outcomes"] = [_outcome_row(o) for o in d.outcomes]
    row["evidence"] = [evidence_to_json(e) for e in d.evidence]
    row["article_id"] = article_id
    row["source_id"] = source_id
    row["ordinal"] = ordinal
    return row


def results_to_arrow(results: Iterable[tuple[str, ParseResult]]) -> pa.Table:
    """Rows of :data:`DIRECTIVES_ARROW_SCHEMA` for ``(article_id, result)`` pairs.

    This is the projection :func:`parse_arrow` uses; it is public so that
    results parsed elsewhere (say by :func:`regwatch.batch.parse_many`) can be
    written in the same shape.

    Examples:
        >>> from regwatch.model import Source
        >>> results_to_arrow([("a1", ParseResult(source=Source.from_text("x")))]).num_rows
        0
    """
    columns: dict[str, list[Any]] = {name: [] for name in DIRECTIVES_ARROW_SCHEMA.names}
    for article_id, result in results:
        for ordinal, directive in enumerate(result.directives):
            row = _directive_row(article_id, result.source.id, ordinal, directive)
            for name, values in columns.items():
                values.append(row[name])
    return pa.Table.from_pydict(columns, schema=DIRECTIVES_ARROW_SCHEMA)


# -- rows to records -----------------------------------------------------------


def directives_from_arrow(
    table: pa.Table | pa.RecordBatch,
) -> dict[str, tuple[Directive, ...]]:
    """The :class:`~regwatch.model.Directive` records behind rows of :data:`DIRECTIVES_ARROW_SCHEMA`.

    The inverse of :func:`parse_arrow`, so that a distributed run can be
    checked against :func:`regwatch.parse` record for record. Rows may come in
    any order (engines shuffle): each article's directives are put back in
    ``ordinal`` order, and articles keep the order of their first row. Article
    ids are assumed to be unique.

    Returns:
        Each article id with its directives; articles without directives have
        no rows and so no entry.

    Raises:
        InputError: when a required column is missing.

    Examples:
        >>> directives_from_arrow(DIRECTIVES_ARROW_SCHEMA.empty_table())
        {}
    """
    missing = [
        n for n in ("article_id", "ordinal", "id") if n not in table.schema.names
    ]
    if missing:
        raise InputError(f"not a table of directives: no column {', '.join(missing)}")
    grouped: dict[str, list[tuple[int, Directive]]] = {}
    for row in table.to_pylist():
        grouped.setdefault(row["article_id"], []).append(
            (row["ordinal"], directive_from_json(row))
        )
    return {
        article_id: tuple(d for _, d in sorted(rows, key=lambda r: r[0]))
        for article_id, rows in grouped.items()
    }


# -- parsing tables --------------------------------------------------------------


def _published_values(column: pa.ChunkedArray | pa.Array) -> list[Any]:
    """Python values of a ``published`` column: ISO strings, dates or None."""
    if pa.types.is_timestamp(column.type) or pa.types.is_date64(column.type):
        column = pc.cast(column, pa.date32())
    values: list[Any] = column.to_pylist()
    return values


def _published(value: Any, row: int) -> PartialDate | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return PartialDate.from_date(value)
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        stamp = _ISO_TIMESTAMP.match(text)
        try:
            return PartialDate.from_iso(stamp[1] if stamp else text)
        except ValueError as e:
            raise InputError(f"row {row}: published: {e}") from None
    raise InputError(
        f"row {row}: published {value!r} is not an ISO date string or a date"
    )


def _text_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _column(table: pa.Table | pa.RecordBatch, name: str) -> list[Any] | None:
    if name not in table.schema.names:
        return None
    values: list[Any] = table.column(name).to_pylist()
    return values


def _articles(
    table: pa.Table | pa.RecordBatch,
) -> Iterator[tuple[str, str, Source]]:
    """``(article_id, text, source)`` for each row that has a text."""
    if "text" not in table.schema.names:
        raise InputError(
            f"no 'text' column; the table has: {', '.join(table.schema.names) or 'no columns'}"
        )
    text_type = table.schema.field("text").type
    if not (pa.types.is_string(text_type) or pa.types.is_large_string(text_type)):
        raise InputError(f"column 'text' is {text_type}, not string")
    texts = table.column("text").to_pylist()
    ids = _column(table, "id")
    published = (
        _published_values(table.column("published"))
        if "published" in table.schema.names
        else None
    )
    extra = {name: _column(table, name) for name in _SOURCE_COLUMNS}
    for row, text in enumerate(texts):
        if text is None:
            continue
        date = _published(published[row], row) if published is not None else None
        fields = {
            name: _text_or_none(values[row])
            for name, values in extra.items()
            if values is not None
        }
        if date is not None and fields.get("published_basis") is None:
            fields["published_basis"] = "metadata"
        source = Source.from_text(text, published=date, **fields)
        article_id = ids[row] if ids is not None and ids[row] is not None else source.id
        yield str(article_id), text, source


def _parser(parse: ParseFunction | None) -> ParseFunction:
    if parse is not None:
        return parse
    from regwatch.parsing import parse_text  # noqa: PLC0415  (parsing may import this module)

    return parse_text


def parse_arrow(
    table: pa.Table | pa.RecordBatch,
    *,
    parse: ParseFunction | None = None,
) -> pa.Table:
    """Parse every article in an Arrow table: one output row per directive.

    Fits Ray Data as it is: ``ds.map_batches(parse_arrow, batch_format="pyarrow")``.
    Each article is parsed exactly as :func:`regwatch.parse` would parse it,
    with a :class:`~regwatch.model.Source` built from the row's columns.

    Args:
        table: Articles, with a ``text`` column and optional ``id``,
            ``published``, ``file``, ``url``, ``title``, ``publisher`` and
            ``language`` columns (see the module docstring).
        parse: The parser to call; :func:`regwatch.parse` when omitted.

    Returns:
        A table of :data:`DIRECTIVES_ARROW_SCHEMA`.

    Raises:
        InputError: when there is no string ``text`` column, or a
            ``published`` value is not a date.

    Examples:
        >>> articles = pa.table({"id": ["a1"], "text": ["Nothing happened."]})
        >>> parse_arrow(articles).schema.names[:4]
        ['article_id', 'source_id', 'ordinal', 'id']
    """
    parse_fn = _parser(parse)
    return results_to_arrow(
        (article_id, parse_fn(text, source=source))
        for article_id, text, source in _articles(table)
    )


def parse_batches(
    batches: Iterable[pa.RecordBatch],
    *,
    parse: ParseFunction | None = None,
) -> Iterator[pa.RecordBatch]:
    """Parse a stream of record batches, one output batch per input batch.

    This is the shape Spark's ``mapInArrow`` calls:
    ``df.mapInArrow(parse_batches, spark_schema())``. Memory stays bounded by
    one batch at a time.

    Examples:
        >>> batch = pa.record_batch({"text": ["Nothing happened."]})
        >>> [b.num_rows for b in parse_batches([batch])]
        [0]
    """
    for batch in batches:
        table = parse_arrow(batch, parse=parse)
        combined = table.combine_chunks()
        batches_out = combined.to_batches()
        if batches_out:
            yield from batches_out
        else:
            yield pa.RecordBatch.from_pylist([], schema=DIRECTIVES_ARROW_SCHEMA)


def pandas_meta() -> pd.DataFrame:
    """An empty pandas frame with the output's columns and dtypes, for Dask's ``meta=``.

    Columns use :class:`pandas.ArrowDtype`, so nested lists and structs keep
    their exact Arrow types through pandas and back.

    Examples:
        >>> list(pandas_meta().columns[:3])
        ['article_id', 'source_id', 'ordinal']
    """
    import pandas as pd  # noqa: PLC0415  (pandas is optional)

    empty = DIRECTIVES_ARROW_SCHEMA.empty_table()
    frame: pd.DataFrame = empty.to_pandas(types_mapper=pd.ArrowDtype)
    return frame


def parse_pandas(
    frame: pd.DataFrame,
    *,
    parse: ParseFunction | None = None,
) -> pd.DataFrame:
    """Parse the articles of a pandas frame: one output row per directive.

    Fits Dask as it is:
    ``ddf.map_partitions(parse_pandas, meta=pandas_meta())``. The output
    columns use :class:`pandas.ArrowDtype` (see :func:`pandas_meta`);
    ``pyarrow.Table.from_pandas(out)`` gives back :data:`DIRECTIVES_ARROW_SCHEMA`.

    Examples:
        >>> import pandas as pd
        >>> parse_pandas(pd.DataFrame({"text": ["Nothing happened."]})).shape
        (0, 19)
    """
    import pandas as pd  # noqa: PLC0415  (pandas is optional)

    table = pa.Table.from_pandas(frame, preserve_index=False)
    out: pd.DataFrame = parse_arrow(table, parse=parse).to_pandas(
        types_mapper=pd.ArrowDtype
    )
    return out


# -- Spark ---------------------------------------------------------------------------


def _ddl(type_: pa.DataType) -> str:  # noqa: PLR0911  (one return per Arrow type)
    if pa.types.is_string(type_) or pa.types.is_large_string(type_):
        return "STRING"
    if pa.types.is_boolean(type_):
        return "BOOLEAN"
    if pa.types.is_int32(type_):
        return "INT"
    if pa.types.is_int64(type_):
        return "BIGINT"
    if pa.types.is_date32(type_):
        return "DATE"
    if pa.types.is_list(type_):
        return f"ARRAY<{_ddl(type_.value_type)}>"
    if pa.types.is_struct(type_):
        inner = ", ".join(f"`{f.name}`: {_ddl(f.type)}" for f in type_)
        return f"STRUCT<{inner}>"
    raise TypeError(f"no Spark type for {type_}")  # pragma: no cover (schema is fixed)


def spark_schema(schema: pa.Schema = DIRECTIVES_ARROW_SCHEMA) -> str:
    """The output schema as a Spark DDL string, the second argument of ``mapInArrow``.

    Every column is declared nullable: Spark then accepts the batches whatever
    nullability flags they carry.

    Examples:
        >>> spark_schema().split(", ")[:2]
        ['`article_id` STRING', '`source_id` STRING']
    """
    return ", ".join(f"`{f.name}` {_ddl(f.type)}" for f in schema)
