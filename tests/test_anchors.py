"""Anchored scans find exactly what a plain scan of the same pattern finds."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.cases.parse_cases import ALL

from regwatch.dates import PartialDate
from regwatch.recognise import cues, temporal
from regwatch.recognise.anchors import (
    Alternatives,
    StemIndex,
    WordTest,
    anchored,
    tokens,
)

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("REGWATCH_SHARED", ROOT.parent / "shared"))


def _texts() -> list[str]:
    texts = [c.text for c in ALL]
    for folder in ("seeds", "corpus"):
        texts.extend(
            p.read_text("utf-8") for p in sorted((SHARED / folder).glob("*.txt"))
        )
    return texts


def _scanners() -> list[tuple[str, Alternatives, Callable[[str], bool], int]]:
    return [
        ("triggers", cues._triggers()[0], cues._trigger_stems(), 0),
        ("outcomes", cues._outcomes()[0], cues._outcome_stems(), 3),
        ("temporal", temporal._SCAN, temporal._is_core, 3),
    ]


@pytest.mark.parametrize(
    ("name", "rows", "is_anchor", "back"),
    [pytest.param(*s, id=s[0]) for s in _scanners()],
)
def test_anchored_scan_equals_plain_scan(
    name: str, rows: Alternatives, is_anchor: Callable[[str], bool], back: int
) -> None:
    """Every match a full scan finds starts at (or just before) an anchor word, so none is missed."""
    texts = _texts()

    plain = [[m.span() for m in rows.pattern.finditer(t)] for t in texts]
    fast = [
        [m.span() for m in anchored(rows, t, 0, len(t), is_anchor, back=back)]
        for t in texts
    ]

    assert plain == fast, name


@pytest.mark.parametrize(
    ("name", "rows", "is_anchor", "back"),
    [pytest.param(*s, id=s[0]) for s in _scanners()],
)
def test_trying_only_the_rows_a_word_can_begin_finds_the_same_matches(
    name: str, rows: Alternatives, is_anchor: Callable[[str], bool], back: int
) -> None:
    """Anchored with the whole pattern at every word, or with the part each word can begin: the same matches and groups."""
    texts = _texts()

    whole = [
        [
            (m.span(), m.lastgroup)
            for m in anchored(rows.pattern, t, 0, len(t), is_anchor, back=back)
        ]
        for t in texts
    ]
    parts = [
        [
            (m.span(), m.lastgroup)
            for m in anchored(rows, t, 0, len(t), is_anchor, back=back)
        ]
        for t in texts
    ]

    assert whole == parts, name


# Patterns with the constructs the openings must read right: case-insensitive
# letters that non-ASCII ones match (U+017F is an s, U+212A a k), classes, optional
# and repeated items, look-arounds, scoped flags, and the "any character" dot.
_TRICKY = Alternatives(
    [
        r"(?P<sued>\bsued\b)",
        r"(?P<defiance>\bin\s+defiance)",
        r"(?P<gap>[^.;]{0,5}ban)",
        r"(?P<kelvin>\u212aelvin)",
        r"(?P<long_s>\u017fhip)",
        r"(?P<days>\d{1,4}\s*days?)",
        r"(?P<optional>(?:x|y)?z+q)",
        r"(?P<behind>(?<=a)bc)",
        r"(?P<dot>.b)",
        r"(?P<scoped>(?-i:S)hip)",
        r"(?P<word>s\w*x)",
        r"(?P<dotless>\u0131d)",
        r"(?P<lazy>ab*?c)",
    ],
    re.IGNORECASE,
)
_AFTER_WORD = st.text(
    alphabet=st.sampled_from("\u017f\u212aKk\u0131\u0130i sShHpPxzq.;-_\u00e91a\u00a0"),
    max_size=12,
).filter(lambda s: not s[:1].isascii() or not s[:1].isalnum())


# words that begin the alternatives above (or nearly do), in any case, and any others
_WORDS = st.sampled_from(
    [
        "sued",
        "in",
        "inn",
        "ban",
        "bank",
        "kelvin",
        "ship",
        "hip",
        "12",
        "3days",
        "4",
        "xzq",
        "zq",
        "yzzq",
        "bc",
        "abc",
        "b",
        "ab",
        "sax",
        "s",
        "id",
        "ac",
        "abbc",
    ]
).flatmap(
    lambda w: st.lists(st.booleans(), min_size=len(w), max_size=len(w)).map(
        lambda upper: "".join(
            c.upper() if u else c for c, u in zip(w, upper, strict=True)
        )
    )
) | st.from_regex(r"[A-Za-z0-9]{1,8}", fullmatch=True)


@given(
    _WORDS,
    _AFTER_WORD,
    st.sampled_from(["", "a", " ", "\u017f"]),
)
def test_the_part_for_a_word_matches_as_the_whole_pattern(
    word: str, after: str, before: str
) -> None:
    """Where a word begins, the part of the pattern for that word finds what the whole finds."""
    text = before + word + after
    part = _TRICKY.at(word)

    expected = _TRICKY.pattern.match(text, len(before))
    found = None if part is None else part.match(text, len(before))

    assert (expected and (expected.span(), expected.lastgroup)) == (
        found and (found.span(), found.lastgroup)
    )


def test_a_word_no_alternative_can_begin_tries_nothing() -> None:
    """A word that begins none of the alternatives gets no pattern; one that begins some gets only those."""
    rows = Alternatives([r"(?P<a>\bin\s+force)", r"(?P<b>\btook\s+effect)"])

    assert None is rows.at("the")
    assert r"(?P<a>\bin\s+force)" == rows.at("in").pattern
    assert None is rows.at("into")


@pytest.mark.parametrize("stem", ["is", "", "a-b"])
def test_short_or_odd_stems_are_refused(stem: str) -> None:
    """A stem shorter than three letters, or not alphanumeric, is a data error."""
    with pytest.raises(ValueError, match="anchor stem"):
        StemIndex([stem])


def test_word_test_answers_as_its_function_and_asks_once() -> None:
    """A WordTest gives its function's answers, asking the function once per word."""
    asked: list[str] = []

    def starts_with_b(word: str) -> bool:
        asked.append(word)
        return word.startswith("b")

    test = WordTest(starts_with_b)
    answers = [test("ban"), test("order"), test.lookup("ban"), test.lookup("order")]

    assert [True, False, True, False] == answers
    assert ["ban", "order"] == asked


@pytest.mark.parametrize("back", [0, 3])
def test_remembering_and_plain_word_tests_anchor_alike(back: int) -> None:
    """Anchored finds the same matches whether its word test remembers answers or not."""
    texts = _texts()

    plain = [
        [
            m.span()
            for m in anchored(
                temporal._PATTERN, t, 0, len(t), temporal._core, back=back
            )
        ]
        for t in texts
    ]
    remembered = [
        [
            m.span()
            for m in anchored(
                temporal._PATTERN, t, 0, len(t), temporal._is_core, back=back
            )
        ]
        for t in texts
    ]

    assert plain == remembered


def test_temporals_with_words_equal_temporals_without() -> None:
    """Passing the range's words (which skips the cheap pre-scan) finds the same expressions."""
    ref = PartialDate.from_iso("2025-05-23")
    texts = _texts()

    without = [temporal.find_temporals(t, reference=ref) for t in texts]
    with_words = [
        temporal.find_temporals(t, reference=ref, words=tokens(t, 0, len(t)))
        for t in texts
    ]

    assert without == with_words


def test_every_date_with_its_year_is_in_text_that_may_state_one() -> None:
    """A date read with an explicit year is only ever found where may_state_a_year says one may be."""
    texts = _texts()

    dated = [
        t.text
        for text in texts
        for t in temporal.find_temporals(text, reference=None)
        if t.explicit_year
    ]

    assert dated
    assert all(temporal.may_state_a_year(d) for d in dated)
    assert not temporal.may_state_a_year("Officials said on Friday, May 21, that")


@given(
    st.lists(
        st.sampled_from([*"0123456789 .-,", "May ", "June ", "in ", "of ", "Sept. "]),
        max_size=30,
    ).map("".join)
)
def test_no_explicit_year_where_none_may_be_stated(text: str) -> None:
    """Text in which may_state_a_year sees no year yields no date with an explicit year."""
    found = temporal.find_temporals(text, reference=None)

    assert temporal.may_state_a_year(text) or not any(t.explicit_year for t in found)


def test_an_alternative_with_too_many_openings_is_tried_everywhere() -> None:
    """Past the cap on openings an alternative rules out no word, so no match is lost."""
    pairs = "|".join(a + b for a in "abcdefgh" for b in "abcdefghi")
    many = f"(?P<many>(?:{pairs})(?:{pairs})x)"
    rows = Alternatives([many, r"(?P<few>\bzz\b)"])

    assert many == rows.at("qq").pattern  # "qq" begins no pair, yet it is tried
    assert rows.pattern == rows.at("zz")
    assert rows.pattern.match("abcdx").span() == rows.at("abcdx").match("abcdx").span()
