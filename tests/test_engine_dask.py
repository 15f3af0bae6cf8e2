"""A Dask distributed cluster gives exactly the single-process records (issue #6).

The cluster is a ``LocalCluster`` of two worker processes: the same scheduler,
workers and serialisation as a real cluster, on one machine.
"""

from __future__ import annotations

import functools
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pytest

from regwatch.arrow import (
    directives_from_arrow,
    pandas_meta,
    parse_arrow,
    parse_pandas,
)
from regwatch.jsonio import read_metadata
from regwatch.model import Directive, Evidence, Outcome, ParseResult, Source
from regwatch.parsing import parse_file

dd = pytest.importorskip("dask.dataframe", reason="the `scale` extra is not installed")
distributed = pytest.importorskip(
    "distributed", reason="the `scale` extra is not installed"
)
pd = pytest.importorskip("pandas")
cloudpickle = pytest.importorskip("cloudpickle")

pytestmark = pytest.mark.slow

_WAIT = 300
"""Seconds to wait for a cluster's result: a stuck cluster fails the test, it does not hang the run."""


def _shared() -> Path:
    root = Path(__file__).resolve().parents[1]
    return Path(os.environ.get("REGWATCH_SHARED", root.parent / "shared"))


@pytest.fixture(name="articles", scope="module")
def _articles() -> pd.DataFrame:
    """Every seed and corpus article, one row each, with its metadata."""
    rows = []
    for folder in ("seeds", "corpus"):
        base = _shared() / folder
        if not base.is_dir():
            pytest.skip(f"shared material not found at {base}; set REGWATCH_SHARED")
        meta = read_metadata(base / "sources.jsonl")
        for path in sorted(base.glob("*.txt")):
            m = meta.get(path.name)
            rows.append(
                {
                    "id": f"{folder}/{path.name}",
                    "text": path.read_bytes().decode("utf-8"),
                    "published": m.published.iso() if m and m.published else None,
                    "published_basis": m.published_basis if m else None,
                    "file": path.name,
                    "language": m.language if m else None,
                    "path": str(path),
                }
            )
    return pd.DataFrame(rows)


@pytest.fixture(name="client", scope="module")
def _client() -> Iterator[distributed.Client]:
    """A two-process local Dask cluster, without its web dashboard."""
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def _single_process(articles: pd.DataFrame) -> dict[str, tuple]:
    """The directives regwatch.parse_file finds, per article with any."""
    out = {}
    for row in articles.itertuples():
        meta = read_metadata(Path(row.path).parent / "sources.jsonl").get(row.file)
        directives = parse_file(Path(row.path), metadata=meta).directives
        if directives:
            out[row.id] = directives
    return out


def test_dask_map_partitions_gives_the_same_records(client, articles):
    """Seeds and corpus through map_partitions on the cluster: the very same directives."""
    ddf = dd.from_pandas(articles.drop(columns=["path"]), npartitions=4)

    frame = client.compute(ddf.map_partitions(parse_pandas, meta=pandas_meta())).result(
        timeout=_WAIT
    )

    assert _single_process(articles) == directives_from_arrow(
        pa.Table.from_pandas(frame, preserve_index=False)
    )


def test_dask_output_has_the_meta_dtypes(client, articles):
    """The computed frame's columns and dtypes are those declared by pandas_meta()."""
    ddf = dd.from_pandas(articles.drop(columns=["path"]).head(6), npartitions=2)

    frame = client.compute(ddf.map_partitions(parse_pandas, meta=pandas_meta())).result(
        timeout=_WAIT
    )

    assert list(pandas_meta().dtypes.items()) == list(frame.dtypes.items())


def _one_block_per_sentence(text: str, *, source: Source | None = None) -> ParseResult:
    """A stand-in parser with many directives: one per sentence that ends in a full stop."""
    source = source or Source.from_text(text)
    directives = []
    for n, m in enumerate(re.finditer(r"[^.\n]{20,200}\.", text)):
        evidence = Evidence(
            source_id=source.id, start=m.start(), end=m.end(), text=m[0], field="action"
        )
        directives.append(
            Directive(
                id=f"{n:016x}",
                jurisdiction="VN",
                action="block",
                platforms=["telegram"],
                issued=source.published,
                outcomes=[Outcome(status="unknown", as_of=source.published)],
                source_ids=[source.id],
                evidence=[evidence],
            )
        )
    return ParseResult(source=source, directives=directives)


def test_dask_with_many_directives_gives_the_same_records(client, articles):
    """With a parser that finds many directives, the cluster's rows read back the same."""
    cloudpickle.register_pickle_by_value(
        sys.modules[__name__]
    )  # workers cannot import tests
    expected = {}
    for row in articles.itertuples():
        rows = parse_arrow(
            pa.Table.from_pandas(articles.loc[[row.Index]].drop(columns=["path"])),
            parse=_one_block_per_sentence,
        )
        expected.update(directives_from_arrow(rows))
    ddf = dd.from_pandas(articles.drop(columns=["path"]), npartitions=4)
    parse = functools.partial(parse_pandas, parse=_one_block_per_sentence)

    frame = client.compute(ddf.map_partitions(parse, meta=pandas_meta())).result(
        timeout=_WAIT
    )

    assert expected == directives_from_arrow(
        pa.Table.from_pandas(frame, preserve_index=False)
    )


def test_cluster_has_two_worker_processes(client):
    """The test really runs on two separate worker processes."""
    pids = client.run(os.getpid)

    assert 2 == len(set(pids.values()) - {os.getpid()})
