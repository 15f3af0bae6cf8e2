"""The JSON contract of DESIGN.md, both ways, and ``sources.jsonl`` metadata.

Writing is explicit and keeps the contract's key order, so this module is the
contract's documentation: ``regwatch parse --format jsonl`` prints exactly
:func:`result_to_json` for each article, and :func:`result_from_json` reads
it back to equal records.
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterator, Mapping
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

import attrs

from regwatch._doc import doc
from regwatch.dates import IsoDuration, PartialDate
from regwatch.errors import InputError
from regwatch.model import Deadline, Directive, Evidence, Outcome, ParseResult, Source

__all__ = [
    "METADATA_KEYS",
    "MetadataWarning",
    "SourceMetadata",
    "directive_from_json",
    "directive_to_json",
    "read_metadata",
    "result_from_json",
    "result_to_json",
]

JsonObject = dict[str, Any]

_SHA256 = re.compile(r"[0-9a-f]{64}")


class MetadataWarning(UserWarning):
    """A metadata line was read, but something in it was ignored."""


# -- records to JSON ---------------------------------------------------------


def _date(value: PartialDate | None) -> str | None:
    return None if value is None else value.iso()


def evidence_to_json(e: Evidence) -> JsonObject:
    """An evidence span as ``{"source_id", "start", "end", "text", "field"}``."""
    return {
        "source_id": e.source_id,
        "start": e.start,
        "end": e.end,
        "text": e.text,
        "field": e.field,
    }


def deadline_to_json(d: Deadline) -> JsonObject:
    """A deadline as ``{"due", "within", "what", "evidence"}``."""
    return {
        "due": _date(d.due),
        "within": None if d.within is None else d.within.iso(),
        "what": d.what,
        "evidence": [evidence_to_json(e) for e in d.evidence],
    }


def outcome_to_json(o: Outcome) -> JsonObject:
    """An outcome as ``{"status", "as_of", "note", "evidence"}``."""
    return {
        "status": o.status.value,
        "as_of": _date(o.as_of),
        "note": o.note,
        "evidence": [evidence_to_json(e) for e in o.evidence],
    }


def directive_to_json(d: Directive) -> JsonObject:
    """A directive in the contract's key order; ``outcome`` is the latest of ``outcomes``."""
    return {
        "id": d.id,
        "jurisdiction": d.jurisdiction,
        "issuer": d.issuer,
        "platforms": list(d.platforms),
        "action": d.action.value,
        "issued": _date(d.issued),
        "targets_intermediaries": d.targets_intermediaries,
        "deadlines": [deadline_to_json(x) for x in d.deadlines],
        "outcome": None if d.outcome is None else outcome_to_json(d.outcome),
        "outcomes": [outcome_to_json(o) for o in d.outcomes],
        "source_ids": list(d.source_ids),
        "provenance": d.provenance.value,
        "references": list(d.references),
        "evidence": [evidence_to_json(e) for e in d.evidence],
    }


def source_to_json(s: Source) -> JsonObject:
    """A source's metadata as a flat object."""
    return {
        "id": s.id,
        "file": s.file,
        "url": s.url,
        "title": s.title,
        "publisher": s.publisher,
        "published": _date(s.published),
        "published_basis": s.published_basis,
        "language": s.language,
        "references": list(s.references),
    }


def result_to_json(r: ParseResult) -> JsonObject:
    """One document of ``regwatch parse --format jsonl``.

    Examples:
        >>> from regwatch.model import Source
        >>> list(result_to_json(ParseResult(source=Source.from_text("x", file="a.txt"))))
        ['file', 'source', 'reference_date', 'reference_basis', 'warnings', 'directives']
    """
    return {
        "file": r.source.file,
        "source": source_to_json(r.source),
        "reference_date": _date(r.reference_date),
        "reference_basis": r.reference_basis,
        "warnings": list(r.warnings),
        "directives": [directive_to_json(d) for d in r.directives],
    }


# -- JSON to records ---------------------------------------------------------


def _opt_date(value: Any) -> PartialDate | None:
    return None if value is None else PartialDate.from_iso(value)


def _mapping(o: Any, what: str) -> Mapping[str, Any]:
    if not isinstance(o, Mapping):
        raise InputError(f"{what}: expected a JSON object, got {o!r}")
    return o


def _require(o: Any, key: str, what: str) -> Any:
    """``o[key]``, with an :class:`InputError` naming *what* when it is missing."""
    if key not in _mapping(o, what):
        raise InputError(f"{what}: missing key {key!r}")
    return o[key]


def evidence_from_json(o: Mapping[str, Any]) -> Evidence:
    """Inverse of :func:`evidence_to_json`."""
    return Evidence(
        source_id=_require(o, "source_id", "evidence"),
        start=_require(o, "start", "evidence"),
        end=_require(o, "end", "evidence"),
        text=_require(o, "text", "evidence"),
        field=o.get("field"),
    )


def deadline_from_json(o: Mapping[str, Any]) -> Deadline:
    """Inverse of :func:`deadline_to_json`."""
    _mapping(o, "deadline")
    within = o.get("within")
    return Deadline(
        due=_opt_date(o.get("due")),
        within=None if within is None else IsoDuration.from_iso(within),
        what=o.get("what"),
        evidence=[evidence_from_json(e) for e in o.get("evidence") or ()],
    )


def outcome_from_json(o: Mapping[str, Any]) -> Outcome:
    """Inverse of :func:`outcome_to_json`."""
    return Outcome(
        status=_require(o, "status", "outcome"),
        as_of=_opt_date(o.get("as_of")),
        note=o.get("note"),
        evidence=[evidence_from_json(e) for e in o.get("evidence") or ()],
    )


def directive_from_json(o: Mapping[str, Any]) -> Directive:
    """Inverse of :func:`directive_to_json`; a lone ``outcome`` stands for ``outcomes``.

    Raises:
        InputError: when a value is invalid, or when ``outcome`` is given beside
            ``outcomes`` but is not the latest of them.
    """
    _require(o, "id", "directive")
    latest = o.get("outcome")
    series = o.get("outcomes")
    if series is None:
        series = [] if latest is None else [latest]
    directive = Directive(
        id=o["id"],
        jurisdiction=_require(o, "jurisdiction", f"directive {o['id']!r}"),
        issuer=o.get("issuer"),
        platforms=o.get("platforms") or (),
        action=_require(o, "action", f"directive {o['id']!r}"),
        issued=_opt_date(o.get("issued")),
        targets_intermediaries=o.get("targets_intermediaries", False),
        deadlines=[deadline_from_json(x) for x in o.get("deadlines") or ()],
        outcomes=[outcome_from_json(x) for x in series],
        source_ids=o.get("source_ids") or (),
        provenance=o.get("provenance", "parsed"),
        references=o.get("references") or (),
        evidence=[evidence_from_json(e) for e in o.get("evidence") or ()],
    )
    if (
        "outcome" in o
        and (None if latest is None else outcome_from_json(latest)) != directive.outcome
    ):
        raise InputError(
            f"directive {directive.id}: 'outcome' is not the latest of 'outcomes'"
        )
    return directive


def source_from_json(o: Mapping[str, Any]) -> Source:
    """Inverse of :func:`source_to_json`."""
    return Source(
        id=_require(o, "id", "source"),
        file=o.get("file"),
        url=o.get("url"),
        title=o.get("title"),
        publisher=o.get("publisher"),
        published=_opt_date(o.get("published")),
        published_basis=o.get("published_basis"),
        language=o.get("language"),
        references=o.get("references") or (),
    )


def result_from_json(o: Mapping[str, Any]) -> ParseResult:
    """Inverse of :func:`result_to_json`."""
    return ParseResult(
        source=source_from_json(_require(o, "source", "document")),
        directives=[directive_from_json(d) for d in o.get("directives") or ()],
        reference_date=_opt_date(o.get("reference_date")),
        reference_basis=o.get("reference_basis"),
        warnings=o.get("warnings") or (),
    )


# -- sources.jsonl -----------------------------------------------------------

METADATA_KEYS = frozenset(
    {
        "file",
        "sha256",
        "published",
        "published_basis",
        "url",
        "title",
        "publisher",
        "language",
        "references",
        "source_urls",
    }
)
"""Keys a ``sources.jsonl`` line may carry; others are warned about and ignored."""


@attrs.frozen(kw_only=True)
class SourceMetadata:
    """What one ``sources.jsonl`` line says about one article file.

    Built by :func:`read_metadata`, which checks every value; the fields mirror
    :class:`~regwatch.model.Source`, plus the checksum of the file.
    """

    file: str = attrs.field(
        metadata=doc("Base name of the article file the line describes.")
    )
    sha256: str | None = attrs.field(
        default=None,
        metadata=doc(
            "sha256 of the file's bytes (lowercase hex), if the line gives it."
        ),
    )
    published: PartialDate | None = attrs.field(
        default=None,
        metadata=doc("Publication date at the precision known; None when not given."),
    )
    published_basis: str | None = attrs.field(
        default=None,
        metadata=doc("How the publication date is known; None when not given."),
    )
    url: str | None = attrs.field(
        default=None, metadata=doc("Where the article was published, if known.")
    )
    title: str | None = attrs.field(default=None, metadata=doc("Headline, if known."))
    publisher: str | None = attrs.field(default=None, metadata=doc("Outlet, if known."))
    language: str | None = attrs.field(
        default=None, metadata=doc("BCP 47 language tag, if known.")
    )
    references: tuple[str, ...] = attrs.field(
        default=(),
        metadata=doc("Reference URLs (``references`` or ``source_urls``), as given."),
    )

    def source_fields(self) -> dict[str, Any]:
        """Keyword arguments for :class:`~regwatch.model.Source` (all but the checksum)."""
        return {
            "file": self.file,
            "url": self.url,
            "title": self.title,
            "publisher": self.publisher,
            "published": self.published,
            "published_basis": self.published_basis
            or ("metadata" if self.published is not None else None),
            "language": self.language,
            "references": self.references,
        }


def _text_or_none(where: str, key: str, value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{where}: {key!r} must be non-empty text, not {value!r}")
    return value


def _safe_base_name(where: str, value: Any) -> str:
    """A base name that stays in its folder on POSIX and on Windows alike."""
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{where}: 'file' must be a file name, not {value!r}")
    if (
        value in {".", ".."}
        or any(c < " " for c in value)  # NUL and other control characters
        or PurePosixPath(value).name != value
        or PureWindowsPath(value).name != value
    ):
        raise InputError(
            f"{where}: 'file' {value!r} escapes its folder; give a base name such as 'a.txt'"
        )
    return value


def _metadata_line(where: str, line: str) -> SourceMetadata:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        raise InputError(
            f"{where}: not valid JSON ({e.msg} at column {e.colno})"
        ) from None
    if not isinstance(obj, dict):
        raise InputError(f"{where}: expected a JSON object, got {type(obj).__name__}")
    unknown = sorted(set(obj) - METADATA_KEYS)
    if unknown:
        warnings.warn(
            f"{where}: ignored unknown key(s) {', '.join(map(repr, unknown))}",
            MetadataWarning,
            stacklevel=3,
        )
    file = _safe_base_name(where, obj.get("file"))
    published = obj.get("published")
    if published is not None:
        if not isinstance(published, str):
            raise InputError(
                f"{where}: 'published' must be an ISO date string such as '2024-09', "
                f"not {published!r}"
            )
        try:
            published = PartialDate.from_iso(published)
        except InputError as e:
            raise InputError(f"{where}: 'published' {e}") from None
    refs = obj.get("references") or obj.get("source_urls") or []
    if not isinstance(refs, list) or not all(
        isinstance(x, str) and x.strip() for x in refs
    ):
        raise InputError(f"{where}: 'references' must be a list of URLs, not {refs!r}")
    sha = _text_or_none(where, "sha256", obj.get("sha256"))
    if sha is not None and not _SHA256.fullmatch(sha.lower()):
        raise InputError(f"{where}: 'sha256' {sha!r} is not a sha256 hex digest")
    return SourceMetadata(
        file=file,
        sha256=sha.lower() if sha else None,
        published=published,
        published_basis=_text_or_none(
            where, "published_basis", obj.get("published_basis")
        ),
        url=_text_or_none(where, "url", obj.get("url")),
        title=_text_or_none(where, "title", obj.get("title")),
        publisher=_text_or_none(where, "publisher", obj.get("publisher")),
        language=_text_or_none(where, "language", obj.get("language")),
        references=tuple(refs),
    )


def iter_metadata(path: str | Path) -> Iterator[SourceMetadata]:
    """Read ``sources.jsonl`` line by line; each error names ``file:line``."""
    for _number, meta in _numbered_metadata(Path(path)):
        yield meta


def _numbered_metadata(path: Path) -> Iterator[tuple[int, SourceMetadata]]:
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read metadata ({e.strerror or e})") from None
    try:
        text = raw.decode("utf-8-sig")  # a byte-order mark is no part of line 1
    except UnicodeDecodeError as e:
        raise InputError(
            f"{path}: metadata is not UTF-8 (byte offset {e.start})"
        ) from None
    # Split on "\n" only: str.splitlines() also breaks at U+2028 and other
    # separators, which JSON allows unescaped inside strings.
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield number, _metadata_line(f"{path}:{number}", line.removesuffix("\r"))


def read_metadata(path: str | Path) -> dict[str, SourceMetadata]:
    """Read ``sources.jsonl`` into a mapping from file base name to its metadata.

    Raises:
        InputError: naming ``file:line`` for a malformed line, an impossible
            date, a ``file`` key that escapes its folder, or a repeated file.
    """
    out: dict[str, SourceMetadata] = {}
    first: dict[str, int] = {}
    for number, meta in _numbered_metadata(Path(path)):
        if meta.file in out:
            raise InputError(
                f"{path}:{number}: file {meta.file!r} is described twice "
                f"(first at line {first[meta.file]})"
            )
        out[meta.file] = meta
        first[meta.file] = number
    return out
