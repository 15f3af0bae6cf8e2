"""Records to the dataset's columns and back, exactly.

A :class:`~regwatch.model.Directive` spreads over four tables (directives,
deadlines, outcomes, evidence), linked by ``directive_id`` and by each
deadline's and outcome's position in the directive's ordered tuple. The model
orders those tuples by content, so positions are stable and
``directives_from_tables(directives_to_tables(ds)) == ds``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import pyarrow as pa

from regwatch.dataset.schema import arrow_schema
from regwatch.dates import IsoDuration, PartialDate
from regwatch.model import (
    Deadline,
    Directive,
    Evidence,
    Jurisdiction,
    Outcome,
    Platform,
    Source,
)

__all__ = [
    "DIRECTIVE_TABLES",
    "PART_SIZE",
    "directive_sort_key",
    "directives_from_tables",
    "directives_to_parts",
    "directives_to_tables",
    "jurisdictions_from_table",
    "jurisdictions_to_table",
    "platforms_from_table",
    "platforms_to_table",
    "sources_from_table",
    "sources_to_parts",
    "sources_to_table",
]

Row = dict[str, Any]

DIRECTIVE_TABLES = ("directives", "deadlines", "outcomes", "evidence")
"""The tables a directive spreads over, in the order they are built."""

PART_SIZE = 4_096
"""Records per part when tables are made part by part.

A part's rows are Python dicts until they become Arrow columns, several
times the size of the columns; 4,096 directives make about 40,000 rows in
all, enough to keep pyarrow's cost per call small.
"""


def _date(name: str, value: PartialDate | None) -> Row:
    if value is None:
        return {name: None, f"{name}_precision": None, f"{name}_iso": None}
    return {
        name: value.first_day(),
        f"{name}_precision": value.precision.value,
        f"{name}_iso": value.iso(),
    }


def _read_date(row: Mapping[str, Any], name: str) -> PartialDate | None:
    iso = row[f"{name}_iso"]
    return None if iso is None else PartialDate.from_iso(iso)


def _table(name: str, rows: list[Row]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=arrow_schema(name))


def directive_sort_key(d: Directive) -> tuple[Any, ...]:
    """The dataset's row order: jurisdiction, issue date (undated last), action, id."""
    day = d.issued.first_day() if d.issued is not None else None
    return (
        d.jurisdiction,
        day is None,
        day.isoformat() if day else "",
        d.issued.iso() if d.issued else "",
        d.action.value,
        d.id,
    )


def _evidence_rows(
    directive_id: str, part: str, index: int | None, evidence: Iterable[Evidence]
) -> list[Row]:
    return [
        {
            "directive_id": directive_id,
            "part": part,
            "part_index": index,
            "source_id": e.source_id,
            "start": e.start,
            "end": e.end,
            "text": e.text,
            "field": e.field,
        }
        for e in evidence
    ]


def _add_directive_rows(d: Directive, part: Mapping[str, list[Row]]) -> None:
    """Append the rows of *d* to the lists of its four tables."""
    part["directives"].append(
        {
            "directive_id": d.id,
            "jurisdiction": d.jurisdiction,
            "issuer": d.issuer,
            "action": d.action.value,
            **_date("issued", d.issued),
            "targets_intermediaries": d.targets_intermediaries,
            "platforms": list(d.platforms),
            "source_ids": list(d.source_ids),
            "provenance": d.provenance.value,
            "references": list(d.references),
        }
    )
    evidence = part["evidence"]
    evidence += _evidence_rows(d.id, "directive", None, d.evidence)
    for i, x in enumerate(d.deadlines):
        part["deadlines"].append(
            {
                "directive_id": d.id,
                "deadline_index": i,
                **_date("due", x.due),
                "within": None if x.within is None else x.within.iso(),
                "what": x.what,
            }
        )
        evidence += _evidence_rows(d.id, "deadline", i, x.evidence)
    for i, o in enumerate(d.outcomes):
        part["outcomes"].append(
            {
                "directive_id": d.id,
                "outcome_index": i,
                "status": o.status.value,
                **_date("as_of", o.as_of),
                "note": o.note,
                "latest": i == len(d.outcomes) - 1,
            }
        )
        evidence += _evidence_rows(d.id, "outcome", i, o.evidence)


def directives_to_parts(
    directives: Iterable[Directive], *, size: int = PART_SIZE
) -> Iterator[dict[str, pa.Table]]:
    """The tables of :func:`directives_to_tables`, *size* directives at a time.

    Each part holds the next *size* directives in :func:`directive_sort_key`
    order, and their deadlines, outcomes and evidence; the parts, put end to
    end, are the whole tables. No input gives one part of empty tables. A
    build writes each part and lets it go, so it never holds the rows of
    all the directives at once.

    Raises:
        ValueError: when two directives share an id, or *size* is below 1.

    Examples:
        >>> [part["directives"].num_rows for part in directives_to_parts([])]
        [0]
    """
    if size < 1:
        raise ValueError(f"size={size}: give at least 1")
    ordered = sorted(directives, key=directive_sort_key)
    seen: set[str] = set()
    for start in range(0, max(len(ordered), 1), size):
        part: dict[str, list[Row]] = {name: [] for name in DIRECTIVE_TABLES}
        for d in ordered[start : start + size]:
            if d.id in seen:
                raise ValueError(f"directive id {d.id} occurs twice")
            seen.add(d.id)
            _add_directive_rows(d, part)
        yield {name: _table(name, rows) for name, rows in part.items()}


def _joined(name: str, parts: Sequence[pa.Table]) -> pa.Table:
    """The parts of table *name* end to end, as one contiguous table."""
    return pa.concat_tables(parts).combine_chunks() if parts else _table(name, [])


def directives_to_tables(directives: Iterable[Directive]) -> dict[str, pa.Table]:
    """The ``directives``, ``deadlines``, ``outcomes`` and ``evidence`` tables.

    Rows come in :func:`directive_sort_key` order, then by position, so the same
    directives always give the same tables.

    Raises:
        ValueError: when two directives share an id.
    """
    parts = list(directives_to_parts(directives))
    return {
        name: _joined(name, [part[name] for part in parts]) for name in DIRECTIVE_TABLES
    }


def _evidence(row: Mapping[str, Any]) -> Evidence:
    return Evidence(
        source_id=row["source_id"],
        start=row["start"],
        end=row["end"],
        text=row["text"],
        field=row["field"],
    )


def directives_from_tables(
    directives: pa.Table,
    deadlines: pa.Table,
    outcomes: pa.Table,
    evidence: pa.Table,
) -> list[Directive]:
    """Inverse of :func:`directives_to_tables`, in the ``directives`` table's order."""
    spans: defaultdict[tuple[str, str, int | None], list[Evidence]] = defaultdict(list)
    for row in evidence.to_pylist():
        spans[row["directive_id"], row["part"], row["part_index"]].append(
            _evidence(row)
        )
    by_deadline: defaultdict[str, list[Deadline]] = defaultdict(list)
    for row in sorted(
        deadlines.to_pylist(), key=lambda r: (r["directive_id"], r["deadline_index"])
    ):
        key = row["directive_id"]
        by_deadline[key].append(
            Deadline(
                due=_read_date(row, "due"),
                within=None
                if row["within"] is None
                else IsoDuration.from_iso(row["within"]),
                what=row["what"],
                evidence=spans[key, "deadline", row["deadline_index"]],
            )
        )
    by_outcome: defaultdict[str, list[Outcome]] = defaultdict(list)
    for row in sorted(
        outcomes.to_pylist(), key=lambda r: (r["directive_id"], r["outcome_index"])
    ):
        key = row["directive_id"]
        by_outcome[key].append(
            Outcome(
                status=row["status"],
                as_of=_read_date(row, "as_of"),
                note=row["note"],
                evidence=spans[key, "outcome", row["outcome_index"]],
            )
        )
    return [
        Directive(
            id=row["directive_id"],
            jurisdiction=row["jurisdiction"],
            issuer=row["issuer"],
            platforms=row["platforms"],
            targets_intermediaries=row["targets_intermediaries"],
            action=row["action"],
            issued=_read_date(row, "issued"),
            deadlines=by_deadline[row["directive_id"]],
            outcomes=by_outcome[row["directive_id"]],
            source_ids=row["source_ids"],
            evidence=spans[row["directive_id"], "directive", None],
            provenance=row["provenance"],
            references=row["references"],
        )
        for row in directives.to_pylist()
    ]


def _source_row(s: Source) -> Row:
    return {
        "source_id": s.id,
        "file": s.file,
        "url": s.url,
        "title": s.title,
        "publisher": s.publisher,
        **_date("published", s.published),
        "published_basis": s.published_basis,
        "language": s.language,
        "references": list(s.references),
    }


def sources_to_parts(
    sources: Iterable[Source], *, size: int = PART_SIZE
) -> Iterator[pa.Table]:
    """The ``sources`` table of :func:`sources_to_table`, *size* rows at a time.

    No input gives one empty part.

    Raises:
        ValueError: when two different sources share an id, or *size* is below 1.
    """
    if size < 1:
        raise ValueError(f"size={size}: give at least 1")
    unique: dict[str, Source] = {}
    for s in sources:
        if unique.setdefault(s.id, s) != s:
            raise ValueError(f"two different sources share the id {s.id}")
    ids = sorted(unique)
    for start in range(0, max(len(ids), 1), size):
        yield _table(
            "sources", [_source_row(unique[k]) for k in ids[start : start + size]]
        )


def sources_to_table(sources: Iterable[Source]) -> pa.Table:
    """The ``sources`` table, one row per source id, ordered by id.

    Raises:
        ValueError: when two different sources share an id.
    """
    return _joined("sources", list(sources_to_parts(sources)))


def sources_from_table(table: pa.Table) -> list[Source]:
    """Inverse of :func:`sources_to_table`."""
    return [
        Source(
            id=row["source_id"],
            file=row["file"],
            url=row["url"],
            title=row["title"],
            publisher=row["publisher"],
            published=_read_date(row, "published"),
            published_basis=row["published_basis"],
            language=row["language"],
            references=row["references"],
        )
        for row in table.to_pylist()
    ]


def jurisdictions_to_table(items: Iterable[Jurisdiction]) -> pa.Table:
    """The ``jurisdictions`` table, ordered by code."""
    return _table(
        "jurisdictions",
        [
            {"code": j.code, "name": j.name, "kind": j.kind.value}
            for j in sorted(set(items), key=lambda j: (j.code, j.name, j.kind.value))
        ],
    )


def jurisdictions_from_table(table: pa.Table) -> list[Jurisdiction]:
    """Inverse of :func:`jurisdictions_to_table`."""
    return [Jurisdiction(**row) for row in table.to_pylist()]


def platforms_to_table(items: Iterable[Platform]) -> pa.Table:
    """The ``platforms`` table, ordered by id."""
    return _table(
        "platforms",
        [
            {
                "platform_id": p.id,
                "name": p.name,
                "kind": p.kind.value,
                "operator": p.operator,
                "category": p.category,
            }
            for p in sorted(
                set(items),
                key=lambda p: (
                    p.id,
                    p.name,
                    p.kind.value,
                    p.operator or "",
                    p.category or "",
                ),
            )
        ],
    )


def platforms_from_table(table: pa.Table) -> list[Platform]:
    """Inverse of :func:`platforms_to_table`."""
    return [
        Platform(
            id=row["platform_id"],
            name=row["name"],
            kind=row["kind"],
            operator=row["operator"],
            category=row["category"],
        )
        for row in table.to_pylist()
    ]
