"""Partial dates and ISO 8601 durations (regwatch.dates)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cases.foundation_cases import (
    ADDITIONS,
    DURATION_REJECTS,
    DURATIONS,
    ISO_FORMS,
    ISO_REJECTS,
    OVERLAPS,
    PERIODS,
    AddCase,
    DurationCase,
    IsoCase,
    OverlapCase,
    PeriodCase,
    RejectCase,
)
from regwatch.dates import IsoDuration, PartialDate
from regwatch.errors import InputError
from regwatch.vocab import DatePrecision
from strategies import iso_durations, partial_dates


def _iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in ISO_FORMS])
def test_from_iso_reads_every_form(case: IsoCase) -> None:
    """from_iso() reads each ISO/TIMEX form into the parts it names."""
    date = PartialDate.from_iso(case.text)

    assert (case.year, case.month, case.day) == (date.year, date.month, date.day)
    assert case.precision == date.precision


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in ISO_FORMS])
def test_iso_prints_the_form_read(case: IsoCase) -> None:
    """iso() prints exactly the text from_iso() read."""
    date = PartialDate(year=case.year, month=case.month, day=case.day)

    assert case.text == date.iso()
    assert case.text == str(date)


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in ISO_REJECTS])
def test_from_iso_rejects_with_the_value(case: RejectCase) -> None:
    """from_iso() refuses what is not a possible partial date, quoting the text."""
    with pytest.raises(InputError) as excinfo:
        PartialDate.from_iso(case.text)

    assert case.message == str(excinfo.value)


def test_rejection_is_a_value_error() -> None:
    """A bad date is an InputError, which callers may also catch as ValueError."""
    with pytest.raises(ValueError, match="2025-02-30"):
        PartialDate.from_iso("2025-02-30")


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in PERIODS])
def test_first_and_last_day(case: PeriodCase) -> None:
    """first_day()/last_day() bound the period a date names; None without a year."""
    date = PartialDate.from_iso(case.text)

    assert (case.first, case.last) == (_iso(date.first_day()), _iso(date.last_day()))


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in OVERLAPS])
def test_overlaps(case: OverlapCase) -> None:
    """overlaps() is true exactly when two dates could name the same day."""
    a, b = PartialDate.from_iso(case.a), PartialDate.from_iso(case.b)

    assert case.expect == a.overlaps(b)
    assert case.expect == b.overlaps(a)


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        pytest.param("2025-05-21", dt.date(2025, 5, 21), id="complete"),
        pytest.param("2025-05", None, id="month"),
        pytest.param("XXXX-05-21", None, id="year-less"),
    ],
)
def test_to_date_only_when_complete(text: str, expect: dt.date | None) -> None:
    """to_date() gives a datetime.date only for a complete date."""
    date = PartialDate.from_iso(text)

    assert expect == date.to_date()
    assert (expect is not None) == date.is_complete


def test_with_year_fills_the_year() -> None:
    """with_year() anchors a year-less date in a year."""
    assert "2025-06-02" == PartialDate.from_iso("XXXX-06-02").with_year(2025).iso()


def test_with_year_refuses_a_leap_day_in_a_plain_year() -> None:
    """with_year() does not turn February 29 into a day that does not exist."""
    with pytest.raises(InputError) as excinfo:
        PartialDate.from_iso("XXXX-02-29").with_year(2025)

    assert "PartialDate.day=29 is not a day of 2025-02" == str(excinfo.value)


@pytest.mark.parametrize(
    ("texts", "expect"),
    [
        pytest.param(
            ["2024-09-10", "2024", "2024-09", "XXXX-06-02", "2023-12-31"],
            ["XXXX-06-02", "2023-12-31", "2024", "2024-09", "2024-09-10"],
            id="coarser-first-on-ties",
        ),
    ],
)
def test_sort_key(texts: list[str], expect: list[str]) -> None:
    """sort_key() orders by the first day named, year-less first, coarser first."""
    dates = sorted((PartialDate.from_iso(t) for t in texts), key=PartialDate.sort_key)

    assert expect == [d.iso() for d in dates]


@given(partial_dates())
def test_iso_round_trip(date: PartialDate) -> None:
    """from_iso(d.iso()) == d for every partial date."""
    assert date == PartialDate.from_iso(date.iso())


@given(partial_dates())
def test_first_day_is_not_after_last_day(date: PartialDate) -> None:
    """A dated period starts no later than it ends, and both overlap the date."""
    first, last = date.first_day(), date.last_day()

    assert (first is None) == (date.year is None)
    if first is not None and last is not None:
        assert first <= last
        assert date.overlaps(PartialDate.from_date(first))
        assert date.overlaps(PartialDate.from_date(last))


@given(partial_dates())
def test_precision_matches_the_known_parts(date: PartialDate) -> None:
    """The precision names exactly the parts that are known."""
    known = {
        DatePrecision.DAY: (True, True, True),
        DatePrecision.MONTH: (True, True, False),
        DatePrecision.YEAR: (True, False, False),
        DatePrecision.MONTH_DAY: (False, True, True),
        DatePrecision.MONTH_ONLY: (False, True, False),
    }

    assert known[date.precision] == tuple(
        part is not None for part in (date.year, date.month, date.day)
    )


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in DURATIONS])
def test_duration_from_iso(case: DurationCase) -> None:
    """IsoDuration.from_iso() reads the parts and prints the canonical form."""
    duration = IsoDuration.from_iso(case.text)

    assert IsoDuration(**case.parts) == duration
    assert case.iso == duration.iso()


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in DURATION_REJECTS])
def test_duration_rejects(case: RejectCase) -> None:
    """IsoDuration.from_iso() refuses what is not a duration we read, quoting it."""
    with pytest.raises(InputError) as excinfo:
        IsoDuration.from_iso(case.text)

    assert case.message == str(excinfo.value)


@given(iso_durations())
def test_duration_round_trip(duration: IsoDuration) -> None:
    """IsoDuration.from_iso(x.iso()) == x for every duration."""
    assert duration == IsoDuration.from_iso(duration.iso())


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in ADDITIONS])
def test_add_to(case: AddCase) -> None:
    """add_to() gives the date a duration after a start, never more precise."""
    end = IsoDuration.from_iso(case.duration).add_to(PartialDate.from_iso(case.start))

    assert case.expect == (None if end is None else end.iso())


@given(
    st.dates(dt.date(1, 1, 1), dt.date(9000, 12, 31)),
    iso_durations(max_value=500),
)
def test_add_to_never_goes_back(start: dt.date, duration: IsoDuration) -> None:
    """Adding a duration to a complete date gives a complete date no earlier."""
    end = duration.add_to(PartialDate.from_date(start))

    assert end is not None
    assert end.is_complete
    assert start <= (end.to_date() or dt.date.min)


@given(partial_dates(), iso_durations(max_value=500))
def test_add_to_never_gains_precision(
    start: PartialDate, duration: IsoDuration
) -> None:
    """The result of add_to() is at most as precise as its start."""
    end = duration.add_to(start)
    order = [DatePrecision.YEAR, DatePrecision.MONTH, DatePrecision.DAY]

    if end is not None:
        assert order.index(end.precision) <= order.index(start.precision)
