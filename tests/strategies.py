"""Testing strategies for Hypothesis-based tests.

Hypothesis cannot infer valid records from our function validators, so every
record gets a strategy here that only builds valid values. Other parts append
their own sections at the end, each under a clearly marked heading.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import string

from hypothesis import settings
from hypothesis import strategies as st

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
from regwatch.vocab import (
    Action,
    JurisdictionKind,
    OutcomeStatus,
    PlatformKind,
    Provenance,
)

# -- foundation: settings (#2) -----------------------------------------------


def examples(share: float) -> settings:
    """Settings that run *share* of the active profile's examples (at least 10).

    For properties that are cheap to satisfy but costly to draw, so the ``ci``
    profile's 1,000 examples go to the round trips that need them.
    """
    return settings(max_examples=max(10, int(settings.default.max_examples * share)))


# -- foundation: identifiers and text (#2) -----------------------------------

sha256_ids = st.binary(max_size=32).map(lambda b: hashlib.sha256(b).hexdigest())
"""Source ids: sha256 hex digests."""

directive_ids = st.text(alphabet="0123456789abcdef", min_size=16, max_size=16)
"""Directive ids: 16 lowercase hex digits."""

codes = st.text(alphabet=string.ascii_uppercase, min_size=2, max_size=2)
"""Jurisdiction codes: two capitals (not checked against ISO 3166)."""

KNOWN_SLUGS = ("telegram", "x", "tiktok", "google-play", "social-media", "app-store")

slugs = st.sampled_from(KNOWN_SLUGS) | st.text(
    alphabet=string.ascii_lowercase + string.digits, min_size=1, max_size=6
)
"""Platform ids: lowercase slugs such as ``google-play`` (cheap to draw)."""

texts = st.text(min_size=1, max_size=16).filter(str.strip)
"""Non-empty text (not only whitespace), for names, notes and the like."""

optional_texts = st.none() | texts
"""Text or None, for optional descriptive fields."""

urls = st.builds(
    "https://{}.example/{}".format, slugs, st.integers(min_value=0, max_value=999)
)
"""Reference URLs."""

file_names = st.builds("{}.txt".format, slugs)
"""Article base names."""

EVIDENCE_FIELDS = (
    "jurisdiction",
    "issuer",
    "platforms",
    "action",
    "issued",
    "due",
    "within",
    "status",
)

# -- foundation: dates and durations (#2) ------------------------------------

_years = st.integers(min_value=1, max_value=9999)
_months = st.integers(min_value=1, max_value=12)


def partial_dates() -> st.SearchStrategy[PartialDate]:
    """Partial dates at every precision, including year-less and month-only ones."""
    complete = st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)).map(
        PartialDate.from_date
    )
    # 2000 is a leap year, so every month-day that exists in some year occurs.
    month_day = st.dates(dt.date(2000, 1, 1), dt.date(2000, 12, 31)).map(
        lambda d: PartialDate(month=d.month, day=d.day)
    )
    return st.one_of(
        complete,
        st.builds(PartialDate, year=_years, month=_months),
        st.builds(PartialDate, year=_years),
        month_day,
        st.builds(PartialDate, month=_months),
    )


_DURATION_UNITS = ("years", "months", "weeks", "days", "hours", "minutes")


def iso_durations(*, max_value: int = 10_000) -> st.SearchStrategy[IsoDuration]:
    """ISO 8601 durations, zero included; each part in ``0..max_value``.

    Most real durations have one or two parts, so draw a few units, not six.
    """
    return st.dictionaries(
        st.sampled_from(_DURATION_UNITS),
        st.integers(min_value=0, max_value=max_value),
        max_size=len(_DURATION_UNITS),
    ).map(lambda parts: IsoDuration(**parts))


# -- foundation: records (#2) ------------------------------------------------


jurisdictions = st.builds(
    Jurisdiction, code=codes, name=texts, kind=st.sampled_from(JurisdictionKind)
)
"""Jurisdictions."""

platforms = st.builds(
    Platform,
    id=slugs,
    name=texts,
    kind=st.sampled_from(PlatformKind),
    operator=optional_texts,
    category=st.none() | slugs,
)
"""Platforms."""


@st.composite
def articles(draw: st.DrawFn, *, max_size: int = 80) -> tuple[str, str]:
    """An article text and its source id (the sha256 of its UTF-8 bytes)."""
    text = draw(st.text(max_size=max_size))
    return text, hashlib.sha256(text.encode("utf-8")).hexdigest()


@st.composite
def evidences(
    draw: st.DrawFn, *, text: str | None = None, source_id: str | None = None
) -> Evidence:
    """A span whose text is exactly ``text[start:end]`` of some article.

    Args:
        draw: Hypothesis's draw function.
        text: The article to point into; a random one when omitted.
        source_id: The id to cite; a random sha256 when omitted.
    """
    article = draw(st.text(max_size=24)) if text is None else text
    start = draw(st.integers(min_value=0, max_value=len(article)))
    end = draw(st.integers(min_value=start, max_value=len(article)))
    return Evidence(
        source_id=draw(sha256_ids) if source_id is None else source_id,
        start=start,
        end=end,
        text=article[start:end],
        field=draw(st.none() | st.sampled_from(EVIDENCE_FIELDS) | texts),
    )


def _evidence_lists(max_size: int = 2) -> st.SearchStrategy[list[Evidence]]:
    return st.lists(evidences(), max_size=max_size)


sources = st.builds(
    Source,
    id=sha256_ids,
    file=st.none() | file_names,
    url=st.none() | urls,
    title=optional_texts,
    publisher=optional_texts,
    published=st.none() | partial_dates(),
    published_basis=optional_texts,
    language=st.none() | st.sampled_from(["en", "vi", "pt-BR", "ru"]),
    references=st.lists(urls, max_size=3),
)
"""Sources, with every optional field sometimes missing."""


@st.composite
def deadlines(draw: st.DrawFn) -> Deadline:
    """Deadlines with a due date, a duration, or both (never neither)."""
    due = draw(st.none() | partial_dates())
    within = draw(iso_durations() if due is None else st.none() | iso_durations())
    return Deadline(
        due=due,
        within=within,
        what=draw(optional_texts),
        evidence=draw(_evidence_lists()),
    )


outcomes = st.builds(
    Outcome,
    status=st.sampled_from(OutcomeStatus),
    as_of=st.none() | partial_dates(),
    note=optional_texts,
    evidence=_evidence_lists(),
)
"""Outcomes, dated or not."""


directives = st.builds(
    Directive,
    id=directive_ids,
    jurisdiction=codes,
    issuer=optional_texts,
    platforms=st.lists(slugs, max_size=4),
    targets_intermediaries=st.booleans(),
    action=st.sampled_from(Action),
    issued=st.none() | partial_dates(),
    deadlines=st.lists(deadlines(), max_size=2),
    outcomes=st.lists(outcomes, max_size=3),
    source_ids=st.lists(sha256_ids, max_size=2),
    evidence=_evidence_lists(3),
    provenance=st.sampled_from(Provenance),
    references=st.lists(urls, max_size=2),
)
"""Directives; list fields are given unsorted, as a parser would build them."""

parse_results = st.builds(
    ParseResult,
    source=sources,
    directives=st.lists(directives, max_size=2),
    reference_date=st.none() | partial_dates(),
    reference_basis=optional_texts,
    warnings=st.lists(texts, max_size=2),
)
"""Parse results, as ``regwatch parse`` would print them."""


# -- dataset: collections of records for the Parquet tables (#4) -------------

unique_directives = st.lists(directives, max_size=4, unique_by=lambda d: d.id)
"""Directives with distinct ids, as one dataset holds them."""

unique_sources = st.lists(sources, max_size=4, unique_by=lambda s: s.id)
"""Sources with distinct ids."""


# -- robustness: article-like text for the parser's properties (#7) ----------

_ARTICLE_TOKENS = (
    # words the recognisers look for, written for these tests
    "Telegram", "TikTok", "X", "WhatsApp", "VPN", "social media platforms", "app stores",
    "Vietnam", "Brazil", "Russia", "the European Union", "Nepal", "Vietnamese", "Kremlin",
    "the Ministry of Information and Communications", "Roskomnadzor", "the court", "regulators",
    "ordered", "to block", "banned", "on official devices", "fined", "charged", "arrested",
    "asked", "to remove", "register", "a local office", "lifted", "unblocked", "throttled",
    "remained accessible", "complied", "refused", "will provide data to authorities",
    "within 24 hours", "by June 2", "on May 21, 2025", "2024-09", "last week", "on Friday",
    "Sept.", "U.S.", "Mr.", "K.P.", "(", ")", '"', "'", "“", "”", ",", ";", ":", ".", "!", "?",
    "\n", "\n\n", "\r\n", " ", "\t", "\u00a0", "\u200b", "-", "|", "•", "Share", "Latest Stories",
)  # fmt: skip


def article_texts(*, max_tokens: int = 60) -> st.SearchStrategy[str]:
    """Text built from words and punctuation the parser reacts to, with random text between.

    Plain ``st.text()`` rarely spells "ordered Telegram to block"; these do, in
    every order and with any noise, so the parser's later stages are reached.
    """
    token = st.sampled_from(_ARTICLE_TOKENS) | st.text(max_size=4)
    return st.lists(token, max_size=max_tokens).map(" ".join)


# -- linking: records drawn from small pools, so that many of them link (#6) --

_LINK_DATES = tuple(
    PartialDate.from_iso(t)
    for t in (
        "2024",
        "2024-08",
        "2024-08-24",
        "2024-08-25",
        "2024-09",
        "2025",
        "2025-08-24",
        "XXXX-08",
        "XXXX-08-24",
        "XXXX-02-29",
    )
)
_LINK_ISSUERS = (
    "prosecutors",
    "Paris prosecutor's office",
    "French authorities",
    "MIC",
    "Ministry of Information and Communications",
    "Roskomnadzor",
    "Moscow court",
)
_LINK_PLATFORMS = ("telegram", "x", "tiktok", "social-media", "messaging", "shop-app")
_LINK_SOURCES = tuple(hashlib.sha256(bytes([i])).hexdigest() for i in range(6))

linkable_directives = st.builds(
    Directive,
    id=directive_ids,
    jurisdiction=st.sampled_from(("FR", "VN")),
    issuer=st.none() | st.sampled_from(_LINK_ISSUERS),
    platforms=st.lists(st.sampled_from(_LINK_PLATFORMS), max_size=3),
    action=st.sampled_from((Action.BLOCK, Action.PROSECUTION)),
    issued=st.none() | st.sampled_from(_LINK_DATES),
    source_ids=st.lists(st.sampled_from(_LINK_SOURCES), min_size=1, max_size=2),
    provenance=st.sampled_from(Provenance),
)
"""Directives of two jurisdictions, two actions and a few platforms, dates, issuers
and sources, so that records link, conflict and tie often."""
