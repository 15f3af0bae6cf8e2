"""The Arrow schema of every dataset table, defined once from the model.

Each column's description is the description of the model field it holds
(``regwatch._doc.description``), so the Parquet files, :func:`regwatch.schema`
and the docs' field dictionary all say the same thing. Descriptions travel in
the Arrow field metadata under :data:`~regwatch._doc.DOC_KEY`; table-level
metadata carries the table's description, primary key, foreign keys and
:data:`SCHEMA_VERSION`.

A partial date becomes three columns: ``<name>`` (``date32``, the first day of
the period it names, null without a year) to sort and filter on,
``<name>_precision`` (a :class:`~regwatch.vocab.DatePrecision` value) and
``<name>_iso`` (the exact ISO/TIMEX form), from which the model is rebuilt
exactly.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from enum import StrEnum
from typing import Any

import attrs
import pyarrow as pa

from regwatch._doc import DOC_KEY, description
from regwatch.errors import InputError
from regwatch.model import (
    Deadline,
    Directive,
    Evidence,
    Jurisdiction,
    Outcome,
    Platform,
    Source,
)
from regwatch.vocab import (
    Action,
    DatePrecision,
    JurisdictionKind,
    OutcomeStatus,
    PlatformKind,
    Provenance,
)

__all__ = [
    "EVIDENCE_PARTS",
    "SCHEMA_VERSION",
    "TABLES",
    "Column",
    "Table",
    "arrow_schema",
    "field_dictionary",
    "table_spec",
]

SCHEMA_VERSION = "1.0"
"""The version of the tables' columns: the major part changes when a column is
removed, renamed or retyped, the minor part when one is added."""

EVIDENCE_PARTS = ("directive", "deadline", "outcome")
"""What an evidence row supports: the directive itself, one deadline or one outcome."""


@attrs.frozen(kw_only=True)
class Column:
    """One column of a dataset table: name, Arrow type, nullability, description."""

    name: str
    type: pa.DataType
    nullable: bool
    description: str
    constraints: Mapping[str, Any] = attrs.field(factory=dict)

    def field(self) -> pa.Field:
        """The Arrow field, its description in the metadata."""
        return pa.field(
            self.name,
            self.type,
            nullable=self.nullable,
            metadata={DOC_KEY: self.description},
        )


@attrs.frozen(kw_only=True)
class Table:
    """One dataset table: its columns, keys and what it holds."""

    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[tuple[str, str, str], ...] = ()
    """``(column, table, column)`` triples."""


def _doc(cls: type, name: str) -> str:
    text = description(attrs.fields_dict(cls)[name])
    if not text:  # pragma: no cover - guarded by the model's own tests
        raise AssertionError(f"{cls.__name__}.{name} has no description")
    return text


def _enum(e: type[StrEnum]) -> dict[str, Any]:
    return {"enum": [m.value for m in e]}


def _col(
    name: str,
    type_: pa.DataType,
    text: str,
    *,
    nullable: bool = True,
    **constraints: Any,
) -> Column:
    return Column(
        name=name,
        type=type_,
        nullable=nullable,
        description=text,
        constraints=constraints,
    )


def _model(
    name: str,
    cls: type,
    field: str,
    type_: pa.DataType,
    *,
    nullable: bool = True,
    **constraints: Any,
) -> Column:
    return _col(name, type_, _doc(cls, field), nullable=nullable, **constraints)


def _date(name: str, cls: type, field: str) -> tuple[Column, Column, Column]:
    what = _doc(cls, field)
    return (
        _col(
            name,
            pa.date32(),
            f"{what} Typed date: the first day of the period it names; "
            "null when the year is unknown.",
        ),
        _col(
            f"{name}_precision",
            pa.string(),
            f"How much of `{name}` is known; null when it is unknown.",
            **_enum(DatePrecision),
        ),
        _col(
            f"{name}_iso",
            pa.string(),
            f"`{name}` exactly, as an ISO 8601 / TIMEX3 partial date "
            "(`2025-05-21`, `2024-08`, `2018`, `XXXX-06-02`); null when unknown.",
            pattern=r"([0-9]{4}|XXXX)(-[0-9]{2}(-[0-9]{2})?)?",
        ),
    )


_SHA = r"[0-9a-f]{64}"
_DIRECTIVE_ID = _model(
    "directive_id",
    Directive,
    "id",
    pa.string(),
    nullable=False,
    pattern=r"[0-9a-f]{16}",
)
_STRINGS = pa.list_(pa.field("item", pa.string(), nullable=False))

TABLES: Mapping[str, Table] = {
    t.name: t
    for t in (
        Table(
            name="sources",
            description="Every source read: parsed articles and the public reports behind curated facts.",
            primary_key=("source_id",),
            columns=(
                _model(
                    "source_id", Source, "id", pa.string(), nullable=False, pattern=_SHA
                ),
                _model("file", Source, "file", pa.string()),
                _model("url", Source, "url", pa.string()),
                _model("title", Source, "title", pa.string()),
                _model("publisher", Source, "publisher", pa.string()),
                *_date("published", Source, "published"),
                _model("published_basis", Source, "published_basis", pa.string()),
                _model("language", Source, "language", pa.string()),
                _model("references", Source, "references", _STRINGS, nullable=False),
            ),
        ),
        Table(
            name="jurisdictions",
            description="The jurisdictions regwatch knows (the whole gazetteer, not only those with directives).",
            primary_key=("code",),
            columns=(
                _model(
                    "code",
                    Jurisdiction,
                    "code",
                    pa.string(),
                    nullable=False,
                    pattern="[A-Z]{2}",
                ),
                _model("name", Jurisdiction, "name", pa.string(), nullable=False),
                _model(
                    "kind",
                    Jurisdiction,
                    "kind",
                    pa.string(),
                    nullable=False,
                    **_enum(JurisdictionKind),
                ),
            ),
        ),
        Table(
            name="platforms",
            description="The platforms and platform classes regwatch knows (the whole gazetteer).",
            primary_key=("platform_id",),
            columns=(
                _model(
                    "platform_id",
                    Platform,
                    "id",
                    pa.string(),
                    nullable=False,
                    pattern="[a-z0-9]+(-[a-z0-9]+)*",
                ),
                _model("name", Platform, "name", pa.string(), nullable=False),
                _model(
                    "kind",
                    Platform,
                    "kind",
                    pa.string(),
                    nullable=False,
                    **_enum(PlatformKind),
                ),
                _model("operator", Platform, "operator", pa.string()),
                _model("category", Platform, "category", pa.string()),
            ),
        ),
        Table(
            name="directives",
            description="One row per real-world directive, linked across every source that reports it.",
            primary_key=("directive_id",),
            foreign_keys=(("jurisdiction", "jurisdictions", "code"),),
            columns=(
                _DIRECTIVE_ID,
                _model(
                    "jurisdiction",
                    Directive,
                    "jurisdiction",
                    pa.string(),
                    nullable=False,
                    pattern="[A-Z]{2}",
                ),
                _model("issuer", Directive, "issuer", pa.string()),
                _model(
                    "action",
                    Directive,
                    "action",
                    pa.string(),
                    nullable=False,
                    **_enum(Action),
                ),
                *_date("issued", Directive, "issued"),
                _model(
                    "targets_intermediaries",
                    Directive,
                    "targets_intermediaries",
                    pa.bool_(),
                    nullable=False,
                ),
                _model("platforms", Directive, "platforms", _STRINGS, nullable=False),
                _model("source_ids", Directive, "source_ids", _STRINGS, nullable=False),
                _model(
                    "provenance",
                    Directive,
                    "provenance",
                    pa.string(),
                    nullable=False,
                    **_enum(Provenance),
                ),
                _model("references", Directive, "references", _STRINGS, nullable=False),
            ),
        ),
        Table(
            name="deadlines",
            description="What each directive requires by when; one row per deadline.",
            primary_key=("directive_id", "deadline_index"),
            foreign_keys=(("directive_id", "directives", "directive_id"),),
            columns=(
                _DIRECTIVE_ID,
                _col(
                    "deadline_index",
                    pa.int32(),
                    "Position of the deadline among its directive's deadlines (0-based; undated first, then by due date).",
                    nullable=False,
                ),
                *_date("due", Deadline, "due"),
                _model("within", Deadline, "within", pa.string()),
                _model("what", Deadline, "what", pa.string()),
            ),
        ),
        Table(
            name="outcomes",
            description="What became of each directive, as a dated series; one row per outcome.",
            primary_key=("directive_id", "outcome_index"),
            foreign_keys=(("directive_id", "directives", "directive_id"),),
            columns=(
                _DIRECTIVE_ID,
                _col(
                    "outcome_index",
                    pa.int32(),
                    "Position in the directive's outcome series (0-based; undated first, then oldest to newest).",
                    nullable=False,
                ),
                _model(
                    "status",
                    Outcome,
                    "status",
                    pa.string(),
                    nullable=False,
                    **_enum(OutcomeStatus),
                ),
                *_date("as_of", Outcome, "as_of"),
                _model("note", Outcome, "note", pa.string()),
                _col(
                    "latest",
                    pa.bool_(),
                    "True for the last outcome of the series: the directive's latest known outcome.",
                    nullable=False,
                ),
            ),
        ),
        Table(
            name="evidence",
            description="Spans of the original article text behind each field; parsed records only.",
            primary_key=(
                "directive_id",
                "part",
                "part_index",
                "source_id",
                "start",
                "end",
                "field",
            ),
            foreign_keys=(
                ("directive_id", "directives", "directive_id"),
                ("source_id", "sources", "source_id"),
            ),
            columns=(
                _DIRECTIVE_ID,
                _col(
                    "part",
                    pa.string(),
                    "What the span supports: the `directive` itself, one of its deadlines or one of its outcomes.",
                    nullable=False,
                    enum=list(EVIDENCE_PARTS),
                ),
                _col(
                    "part_index",
                    pa.int32(),
                    "`deadline_index` or `outcome_index` of the deadline or outcome supported; null for the directive.",
                ),
                _model(
                    "source_id",
                    Evidence,
                    "source_id",
                    pa.string(),
                    nullable=False,
                    pattern=_SHA,
                ),
                _model("start", Evidence, "start", pa.int64(), nullable=False),
                _model("end", Evidence, "end", pa.int64(), nullable=False),
                _model("text", Evidence, "text", pa.string(), nullable=False),
                _model("field", Evidence, "field", pa.string()),
            ),
        ),
    )
}
"""Every dataset table by name, in dependency order."""


def table_spec(name: str) -> Table:
    """The specification of table *name*.

    Raises:
        InputError: naming the valid tables, when *name* is not one.
    """
    try:
        return TABLES[name]
    except KeyError:
        raise InputError(unknown_table_message(name)) from None


def unknown_table_message(name: str) -> str:
    """``unknown table 'x'; choose one of: ...`` with a close match when there is one."""
    import difflib  # noqa: PLC0415  (only on the error path)

    names = sorted(TABLES)
    close = difflib.get_close_matches(str(name), names, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    return f"unknown table {name!r}; choose one of: {', '.join(names)}{hint}"


def arrow_schema(name: str) -> pa.Schema:
    """The Arrow schema of table *name*, descriptions and keys in its metadata.

    Examples:
        >>> s = arrow_schema("directives")
        >>> s.field("issued").type, s.field("issued_precision").type
        (DataType(date32[day]), DataType(string))
        >>> s.field("action").metadata[b"regwatch.description"]
        b'What was ordered, from the action vocabulary.'
    """
    spec = table_spec(name)
    return pa.schema(
        [c.field() for c in spec.columns],
        metadata={
            "description": spec.description,
            "primary_key": json.dumps(list(spec.primary_key)),
            "foreign_keys": json.dumps([list(k) for k in spec.foreign_keys]),
            "regwatch.schema_version": SCHEMA_VERSION,
        },
    )


def _type_name(type_: pa.DataType) -> str:
    if pa.types.is_list(type_):
        return f"list<{type_.value_type}>"
    return str(type_)


def field_dictionary() -> list[dict[str, Any]]:
    """Every column of every table, as Frictionless-style rows for the docs.

    Each row has ``table``, ``column``, ``type``, ``nullable``, ``description``
    and ``constraints`` (``required``, ``enum``, ``pattern``, ``primary_key``,
    ``foreign_key`` where they apply).

    Examples:
        >>> row = next(r for r in field_dictionary() if r["column"] == "action")
        >>> row["table"], row["type"], row["constraints"]["enum"][:2]
        ('directives', 'string', ['block', 'throttle'])
    """
    rows = []
    for spec in TABLES.values():
        fks = {column: f"{table}.{ref}" for column, table, ref in spec.foreign_keys}
        for c in spec.columns:
            constraints: dict[str, Any] = {"required": not c.nullable, **c.constraints}
            if c.name in spec.primary_key:
                constraints["primary_key"] = True
            if c.name in fks:
                constraints["foreign_key"] = fks[c.name]
            rows.append(
                {
                    "table": spec.name,
                    "column": c.name,
                    "type": _type_name(c.type),
                    "nullable": c.nullable,
                    "description": c.description,
                    "constraints": constraints,
                }
            )
    return rows
