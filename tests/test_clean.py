"""Cleaning helpers: the fast forms decide exactly as the plain regular expressions would."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regwatch.clean import _is_menu, _squeeze

# every character Python's re counts as whitespace, plus a few that are not
_WHITESPACE = [chr(c) for c in range(0x3001) if re.fullmatch(r"\s", chr(c))]
_LINES = st.text(
    alphabet=st.sampled_from([*_WHITESPACE, "a", "é", ".", "|"]), min_size=1
)


@given(line=_LINES.filter(lambda s: not s[-1].isspace()))
def test_squeeze_equals_the_whitespace_regex(line: str) -> None:
    """Squeezing whitespace runs gives what the regex substitution gives."""
    expected = re.sub(r"\s+", " ", line)

    assert expected == _squeeze(line)


@pytest.mark.parametrize(
    ("line", "menu"),
    [
        pytest.param("Home | News | Tech", True, id="bars"),
        pytest.param("Share • Facebook • X", True, id="bullets"),
        pytest.param("Home · News · Tech", True, id="middle-dots"),
        pytest.param(
            "Telegram was blocked on Friday, officials said.", False, id="prose"
        ),
        pytest.param("A | B", False, id="two-items"),
    ],
)
def test_menu_lines(line: str, menu: bool) -> None:
    """Runs of short items between bars or bullets are menus; prose and pairs are not."""
    assert menu == _is_menu(line)
