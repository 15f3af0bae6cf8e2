"""MkDocs hook: the Parquet field dictionary, generated from the dataset's schemas.

The column descriptions live once, in the model's field metadata, from which
``regwatch.dataset`` builds the Arrow schema of each table. This hook renders
``regwatch.dataset.field_dictionary()`` (Frictionless-style rows: table,
column, type, required, description, constraints) and each table's schema
metadata (description, primary and foreign keys) into the docs, so the field
dictionary cannot drift from the data.

A page asks for it with an HTML comment alone on a line:

- ``<!-- regwatch:fields -->`` renders every table, in dependency order;
- ``<!-- regwatch:fields directives -->`` renders one table.

A column without a description fails the build, and so does a page that asks
for the dictionary while the dataset module cannot be imported: the message
says which page and why.

The same metadata documents the model: ``<!-- regwatch:record Directive -->``
renders the fields of ``regwatch.Directive`` (name, type, description) from
``attrs.fields()``, so the API reference and the Parquet columns share one text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

from mkdocs.exceptions import PluginError

_RECORD = re.compile(
    r"^<!-- regwatch:record (?P<name>[A-Za-z]+) -->[ \t]*$", re.MULTILINE
)
_MARKER = re.compile(
    r"^<!-- regwatch:fields(?: (?P<table>[a-z_]+))? -->[ \t]*$", re.MULTILINE
)


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _code(value: Any) -> str:
    # Python-Markdown's tables do not split cells at a pipe inside backticks
    return f"`{str(value).replace(chr(10), ' ')}`"


def _constraints(c: Mapping[str, Any]) -> str:
    parts = []
    if c.get("primary_key"):
        parts.append("primary key")
    if c.get("foreign_key"):
        parts.append(f"references {_code(c['foreign_key'])}")
    if c.get("enum"):
        parts.append("one of " + ", ".join(_code(v) for v in c["enum"]))
    if c.get("pattern"):
        parts.append(f"matches {_code(c['pattern'])}")
    return "; ".join(parts)


def render_table(
    name: str, rows: Iterable[Mapping[str, Any]], metadata: Mapping[bytes, bytes]
) -> str:
    """One table's field dictionary as Markdown.

    Args:
        name: The table.
        rows: Its rows of ``regwatch.dataset.field_dictionary()``.
        metadata: Its Arrow schema metadata (description, primary and foreign keys).
    """
    rows = list(rows)
    missing = [r["column"] for r in rows if not str(r.get("description") or "").strip()]
    if missing:
        msg = f"table {name!r}: columns without a description: {', '.join(missing)}"
        raise PluginError(msg)
    out = [f"### `{name}`", ""]
    if metadata.get(b"description"):
        out += [metadata[b"description"].decode("utf-8"), ""]
    if metadata.get(b"primary_key"):
        key = json.loads(metadata[b"primary_key"])
        out += ["Primary key: " + ", ".join(_code(k) for k in key) + ".", ""]
    out += [
        "| column | type | required | description | constraints |",
        "| --- | --- | --- | --- | --- |",
    ]
    out += [
        f"| {_code(r['column'])} | {_code(r['type'])} "
        f"| {'yes' if r['constraints'].get('required') else 'no'} "
        f"| {_cell(r['description'])} | {_constraints(r['constraints'])} |"
        for r in rows
    ]
    return "\n".join([*out, ""])


def render_tables(only: str | None = None) -> str:
    """The field dictionary of every table (or of table *only*) as Markdown."""
    try:
        from regwatch.dataset import arrow_schema, field_dictionary  # noqa: PLC0415
    except ImportError as e:
        msg = f"the dataset schema is not available ({e})"
        raise PluginError(msg) from None
    rows = field_dictionary()
    names = list(dict.fromkeys(r["table"] for r in rows))
    if only is not None and only not in names:
        msg = f"unknown table {only!r}; choose one of: {', '.join(names)}"
        raise PluginError(msg)
    return "\n".join(
        render_table(
            n, [r for r in rows if r["table"] == n], arrow_schema(n).metadata or {}
        )
        for n in ([only] if only else names)
    )


def _type_text(type_: Any) -> str:
    text = type_ if isinstance(type_, str) else getattr(type_, "__name__", repr(type_))
    return str(text).replace("typing.", "")


def render_record(name: str) -> str:
    """The fields of the record ``regwatch.<name>`` as a Markdown table."""
    import attrs  # noqa: PLC0415

    import regwatch  # noqa: PLC0415
    from regwatch._doc import description  # noqa: PLC0415

    cls = getattr(regwatch, name, None)
    if cls is None or not attrs.has(cls):
        msg = f"regwatch.{name} is not an attrs record"
        raise PluginError(msg)
    fields = attrs.fields(cls)
    missing = [f.name for f in fields if not description(f)]
    if missing:
        msg = f"regwatch.{name}: fields without a description: {', '.join(missing)}"
        raise PluginError(msg)
    out = [
        f"**Fields of `{name}`**",
        "",
        "| field | type | description |",
        "| --- | --- | --- |",
    ]
    out += [
        f"| `{f.name}` | {_code(_type_text(f.type))} | {_cell(description(f))} |"
        for f in fields
    ]
    return "\n".join([*out, ""])


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    """Replace each ``regwatch:fields`` marker with the generated dictionary."""
    if "<!-- regwatch:record" in markdown:
        try:
            markdown = _RECORD.sub(lambda m: render_record(m["name"]), markdown)
        except PluginError as e:
            msg = f"{page.file.src_uri}: {e}"
            raise PluginError(msg) from None
    if "<!-- regwatch:fields" not in markdown:
        return markdown

    def replace(match: re.Match[str]) -> str:
        try:
            return render_tables(match["table"])
        except PluginError as e:
            msg = f"{page.file.src_uri}: cannot render the field dictionary: {e}"
            raise PluginError(msg) from None

    return _MARKER.sub(replace, markdown)
