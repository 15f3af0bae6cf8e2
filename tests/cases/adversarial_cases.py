"""Adversarial texts for the parser's growing-size timing test (#7).

Each case makes a text of any size from one repeated unit (or a generator),
chosen to tempt a regular expression or a loop into work that grows faster
than the text: long runs of one character, of a word a recogniser matches,
of abbreviations, of punctuation with no sentence end. The prose is ours.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs


@attrs.frozen
class Adversary:
    """A family of texts, one per size, that must parse in time linear in their size."""

    id: str
    make: Callable[[int], str]
    min_size: int = 8192
    """The smallest size tried: a 1 MB line needs n = 128 KB to reach 8n = 1 MB."""
    known_slow: str | None = None
    """Why the parser is known to grow too fast on this text (an xfail reason), if it is."""


def repeat(unit: str) -> Callable[[int], str]:
    """Texts of *n* characters made of *unit* over and over."""

    def make(n: int) -> str:
        return (unit * (n // len(unit) + 1))[:n]

    return make


def _paragraphs(n: int) -> str:
    """Distinct short paragraphs, so de-duplication keeps every one."""
    out: list[str] = []
    size = 0
    i = 0
    while size < n:
        line = f"Update {i}: the regulator in Vietnam asked Telegram to reply by June {1 + i % 28}.\n"
        out.append(line)
        size += len(line)
        i += 1
    return "".join(out)[:n]


def _nested(n: int) -> str:
    """Brackets and quotes opened and never closed, then closed, as deep as the text."""
    half = n // 2
    return repeat("([{\"'“")(half) + repeat("”'\"}])")(n - half)


ADVERSARIES = (
    Adversary("spaces", repeat(" ")),
    Adversary("spaces-tabs-nbsp", repeat(" \t\u00a0\r\n")),
    Adversary("one-letter", repeat("a")),
    Adversary("platform-name", repeat("Telegram ")),
    Adversary("country", repeat("Vietnam ")),
    Adversary("authority", repeat("the Ministry of Information ")),
    Adversary("digits", repeat("7")),
    Adversary("numbers", repeat("12, ")),
    Adversary("quotes-and-apostrophes", repeat("\"'\u201c\u201d\u2018\u2019")),
    Adversary("newlines", repeat("\n")),
    Adversary("blank-lines-with-spaces", repeat(" \n \n")),
    Adversary("zero-width", repeat("\u200b")),
    Adversary("nested-punctuation", _nested),
    Adversary("month-name", repeat("May ")),
    Adversary("dates", repeat("on June 2, 2025 ")),
    Adversary("iso-dates", repeat("2025-05-21 ")),
    Adversary("durations", repeat("within 24 hours ")),
    Adversary("periods", repeat(". ")),
    Adversary("dots", repeat(".")),
    Adversary("ellipses", repeat("... ")),
    Adversary("abbreviations", repeat("U.S. ")),
    # Caught the per-trigger scan from the sentence start (cues.clause_start) in #3.
    Adversary("trigger-phrase", repeat("ordered Telegram to block ")),
    Adversary("trigger-sentences", repeat("The ministry ordered Telegram blocked. ")),
    # The quadratic term of a loop over all mentions has a small constant: it
    # outgrows the linear work only from about 32 KB.
    Adversary(
        "providers-and-platforms",
        repeat("Internet providers blocked Telegram. "),
        min_size=32768,
    ),
    Adversary(
        "app-store-pairs",
        repeat("Apple and Google removed the app. "),
        min_size=32768,
    ),
    Adversary("hedges", repeat("did not threaten to ")),
    Adversary("menu-bar", repeat("Home | News | ")),
    Adversary("bullets", repeat("- ")),
    Adversary("markup", repeat("<p>")),
    Adversary("non-latin", repeat("ł€ж中 ")),
    Adversary("sentence-per-line", _paragraphs),
    Adversary(
        "one-line-no-sentence-end",
        repeat("the ministry said that regulators would consider the request and "),
        min_size=131_072,
    ),
)
"""Texts that must parse in linear time."""
