"""Curated facts: directives entered by hand from public reports, as dataset records.

A curated file is JSON Lines in the shape of the JSON contract's answers
(``gold.jsonl``): one line per report with ``file``, ``published``,
``source_urls`` (or ``references``) and ``directives``. Each line becomes a
:class:`~regwatch.model.Source` identified by its reference URLs (the sha256
of the sorted URLs, one per line) and its directives become records whose
provenance is ``curated``: they cite URLs, not character offsets.

Only facts are taken: jurisdiction, issuer (the first of a list of accepted
names), platforms, action, dates, deadlines and outcome statuses. Free-text
notes and descriptions are the curators' own prose and stay out of the
dataset. Lines without directives add nothing and are skipped.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from regwatch.dates import IsoDuration, PartialDate
from regwatch.errors import InputError
from regwatch.jsonio import SourceMetadata
from regwatch.model import Deadline, Directive, Outcome, Source, directive_id, text_id
from regwatch.vocab import Provenance

__all__ = ["curated_source_id", "read_curated"]


def curated_source_id(urls: list[str]) -> str:
    """The id of a curated source: sha256 of its sorted, distinct URLs, one per line.

    Examples:
        >>> curated_source_id(["https://b.example/", "https://a.example/"])[:12]
        'e00a1b7a091a'
    """
    return text_id("\n".join(sorted(set(urls))))


def _date(value: Any, where: str, key: str) -> PartialDate | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f"{where}: {key!r} must be an ISO date string, not {value!r}")
    try:
        return PartialDate.from_iso(value)
    except InputError as e:
        raise InputError(f"{where}: {key!r} {e}") from None


def _issuer(value: Any, where: str) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise InputError(f"{where}: 'issuer' must be a name or a list of names")
    return value


def _deadline(o: Mapping[str, Any], where: str) -> Deadline:
    within = o.get("within")
    return Deadline(
        due=_date(o.get("due"), where, "due"),
        within=None if within is None else IsoDuration.from_iso(within),
    )


def _outcomes(o: Mapping[str, Any], where: str) -> list[Outcome]:
    series = o.get("outcomes")
    if series is None:
        series = [] if o.get("outcome") is None else [o["outcome"]]
    return [
        Outcome(status=x["status"], as_of=_date(x.get("as_of"), where, "as_of"))
        for x in series
    ]


def _directive(
    o: Mapping[str, Any], where: str, source_id: str, urls: list[str]
) -> Directive:
    if not isinstance(o, Mapping):
        raise InputError(f"{where}: a directive must be a JSON object")
    try:
        issued = _date(o.get("issued"), where, "issued")
        issuer = _issuer(o.get("issuer"), where)
        platforms = o.get("platforms") or ()
        return Directive(
            id=directive_id(
                jurisdiction=o["jurisdiction"],
                action=o["action"],
                platforms=platforms,
                issued=issued,
                issuer=issuer,
                scope=[source_id],
            ),
            jurisdiction=o["jurisdiction"],
            issuer=issuer,
            platforms=platforms,
            action=o["action"],
            issued=issued,
            targets_intermediaries=bool(o.get("targets_intermediaries", False)),
            deadlines=[_deadline(x, where) for x in o.get("deadlines") or ()],
            outcomes=_outcomes(o, where),
            source_ids=[source_id],
            provenance=Provenance.CURATED,
            references=urls,
        )
    except KeyError as e:
        raise InputError(f"{where}: a directive is missing {e.args[0]!r}") from None
    except InputError as e:
        raise InputError(f"{where}: {e}") from None


def read_curated(
    path: str | Path, *, metadata: Mapping[str, SourceMetadata] | None = None
) -> Iterator[tuple[Source, list[Directive]]]:
    """Read a curated file: one source and its directives per line.

    Args:
        path: The JSON Lines file.
        metadata: ``sources.jsonl`` entries by file name; they supply the
            publication date, language and URLs a line leaves out.

    Raises:
        InputError: naming ``file:line`` for malformed JSON, a bad value or a
            line that has directives but no reference URLs.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"{path}: cannot read curated facts ({e})") from None
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(f"{where}: not valid JSON ({e.msg})") from None
        if not isinstance(obj, dict):
            raise InputError(f"{where}: expected a JSON object")
        if not obj.get("directives"):
            continue
        meta = (metadata or {}).get(str(obj.get("file")))
        urls = list(
            obj.get("source_urls")
            or obj.get("references")
            or (meta.references if meta else ())
        )
        if meta is not None and meta.url:
            urls.append(meta.url)
        if not urls or not all(isinstance(u, str) and u.strip() for u in urls):
            raise InputError(
                f"{where}: curated facts need public reference URLs ('source_urls')"
            )
        published = _date(obj.get("published"), where, "published")
        if published is None and meta is not None:
            published = meta.published
        source = Source(
            id=curated_source_id(urls),
            published=published,
            published_basis="curated" if published else None,
            language=meta.language if meta else None,
            references=urls,
        )
        directives = [
            _directive(d, where, source.id, sorted(set(urls)))
            for d in obj["directives"]
        ]
        yield source, directives
