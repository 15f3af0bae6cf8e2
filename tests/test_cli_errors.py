"""`regwatch parse` on bad input: exit 2 for bad arguments, 1 when any input failed (#7)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from cases.input_cases import PROSE
from regwatch import cli


def _run(*args: str | Path) -> Result:
    return CliRunner().invoke(cli.main, ["parse", *map(str, args)])


@pytest.fixture(name="article")
def _article(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(PROSE)
    return path


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param([], "Missing argument 'PATHS...'", id="no-paths"),
        pytest.param(
            ["--frobnicate", "x.txt"],
            "No such option '--frobnicate'",
            id="unknown-option",
        ),
        pytest.param(
            ["--format", "xml", "x.txt"],
            "Invalid value for '--format'",
            id="bad-format",
        ),
        pytest.param(
            ["--encoding-errors", "ignore", "x.txt"],
            "Invalid value for '--encoding-errors'",
            id="bad-encoding-errors",
        ),
        pytest.param(
            ["--metadata", "no-such-sources.jsonl", "x.txt"],
            "no-such-sources.jsonl: cannot read metadata (No such file or directory)",
            id="metadata-missing",
        ),
    ],
)
def test_bad_arguments_exit_2(args: list[str], message: str) -> None:
    """A bad command line exits 2 with a usage message naming the problem."""
    result = _run(*args)

    assert (2, True) == (result.exit_code, message in result.stderr)


def test_metadata_folder_exits_2(tmp_path: Path, article: Path) -> None:
    """A folder given as --metadata is a bad argument: exit 2."""
    result = _run("--metadata", tmp_path, article)

    assert (2, True) == (result.exit_code, "is a directory" in result.stderr)


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        pytest.param(
            '{"file": "good.txt"}\n{"file": \n',
            "sources.jsonl:2: not valid JSON",
            id="malformed-line",
        ),
        pytest.param(
            '{"file": "good.txt", "published": "2025-02-30"}\n',
            "sources.jsonl:1: 'published' '2025-02-30' is not a possible date",
            id="impossible-date",
        ),
        pytest.param(
            '{"file": "../good.txt"}\n',
            "sources.jsonl:1: 'file' '../good.txt' escapes its folder",
            id="file-escapes-folder",
        ),
    ],
)
def test_bad_metadata_exits_2_naming_file_and_line(
    lines: str, message: str, tmp_path: Path, article: Path
) -> None:
    """A bad sources.jsonl line stops before parsing: exit 2, naming file:line and value."""
    meta = tmp_path / "sources.jsonl"
    meta.write_text(lines)

    result = _run("--metadata", meta, article)

    assert (2, True, "") == (result.exit_code, message in result.stderr, result.stdout)


def test_metadata_unknown_key_is_a_warning(tmp_path: Path, article: Path) -> None:
    """An unknown sources.jsonl key is warned about on stderr and parsing goes on."""
    meta = tmp_path / "sources.jsonl"
    meta.write_text('{"file": "good.txt", "colour": "blue"}\n')

    result = _run("--metadata", meta, article, "--format", "jsonl")

    assert (0, [f"warning: {meta}:1: ignored unknown key(s) 'colour'"]) == (
        result.exit_code,
        result.stderr.splitlines(),
    )


def test_batch_goes_on_and_reports_every_failure(tmp_path: Path, article: Path) -> None:
    """Bad inputs are reported as met and again at the end; good ones are parsed; exit 1."""
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"Caf\xe9.")
    missing = tmp_path / "missing.txt"
    failures = [
        f"{missing}: no such file or folder",
        f"{empty}: empty file (0 bytes); nothing to parse",
        (
            f"{latin}: not UTF-8: invalid byte 0xe9 at byte offset 3 (line 1); re-encode it "
            "as UTF-8, or pass --encoding-errors=replace to read it with U+FFFD in place of bad bytes"
        ),
    ]

    result = _run(missing, empty, article, latin, "--format", "jsonl")

    assert (1, ["good.txt"]) == (
        result.exit_code,
        [json.loads(line)["file"] for line in result.stdout.splitlines()],
    )
    assert [
        *(f"error: {f}" for f in failures),
        "3 input(s) failed:",
        *(f"  {f}" for f in failures),
    ] == result.stderr.splitlines()


def test_all_good_exits_0(article: Path) -> None:
    """A batch where every input is read exits 0 with nothing on stderr."""
    result = _run(article, "--format", "json")

    assert (0, "", 1) == (
        result.exit_code,
        result.stderr,
        len(json.loads(result.stdout)),
    )


def test_replace_flags_the_result(tmp_path: Path) -> None:
    """--encoding-errors=replace parses a non-UTF-8 file and flags it in the result's warnings."""
    path = tmp_path / "latin.txt"
    path.write_bytes(b"Caf\xe9 owners objected.")

    result = _run("--encoding-errors", "replace", "--format", "jsonl", path)

    assert (
        0,
        [
            (
                f"{path}: not UTF-8: 1 invalid byte sequence(s) replaced by U+FFFD, "
                "the first at byte offset 3 (line 1)"
            )
        ],
    ) == (
        result.exit_code,
        json.loads(result.stdout)["warnings"],
    )


def test_jsonl_input(tmp_path: Path) -> None:
    """Regwatch parse reads JSONL lines and reports a bad line as file:line."""
    path = tmp_path / "batch.jsonl"
    path.write_text(
        '{"text": "First.", "id": "a"}\n{"text": ""}\n{"text": "Third.", "id": "c"}\n'
    )

    result = _run(path, "--format", "jsonl")

    assert (1, ["a", "c"], f"error: {path}:2: 'text' is empty; nothing to parse") == (
        result.exit_code,
        [json.loads(line)["file"] for line in result.stdout.splitlines()],
        result.stderr.splitlines()[0],
    )


def test_parser_crash_is_reported_not_raised(
    article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Were the parser ever to raise, the CLI reports it as a failure and goes on: exit 1."""

    def explode(*_: object, **__: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(cli, "parse_text", explode)
    result = _run(article, article)

    assert (1, "2 input(s) failed:") == (
        result.exit_code,
        result.stderr.splitlines()[2],
    )
    assert (
        f"error: {article}: internal error in the parser (RuntimeError: boom); "
        "please report this as a bug"
    ) == result.stderr.splitlines()[0]
