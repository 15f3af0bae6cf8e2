"""The typed records (regwatch.model): validation, ordering and descriptions."""

from __future__ import annotations

import re
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from cases.foundation_cases import BAD_VALUES, SHA, BadValueCase
from regwatch._doc import description
from regwatch.dates import IsoDuration, PartialDate
from regwatch.errors import InputError, RegwatchError
from regwatch.jsonio import SourceMetadata
from regwatch.model import (
    Deadline,
    Directive,
    Evidence,
    Jurisdiction,
    Outcome,
    ParseResult,
    Platform,
    Source,
    directive_id,
    text_id,
)
from regwatch.vocab import Action, OutcomeStatus
from strategies import (
    deadlines,
    directives,
    evidences,
    examples,
    jurisdictions,
    outcomes,
    parse_results,
    platforms,
    sources,
)

DESCRIBED = [
    Jurisdiction,
    Platform,
    Evidence,
    Source,
    Deadline,
    Outcome,
    Directive,
    ParseResult,
    PartialDate,
    IsoDuration,
    SourceMetadata,
]


@pytest.mark.parametrize(
    "field",
    [
        pytest.param(f, id=f"{cls.__name__}.{f.name}")
        for cls in DESCRIBED
        for f in attrs.fields(cls)
    ],
)
def test_every_field_has_a_description(field: attrs.Attribute[Any]) -> None:
    """Every field of every record carries a non-empty description."""
    assert "" != description(field).strip()


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in BAD_VALUES])
def test_validators_name_class_field_and_value(case: BadValueCase) -> None:
    """A bad value is refused with a message naming Class.field=value."""
    record = case.make()

    with pytest.raises(InputError) as excinfo:
        attrs.evolve(record, **{case.field: case.value})

    assert case.message == str(excinfo.value)


def test_validation_errors_belong_to_the_family() -> None:
    """A refused record raises a RegwatchError that is also a ValueError."""
    with pytest.raises(RegwatchError) as excinfo:
        Jurisdiction(code="vn", name="Viet Nam", kind="country")

    assert isinstance(excinfo.value, ValueError)


# Bad values that every record of the class refuses, whatever its other fields.
SPOILERS: dict[type, list[tuple[str, Any]]] = {
    Jurisdiction: [("code", "vn"), ("name", ""), ("kind", "city")],
    Platform: [("id", "Bad Slug"), ("name", None), ("kind", "app"), ("operator", "")],
    Evidence: [("start", -1), ("end", -1), ("text", 7), ("source_id", "0" * 63)],
    Source: [("id", "0" * 65), ("published", "2024"), ("references", [1])],
    Deadline: [("due", "2024-01-01"), ("within", "P2M"), ("what", " ")],
    Outcome: [("status", "won"), ("as_of", 2024), ("note", "")],
    Directive: [
        ("id", "g" * 16),
        ("jurisdiction", "EUR"),
        ("action", "ban"),
        ("platforms", ["Telegram"]),
        ("targets_intermediaries", 0),
        ("issued", "2025"),
        ("deadlines", [None]),
        ("outcomes", "pending"),
        ("source_ids", ["x"]),
        ("evidence", [1]),
        ("provenance", "scraped"),
    ],
    ParseResult: [("source", None), ("directives", [1]), ("warnings", [""])],
}

RECORDS = {
    Jurisdiction: jurisdictions,
    Platform: platforms,
    Evidence: evidences(),
    Source: sources,
    Deadline: deadlines(),
    Outcome: outcomes,
    Directive: directives,
    ParseResult: parse_results,
}


@pytest.mark.parametrize("cls", [pytest.param(c, id=c.__name__) for c in SPOILERS])
@examples(0.25)
@given(data=st.data())
def test_every_record_refuses_a_bad_value(cls: type, data: st.DataObject) -> None:
    """Any valid record, evolved with one bad value, raises naming that field."""
    record = data.draw(RECORDS[cls], label="record")
    field, value = data.draw(st.sampled_from(SPOILERS[cls]), label="spoiler")

    with pytest.raises(InputError, match=rf"^{cls.__name__}\.{field}="):
        attrs.evolve(record, **{field: value})


@given(evidences())
def test_evidence_text_must_span_the_offsets(evidence: Evidence) -> None:
    """Evidence with one character more than its offsets span is refused."""
    with pytest.raises(InputError, match=r"^Evidence\.text="):
        attrs.evolve(evidence, text=evidence.text + "x")


@examples(0.2)
@given(directives)
def test_every_built_record_is_valid_again(directive: Directive) -> None:
    """A record rebuilt from its own fields is equal: converters are idempotent."""
    assert directive == attrs.evolve(directive)


@examples(0.5)
@given(directives, st.randoms(use_true_random=False))
def test_directive_order_free_fields_ignore_input_order(
    directive: Directive, rnd: Any
) -> None:
    """Shuffled and repeated list fields give an equal directive with an equal hash."""

    def shuffled(items: tuple[Any, ...]) -> list[Any]:
        out = list(items) + list(items[:1])
        rnd.shuffle(out)
        return out

    other = attrs.evolve(
        directive,
        platforms=shuffled(directive.platforms),
        deadlines=shuffled(directive.deadlines),
        outcomes=shuffled(directive.outcomes),
        source_ids=shuffled(directive.source_ids),
        evidence=shuffled(directive.evidence),
        references=shuffled(directive.references),
    )

    assert directive == other
    assert hash(directive) == hash(other)


@examples(0.5)
@given(st.lists(outcomes, min_size=1, max_size=5), st.randoms(use_true_random=False))
def test_outcome_series_ignores_input_order(series: list[Outcome], rnd: Any) -> None:
    """Outcomes given in any order make the same series and the same latest outcome."""
    shuffled = list(series)
    rnd.shuffle(shuffled)
    a = Directive(id="0" * 16, jurisdiction="VN", action="block", outcomes=series)
    b = Directive(id="0" * 16, jurisdiction="VN", action="block", outcomes=shuffled)

    assert a.outcomes == b.outcomes
    assert a.outcome == b.outcome


@examples(0.2)
@given(st.lists(outcomes, max_size=5))
def test_outcome_series_is_undated_first_then_oldest_to_newest(
    series: list[Outcome],
) -> None:
    """The series puts undated outcomes first, then dated ones by date."""
    d = Directive(id="0" * 16, jurisdiction="VN", action="block", outcomes=series)
    keys = [
        (o.as_of is not None, o.as_of.sort_key() if o.as_of else ()) for o in d.outcomes
    ]

    assert sorted(keys) == keys


def _outcome(status: str, as_of: str | None) -> Outcome:
    return Outcome(
        status=status, as_of=None if as_of is None else PartialDate.from_iso(as_of)
    )


@pytest.mark.parametrize(
    ("series", "expect"),
    [
        pytest.param(
            [("reversed", "2020-06-18"), ("enforced", "2018-04-16"), ("unknown", None)],
            [("unknown", None), ("enforced", "2018-04-16"), ("reversed", "2020-06-18")],
            id="undated-then-by-date",
        ),
        pytest.param(
            [("not_enforced", "2018-05"), ("enforced", "2018-04-17")],
            [("enforced", "2018-04-17"), ("not_enforced", "2018-05")],
            id="mixed-precision",
        ),
        pytest.param(
            [("pending", "2024-10-09"), ("pending", "2024-10-09")],
            [("pending", "2024-10-09")],
            id="duplicates-collapse",
        ),
    ],
)
def test_outcome_series_order(
    series: list[tuple[str, str | None]], expect: list[tuple[str, str | None]]
) -> None:
    """Outcomes form a dated series; Directive.outcome is the latest."""
    d = Directive(
        id="0" * 16,
        jurisdiction="RU",
        action="block",
        outcomes=[_outcome(s, a) for s, a in series],
    )

    assert [_outcome(s, a) for s, a in expect] == list(d.outcomes)
    assert _outcome(*expect[-1]) == d.outcome


def test_directive_without_outcomes_has_no_latest() -> None:
    """Directive.outcome is None when there is no outcome."""
    d = Directive(id="0" * 16, jurisdiction="VN", action="block")

    assert d.outcome is None


def test_vocabulary_strings_convert_to_members() -> None:
    """Contract strings become vocabulary members; the record compares equal."""
    a = Directive(id="0" * 16, jurisdiction="VN", action="device_ban")
    b = Directive(id="0" * 16, jurisdiction="VN", action=Action.DEVICE_BAN)

    assert a == b
    assert Action.DEVICE_BAN is a.action


def test_outcome_status_converts() -> None:
    """Outcome.status accepts the contract string."""
    assert OutcomeStatus.NOT_ENFORCED is Outcome(status="not_enforced").status


def test_records_are_frozen() -> None:
    """Records cannot be changed after construction."""
    d = Directive(id="0" * 16, jurisdiction="VN", action="block")

    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        d.action = Action.FINE  # type: ignore[misc]


def test_records_are_keyword_only() -> None:
    """Records take keyword arguments only."""
    with pytest.raises(TypeError):
        Jurisdiction("VN", "Viet Nam", "country")  # type: ignore[misc]


@pytest.mark.parametrize(
    ("kwargs", "expect"),
    [
        pytest.param(
            {"due": PartialDate.from_iso("2025-06-02")}, "2025-06-02", id="due"
        ),
        pytest.param({"within": IsoDuration.from_iso("P2M")}, "P2M", id="within"),
    ],
)
def test_deadline_needs_only_one_of_due_and_within(
    kwargs: dict[str, Any], expect: str
) -> None:
    """A deadline with a date or with a duration alone is valid."""
    deadline = Deadline(**kwargs)

    assert expect == str(deadline.due or deadline.within)


def test_text_id_is_sha256_of_utf8() -> None:
    """text_id() is the sha256 of the text's UTF-8 bytes."""
    assert (
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        == text_id("")
    )


def test_source_from_text_uses_text_id() -> None:
    """Source.from_text() takes its id from the text."""
    assert text_id("Some words.") == Source.from_text("Some words.").id


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(["telegram", "x"], ["x", "telegram", "x"], id="platform-order"),
    ],
)
def test_directive_id_ignores_platform_order(a: list[str], b: list[str]) -> None:
    """directive_id() depends on the set of platforms, not their order."""
    common = {"jurisdiction": "VN", "action": "block", "issued": None, "issuer": None}

    assert directive_id(platforms=a, **common) == directive_id(platforms=b, **common)


def test_directive_id_depends_on_the_facts() -> None:
    """directive_id() differs when an identifying fact differs."""
    common = {"jurisdiction": "VN", "platforms": ["telegram"], "issuer": None}
    issued = PartialDate.from_iso("2025-05-21")

    assert directive_id(action="block", issued=issued, **common) != directive_id(
        action="block", issued=None, **common
    )


def test_evidence_sort_key_is_total() -> None:
    """Spans at the same offsets but with other text still sort apart."""
    a = Evidence(source_id=SHA, start=0, end=1, text="a")
    b = Evidence(source_id=SHA, start=0, end=1, text="b")

    assert Deadline(within=IsoDuration(days=1), evidence=[a, b]) == Deadline(
        within=IsoDuration(days=1), evidence=[b, a]
    )


def test_platforms_are_sorted_and_unique() -> None:
    """Directive.platforms is sorted and free of repeats."""
    d = Directive(
        id="0" * 16, jurisdiction="VN", action="block", platforms=["x", "telegram", "x"]
    )

    assert ("telegram", "x") == d.platforms


def test_parse_result_keeps_directive_order() -> None:
    """ParseResult.directives keeps the order of first mention."""
    a = Directive(id="1" * 16, jurisdiction="VN", action="block")
    b = Directive(id="0" * 16, jurisdiction="VN", action="fine")

    assert (a, b) == ParseResult(source=Source(id=SHA), directives=[a, b]).directives


def test_message_quotes_value_with_repr() -> None:
    """Values are quoted with repr(), so blanks and newlines stay visible."""
    with pytest.raises(InputError, match=re.escape("Platform.id='tele gram'")):
        Platform(id="tele gram", name="Telegram", kind="service")
