"""Anchored scanning: try a big pattern only where one of its first words stands.

Python's ``re`` tries every alternative of a large alternation at every
character, which makes a pattern of a hundred phrases crawl (about 2 MB/s
here). Every phrase we look for starts with a known word, so one cheap pass
over the words finds the few places worth trying, and ``pattern.match`` there
gives exactly what a full scan would (leftmost, non-overlapping).
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Callable, Iterable, Iterator

__all__ = ["StemIndex", "WordTest", "anchored", "tokens"]

_MEMO_LIMIT = 100_000  # news vocabulary repeats; bound the memo all the same
_WORD = re.compile(r"[A-Za-z0-9]+")


class _Memo(dict[str, bool]):
    """Answers of a word test by word; a word not yet asked is tested and kept."""

    def __init__(self, test: Callable[[str], bool]) -> None:
        super().__init__()
        self.test = test

    def __missing__(self, word: str) -> bool:
        found = self.test(word)
        if (
            len(self) < _MEMO_LIMIT
        ):  # news vocabulary repeats; bound the memo all the same
            self[word] = found
        return found


class WordTest:
    """A test on words that remembers its answers.

    :func:`anchored` asks it through :attr:`lookup`, a dictionary lookup that
    runs in C for every word seen before, instead of a Python call per word.
    """

    def __init__(self, test: Callable[[str], bool]) -> None:
        self.lookup: Callable[[str], bool] = _Memo(test).__getitem__
        """``lookup(word)`` is ``test(word)``, remembered."""

    def __call__(self, word: str) -> bool:
        """True when *word* passes the test."""
        return self.lookup(word)


class StemIndex(WordTest):
    """Lower-case word stems, looked up by their first three letters."""

    def __init__(self, stems: Iterable[str]) -> None:
        by3: dict[str, tuple[str, ...]] = {}
        for stem in stems:
            s = stem.lower()
            if len(s) < 3 or not s.isalnum():  # noqa: PLR2004
                raise ValueError(
                    f"anchor stem {stem!r} must be at least three letters or digits"
                )
            by3[s[:3]] = (*by3.get(s[:3], ()), s)

        def starts_with_a_stem(word: str) -> bool:
            w = word[:16].lower()
            stems = by3.get(w[:3])
            return stems is not None and any(w.startswith(s) for s in stems)

        super().__init__(starts_with_a_stem)


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
    test = is_anchor.lookup if isinstance(is_anchor, WordTest) else is_anchor
    # which words are anchors, asked in one pass that stays in C for remembered words
    anchors = itertools.compress(
        range(len(words)), map(test, map(operator.itemgetter(1), words))
    )
    last = start
    # anchors close together try the same earlier words: match each start once
    tried: dict[int, re.Match[str] | None] = {}
    for i in anchors:
        position = words[i][0]
        if position < last:
            continue
        for j in range(max(0, i - back), i + 1):
            begin = words[j][0]
            if begin < last:
                continue
            if begin in tried:
                m = tried[begin]
            else:
                m = tried[begin] = pattern.match(text, begin, end)
            if m is not None and m.end() > position:
                yield m
                last = m.end()
                break
