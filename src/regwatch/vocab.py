"""The fixed vocabularies of regwatch.

Each value is the contract string that appears in JSON, Parquet and the CLI
(``Action.DEVICE_BAN == "device_ban"``); changing one is a breaking change.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "Action",
    "DatePrecision",
    "JurisdictionKind",
    "OutcomeStatus",
    "PlatformKind",
    "Provenance",
]


class Action(StrEnum):
    """What a directive orders to be done to platforms.

    Examples:
        >>> Action("device_ban").name
        'DEVICE_BAN'
    """

    BLOCK = "block"
    """Make a platform unreachable in the jurisdiction (including app-store removal)."""
    THROTTLE = "throttle"
    """Slow a platform down without blocking it."""
    DEVICE_BAN = "device_ban"
    """Ban its use on official or government devices."""
    DATA_REQUEST = "data_request"
    """Demand user data, keys or records from the platform."""
    COOPERATION_REQUEST = "cooperation_request"
    """Urge or request cooperation short of a binding order."""
    REGISTRATION = "registration"
    """Require registration, a licence, a local office or a local representative."""
    CONTENT_REMOVAL = "content_removal"
    """Order content or accounts removed."""
    FINE = "fine"
    """Impose a fine or other monetary penalty."""
    PROSECUTION = "prosecution"
    """Charge, arrest or detain a platform's staff or owners."""
    LEGISLATION = "legislation"
    """A law or regulation aimed at platforms, adopted or in preparation."""
    UNBLOCK = "unblock"
    """Lift an earlier block."""
    OTHER = "other"
    """Any other government act aimed at platforms."""


class OutcomeStatus(StrEnum):
    """What became of a directive, as of a date."""

    COMPLIED = "complied"
    """The platform or intermediary did what was ordered."""
    PARTIALLY_COMPLIED = "partially_complied"
    """It did part of what was ordered."""
    REFUSED = "refused"
    """It refused."""
    ENFORCED = "enforced"
    """The authority carried the order out (a block took effect)."""
    NOT_ENFORCED = "not_enforced"
    """The order had no visible effect (the platform stayed reachable)."""
    REVERSED = "reversed"
    """The order was lifted, suspended or overturned."""
    PENDING = "pending"
    """Still open: a deadline has not passed, talks go on."""
    UNKNOWN = "unknown"
    """The source says nothing about what happened."""


class PlatformKind(StrEnum):
    """Whether a platform id names one product or a class of them."""

    SERVICE = "service"
    """A named product (``telegram``, ``x``)."""
    CLASS = "class"
    """A group of products (``social-media``, ``messaging``)."""


class JurisdictionKind(StrEnum):
    """Whether a jurisdiction is a country or a body above countries."""

    COUNTRY = "country"
    """An ISO 3166-1 country or territory."""
    SUPRANATIONAL = "supranational"
    """A body above countries (``EU``, ``UN``)."""


class DatePrecision(StrEnum):
    """How much of a partial date is known.

    The dated precisions come finest first (``DAY``, ``MONTH``, ``YEAR``), then
    the year-less ones: ``MONTH_DAY`` is a day and month without a year
    (``XXXX-06-02``), ``MONTH_ONLY`` a month alone (``XXXX-06``).
    """

    DAY = "day"
    """Year, month and day are known."""
    MONTH = "month"
    """Year and month are known."""
    YEAR = "year"
    """Only the year is known."""
    MONTH_DAY = "month_day"
    """Month and day are known, the year is not."""
    MONTH_ONLY = "month_only"
    """Only the month is known."""


class Provenance(StrEnum):
    """How a record entered regwatch."""

    PARSED = "parsed"
    """Extracted by the parser from an article; evidence carries offsets."""
    CURATED = "curated"
    """Entered by hand from public reports; evidence is reference URLs."""
