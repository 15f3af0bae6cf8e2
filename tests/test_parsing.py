"""The parser's rules, one table-driven case each, plus its invariants."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.cases.parse_cases import ALL, Case, Expect

from regwatch.dates import PartialDate
from regwatch.model import Directive
from regwatch.parsing import parse_text


def _matches(d: Directive, e: Expect) -> bool:
    return (
        d.jurisdiction == e.jurisdiction
        and d.action.value == e.action
        and (not e.platforms or set(e.platforms) == set(d.platforms))
    )


def _parse(case: Case) -> list[Directive]:
    published = PartialDate.from_iso(case.published) if case.published else None
    return list(parse_text(case.text, published=published).directives)


def _check_outcome(e: Expect, d: Directive) -> None:
    """The outcome the expectation names, or its absence, holds on the directive found."""
    if e.outcome is not None:
        assert d.outcome is not None
        assert e.outcome == d.outcome.status.value
    if e.as_of is not None:
        assert d.outcome is not None
        assert e.as_of == (d.outcome.as_of.iso() if d.outcome.as_of else None)
    if e.no_outcome:
        assert d.outcome is None


def _check_fields(e: Expect, d: Directive) -> None:
    """Every field the expectation names holds on the directive found."""
    if e.issued is not None:
        assert e.issued == (d.issued.iso() if d.issued else None)
    if e.targets_intermediaries is not None:
        assert e.targets_intermediaries == d.targets_intermediaries
    if e.due is not None:
        assert e.due in {x.due.iso() for x in d.deadlines if x.due}
    if e.within is not None:
        assert e.within in {x.within.iso() for x in d.deadlines if x.within}
    _check_outcome(e, d)
    if e.issuer is not None:
        assert e.issuer == d.issuer
    if e.no_deadlines:
        assert () == d.deadlines
    if e.no_due:
        assert [] == [x.due.iso() for x in d.deadlines if x.due]


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in ALL])
def test_finds_what_the_case_expects(case: Case) -> None:
    """Each expected directive is found, with every field the case names."""
    found = _parse(case)

    for e in case.expect:
        hits = [d for d in found if _matches(d, e)]
        assert hits, (
            f"{e} not found in {[(d.jurisdiction, d.action.value, d.platforms) for d in found]}"
        )
        # two acts of one kind on one platform are told apart by their dates or issuers
        d = next(
            (
                h
                for h in hits
                if (h.issued is not None and e.issued == h.issued.iso())
                or (e.issuer is not None and e.issuer == h.issuer)
            ),
            hits[0],
        )
        _check_fields(e, d)
    if case.exact:
        assert len(case.expect) == len(found), [
            (d.jurisdiction, d.action.value, d.platforms) for d in found
        ]


def test_header_date_contradicted_by_the_text_is_noticed() -> None:
    """A page date the text contradicts is reported, and the record says which date was used."""
    text = (
        " date 2026-03-04 KUALA LUMPUR: The regulator met TikTok on March 20 and will meet again.\n"
        "The minister said TikTok has been urged to cooperate with the government."
    )

    result = parse_text(text)

    assert "2026-04-03" == (
        result.reference_date.iso() if result.reference_date else None
    )
    assert result.reference_basis is not None
    assert any("contradicted" in w for w in result.warnings)


@given(st.text(max_size=400))
def test_evidence_points_at_the_text(text: str) -> None:
    """Every evidence span lies inside the text and quotes it exactly."""
    result = parse_text(text)

    for d in result.directives:
        for e in d.evidence:
            assert 0 <= e.start <= e.end <= len(text)
            assert text[e.start : e.end] == e.text


def test_parsing_is_deterministic() -> None:
    """Parsing the same text twice gives equal results, ids included."""
    case = ALL[0]

    assert _parse(case) == _parse(case)


def test_neutral_prefix_shifts_offsets_and_changes_no_fact() -> None:
    """Prepending a paragraph without facts shifts every offset by its length."""
    case = next(c for c in ALL if c.id == "dateline-names-the-jurisdiction")
    prefix = "Weather was mild across the region.\n\n"
    published = PartialDate.from_iso(case.published or "2026-01-01")

    plain = parse_text(case.text, published=published).directives
    shifted = parse_text(prefix + case.text, published=published).directives

    assert [(d.jurisdiction, d.action, d.platforms) for d in plain] == [
        (d.jurisdiction, d.action, d.platforms) for d in shifted
    ]
    assert [e.start + len(prefix) for d in plain for e in d.evidence] == [
        e.start for d in shifted for e in d.evidence
    ]


def test_a_deadline_told_twice_is_one_deadline_with_both_spans() -> None:
    """A due date the headline and the body both state is one deadline, with both as evidence."""
    text = (
        "Peru tells streaming services to register by June 30\n\n"
        "LIMA - Peru's culture ministry on Monday said streaming services must register by June 30."
    )

    (directive,) = parse_text(
        text, published=PartialDate.from_iso("2026-04-08")
    ).directives

    assert 1 == len(directive.deadlines)
    assert ["June 30", "June 30"] == [e.text for e in directive.deadlines[0].evidence]


def test_a_rate_is_not_a_deadline() -> None:
    """A rate ("50,000 visits a month") says how big a platform is, not how long it has to act."""
    text = (
        "VIENTIANE - Laos on Monday ordered platforms that draw more than 50,000 visits a month "
        "to register with the ministry."
    )

    (directive,) = parse_text(
        text, published=PartialDate.from_iso("2026-01-25")
    ).directives

    assert () == directive.deadlines


def test_a_class_named_as_a_place_or_as_its_users_is_not_a_target() -> None:
    """A class as a place ("share news on social networks") or as its users names no target."""
    text = (
        "VIENTIANE - Social media users in Laos will need a phone number to post, under a new "
        "decree signed on January 20 that lets only verified accounts share news on social networks."
    )

    (directive,) = parse_text(
        text, published=PartialDate.from_iso("2026-01-25")
    ).directives

    assert () == directive.platforms


def test_a_law_told_after_a_block_names_no_platform_and_no_possible_meeting_deadline() -> (
    None
):
    """The law behind a block is general, and "might take place within two weeks" sets no deadline."""
    text = (
        "MINSK, Mar 4 - Belarus's communications ministry on Tuesday ordered access to Bluesky "
        "blocked.\nThe law, signed by the president in 2021, lets the ministry block sites.\n"
        "The company said a meeting with officials might take place within two weeks."
    )

    found = parse_text(text, published=PartialDate.from_iso("2026-03-04")).directives
    (law,) = [d for d in found if d.action.value == "legislation"]

    assert () == law.platforms
    assert () == law.deadlines


def test_a_promise_on_a_condition_is_no_unblock() -> None:
    """A promise on a condition ("will be switched back on") is not an unblock."""
    text = (
        "LIBREVILLE - Gabon's communications ministry on Thursday ordered TikTok blocked.\n"
        "The minister said platforms that complete registration will be switched back on, "
        "and that TikTok would be unblocked once it registers."
    )

    found = parse_text(text, published=PartialDate.from_iso("2026-04-10")).directives

    assert [] == [d.action.value for d in found if d.action.value == "unblock"]


def test_a_block_told_as_lifted_is_not_dated_to_the_report() -> None:
    """The lead's news is the lifting: the block it lifts gets no publication date as its own."""
    text = (
        "Pakistan restores X after 11-month block\n\n"
        "ISLAMABAD - Pakistan's telecoms authority restored access to the social media "
        "platform X on Wednesday."
    )

    found = parse_text(text, published=PartialDate.from_iso("2025-04-03")).directives
    (block,) = [d for d in found if d.action.value == "block"]

    assert block.issued is None
