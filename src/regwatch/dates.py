"""Partial dates and ISO 8601 durations, as values.

News gives dates at every precision: "2018", "September 2024", "May 21" with no
year. :class:`PartialDate` keeps exactly what is known and never invents the
rest; its ISO form follows TIMEX3 (``XXXX-06-02`` when the year is unknown).
:class:`IsoDuration` holds spans such as "within 24 hours" (``PT24H``) or "two
months" (``P2M``). Reading dates out of prose is the temporal recogniser's job;
this module only parses and prints the ISO forms.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any

import attrs

from regwatch._doc import doc
from regwatch.errors import InputError
from regwatch.vocab import DatePrecision

__all__ = ["IsoDuration", "PartialDate"]

# ASCII digits only: `\d` would also accept Arabic-Indic or full-width digits,
# which int() reads, so "٢٠٢٥" would become 2025 and print back differently.
_ISO_DATE = re.compile(
    r"""
    (?P<year>[0-9]{4}|XXXX)       # a year, or XXXX when it is unknown
    (?:-(?P<month>[0-9]{2})       # an optional month
       (?:-(?P<day>[0-9]{2}))?    # and, only after a month, an optional day
    )?
    """,
    re.VERBOSE,
)

_ISO_DURATION = re.compile(
    r"""
    P(?!$)                        # P, and something after it
    (?:(?P<years>[0-9]+)Y)?
    (?:(?P<months>[0-9]+)M)?
    (?:(?P<weeks>[0-9]+)W)?
    (?:(?P<days>[0-9]+)D)?
    (?:T(?=[0-9])                 # a time part needs at least one number
       (?:(?P<hours>[0-9]+)H)?
       (?:(?P<minutes>[0-9]+)M)?
    )?
    """,
    re.VERBOSE,
)

_MAX_YEAR = 9999
_MONTHS = 12
_LEAP_YEAR = 2000  # a year in which every month-day exists, for year-less checks


def _is_int(value: object) -> bool:
    """True for ints, but not bools (``True`` is an ``int`` to Python)."""
    return isinstance(value, int) and not isinstance(value, bool)


def _check_year(_inst: PartialDate, _attribute: attrs.Attribute[Any], y: Any) -> None:
    if y is None:
        return
    if not _is_int(y):
        raise InputError(f"PartialDate.year={y!r} is not an integer or None")
    if not 1 <= y <= _MAX_YEAR:
        raise InputError(f"PartialDate.year={y!r} is outside 1..{_MAX_YEAR}")


def _check_month(inst: PartialDate, _attribute: attrs.Attribute[Any], m: Any) -> None:
    if m is None:
        if inst.year is None and inst.day is None:
            raise InputError(
                "PartialDate.year=None and PartialDate.month=None: "
                "a partial date needs at least a year or a month"
            )
        return
    if not _is_int(m):
        raise InputError(f"PartialDate.month={m!r} is not an integer or None")
    if not 1 <= m <= _MONTHS:
        raise InputError(f"PartialDate.month={m!r} is outside 1..{_MONTHS}")


def _check_day(inst: PartialDate, _attribute: attrs.Attribute[Any], d: Any) -> None:
    if d is None:
        return
    if not _is_int(d):
        raise InputError(f"PartialDate.day={d!r} is not an integer or None")
    if inst.month is None:
        raise InputError(f"PartialDate.day={d!r} is given without a month")
    y, m = inst.year, inst.month
    last = calendar.monthrange(_LEAP_YEAR if y is None else y, m)[1]
    if not 1 <= d <= last:
        month = f"{'XXXX' if y is None else f'{y:04d}'}-{m:02d}"
        raise InputError(f"PartialDate.day={d!r} is not a day of {month}")


@attrs.frozen(kw_only=True, order=False)
class PartialDate:
    """A calendar date of which the year, month or day may be unknown.

    Examples:
        >>> PartialDate.from_iso("2024-09").precision
        <DatePrecision.MONTH: 'month'>
        >>> PartialDate(month=6, day=2).iso()
        'XXXX-06-02'
        >>> PartialDate(month=6, day=2).with_year(2025).iso()
        '2025-06-02'
    """

    year: int | None = attrs.field(
        default=None,
        validator=_check_year,
        metadata=doc("Year 1-9999, or None when the text does not give it."),
    )
    month: int | None = attrs.field(
        default=None,
        validator=_check_month,
        metadata=doc("Month 1-12, or None when unknown (then the year is known)."),
    )
    day: int | None = attrs.field(
        default=None,
        validator=_check_day,
        metadata=doc("Day of the month, or None when unknown; only with a month."),
    )

    @classmethod
    def from_iso(cls, text: str) -> PartialDate:
        """Read ``2025-05-21``, ``2024-09``, ``2018``, ``XXXX-06-02`` or ``XXXX-06``.

        Raises:
            InputError: naming the text, when it is not one of those forms or
                not a possible date (``2025-02-30``).
        """
        m = _ISO_DATE.fullmatch(text.strip()) if isinstance(text, str) else None
        if m is None:
            raise InputError(
                f"{text!r} is not an ISO partial date (2025-05-21, 2024-09, 2018, XXXX-06-02)"
            )
        year = None if m["year"] == "XXXX" else int(m["year"])
        month = int(m["month"]) if m["month"] else None
        day = int(m["day"]) if m["day"] else None
        try:
            return cls(year=year, month=month, day=day)
        except InputError as e:
            raise InputError(f"{text!r} is not a possible date: {e}") from None

    @classmethod
    def from_date(cls, value: dt.date) -> PartialDate:
        """Wrap a complete :class:`datetime.date`."""
        return cls(year=value.year, month=value.month, day=value.day)

    def iso(self) -> str:
        """The ISO 8601 / TIMEX3 form, with ``XXXX`` for an unknown year."""
        out = "XXXX" if self.year is None else f"{self.year:04d}"
        if self.month is not None:
            out += f"-{self.month:02d}"
            if self.day is not None:
                out += f"-{self.day:02d}"
        return out

    def __str__(self) -> str:
        return self.iso()

    @property
    def precision(self) -> DatePrecision:
        """How much of the date is known."""
        if self.year is None:
            return (
                DatePrecision.MONTH_ONLY
                if self.day is None
                else DatePrecision.MONTH_DAY
            )
        if self.month is None:
            return DatePrecision.YEAR
        return DatePrecision.MONTH if self.day is None else DatePrecision.DAY

    @property
    def is_complete(self) -> bool:
        """True when year, month and day are all known."""
        return self.precision is DatePrecision.DAY

    def to_date(self) -> dt.date | None:
        """The :class:`datetime.date`, only when the date is complete."""
        if self.year is None or self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)

    def first_day(self) -> dt.date | None:
        """The first day of the period the date names, or None without a year."""
        if self.year is None:
            return None
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date | None:
        """The last day of the period the date names, or None without a year."""
        if self.year is None:
            return None
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return dt.date(self.year, month, day)

    def with_year(self, year: int) -> PartialDate:
        """The same month and day in *year*."""
        return attrs.evolve(self, year=year)

    def sort_key(self) -> tuple[int, int, int, int]:
        """Order dates by the first day they name; coarser before finer on ties."""
        return (self.year or 0, self.month or 0, self.day or 0, 0)

    def overlaps(self, other: PartialDate) -> bool:
        """True when the two dates could name the same day.

        Examples:
            >>> PartialDate.from_iso("2024-08").overlaps(PartialDate.from_iso("2024-08-24"))
            True
            >>> PartialDate.from_iso("2024").overlaps(PartialDate.from_iso("2025-01"))
            False
            >>> PartialDate.from_iso("XXXX-02-29").overlaps(PartialDate.from_iso("2025"))
            False
        """
        pairs = (
            (self.year, other.year),
            (self.month, other.month),
            (self.day, other.day),
        )
        if not all(a is None or b is None or a == b for a, b in pairs):
            return False
        # Parts can agree and still name no day together: XXXX-02-29 and 2025.
        year = self.year if self.year is not None else other.year
        month = self.month if self.month is not None else other.month
        day = self.day if self.day is not None else other.day
        if year is None or month is None or day is None:
            return True
        return day <= calendar.monthrange(year, month)[1]


def _check_count(inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not _is_int(value) or value < 0:
        raise InputError(
            f"{type(inst).__name__}.{attribute.name}={value!r} is not an integer >= 0"
        )


@attrs.frozen(kw_only=True)
class IsoDuration:
    """An ISO 8601 duration such as ``P2M`` (two months) or ``PT24H``.

    Examples:
        >>> IsoDuration.from_iso("P2M").add_to(PartialDate.from_iso("2024-10-09")).iso()
        '2024-12-09'
        >>> IsoDuration.from_iso("PT24H").add_to(PartialDate.from_iso("2016-03-18")).iso()
        '2016-03-19'
    """

    years: int = attrs.field(
        default=0, validator=_check_count, metadata=doc("Whole years, >= 0.")
    )
    months: int = attrs.field(
        default=0, validator=_check_count, metadata=doc("Whole months, >= 0.")
    )
    weeks: int = attrs.field(
        default=0, validator=_check_count, metadata=doc("Whole weeks, >= 0.")
    )
    days: int = attrs.field(
        default=0, validator=_check_count, metadata=doc("Whole days, >= 0.")
    )
    hours: int = attrs.field(
        default=0, validator=_check_count, metadata=doc("Whole hours, >= 0.")
    )
    minutes: int = attrs.field(
        default=0, validator=_check_count, metadata=doc("Whole minutes, >= 0.")
    )

    @classmethod
    def from_iso(cls, text: str) -> IsoDuration:
        """Read an ISO 8601 duration (``P2M``, ``P1Y6M``, ``PT24H``, ``P3W``).

        Raises:
            InputError: naming the text, when it is not such a duration.
        """
        m = (
            _ISO_DURATION.fullmatch(text.strip().upper())
            if isinstance(text, str)
            else None
        )
        if m is None or not any(m.groupdict().values()):
            raise InputError(
                f"{text!r} is not an ISO 8601 duration (P2M, PT24H, P1Y6M)"
            )
        return cls(**{k: int(v) for k, v in m.groupdict().items() if v})

    def iso(self) -> str:
        """The ISO 8601 form; a zero duration is ``PT0M``."""
        date_part = "".join(
            f"{n}{unit}"
            for n, unit in (
                (self.years, "Y"),
                (self.months, "M"),
                (self.weeks, "W"),
                (self.days, "D"),
            )
            if n
        )
        time_part = "".join(
            f"{n}{unit}" for n, unit in ((self.hours, "H"), (self.minutes, "M")) if n
        )
        if not date_part and not time_part:
            return "PT0M"
        return "P" + date_part + (f"T{time_part}" if time_part else "")

    def __str__(self) -> str:
        return self.iso()

    def add_to(self, start: PartialDate) -> PartialDate | None:  # noqa: PLR0911
        """The date this long after *start*, at no finer precision than either.

        Hours and minutes round up to whole days ("within 36 hours" of March 18
        is due by March 20). Returns None where the result would need precision
        *start* does not have (days added to a month, anything added without a year).
        """
        whole_days = (
            self.weeks * 7
            + self.days
            + -(-(self.hours * 60 + self.minutes) // (24 * 60))
        )
        if start.year is None:
            return None
        if start.month is None:
            year = start.year + self.years
            if self.months or whole_days or year > _MAX_YEAR:
                return None
            return PartialDate(year=year)
        month_index = (
            start.year * 12 + (start.month - 1) + self.years * 12 + self.months
        )
        year, month = divmod(month_index, 12)
        month += 1
        if year > _MAX_YEAR:
            return None
        if start.day is None:
            return None if whole_days else PartialDate(year=year, month=month)
        day = min(start.day, calendar.monthrange(year, month)[1])
        try:
            end = dt.date(year, month, day) + dt.timedelta(days=whole_days)
        except OverflowError:
            return None
        if end.year > _MAX_YEAR:
            return None
        return PartialDate.from_date(end)
