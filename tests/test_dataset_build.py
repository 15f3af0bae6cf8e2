"""Building the dataset: curated facts, determinism, atomic writes, the manifest (#4, #7)."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import regwatch
from regwatch.dataset import build, build_tables, read_curated, write_dataset
from regwatch.dataset.build import PAUSE_ENV, _write, content_sha256, parse_inputs
from regwatch.errors import InputError
from regwatch.jsonio import read_metadata
from regwatch.vocab import Provenance

CURATED_LINES = [
    {
        "file": "made_up_report.txt",
        "published": "2025-03-02",
        "source_urls": ["https://news.example/ban", "https://other.example/ban"],
        "notes": "A sentence of prose that must not enter the dataset.",
        "directives": [
            {
                "jurisdiction": "VN",
                "issuer": ["Ministry of Examples", "the ministry"],
                "platforms": ["telegram"],
                "action": "block",
                "issued": "2025-03-01",
                "targets_intermediaries": True,
                "deadlines": [
                    {"due": "2025-03-15", "within": None, "what": "prose to leave out"}
                ],
                "outcome": {
                    "status": "pending",
                    "as_of": "2025-03-02",
                    "note": "more prose",
                },
                "optional": False,
            }
        ],
    },
    {
        "file": "negative.txt",
        "published": "2025-01-01",
        "source_urls": [],
        "directives": [],
    },
]

ARTICLE = (
    "Hanoi, March 2, 2025. The Ministry of Examples ordered telecom providers "
    "to block the messaging app Telegram on March 1, 2025.\n"
)


@pytest.fixture(name="inputs")
def _inputs(tmp_path: Path) -> dict[str, Path]:
    """An article, its metadata and a curated file, all written for these tests."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "sources.jsonl").write_text(
        json.dumps({"file": "article.txt", "published": "2025-03-02"}) + "\n"
    )
    (folder / "curated.jsonl").write_text(
        "\n".join(json.dumps(line) for line in CURATED_LINES) + "\n"
    )
    return {
        "articles": folder / "article.txt",
        "metadata": folder / "sources.jsonl",
        "curated": folder / "curated.jsonl",
    }


def _build(inputs: dict[str, Path], output: Path) -> dict:
    return build(
        [inputs["articles"]],
        output=output,
        metadata=inputs["metadata"],
        curated=[inputs["curated"]],
        jobs=1,
    )


def _bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_curated_records_cite_urls_and_leave_prose_out(inputs):
    """A curated line becomes a curated record with its URLs, first issuer and no notes."""
    ((source, (d,)),) = list(read_curated(inputs["curated"]))

    assert (Provenance.CURATED, "Ministry of Examples", (), None, None) == (
        d.provenance,
        d.issuer,
        d.evidence,
        d.deadlines[0].what,
        d.outcomes[0].note,
    )
    assert (
        source.references
        == d.references
        == (
            "https://news.example/ban",
            "https://other.example/ban",
        )
    )


def test_curated_line_without_urls_is_refused(tmp_path):
    """Curated facts without public references fail, naming the line."""
    bad = dict(CURATED_LINES[0], source_urls=[])
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps(bad) + "\n")

    with pytest.raises(
        InputError, match=r"c\.jsonl:1: curated facts need public reference URLs"
    ):
        list(read_curated(path))


def test_rebuild_gives_identical_bytes(inputs, tmp_path):
    """Building twice from the same inputs writes byte-identical files."""
    _build(inputs, tmp_path / "one")
    _build(inputs, tmp_path / "two")

    assert _bytes(tmp_path / "one") == _bytes(tmp_path / "two")


def test_manifest_checksums_match_the_files(inputs, tmp_path):
    """Every table's sha256 in the manifest is the sha256 of its file."""
    manifest = _build(inputs, tmp_path / "ds")

    expected = {
        name: hashlib.sha256((tmp_path / "ds" / entry["file"]).read_bytes()).hexdigest()
        for name, entry in manifest["tables"].items()
    }

    assert expected == {n: e["sha256"] for n, e in manifest["tables"].items()}


def test_manifest_records_versions_and_inputs(inputs, tmp_path):
    """The manifest names the schema, package and pyarrow versions and hashes every input."""
    manifest = _build(inputs, tmp_path / "ds")

    assert (regwatch.__version__, "1.0", ["curated.jsonl"], ["sources.jsonl"]) == (
        manifest["package_version"],
        manifest["schema_version"],
        [e["name"] for e in manifest["inputs"]["curated"]],
        [e["name"] for e in manifest["inputs"]["metadata"]],
    )


def test_build_refuses_to_replace_a_folder_that_is_not_a_dataset(inputs, tmp_path):
    """A non-empty folder without a manifest is never replaced."""
    (tmp_path / "home").mkdir()
    (tmp_path / "home" / "precious.txt").write_text("keep me")

    with pytest.raises(InputError, match="is not a regwatch dataset"):
        _build(inputs, tmp_path / "home")


def test_rebuild_replaces_the_previous_dataset(inputs, tmp_path):
    """A second build into the same folder replaces it and leaves no temporary folders."""
    _build(inputs, tmp_path / "ds")
    build([], output=tmp_path / "ds")

    assert (0, ["ds"]) == (
        regwatch.manifest(directory=tmp_path / "ds")["counts"]["directives"],
        sorted(p.name for p in tmp_path.iterdir() if p.name != "in"),
    )


@pytest.mark.slow
def test_killed_build_leaves_the_previous_dataset_intact(inputs, tmp_path):
    """A build killed between two file writes leaves the old dataset as it was, loadable."""
    target = tmp_path / "ds"
    _build(inputs, target)
    before = _bytes(target)
    script = (
        "import sys; from regwatch.dataset import build; build([], output=sys.argv[1])"
    )
    env = dict(os.environ, **{PAUSE_ENV: "60"})
    proc = subprocess.Popen([sys.executable, "-c", script, str(target)], env=env)  # noqa: S603
    try:
        deadline = time.monotonic() + 60
        while not list(tmp_path.glob(".ds.building-*/sources.parquet")):
            assert time.monotonic() < deadline, "the build never wrote its first file"
            time.sleep(0.05)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()

    assert before == _bytes(target)
    assert regwatch.load("directives", directory=target).height > 0


def _hash_of_whole_table(table: pa.Table) -> str:
    """content_sha256() as first written: every row of the table at once."""
    h = hashlib.sha256()
    h.update(json.dumps(table.schema.names).encode())
    for row in table.to_pylist():
        h.update(json.dumps(row, sort_keys=True, default=str).encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()


@pytest.mark.parametrize("name", regwatch.tables())
def test_content_hash_by_batches_equals_the_hash_of_the_whole_table(name):
    """Hashing a long, many-chunked table batch by batch gives the hash of all its rows at once."""
    shipped = pq.read_table(regwatch.path(name))
    table = pa.concat_tables([shipped] * 40)  # more rows than one batch, many chunks

    assert _hash_of_whole_table(table) == content_sha256(table)


@pytest.mark.parametrize("name", regwatch.tables())
def test_shipped_content_hashes_match_the_tables(name):
    """The manifest's content hash of each shipped table is content_sha256() of its rows."""
    expected = regwatch.manifest()["tables"][name]["content_sha256"]

    assert expected == content_sha256(pq.read_table(regwatch.path(name)))


# How the dataset's files were written when every table was written whole.
WHOLE_TABLE_OPTIONS = {
    "compression": "zstd",
    "compression_level": 9,
    "row_group_size": 65_536,
    "use_dictionary": True,
    "write_statistics": True,
    "store_schema": True,
    "version": "2.6",
}


def test_table_written_piece_by_piece_has_the_bytes_of_the_whole_table(tmp_path):
    """Directives given in uneven pieces are written with the bytes of the whole table written at once."""
    shipped = pq.read_table(regwatch.path("directives")).cast(
        regwatch.schema("directives")
    )
    table = pa.concat_tables([shipped] * 800).combine_chunks()  # two row groups
    # ids all different, as in a large build: their dictionary outgrows its page
    # and the writer falls back to plain encoding at a point that depends on
    # how the rows were split
    ids = pa.array([f"{i:016x}" for i in range(table.num_rows)])
    table = table.set_column(0, table.schema.field(0), ids)
    pq.write_table(table, tmp_path / "whole.parquet", **WHOLE_TABLE_OPTIONS)
    pieces = [
        {"directives": table.slice(start, 5_000)}
        for start in range(0, table.num_rows, 5_000)
    ]

    manifest = _write(pieces, tmp_path / "ds")

    assert (
        (tmp_path / "whole.parquet").read_bytes(),
        table.num_rows,
        content_sha256(table),
    ) == (
        (tmp_path / "ds" / "directives.parquet").read_bytes(),
        manifest["tables"]["directives"]["rows"],
        manifest["tables"]["directives"]["content_sha256"],
    )


def test_empty_table_has_the_bytes_of_the_whole_empty_table(tmp_path):
    """A table no piece names is written as an empty table written whole."""
    empty = regwatch.schema("deadlines").empty_table()
    pq.write_table(empty, tmp_path / "whole.parquet", **WHOLE_TABLE_OPTIONS)

    _write([], tmp_path / "ds")

    assert (tmp_path / "whole.parquet").read_bytes() == (
        tmp_path / "ds" / "deadlines.parquet"
    ).read_bytes()


def test_streamed_build_writes_what_the_whole_tables_give(inputs, tmp_path):
    """build() writes part by part the files write_dataset(build_tables()) writes whole."""
    manifest = _build(inputs, tmp_path / "streamed")
    meta = read_metadata(inputs["metadata"])
    results = parse_inputs([inputs["articles"]], metadata=meta, jobs=1)
    tables = build_tables(results, list(read_curated(inputs["curated"], metadata=meta)))

    write_dataset(tables, tmp_path / "whole", inputs=manifest["inputs"])

    assert _bytes(tmp_path / "whole") == _bytes(tmp_path / "streamed")
