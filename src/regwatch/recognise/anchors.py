"""Anchored scanning: try a big pattern only where one of its first words stands.

Python's ``re`` tries every alternative of a large alternation at every
character, which makes a pattern of a hundred phrases crawl (about 2 MB/s
here). Every phrase we look for starts with a known word, so one cheap pass
over the words finds the few places worth trying, and ``pattern.match`` there
gives exactly what a full scan would (leftmost, non-overlapping).

Most words a scan tries cannot begin any match: "the" before an outcome cue's
verb, or a number before a word that is no unit. :class:`Alternatives` reads,
once, the first letters every alternative of a pattern needs, and gives for
each word the pattern of only those alternatives that can begin with it, or
None when none can; a match there is the one the whole pattern would give.
"""

from __future__ import annotations

import functools
import importlib
import itertools
import operator
import re
import string
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

# The parser re.compile itself uses, and its op codes: private, but the one reader
# of a pattern's structure (re's own optimiser reads the same tree). Whatever this
# module does not recognise in the tree only makes it rule out fewer words.
sre_parse: Any = importlib.import_module("re._parser")
sre: Any = importlib.import_module("re._constants")

__all__ = ["Alternatives", "StemIndex", "WordTest", "anchored", "tokens"]

_MEMO_LIMIT = 100_000  # news vocabulary repeats; bound the memo all the same
_WORD = re.compile(r"[A-Za-z0-9]+")
_T = TypeVar("_T")


class _Memo(dict[str, _T]):
    """Answers of a word test by word; a word not yet asked is tested and kept."""

    def __init__(self, test: Callable[[str], _T]) -> None:
        super().__init__()
        self.test = test

    def __missing__(self, word: str) -> _T:
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
        self.lookup: Callable[[str], bool] = _Memo[bool](test).__getitem__
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


# -- the letters a match must open with ------------------------------------------
#
# A word of the scans is a run of ASCII letters and digits, so only those
# characters are asked about. Each opening is a tuple of character sets: a match
# along that path has its first character in the first set, its second in the
# second, and so on; a shorter tuple says nothing of the characters after it.

_ALNUM = string.ascii_letters + string.digits
_ANY = frozenset(_ALNUM)
_CASE_FLAGS = re.IGNORECASE | re.ASCII | re.UNICODE
_OPENING_DEPTH = (
    4  # characters of each opening worked out; more would rarely tell words apart
)
_MAX_OPENINGS = 4096  # past this, an alternative is tried at every word
_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}
_Opening = tuple[frozenset[str], ...]


@functools.cache
def _matching(source: str, flags: int) -> frozenset[str]:
    """The letters and digits that the one-character regex *source* matches, asked of re itself."""
    one = re.compile(source, flags & _CASE_FLAGS)
    return frozenset(c for c in _ALNUM if one.fullmatch(c))


def _char(code: int) -> str:
    return f"\\U{code:08x}"


def _class_source(items: list[tuple[Any, Any]]) -> str | None:
    """A character class of the parse tree written back as regex source; None if unknown."""
    parts: list[str] = []
    for op, av in items:
        if op is sre.NEGATE:
            parts.insert(0, "^")
        elif op is sre.LITERAL:
            parts.append(_char(av))
        elif op is sre.RANGE:
            parts.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is sre.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:
            return None
    return "".join(parts)


def _in_class(items: list[tuple[Any, Any]], flags: int) -> frozenset[str]:
    """The letters and digits a character class of the parse tree matches."""
    source = _class_source(items)
    if source is None:
        return _ANY  # a class this code does not know: it may match anything
    return _matching(f"[{source}]", flags)


def _openings(  # noqa: C901, PLR0911, PLR0912 - one branch per kind of item in the tree
    items: list[tuple[Any, Any]], flags: int, depth: int
) -> set[_Opening]:
    """The openings of a sequence of parse-tree items, up to *depth* characters.

    Anything not understood ends the opening there, which only means fewer
    words are ruled out: an opening is a condition a match must meet, never
    one it may skip.
    """
    if depth == 0 or not items:
        return {()}
    op, av = items[0]
    rest = items[1:]
    if op is sre.LITERAL:
        head = _matching(_char(av), flags)
    elif op is sre.NOT_LITERAL:
        head = _matching(f"[^{_char(av)}]", flags)
    elif op is sre.IN:
        head = _in_class(av, flags)
    elif op is sre.ANY:
        head = _ANY
    elif op in {sre.AT, sre.ASSERT, sre.ASSERT_NOT}:
        return _openings(rest, flags, depth)  # zero-width: ignoring it only admits more
    elif op is sre.SUBPATTERN:
        _group, add, remove, inner = av
        if add or remove:  # scoped flags: what follows the group is left open
            return _openings(list(inner.data), (flags | add) & ~remove, depth)
        return _openings(list(inner.data) + rest, flags, depth)
    elif op is sre.BRANCH:
        found: set[_Opening] = set()
        for alternative in av[1]:
            found |= _openings(list(alternative.data) + rest, flags, depth)
            if len(found) > _MAX_OPENINGS:
                return {()}  # too many ways to begin to be worth telling apart
        return found
    elif op in {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}:
        least, _most, inner = av
        found = _openings(list(inner.data), flags, depth)  # what follows is left open
        if least == 0:
            found |= _openings(rest, flags, depth)
        return found
    else:
        return {()}  # back-references, conditionals: anything may follow
    return {(head, *tail) for tail in _openings(rest, flags, depth - 1)}


def _opening_test(openings: set[_Opening]) -> re.Pattern[str] | None:
    r"""A regex that matches the words one of *openings* can begin; None when any word can.

    ``[Ss](?:[Uu](?:[Ee]|\Z)|\Z)`` for "sue": each character in its set, unless the
    word has ended, for nothing is known of what follows a word.
    """
    if () in openings:
        return None
    branches = []
    for opening in sorted(openings, key=lambda o: [sorted(s) for s in o]):
        regex = ""
        for i in reversed(range(len(opening))):
            chars = "".join(sorted(opening[i]))
            step = f"[{chars}]{regex}" if chars else "(?!)"
            regex = step if i == 0 else f"(?:{step}|\\Z)"
        branches.append(regex)
    return re.compile("|".join(dict.fromkeys(branches)))


class Alternatives:
    r"""A pattern made of alternatives, and per word the part of it that can match there.

    ``pattern`` is the alternatives joined, compiled whole. ``at(word)`` is the
    pattern of only those alternatives, in their order, that can begin with
    *word*, or None when none can. Where a match of ``pattern`` begins at the
    start of *word*, ``at(word)`` gives the very same match there, groups
    included: the alternatives it leaves out cannot match at that word.

    Examples:
        >>> rows = Alternatives([r"(?P<a>\bin\s+force)", r"(?P<b>\btook\s+effect)"], re.IGNORECASE)
        >>> rows.at("took").pattern, rows.at("the")
        ('(?P<b>\\btook\\s+effect)', None)
    """

    def __init__(self, parts: Sequence[str], flags: int = 0) -> None:
        self.parts = tuple(parts)
        self.pattern = re.compile("|".join(self.parts), flags)
        """The alternatives joined, compiled whole."""
        flags = self.pattern.flags
        self._tests = [
            _opening_test(
                _openings(
                    list(sre_parse.parse(part, flags).data), flags, _OPENING_DEPTH
                )
            )
            for part in self.parts
        ]
        self._subsets: dict[tuple[int, ...], re.Pattern[str] | None] = {
            tuple(range(len(self.parts))): self.pattern,
            (): None,
        }
        self.at: Callable[[str], re.Pattern[str] | None] = _Memo(
            self._for_word
        ).__getitem__
        """``at(word)``: the pattern to try where a match would begin at *word*, remembered."""

    def _for_word(self, word: str) -> re.Pattern[str] | None:
        subset = tuple(
            i for i, test in enumerate(self._tests) if test is None or test.match(word)
        )
        if subset not in self._subsets:
            try:
                part: re.Pattern[str] | None = re.compile(
                    "|".join(self.parts[i] for i in subset), self.pattern.flags
                )
            except re.error:  # a part that names another's group: keep them together
                part = self.pattern
            self._subsets[subset] = part
        return self._subsets[subset]


# -- where a match can begin ---------------------------------------------------

_ASCII = "".join(map(chr, range(128)))


@functools.cache
def _ascii_matching(source: str, flags: int) -> frozenset[str]:
    """The ASCII characters that the one-character regex *source* matches."""
    one = re.compile(source, flags & _CASE_FLAGS)
    return frozenset(c for c in _ASCII if one.fullmatch(c))


def _first_chars(  # noqa: PLR0911 - one branch per kind of item in the tree
    items: list[tuple[Any, Any]], flags: int
) -> frozenset[str] | None:
    """The ASCII characters a match of *items* can begin with; None when unsure.

    None also for anything that may match the empty string or begins with a
    zero-width test: only a sure answer lets a caller skip positions.
    """
    if not items:
        return None
    op, av = items[0]
    if op is sre.LITERAL:
        return _ascii_matching(_char(av), flags)
    if op is sre.NOT_LITERAL:
        return _ascii_matching(f"[^{_char(av)}]", flags)
    if op is sre.IN:
        source = _class_source(av)
        return None if source is None else _ascii_matching(f"[{source}]", flags)
    if op is sre.SUBPATTERN:
        _group, add, remove, inner = av
        return _first_chars(list(inner.data), (flags | add) & ~remove)
    if op is sre.BRANCH:
        found: set[str] = set()
        for alternative in av[1]:
            first = _first_chars(list(alternative.data), flags)
            if first is None:
                return None
            found |= first
        return frozenset(found)
    if op in {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}:
        least, _most, inner = av
        return _first_chars(list(inner.data), flags) if least > 0 else None
    return None


def begins_at_words(parts: Sequence[str], flags: int = 0) -> bool:
    r"""Does every match of each part, in ASCII text, begin where a word of :func:`tokens` begins?

    True when each part opens with ``\b`` and then a letter or digit: in ASCII
    text the character before such a match is no word character, so
    :func:`tokens` starts a word right there.

    Examples:
        >>> begins_at_words([r"\bif\b", r"\b(?:not|never)\s+$"], re.IGNORECASE)
        True
        >>> begins_at_words([r"\bif\b", r",\s+as\b"])
        False
    """
    for part in parts:
        tree = list(sre_parse.parse(part, flags).data)
        if not tree or tree[0] != (sre.AT, sre.AT_BOUNDARY):
            return False
        first = _first_chars(tree[1:], flags)
        if first is None or not first <= frozenset(_ALNUM):
            return False
    return True


def search_at_words(rows: Alternatives, text: str, start: int, end: int) -> bool:
    """Does ``rows.pattern.search(text, start, end)`` find a match?

    Asked word by word, each word trying only the rows that can begin with it,
    when every row begins at a word (checked with :func:`begins_at_words` by
    the caller) and the stretch is ASCII; otherwise by a plain search.
    """
    if not text[start:end].isascii():
        return rows.pattern.search(text, start, end) is not None
    at = rows.at
    for m in _WORD.finditer(text, start, end):
        part = at(m.group())
        if part is not None and part.match(text, m.start(), end) is not None:
            return True
    return False


def tokens(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The words of ``text[start:end]`` with their offsets, for several anchored scans to share."""
    return [(m.start(), m.group()) for m in _WORD.finditer(text, start, end)]


def anchored(
    pattern: re.Pattern[str] | Alternatives,
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
    With :class:`Alternatives`, each word tries only what can begin with it.
    """
    if words is None:
        words = tokens(text, start, end)
    if isinstance(pattern, Alternatives):
        at = pattern.at
    else:
        whole = pattern
        at = lambda _word: whole  # noqa: E731 - every word tries the whole pattern
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
            begin, word = words[j]
            if begin < last:
                continue
            if begin in tried:
                m = tried[begin]
            else:
                part = at(word)
                m = tried[begin] = (
                    None if part is None else part.match(text, begin, end)
                )
            if m is not None and m.end() > position:
                yield m
                last = m.end()
                break
