"""Field descriptions: one source for the docs, the Arrow schema and the tests."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

import attrs

DOC_KEY = "regwatch.description"
"""The attrs metadata key under which every model field keeps its description."""


def doc(text: str) -> MappingProxyType[str, str]:
    """Metadata for ``attrs.field(metadata=...)`` holding *text* as the description."""
    return MappingProxyType({DOC_KEY: text})


def description(field: attrs.Attribute[Any]) -> str:
    """The description of an attrs field, or an empty string when it has none."""
    return str(field.metadata.get(DOC_KEY, ""))
