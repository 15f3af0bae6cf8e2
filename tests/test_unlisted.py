"""Services no list holds are found only where the text introduces them as services."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regwatch.recognise.unlisted import find_unlisted, slug


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "They fined the lending app Zorblo.", ["zorblo"], id="kind-then-name"
        ),
        pytest.param(
            "It blocked the piracy sites Zorblo, Fenwix and Qat Hub.",
            ["zorblo", "fenwix", "qat-hub"],
            id="kind-then-list",
        ),
        pytest.param(
            "It pulled apps such as Zorblo and Fenwix.",
            ["zorblo", "fenwix"],
            id="such-as",
        ),
        pytest.param(
            "The KeCredit and FairKash lending apps were fined.",
            ["kecredit", "fairkash"],
            id="names-then-kind",
        ),
        pytest.param(
            "Nubexa, a Quito-based crypto exchange, was suspended.",
            ["nubexa"],
            id="apposition",
        ),
        pytest.param("The court ordered zorblo.com blocked.", ["zorblo"], id="domain"),
        pytest.param(
            "Players of FIFA 18 and the game Vexo 2.", ["vexo-2"], id="number"
        ),
        pytest.param(
            "It fined the app Zorblo 2 million euros.", ["zorblo"], id="amount"
        ),
    ],
)
def test_finds_services_introduced_as_such(text, expected):
    """A name joined to a word for a kind of service is a service, with its slug."""
    found = [id_ for _start, _end, id_ in find_unlisted(text)]

    assert expected == found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Digital Services Act applies from Monday.", id="title"),
        pytest.param("The Chinese-owned app was banned.", id="origin"),
        pytest.param("They took it off their Indian app stores.", id="store"),
        pytest.param("The Cabinet wanted platforms to register.", id="verb"),
        pytest.param(
            "It closed a messaging service\nMOSCOW - Russia blocked it.", id="headline"
        ),
        pytest.param("Write to press@zorblo.com for comment.", id="email"),
        pytest.param("Tencent's app was removed.", id="possessive"),
    ],
)
def test_finds_nothing_without_a_frame(text):
    """Capitalised words, titles, origins and lines that run into a dateline are no services."""
    assert [] == find_unlisted(text)


@given(st.text())
def test_spans_hold_the_slugged_name(text):
    """Every span found lies in the text, and its slug is the id given."""
    for start, end, id_ in find_unlisted(text):
        assert 0 <= start < end <= len(text)
        assert slug(text[start:end]) == id_
