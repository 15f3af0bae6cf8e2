"""`regwatch parse`'s table view: every fact of a directive, and what the dates rest on."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from regwatch import cli

# Our own prose: an order with a deadline and a state the article reports.
ORDER = (
    "Bolivia's telecoms ministry on Monday ordered internet providers to block "
    "Telegram and to report back by June 2. The app remained accessible as of Friday."
)


def _table(tmp_path: Path, *, published: str | None) -> str:
    path = tmp_path / "order.txt"
    path.write_text(ORDER, encoding="utf-8")
    args = ["parse", str(path)]
    if published is not None:
        meta = tmp_path / "sources.jsonl"
        meta.write_text(
            json.dumps({"file": "order.txt", "published": published}) + "\n"
        )
        args += ["--metadata", str(meta)]
    result = CliRunner().invoke(cli.main, args)
    assert 0 == result.exit_code, result.output
    return result.output


def test_the_table_shows_deadlines_outcomes_and_the_reference_date(
    tmp_path: Path,
) -> None:
    """Deadline, outcome and the date relative dates rest on are printed, not only evidence."""
    out = _table(tmp_path, published="2025-05-23")

    assert [True, True, True] == [
        "dates resolved against 2025-05-23" in out,
        "deadline: due 2025-06-02" in out,
        "outcome: not_enforced as of 2025-05-23" in out,
    ]


def test_the_table_says_when_no_date_anchors_the_article(tmp_path: Path) -> None:
    """Without a publication date the table says so, and the deadline keeps its unknown year."""
    out = _table(tmp_path, published=None)

    assert [True, True] == [
        "no reference date" in out,
        "deadline: due XXXX-06-02" in out,
    ]
