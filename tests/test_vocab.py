"""The fixed vocabularies (regwatch.vocab) match DESIGN.md exactly."""

from __future__ import annotations

import inspect
from enum import StrEnum

import pytest

from regwatch.vocab import (
    Action,
    DatePrecision,
    JurisdictionKind,
    OutcomeStatus,
    PlatformKind,
    Provenance,
)

# Copied from DESIGN.md "Vocabularies" and "Model"; a change here is a breaking change.
CONTRACT: dict[type[StrEnum], list[str]] = {
    Action: [
        "block",
        "throttle",
        "device_ban",
        "data_request",
        "cooperation_request",
        "registration",
        "content_removal",
        "fine",
        "prosecution",
        "legislation",
        "unblock",
        "other",
    ],
    OutcomeStatus: [
        "complied",
        "partially_complied",
        "refused",
        "enforced",
        "not_enforced",
        "reversed",
        "pending",
        "unknown",
    ],
    PlatformKind: ["service", "class"],
    JurisdictionKind: ["country", "supranational"],
    DatePrecision: ["day", "month", "year", "month_day", "month_only"],
    Provenance: ["parsed", "curated"],
}


@pytest.mark.parametrize("enum", [pytest.param(e, id=e.__name__) for e in CONTRACT])
def test_values_are_the_contract(enum: type[StrEnum]) -> None:
    """Each vocabulary holds exactly the contract strings, in the contract order."""
    assert CONTRACT[enum] == [m.value for m in enum]


@pytest.mark.parametrize("enum", [pytest.param(e, id=e.__name__) for e in CONTRACT])
def test_names_are_upper_case_values(enum: type[StrEnum]) -> None:
    """Member names are the values in upper case (Action.DEVICE_BAN == "device_ban")."""
    assert [v.upper() for v in CONTRACT[enum]] == [m.name for m in enum]


@pytest.mark.parametrize("enum", [pytest.param(e, id=e.__name__) for e in CONTRACT])
def test_every_member_is_documented(enum: type[StrEnum]) -> None:
    """Every member of every vocabulary has a docstring in the source."""
    source = inspect.getsource(enum)

    assert [] == [
        m.name for m in enum if f'{m.name} = "{m.value}"\n    """' not in source
    ]


def test_members_compare_equal_to_their_strings() -> None:
    """A member is its contract string, so JSON and Parquet carry plain strings."""
    assert "device_ban" == Action.DEVICE_BAN
    assert "not_enforced" == f"{OutcomeStatus.NOT_ENFORCED}"
