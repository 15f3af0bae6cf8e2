"""The gazetteers: their data files load and validate, and the finders obey the matching rules."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import pytest
from tests.cases.gazetteer_cases import (
    AUTHORITIES,
    INTERMEDIARIES,
    JURISDICTIONS,
    JURISDICTIONS_AMBIGUOUS,
    JURISDICTIONS_LONGEST,
    JURISDICTIONS_WORD_BOUNDS,
    PLATFORMS,
    PLATFORMS_CONTEXT,
    Case,
)

from regwatch import gazetteer
from regwatch.errors import DatasetError, InputError


def _params(*tables: list[Case]) -> list[object]:
    return [pytest.param(c, id=c.id) for table in tables for c in table]


@pytest.mark.parametrize(
    "case",
    _params(
        JURISDICTIONS,
        JURISDICTIONS_LONGEST,
        JURISDICTIONS_WORD_BOUNDS,
        JURISDICTIONS_AMBIGUOUS,
    ),
)
def test_find_jurisdictions(case):
    """Jurisdiction surfaces are found word-bounded, longest first, with their rules."""
    found = gazetteer.find_jurisdictions(case.text)

    assert case.expect == tuple((m.text, m.id) for m in found)


@pytest.mark.parametrize("case", _params(PLATFORMS, PLATFORMS_CONTEXT))
def test_find_platforms(case):
    """Platform surfaces map to their slugs; ambiguous ones need their context cue."""
    found = gazetteer.find_platforms(case.text)

    assert case.expect == tuple((m.text, m.id) for m in found)


@pytest.mark.parametrize("case", _params(AUTHORITIES))
def test_find_authorities(case):
    """Authorities map to a canonical name and a code, or no code for generic forms."""
    found = gazetteer.find_authorities(case.text)

    assert case.expect == tuple((m.text, m.id, m.code or "") for m in found)


@pytest.mark.parametrize("case", _params(INTERMEDIARIES))
def test_find_intermediaries(case):
    """Intermediary surfaces map to their kind; vague ones need a cue."""
    found = gazetteer.find_intermediaries(case.text)

    assert case.expect == tuple((m.text, m.id) for m in found)


@pytest.mark.parametrize(
    "finder",
    [
        pytest.param(gazetteer.find_jurisdictions, id="jurisdictions"),
        pytest.param(gazetteer.find_platforms, id="platforms"),
        pytest.param(gazetteer.find_authorities, id="authorities"),
        pytest.param(gazetteer.find_intermediaries, id="intermediaries"),
    ],
)
def test_offsets_point_into_the_text(finder):
    """Every match's offsets slice the given text back to the match's text."""
    text = "\r\nIn Nepal\u2019s capital, the telecom regulator told ISPs to block TikTok and social media.\n"

    found = finder(text)

    assert found
    assert [m.text for m in found] == [text[m.start : m.end] for m in found]


def test_kind_is_the_form():
    """A jurisdiction match's kind says which form matched."""
    found = gazetteer.find_jurisdictions("Vietnamese officials in Hanoi")

    assert [("demonym", "VN"), ("capital", "VN")] == [(m.kind, m.id) for m in found]


def test_platform_kind_is_service_or_class():
    """A platform match's kind says whether it names a service or a class."""
    found = gazetteer.find_platforms("Telegram and other messaging apps")

    assert ["service", "class"] == [m.kind for m in found]


def test_empty_text_finds_nothing():
    """An empty text gives no match (and no error)."""
    assert [] == gazetteer.find_platforms("")


def test_every_iso_country_is_known():
    """All 249 ISO 3166-1 alpha-2 countries are listed, plus EU and UN."""
    known = gazetteer.jurisdictions()

    assert (249, {"EU", "UN"}) == (
        sum(1 for j in known.values() if j.kind == "country"),
        {j.code for j in known.values() if j.kind == "supranational"},
    )


def test_at_least_sixty_services():
    """The registry holds at least 60 named services, each with an operator."""
    services = [p for p in gazetteer.platforms().values() if p.kind == "service"]

    assert len(services) >= 60
    assert [] == [p.id for p in services if not p.operator]


def test_every_service_category_is_a_class():
    """A service's category is the id of a class in the same registry."""
    known = gazetteer.platforms()

    assert set() == {
        p.category
        for p in known.values()
        if p.category and known[p.category].kind != "class"
    }


def test_jurisdiction_lookup():
    """A code is looked up case-insensitively."""
    assert "Vietnam" == gazetteer.jurisdiction("vn").name


@pytest.mark.parametrize(
    ("lookup", "value", "hint"),
    [
        pytest.param(gazetteer.jurisdiction, "VNM", "did you mean 'VN'", id="alpha-3"),
        pytest.param(gazetteer.jurisdiction, "Vietnam", "did you mean 'VN'", id="name"),
        pytest.param(gazetteer.platform, "twitter", "did you mean 'x'", id="alias"),
        pytest.param(
            gazetteer.platform, "telegrm", "did you mean 'telegram'", id="typo"
        ),
    ],
)
def test_unknown_lookup_suggests(lookup, value, hint):
    """An unknown code or id raises InputError naming a close match."""
    with pytest.raises(InputError, match=hint):
        lookup(value)


def _gold_platform_ids(shared: Path) -> set[str]:
    ids: set[str] = set()
    for gold in (shared / "seeds" / "expected.jsonl", shared / "corpus" / "gold.jsonl"):
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                for directive in json.loads(line)["directives"]:
                    ids.update(directive["platforms"])
    return ids


def test_gold_platforms_are_known(shared):
    """Every platform id in the seeds' and corpus's answers is in the registry."""
    ids = _gold_platform_ids(shared)

    assert set() == ids - set(gazetteer.platforms())


# -- validation: broken copies of the data files --------------------------------


@pytest.fixture(name="resources")
def _resources(tmp_path):
    """A writable copy of the shipped resource files."""
    source = files("regwatch.resources")
    for name in (
        "jurisdictions.tsv",
        "jurisdiction_names.tsv",
        "platforms.tsv",
        "platform_names.tsv",
        "authorities.tsv",
        "intermediaries.tsv",
    ):
        (tmp_path / name).write_bytes(source.joinpath(name).read_bytes())
    return tmp_path


def _append(folder: Path, name: str, *cells: str) -> int:
    """Append one row to a copied file; return its line number."""
    path = folder / name
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "\t".join(cells) + "\n", encoding="utf-8")
    return text.count("\n") + 1


_BUILDERS = {
    "jurisdiction_names.tsv": gazetteer._jurisdiction_matcher,
    "platform_names.tsv": gazetteer._platform_matcher,
    "platforms.tsv": gazetteer._platform_table,
    "authorities.tsv": gazetteer._authority_matcher,
    "intermediaries.tsv": gazetteer._intermediary_matcher,
}


@pytest.mark.parametrize(
    ("name", "cells", "problem"),
    [
        pytest.param(
            "jurisdiction_names.tsv",
            ("Atlantis", "XA", "name", "fold", "", ""),
            "unknown code 'XA'",
            id="unknown-code",
        ),
        pytest.param(
            "jurisdiction_names.tsv",
            ("Atlantis", "GR", "myth", "fold", "", ""),
            "unknown form 'myth'",
            id="unknown-form",
        ),
        pytest.param(
            "jurisdiction_names.tsv",
            ("Hanoi", "VN", "capital", "fold", "", ""),
            "duplicate surface 'Hanoi'",
            id="duplicate",
        ),
        pytest.param(
            "jurisdiction_names.tsv",
            ("", "VN", "capital", "fold", "", ""),
            "empty surface",
            id="empty-surface",
        ),
        pytest.param(
            "platform_names.tsv",
            ("Friendster", "friendster", "fold", "", ""),
            "unknown id 'friendster'",
            id="unknown-platform",
        ),
        pytest.param(
            "platform_names.tsv",
            ("Tele gram", "telegram", "sometimes", "", ""),
            "unknown match 'sometimes'",
            id="unknown-match",
        ),
        pytest.param(
            "platform_names.tsv",
            ("Telly", "telegram", "exact", "near:(", ""),
            "bad regex",
            id="bad-context-regex",
        ),
        pytest.param(
            "platform_names.tsv",
            ("Telly", "telegram", "exact", "around:app", ""),
            "bad context clause",
            id="bad-context-clause",
        ),
        pytest.param(
            "platforms.tsv",
            ("telegram", "Telegram", "service", "Telegram FZ-LLC", "messaging", ""),
            "duplicate id 'telegram'",
            id="duplicate-id",
        ),
        pytest.param(
            "platforms.tsv",
            ("orkut", "Orkut", "service", "Google", "nostalgia", ""),
            "unknown category 'nostalgia'",
            id="unknown-category",
        ),
        pytest.param(
            "authorities.tsv",
            (
                "Ministry of Magic",
                "GB",
                "Ministry of Magic",
                "wizardry",
                "fold",
                "",
                "",
            ),
            "unknown type 'wizardry'",
            id="unknown-type",
        ),
        pytest.param(
            "intermediaries.tsv",
            ("pigeons", "avian", "fold", "", ""),
            "unknown kind 'avian'",
            id="unknown-kind",
        ),
        pytest.param(
            "intermediaries.tsv",
            ("pigeons", "telecom", "fold", "", "", "extra"),
            "6 cells, expected 5",
            id="too-many-cells",
        ),
    ],
)
def test_bad_rows_name_file_and_line(resources, name, cells, problem):
    """A bad row raises DatasetError naming the file, the line and the problem."""
    line = _append(resources, name, *cells)

    with pytest.raises(DatasetError) as info:
        _BUILDERS[name](gazetteer.Resources(resources))

    assert f"{name}:{line}: " in str(info.value)
    assert problem in str(info.value)


def test_bad_header_is_reported(resources):
    """A file whose header is not the expected columns is refused."""
    path = resources / "intermediaries.tsv"
    path.write_text("surface\tkind\n", encoding="utf-8")

    with pytest.raises(DatasetError, match=r"intermediaries\.tsv:1: header"):
        gazetteer._intermediary_matcher(gazetteer.Resources(resources))


def test_missing_file_is_reported(resources):
    """A missing file raises DatasetError naming it."""
    (resources / "authorities.tsv").unlink()

    with pytest.raises(DatasetError, match=r"authorities\.tsv: cannot read"):
        gazetteer._authority_matcher(gazetteer.Resources(resources))


def test_comments_and_blank_lines_are_skipped(resources):
    """Comment and blank lines are ignored, and a new row is then found."""
    path = resources / "platform_names.tsv"
    path.write_text(
        path.read_text(encoding="utf-8")
        + "\n# a comment\n\nTelly\ttelegram\tfold\t\t\n",
        encoding="utf-8",
    )

    matcher = gazetteer._platform_matcher(gazetteer.Resources(resources))

    assert ["telegram"] == [
        m.id for m in matcher.find("on Telly today", gazetteer._match)
    ]


def test_context_language():
    """A context rule keeps a match with a positive cue and drops one with a veto."""
    rule = gazetteer.parse_context(r"after:^\s+app && not-before:\bthe\s+$")

    assert (True, False, False) == (
        rule.allows("get Line app", 4, 8),
        rule.allows("get the Line app", 8, 12),
        rule.allows("get Line now", 4, 8),
    )
