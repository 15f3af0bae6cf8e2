"""regwatch: government directives to online platforms, as evidence-backed data.

The public API is exactly ``regwatch.__all__`` (plus the ``regwatch.model`` and
``regwatch.vocab`` modules for type annotations); everything else may move.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from regwatch.arrow import (
    DIRECTIVES_ARROW_SCHEMA,
    directives_from_arrow,
    pandas_meta,
    parse_arrow,
    parse_batches,
    parse_pandas,
    results_to_arrow,
    spark_schema,
)
from regwatch.batch import parse_many
from regwatch.dataset import (
    build,
    directives_view,
    load,
    manifest,
    path,
    scan,
    schema,
    tables,
)
from regwatch.dates import IsoDuration, PartialDate
from regwatch.errors import DatasetError, InputError, RegwatchError
from regwatch.model import (
    Deadline,
    Directive,
    Evidence,
    Jurisdiction,
    Outcome,
    ParseResult,
    Platform,
    Source,
)
from regwatch.parsing import parse, parse_file
from regwatch.vocab import (
    Action,
    DatePrecision,
    JurisdictionKind,
    OutcomeStatus,
    PlatformKind,
    Provenance,
)

try:
    __version__ = version("regwatch")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

__all__ = [
    "DIRECTIVES_ARROW_SCHEMA",
    "Action",
    "DatasetError",
    "DatePrecision",
    "Deadline",
    "Directive",
    "Evidence",
    "InputError",
    "IsoDuration",
    "Jurisdiction",
    "JurisdictionKind",
    "Outcome",
    "OutcomeStatus",
    "ParseResult",
    "PartialDate",
    "Platform",
    "PlatformKind",
    "Provenance",
    "RegwatchError",
    "Source",
    "__version__",
    "build",
    "directives_from_arrow",
    "directives_view",
    "load",
    "manifest",
    "pandas_meta",
    "parse",
    "parse_arrow",
    "parse_batches",
    "parse_file",
    "parse_many",
    "parse_pandas",
    "path",
    "results_to_arrow",
    "scan",
    "schema",
    "spark_schema",
    "tables",
]
