"""The JSON contract of DESIGN.md, both ways (regwatch.jsonio)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given

from cases.foundation_cases import SHA, valid_directive
from regwatch.errors import InputError
from regwatch.jsonio import (
    directive_from_json,
    directive_to_json,
    outcome_to_json,
    result_from_json,
    result_to_json,
)
from regwatch.model import Directive, Outcome, ParseResult
from strategies import directives, examples, parse_results

# The keys DESIGN.md "The JSON contract" shows, in the order it shows them.
# The output may carry more keys, but these must come in this order.
CONTRACT_KEYS = {
    "document": ["file", "source", "directives"],
    "source": ["id", "published"],
    "directive": [
        "id",
        "jurisdiction",
        "issuer",
        "platforms",
        "action",
        "issued",
        "targets_intermediaries",
        "deadlines",
        "outcome",
        "evidence",
    ],
    "deadline": ["due", "within", "what", "evidence"],
    "outcome": ["status", "as_of", "note", "evidence"],
    "evidence": ["start", "end", "text"],
}

# The full key order we print, pinned so that a change is a deliberate one.
DIRECTIVE_KEYS = [
    "id",
    "jurisdiction",
    "issuer",
    "platforms",
    "action",
    "issued",
    "targets_intermediaries",
    "deadlines",
    "outcome",
    "outcomes",
    "source_ids",
    "provenance",
    "references",
    "evidence",
]


def _in_contract_order(keys: list[str], contract: list[str]) -> list[str]:
    """The contract's keys as they occur in *keys*."""
    return [k for k in keys if k in contract]


@given(parse_results)
def test_result_round_trip(result: ParseResult) -> None:
    """result_from_json(result_to_json(r)) == r, also through json text."""
    text = json.dumps(result_to_json(result))

    assert result == result_from_json(json.loads(text))


@given(directives)
def test_directive_round_trip(directive: Directive) -> None:
    """directive_from_json(directive_to_json(d)) == d, also through json text."""
    text = json.dumps(directive_to_json(directive))

    assert directive == directive_from_json(json.loads(text))


@examples(0.2)
@given(directives)
def test_directive_json_is_stable(directive: Directive) -> None:
    """Writing a directive read back from JSON gives the same JSON."""
    once = directive_to_json(directive)

    assert once == directive_to_json(directive_from_json(once))


@examples(0.05)
@given(directives)
def test_directive_key_order(directive: Directive) -> None:
    """A directive's keys come in the pinned order, which keeps the contract's."""
    keys = list(directive_to_json(directive))

    assert DIRECTIVE_KEYS == keys
    assert CONTRACT_KEYS["directive"] == _in_contract_order(
        keys, CONTRACT_KEYS["directive"]
    )


@examples(0.2)
@given(parse_results)
def test_result_keys_keep_contract_order(result: ParseResult) -> None:
    """Every object in a document keeps the contract's key order."""
    doc = result_to_json(result)
    found: dict[str, list[list[str]]] = {k: [] for k in CONTRACT_KEYS}
    found["document"].append(list(doc))
    found["source"].append(list(doc["source"]))
    for d in doc["directives"]:
        found["directive"].append(list(d))
        found["deadline"].extend(list(x) for x in d["deadlines"])
        found["outcome"].extend(list(x) for x in d["outcomes"])
        found["evidence"].extend(list(x) for x in d["evidence"])
    expected = {k: [v] * len(found[k]) for k, v in CONTRACT_KEYS.items()}

    assert expected == {
        k: [_in_contract_order(keys, CONTRACT_KEYS[k]) for keys in v]
        for k, v in found.items()
    }


@examples(0.2)
@given(directives)
def test_outcome_is_the_latest_of_outcomes(directive: Directive) -> None:
    """The JSON's outcome is the last of its outcomes, or null when there are none."""
    doc = directive_to_json(directive)

    assert (doc["outcomes"][-1] if doc["outcomes"] else None) == doc["outcome"]


def test_json_values_are_contract_strings() -> None:
    """Vocabulary members and dates print as their contract strings."""
    doc = directive_to_json(valid_directive())

    assert ("block", "2025-05-21", ["telegram"]) == (
        doc["action"],
        doc["issued"],
        doc["platforms"],
    )
    assert '"action": "block"' in json.dumps(doc)


def test_lone_outcome_stands_for_the_series() -> None:
    """A directive object with outcome but no outcomes reads as a one-item series."""
    doc = directive_to_json(valid_directive())
    doc["outcome"] = {"status": "not_enforced", "as_of": "2025-05-23", "note": None}
    del doc["outcomes"]

    assert "not_enforced" == directive_from_json(doc).outcome.status  # type: ignore[union-attr]


def test_outcome_must_agree_with_outcomes() -> None:
    """An outcome that is not the latest of outcomes is refused."""
    doc = directive_to_json(valid_directive())
    doc["outcomes"] = [outcome_to_json(Outcome(status="enforced"))]
    doc["outcome"] = outcome_to_json(Outcome(status="reversed"))

    with pytest.raises(InputError) as excinfo:
        directive_from_json(doc)

    assert (
        "directive 0123456789abcdef: 'outcome' is not the latest of 'outcomes'"
        == str(excinfo.value)
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        pytest.param(
            {"targets_intermediaries": "false"},
            "Directive.targets_intermediaries='false' is not True or False",
            id="text-for-bool",
        ),
        pytest.param(
            {"action": "blocked"},
            "Directive.action='blocked' is not one of: block, throttle, device_ban, "
            "data_request, cooperation_request, registration, content_removal, fine, "
            "prosecution, legislation, unblock, other",
            id="unknown-action",
        ),
        pytest.param(
            {"issued": "2025-02-30"},
            "'2025-02-30' is not a possible date: PartialDate.day=30 is not a day of 2025-02",
            id="impossible-date",
        ),
        pytest.param(
            {"platforms": "telegram"},
            "Directive.platforms='telegram' is not a sequence; each item must be a "
            "lowercase platform slug",
            id="platforms-as-text",
        ),
        pytest.param(
            {"evidence": [{"source_id": SHA, "start": 0, "text": ""}]},
            "evidence: missing key 'end'",
            id="evidence-without-end",
        ),
        pytest.param(
            {"deadlines": ["2025-06-02"]},
            "deadline: expected a JSON object, got '2025-06-02'",
            id="deadline-not-object",
        ),
    ],
)
def test_directive_from_json_refuses_bad_values(
    change: dict[str, Any], message: str
) -> None:
    """Reading JSON validates like building records: nothing is coerced."""
    doc = directive_to_json(valid_directive()) | change

    with pytest.raises(InputError) as excinfo:
        directive_from_json(doc)

    assert message == str(excinfo.value)


def test_missing_required_key() -> None:
    """A directive object without its action is refused, naming the key."""
    doc = directive_to_json(valid_directive())
    del doc["action"]

    with pytest.raises(InputError) as excinfo:
        directive_from_json(doc)

    assert "directive '0123456789abcdef': missing key 'action'" == str(excinfo.value)


def test_document_without_source() -> None:
    """A document without its source is refused, naming the key."""
    with pytest.raises(InputError) as excinfo:
        result_from_json({"file": "a.txt", "directives": []})

    assert "document: missing key 'source'" == str(excinfo.value)
