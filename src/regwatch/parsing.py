"""The parser's one orchestrator: text in, :class:`~regwatch.model.ParseResult` out.

Stages (DESIGN.md): clean, segment, recognise, assemble. Each is a pure
function; this module wires them and guarantees that no ``str`` makes
:func:`parse_text` raise: an internal failure is logged and yields fewer facts.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from pathlib import Path

from regwatch import articles
from regwatch.assemble import assemble
from regwatch.clean import Block, clean
from regwatch.dates import PartialDate
from regwatch.jsonio import SourceMetadata
from regwatch.model import ParseResult, Source
from regwatch.recognise.temporal import find_temporals, may_state_a_year
from regwatch.segment import segment

__all__ = ["parse", "parse_file", "parse_text"]

log = logging.getLogger("regwatch")


def parse_text(
    text: str,
    *,
    source: Source | None = None,
    published: PartialDate | None = None,
) -> ParseResult:
    """Find the directives in one article.

    Args:
        text: The article, exactly as read (offsets point into it).
        source: What is known of the article; built from *text* when omitted.
        published: Publication date, when *source* is omitted or has none.

    Returns:
        The source and the directives found; never raises on any ``str``.

    Examples:
        >>> from regwatch import PartialDate
        >>> text = "Turkey's regulator blocked Discord on Wednesday, officials said."
        >>> r = parse_text(text, published=PartialDate.from_iso("2026-02-06"))
        >>> [(d.jurisdiction, d.action.value, d.platforms, d.issued.iso()) for d in r.directives]
        [('TR', 'block', ('discord',), '2026-02-04')]
    """
    if source is None:
        source = Source.from_text(
            text, published=published, published_basis="given" if published else None
        )
    try:
        blocks = clean(text)
        header = _header_date(text, blocks)
        reference, basis, warnings = _reference(text, blocks, source, header)
        sentences = segment(text, blocks)
        directives = assemble(
            text,
            sentences,
            source_id=source.id,
            reference=reference,
            ignore=header[1:] if header else None,
        )
    except Exception:  # the parser never raises on a str: log and return fewer facts
        log.exception(
            "regwatch: parsing %s failed; no directives returned",
            source.file or source.id[:12],
        )
        return ParseResult(
            source=source,
            warnings=("internal error while parsing; no directives returned",),
        )
    return ParseResult(
        source=source,
        directives=directives,
        reference_date=reference,
        reference_basis=basis,
        warnings=warnings,
    )


_HEADER_HINT = re.compile(
    r"^\W*(?:date|published|posted\s+on|updated:?)\b", re.IGNORECASE
)
_DATELINE = re.compile(r"^[A-Z][A-Za-z .'\-]{2,30},\s*(?:[A-Z][a-z]{2,8}\.?,?\s*)?$")
# words beside a date in a short first paragraph that make it a sentence, not a date line
_WORDS = 5
_HEADER_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_PAST = re.compile(
    r"\b(?:has|have|had)\s+(?:held|met|been|\w+ed)\b|\bheld\b|\bmet\b", re.IGNORECASE
)


def _header_date(text: str, blocks: list[Block]) -> tuple[PartialDate, int, int] | None:
    """A date the page states about itself near its top: a date line or a dateline."""
    for block in blocks[:5]:
        head = text[block.start : min(block.end, block.start + 90)]
        if not may_state_a_year(head):
            continue  # only a date with its year written can be the page's own
        for t in find_temporals(head, reference=None):
            if t.date is None or t.date.year is None or not t.explicit_year:
                continue
            rest = (head[: t.start] + head[t.end :]).strip()
            # "Nauru blocked Facebook in 2015." is a sentence, not a date line
            sentence = rest.endswith((".", "!", "?")) and len(rest.split()) >= _WORDS
            short = len(rest) < 60 and not sentence  # noqa: PLR2004
            if short or _HEADER_HINT.match(head) or _DATELINE.match(head[: t.start]):
                return t.date, block.start + t.start, block.start + t.end
    return None


def _swapped(date: PartialDate) -> PartialDate | None:
    """The same ISO date read as year-day-month, when that is a date too."""
    if (
        date.day is None
        or date.month is None
        or date.day > 12  # noqa: PLR2004 - a day that cannot be a month
        or date.day == date.month
    ):
        return None
    try:
        return PartialDate(year=date.year, month=date.day, day=date.month)
    except ValueError:
        return None


def _contradicted(
    text: str, blocks: list[Block], header: PartialDate
) -> PartialDate | None:
    """A date the text reports in the past tense that falls after *header*, if any."""
    first = header.to_date()
    if first is None:
        return None
    for block in blocks:
        for t in find_temporals(
            text, reference=header, start=block.start, end=block.end
        ):
            if (
                t.date is None
                or t.explicit_year
                or t.date.month is None
                or t.date.day is None
            ):
                continue
            try:  # read the month-day in the header's own year: that is what the header claims
                day = t.date.with_year(first.year).to_date()
            except ValueError:
                continue
            lo = max(block.start, t.start - 120)
            if (
                day is not None
                and day > first + dt.timedelta(days=3)
                and _PAST.search(text, lo, t.start)
            ):
                return t.date.with_year(first.year)
    return None


def _reference(
    text: str,
    blocks: list[Block],
    source: Source,
    header: tuple[PartialDate, int, int] | None,
) -> tuple[PartialDate | None, str | None, tuple[str, ...]]:
    """The date relative expressions resolve against, why, and any conflict noticed."""
    warnings: list[str] = []
    if source.published is not None:
        basis = source.published_basis or "publication date given with the source"
        if header is not None and not header[0].overlaps(source.published):
            warnings.append(
                f"the page's own date {header[0].iso()} (characters {header[1]}-{header[2]}) contradicts the "
                f"publication date {source.published.iso()}; relative dates were resolved against "
                f"{source.published.iso()} ({basis})"
            )
        return source.published, basis, tuple(warnings)
    if header is None:
        return None, None, ()
    date, start, end = header
    later = _contradicted(text, blocks, date)
    if later is not None:
        swapped = _swapped(date)
        if swapped is not None and (swapped.to_date() or dt.date.min) >= (
            later.to_date() or dt.date.max
        ):
            warnings.append(
                f"the page's date {date.iso()} (characters {start}-{end}) is contradicted by {later.iso()}, "
                f"which the text reports in the past tense; read it as year-day-month: {swapped.iso()}"
            )
            return (
                swapped,
                f"the page's date line read as year-day-month ({text[start:end]})",
                tuple(warnings),
            )
        warnings.append(
            f"the page's date {date.iso()} is contradicted by {later.iso()}, reported in the past tense"
        )
    return date, f"date line in the text ({text[start:end]})", tuple(warnings)


def parse(
    text: str,
    *,
    source: Source | None = None,
    published: PartialDate | None = None,
) -> ParseResult:
    """Find the directives in one news article: ``regwatch.parse`` is :func:`parse_text`.

    Args:
        text: The article, exactly as read; evidence offsets point into it.
        source: What is known of the article (built from *text* when omitted).
        published: Its publication date, which relative dates resolve against.

    Returns:
        The source, the directives found (each field with its evidence), the
        reference date used and any warnings. Never raises on any ``str``.

    Examples:
        >>> from regwatch import PartialDate, parse
        >>> r = parse("Nepal's government banned Telegram on Friday.", published=PartialDate.from_iso("2025-07-18"))
        >>> [(d.jurisdiction, d.action.value, d.platforms, d.issued.iso()) for d in r.directives]
        [('NP', 'block', ('telegram',), '2025-07-18')]
    """
    return parse_text(text, source=source, published=published)


def parse_file(
    path: str | Path, *, metadata: SourceMetadata | None = None
) -> ParseResult:
    """Parse one article file, with its ``sources.jsonl`` metadata when known.

    The file is read by :func:`regwatch.articles.read_article`: UTF-8 bytes
    with no newline translation, and the source id is their sha256.

    Raises:
        InputError: naming the file, when it is missing, unreadable, empty,
            not UTF-8, HTML, or its bytes do not match the metadata's sha256.
    """
    article = articles.read_article(path, metadata=metadata)
    return parse_text(article.text, source=article.source)
