"""Anchored scanning: try a big pattern only where one of its first words stands.

Python's ``re`` tries every alternative of a large alternation at every
character, which makes a pattern of a hundred phrases crawl (about 2 MB/s
here). Every phrase we look for starts with a known word, so one cheap pass
over the words finds the few places worth trying, and ``pattern.match`` there
gives exactly what a full scan would (leftmost, non-overlapping).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

__all__ = ["StemIndex", "anchored", "tokens"]

_MEMO_LIMIT = 100_000  # news vocabulary repeats; bound the memo all the same
_WORD = re.compile(r"[A-Za-z0-9]+")


class StemIndex:
    """Lower-case word stems, looked up by their first three letters."""

    def __init__(self, stems: Iterable[str]) -> None:
        self._by3: dict[str, tuple[str, ...]] = {}
        for stem in stems:
            s = stem.lower()
            if len(s) < 3 or not s.isalnum():  # noqa: PLR2004
                raise ValueError(
                    f"anchor stem {stem!r} must be at least three letters or digits"
                )
            self._by3[s[:3]] = (*self._by3.get(s[:3], ()), s)

        self._memo: dict[str, bool] = {}

    def __call__(self, word: str) -> bool:
        """True when *word* starts with one of the stems."""
        known = self._memo.get(word)
        if known is not None:
            return known
        w = word[:16].lower()
        stems = self._by3.get(w[:3])
        found = stems is not None and any(w.startswith(s) for s in stems)
        if (
            len(self._memo) < _MEMO_LIMIT
        ):  # news vocabulary repeats; bound the memo all the same
            self._memo[word] = found
        return found


def tokens(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The words of ``text[start:end]`` with their offsets, for several anchored scans to share."""
    return [(m.start(), m.group()) for m in _WORD.finditer(text, start, end)]


def anchored(
    pattern: re.Pattern[str],
    text: str,
    start: int,
    end: int,
    is_anchor: Callable[[str], bool],
    *,
    back: int = 0,
    words: list[tuple[int, str]] | None = None,
) -> Iterator[re.Match[str]]:
    """Leftmost, non-overlapping matches of *pattern* that begin at an anchor word.

    With *back* > 0 a match may also begin up to that many words before the
    anchor ("in early March", "less than a month after") but must reach it.
    """
    if words is None:
        words = tokens(text, start, end)
    last = start
    for i, (position, word) in enumerate(words):
        if position < last or not is_anchor(word):
            continue
        for j in range(max(0, i - back), i + 1):
            begin = words[j][0]
            if begin < last:
                continue
            m = pattern.match(text, begin, end)
            if m is not None and m.end() > position:
                yield m
                last = m.end()
                break
