"""The parser on hostile text: never raises, honest offsets, linear time, bounded memory (#7).

The growing-size test is the one place outside ``benchmarks/`` that times
code: it does not judge speed, only how time *grows* with the text, so a
regular expression that backtracks or a loop over all earlier mentions shows
up as a ratio far above the text's growth. It takes the fastest of several
runs, so a busy machine slows every run alike and the ratio survives.
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cases.adversarial_cases import ADVERSARIES, Adversary
from regwatch.dates import PartialDate
from regwatch.model import Evidence, ParseResult
from regwatch.parsing import parse_text
from strategies import article_texts, partial_dates

ROOT = Path(__file__).resolve().parent.parent

GROWTH_FACTORS = (2, 4, 8)
"""Sizes measured, as multiples of the calibrated size n."""

SLACK = 3.0
"""How much worse than linear the growth may look: time(kn) / time(n) <= 3k (24 at 8n)."""

TARGET_SECONDS = 0.05
"""Calibrate n so that parsing it takes at least this long.

Long enough to time, and large enough that a quadratic term with a small
constant (a loop over all earlier mentions) outgrows the linear work.
"""

RUN_BUDGET = 0.5
"""Another run is made only while the runs so far took less than this (seconds)."""

MAX_SIZE = 2_000_000
"""Never calibrate beyond this many characters, however fast the parser is."""


def _evidence(result: ParseResult) -> Iterator[Evidence]:
    for d in result.directives:
        yield from d.evidence
        for deadline in d.deadlines:
            yield from deadline.evidence
        for outcome in d.outcomes:
            yield from outcome.evidence


def _dishonest_evidence(text: str, result: ParseResult) -> list[Evidence]:
    """The evidence spans that do not point at their own text in *text*."""
    return [
        e
        for e in _evidence(result)
        if not (
            0 <= e.start <= e.end <= len(text)
            and text[e.start : e.end] == e.text
            and e.source_id == result.source.id
        )
    ]


@pytest.fixture(name="warm", scope="module")
def _warm() -> None:
    """Load the gazetteers and compile the patterns before anything is timed."""
    parse_text("The ministry ordered Telegram blocked on June 2, 2025.")


@pytest.mark.usefixtures("warm")
@given(st.text(), st.none() | partial_dates())
def test_any_text_parses_with_honest_evidence(
    text: str, published: PartialDate | None
) -> None:
    """parse_text never raises on any str, and every evidence span quotes the text at its offsets."""
    result = parse_text(text, published=published)

    assert [] == _dishonest_evidence(text, result)


@pytest.mark.usefixtures("warm")
@given(article_texts(), st.none() | partial_dates())
def test_article_like_text_parses_with_honest_evidence(
    text: str, published: PartialDate | None
) -> None:
    """Text dense with names, triggers and dates never makes parse_text raise or misquote."""
    result = parse_text(text, published=published)

    assert [] == _dishonest_evidence(text, result)


@pytest.mark.usefixtures("warm")
@given(article_texts() | st.text(), st.none() | partial_dates())
def test_parsing_twice_gives_equal_results(
    text: str, published: PartialDate | None
) -> None:
    """The parser is a pure function: the same text gives equal results and directive ids."""
    first = parse_text(text, published=published)
    second = parse_text(text, published=published)

    assert first == second
    assert [d.id for d in first.directives] == [d.id for d in second.directives]


# -- linear time -------------------------------------------------------------


def _seconds(text: str) -> float:
    """The fastest of up to three parses of *text* (noise only ever adds time).

    Runs stop once they have taken RUN_BUDGET seconds, so a text the parser is
    slow on is parsed once.
    """
    times: list[float] = []
    gc.collect()
    gc.disable()
    try:
        while not times or (len(times) < 3 and sum(times) < RUN_BUDGET):
            start = time.perf_counter()
            parse_text(text)
            times.append(time.perf_counter() - start)
    finally:
        gc.enable()
    return min(times)


def _calibrate(case: Adversary) -> int:
    """The smallest size, doubling from the case's minimum, that takes TARGET_SECONDS to parse."""
    n = case.min_size
    while n < MAX_SIZE:
        start = time.perf_counter()
        parse_text(case.make(n))
        if time.perf_counter() - start >= TARGET_SECONDS:
            break
        n *= 2
    return n


def _growth(case: Adversary) -> list[str]:
    """How time grew at each larger size, stopping at the first size that grew too fast."""
    n = _calibrate(case)
    base = _seconds(case.make(n))
    out = []
    for k in GROWTH_FACTORS:
        ratio = _seconds(case.make(k * n)) / base
        out.append(f"{k}n={k * n}: {ratio:.1f}x")
        if ratio > SLACK * k:
            out.append(
                f"too fast a growth (bound {SLACK * k:.0f}x; n={n}, {base:.3f}s)"
            )
            break
    return out


@pytest.mark.slow
@pytest.mark.parametrize(
    "case",
    [
        pytest.param(
            c,
            id=c.id,
            marks=[pytest.mark.xfail(strict=True, reason=c.known_slow)]
            if c.known_slow
            else [],
        )
        for c in ADVERSARIES
    ],
)
@pytest.mark.usefixtures("warm")
def test_parse_time_grows_linearly(case: Adversary) -> None:
    """Parsing n, 2n, 4n and 8n characters of adversarial text takes time roughly linear in n."""
    growth = _growth(case)

    assert [] == [g for g in growth if g.startswith("too fast")], growth


# -- bounded memory ----------------------------------------------------------


@pytest.mark.slow
def test_large_article_memory_is_bounded() -> None:
    """Parsing a 2 MB article grows peak memory by less than 10 times the text's size.

    ``benchmarks/article_memory.py`` runs the same measurement at 50 MB; here a
    smaller article keeps the test quick, in a fresh process so that the peak
    is the parse's own.
    """
    out = subprocess.run(  # noqa: S603  our own script, fixed arguments
        [
            sys.executable,
            str(ROOT / "benchmarks" / "article_memory.py"),
            "--size",
            "2000000",
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    measured = json.loads(out.stdout)

    assert measured["growth_per_text_byte"] < 10, measured
