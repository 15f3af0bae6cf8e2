"""Linking records of one real-world directive across sources (#4)."""

from __future__ import annotations

import hashlib
import importlib

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regwatch.dataset.link import compatible, issuers_compatible, link
from regwatch.dates import PartialDate
from regwatch.model import Directive, Outcome
from regwatch.vocab import Provenance
from strategies import linkable_directives

# the package re-exports link(), which hides the module of the same name
_link_module = importlib.import_module("regwatch.dataset.link")


def _sid(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()


def _d(source: str, *, issued: str | None, issuer: str | None, **kw) -> Directive:
    facts = {"jurisdiction": "FR", "action": "prosecution", "platforms": ["telegram"]}
    facts.update(kw)
    return Directive(
        id=_sid(source + str(issued) + str(issuer))[:16],
        issued=None if issued is None else PartialDate.from_iso(issued),
        issuer=issuer,
        source_ids=[_sid(source)],
        **facts,
    )


ARREST_A = _d("a", issued="2024-08", issuer="authorities")
ARREST_B = _d("b", issued="2024-08", issuer="prosecutors")
ARREST_CURATED = _d(
    "c", issued="2024-08-24", issuer="Paris prosecutor's office", provenance="curated"
)
CHARGES_CURATED = _d(
    "c", issued="2024-08-28", issuer="Paris investigating judge", provenance="curated"
)


def _groups(records: list[Directive]) -> list[int]:
    return sorted(len(d.source_ids) for d in link(records))


def test_reports_of_one_arrest_become_one_record():
    """Two parsed reports and the curated arrest link; the later charges stay apart."""
    linked = link([ARREST_A, ARREST_B, ARREST_CURATED, CHARGES_CURATED])

    arrest = next(d for d in linked if len(d.source_ids) == 3)

    assert (PartialDate.from_iso("2024-08-24"), "Paris prosecutor's office") == (
        arrest.issued,
        arrest.issuer,
    )
    assert [1, 3] == sorted(len(d.source_ids) for d in linked)


def test_linked_record_is_parsed_and_keeps_curated_references():
    """A parsed and a curated report of one act give a parsed record with the URLs."""
    curated = attrs.evolve(ARREST_CURATED, references=["https://news.example/a"])

    (record,) = link([ARREST_B, curated])

    assert (Provenance.PARSED, ("https://news.example/a",)) == (
        record.provenance,
        record.references,
    )


def test_same_day_same_act_links_despite_different_ministry_names():
    """Same jurisdiction, action, platforms and day link even when the ministries' names differ."""
    a = _d(
        "a",
        issued="2025-05-21",
        issuer="Ministry of Information",
        jurisdiction="VN",
        action="block",
    )
    b = _d(
        "b",
        issued="2025-05-21",
        issuer="Ministry of Science and Technology",
        jurisdiction="VN",
        action="block",
    )

    assert [2] == _groups([a, b])


def test_vague_record_between_two_acts_stays_apart():
    """A year-only report compatible with two acts that differ stays a record of its own."""
    court = _d(
        "c",
        issued="2018-04-13",
        issuer="Moscow court",
        jurisdiction="RU",
        action="block",
    )
    regulator = _d(
        "c",
        issued="2018-04-16",
        issuer="Roskomnadzor",
        jurisdiction="RU",
        action="block",
    )
    vague = _d("v", issued="2018", issuer=None, jurisdiction="RU", action="block")

    assert [1, 1, 1] == _groups([court, regulator, vague])


def test_records_of_one_source_never_merge():
    """Two records one reader took from one source stay two."""
    a = _d("s", issued="2025-07-18", issuer="Cabinet", action="block")
    b = _d("s", issued="2025-07-18", issuer="Telecom regulator", action="block")

    assert [1, 1] == _groups([a, b])


def test_different_dates_do_not_link():
    """Two records with dates that cannot name the same day stay apart."""
    a = _d("a", issued="2024-08-24", issuer="prosecutors")
    b = _d("b", issued="2024-09", issuer="prosecutors")

    assert [1, 1] == _groups([a, b])


def test_subset_of_platforms_links_on_a_shared_service():
    """A report naming some of the platforms links to one naming all of them."""
    a = _d(
        "a",
        issued="2025-09-04",
        issuer="ministry",
        action="block",
        platforms=["x", "youtube"],
    )
    b = _d(
        "b",
        issued="2025-09-04",
        issuer="ministry",
        action="block",
        platforms=["x", "youtube", "facebook"],
    )

    (record,) = link([a, b])

    assert ("facebook", "x", "youtube") == record.platforms


def test_link_does_not_depend_on_input_order():
    """Reversing the input gives the same records."""
    records = [ARREST_A, ARREST_B, ARREST_CURATED, CHARGES_CURATED]

    assert link(records) == link(list(reversed(records)))


def test_outcomes_of_linked_records_form_one_series():
    """The linked record holds every source's outcomes, oldest first."""
    a = attrs.evolve(
        ARREST_B,
        outcomes=[Outcome(status="complied", as_of=PartialDate.from_iso("2024-09"))],
    )
    b = attrs.evolve(
        ARREST_CURATED,
        outcomes=[Outcome(status="enforced", as_of=PartialDate.from_iso("2024-08-28"))],
    )

    (record,) = link([a, b])

    assert ["enforced", "complied"] == [o.status.value for o in record.outcomes]


def test_colliding_ids_are_scoped_by_source():
    """Two records that stay apart but share their facts get distinct ids."""
    a = _d("a", issued="2024", issuer=None)
    b = _d("b", issued="2024", issuer=None)
    c = _d("c", issued="2024-03-01", issuer="judge")
    e = _d("e", issued="2024-05-01", issuer="other judge")

    ids = [d.id for d in link([a, b, c, e])]

    assert len(ids) == len(set(ids))


ISSUERS = [
    pytest.param(
        "Moscow court", "Tagansky District Court of Moscow", False, 2, id="shared-word"
    ),
    pytest.param(
        "MIC", "Ministry of Information and Communications", False, 3, id="acronym"
    ),
    pytest.param("french authorities", "French Authorities", False, 3, id="casefold"),
    pytest.param("Government of Nepal", "Cabinet of Nepal", False, 1, id="generic"),
    pytest.param(None, "Roskomnadzor", False, 1, id="unknown"),
    pytest.param("Roskomnadzor", "Moscow court", False, None, id="different"),
    pytest.param("Roskomnadzor", "Moscow court", True, 0, id="different-same-day"),
    pytest.param(
        "State of Montana", "U.S. Congress", False, None, id="state-is-not-generic"
    ),
]


@pytest.mark.parametrize(("a", "b", "same_day", "expected"), ISSUERS)
def test_issuer_agreement(a, b, same_day, expected):
    """Issuer names agree by name, acronym, shared word or vagueness, or not at all."""
    assert expected == issuers_compatible(a, b, same_day=same_day)


# -- the grouping of one block, against the whole-block algorithm it replaced (#6) --


def _reference_group_score(a, b):
    best = None
    for x in a:
        for y in b:
            s = compatible(x, y)
            if s is None:
                return None
            best = s if best is None else max(best, s)
    return best


def _reference_clear(i, j, score, scores, n):
    def get(x, y):
        return scores.get((min(x, y), max(x, y)))

    for x, y in ((i, j), (j, i)):
        for k in range(n):
            if k in (i, j):
                continue
            alt = get(x, k)
            if alt is not None and get(y, k) is None and alt >= score:
                return False
    return True


def _reference_groups(records):
    """The whole-block grouping as first written: every pair re-scored at each step."""
    groups = [[r] for r in records]
    while True:
        n = len(groups)
        scores = {
            (i, j): s
            for i in range(n)
            for j in range(i + 1, n)
            if (s := _reference_group_score(groups[i], groups[j])) is not None
        }
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0]))
        chosen = next(
            (pair for pair, s in ranked if _reference_clear(*pair, s, scores, n)),
            None,
        )
        if chosen is None:
            return groups
        i, j = chosen
        groups[i] = groups[i] + groups[j]
        del groups[j]


@settings(deadline=None)
@given(st.lists(linkable_directives, max_size=14))
def test_link_by_parts_equals_whole_block_grouping(records):
    """Grouping each part of a block on its own gives what grouping the whole block gives."""
    fast = link(records)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_link_module, "_block_groups", _reference_groups)
        reference = link(records)

    assert reference == fast


@given(st.lists(linkable_directives, max_size=14))
def test_parts_never_split_a_linkable_pair(records):
    """Any two records of a block that could link fall in the same part."""
    part_of = {}
    for n, part in enumerate(_link_module._Index.of(records).components()):
        for i in part:
            part_of[i] = n

    apart = [
        (i, j)
        for i, a in enumerate(records)
        for j, b in enumerate(records)
        if compatible(a, b) is not None and part_of[i] != part_of[j]
    ]

    assert [] == apart


def test_one_story_reported_many_times_links_into_one_record():
    """Sixty reports of one block, with an undated one among them, become one record."""
    reports = [
        _d(
            f"r{n}",
            issued="2018-04-16",
            issuer="Roskomnadzor",
            action="block",
            jurisdiction="RU",
        )
        for n in range(60)
    ]
    undated = _d("u", issued=None, issuer=None, action="block", jurisdiction="RU")

    (linked,) = link([*reports, undated])

    assert 61 == len(linked.source_ids)


def test_equal_scores_are_one_object():
    """compatible() gives equal scores as one shared tuple, so a large part holds no copy per pair."""
    c = _d("c", issued="2024-08", issuer="prosecutors")

    assert compatible(ARREST_A, ARREST_B) is compatible(ARREST_A, c)


@settings(deadline=None)
@given(st.lists(linkable_directives, max_size=14))
def test_link_reads_a_stream_once(records):
    """link() given the records as a one-pass stream gives what it gives for the list."""
    assert link(records) == link(iter(records))


@st.composite
def _heap_entries(
    draw: st.DrawFn, bits: int
) -> tuple[tuple[int, int], int, int, int, int]:
    numbers = st.integers(min_value=0, max_value=2**bits - 1)
    score = (draw(st.integers(0, 3)), draw(st.integers(0, 3)))
    return (score, draw(numbers), draw(numbers), draw(numbers), draw(numbers))


@given(
    st.integers(min_value=1, max_value=20).flatmap(
        lambda bits: st.tuples(st.just(bits), _heap_entries(bits), _heap_entries(bits))
    )
)
def test_packed_heap_entries_sort_as_their_tuples(case):
    """Packed heap entries order as (-dates, -issuers, a, b, va, vb) tuples, and unpack to their groups and versions."""
    bits, x, y = case
    packed = [_link_module._pack(*e, bits=bits) for e in (x, y)]

    def as_tuple(e):
        (dates, issuers), *rest = e
        return (-dates, -issuers, *rest)

    assert (
        as_tuple(x) < as_tuple(y),
        as_tuple(x) == as_tuple(y),
        tuple(x[1:]),
    ) == (
        packed[0] < packed[1],
        packed[0] == packed[1],
        _link_module._unpack(packed[0], bits=bits),
    )
