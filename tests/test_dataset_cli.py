"""The dataset's command line: build, directives, deadlines (#4)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import regwatch
from regwatch.cli import main


def _run(*args: str):
    return CliRunner().invoke(main, list(args), prog_name="regwatch")


def test_directives_lists_the_shipped_dataset():
    """`regwatch directives` prints every shipped directive and a row count."""
    result = _run("directives")

    assert (0, f"{regwatch.load('directives').height} row(s)") == (
        result.exit_code,
        result.output.strip().splitlines()[-1],
    )


FILTERS = [
    pytest.param(["--jurisdiction", "vn"], "jurisdiction", "VN", id="jurisdiction"),
    pytest.param(["--action", "block"], "action", "block", id="action"),
]


@pytest.mark.parametrize(("args", "column", "value"), FILTERS)
def test_directives_filters(args, column, value):
    """Each filter keeps only matching directives."""
    result = _run("directives", *args, "--format", "jsonl")

    assert {value} == {json.loads(line)[column] for line in result.output.splitlines()}


def test_directives_platform_and_dates_filter():
    """--platform and --since/--until keep directives aimed at the platform in the period."""
    result = _run(
        "directives",
        "--platform",
        "telegram",
        "--since",
        "2025",
        "--until",
        "2025-06",
        "--format",
        "json",
    )

    rows = json.loads(result.output)

    assert all(
        "telegram" in r["platforms"] and r["issued"].startswith("2025") for r in rows
    )
    assert rows


def test_directives_csv_has_one_value_per_cell():
    """CSV joins list columns, so programs get one value per cell."""
    result = _run("directives", "--format", "csv")

    assert result.output.splitlines()[0].startswith(
        "issued_iso,jurisdiction,action,platforms"
    )


BAD_ARGUMENTS = [
    pytest.param(["directives", "--action", "blok"], id="unknown-action"),
    pytest.param(["directives", "--since", "2024-13"], id="bad-date"),
    pytest.param(["deadlines"], id="no-as-of"),
    pytest.param(["deadlines", "--as-of", "tomorrow"], id="bad-as-of"),
    pytest.param(["directives", "--data", "/nonexistent/folder"], id="no-dataset"),
]


@pytest.mark.parametrize("args", BAD_ARGUMENTS)
def test_bad_arguments_exit_2(args):
    """Bad arguments end with exit status 2 and an error line."""
    result = _run(*args)

    assert (2, True) == (result.exit_code, "Error:" in result.output)


def test_deadlines_overdue_as_of_a_date():
    """--overdue lists only deadlines whose period ended before --as-of."""
    result = _run(
        "deadlines", "--as-of", "2030-01-01", "--overdue", "--format", "jsonl"
    )

    assert {"overdue"} == {
        json.loads(line)["status"] for line in result.output.splitlines()
    }


def test_build_writes_a_loadable_dataset(tmp_path):
    """`regwatch build` writes a dataset that regwatch.load reads."""
    (tmp_path / "a.txt").write_text("Nothing happened in this made-up article.\n")

    result = _run(
        "build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "ds"), "--jobs", "1"
    )

    assert (0, 1) == (
        result.exit_code,
        regwatch.load("sources", directory=tmp_path / "ds").height,
    )


def test_build_reports_replaced_bytes(tmp_path):
    """`regwatch build --encoding-errors replace` builds a non-UTF-8 article and warns."""
    path = tmp_path / "latin.txt"
    path.write_bytes(b"Caf\xe9 owners objected.\n")

    result = _run(
        "build",
        str(path),
        "-o",
        str(tmp_path / "ds"),
        "--jobs",
        "1",
        "--encoding-errors",
        "replace",
    )

    assert (
        0,
        [
            (
                f"warning: latin.txt: {path}: not UTF-8: 1 invalid byte sequence(s) "
                "replaced by U+FFFD, the first at byte offset 3 (line 1)"
            )
        ],
    ) == (
        result.exit_code,
        [line for line in result.stderr.splitlines() if line.startswith("warning")],
    )


def test_build_fails_on_bytes_not_utf8_by_default(tmp_path):
    """Without --encoding-errors, a non-UTF-8 article fails the build, exit 2."""
    path = tmp_path / "latin.txt"
    path.write_bytes(b"Caf\xe9 owners objected.\n")

    result = _run("build", str(path), "-o", str(tmp_path / "ds"), "--jobs", "1")

    assert 2 == result.exit_code
