"""The regwatch dataset: its schema, how it is built, and how it is loaded.

``regwatch.load("directives")`` is the one call most users need; the rest of
this package builds datasets (``regwatch build``) and documents their columns
(:func:`field_dictionary`, read by the docs' field dictionary).
"""

from __future__ import annotations

from regwatch.dataset.build import MANIFEST, build, build_tables, write_dataset
from regwatch.dataset.curated import read_curated
from regwatch.dataset.link import link
from regwatch.dataset.load import (
    deadlines_view,
    directives_view,
    load,
    manifest,
    path,
    scan,
    schema,
    tables,
)
from regwatch.dataset.schema import (
    SCHEMA_VERSION,
    TABLES,
    arrow_schema,
    field_dictionary,
)

__all__ = [
    "MANIFEST",
    "SCHEMA_VERSION",
    "TABLES",
    "arrow_schema",
    "build",
    "build_tables",
    "deadlines_view",
    "directives_view",
    "field_dictionary",
    "link",
    "load",
    "manifest",
    "path",
    "read_curated",
    "scan",
    "schema",
    "tables",
    "write_dataset",
]
