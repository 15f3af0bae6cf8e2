"""Records to the dataset's columns and back, exactly.

A :class:`~regwatch.model.Directive` spreads over four tables (directives,
deadlines, outcomes, evidence), linked by ``directive_id`` and by each
deadline's and outcome's position in the directive's ordered tuple. The model
orders those tuples by content, so positions are stable and
``directives_from_tables(directives_to_tables(ds)) == ds``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
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
    "directive_sort_key",
    "directives_from_tables",
    "directives_to_tables",
    "jurisdictions_from_table",
    "jurisdictions_to_table",
    "platforms_from_table",
    "platforms_to_table",
    "sources_from_table",
    "sources_to_table",
]

Row = dict[str, Any]


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


def directives_to_tables(directives: Iterable[Directive]) -> dict[str, pa.Table]:
    """The ``directives``, ``deadlines``, ``outcomes`` and ``evidence`` tables.

    Rows come in :func:`directive_sort_key` order, then by position, so the same
    directives always give the same tables.

    Raises:
        ValueError: when two directives share an id.
    """
    ordered = sorted(directives, key=directive_sort_key)
    seen: set[str] = set()
    main: list[Row] = []
    deadlines: list[Row] = []
    outcomes: list[Row] = []
    evidence: list[Row] = []
    for d in ordered:
        if d.id in seen:
            raise ValueError(f"directive id {d.id} occurs twice")
        seen.add(d.id)
        main.append(
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
        evidence += _evidence_rows(d.id, "directive", None, d.evidence)
        for i, x in enumerate(d.deadlines):
            deadlines.append(
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
            outcomes.append(
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
    return {
        "directives": _table("directives", main),
        "deadlines": _table("deadlines", deadlines),
        "outcomes": _table("outcomes", outcomes),
        "evidence": _table("evidence", evidence),
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


def sources_to_table(sources: Iterable[Source]) -> pa.Table:
    """The ``sources`` table, one row per source id, ordered by id.

    Raises:
        ValueError: when two different sources share an id.
    """
    unique: dict[str, Source] = {}
    for s in sources:
        if unique.setdefault(s.id, s) != s:
            raise ValueError(f"two different sources share the id {s.id}")
    return _table(
        "sources",
        [
            {
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
            for s in (unique[k] for k in sorted(unique))
        ],
    )


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
