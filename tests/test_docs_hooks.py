"""The MkDocs hooks that generate the field dictionary, the pictures and the counts.

The hooks are scripts beside the docs, not part of the package, so they are
loaded from their files here. Each is tested on small records made up for the
test; the build itself (tests/test_docs_site.py) runs them on the shipped data.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest

HOOKS = Path(__file__).resolve().parent.parent / "docs" / "hooks"

pytest.importorskip(
    "mkdocs", reason='the docs hooks need MkDocs (pip install ".[docs]")'
)
pytest.importorskip(
    "matplotlib", reason='the pictures need matplotlib (pip install ".[docs]")'
)


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        f"docs_hook_{name}", HOOKS / f"{name}.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


fields = _load("field_dictionary")
figures = _load("figures")


def _row(
    constraints: dict[str, object], description: str = "Says what."
) -> dict[str, object]:
    return {
        "table": "deadlines",
        "column": "col",
        "type": "string",
        "nullable": True,
        "description": description,
        "constraints": {"required": False, **constraints},
    }


@pytest.mark.parametrize(
    ("constraints", "expected"),
    [
        pytest.param({}, "| `col` | `string` | no | Says what. |  |", id="none"),
        pytest.param(
            {"required": True, "primary_key": True},
            "| `col` | `string` | yes | Says what. | primary key |",
            id="primary-key",
        ),
        pytest.param(
            {"foreign_key": "directives.directive_id"},
            "| Says what. | references `directives.directive_id` |",
            id="foreign-key",
        ),
        pytest.param(
            {"enum": ["day", "month"]},
            "| Says what. | one of `day`, `month` |",
            id="enum",
        ),
        pytest.param(
            {"pattern": "[A-Z]{2}"}, "| Says what. | matches `[A-Z]{2}` |", id="pattern"
        ),
    ],
)
def test_render_table_states_each_constraint(
    constraints: dict[str, object], expected: str
) -> None:
    """Each column row carries its type, whether it is required and its constraints."""
    table = fields.render_table("deadlines", [_row(constraints)], {})

    assert expected in table


def test_render_table_gives_the_table_description_and_key() -> None:
    """The table's description and primary key, from its schema metadata, head the table."""
    metadata = {b"description": b"One row per deadline.", b"primary_key": b'["a", "b"]'}

    table = fields.render_table("deadlines", [_row({})], metadata)

    assert table.startswith(
        "### `deadlines`\n\nOne row per deadline.\n\nPrimary key: `a`, `b`.\n"
    )


def test_a_column_without_description_fails_the_build() -> None:
    """render_table refuses a column with an empty description, naming it."""
    with pytest.raises(fields.PluginError, match="col"):
        fields.render_table("deadlines", [_row({}, description=" ")], {})


def test_every_dataset_column_is_in_the_dictionary() -> None:
    """The rendered dictionary has a row for every column of every table's schema."""
    from regwatch.dataset import arrow_schema  # noqa: PLC0415
    from regwatch.dataset.schema import TABLES  # noqa: PLC0415

    text = fields.render_tables()

    assert [] == [
        f"{t}.{c}"
        for t in TABLES
        for c in arrow_schema(t).names
        if f"| `{c}` |" not in text
    ]


def test_render_record_lists_every_model_field() -> None:
    """The record table of regwatch.Deadline has a row per attrs field, with descriptions."""
    import attrs  # noqa: PLC0415

    import regwatch  # noqa: PLC0415

    table = fields.render_record("Deadline")

    assert [f.name for f in attrs.fields(regwatch.Deadline)] == re.findall(
        r"^\| `(\w+)` \|", table, flags=re.MULTILINE
    )


ROWS = [
    figures.Row(
        jurisdiction="VN",
        action="block",
        platforms=("telegram",),
        issued=dt.date(2025, 5, 21),
        deadlines=(dt.date(2025, 6, 2),),
        outcome="not_enforced",
        outcome_as_of=dt.date(2025, 5, 23),
    ),
    figures.Row(
        jurisdiction="NP",
        action="registration",
        platforms=("facebook", "x"),
        issued=dt.date(2025, 8, 28),
        deadlines=(),
        outcome=None,
        outcome_as_of=None,
    ),
    figures.Row(
        jurisdiction="VN",
        action="device_ban",
        platforms=("telegram",),
        issued=None,
        deadlines=(),
        outcome=None,
        outcome_as_of=None,
    ),
]


def test_timeline_is_the_same_bytes_each_build() -> None:
    """Drawing the timeline twice from the same rows gives identical SVG."""
    first, second = figures.timeline(ROWS), figures.timeline(ROWS)

    assert first.svg == second.svg


def test_timeline_alt_text_says_what_it_shows() -> None:
    """The alt text counts the dated directives, the jurisdictions and the deadlines."""
    alt = figures.timeline(ROWS).alt

    assert (True, True, True) == (
        "2 dated directives in 2 jurisdictions" in alt,
        "2025 to 2025" in alt,
        "1 deadlines" in alt,
    )


def test_coverage_alt_text_names_the_largest_groups() -> None:
    """The coverage alt text gives the total and the most frequent jurisdiction and platform."""
    alt = figures.coverage(ROWS).alt

    assert (True, True, True) == (
        "the 3 directives" in alt,
        "VN 2" in alt,
        "telegram 2" in alt,
    )


def test_counts_tables_list_every_value() -> None:
    """The counts tables list each jurisdiction, action and platform with its count."""
    text = figures.counts_markdown(ROWS)

    assert [True] * 4 == [
        row in text
        for row in (
            "| `VN` | 2 |",
            "| `NP` | 1 |",
            "| `device_ban` | 1 |",
            "| `x` | 1 |",
        )
    ]


roles = _load("rst_roles")


class _Page:
    def __init__(self, src_uri: str) -> None:
        self.file = type("F", (), {"src_uri": src_uri})()


@pytest.mark.parametrize(
    ("page", "html", "expected"),
    [
        pytest.param(
            "reference/api.md",
            ":func:<code>regwatch.parse</code>",
            '<a href="#regwatch.parse"><code>regwatch.parse</code></a>',
            id="public-name-linked-on-api-page",
        ),
        pytest.param(
            "concepts/model.md",
            ":func:<code>regwatch.parse</code>",
            "<code>regwatch.parse</code>",
            id="plain-code-elsewhere",
        ),
        pytest.param(
            "reference/api.md",
            ":class:<code>~regwatch.model.Source</code>",
            "<code>Source</code>",
            id="tilde-keeps-the-last-name",
        ),
        pytest.param(
            "reference/api.md",
            "<code>:not a role</code>",
            "<code>:not a role</code>",
            id="untouched",
        ),
    ],
)
def test_sphinx_roles_render_as_code(page: str, html: str, expected: str) -> None:
    """A Sphinx role left in a docstring becomes code, linked when it is public."""
    actual = roles.on_page_content(html, page=_Page(page))

    assert expected == actual
