"""Parse many articles on every core, in bounded memory, in input order.

A year of news is millions of articles; :func:`parse_many` streams them
through a pool of worker processes in chunks, keeps only a few chunks in
flight (so memory does not grow with the corpus) and yields the results in the
order the articles came in. Its ``progress`` hook reports counts and bytes
after every chunk, which is what ``regwatch build`` shows as a progress bar
(:class:`ProgressBar`).

The workers are started with the ``spawn`` method, which is safe alongside the
threads that pyarrow and polars start; as with any ``spawn`` pool, a script
that calls :func:`parse_many` with ``jobs`` above 1 must guard its entry point
with ``if __name__ == "__main__":``.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol, Self, TextIO

import attrs
import click

from regwatch.model import ParseResult, Source

__all__ = [
    "ArticleLike",
    "Progress",
    "ProgressBar",
    "count_articles",
    "default_jobs",
    "parse_many",
]

ParseFunction = Callable[..., ParseResult]
"""The shape of :func:`regwatch.parse`: ``(text, *, source=None) -> ParseResult``."""

DEFAULT_CHUNK_SIZE = 64
"""Articles per chunk sent to a worker: large enough to amortise the hand-over."""

CHUNK_CHARS = 4_000_000
"""A chunk also closes at this many characters, so huge articles stay bounded."""


class ArticleLike(Protocol):
    """What :func:`parse_many` needs of an article: its text and its source."""

    @property
    def text(self) -> str:
        """The article exactly as read."""
        ...  # pragma: no cover

    @property
    def source(self) -> Source:
        """What is known of it (id, file, publication date, ...)."""
        ...  # pragma: no cover


@attrs.frozen(kw_only=True)
class Progress:
    """How far :func:`parse_many` has got: running totals since it started.

    Examples:
        >>> Progress(articles=2, bytes=10, directives=1).articles
        2
    """

    articles: int = attrs.field(default=0)
    """Articles parsed."""
    bytes: int = attrs.field(default=0)
    """UTF-8 bytes of their text."""
    directives: int = attrs.field(default=0)
    """Directives found in them."""

    def add(self, articles: int, nbytes: int, directives: int) -> Progress:
        """These totals plus one chunk's counts."""
        return Progress(
            articles=self.articles + articles,
            bytes=self.bytes + nbytes,
            directives=self.directives + directives,
        )


ProgressCallback = Callable[[Progress], None]
"""Called in the calling process after each chunk, with the running totals."""

_Item = tuple[str, Source | None, tuple[str, ...]]


def default_jobs() -> int:
    """The number of cores this process may run on (at least 1).

    Examples:
        >>> default_jobs() >= 1
        True
    """
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover (not Linux)
        return max(1, os.cpu_count() or 1)


def _item(article: str | ArticleLike) -> _Item:
    if isinstance(article, str):
        return (article, None, ())
    # an Article also carries what went wrong while reading it (replaced bytes)
    notes = tuple(getattr(article, "warnings", ()))
    return (article.text, article.source, notes)


def _chunks(articles: Iterable[str | ArticleLike], size: int) -> Iterator[list[_Item]]:
    chunk: list[_Item] = []
    chars = 0
    for article in articles:
        item = _item(article)
        chunk.append(item)
        chars += len(item[0])
        if len(chunk) >= size or chars >= CHUNK_CHARS:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def _parse_chunk(
    parse: ParseFunction | None, chunk: list[_Item]
) -> tuple[list[ParseResult], int]:
    """Parse one chunk; runs in a worker (or in-process when ``jobs=1``)."""
    if parse is None:
        from regwatch.parsing import parse_text  # noqa: PLC0415  (keeps workers' import small)

        parse = parse_text
    results = []
    for text, source, notes in chunk:
        result = parse(text, source=source)
        if notes:
            result = attrs.evolve(result, warnings=(*result.warnings, *notes))
        results.append(result)
    nbytes = sum(len(text.encode("utf-8", "surrogatepass")) for text, _, _ in chunk)
    return results, nbytes


def parse_many(
    articles: Iterable[str | ArticleLike],
    *,
    jobs: int | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    progress: ProgressCallback | None = None,
    parse: ParseFunction | None = None,
) -> Iterator[ParseResult]:
    """Parse articles on every core, yielding one result per article in input order.

    Each article gives what :func:`regwatch.parse` gives for it, with the
    article's own ``warnings`` (such as bytes replaced while reading it, in
    :class:`regwatch.articles.Article`) added to the result's. At
    most ``2 * jobs`` chunks are in flight at once, so memory stays bounded
    however long *articles* is, and *articles* is read lazily, as the workers
    need more. Input that fits in the first ``jobs`` chunks is parsed in this
    process: starting workers would take longer than the work.

    Args:
        articles: Texts, or objects with ``text`` and ``source`` attributes
            (such as the articles :mod:`regwatch.articles` reads).
        jobs: Worker processes; None for every core this process may use,
            1 to parse in this process.
        chunk_size: Articles handed to a worker at once (a chunk also closes
            at :data:`CHUNK_CHARS` characters).
        progress: Called after each chunk with the running totals.
        parse: The parser; :func:`regwatch.parse` when omitted. It must be
            importable by name (a module-level function) when ``jobs > 1``.

    Raises:
        ValueError: when *jobs* or *chunk_size* is below 1.

    Examples:
        >>> [r.source.id[:8] for r in parse_many(["An article.", "Another one."], jobs=1)]
        ['3b6ae5cd', '39307ba0']
    """
    if jobs is None:
        jobs = default_jobs()
    if jobs < 1:
        raise ValueError(f"jobs={jobs}: give at least 1, or None for every core")
    if chunk_size < 1:
        raise ValueError(f"chunk_size={chunk_size}: give at least 1")
    return _parse_many(articles, jobs, chunk_size, progress, parse)


def _parse_many(
    articles: Iterable[str | ArticleLike],
    jobs: int,
    chunk_size: int,
    progress: ProgressCallback | None,
    parse: ParseFunction | None,
) -> Iterator[ParseResult]:
    totals = Progress()
    chunks = _chunks(articles, chunk_size)
    head: list[list[_Item]] = []
    if jobs > 1:
        for chunk in chunks:
            head.append(chunk)
            if len(head) > jobs:
                break
    parsed = (
        (_parse_chunk(parse, chunk) for chunk in _chain(head, chunks))
        if len(head) <= jobs  # jobs == 1, or so little input that workers would not pay
        else _parse_in_pool(_chain(head, chunks), jobs, parse)
    )
    for results, nbytes in parsed:
        totals = totals.add(
            len(results), nbytes, sum(len(r.directives) for r in results)
        )
        if progress is not None:
            progress(totals)
        yield from results


def _parse_in_pool(
    chunks: Iterator[list[_Item]], jobs: int, parse: ParseFunction | None
) -> Iterator[tuple[list[ParseResult], int]]:
    """Chunks through *jobs* spawned workers, at most ``2 * jobs`` in flight, in order."""
    pool = ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_exit_with_parent,
        initargs=(os.getpid(),),
    )
    pending: deque[Future[tuple[list[ParseResult], int]]] = deque()
    try:
        for chunk in chunks:
            pending.append(pool.submit(_parse_chunk, parse, chunk))
            while len(pending) >= 2 * jobs:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _exit_with_parent(parent: int) -> None:
    """In a worker: exit when the process that started it is gone.

    A parent killed outright (SIGKILL, SIGTERM) cannot shut its pool down, and
    its workers would go on parsing queued chunks for nobody.
    """

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="regwatch-parent-watch", daemon=True).start()


def _chain(
    head: list[list[_Item]], rest: Iterator[list[_Item]]
) -> Iterator[list[_Item]]:
    yield from head
    head.clear()  # let the first chunks go once they are handed over
    yield from rest


# -- counting and showing progress ---------------------------------------------


def count_articles(paths: Iterable[str | Path]) -> int:
    """How many articles the inputs hold, cheaply, for a progress bar's total.

    Counts as :func:`regwatch.articles.iter_articles` reads: a folder stands
    for the ``.txt`` files directly inside it, a ``.jsonl`` or ``.ndjson`` file
    for its non-blank lines, a ``.parquet`` or ``.pq`` file for the rows its
    footer gives, and any other file for one article. It is an estimate for
    display: it does not check that lines or rows are valid articles, and
    unreadable paths count as none.

    Examples:
        >>> count_articles([])
        0
    """
    total = 0
    for raw in paths:
        path = Path(raw)
        suffix = path.suffix.lower()
        try:
            if path.is_dir():
                total += sum(1 for p in path.glob("*.txt") if p.is_file())
            elif suffix in {".jsonl", ".ndjson"}:
                with path.open("rb") as f:
                    total += sum(1 for line in f if line.strip())
            elif suffix in {".parquet", ".pq"}:
                import pyarrow.parquet as pq  # noqa: PLC0415  (only for Parquet input)

                total += pq.ParquetFile(path).metadata.num_rows
            elif path.is_file():
                total += 1
        except (OSError, ValueError):  # the reader reports these; a count just skips
            continue
    return total


class ProgressBar:
    """A click progress bar for :func:`parse_many`: counts, megabytes and rate.

    Use it as the ``progress`` callback, inside a ``with`` block::

        with ProgressBar(total=count_articles(paths), label="parsing") as bar:
            for result in parse_many(articles, progress=bar):
                ...

    It writes to standard error, and only draws when that is a terminal
    (click's rule), so logs and pipes stay clean. The rate is measured with a
    monotonic clock; it is for display only and never reaches the data.
    """

    def __init__(
        self,
        *,
        total: int | None = None,
        label: str = "parsing",
        file: TextIO | None = None,
    ) -> None:
        self._total = total
        self._label = label
        self._file: TextIO = file if file is not None else sys.stderr
        self._last = Progress()
        self._start = time.monotonic()
        self._bar: Any = None  # click's ProgressBar class is private

    def __enter__(self) -> Self:
        self._start = time.monotonic()
        self._bar = click.progressbar(
            length=self._total or 0,
            label=self._label,
            file=self._file,
            show_eta=self._total is not None,
            show_percent=self._total is not None,
            item_show_func=lambda _: self.status(),
        )
        self._bar.__enter__()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.__exit__(exc_type, exc, tb)

    def __call__(self, progress: Progress) -> None:
        """Move the bar to *progress* (the ``progress`` callback of :func:`parse_many`)."""
        step = progress.articles - self._last.articles
        self._last = progress
        if self._bar is not None:
            if self._total is not None and progress.articles > self._total:
                self._bar.length = progress.articles  # the estimate was short
            self._bar.update(step, current_item=progress.articles)

    @property
    def last(self) -> Progress:
        """The latest totals seen."""
        return self._last

    def status(self) -> str:
        """``12,345 articles, 48.1 MB, 1,930 articles/s, 7.5 MB/s``."""
        p = self._last
        seconds = max(time.monotonic() - self._start, 1e-9)
        return (
            f"{p.articles:,} articles, {p.bytes / 1e6:,.1f} MB, "
            f"{p.directives:,} directives, {p.articles / seconds:,.0f} articles/s, "
            f"{p.bytes / 1e6 / seconds:,.1f} MB/s"
        )
