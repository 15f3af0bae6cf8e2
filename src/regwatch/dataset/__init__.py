"""The regwatch dataset: its schema, how it is built and how it is loaded."""

from __future__ import annotations

from regwatch.dataset.schema import SCHEMA_VERSION, arrow_schema, field_dictionary

__all__ = ["SCHEMA_VERSION", "arrow_schema", "field_dictionary"]
