"""Reading articles: every bad input gets its own one-line error (#7)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from cases.input_cases import (
    BAD_JSONL_LINES,
    BAD_TEXT_FILES,
    GOOD_LINE,
    PROSE,
    BadInput,
    sha256,
)
from regwatch.articles import Article, ArticleError, iter_articles, read_article
from regwatch.dates import PartialDate
from regwatch.errors import InputError
from regwatch.jsonio import MetadataWarning, SourceMetadata
from regwatch.model import text_id


def _errors(items: list[Article | ArticleError]) -> list[tuple[str, str]]:
    return [(x.kind, str(x)) for x in items if isinstance(x, ArticleError)]


def _texts(items: list[Article | ArticleError]) -> list[str]:
    return [x.text for x in items if isinstance(x, Article)]


def _expected(case: BadInput, path: Path, folder: Path) -> list[tuple[str, str]]:
    problem = case.problem.replace("{folder}", str(folder))
    return [(case.kind, f"{path}{case.where}: {problem}")]


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in BAD_TEXT_FILES])
def test_bad_file_gives_its_own_error(case: BadInput, tmp_path: Path) -> None:
    """A file or folder that is not a readable article yields one error naming it."""
    path = case.make(tmp_path)

    actual = _errors(list(iter_articles([path])))

    assert _expected(case, path, tmp_path) == actual


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in BAD_JSONL_LINES])
def test_bad_jsonl_line_names_file_and_line(case: BadInput, tmp_path: Path) -> None:
    """A bad JSONL line yields an error naming file:line, and line 1 is still read."""
    path = case.make(tmp_path)

    items = list(iter_articles(path))

    assert _expected(case, path, tmp_path) == _errors(items)
    assert ["A fine first article."] == _texts(items)


@pytest.mark.parametrize(
    "case",
    [pytest.param(c, id=c.id) for c in BAD_TEXT_FILES if c.kind != "no-articles"],
)
def test_read_article_raises_the_same_message(case: BadInput, tmp_path: Path) -> None:
    """read_article raises InputError with the message iter_articles yields."""
    path = case.make(tmp_path)
    expected = _expected(case, path, tmp_path)[0][1]
    if case.where:  # a folder given to read_article is refused as a folder
        expected = (
            f"{path}: is a folder, not an article file; give its files, "
            "or use regwatch.articles.iter_articles"
        )

    with pytest.raises(InputError) as raised:
        read_article(path)

    assert expected == str(raised.value)


def test_batch_goes_on_after_errors(tmp_path: Path) -> None:
    """Errors come back as values in input order and the readable articles still arrive."""
    (tmp_path / "good.txt").write_text(PROSE)
    (tmp_path / "empty.txt").write_bytes(b"")
    paths = [tmp_path / "missing.txt", tmp_path, tmp_path / "good.txt"]

    items = list(iter_articles(paths))

    assert ["missing", "empty", None, None] == [getattr(x, "kind", None) for x in items]
    assert [PROSE, PROSE] == _texts(items)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file the user may not read gets a permission message (root reads anything, so simulate)."""
    path = tmp_path / "secret.txt"
    path.write_text(PROSE)

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    actual = _errors(list(iter_articles(path)))

    assert [
        (
            "unreadable",
            f"{path}: cannot read (permission denied); check the file's permissions",
        )
    ] == actual


def test_unlistable_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder that cannot be listed gets its own message."""

    def refuse(self: Path) -> list[Path]:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "iterdir", refuse)
    actual = _errors(list(iter_articles(tmp_path)))

    assert [
        ("unreadable", f"{tmp_path}: cannot list this folder (Permission denied)")
    ] == actual


def test_path_with_nul_is_refused() -> None:
    """A path holding a NUL character is reported, not raised."""
    actual = _errors(list(iter_articles("bad\x00name.txt")))

    assert [
        ("missing", "'bad\\x00name.txt': not a usable path (it holds a NUL)")
    ] == actual


def test_unknown_encoding_errors_option_raises_at_once() -> None:
    """An unknown encoding_errors value is a caller's mistake, raised before reading."""
    with pytest.raises(InputError) as raised:
        iter_articles([], encoding_errors="ignore")  # type: ignore[arg-type]

    assert (
        "encoding_errors='ignore' is not an option; choose 'strict' or 'replace'"
        == str(raised.value)
    )


def test_read_article_refuses_a_jsonl_file(tmp_path: Path) -> None:
    """read_article reads one article; a JSONL file points the caller to iter_articles."""
    path = tmp_path / "many.jsonl"
    path.write_bytes(GOOD_LINE)

    with pytest.raises(InputError) as raised:
        read_article(path)

    assert (
        f"{path}: holds many articles; read it with regwatch.articles.iter_articles"
        == str(raised.value)
    )


# -- good input, read exactly ------------------------------------------------


def test_text_is_decoded_without_newline_translation(tmp_path: Path) -> None:
    """CRLF and a byte-order mark stay in the text, so offsets match the bytes."""
    data = "\ufeffFirst line.\r\nSecond line.\r\n".encode()
    path = tmp_path / "crlf.txt"
    path.write_bytes(data)

    article = read_article(path)

    assert data.decode("utf-8") == article.text
    assert sha256(data) == article.id
    assert "crlf.txt" == article.file


def test_folder_expands_to_sorted_txt_files(tmp_path: Path) -> None:
    """A folder is its .txt files in name order; sources.jsonl beside them is not an article."""
    (tmp_path / "b.txt").write_text("Second article.")
    (tmp_path / "a.TXT").write_text("First article.")
    (tmp_path / "sources.jsonl").write_text('{"file": "a.TXT"}\n')
    (tmp_path / "notes.md").write_text("Not an article.")

    actual = _texts(list(iter_articles(tmp_path)))

    assert ["First article.", "Second article."] == actual


def test_metadata_applies_by_base_name(tmp_path: Path) -> None:
    """sources.jsonl metadata reaches the Source of the file with that base name."""
    path = tmp_path / "dated.txt"
    path.write_text(PROSE)
    meta = SourceMetadata(
        file="dated.txt",
        sha256=sha256(PROSE.encode()),
        published=PartialDate.from_iso("2024-03"),
        title="A headline",
    )

    article = read_article(path, metadata=meta)

    assert ("2024-03", "metadata", "A headline") == (
        article.source.published.iso() if article.source.published else None,
        article.source.published_basis,
        article.source.title,
    )


def test_checksum_mismatch_is_an_error(tmp_path: Path) -> None:
    """A file whose bytes differ from its metadata's sha256 is refused, naming both."""
    path = tmp_path / "changed.txt"
    path.write_text(PROSE)
    meta = SourceMetadata(file="changed.txt", sha256="0" * 64)
    actual_sha = sha256(PROSE.encode())

    items = list(iter_articles(path, metadata={"changed.txt": meta}))

    assert [
        (
            "checksum",
            (
                f"{path}: its bytes have sha256 {actual_sha[:12]}..., but its metadata "
                "says 000000000000...; the file changed since the metadata was written "
                "(fix the file or the 'sha256' value)"
            ),
        )
    ] == _errors(items)


def test_replace_decodes_and_flags(tmp_path: Path) -> None:
    """With encoding_errors='replace', bad bytes become U+FFFD and a warning says where."""
    path = tmp_path / "mixed.txt"
    path.write_bytes(b"Good start.\n\xff\xfe bad \xc3 end \xef\xbf\xbd kept.")

    article = read_article(path, encoding_errors="replace")

    assert "Good start.\n\ufffd\ufffd bad \ufffd end \ufffd kept." == article.text
    assert (
        (
            f"{path}: not UTF-8: 3 invalid byte sequence(s) replaced by U+FFFD, "
            "the first at byte offset 12 (line 2)"
        ),
    ) == article.warnings
    assert sha256(path.read_bytes()) == article.id


def test_replace_keeps_nul_and_flags_it(tmp_path: Path) -> None:
    """With encoding_errors='replace', a NUL byte is kept and flagged instead of refused."""
    path = tmp_path / "nul.txt"
    path.write_bytes(b"Text\x00more text.")

    article = read_article(path, encoding_errors="replace")

    assert (
        (
            f"{path}: holds a NUL byte at byte offset 4: looks like a binary file "
            "or UTF-16 text, not a UTF-8 article"
        ),
    ) == article.warnings


def test_prose_mentioning_html_is_read(tmp_path: Path) -> None:
    """An article that mentions <html> tags in its prose is not mistaken for a page."""
    text = "Engineers said the <html> tag and the <p> tag were misused.\n"
    path = tmp_path / "about-html.txt"
    path.write_text(text)

    assert text == read_article(path).text


# -- JSONL -------------------------------------------------------------------


def test_jsonl_lines_become_articles(tmp_path: Path) -> None:
    """Each JSONL line is an article; file (else id) labels it, published is checked."""
    path = tmp_path / "batch.jsonl"
    lines = [
        {
            "text": "One.",
            "id": 17,
            "published": "2023-11-02",
            "url": "https://a.example",
        },
        {"text": "Two.", "file": "two.txt", "id": "ignored-as-label"},
        {"text": "Three."},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n")

    items = list(iter_articles(path))

    assert [
        ("17", "2023-11-02", "https://a.example", f"{path}:1", text_id("One.")),
        ("two.txt", None, None, f"{path}:2", text_id("Two.")),
        (None, None, None, f"{path}:3", text_id("Three.")),
    ] == [
        (
            a.file,
            a.source.published.iso() if a.source.published else None,
            a.source.url,
            a.where,
            a.id,
        )
        for a in items
        if isinstance(a, Article)
    ]


def test_jsonl_unknown_key_warns(tmp_path: Path) -> None:
    """An unknown key in a JSONL line is warned about, naming file:line, and ignored."""
    path = tmp_path / "extra.jsonl"
    path.write_text('{"text": "Body.", "colour": "blue"}\n')

    with pytest.warns(MetadataWarning) as warned:
        items = list(iter_articles(path))

    assert [f"{path}:1: ignored unknown key(s) 'colour'"] == [
        str(w.message) for w in warned
    ]
    assert ["Body."] == _texts(items)


def test_jsonl_metadata_file_fills_gaps(tmp_path: Path) -> None:
    """sources.jsonl metadata for a line's file fills fields the line leaves out."""
    path = tmp_path / "batch.jsonl"
    path.write_text('{"text": "Body.", "file": "x.txt", "title": "Own title"}\n')
    meta = {
        "x.txt": SourceMetadata(
            file="x.txt", title="Other title", published=PartialDate.from_iso("2022")
        )
    }

    (article,) = iter_articles(path, metadata=meta)

    assert isinstance(article, Article)
    assert ("Own title", "2022") == (
        article.source.title,
        article.source.published.iso() if article.source.published else None,
    )


def test_jsonl_replace_mode_fixes_surrogates_and_bytes(tmp_path: Path) -> None:
    """With replace, a bad byte or unpaired surrogate in a line is replaced and flagged."""
    path = tmp_path / "dirty.jsonl"
    path.write_bytes(b'{"text": "Caf\xe9"}\n{"text": "Odd \\udc00 char."}\n')

    items = list(iter_articles(path, encoding_errors="replace"))

    assert [
        (
            "Caf\ufffd",
            (f"{path}:1: not UTF-8: bytes replaced by U+FFFD from byte offset 13",),
        ),
        (
            "Odd \ufffd char.",
            (
                (
                    f"{path}:2: 'text' holds an unpaired surrogate '\\udc00' at character 4, "
                    "which is not valid Unicode; replaced by U+FFFD"
                ),
            ),
        ),
    ] == [(a.text, a.warnings) for a in items if isinstance(a, Article)]


def test_empty_jsonl_file(tmp_path: Path) -> None:
    """A JSONL file with no non-blank line is reported as holding no articles."""
    path = tmp_path / "none.jsonl"
    path.write_text("\n  \n")

    assert [
        ("empty", f"{path}: no articles (the file holds no non-blank lines)")
    ] == _errors(list(iter_articles(path)))


# -- Parquet -----------------------------------------------------------------


def _parquet(path: Path, columns: dict[str, pa.Array | list[object]]) -> Path:
    pq.write_table(pa.table(columns), path)
    return path


def test_parquet_rows_become_articles_in_order(tmp_path: Path) -> None:
    """Every row of a Parquet file (more than one batch) is an article, in order."""
    n = 150
    path = _parquet(
        tmp_path / "many.parquet",
        {
            "id": list(range(n)),
            "text": [f"Article number {i}." for i in range(n)],
            "published": pa.array([dt.date(2024, 1, 1 + i % 28) for i in range(n)]),
        },
    )

    items = list(iter_articles(path))

    assert [(str(i), f"{path}:row {i}") for i in range(n)] == [
        (a.file, a.where) for a in items if isinstance(a, Article)
    ]
    assert "2024-01-03" == str(items[2].source.published)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("columns", "problem"),
    [
        pytest.param(
            {"body": ["x"]}, "no 'text' column (it has: body)", id="no-text-column"
        ),
        pytest.param(
            {"text": [1, 2]},
            "the 'text' column holds int64, not strings",
            id="text-not-strings",
        ),
    ],
)
def test_parquet_without_usable_text_column(
    columns: dict[str, list[object]], problem: str, tmp_path: Path
) -> None:
    """A Parquet file without a string 'text' column is refused, listing what it has."""
    path = _parquet(tmp_path / "t.parquet", columns)

    assert [("bad-parquet", f"{path}: {problem}")] == _errors(list(iter_articles(path)))


def test_parquet_bad_row_does_not_stop_the_rest(tmp_path: Path) -> None:
    """A null text or impossible date in one row is reported by row; other rows are read."""
    path = _parquet(
        tmp_path / "rows.parquet",
        {
            "text": ["Fine.", None, "Also fine.", "Dated."],
            "published": [None, None, None, "2025-02-30"],
        },
    )

    items = list(iter_articles(path))

    assert ["Fine.", "Also fine."] == _texts(items)
    assert [
        ("bad-row", f"{path}:row 1: 'text' is null; nothing to parse"),
        (
            "bad-row",
            (
                f"{path}:row 3: 'published' '2025-02-30' is not a possible date: "
                "PartialDate.day=30 is not a day of 2025-02"
            ),
        ),
    ] == _errors(items)


def test_not_a_parquet_file(tmp_path: Path) -> None:
    """A .parquet file that is not Parquet gets a one-line message."""
    path = tmp_path / "fake.parquet"
    path.write_text(PROSE)

    ((kind, message),) = _errors(list(iter_articles(path)))

    assert ("bad-parquet", True, 1) == (
        kind,
        message.startswith(f"{path}: not a readable Parquet file ("),
        len(message.splitlines()),
    )


def test_empty_parquet_file(tmp_path: Path) -> None:
    """A Parquet file with no rows is reported as empty."""
    path = _parquet(tmp_path / "none.parquet", {"text": pa.array([], pa.string())})

    assert [("empty", f"{path}: no rows; nothing to parse")] == _errors(
        list(iter_articles(path))
    )


def test_parquet_unknown_column_warns(tmp_path: Path) -> None:
    """An unknown Parquet column is warned about and ignored."""
    path = _parquet(tmp_path / "x.parquet", {"text": ["Body."], "score": [0.5]})

    with pytest.warns(MetadataWarning) as warned:
        items = list(iter_articles(path))

    assert [f"{path}: ignored unknown column(s) 'score'"] == [
        str(w.message) for w in warned
    ]
    assert ["Body."] == _texts(items)
