"""Bad inputs for :mod:`regwatch.articles` and the CLI (#7), one builder each.

Each case builds its input inside a test's temporary folder and names the
error it must end in: the stable ``kind`` and the whole one-line message
(the path is prefixed by the test). The prose is ours.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

import attrs

PROSE = "The regulator told the messaging service to remove the channels.\n"
"""A harmless article body."""


@attrs.frozen
class BadInput:
    """An input that cannot be read, and the error it must give."""

    id: str
    make: Callable[[Path], Path]
    """Builds the input under the given folder and returns the path to pass."""
    kind: str
    problem: str
    """The message after ``<where>: ``."""
    where: str = ""
    """Suffix after the path in the error's *where* (``:2`` for a JSONL line)."""


def _write(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return make


def _missing(folder: Path) -> Path:
    return folder / "never-written.txt"


def _broken_link(folder: Path) -> Path:
    link = folder / "link.txt"
    link.symlink_to(folder / "gone.txt")
    return link


def _link_loop(folder: Path) -> Path:
    (folder / "one.txt").symlink_to(folder / "two.txt")
    (folder / "two.txt").symlink_to(folder / "one.txt")
    return folder / "one.txt"


def _fifo(folder: Path) -> Path:
    path = folder / "pipe.txt"
    os.mkfifo(path)
    return path


def _empty_folder(folder: Path) -> Path:
    path = folder / "nothing"
    path.mkdir()
    return path


def _folder_of_jsonl(folder: Path) -> Path:
    path = folder / "sources"
    path.mkdir()
    (path / "sources.jsonl").write_text('{"file": "a.txt"}\n')
    return path


def _folder_named_txt(folder: Path) -> Path:
    path = folder / "bundle"
    (path / "inner.txt").mkdir(parents=True)
    return path


_HTML_FRAGMENT = ("<p>The regulator spoke.</p>\n" * 25).encode()
_COMMENTED_HTML = (
    b"<!-- saved page -->\n<!-- mirror -->\n<html lang='en'><body>x</body></html>"
)

BAD_TEXT_FILES = (
    BadInput("missing", _missing, "missing", "no such file or folder"),
    BadInput(
        "broken-link",
        _broken_link,
        "broken-link",
        "broken symbolic link (it points to '{folder}/gone.txt', which cannot be reached)",
    ),
    BadInput(
        "link-loop",
        _link_loop,
        "broken-link",
        "broken symbolic link (it points to '{folder}/two.txt', which cannot be reached)",
    ),
    BadInput(
        "fifo",
        _fifo,
        "not-a-file",
        "not a regular file (a pipe, socket or device); give an article file",
    ),
    BadInput(
        "empty-file",
        _write("empty.txt", b""),
        "empty",
        "empty file (0 bytes); nothing to parse",
    ),
    BadInput(
        "whitespace-only",
        _write("blank.txt", b" \r\n\t\n"),
        "empty",
        "holds only whitespace; nothing to parse",
    ),
    BadInput(
        "latin-1",
        _write("latin1.txt", "Line one.\nCaf\u00e9 owners objected.".encode("latin-1")),
        "not-utf8",
        "not UTF-8: invalid byte 0xe9 at byte offset 13 (line 2); re-encode it as "
        "UTF-8, or pass --encoding-errors=replace to read it with U+FFFD in place of bad bytes",
    ),
    BadInput(
        "truncated-sequence-at-end",
        _write("cut.txt", "Ends in a cut euro \u20ac".encode()[:-1]),
        "not-utf8",
        "not UTF-8: invalid byte 0xe2 at byte offset 19 (line 1); re-encode it as "
        "UTF-8, or pass --encoding-errors=replace to read it with U+FFFD in place of bad bytes",
    ),
    BadInput(
        "utf-16",
        _write("wide.txt", PROSE.encode("utf-16")),
        "not-utf8",
        "not UTF-8: invalid byte 0xff at byte offset 0 "
        "(it starts with a UTF-16 byte-order mark; re-encode it as UTF-8)",
    ),
    BadInput(
        "nul-byte",
        _write("binary.txt", b"Header\x00\x01\x02 rest"),
        "binary",
        "holds a NUL byte at byte offset 6: looks like a binary file "
        "or UTF-16 text, not a UTF-8 article",
    ),
    BadInput(
        "html-doctype",
        _write("page.txt", b"\n  <!DOCTYPE html>\n<html><body><p>Hi</p></body></html>"),
        "html",
        "looks like HTML (it opens with '<!DOCTYPE html'); extract its text first "
        "(for example with trafilatura) and parse the text",
    ),
    BadInput(
        "html-after-comments",
        _write("saved.html", _COMMENTED_HTML),
        "html",
        "looks like HTML (it opens with '<html'); extract its text first "
        "(for example with trafilatura) and parse the text",
    ),
    BadInput(
        "html-fragment",
        _write("fragment.txt", _HTML_FRAGMENT),
        "html",
        "looks like HTML (20 HTML tags in its first 64 KB); extract its text first "
        "(for example with trafilatura) and parse the text",
    ),
    BadInput(
        "folder-without-articles",
        _empty_folder,
        "no-articles",
        "no articles in this folder (no .txt files directly inside)",
    ),
    BadInput(
        "folder-with-only-jsonl",
        _folder_of_jsonl,
        "no-articles",
        "no articles in this folder (no .txt files directly inside); "
        "it holds .jsonl files: give them by name",
    ),
    BadInput(
        "folder-inside-folder",
        _folder_named_txt,
        "not-a-file",
        "is a folder, not an article file; folders are read one level deep",
        where="/inner.txt",
    ),
)
"""Files and folders that are not readable articles."""


GOOD_LINE = b'{"text": "A fine first article.", "id": "first"}\n'
"""Line 1 of every bad JSONL file: an article that must still be read."""


def _line(obj_text: str | bytes) -> Callable[[Path], Path]:
    """A JSONL file whose line 2 is *obj_text* (line 1 is a good article)."""
    line = obj_text if isinstance(obj_text, bytes) else obj_text.encode()
    return _write("articles.jsonl", GOOD_LINE + line + b"\n")


BAD_JSONL_LINES = (
    BadInput(
        "not-json",
        _line('{"text": "unterminated'),
        "bad-line",
        "not valid JSON at column 10: Unterminated string starting at",
        where=":2",
    ),
    BadInput(
        "not-an-object",
        _line('["text", "in a list"]'),
        "bad-line",
        "expected a JSON object with a 'text' key, got list",
        where=":2",
    ),
    BadInput(
        "missing-text",
        _line('{"id": "second"}'),
        "bad-row",
        "missing 'text' (each row needs the article's text)",
        where=":2",
    ),
    BadInput(
        "text-not-string",
        _line('{"text": 42}'),
        "bad-row",
        "'text' must be a string, not int",
        where=":2",
    ),
    BadInput(
        "text-null",
        _line('{"text": null}'),
        "bad-row",
        "'text' is null; nothing to parse",
        where=":2",
    ),
    BadInput(
        "text-blank",
        _line('{"text": "  \\n "}'),
        "bad-row",
        "'text' is empty; nothing to parse",
        where=":2",
    ),
    BadInput(
        "impossible-date",
        _line('{"text": "Body.", "published": "2025-02-30"}'),
        "bad-row",
        "'published' '2025-02-30' is not a possible date: "
        "PartialDate.day=30 is not a day of 2025-02",
        where=":2",
    ),
    BadInput(
        "date-not-string",
        _line('{"text": "Body.", "published": 20250101}'),
        "bad-row",
        "'published' must be an ISO date such as '2024-09', not 20250101",
        where=":2",
    ),
    BadInput(
        "file-escapes-folder",
        _line('{"text": "Body.", "file": "../../etc/passwd"}'),
        "bad-row",
        "'file' '../../etc/passwd' escapes its folder; give a base name such as 'a.txt'",
        where=":2",
    ),
    BadInput(
        "file-windows-path",
        _line('{"text": "Body.", "file": "C:\\\\temp\\\\a.txt"}'),
        "bad-row",
        "'file' 'C:\\\\temp\\\\a.txt' escapes its folder; give a base name such as 'a.txt'",
        where=":2",
    ),
    BadInput(
        "id-not-scalar",
        _line('{"text": "Body.", "id": {"n": 1}}'),
        "bad-row",
        "'id' must be text or an integer, not {'n': 1}",
        where=":2",
    ),
    BadInput(
        "title-empty",
        _line('{"text": "Body.", "title": ""}'),
        "bad-row",
        "'title' must be non-empty text, not ''",
        where=":2",
    ),
    BadInput(
        "references-not-list",
        _line('{"text": "Body.", "references": "https://example.org"}'),
        "bad-row",
        "'references' must be a list of URLs, not 'https://example.org'",
        where=":2",
    ),
    BadInput(
        "unpaired-surrogate",
        _line('{"text": "Broken \\ud800 text."}'),
        "bad-row",
        "'text' holds an unpaired surrogate '\\ud800' at character 7, which is not "
        "valid Unicode; fix the producer, or pass --encoding-errors=replace",
        where=":2",
    ),
    BadInput(
        "nested-too-deep",
        _line("[" * 100_000 + "]" * 100_000),
        "bad-line",
        "not valid JSON (nested too deeply)",
        where=":2",
    ),
    BadInput(
        "not-utf8-line",
        _line(b'{"text": "Caf\xe9"}'),
        "not-utf8",
        "not UTF-8: invalid byte 0xe9 at byte offset 62; re-encode the file as "
        "UTF-8, or pass --encoding-errors=replace",
        where=":2",
    ),
    BadInput(
        "html-in-text",
        _line('{"text": "<!doctype html><html></html>"}'),
        "html",
        "looks like HTML (it opens with '<!doctype html'); extract its text first "
        "(for example with trafilatura) and parse the text",
        where=":2",
    ),
)
"""JSONL lines that are not articles; each error names ``file:line``."""


def sha256(data: bytes) -> str:
    """The hex sha256 of *data*, as ``Source.id`` and ``sources.jsonl`` give it."""
    return hashlib.sha256(data).hexdigest()
