"""Cases for the model, partial dates and durations (#2).

Each table holds frozen cases grouped by why they exist; the tests turn each
case into one ``pytest.param`` with the case's id.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from regwatch.dates import IsoDuration, PartialDate
from regwatch.model import (
    Deadline,
    Directive,
    Evidence,
    Jurisdiction,
    Outcome,
    ParseResult,
    Platform,
    Source,
)
from regwatch.vocab import DatePrecision

SHA = "ab" * 32
"""A valid source id."""


@attrs.frozen
class IsoCase:
    """An ISO partial date and the parts it stands for."""

    id: str
    text: str
    year: int | None
    month: int | None
    day: int | None
    precision: DatePrecision


ISO_FORMS = [
    IsoCase("day", "2025-05-21", 2025, 5, 21, DatePrecision.DAY),
    IsoCase("month", "2024-09", 2024, 9, None, DatePrecision.MONTH),
    IsoCase("year", "2018", 2018, None, None, DatePrecision.YEAR),
    IsoCase("month-day", "XXXX-06-02", None, 6, 2, DatePrecision.MONTH_DAY),
    IsoCase("month-only", "XXXX-06", None, 6, None, DatePrecision.MONTH_ONLY),
    IsoCase("leap-day", "2024-02-29", 2024, 2, 29, DatePrecision.DAY),
    IsoCase("leap-day-400", "2000-02-29", 2000, 2, 29, DatePrecision.DAY),
    IsoCase("year-less-leap-day", "XXXX-02-29", None, 2, 29, DatePrecision.MONTH_DAY),
    IsoCase("first-year", "0001-01-01", 1, 1, 1, DatePrecision.DAY),
    IsoCase("last-year", "9999-12-31", 9999, 12, 31, DatePrecision.DAY),
]


@attrs.frozen
class RejectCase:
    """Text that must not parse, and the exact message."""

    id: str
    text: Any
    message: str


ISO_REJECTS = [
    RejectCase(
        "impossible-day",
        "2025-02-30",
        "'2025-02-30' is not a possible date: PartialDate.day=30 is not a day of 2025-02",
    ),
    RejectCase(
        "not-a-leap-year",
        "2023-02-29",
        "'2023-02-29' is not a possible date: PartialDate.day=29 is not a day of 2023-02",
    ),
    RejectCase(
        "century-not-leap",
        "1900-02-29",
        "'1900-02-29' is not a possible date: PartialDate.day=29 is not a day of 1900-02",
    ),
    RejectCase(
        "month-13",
        "2025-13",
        "'2025-13' is not a possible date: PartialDate.month=13 is outside 1..12",
    ),
    RejectCase(
        "day-zero",
        "2025-01-00",
        "'2025-01-00' is not a possible date: PartialDate.day=0 is not a day of 2025-01",
    ),
    RejectCase(
        "month-zero",
        "2025-00-01",
        "'2025-00-01' is not a possible date: PartialDate.month=0 is outside 1..12",
    ),
    RejectCase(
        "year-zero",
        "0000",
        "'0000' is not a possible date: PartialDate.year=0 is outside 1..9999",
    ),
    RejectCase(
        "two-digit-year",
        "25-01-01",
        "'25-01-01' is not an ISO partial date (2025-05-21, 2024-09, 2018, XXXX-06-02)",
    ),
    RejectCase(
        "empty",
        "",
        "'' is not an ISO partial date (2025-05-21, 2024-09, 2018, XXXX-06-02)",
    ),
    RejectCase(
        "nothing-known",
        "XXXX",
        "'XXXX' is not a possible date: PartialDate.year=None and "
        "PartialDate.month=None: a partial date needs at least a year or a month",
    ),
    RejectCase(
        "day-without-month",
        "2025--21",
        "'2025--21' is not an ISO partial date (2025-05-21, 2024-09, 2018, XXXX-06-02)",
    ),
    RejectCase(
        "slashes",
        "2025/05/21",
        "'2025/05/21' is not an ISO partial date (2025-05-21, 2024-09, 2018, XXXX-06-02)",
    ),
    RejectCase(
        "arabic-indic-digits",
        "\u0662\u0660\u0662\u0665",
        "'\u0662\u0660\u0662\u0665' is not an ISO partial date "
        "(2025-05-21, 2024-09, 2018, XXXX-06-02)",
    ),
    RejectCase(
        "year-less-impossible-day",
        "XXXX-04-31",
        "'XXXX-04-31' is not a possible date: PartialDate.day=31 is not a day of XXXX-04",
    ),
    RejectCase(
        "not-text",
        20250521,
        "20250521 is not an ISO partial date (2025-05-21, 2024-09, 2018, XXXX-06-02)",
    ),
]


@attrs.frozen
class PeriodCase:
    """A partial date and the first and last day of the period it names."""

    id: str
    text: str
    first: str | None
    last: str | None


PERIODS = [
    PeriodCase("day", "2025-05-21", "2025-05-21", "2025-05-21"),
    PeriodCase("month", "2024-09", "2024-09-01", "2024-09-30"),
    PeriodCase("leap-february", "2024-02", "2024-02-01", "2024-02-29"),
    PeriodCase("plain-february", "2023-02", "2023-02-01", "2023-02-28"),
    PeriodCase("year", "2018", "2018-01-01", "2018-12-31"),
    PeriodCase("year-less", "XXXX-06-02", None, None),
    PeriodCase("month-only", "XXXX-06", None, None),
]


@attrs.frozen
class OverlapCase:
    """Two partial dates, and whether they could name the same day."""

    id: str
    a: str
    b: str
    expect: bool


OVERLAPS = [
    OverlapCase("month-holds-day", "2024-08", "2024-08-24", True),
    OverlapCase("year-holds-month", "2018", "2018-04", True),
    OverlapCase("other-year", "2024", "2025-01", False),
    OverlapCase("other-day", "2024-08-23", "2024-08-24", False),
    OverlapCase("year-less-matches", "XXXX-06-02", "2025-06-02", True),
    OverlapCase("year-less-other-day", "XXXX-06-02", "2025-06-03", False),
    OverlapCase("month-only-and-year", "XXXX-06", "2025", True),
    OverlapCase("leap-day-in-plain-year", "XXXX-02-29", "2025", False),
    OverlapCase("leap-day-in-leap-year", "XXXX-02-29", "2024", True),
    OverlapCase("same", "2024-09", "2024-09", True),
]


@attrs.frozen
class AddCase:
    """A duration added to a start date, and the date it gives (None: unknown)."""

    id: str
    duration: str
    start: str
    expect: str | None


ADDITIONS = [
    AddCase("two-months", "P2M", "2024-10-09", "2024-12-09"),
    AddCase("one-day-of-hours", "PT24H", "2016-03-18", "2016-03-19"),
    AddCase("hours-round-up", "PT36H", "2016-03-18", "2016-03-20"),
    AddCase("minutes-round-up", "PT1M", "2016-03-18", "2016-03-19"),
    AddCase("month-end-clamps-leap", "P1M", "2024-01-31", "2024-02-29"),
    AddCase("month-end-clamps-plain", "P1M", "2023-01-31", "2023-02-28"),
    AddCase("across-year", "P3M", "2024-11-15", "2025-02-15"),
    AddCase("weeks", "P2W", "2024-12-25", "2025-01-08"),
    AddCase("years-from-leap-day", "P1Y", "2024-02-29", "2025-02-28"),
    AddCase("month-start-months", "P2M", "2024-11", "2025-01"),
    AddCase("month-start-days", "P10D", "2024-11", None),
    AddCase("year-start-years", "P1Y", "2024", "2025"),
    AddCase("year-start-months", "P6M", "2024", None),
    AddCase("year-less-start", "P2M", "XXXX-06-02", None),
    AddCase("month-only-start", "P1D", "XXXX-06", None),
    AddCase("past-year-9999", "P1Y", "9999-06-01", None),
    AddCase("year-start-past-9999", "P1Y", "9999", None),
    AddCase("zero", "PT0M", "2024-02-29", "2024-02-29"),
]


@attrs.frozen
class DurationCase:
    """An ISO 8601 duration and its canonical form."""

    id: str
    text: str
    iso: str
    parts: dict[str, int]


DURATIONS = [
    DurationCase("months", "P2M", "P2M", {"months": 2}),
    DurationCase("hours", "PT24H", "PT24H", {"hours": 24}),
    DurationCase("minutes", "PT30M", "PT30M", {"minutes": 30}),
    DurationCase("mixed", "P1Y6M", "P1Y6M", {"years": 1, "months": 6}),
    DurationCase("weeks", "P3W", "P3W", {"weeks": 3}),
    DurationCase(
        "everything",
        "P1Y2M3W4DT5H6M",
        "P1Y2M3W4DT5H6M",
        {"years": 1, "months": 2, "weeks": 3, "days": 4, "hours": 5, "minutes": 6},
    ),
    DurationCase("lower-case", "p2m", "P2M", {"months": 2}),
    DurationCase("zero-days", "P0D", "PT0M", {}),
]

DURATION_REJECTS = [
    RejectCase("bare-p", "P", "'P' is not an ISO 8601 duration (P2M, PT24H, P1Y6M)"),
    RejectCase("bare-t", "PT", "'PT' is not an ISO 8601 duration (P2M, PT24H, P1Y6M)"),
    RejectCase("no-p", "2M", "'2M' is not an ISO 8601 duration (P2M, PT24H, P1Y6M)"),
    RejectCase(
        "hours-without-t",
        "P24H",
        "'P24H' is not an ISO 8601 duration (P2M, PT24H, P1Y6M)",
    ),
    RejectCase(
        "fraction", "P1.5D", "'P1.5D' is not an ISO 8601 duration (P2M, PT24H, P1Y6M)"
    ),
    RejectCase(
        "negative", "-P1D", "'-P1D' is not an ISO 8601 duration (P2M, PT24H, P1Y6M)"
    ),
    RejectCase(
        "seconds", "PT30S", "'PT30S' is not an ISO 8601 duration (P2M, PT24H, P1Y6M)"
    ),
    RejectCase(
        "wrong-order",
        "P1D2M",
        "'P1D2M' is not an ISO 8601 duration (P2M, PT24H, P1Y6M)",
    ),
    RejectCase("empty", "", "'' is not an ISO 8601 duration (P2M, PT24H, P1Y6M)"),
    RejectCase(
        "full-width-digit",
        "P\uff12M",
        "'P\uff12M' is not an ISO 8601 duration (P2M, PT24H, P1Y6M)",
    ),
]


# -- valid records, to spoil one field at a time -----------------------------


def valid_evidence() -> Evidence:
    """A span of eight characters."""
    return Evidence(source_id=SHA, start=4, end=12, text="Telegram", field="platforms")


def valid_jurisdiction() -> Jurisdiction:
    """A country."""
    return Jurisdiction(code="VN", name="Viet Nam", kind="country")


def valid_platform() -> Platform:
    """A named service."""
    return Platform(id="telegram", name="Telegram", kind="service")


def valid_source() -> Source:
    """A dated article."""
    return Source(id=SHA, file="a.txt", published=PartialDate.from_iso("2025-05-23"))


def valid_deadline() -> Deadline:
    """A dated deadline."""
    return Deadline(due=PartialDate.from_iso("2025-06-02"), what="report back")


def valid_outcome() -> Outcome:
    """A dated outcome."""
    return Outcome(status="pending", as_of=PartialDate.from_iso("2025-05-23"))


def valid_directive() -> Directive:
    """A block order."""
    return Directive(
        id="0123456789abcdef",
        jurisdiction="VN",
        platforms=["telegram"],
        action="block",
        issued=PartialDate.from_iso("2025-05-21"),
    )


def valid_result() -> ParseResult:
    """An article with nothing found."""
    return ParseResult(source=valid_source())


def valid_duration() -> IsoDuration:
    """Two months."""
    return IsoDuration(months=2)


def valid_date() -> PartialDate:
    """A complete date."""
    return PartialDate(year=2025, month=5, day=21)


@attrs.frozen
class BadValueCase:
    """A valid record, one field set to a bad value, and the exact message."""

    id: str
    make: Callable[[], Any]
    field: str
    value: Any
    message: str


_ACTIONS = (
    "block, throttle, device_ban, data_request, cooperation_request, registration, "
    "content_removal, fine, prosecution, legislation, unblock, other"
)
_STATUSES = (
    "complied, partially_complied, refused, enforced, not_enforced, reversed, "
    "pending, unknown"
)

BAD_VALUES = [
    # codes, slugs and hex ids
    BadValueCase(
        "code-lowercase",
        valid_jurisdiction,
        "code",
        "vn",
        "Jurisdiction.code='vn' is not an ISO 3166-1 alpha-2 code (two capitals)",
    ),
    BadValueCase(
        "code-three-letters",
        valid_jurisdiction,
        "code",
        "VNM",
        "Jurisdiction.code='VNM' is not an ISO 3166-1 alpha-2 code (two capitals)",
    ),
    BadValueCase(
        "code-trailing-newline",
        valid_jurisdiction,
        "code",
        "VN\n",
        "Jurisdiction.code='VN\\n' is not an ISO 3166-1 alpha-2 code (two capitals)",
    ),
    BadValueCase(
        "directive-code",
        valid_directive,
        "jurisdiction",
        "Vietnam",
        "Directive.jurisdiction='Vietnam' is not an ISO 3166-1 alpha-2 code (two capitals)",
    ),
    BadValueCase(
        "slug-capitals",
        valid_platform,
        "id",
        "Telegram",
        "Platform.id='Telegram' is not a lowercase slug (telegram, google-play)",
    ),
    BadValueCase(
        "slug-space",
        valid_platform,
        "id",
        "google play",
        "Platform.id='google play' is not a lowercase slug (telegram, google-play)",
    ),
    BadValueCase(
        "slug-double-hyphen",
        valid_platform,
        "id",
        "google--play",
        "Platform.id='google--play' is not a lowercase slug (telegram, google-play)",
    ),
    BadValueCase(
        "category-slug",
        valid_platform,
        "category",
        "Social Media",
        "Platform.category='Social Media' is not a lowercase slug",
    ),
    BadValueCase(
        "directive-platform-slug",
        valid_directive,
        "platforms",
        ["X"],
        "Directive.platforms=('X',) holds 'X', which is not a lowercase platform slug",
    ),
    BadValueCase(
        "platforms-as-text",
        valid_directive,
        "platforms",
        "telegram",
        "Directive.platforms='telegram' is not a sequence; each item must be a lowercase platform slug",
    ),
    BadValueCase(
        "directive-id-short",
        valid_directive,
        "id",
        "0123",
        "Directive.id='0123' is not 16 lowercase hex digits",
    ),
    BadValueCase(
        "directive-id-upper",
        valid_directive,
        "id",
        "0123456789ABCDEF",
        "Directive.id='0123456789ABCDEF' is not 16 lowercase hex digits",
    ),
    BadValueCase(
        "source-id",
        valid_source,
        "id",
        "xyz",
        "Source.id='xyz' is not a sha256 hex digest",
    ),
    BadValueCase(
        "evidence-source-id",
        valid_evidence,
        "source_id",
        "AB" * 32,
        f"Evidence.source_id='{'AB' * 32}' is not a sha256 hex digest",
    ),
    BadValueCase(
        "directive-source-ids",
        valid_directive,
        "source_ids",
        ["nope"],
        "Directive.source_ids=('nope',) holds 'nope', which is not a sha256 hex digest",
    ),
    # evidence offsets and text
    BadValueCase(
        "end-before-start",
        valid_evidence,
        "end",
        3,
        "Evidence.end=3 is before Evidence.start=4",
    ),
    BadValueCase(
        "negative-start",
        valid_evidence,
        "start",
        -1,
        "Evidence.start=-1 must be an integer >= 0",
    ),
    BadValueCase(
        "text-too-short",
        valid_evidence,
        "text",
        "Telegra",
        "Evidence.text='Telegra' has 7 characters, but Evidence.start=4 and Evidence.end=12 span 8",
    ),
    BadValueCase(
        "text-not-str", valid_evidence, "text", None, "Evidence.text=None is not a str"
    ),
    BadValueCase(
        "bool-offset",
        valid_evidence,
        "start",
        True,
        "Evidence.start=True must be an integer >= 0",
    ),
    BadValueCase(
        "float-offset",
        valid_evidence,
        "end",
        12.0,
        "Evidence.end=12.0 must be an integer >= 0",
    ),
    BadValueCase(
        "empty-field",
        valid_evidence,
        "field",
        " ",
        "Evidence.field=' ' must be non-empty text or None",
    ),
    # deadlines
    BadValueCase(
        "deadline-neither",
        valid_deadline,
        "due",
        None,
        "Deadline.within=None and Deadline.due=None: a deadline needs a date or a duration",
    ),
    BadValueCase(
        "deadline-due-text",
        valid_deadline,
        "due",
        "2025-06-02",
        "Deadline.due='2025-06-02' is not a PartialDate or None",
    ),
    BadValueCase(
        "deadline-within-text",
        valid_deadline,
        "within",
        "P2M",
        "Deadline.within='P2M' is not an IsoDuration or None",
    ),
    BadValueCase(
        "deadline-evidence-dict",
        valid_deadline,
        "evidence",
        [{"start": 0}],
        "Deadline.evidence=({'start': 0},) holds {'start': 0}, which is not an Evidence",
    ),
    # vocabularies
    BadValueCase(
        "unknown-action",
        valid_directive,
        "action",
        "ban",
        f"Directive.action='ban' is not one of: {_ACTIONS}",
    ),
    BadValueCase(
        "action-wrong-case",
        valid_directive,
        "action",
        "BLOCK",
        f"Directive.action='BLOCK' is not one of: {_ACTIONS}",
    ),
    BadValueCase(
        "unknown-status",
        valid_outcome,
        "status",
        "done",
        f"Outcome.status='done' is not one of: {_STATUSES}",
    ),
    BadValueCase(
        "unknown-platform-kind",
        valid_platform,
        "kind",
        "app",
        "Platform.kind='app' is not one of: service, class",
    ),
    BadValueCase(
        "unknown-jurisdiction-kind",
        valid_jurisdiction,
        "kind",
        "state",
        "Jurisdiction.kind='state' is not one of: country, supranational",
    ),
    BadValueCase(
        "unknown-provenance",
        valid_directive,
        "provenance",
        "guessed",
        "Directive.provenance='guessed' is not one of: parsed, curated",
    ),
    BadValueCase(
        "unhashable-action",
        valid_directive,
        "action",
        ["block"],
        f"Directive.action=['block'] is not one of: {_ACTIONS}",
    ),
    # bools and ints
    BadValueCase(
        "int-for-bool",
        valid_directive,
        "targets_intermediaries",
        1,
        "Directive.targets_intermediaries=1 is not True or False",
    ),
    BadValueCase(
        "text-for-bool",
        valid_directive,
        "targets_intermediaries",
        "false",
        "Directive.targets_intermediaries='false' is not True or False",
    ),
    BadValueCase(
        "bool-duration",
        valid_duration,
        "days",
        True,
        "IsoDuration.days=True is not an integer >= 0",
    ),
    BadValueCase(
        "negative-duration",
        valid_duration,
        "months",
        -2,
        "IsoDuration.months=-2 is not an integer >= 0",
    ),
    BadValueCase(
        "float-duration",
        valid_duration,
        "hours",
        1.5,
        "IsoDuration.hours=1.5 is not an integer >= 0",
    ),
    BadValueCase(
        "text-duration",
        valid_duration,
        "weeks",
        "1",
        "IsoDuration.weeks='1' is not an integer >= 0",
    ),
    BadValueCase(
        "bool-year",
        valid_date,
        "year",
        True,
        "PartialDate.year=True is not an integer or None",
    ),
    BadValueCase(
        "text-month",
        valid_date,
        "month",
        "05",
        "PartialDate.month='05' is not an integer or None",
    ),
    BadValueCase(
        "day-without-month",
        valid_date,
        "month",
        None,
        "PartialDate.day=21 is given without a month",
    ),
    BadValueCase(
        "impossible-day",
        valid_date,
        "day",
        32,
        "PartialDate.day=32 is not a day of 2025-05",
    ),
    # required and optional text
    BadValueCase(
        "name-none",
        valid_jurisdiction,
        "name",
        None,
        "Jurisdiction.name=None must be non-empty text",
    ),
    BadValueCase(
        "name-blank",
        valid_platform,
        "name",
        "  ",
        "Platform.name='  ' must be non-empty text",
    ),
    BadValueCase(
        "issuer-empty",
        valid_directive,
        "issuer",
        "",
        "Directive.issuer='' must be non-empty text or None",
    ),
    BadValueCase(
        "references-as-text",
        valid_source,
        "references",
        "https://a.example",
        "Source.references='https://a.example' is not a sequence of non-empty texts",
    ),
    BadValueCase(
        "warnings-empty-item",
        valid_result,
        "warnings",
        [""],
        "ParseResult.warnings=('',) holds '', which is not non-empty text",
    ),
    # nested records
    BadValueCase(
        "published-text",
        valid_source,
        "published",
        "2025-05-23",
        "Source.published='2025-05-23' is not a PartialDate or None",
    ),
    BadValueCase(
        "result-source-none",
        valid_result,
        "source",
        None,
        "ParseResult.source=None is not a Source",
    ),
    BadValueCase(
        "outcomes-not-records",
        valid_directive,
        "outcomes",
        ["pending"],
        "Directive.outcomes=('pending',) holds 'pending', which is not an Outcome",
    ),
    BadValueCase(
        "deadlines-not-iterable",
        valid_directive,
        "deadlines",
        5,
        "Directive.deadlines=5 is not a sequence of Deadline records",
    ),
]
