"""Reading ``sources.jsonl`` metadata (regwatch.jsonio.read_metadata)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from regwatch.dates import PartialDate
from regwatch.errors import InputError
from regwatch.jsonio import MetadataWarning, SourceMetadata, read_metadata
from regwatch.model import Source


def _write(folder: Path, *lines: str) -> Path:
    path = folder / "sources.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _line(**obj: Any) -> str:
    return json.dumps(obj)


# -- the shared seeds and corpus ----------------------------------------------


@pytest.mark.parametrize("folder", ["seeds", "corpus"])
def test_reads_every_shared_metadata_file(shared: Path, folder: str) -> None:
    """Each shared sources.jsonl describes exactly the articles beside it."""
    meta = read_metadata(shared / folder / "sources.jsonl")

    assert sorted(p.name for p in (shared / folder).glob("*.txt")) == sorted(meta)


@pytest.mark.parametrize("folder", ["seeds", "corpus"])
def test_shared_articles_are_dated(shared: Path, folder: str) -> None:
    """Every shared article has a publication date of at least month precision."""
    meta = read_metadata(shared / folder / "sources.jsonl")

    assert [] == [
        m.file
        for m in meta.values()
        if m.published is None or m.published.month is None
    ]


def test_seed_checksums_match_the_files(shared: Path) -> None:
    """The seeds' sha256 values are the sha256 of the files' bytes."""
    meta = read_metadata(shared / "seeds" / "sources.jsonl")

    assert {m.file: m.sha256 for m in meta.values()} == {
        m.file: hashlib.sha256((shared / "seeds" / m.file).read_bytes()).hexdigest()
        for m in meta.values()
    }


# -- fixtures written here ----------------------------------------------------


def test_reads_every_known_key(tmp_path: Path) -> None:
    """Every known key is read into its typed field."""
    path = _write(
        tmp_path,
        _line(
            file="harbour.txt",
            sha256="AB" * 32,
            published="2024-09",
            published_basis="Dateline.",
            url="https://news.example/harbour",
            title="Harbour app ordered offline",
            publisher="Example News",
            language="en",
            references=["https://a.example/1"],
        ),
    )

    assert {
        "harbour.txt": SourceMetadata(
            file="harbour.txt",
            sha256="ab" * 32,
            published=PartialDate(year=2024, month=9),
            published_basis="Dateline.",
            url="https://news.example/harbour",
            title="Harbour app ordered offline",
            publisher="Example News",
            language="en",
            references=("https://a.example/1",),
        )
    } == read_metadata(path)


def test_source_urls_stand_for_references(tmp_path: Path) -> None:
    """``source_urls`` (the gold files' name) is read as references."""
    path = _write(tmp_path, _line(file="a.txt", source_urls=["https://b.example/2"]))

    assert ("https://b.example/2",) == read_metadata(path)["a.txt"].references


def test_source_fields_build_a_source(tmp_path: Path) -> None:
    """source_fields() gives Source keywords; a given date is known from metadata."""
    path = _write(tmp_path, _line(file="a.txt", published="2025-05-23"))
    fields = read_metadata(path)["a.txt"].source_fields()

    source = Source.from_text("Ten words of prose about a ministry.", **fields)

    assert ("a.txt", "2025-05-23", "metadata") == (
        source.file,
        str(source.published),
        source.published_basis,
    )


def test_blank_lines_crlf_and_bom_are_fine(tmp_path: Path) -> None:
    """Blank lines, CRLF line ends and a byte-order mark do not disturb reading."""
    path = tmp_path / "sources.jsonl"
    path.write_bytes(
        b"\xef\xbb\xbf"
        + _line(file="a.txt").encode()
        + b"\r\n\r\n"
        + _line(file="b.txt", published="2018").encode()
        + b"\r\n"
    )

    assert ["a.txt", "b.txt"] == list(read_metadata(path))


def test_line_separator_inside_a_string(tmp_path: Path) -> None:
    """A raw U+2028 inside a JSON string does not split the line."""
    path = _write(tmp_path, '{"file": "a.txt", "title": "one\u2028two"}')

    assert "one\u2028two" == read_metadata(path)["a.txt"].title


def test_malformed_line_names_path_and_line(tmp_path: Path) -> None:
    """A line that is not JSON is reported as path:line."""
    path = _write(tmp_path, _line(file="a.txt"), "", '{"file": "b.txt",')

    with pytest.raises(InputError) as excinfo:
        read_metadata(path)

    assert str(excinfo.value).startswith(f"{path}:3: not valid JSON")


def test_not_an_object(tmp_path: Path) -> None:
    """A line holding a JSON list is refused."""
    path = _write(tmp_path, '["a.txt"]')

    with pytest.raises(InputError) as excinfo:
        read_metadata(path)

    assert f"{path}:1: expected a JSON object, got list" == str(excinfo.value)


def test_unknown_key_warns_naming_it(tmp_path: Path) -> None:
    """An unknown key is ignored with a MetadataWarning that names it."""
    path = _write(tmp_path, _line(file="a.txt", author="Someone"))

    with pytest.warns(MetadataWarning, match="'author'") as record:
        meta = read_metadata(path)

    assert f"{path}:1: ignored unknown key(s) 'author'" == str(record[0].message)
    assert SourceMetadata(file="a.txt") == meta["a.txt"]


def test_impossible_date_is_refused_with_the_value(tmp_path: Path) -> None:
    """An impossible publication date is refused, quoting it."""
    path = _write(tmp_path, _line(file="a.txt", published="2025-02-30"))

    with pytest.raises(InputError) as excinfo:
        read_metadata(path)

    assert (
        f"{path}:1: 'published' '2025-02-30' is not a possible date: "
        "PartialDate.day=30 is not a day of 2025-02"
    ) == str(excinfo.value)


def test_date_must_be_a_string(tmp_path: Path) -> None:
    """A number is not read as a year."""
    path = _write(tmp_path, _line(file="a.txt", published=2018))

    with pytest.raises(InputError) as excinfo:
        read_metadata(path)

    assert (
        f"{path}:1: 'published' must be an ISO date string such as '2024-09', not 2018"
        == str(excinfo.value)
    )


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("../x.txt", id="parent"),
        pytest.param("/etc/passwd", id="absolute"),
        pytest.param("a/b.txt", id="subfolder"),
        pytest.param("..\\x.txt", id="windows-parent"),
        pytest.param("C:x.txt", id="windows-drive"),
        pytest.param("a.txt/", id="trailing-slash"),
        pytest.param("..", id="dot-dot"),
        pytest.param("a\x00.txt", id="nul"),
    ],
)
def test_file_escaping_its_folder_is_refused(tmp_path: Path, name: str) -> None:
    """A ``file`` that is not a plain base name is refused."""
    path = _write(tmp_path, _line(file=name))

    with pytest.raises(InputError) as excinfo:
        read_metadata(path)

    assert (
        f"{path}:1: 'file' {name!r} escapes its folder; give a base name such as 'a.txt'"
        == str(excinfo.value)
    )


@pytest.mark.parametrize(
    ("obj", "message"),
    [
        pytest.param({}, "'file' must be a file name, not None", id="no-file"),
        pytest.param({"file": ""}, "'file' must be a file name, not ''", id="empty"),
        pytest.param(
            {"file": "a.txt", "sha256": "abc"},
            "'sha256' 'abc' is not a sha256 hex digest",
            id="short-sha256",
        ),
        pytest.param(
            {"file": "a.txt", "title": ""},
            "'title' must be non-empty text, not ''",
            id="empty-title",
        ),
        pytest.param(
            {"file": "a.txt", "references": "https://a.example"},
            "'references' must be a list of URLs, not 'https://a.example'",
            id="references-as-text",
        ),
    ],
)
def test_bad_values_are_refused(
    tmp_path: Path, obj: dict[str, Any], message: str
) -> None:
    """Each bad value is refused with path:line and the value."""
    path = _write(tmp_path, json.dumps(obj))

    with pytest.raises(InputError) as excinfo:
        read_metadata(path)

    assert f"{path}:1: {message}" == str(excinfo.value)


def test_duplicate_file_is_refused(tmp_path: Path) -> None:
    """A file described twice is refused, naming both lines."""
    path = _write(tmp_path, _line(file="a.txt"), "", _line(file="a.txt"))

    with pytest.raises(InputError) as excinfo:
        read_metadata(path)

    assert f"{path}:3: file 'a.txt' is described twice (first at line 1)" == str(
        excinfo.value
    )


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    """A metadata path that does not exist is an InputError naming it."""
    path = tmp_path / "absent.jsonl"

    with pytest.raises(InputError, match=r"absent\.jsonl: cannot read metadata"):
        read_metadata(path)


def test_not_utf8(tmp_path: Path) -> None:
    """Metadata that is not UTF-8 is refused with the byte offset."""
    path = tmp_path / "sources.jsonl"
    path.write_bytes(b'{"file": "a.txt", "title": "b\xe9ton"}\n')

    with pytest.raises(InputError) as excinfo:
        read_metadata(path)

    assert f"{path}: metadata is not UTF-8 (byte offset 29)" == str(excinfo.value)
