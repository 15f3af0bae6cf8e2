"""MkDocs hook: the Parquet field dictionary, generated from the dataset's schemas.

The column descriptions live once, in the Arrow schema of each shipped table
(``regwatch.schema(name)``, built from the model's field metadata). This hook
renders them into the docs, so the field dictionary cannot drift from the data.

A page asks for it with an HTML comment alone on a line:

- ``<!-- regwatch:fields -->`` renders every table of ``regwatch.tables()``;
- ``<!-- regwatch:fields directives -->`` renders one table.

Each table becomes a Frictionless-style list (name, type, required,
description); the columns of a struct, or of a list of structs, follow their
parent as ``parent.child`` or ``parent[].child``. A column without a
description fails the build, and so does a page that asks for the dictionary
while the dataset is not importable: the message says which page and why.

The same metadata documents the model: ``<!-- regwatch:record Directive -->``
renders the fields of ``regwatch.Directive`` (name, type, description) from
``attrs.fields()``, so the API reference and the Parquet columns share one text.
"""

from __future__ import annotations

import re
from typing import Any

import pyarrow as pa
from mkdocs.exceptions import PluginError

_RECORD = re.compile(
    r"^<!-- regwatch:record (?P<name>[A-Za-z]+) -->[ \t]*$", re.MULTILINE
)
_MARKER = re.compile(
    r"^<!-- regwatch:fields(?: (?P<table>[a-z_]+))? -->[ \t]*$", re.MULTILINE
)
# the model's metadata key first; plain "description" is what other tools write
_DESCRIPTION_KEYS = (b"regwatch.description", b"description")


def _description(field: pa.Field) -> str:
    meta = field.metadata or {}
    for key in _DESCRIPTION_KEYS:
        if key in meta:
            return str(meta[key].decode("utf-8")).strip()
    return ""


def _type_name(type_: pa.DataType) -> str:
    """A short type name: nested types name their shape, their columns follow."""
    if pa.types.is_struct(type_):
        return "struct"
    if pa.types.is_list(type_) or pa.types.is_large_list(type_):
        return f"list<{_type_name(type_.value_type)}>"
    if pa.types.is_dictionary(type_):
        return _type_name(type_.value_type)
    return str(type_)


def field_rows(schema: pa.Schema) -> list[tuple[str, str, bool, str]]:
    """Flatten a schema into ``(name, type, required, description)`` rows."""
    rows: list[tuple[str, str, bool, str]] = []

    def visit(field: pa.Field, prefix: str) -> None:
        name = prefix + field.name
        rows.append(
            (name, _type_name(field.type), not field.nullable, _description(field))
        )
        type_ = field.type
        while pa.types.is_list(type_) or pa.types.is_large_list(type_):
            type_ = type_.value_type
            name += "[]"
        if pa.types.is_struct(type_):
            for i in range(type_.num_fields):
                visit(type_.field(i), name + ".")

    for field in schema:
        visit(field, "")
    return rows


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_table(name: str, schema: pa.Schema) -> str:
    """One table's field dictionary as Markdown."""
    rows = field_rows(schema)
    missing = [row[0] for row in rows if not row[3]]
    if missing:
        msg = f"table {name!r}: columns without a description: {', '.join(missing)}"
        raise PluginError(msg)
    out = [f"### `{name}`", ""]
    table_doc = (schema.metadata or {}).get(b"description")
    if table_doc:
        out += [table_doc.decode("utf-8"), ""]
    out += ["| column | type | required | description |", "| --- | --- | --- | --- |"]
    out += [
        f"| `{col}` | `{type_}` | {'yes' if required else 'no'} | {_cell(text)} |"
        for col, type_, required, text in rows
    ]
    return "\n".join([*out, ""])


def _dataset() -> Any:
    try:
        import regwatch  # noqa: PLC0415  (imported per build so `mkdocs serve` sees edits)

        regwatch.tables  # noqa: B018  (fail here, with the message below)
    except (ImportError, AttributeError) as e:
        msg = f"the dataset API is not available ({e}); install regwatch with its data"
        raise PluginError(msg) from None
    return regwatch


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
        f"| `{f.name}` | `{_cell(_type_text(f.type))}` | {_cell(description(f))} |"
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
            regwatch = _dataset()
            names = [match["table"]] if match["table"] else list(regwatch.tables())
            return "\n".join(render_table(n, regwatch.schema(n)) for n in names)
        except PluginError as e:
            msg = f"{page.file.src_uri}: cannot render the field dictionary: {e}"
            raise PluginError(msg) from None
        except Exception as e:  # noqa: BLE001  (any failure becomes a build error naming the page)
            msg = f"{page.file.src_uri}: cannot render the field dictionary: {type(e).__name__}: {e}"
            raise PluginError(msg) from None

    return _MARKER.sub(replace, markdown)
