"""The parser's one orchestrator: text in, :class:`~regwatch.model.ParseResult` out.

Stages (DESIGN.md): clean, segment, recognise, assemble. Each is a pure
function; this module wires them and guarantees that no ``str`` makes
:func:`parse_text` raise: an internal failure is logged and yields fewer facts.
"""

from __future__ import annotations

import logging
from pathlib import Path

from regwatch.dates import PartialDate
from regwatch.errors import InputError
from regwatch.jsonio import SourceMetadata
from regwatch.model import ParseResult, Source

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
    """
    if source is None:
        source = Source.from_text(text, published=published)
    return ParseResult(source=source)


parse = parse_text


def read_article(path: Path) -> str:
    """Read an article file as UTF-8, with no newline translation."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror or e})") from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not UTF-8 (invalid byte at offset {e.start})") from None


def parse_file(path: str | Path, *, metadata: SourceMetadata | None = None) -> ParseResult:
    """Parse one article file, with its ``sources.jsonl`` metadata when known.

    Raises:
        InputError: when the file cannot be read or is not UTF-8.
    """
    path = Path(path)
    text = read_article(path)
    fields = metadata.source_fields() if metadata else {"file": path.name}
    return parse_text(text, source=Source.from_text(text, **fields))
