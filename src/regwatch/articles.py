"""Reading articles: the one place regwatch turns paths into text.

Scraped text is dirty, files are odd and folders hold the wrong things. Every
way an input can be wrong ends here in an :class:`ArticleError` that names the
file (and line, byte offset or row) and says what to do, never in a traceback.
:func:`iter_articles` yields errors as values, so a batch goes on with the rest.

What is read:

- a ``.txt`` file (or any file not named below) is one article, decoded from
  its bytes as UTF-8 with no newline translation, so evidence offsets are code
  points into exactly those bytes; :attr:`Article.id` is their sha256;
- a folder stands for the ``.txt`` files directly inside it, in name order
  (not its ``.jsonl`` or ``.parquet`` files, since ``sources.jsonl`` often sits
  beside the articles: give those by name);
- a ``.jsonl`` or ``.ndjson`` file holds one article per line: an object with
  a ``text`` string and any of ``id``, ``file``, ``published``,
  ``published_basis``, ``url``, ``title``, ``publisher``, ``language`` and
  ``references``; errors name ``file:line``;
- a ``.parquet`` file holds one article per row: a ``text`` column and any of
  the same optional columns, read in batches so memory stays bounded; errors
  name ``file:row N`` (0-based).

HTML is refused rather than converted: extracting text would make evidence
offsets point into a text the user never saw. Extract the text first (for
example with trafilatura) and parse that.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import stat
import warnings
from collections.abc import Iterable, Iterator, Mapping
from itertools import islice
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any, Literal

import attrs

from regwatch._doc import doc
from regwatch.dates import PartialDate
from regwatch.errors import InputError
from regwatch.jsonio import METADATA_KEYS, MetadataWarning, SourceMetadata
from regwatch.model import Source, text_id

__all__ = [
    "ARTICLE_KEYS",
    "Article",
    "ArticleError",
    "EncodingErrors",
    "iter_articles",
    "read_article",
]

EncodingErrors = Literal["strict", "replace"]
"""How to treat bytes that are not UTF-8: fail (``strict``) or replace and flag."""

ARTICLE_KEYS = frozenset({"text", "id"} | (METADATA_KEYS - {"sha256", "source_urls"}))
"""Keys a ``.jsonl`` article line (or columns a ``.parquet`` file) may carry."""

_JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
_PARQUET_SUFFIXES = frozenset({".parquet", ".pq"})
_TEXT_FIELDS = ("url", "title", "publisher", "language", "published_basis")
_PARQUET_BATCH_ROWS = 64
_HTML_SNIFF_CHARS = 4096
_HTML_TAG_SNIFF_CHARS = 65536
_HTML_TAG_LIMIT = 20
_REPLACEMENT_BYTES = "\ufffd".encode()

# A page, not an article: after any comments, it opens with a doctype or a
# document-level tag. Only the opening is looked at, so prose that mentions
# "<html>" further down is still read.
_HTML_OPENING = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|script|style|link|div|\?xml)\b",
    re.IGNORECASE,
)
# Markup inside the text: a fragment cut from a page keeps its paragraph and
# link tags. Twenty of them in the first 64 KB is no article's prose.
_HTML_TAG = re.compile(
    r"</?(?:p|div|span|a|br|li|ul|td|tr|table|img|h[1-6]|strong|em|section)\b[^<>]{0,500}>",
    re.IGNORECASE,
)


def _as_strings(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


@attrs.frozen(kw_only=True)
class Article:
    """One article read from a file, a JSONL line or a Parquet row.

    Carries the text exactly as decoded (evidence offsets point into it) and
    the :class:`~regwatch.model.Source` to parse it with, so reading and
    parsing stay separate steps.

    Examples:
        >>> from regwatch.model import Source
        >>> a = Article(text="Text.", where="a.txt", source=Source.from_text("Text.", file="a.txt"))
        >>> a.id == a.source.id, a.file
        (True, 'a.txt')
    """

    text: str = attrs.field(
        metadata=doc("The article's text, exactly as decoded; offsets point into it.")
    )
    where: str = attrs.field(
        metadata=doc("Where it was read: a path, ``path:line`` or ``path:row N``.")
    )
    source: Source = attrs.field(
        metadata=doc("The source record: sha256 id, file name and metadata.")
    )
    warnings: tuple[str, ...] = attrs.field(
        default=(),
        converter=_as_strings,
        metadata=doc("Problems met while reading, such as replaced bytes."),
    )

    @property
    def id(self) -> str:
        """The source id: sha256 of the file's bytes (of the UTF-8 text for rows)."""
        return self.source.id

    @property
    def file(self) -> str | None:
        """The file name the results carry (a base name), or None."""
        return self.source.file


@attrs.frozen(kw_only=True)
class ArticleError:
    """An input that could not be read, as a value, so a batch can go on.

    Examples:
        >>> e = ArticleError(where="a.txt", kind="empty", problem="empty file (0 bytes); nothing to parse")
        >>> str(e)
        'a.txt: empty file (0 bytes); nothing to parse'
    """

    where: str = attrs.field(
        metadata=doc("The path, ``path:line`` or ``path:row N`` the problem is in.")
    )
    kind: str = attrs.field(
        metadata=doc(
            "A stable code for the problem (``missing``, ``not-utf8``, ``html``...); "
            "see the errors reference."
        )
    )
    problem: str = attrs.field(
        metadata=doc("What is wrong and what to do, in one line.")
    )

    def __str__(self) -> str:
        return f"{self.where}: {self.problem}"

    def to_exception(self) -> InputError:
        """The same problem as an :class:`~regwatch.errors.InputError`, to raise."""
        return InputError(str(self))


def read_article(
    path: str | Path,
    *,
    metadata: SourceMetadata | None = None,
    encoding_errors: EncodingErrors = "strict",
) -> Article:
    r"""Read one article file (UTF-8 text) with its ``sources.jsonl`` metadata.

    Args:
        path: The article file.
        metadata: Its ``sources.jsonl`` line, if any; a ``sha256`` there must
            match the file's bytes.
        encoding_errors: ``strict`` fails on bytes that are not UTF-8;
            ``replace`` decodes them as U+FFFD and says so in
            :attr:`Article.warnings`.

    Returns:
        The article.

    Raises:
        InputError: naming the file and what is wrong with it.

    Examples:
        >>> import pathlib, tempfile
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
        >>> _ = p.write_bytes(b"Line one.\r\nLine two.")
        >>> read_article(p).text
        'Line one.\r\nLine two.'
    """
    _check_encoding_errors(encoding_errors)
    path = Path(path)
    what = _classify(path)
    if isinstance(what, ArticleError):
        raise what.to_exception()
    if what == "dir":
        raise InputError(
            f"{path}: is a folder, not an article file; give its files, "
            "or use regwatch.articles.iter_articles"
        )
    if _suffix(path) in _JSONL_SUFFIXES | _PARQUET_SUFFIXES:
        raise InputError(
            f"{path}: holds many articles; read it with regwatch.articles.iter_articles"
        )
    result = _read_text_file(path, metadata, encoding_errors)
    if isinstance(result, ArticleError):
        raise result.to_exception()
    return result


def iter_articles(
    paths: str | Path | Iterable[str | Path],
    *,
    metadata: Mapping[str, SourceMetadata] | None = None,
    encoding_errors: EncodingErrors = "strict",
) -> Iterator[Article | ArticleError]:
    """Read articles from files, folders, JSONL and Parquet files, in order.

    Problems come back as :class:`ArticleError` values in the stream instead of
    exceptions, so a caller can parse everything readable and report every
    failure at the end.

    Args:
        paths: Files and folders (see the module docstring for what each holds).
        metadata: ``sources.jsonl`` entries by file base name (from
            :func:`~regwatch.jsonio.read_metadata`); for JSONL and Parquet rows
            their own fields win over the entry for their ``file``.
        encoding_errors: ``strict`` or ``replace``, as for :func:`read_article`.

    Returns:
        An iterator of articles and errors.

    Raises:
        InputError: at once, when *encoding_errors* is not a known option.

    Examples:
        >>> import pathlib, tempfile
        >>> d = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (d / "a.txt").write_text("An article.")
        >>> _ = (d / "b.txt").write_bytes(b"")
        >>> a, b, c = iter_articles([d, d / "gone.txt"])
        >>> a.text, b.kind, c.kind
        ('An article.', 'empty', 'missing')
        >>> print(str(c).removeprefix(str(d)))
        /gone.txt: no such file or folder
    """
    _check_encoding_errors(encoding_errors)
    items = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    return _iter_articles([Path(p) for p in items], metadata or {}, encoding_errors)


def _iter_articles(
    paths: list[Path],
    metadata: Mapping[str, SourceMetadata],
    encoding_errors: EncodingErrors,
) -> Iterator[Article | ArticleError]:
    for path in paths:
        what = _classify(path)
        if isinstance(what, ArticleError):
            yield what
        elif what == "dir":
            yield from _iter_folder(path, metadata, encoding_errors)
        elif _suffix(path) in _JSONL_SUFFIXES:
            yield from _iter_jsonl(path, metadata, encoding_errors)
        elif _suffix(path) in _PARQUET_SUFFIXES:
            yield from _iter_parquet(path, metadata, encoding_errors)
        else:
            yield _read_text_file(path, metadata.get(path.name), encoding_errors)


def _check_encoding_errors(value: str) -> None:
    if value not in {"strict", "replace"}:
        raise InputError(
            f"encoding_errors={value!r} is not an option; choose 'strict' or 'replace'"
        )


def _suffix(path: Path) -> str:
    return path.suffix.lower()


# -- what a path is ----------------------------------------------------------


def _classify(path: Path) -> Literal["dir", "file"] | ArticleError:  # noqa: PLR0911
    """``dir`` or ``file``, or the error that says why the path cannot be read."""
    where = str(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            return _broken_link(path)
        return ArticleError(
            where=where, kind="missing", problem="no such file or folder"
        )
    except PermissionError:
        return ArticleError(
            where=where,
            kind="unreadable",
            problem="cannot reach it (permission denied on a folder above it)",
        )
    except OSError as e:
        if e.errno == errno.ELOOP:
            return _broken_link(path)
        return ArticleError(
            where=where, kind="unreadable", problem=f"cannot read ({e.strerror or e})"
        )
    except ValueError:  # a NUL character in the path
        return ArticleError(
            where=repr(where),
            kind="missing",
            problem="not a usable path (it holds a NUL)",
        )
    if stat.S_ISDIR(st.st_mode):
        return "dir"
    if not stat.S_ISREG(st.st_mode):
        # Reading a FIFO or a terminal would block forever.
        return ArticleError(
            where=where,
            kind="not-a-file",
            problem="not a regular file (a pipe, socket or device); give an article file",
        )
    return "file"


def _broken_link(path: Path) -> ArticleError:
    try:
        target = str(path.readlink())
    except OSError:  # pragma: no cover - the link vanished between two calls
        target = "?"
    return ArticleError(
        where=str(path),
        kind="broken-link",
        problem=f"broken symbolic link (it points to {target!r}, which cannot be reached)",
    )


# -- folders -----------------------------------------------------------------


def _iter_folder(
    folder: Path,
    metadata: Mapping[str, SourceMetadata],
    encoding_errors: EncodingErrors,
) -> Iterator[Article | ArticleError]:
    try:
        entries = sorted(folder.iterdir())
    except OSError as e:
        yield ArticleError(
            where=str(folder),
            kind="unreadable",
            problem=f"cannot list this folder ({e.strerror or e})",
        )
        return
    texts = [p for p in entries if _suffix(p) == ".txt"]
    if not texts:
        others = sorted(
            {
                _suffix(p)
                for p in entries
                if _suffix(p) in _JSONL_SUFFIXES | _PARQUET_SUFFIXES
            }
        )
        hint = (
            f"; it holds {' and '.join(others)} files: give them by name"
            if others
            else ""
        )
        yield ArticleError(
            where=str(folder),
            kind="no-articles",
            problem=f"no articles in this folder (no .txt files directly inside){hint}",
        )
        return
    for path in texts:
        what = _classify(path)
        if isinstance(what, ArticleError):
            yield what
        elif what == "dir":
            yield ArticleError(
                where=str(path),
                kind="not-a-file",
                problem="is a folder, not an article file; folders are read one level deep",
            )
        else:
            yield _read_text_file(path, metadata.get(path.name), encoding_errors)


# -- text files --------------------------------------------------------------


def _read_text_file(  # noqa: PLR0911  one return per way a file can be wrong
    path: Path,
    metadata: SourceMetadata | None,
    encoding_errors: EncodingErrors,
) -> Article | ArticleError:
    where = str(path)
    try:
        raw = path.read_bytes()
    except PermissionError:
        return ArticleError(
            where=where,
            kind="unreadable",
            problem="cannot read (permission denied); check the file's permissions",
        )
    except OSError as e:
        return ArticleError(
            where=where, kind="unreadable", problem=f"cannot read ({e.strerror or e})"
        )
    if not raw:
        return ArticleError(
            where=where, kind="empty", problem="empty file (0 bytes); nothing to parse"
        )
    decoded = _decode(where, raw, encoding_errors)
    if isinstance(decoded, ArticleError):
        return decoded
    text, notes = decoded
    if problem := _content_problem(where, text):
        return problem
    sha = hashlib.sha256(raw).hexdigest()
    if metadata is not None and metadata.sha256 is not None and metadata.sha256 != sha:
        return ArticleError(
            where=where,
            kind="checksum",
            problem=(
                f"its bytes have sha256 {sha[:12]}..., but its metadata says "
                f"{metadata.sha256[:12]}...; the file changed since the metadata "
                "was written (fix the file or the 'sha256' value)"
            ),
        )
    fields = metadata.source_fields() if metadata else {"file": path.name}
    return Article(
        text=text, where=where, source=Source(id=sha, **fields), warnings=notes
    )


def _decode(
    where: str, raw: bytes, encoding_errors: EncodingErrors
) -> tuple[str, tuple[str, ...]] | ArticleError:
    """UTF-8 text of *raw* and any warnings, or the error naming the first bad byte."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        first = e.start
    else:
        return _check_nul(where, raw, text, encoding_errors)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        hint = "it starts with a UTF-16 byte-order mark; re-encode it as UTF-8"
        return ArticleError(
            where=where,
            kind="not-utf8",
            problem=f"not UTF-8: invalid byte 0x{raw[first]:02x} at byte offset {first} ({hint})",
        )
    line = raw.count(b"\n", 0, first) + 1
    if encoding_errors == "strict":
        return ArticleError(
            where=where,
            kind="not-utf8",
            problem=(
                f"not UTF-8: invalid byte 0x{raw[first]:02x} at byte offset {first} "
                f"(line {line}); re-encode it as UTF-8, or pass "
                "--encoding-errors=replace to read it with U+FFFD in place of bad bytes"
            ),
        )
    text = raw.decode("utf-8", "replace")
    # Each invalid sequence becomes one U+FFFD; genuine U+FFFD characters were
    # already in the bytes, encoded.
    replaced = text.count("\ufffd") - raw.count(_REPLACEMENT_BYTES)
    note = (
        f"{where}: not UTF-8: {replaced} invalid byte sequence(s) replaced by U+FFFD, "
        f"the first at byte offset {first} (line {line})"
    )
    checked = _check_nul(where, raw, text, encoding_errors)
    if isinstance(checked, ArticleError):
        return checked
    return text, (note, *checked[1])


def _check_nul(
    where: str, raw: bytes, text: str, encoding_errors: EncodingErrors
) -> tuple[str, tuple[str, ...]] | ArticleError:
    nul = raw.find(b"\x00")
    if nul < 0:
        return text, ()
    problem = (
        f"holds a NUL byte at byte offset {nul}: looks like a binary file "
        "or UTF-16 text, not a UTF-8 article"
    )
    if encoding_errors == "strict":
        return ArticleError(where=where, kind="binary", problem=problem)
    return text, (f"{where}: {problem}",)


def _content_problem(where: str, text: str) -> ArticleError | None:
    if not text.strip():
        return ArticleError(
            where=where, kind="empty", problem="holds only whitespace; nothing to parse"
        )
    opening = _opening_tag(text[:_HTML_SNIFF_CHARS])
    if opening is not None:
        return _html_error(where, f"it opens with {opening!r}")
    tags = _HTML_TAG.finditer(text, 0, _HTML_TAG_SNIFF_CHARS)
    if sum(1 for _ in islice(tags, _HTML_TAG_LIMIT)) >= _HTML_TAG_LIMIT:
        return _html_error(where, f"{_HTML_TAG_LIMIT} HTML tags in its first 64 KB")
    return None


def _opening_tag(head: str) -> str | None:
    """The document-level tag *head* opens with, after space and comments, if any."""
    rest = head.lstrip(" \t\r\n\ufeff")
    while rest.startswith("<!--"):
        end = rest.find("-->", 4)
        if end < 0:
            return None
        rest = rest[end + 3 :].lstrip(" \t\r\n")
    m = _HTML_OPENING.match(rest)
    return None if m is None else m.group()


def _html_error(where: str, evidence: str) -> ArticleError:
    return ArticleError(
        where=where,
        kind="html",
        problem=(
            f"looks like HTML ({evidence}); extract its text first "
            "(for example with trafilatura) and parse the text"
        ),
    )


# -- JSONL and Parquet rows --------------------------------------------------


def _row_article(
    where: str,
    row: Mapping[str, Any],
    metadata: Mapping[str, SourceMetadata],
    encoding_errors: EncodingErrors,
) -> Article | ArticleError:
    """An article from a JSONL object or Parquet row, checked field by field."""
    try:
        text, notes = _row_text(where, row.get("text", _MISSING), encoding_errors)
        label = _row_label(row)
        fields: dict[str, Any] = {}
        mapped = metadata.get(label) if label is not None else None
        if mapped is not None:
            fields.update(mapped.source_fields())
        fields.update(_row_metadata(row))
        fields["file"] = label
        if fields.get("published") is not None and not fields.get("published_basis"):
            fields["published_basis"] = "metadata"
        source = Source(id=text_id(text), **fields)
    except InputError as e:
        return ArticleError(where=where, kind="bad-row", problem=str(e))
    if problem := _content_problem(where, text):
        return problem
    return Article(text=text, where=where, source=source, warnings=notes)


_MISSING: Any = object()


def _row_text(
    where: str, value: Any, encoding_errors: EncodingErrors
) -> tuple[str, tuple[str, ...]]:
    if value is _MISSING:
        raise InputError("missing 'text' (each row needs the article's text)")
    if value is None:
        raise InputError("'text' is null; nothing to parse")
    if not isinstance(value, str):
        raise InputError(f"'text' must be a string, not {type(value).__name__}")
    if not value.strip():
        raise InputError("'text' is empty; nothing to parse")
    surrogate = _first_surrogate(value)
    if surrogate is None:
        return value, ()
    problem = (
        f"'text' holds an unpaired surrogate {value[surrogate]!r} at character "
        f"{surrogate}, which is not valid Unicode"
    )
    if encoding_errors == "strict":
        raise InputError(
            f"{problem}; fix the producer, or pass --encoding-errors=replace"
        )
    fixed = _SURROGATE.sub("\ufffd", value)
    return fixed, (f"{where}: {problem}; replaced by U+FFFD",)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _first_surrogate(value: str) -> int | None:
    m = _SURROGATE.search(value)
    return None if m is None else m.start()


def _row_label(row: Mapping[str, Any]) -> str | None:
    """The row's ``file`` (a base name), else its ``id``, as the results' file name."""
    file = row.get("file")
    if file is not None:
        return _base_name(file)
    ident = row.get("id")
    if ident is None:
        return None
    if isinstance(ident, bool) or not isinstance(ident, (str, int)):
        raise InputError(f"'id' must be text or an integer, not {ident!r}")
    label = str(ident)
    if not label.strip() or _first_surrogate(label) is not None:
        raise InputError(f"'id' must be non-empty text, not {ident!r}")
    return label


def _base_name(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"'file' must be a file name, not {value!r}")
    if (
        value in {".", ".."}
        or any(c < " " for c in value)
        or _first_surrogate(value) is not None
        or PurePosixPath(value).name != value
        or PureWindowsPath(value).name != value
    ):
        raise InputError(
            f"'file' {value!r} escapes its folder; give a base name such as 'a.txt'"
        )
    return value


def _row_metadata(row: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in _TEXT_FIELDS:
        value = row.get(key)
        if value is None:
            continue
        if (
            not isinstance(value, str)
            or not value.strip()
            or _first_surrogate(value) is not None
        ):
            raise InputError(f"{key!r} must be non-empty text, not {value!r}")
        out[key] = value
    published = row.get("published")
    if published is not None:
        out["published"] = _published(published)
    refs = row.get("references")
    if refs is not None:
        if not isinstance(refs, list) or not all(
            isinstance(x, str) and x.strip() and _first_surrogate(x) is None
            for x in refs
        ):
            raise InputError(f"'references' must be a list of URLs, not {refs!r}")
        out["references"] = tuple(refs)
    return out


def _published(value: Any) -> PartialDate:
    import datetime as dt  # noqa: PLC0415  only rows from Parquet carry dates

    if isinstance(value, dt.datetime):
        return PartialDate.from_date(value.date())
    if isinstance(value, dt.date):
        return PartialDate.from_date(value)
    if not isinstance(value, str):
        raise InputError(
            f"'published' must be an ISO date such as '2024-09', not {value!r}"
        )
    try:
        return PartialDate.from_iso(value)
    except InputError as e:
        raise InputError(f"'published' {e}") from None


def _warn_unknown(where: str, keys: Iterable[str]) -> None:
    unknown = sorted(set(keys) - ARTICLE_KEYS)
    if unknown:
        warnings.warn(
            f"{where}: ignored unknown key(s) {', '.join(map(repr, unknown))}",
            MetadataWarning,
            stacklevel=4,
        )


def _iter_jsonl(
    path: Path,
    metadata: Mapping[str, SourceMetadata],
    encoding_errors: EncodingErrors,
) -> Iterator[Article | ArticleError]:
    try:
        handle = path.open("rb")
    except OSError as e:
        yield _unreadable(path, e)
        return
    count = 0
    offset = 0
    number = 0
    with handle:
        lines = enumerate(handle, start=1)
        while True:
            # Lines end at b"\n" only: JSON allows U+2028 inside strings.
            try:
                number, raw = next(lines)
            except StopIteration:
                break
            except OSError as e:
                yield _unreadable(path, e, after=f"line {number}")
                return
            where = f"{path}:{number}"
            line_offset, offset = offset, offset + len(raw)
            if not raw.strip():
                continue
            count += 1
            yield _jsonl_line(where, raw, line_offset, metadata, encoding_errors)
    if count == 0:
        yield ArticleError(
            where=str(path),
            kind="empty",
            problem="no articles (the file holds no non-blank lines)",
        )


def _jsonl_line(
    where: str,
    raw: bytes,
    line_offset: int,
    metadata: Mapping[str, SourceMetadata],
    encoding_errors: EncodingErrors,
) -> Article | ArticleError:
    notes: tuple[str, ...] = ()
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        at = line_offset + e.start
        if encoding_errors == "strict":
            return ArticleError(
                where=where,
                kind="not-utf8",
                problem=(
                    f"not UTF-8: invalid byte 0x{raw[e.start]:02x} at byte offset {at}; "
                    "re-encode the file as UTF-8, or pass --encoding-errors=replace"
                ),
            )
        line = raw.decode("utf-8", "replace")
        notes = (f"{where}: not UTF-8: bytes replaced by U+FFFD from byte offset {at}",)
    try:
        obj = json.loads(line.removesuffix("\n").removesuffix("\r"))
    except json.JSONDecodeError as e:
        return ArticleError(
            where=where,
            kind="bad-line",
            problem=f"not valid JSON at column {e.colno}: {e.msg}",
        )
    except RecursionError:
        return ArticleError(
            where=where, kind="bad-line", problem="not valid JSON (nested too deeply)"
        )
    if not isinstance(obj, dict):
        return ArticleError(
            where=where,
            kind="bad-line",
            problem=f"expected a JSON object with a 'text' key, got {type(obj).__name__}",
        )
    _warn_unknown(where, obj)
    article = _row_article(where, obj, metadata, encoding_errors)
    if isinstance(article, Article) and notes:
        return attrs.evolve(article, warnings=notes + article.warnings)
    return article


def _unreadable(path: Path, e: OSError, *, after: str | None = None) -> ArticleError:
    where = f" after {after}" if after else ""
    return ArticleError(
        where=str(path),
        kind="unreadable",
        problem=f"cannot read{where} ({e.strerror or e})",
    )


def _iter_parquet(
    path: Path,
    metadata: Mapping[str, SourceMetadata],
    encoding_errors: EncodingErrors,
) -> Iterator[Article | ArticleError]:
    try:
        stream = path.open("rb")
    except OSError as e:
        yield _unreadable(path, e)
        return
    with stream:
        yield from _iter_parquet_rows(path, stream, metadata, encoding_errors)


def _iter_parquet_rows(
    path: Path,
    stream: Any,
    metadata: Mapping[str, SourceMetadata],
    encoding_errors: EncodingErrors,
) -> Iterator[Article | ArticleError]:
    import pyarrow as pa  # noqa: PLC0415  reading Parquet is the rare case
    import pyarrow.parquet as pq  # noqa: PLC0415

    try:
        handle = pq.ParquetFile(stream)
    except (pa.ArrowException, OSError) as e:
        yield ArticleError(
            where=str(path),
            kind="bad-parquet",
            problem=f"not a readable Parquet file ({_first_line(e)})",
        )
        return
    names = handle.schema_arrow.names
    if "text" not in names:
        yield ArticleError(
            where=str(path),
            kind="bad-parquet",
            problem=f"no 'text' column (it has: {', '.join(names) or 'none'})",
        )
        return
    text_type = handle.schema_arrow.field("text").type
    if not (pa.types.is_string(text_type) or pa.types.is_large_string(text_type)):
        yield ArticleError(
            where=str(path),
            kind="bad-parquet",
            problem=f"the 'text' column holds {text_type}, not strings",
        )
        return
    unknown = sorted(set(names) - ARTICLE_KEYS)
    if unknown:
        warnings.warn(
            f"{path}: ignored unknown column(s) {', '.join(map(repr, unknown))}",
            MetadataWarning,
            stacklevel=3,
        )
    columns = [n for n in names if n in ARTICLE_KEYS]
    row = 0
    try:
        for batch in handle.iter_batches(
            batch_size=_PARQUET_BATCH_ROWS, columns=columns
        ):
            for values in batch.to_pylist():
                yield _row_article(
                    f"{path}:row {row}", values, metadata, encoding_errors
                )
                row += 1
    except (pa.ArrowException, OSError, UnicodeDecodeError) as e:
        yield ArticleError(
            where=f"{path}:row {row}",
            kind="bad-parquet",
            problem=f"cannot read from this row on ({_first_line(e)})",
        )
        return
    if row == 0:
        yield ArticleError(
            where=str(path), kind="empty", problem="no rows; nothing to parse"
        )


def _first_line(e: BaseException) -> str:
    return (str(e).strip().splitlines() or [type(e).__name__])[0]
