"""Spark's mapInArrow with regwatch.parse_batches gives the single-process records.

Runs only where pyspark (and Java) are installed: it is not part of the
``scale`` extra, which CI tests with Dask.
"""

from __future__ import annotations

import os
import sys

import pyarrow as pa
import pytest

from regwatch.arrow import (
    directives_from_arrow,
    parse_arrow,
    parse_batches,
    spark_schema,
)

pyspark_sql = pytest.importorskip("pyspark.sql", reason="pyspark is not installed")

pytestmark = [
    pytest.mark.slow,
    # pyspark's own notice about pandas 3, not about regwatch
    pytest.mark.filterwarnings(
        "ignore:PySpark does not yet fully support pandas:FutureWarning"
    ),
]

TEXTS = {
    "a1": "MOSCOW, April 16 (Staff) - Russia's communications regulator said on Monday it had ordered internet providers to block Telegram after a court ruling.",
    "a2": "Nothing happened today.",
    "a3": "Ukraine's security council banned the use of Telegram on the official devices of state employees on September 20, 2024.",
    "a4": "Vietnam's Ministry of Information and Communications ordered telecom providers to block Telegram on May 21, 2025.",
}
PUBLISHED = ["2018-04-16", None, "2024-09-21", "2025-05-23"]


@pytest.fixture(name="spark", scope="module")
def _spark():
    """A local Spark session with two threads, whose Python workers run this interpreter."""
    old = os.environ.get("PYSPARK_PYTHON")
    os.environ["PYSPARK_PYTHON"] = sys.executable  # workers must import regwatch
    session = (
        pyspark_sql.SparkSession.builder.master("local[2]")
        .appName("regwatch-test")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    yield session
    session.stop()
    if old is None:
        os.environ.pop("PYSPARK_PYTHON", None)
    else:
        os.environ["PYSPARK_PYTHON"] = old


def test_map_in_arrow_gives_the_same_records(spark):
    """Articles through mapInArrow read back to exactly parse_arrow's records."""
    articles = pa.table(
        {"id": list(TEXTS), "text": list(TEXTS.values()), "published": PUBLISHED}
    )
    frame = spark.createDataFrame(articles.to_pandas())

    rows = frame.mapInArrow(parse_batches, spark_schema()).toArrow()

    assert directives_from_arrow(parse_arrow(articles)) == directives_from_arrow(rows)
