"""The typed records of regwatch: who ordered what of which platforms, and the proof.

Every record is a frozen, slotted, keyword-only attrs class that checks its
invariants when it is built, so an invalid record cannot exist. Sequences are
tuples; where their order carries no meaning they are sorted and de-duplicated,
so equal facts compare, hash and serialise equal. Records do no I/O; reading
text or files is the job of named constructors elsewhere (``regwatch.jsonio``,
``regwatch.parse``).
"""

from __future__ import annotations

import hashlib
import itertools
import operator
import re
from collections.abc import Callable, Iterable, Mapping
from enum import StrEnum
from typing import Any

import attrs

from regwatch._doc import doc
from regwatch.dates import IsoDuration, PartialDate
from regwatch.errors import InputError
from regwatch.vocab import (
    Action,
    JurisdictionKind,
    OutcomeStatus,
    PlatformKind,
    Provenance,
)

__all__ = [
    "Deadline",
    "Directive",
    "Evidence",
    "Jurisdiction",
    "Outcome",
    "ParseResult",
    "Platform",
    "Source",
    "directive_id",
]


_CODE = re.compile(r"[A-Z]{2}")
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_DIRECTIVE_ID = re.compile(r"[0-9a-f]{16}")


# -- validators: each names the class, the field and the bad value -------------

Validator = Callable[[object, "attrs.Attribute[Any]", Any], None]


def _fail(
    inst: object, attribute: attrs.Attribute[Any], value: object, why: str
) -> InputError:
    return InputError(f"{type(inst).__name__}.{attribute.name}={value!r} {why}")


def _a(name: str) -> str:
    """*name* with its indefinite article: "a Deadline", "an Outcome"."""
    return ("an " if name[:1] in "AEIOU" else "a ") + name


def _is_int(value: object) -> bool:
    """True for ints, but not bools (``True`` is an ``int`` to Python)."""
    return type(value) is int or (
        isinstance(value, int) and not isinstance(value, bool)
    )


def _matches(pattern: re.Pattern[str], what: str) -> Validator:
    def check(inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, str) or not pattern.fullmatch(value):
            raise _fail(inst, attribute, value, f"is not {what}")

    return check


def _each_matches(pattern: re.Pattern[str], what: str) -> Validator:
    def check(inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, tuple):
            raise _fail(
                inst, attribute, value, "is not a sequence; each item must be " + what
            )
        for item in value:
            if not isinstance(item, str) or not pattern.fullmatch(item):
                raise _fail(
                    inst, attribute, value, f"holds {item!r}, which is not {what}"
                )

    return check


def _each_instance(cls: type) -> Validator:
    def check(inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, tuple):
            raise _fail(
                inst, attribute, value, f"is not a sequence of {cls.__name__} records"
            )
        for item in value:
            if not isinstance(item, cls):
                raise _fail(
                    inst,
                    attribute,
                    value,
                    f"holds {item!r}, which is not {_a(cls.__name__)}",
                )

    return check


def _each_text(inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, tuple):
        raise _fail(inst, attribute, value, "is not a sequence of non-empty texts")
    for item in value:
        if not isinstance(item, str) or not item.strip():
            raise _fail(
                inst, attribute, value, f"holds {item!r}, which is not non-empty text"
            )


def _instance(cls: type, *, optional: bool = False) -> Validator:
    what = _a(cls.__name__) + (" or None" if optional else "")

    def check(inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None and optional:
            return
        if not isinstance(value, cls):
            raise _fail(inst, attribute, value, f"is not {what}")

    return check


def _bool(inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, bool):
        raise _fail(inst, attribute, value, "is not True or False")


def _text(inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, str) or not value.strip():
        raise _fail(inst, attribute, value, "must be non-empty text")


def _optional_text(inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise _fail(inst, attribute, value, "must be non-empty text or None")


def _non_negative(inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not _is_int(value) or value < 0:
        raise _fail(inst, attribute, value, "must be an integer >= 0")


def _in_vocab(enum: type[StrEnum]) -> Validator:
    def check(inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, enum):
            choices = ", ".join(m.value for m in enum)
            raise _fail(inst, attribute, value, f"is not one of: {choices}")

    return check


def _to_enum(enum: type[StrEnum]) -> Callable[[Any], Any]:
    """Convert a contract string to its enum member; leave anything else for the validator."""

    def convert(value: Any) -> Any:
        if not isinstance(value, str):
            return value
        try:
            return enum(value)
        except ValueError:
            return value

    return convert


def _as_tuple(values: Iterable[Any]) -> tuple[Any, ...]:
    """Any iterable but text or a mapping becomes a tuple; the rest is left for the validator.

    A string is iterable, so without this ``platforms="telegram"`` would become
    the letters of "telegram", each of them a valid slug.
    """
    if type(values) is tuple or type(values) is list:
        return tuple(values)  # the common case, decided without the ABC checks below
    if isinstance(values, str | bytes | Mapping) or not isinstance(values, Iterable):
        return values  # type: ignore[return-value]
    return tuple(values)


def _sorted_unique(values: Iterable[str]) -> tuple[str, ...]:
    """Order-free sequences of text: sort and de-duplicate so equal facts compare equal."""
    items = _as_tuple(values)
    if isinstance(items, tuple) and all(isinstance(x, str) for x in items):
        return tuple(sorted(set(items)))
    return items


_SORT_KEY = operator.methodcaller("sort_key")


def _sorted_records(values: Iterable[Any], cls: type) -> tuple[Any, ...]:
    """Order-free sequences of records: de-duplicate, then sort by ``cls.sort_key``.

    The key must tell apart any two unequal records; otherwise ties would keep
    the input order and equal facts given in another order would compare unequal.
    """
    items = _as_tuple(values)
    if not isinstance(items, tuple) or not all(
        map(isinstance, items, itertools.repeat(cls))
    ):
        return items
    return tuple(sorted(set(items), key=_SORT_KEY))


# -- records ------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Jurisdiction:
    """A country or supranational body that issues directives.

    Examples:
        >>> Jurisdiction(code="VN", name="Viet Nam", kind="country").kind
        <JurisdictionKind.COUNTRY: 'country'>
    """

    code: str = attrs.field(
        validator=_matches(_CODE, "an ISO 3166-1 alpha-2 code (two capitals)"),
        metadata=doc(
            "ISO 3166-1 alpha-2 code (`VN`), or `EU`/`UN` for supranational bodies."
        ),
    )
    name: str = attrs.field(validator=_text, metadata=doc("Common English name."))
    kind: JurisdictionKind = attrs.field(
        converter=_to_enum(JurisdictionKind),  # type: ignore[misc]
        validator=_in_vocab(JurisdictionKind),
        metadata=doc("`country`, or `supranational` for bodies above countries."),
    )


@attrs.frozen(kw_only=True)
class Platform:
    """An online service, or a class of them, that directives are aimed at.

    Examples:
        >>> Platform(id="telegram", name="Telegram", kind="service", operator="Telegram FZ-LLC").id
        'telegram'
    """

    id: str = attrs.field(
        validator=_matches(_SLUG, "a lowercase slug (telegram, google-play)"),
        metadata=doc(
            "Lowercase slug: `telegram`, `x`, or a class such as `social-media`."
        ),
    )
    name: str = attrs.field(validator=_text, metadata=doc("Display name."))
    kind: PlatformKind = attrs.field(
        converter=_to_enum(PlatformKind),  # type: ignore[misc]
        validator=_in_vocab(PlatformKind),
        metadata=doc("`service` for a named product, `class` for a group of products."),
    )
    operator: str | None = attrs.field(
        default=None,
        validator=_optional_text,
        metadata=doc(
            "Company that runs the service; None for classes or when unknown."
        ),
    )
    category: str | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(_matches(_SLUG, "a lowercase slug")),
        metadata=doc(
            "The class a service belongs to (`messaging`, `social-media`); None when unknown."
        ),
    )


def _end_after_start(inst: Evidence, attribute: attrs.Attribute[Any], end: int) -> None:
    _non_negative(inst, attribute, end)  # one validator for both checks, in this order
    if end < inst.start:
        raise _fail(inst, attribute, end, f"is before Evidence.start={inst.start}")


def _text_spans_offsets(
    inst: Evidence, attribute: attrs.Attribute[Any], text: Any
) -> None:
    if not isinstance(text, str):
        raise _fail(inst, attribute, text, "is not a str")
    if len(text) != inst.end - inst.start:
        raise _fail(
            inst,
            attribute,
            text,
            f"has {len(text)} characters, but Evidence.start={inst.start} "
            f"and Evidence.end={inst.end} span {inst.end - inst.start}",
        )


@attrs.frozen(kw_only=True)
class Evidence:
    """A span of an article's original text that supports one field of a record.

    Offsets are Unicode code points into the text exactly as read (not cleaned).

    Examples:
        >>> Evidence(source_id="0" * 64, start=4, end=12, text="Telegram", field="platforms").end
        12
    """

    source_id: str = attrs.field(
        validator=_matches(_SHA256, "a sha256 hex digest"),
        metadata=doc("Id of the source whose text the offsets point into."),
    )
    start: int = attrs.field(
        validator=_non_negative, metadata=doc("Start offset (code points, inclusive).")
    )
    end: int = attrs.field(
        validator=_end_after_start,
        metadata=doc("End offset (code points, exclusive); never before the start."),
    )
    text: str = attrs.field(
        validator=_text_spans_offsets,
        metadata=doc(
            "The original text between the offsets; its length is end - start."
        ),
    )
    field: str | None = attrs.field(
        default=None,
        validator=_optional_text,
        metadata=doc(
            "The record field this span supports (`action`, `issued`, ...); None for the whole sentence."
        ),
    )

    def sort_key(self) -> tuple[str, int, int, str, str]:
        """Source, then position, then field, then text: a total order on spans.

        ``field or ""`` cannot collide with a real field, which is never empty.
        """
        return (self.source_id, self.start, self.end, self.field or "", self.text)


def _sorted_evidence(values: Iterable[Evidence]) -> tuple[Evidence, ...]:
    return _sorted_records(values, Evidence)


@attrs.frozen(kw_only=True)
class Source:
    """An article, and what is known of where and when it was published.

    Examples:
        >>> s = Source.from_text("An article.", file="a.txt", published=PartialDate.from_iso("2025-05-23"))
        >>> s.id[:12], s.published.iso()
        ('3b6ae5cd8d79', '2025-05-23')
    """

    id: str = attrs.field(
        validator=_matches(_SHA256, "a sha256 hex digest"),
        metadata=doc(
            "sha256 of the article's UTF-8 bytes; for curated facts, of their reference URLs."
        ),
    )
    file: str | None = attrs.field(
        default=None,
        validator=_optional_text,
        metadata=doc("Base name of the article file, if any."),
    )
    url: str | None = attrs.field(
        default=None,
        validator=_optional_text,
        metadata=doc("Where the article was published, if known."),
    )
    title: str | None = attrs.field(
        default=None, validator=_optional_text, metadata=doc("Headline, if known.")
    )
    publisher: str | None = attrs.field(
        default=None, validator=_optional_text, metadata=doc("Outlet, if known.")
    )
    published: PartialDate | None = attrs.field(
        default=None,
        validator=_instance(PartialDate, optional=True),
        metadata=doc("Publication date at the precision known; None when unknown."),
    )
    published_basis: str | None = attrs.field(
        default=None,
        validator=_optional_text,
        metadata=doc(
            "How the publication date is known (metadata, dateline, inference); None when unknown."
        ),
    )
    language: str | None = attrs.field(
        default=None,
        validator=_optional_text,
        metadata=doc("BCP 47 language tag, if known."),
    )
    references: tuple[str, ...] = attrs.field(
        default=(),
        converter=_sorted_unique,
        validator=_each_text,
        metadata=doc(
            "Reference URLs of public reports behind the source (curated sources), sorted."
        ),
    )

    @classmethod
    def from_text(cls, text: str, **metadata: Any) -> Source:
        """A source whose id is the sha256 of *text* encoded as UTF-8."""
        return cls(id=text_id(text), **metadata)


def text_id(text: str) -> str:
    """The sha256 hex digest of *text* encoded as UTF-8 (surrogates escaped)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _due_or_within(
    inst: Deadline, attribute: attrs.Attribute[Any], within: Any
) -> None:
    if within is None and inst.due is None:
        raise _fail(
            inst,
            attribute,
            within,
            "and Deadline.due=None: a deadline needs a date or a duration",
        )


@attrs.frozen(kw_only=True)
class Deadline:
    """Something a directive requires by a date, or within a span with no stated start.

    Examples:
        >>> Deadline(within=IsoDuration.from_iso("P2M"), what="register").within.iso()
        'P2M'
    """

    due: PartialDate | None = attrs.field(
        default=None,
        validator=_instance(PartialDate, optional=True),
        metadata=doc("When it is due; None when only a duration is known."),
    )
    within: IsoDuration | None = attrs.field(
        default=None,
        validator=[_instance(IsoDuration, optional=True), _due_or_within],
        metadata=doc(
            "ISO 8601 duration the text gives (`P2M`); None when none is given."
        ),
    )
    what: str | None = attrs.field(
        default=None,
        validator=_optional_text,
        metadata=doc("What is due, in a few words."),
    )
    evidence: tuple[Evidence, ...] = attrs.field(
        default=(),
        converter=_sorted_evidence,
        validator=_each_instance(Evidence),
        metadata=doc("Spans that state the deadline."),
    )

    def sort_key(self) -> tuple[Any, ...]:
        """Due date (undated first), then duration, what, and evidence: a total order."""
        return (
            self.due.sort_key() if self.due is not None else (0, 0, 0, 0),
            self.within.iso() if self.within is not None else "",
            self.what or "",
            tuple(e.sort_key() for e in self.evidence),
        )


@attrs.frozen(kw_only=True)
class Outcome:
    """What became of a directive, as of a date.

    Examples:
        >>> Outcome(status="not_enforced", as_of=PartialDate.from_iso("2025-05-23")).status
        <OutcomeStatus.NOT_ENFORCED: 'not_enforced'>
    """

    status: OutcomeStatus = attrs.field(
        converter=_to_enum(OutcomeStatus),  # type: ignore[misc]
        validator=_in_vocab(OutcomeStatus),
        metadata=doc(
            "One of the outcome vocabulary (`complied`, `not_enforced`, `reversed`, ...)."
        ),
    )
    as_of: PartialDate | None = attrs.field(
        default=None,
        validator=_instance(PartialDate, optional=True),
        metadata=doc("Date the status was true; None when the text does not say."),
    )
    note: str | None = attrs.field(
        default=None,
        validator=_optional_text,
        metadata=doc("A short note on the outcome."),
    )
    evidence: tuple[Evidence, ...] = attrs.field(
        default=(),
        converter=_sorted_evidence,
        validator=_each_instance(Evidence),
        metadata=doc("Spans that state the outcome."),
    )

    def sort_key(self) -> tuple[Any, ...]:
        """Undated outcomes first, then by date (coarser before finer on ties).

        Status, note and evidence break the remaining ties, so the order is
        total and does not depend on the order the outcomes were given in.
        """
        return (
            0 if self.as_of is None else 1,
            self.as_of.sort_key() if self.as_of is not None else (0, 0, 0, 0),
            self.status.value,
            self.note or "",
            tuple(e.sort_key() for e in self.evidence),
        )


def _sorted_outcomes(values: Iterable[Outcome]) -> tuple[Outcome, ...]:
    return _sorted_records(values, Outcome)


def _sorted_deadlines(values: Iterable[Deadline]) -> tuple[Deadline, ...]:
    return _sorted_records(values, Deadline)


def directive_id(
    *,
    jurisdiction: str,
    action: str,
    platforms: Iterable[str],
    issued: PartialDate | None,
    issuer: str | None,
    scope: Iterable[str] = (),
) -> str:
    """A deterministic 16-hex-digit id from the facts that identify a directive.

    *scope* (source ids, for parsed records) keeps two articles' readings apart
    until the dataset build links them.

    Examples:
        >>> directive_id(jurisdiction="VN", action="block", platforms=["telegram"], issued=None, issuer=None)
        '6c306a49ccb7d48d'
    """
    key = "\x1f".join(
        [
            jurisdiction,
            str(action),
            ",".join(sorted(set(platforms))),
            issued.iso() if issued else "",
            (issuer or "").casefold(),
            ",".join(sorted(set(scope))),
        ]
    )
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@attrs.frozen(kw_only=True)
class Directive:
    """One government act aimed at online platforms, or at intermediaries about them.

    Examples:
        >>> d = Directive(
        ...     id="0123456789abcdef", jurisdiction="VN", issuer="Ministry of Information",
        ...     platforms=["telegram"], action="block", targets_intermediaries=True,
        ...     issued=PartialDate.from_iso("2025-05-21"),
        ... )
        >>> d.action, d.outcome
        (<Action.BLOCK: 'block'>, None)
    """

    id: str = attrs.field(
        validator=_matches(_DIRECTIVE_ID, "16 lowercase hex digits"),
        metadata=doc(
            "Deterministic id (16 hex digits) from the directive's identifying facts."
        ),
    )
    jurisdiction: str = attrs.field(
        validator=_matches(_CODE, "an ISO 3166-1 alpha-2 code (two capitals)"),
        metadata=doc("Code of the issuing jurisdiction (`VN`, `EU`)."),
    )
    issuer: str | None = attrs.field(
        default=None,
        validator=_optional_text,
        metadata=doc(
            "The issuing authority as the source names it; None when it names none."
        ),
    )
    platforms: tuple[str, ...] = attrs.field(
        default=(),
        converter=_sorted_unique,
        validator=_each_matches(_SLUG, "a lowercase platform slug"),
        metadata=doc(
            "Platform ids the directive is aimed at (services or classes), sorted."
        ),
    )
    targets_intermediaries: bool = attrs.field(
        default=False,
        validator=_bool,
        metadata=doc(
            "True when addressed to telecoms, ISPs or app stores rather than the platform itself."
        ),
    )
    action: Action = attrs.field(
        converter=_to_enum(Action),  # type: ignore[misc]
        validator=_in_vocab(Action),
        metadata=doc("What was ordered, from the action vocabulary."),
    )
    issued: PartialDate | None = attrs.field(
        default=None,
        validator=_instance(PartialDate, optional=True),
        metadata=doc(
            "When the directive was issued, at the precision known; None when unknown."
        ),
    )
    deadlines: tuple[Deadline, ...] = attrs.field(
        default=(),
        converter=_sorted_deadlines,
        validator=_each_instance(Deadline),
        metadata=doc("What the directive requires by when."),
    )
    outcomes: tuple[Outcome, ...] = attrs.field(
        default=(),
        converter=_sorted_outcomes,
        validator=_each_instance(Outcome),
        metadata=doc(
            "What became of it, as a dated series (undated first, then oldest to newest)."
        ),
    )
    source_ids: tuple[str, ...] = attrs.field(
        default=(),
        converter=_sorted_unique,
        validator=_each_matches(_SHA256, "a sha256 hex digest"),
        metadata=doc("Ids of every source that reports the directive."),
    )
    evidence: tuple[Evidence, ...] = attrs.field(
        default=(),
        converter=_sorted_evidence,
        validator=_each_instance(Evidence),
        metadata=doc("Spans supporting the directive's fields, each naming its field."),
    )
    provenance: Provenance = attrs.field(
        default=Provenance.PARSED,
        converter=_to_enum(Provenance),  # type: ignore[misc]
        validator=_in_vocab(Provenance),
        metadata=doc(
            "`parsed` from article text (evidence has offsets) or `curated` from public reports."
        ),
    )
    references: tuple[str, ...] = attrs.field(
        default=(),
        converter=_sorted_unique,
        validator=_each_text,
        metadata=doc("Reference URLs of public reports (curated records), sorted."),
    )

    @property
    def outcome(self) -> Outcome | None:
        """The latest outcome, or None when there is none."""
        return self.outcomes[-1] if self.outcomes else None


@attrs.frozen(kw_only=True)
class ParseResult:
    """What the parser found in one article.

    Examples:
        >>> r = ParseResult(source=Source.from_text("x"))
        >>> r.directives
        ()
    """

    source: Source = attrs.field(
        validator=_instance(Source), metadata=doc("The article parsed.")
    )
    directives: tuple[Directive, ...] = attrs.field(
        default=(),
        converter=_as_tuple,
        validator=_each_instance(Directive),
        metadata=doc("The directives found, in order of first mention."),
    )
    reference_date: PartialDate | None = attrs.field(
        default=None,
        validator=_instance(PartialDate, optional=True),
        metadata=doc(
            "The date relative expressions were resolved against; None when there was none."
        ),
    )
    reference_basis: str | None = attrs.field(
        default=None,
        validator=_optional_text,
        metadata=doc(
            "Why that date was used (metadata, dateline, a header date the text contradicts)."
        ),
    )
    warnings: tuple[str, ...] = attrs.field(
        default=(),
        converter=_as_tuple,
        validator=_each_text,
        metadata=doc(
            "Things the parser noticed but could not settle (conflicting dates, dropped facts)."
        ),
    )
