"""triggers.toml's ``needs`` and ``[[modifier]]`` rows: checked when loaded, applied as written."""

from __future__ import annotations

from typing import Any

import pytest

from regwatch.errors import DatasetError
from regwatch.recognise import cues


def _row(**changes: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "name": "test",
        "actions": ["block"],
        "then": "other",
        "reach": 30,
        "after": r"\s+its\s+offices\b",
    }
    row.update(changes)
    return {k: v for k, v in row.items() if v is not None}


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"actions": ["blok"]}, "modifier 1 has unknown actions ['blok']"),
        ({"actions": []}, "modifier 1 has unknown actions []"),
        ({"then": "delete"}, "modifier 1 has unknown then 'delete'"),
        ({"then": {"block": "delete"}}, "modifier 1 has unknown then 'delete'"),
        ({"then": {"unblock": "skip"}}, "then names ['unblock'], not its actions"),
        ({"after": "(unclosed"}, "modifier 1 pattern does not compile"),
        ({"after": None}, "modifier 1 has neither after nor before"),
    ],
)
def test_bad_modifier_rows_are_named(changes: dict[str, Any], problem: str) -> None:
    """A bad modifier row fails loading with the file, the row and what is wrong."""
    with pytest.raises(DatasetError) as e:
        cues._modifiers([_row(**changes)])

    assert "regwatch/resources/triggers.toml" in str(e.value)
    assert problem in str(e.value)


def test_then_by_action() -> None:
    """A row may turn each of its actions differently, by a table keyed by action."""
    (modifier,) = cues._modifiers(
        [_row(actions=["block", "unblock"], then={"block": "other", "unblock": "skip"})]
    )

    assert {"block": "other", "unblock": "skip"} == dict(modifier.then)


def test_before_reach_defaults_to_reach() -> None:
    """A row that gives only `reach` looks that far both ways."""
    (modifier,) = cues._modifiers([_row(before=r"offices\s+$")])

    assert (30, 30) == (modifier.reach, modifier.reach_before)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Regulators blocked the messaging service.", ["block"]),
        ("Regulators blocked its offices in the capital.", ["other"]),
        ("Regulators blocked the channels of the group.", ["content_removal"]),
        ("Pages which the court named were blocked.", ["content_removal"]),
        ("The ministry will unblock the channels soon.", []),
        ("The ministry will unblock the footage soon.", []),
        ("The ministry will unblock the service soon.", ["unblock"]),
        ("The law banned children under 16 from the apps.", ["legislation"]),
    ],
)
def test_shipped_modifiers_change_or_drop_triggers(
    text: str, expected: list[str]
) -> None:
    """The shipped rows turn block and unblock triggers by the words around them."""
    found = cues.find_triggers(text, 0, len(text))

    assert expected == [c.value for c in found]


def test_unknown_needs_is_named() -> None:
    """A trigger row whose `needs` is not one of the known values fails loading, naming the row."""
    rows = [{"needs": "platform"}, {"needs": "people"}]

    with pytest.raises(DatasetError) as e:
        cues._check_needs(rows)

    assert "triggers.toml: row 2 has unknown needs 'people'" in str(e.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested the founder of Telegram.", (True, True)),
        ("Prosecutors opened a criminal case against Telegram.", (True, False)),
    ],
)
def test_arrests_need_the_platforms_people(
    text: str, expected: tuple[bool, bool]
) -> None:
    """An arrest trigger asks for the platform's people; a case against the platform does not."""
    (cue,) = cues.find_triggers(text, 0, len(text))

    assert expected == (cue.needs_platform, cue.needs_people)
