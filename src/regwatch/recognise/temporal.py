"""Temporal expressions: absolute, partial, relative and durations.

Dates are read, then resolved against the article's reference date (its
publication date), never against a clock. Resolution adds only what the
reference date licenses: "May 21" in an article of 23 May 2025 becomes
2025-05-21; with no reference date it stays ``XXXX-05-21``; "on Friday" with
no complete reference date is dropped rather than guessed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from enum import StrEnum

import attrs

from regwatch.dates import IsoDuration, PartialDate
from regwatch.recognise.anchors import Alternatives, WordTest, anchored

__all__ = ["Temporal", "TemporalKind", "find_temporals", "may_state_a_year"]

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty-eight": 48, "forty": 40,
    "sixty": 60, "ninety": 90, "seventy-two": 72, "twenty-four": 24,
}  # fmt: skip

# Full month names always count; abbreviations need a following day or year so
# that "Mar" or "Dec" inside words and the modal "may" are not dates.
_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH = (
    r"(?:"
    + _MONTH_NAMES
    + r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|"
    r"Sep\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89][0-9]{2}|20[0-9]{2})"
_NUM = r"(?:\d{1,4}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + ")"
_UNIT = r"(?:hour|day|week|month|year)s?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

# One alternation, each branch a named group; order matters: longer forms first.
# Every quantifier is bounded or anchored on a literal, so the scan stays linear.
_PATTERN = re.compile(
    rf"""
    (?P<iso>\b(?P<iso_y>{_YEAR})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>[0-3][0-9])\b)   # 2024-08-09
  | (?P<dotted>\b(?P<dot_d>[0-3][0-9])\.(?P<dot_m>0[1-9]|1[0-2])\.(?P<dot_y>{_YEAR})\b)  # 04.03.2022
  | (?P<mdy>\b(?P<mdy_m>{_MONTH})[ \u00a0](?P<mdy_d>{_DAY})\b(?:,?[ \u00a0](?P<mdy_y>{_YEAR})\b)?)  # May 21, 2025
  | (?P<dmy>\b(?P<dmy_d>{_DAY})[ \u00a0](?:of[ ])?(?P<dmy_m>{_MONTH})\b(?:,?[ \u00a0](?P<dmy_y>{_YEAR})\b)?)  # 21 May 2025
  | (?P<my>\b(?P<my_m>{_MONTH}),?[ \u00a0](?P<my_y>{_YEAR})\b)                         # September 2024
  | (?P<moy>\b(?:(?i:in|since|during|by|until|from|early|late|mid)[ ])?(?P<moy_m>{_MONTH_NAMES})
        [ ]of[ ](?P<moy_w>(?i:last|this|next))[ ]year\b)                                # March of last year
  | (?P<mo>\b(?P<mo_pre>(?i:in|since|during|by|until|from|early|mid|late|last|this|next|of|before|after))
        [ ](?:(?:early|mid|late|mid-)[ -]?)?(?P<mo_m>{_MONTH_NAMES})\b(?![ \u00a0]\d))  # in August, last November
  | (?P<yr>\b(?P<yr_pre>(?i:in|since|from|by|until|of|during|early|late|mid|before|after|throughout))[ ](?:early[ ]|late[ ]|mid-)?(?P<yr_y>{_YEAR})\b)  # in 2018
  | (?P<wdlw>\b(?P<wdlw_d>{_WEEKDAY})(?:[ ]of)?[ ]last[ ]week\b)                          # Thursday last week
  | (?P<wd>\b(?P<wd_d>{_WEEKDAY})\b)                                                   # Friday
  | (?P<rel>\b(?P<rel_w>(?i:last[ ]year|this[ ]year|next[ ]year|last[ ]month|this[ ]month|earlier[ ]this[ ]month|
        earlier[ ]this[ ]year|earlier[ ]this[ ]week|this[ ]week|last[ ]week|today|yesterday|tomorrow|
        the[ ]same[ ]day|that[ ]day|the[ ]following[ ]day|the[ ]next[ ]day|the[ ]previous[ ]day|a[ ]day[ ]earlier|
        the[ ]day[ ]before))\b)
  | (?P<ago>\b(?P<ago_n>(?i:{_NUM}))[ ](?P<ago_u>year|month|week|day)s?[ ]ago\b)              # two years ago
  | (?P<approx>\b(?P<approx_q>less[ ]than|about|nearly|almost|roughly|just[ ]over|more[ ]than)[ ]a[ ]month[ ](?P<approx_dir>after|before|since|later|earlier)\b)
  | (?P<dur>\b(?P<dur_n>{_NUM})[ -](?P<dur_u>{_UNIT})\b)                                 # 24 hours, seven-day
    """,
    re.VERBOSE,
)

# Every expression above holds a digit, a capitalised month or weekday, or one of these
# words. Where the caller has not split the text into words, one scan for them skips
# ranges with nothing to find before tokenising; with the words at hand, the anchored
# scan itself is cheaper than this scan.
_GATE = re.compile(  # digits spelt out: with a literal first in every branch, re skips to their first letters
    r"0|1|2|3|4|5|6|7|8|9|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|"
    r"year|month|week|day|hour|ago|today|yesterday|tomorrow|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twelve|fifteen|twenty|thirty|forty|sixty|ninety|seventy|less|about|nearly|almost|roughly|just|more|an?\s"
)
_CORE_WORDS = frozenset(
    [
        *_MONTHS,
        *_WEEKDAYS,
        *(w for w in _NUMBERS if len(w) > 2),  # noqa: PLR2004 - "a" and "an" are too common to anchor on
        "year",
        "years",
        "month",
        "months",
        "week",
        "weeks",
        "day",
        "days",
        "hour",
        "hours",
        "today",
        "yesterday",
        "tomorrow",
        "ago",
        "mid",
    ]
)


def _core(word: str) -> bool:
    """A word every temporal expression contains: a digit, a month, a weekday, a unit or a number word."""
    return word[0].isdigit() or word.lower() in _CORE_WORDS


_is_core = WordTest(_core)
# the scan tries the pattern only at words an expression can begin with
_SCAN = Alternatives([_PATTERN.pattern], _PATTERN.flags)


_HAS_YEAR = re.compile(_YEAR)


def may_state_a_year(text: str) -> bool:
    """False when no expression in *text* can be read with an explicit year.

    Every form that sets ``explicit_year`` (ISO, dotted, month-day-year,
    month-year, "in 2018") holds a four-digit year, so text with none needs
    no scan when only such dates count.
    """
    return _HAS_YEAR.search(text) is not None


DUE_DATE_BEFORE = (
    # the end of a window ("between May 1 and June 15") is its deadline
    r"\bbetween\s+[^;]{1,30}?\s+and\s+$"
    # a deadline moved: "pushed back to Sept. 25", "extended until March 1"
    r"|\b(?:pushed\s+back|extended|postponed|delayed|moved|put\s+off)\s+(?:\w+\s+)?(?:to|until)\s+$"
)
"""Words just before a date that make it a due date with no "by": one pattern for the
recogniser (the year of a bare month-day) and the assembler (which dates are deadlines)."""

_FUTURE_CUE = re.compile(
    r"\b(?:by|until|till|before|from|deadline|no[ ]later[ ]than|effective|take[ ]effect|takes[ ]effect|"
    r"(?:enters?|comes?)[ ]into[ ]force|"
    r"will|would|due|expires?|begin|begins|start|starts|scheduled|slated|next|to[ ]begin|within)"
    r"(?:\s+(?:on|at|in|from|the|midnight|of))*\W*$"
    r"|" + DUE_DATE_BEFORE,
    re.IGNORECASE,
)


class TemporalKind(StrEnum):
    """What a temporal expression is."""

    DATE = "date"
    DURATION = "duration"


@attrs.frozen(kw_only=True)
class Temporal:
    """A temporal expression found in text, resolved as far as the reference allows."""

    start: int
    end: int
    text: str
    kind: TemporalKind
    date: PartialDate | None = None
    duration: IsoDuration | None = None
    preposition: str | None = None
    explicit_year: bool = False


def _month(name: str) -> int:
    return _MONTHS[name.rstrip(".").lower()]


def _number(text: str) -> int:
    t = text.lower()
    return int(t) if t.isdigit() else _NUMBERS[t]


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    y, m = divmod(year * 12 + month - 1 + delta, 12)
    return y, m + 1


WEEKDAY_BEFORE = re.compile(rf"\b({_WEEKDAY}),?\s+$", re.IGNORECASE)
"""The weekday told just before a date ("Monday, Jan. 15"), in its first group: one
pattern for the recogniser (the year it fixes) and the assembler (where the date's
phrase starts)."""


def _weekday_year(
    month: int, day: int, ref: PartialDate | None, weekday: re.Match[str] | None
) -> PartialDate | None:
    """The year, next to the reference's, in which the day falls on the weekday told with it.

    None when no weekday is told, or when none or both neighbouring years fit.
    """
    if weekday is None or ref is None or ref.year is None:
        return None
    wanted = _WEEKDAYS[weekday.group(1).lower()]
    fits = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            if dt.date(y, month, day).weekday() == wanted:
                fits.append(y)
        except ValueError:
            continue
    return PartialDate(year=fits[0], month=month, day=day) if len(fits) == 1 else None


def _pick_year(
    month: int, day: int | None, ref: PartialDate | None, *, future: bool
) -> PartialDate:
    """The year for a month(-day) with none, from the reference date and the tense."""
    if ref is None or ref.year is None:
        return PartialDate(month=month, day=day)
    if ref.month is None:
        return PartialDate(year=ref.year, month=month, day=day)
    ref_first = ref.first_day() or dt.date(ref.year, 1, 1)
    ref_last = ref.last_day() or ref_first
    options = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        last = calendar.monthrange(y, month)[1]
        if day is not None and day > last:
            continue
        options.append(PartialDate(year=y, month=month, day=day))
    slack = dt.timedelta(days=3)
    if future:
        # a deadline up to three months gone ("had seven days from Aug. 28", told on
        # Sept. 5; "from Aug. 6", told on Oct. 8) is far likelier than one nine to
        # eleven months ahead
        recent = dt.timedelta(days=90)
        later = [
            o for o in options if (o.last_day() or ref_first) >= ref_first - recent
        ]
        return (
            min(later, key=lambda o: o.first_day() or ref_first)
            if later
            else options[-1]
        )
    earlier = [o for o in options if (o.first_day() or ref_last) <= ref_last + slack]
    return (
        max(earlier, key=lambda o: o.first_day() or ref_last) if earlier else options[0]
    )


def _weekday(
    index: int, ref: PartialDate | None, *, future: bool
) -> PartialDate | None:
    day = ref.to_date() if ref else None
    if day is None:
        return None
    if future:
        delta = (index - day.weekday()) % 7 or 7
        return PartialDate.from_date(day + dt.timedelta(days=delta))
    delta = (day.weekday() - index) % 7
    return PartialDate.from_date(day - dt.timedelta(days=delta))


def _relative(words: str, ref: PartialDate | None) -> PartialDate | None:  # noqa: C901, PLR0911
    w = " ".join(words.lower().split())
    if ref is None or ref.year is None:
        return None
    if w == "last year":
        return PartialDate(year=ref.year - 1)
    if w in {"this year", "earlier this year"}:
        return PartialDate(year=ref.year)
    if w == "next year":
        return PartialDate(year=ref.year + 1)
    if ref.month is None:
        return None
    if w == "last month":
        y, m = _shift_month(ref.year, ref.month, -1)
        return PartialDate(year=y, month=m)
    if w in {"this month", "earlier this month"}:
        return PartialDate(year=ref.year, month=ref.month)
    day = ref.to_date()
    if w in {"this week", "earlier this week", "last week"}:
        if day is None:
            return (
                PartialDate(year=ref.year, month=ref.month)
                if w != "last week"
                else None
            )
        monday = day - dt.timedelta(days=day.weekday() + (7 if w == "last week" else 0))
        sunday = monday + dt.timedelta(days=6)
        end = min(sunday, day)
        if monday.month == end.month:
            return PartialDate(year=monday.year, month=monday.month)
        return PartialDate(year=end.year) if monday.year == end.year else None
    if day is None:
        return None
    offsets = {"today": 0, "yesterday": -1, "tomorrow": 1}
    if w in offsets:
        return PartialDate.from_date(day + dt.timedelta(days=offsets[w]))
    return None  # "the same day" and the like are resolved against a nearer date by the assembler


# Small patterns for the words around a match, compiled once.
_NOT_DIGIT = re.compile(r"\D")
_YEARS_AGO = re.compile(r"\s+(\w+) years? ago")
_DATE_AFTER_WEEKDAY = re.compile(
    r",?\s+(?:" + _MONTH + r"\s+\d|\d{1,2}\s+" + _MONTH + ")"
)
_FUTURE_BEFORE_WEEKDAY = re.compile(
    r"\b(?:next|coming|will|would|begin|begins|starts?|slated|scheduled|due)\b[^.;,]{0,20}$"
)
_LAST_BEFORE = re.compile(r"\blast\s+$")
_THAT_YEAR = re.compile(r",?\s+(?:of\s+)?(?:that|the\s+same)\s+year\b", re.IGNORECASE)
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "will allow the calls from Thursday": "from" a weekday in a sentence told in the future
_FROM_IN_FUTURE = re.compile(
    r"\b(?:will|would|shall|is\s+to|are\s+to)\b[^.!?\n]*\bfrom\s+$", re.IGNORECASE
)


def _year_told(text: str, start: int, end: int) -> int | None:
    """The year of "Sept. 14 that year": the last year the text named before the date."""
    if not _THAT_YEAR.match(text, end):
        return None
    years = _A_YEAR.findall(text, max(0, start - 800), start)
    return int(years[-1]) if years else None


def _future(text: str, start: int) -> bool:
    return bool(_FUTURE_CUE.search(text[max(0, start - 40) : start]))


def _date_match(  # noqa: C901, PLR0911, PLR0912, PLR0915 - one branch per form of date
    m: re.Match[str], text: str, ref: PartialDate | None
) -> Temporal | None:
    kind = m.lastgroup
    start, end = m.start(kind or 0), m.end(kind or 0)

    def found(
        date: PartialDate,
        *,
        explicit_year: bool = False,
        preposition: str | None = None,
    ) -> Temporal:
        """A date expression spanning this match (and what it took in after it)."""
        return Temporal(
            start=start,
            end=end,
            text=text[start:end],
            kind=TemporalKind.DATE,
            date=date,
            explicit_year=explicit_year,
            preposition=preposition,
        )

    try:
        if kind == "iso":
            date = PartialDate(
                year=int(m["iso_y"]), month=int(m["iso_m"]), day=int(m["iso_d"])
            )
            return found(date, explicit_year=True)
        if kind == "dotted":
            date = PartialDate(
                year=int(m["dot_y"]), month=int(m["dot_m"]), day=int(m["dot_d"])
            )
            return found(date, explicit_year=True)
        if kind in {"mdy", "dmy"}:
            month = _month(m[f"{kind}_m"])
            day = int(_NOT_DIGIT.sub("", m[f"{kind}_d"]))
            year_text = m[f"{kind}_y"]
            if year_text:
                date = PartialDate(year=int(year_text), month=month, day=day)
            else:
                if m[f"{kind}_m"].lower() == "may" and kind == "dmy":
                    return None
                tail = text[end : end + 12].lower()
                date = _weekday_year(
                    month,
                    day,
                    ref,
                    WEEKDAY_BEFORE.search(text, max(0, start - 12), start),
                ) or _pick_year(
                    month,
                    day,
                    ref,
                    future=_future(text, start) or tail.startswith(" deadline"),
                )
                if tail.startswith((" last year", " next year")):
                    # "October 12 last year" is one date, not a day and a year apart
                    shift = -1 if tail.startswith(" last") else 1
                    date = (
                        PartialDate(year=ref.year + shift, month=month, day=day)
                        if ref and ref.year
                        else PartialDate(month=month, day=day)
                    )
                    end += len(" last year")
                    return found(date)
                if (told := _year_told(text, start, end)) is not None:
                    date = PartialDate(year=told, month=month, day=day)
            return found(date, explicit_year=bool(year_text))
        if kind == "my":
            date = PartialDate(year=int(m["my_y"]), month=_month(m["my_m"]))
            return found(date, explicit_year=True)
        if kind == "mo":
            pre = m["mo_pre"].lower()
            month = _month(m["mo_m"])
            tail = text[end : end + 30].lower()
            if ref and ref.year is not None and ref.month is not None and pre == "last":
                y = ref.year if month < ref.month else ref.year - 1
                date = PartialDate(year=y, month=month)
            elif ago := _YEARS_AGO.match(tail):
                n = _NUMBERS.get(ago[1], int(ago[1]) if ago[1].isdigit() else 0)
                date = (
                    PartialDate(year=ref.year - n, month=month)
                    if ref and ref.year and n
                    else PartialDate(month=month)
                )
                end += ago.end()
            elif tail.startswith(" last year") and ref and ref.year:
                date = PartialDate(year=ref.year - 1, month=month)
            else:
                date = _pick_year(
                    month,
                    None,
                    ref,
                    future=_future(text, start)
                    or pre in {"next", "by", "until", "from"},
                )
            return Temporal(
                start=start,
                end=end,
                text=text[start:end],
                kind=TemporalKind.DATE,
                date=date,
                preposition=pre,
            )
        if kind == "yr":
            date = PartialDate(year=int(m["yr_y"]))
            return found(date, preposition=m["yr_pre"].lower(), explicit_year=True)
        if kind == "moy":
            if ref is None or ref.year is None:
                return None
            shift = {"last": -1, "this": 0, "next": 1}[m["moy_w"].lower()]
            return found(PartialDate(year=ref.year + shift, month=_month(m["moy_m"])))
        if kind == "wdlw":
            # "Thursday last week": that weekday in the calendar week before the reference's
            today = ref.to_date() if ref else None
            if today is None:
                return None
            monday = today - dt.timedelta(days=today.weekday() + 7)
            index = _WEEKDAYS[m["wdlw_d"].lower()]
            return found(PartialDate.from_date(monday + dt.timedelta(days=index)))
        if kind == "wd":
            # "Monday, April 16": the explicit date that follows wins (it is matched separately).
            if _DATE_AFTER_WEEKDAY.match(text[end : end + 20]):
                return None
            lead = text[max(0, start - 30) : start].lower()
            # weekdays are past unless the verb or a word says otherwise ("by Monday afternoon ... was still")
            fut = bool(
                _FUTURE_BEFORE_WEEKDAY.search(lead)
                or _FROM_IN_FUTURE.search(text, max(0, start - 200), start)
            )
            if _LAST_BEFORE.search(lead):
                fut = False
            on_day = _weekday(_WEEKDAYS[m["wd_d"].lower()], ref, future=fut)
            if on_day is None:
                return None
            return found(on_day)
        if kind == "rel":
            relative = _relative(m["rel_w"], ref)
            if relative is None:
                return None
            return found(relative)
        if kind == "ago":
            n, unit = _number(m["ago_n"]), m["ago_u"].lower()
            if ref is None or ref.year is None:
                return None
            if unit == "year":
                date = PartialDate(year=ref.year - n)
            elif unit == "month" and ref.month is not None:
                y, mo = _shift_month(ref.year, ref.month, -n)
                date = PartialDate(year=y, month=mo)
            else:
                return None
            return found(date)
        if kind == "approx":
            if ref is None or ref.year is None or ref.month is None:
                return None
            direction = m["approx_dir"].lower()
            sign = -1 if direction in {"after", "since", "later"} else 1
            y, mo = _shift_month(ref.year, ref.month, sign)
            return found(PartialDate(year=y, month=mo))
        if kind == "dur":
            n, unit = _number(m["dur_n"]), m["dur_u"].lower().rstrip("s")
            if n <= 0 or n > 10000:  # noqa: PLR2004
                return None
            duration = IsoDuration(**{f"{unit}s": n})
            return Temporal(
                start=start,
                end=end,
                text=m[0],
                kind=TemporalKind.DURATION,
                duration=duration,
            )
    except (ValueError, KeyError, OverflowError):
        return None
    return None


def find_temporals(
    text: str,
    *,
    reference: PartialDate | None,
    start: int = 0,
    end: int | None = None,
    words: list[tuple[int, str]] | None = None,
) -> list[Temporal]:
    """Every temporal expression in ``text[start:end]``, resolved against *reference*.

    Offsets are into *text*. Expressions that cannot be resolved without
    inventing precision (a weekday with no complete reference date) are left out.

    Examples:
        >>> ref = PartialDate.from_iso("2025-05-23")
        >>> [t.date.iso() for t in find_temporals("dated May 21, due by June 2, as of Friday", reference=ref)]
        ['2025-05-21', '2025-06-02', '2025-05-23']
    """
    out: list[Temporal] = []
    stop = len(text) if end is None else end
    if words is None and not _GATE.search(text, start, stop):
        return out  # no digit, month, weekday or time word: nothing to find or tokenise
    for m in anchored(_SCAN, text, start, stop, _is_core, back=3, words=words):
        t = _date_match(m, text, reference)
        if t is not None and (not out or t.start >= out[-1].end):
            out.append(t)
    return out
