"""Anchored scans find exactly what a plain scan of the same pattern finds."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.cases.parse_cases import ALL

from regwatch.dates import PartialDate
from regwatch.recognise import cues, temporal
from regwatch.recognise.anchors import StemIndex, WordTest, anchored, tokens

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("REGWATCH_SHARED", ROOT.parent / "shared"))


def _texts() -> list[str]:
    texts = [c.text for c in ALL]
    for folder in ("seeds", "corpus"):
        texts.extend(
            p.read_text("utf-8") for p in sorted((SHARED / folder).glob("*.txt"))
        )
    return texts


def _scanners() -> list[tuple[str, re.Pattern[str], Callable[[str], bool], int]]:
    return [
        ("triggers", cues._triggers()[0], cues._trigger_stems(), 0),
        ("outcomes", cues._outcomes()[0], cues._outcome_stems(), 3),
        ("temporal", temporal._PATTERN, temporal._is_core, 3),
    ]


@pytest.mark.parametrize(
    ("name", "pattern", "is_anchor", "back"),
    [pytest.param(*s, id=s[0]) for s in _scanners()],
)
def test_anchored_scan_equals_plain_scan(
    name: str, pattern: re.Pattern[str], is_anchor: Callable[[str], bool], back: int
) -> None:
    """Every match a full scan finds starts at (or just before) an anchor word, so none is missed."""
    texts = _texts()

    plain = [[m.span() for m in pattern.finditer(t)] for t in texts]
    fast = [
        [m.span() for m in anchored(pattern, t, 0, len(t), is_anchor, back=back)]
        for t in texts
    ]

    assert plain == fast, name


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
