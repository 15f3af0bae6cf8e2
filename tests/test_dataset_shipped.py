"""The shipped dataset: rebuilt from the shared material, it is byte-identical (#4)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

import regwatch
from regwatch.dataset import build
from regwatch.jsonio import read_metadata
from regwatch.model import text_id


def _build(shared: Path, output: Path) -> dict:
    return build(
        [shared / "seeds"],
        output=output,
        metadata=shared / "seeds" / "sources.jsonl",
        curated=[shared / "corpus" / "gold.jsonl"],
        jobs=1,
    )


@pytest.fixture(name="rebuilt", scope="module")
def _rebuilt(tmp_path_factory) -> Path:
    from conftest import shared_folder  # noqa: PLC0415

    shared = shared_folder()
    if shared is None:
        pytest.skip(
            "shared material not found: set REGWATCH_SHARED or put it at ../shared"
        )
    out = tmp_path_factory.mktemp("rebuilt") / "data"
    _build(shared, out)
    return out


@pytest.mark.parametrize("name", regwatch.tables())
def test_shipped_tables_rebuild_identically(rebuilt, name):
    """Rebuilding from the seeds and the curated corpus gives the shipped table's bytes."""
    assert (
        regwatch.path(name).read_bytes() == (rebuilt / f"{name}.parquet").read_bytes()
    )


def test_shipped_manifest_rebuilds_identically(rebuilt):
    """The rebuilt manifest is the shipped one: same checksums, counts and inputs."""
    assert regwatch.manifest() == json.loads((rebuilt / "manifest.json").read_text())


def _seed_ids(shared: Path, *prefixes: str) -> set[str]:
    meta = read_metadata(shared / "seeds" / "sources.jsonl")
    return {
        m.sha256 for name, m in meta.items() if name.startswith(prefixes) and m.sha256
    }


def _records(**facts: str) -> pl.DataFrame:
    return regwatch.load("directives").filter(**facts, platforms=["telegram"])


def test_frances_arrest_of_telegrams_founder_is_one_directive(shared):
    """Seeds 003 and 004 and the curated arrest are one directive with all their sources."""
    arrest = _records(jurisdiction="FR", action="prosecution", issued_iso="2024-08-24")

    assert 1 == arrest.height
    assert _seed_ids(shared, "003", "004") <= set(arrest["source_ids"][0])
    assert arrest["references"][0].len() > 0


def test_vietnams_2025_telegram_block_is_one_directive(shared):
    """Seed 000 and the curated block are one directive with both sources."""
    block = _records(jurisdiction="VN", action="block", issued_iso="2025-05-21")

    assert 1 == block.height
    assert _seed_ids(shared, "000") <= set(block["source_ids"][0])
    assert 2 == block["source_ids"][0].len()


def _required(shared: Path) -> list[pytest.param]:
    lines = (shared / "seeds" / "expected.jsonl").read_text().splitlines()
    return [
        (json.loads(line)["file"], d)
        for line in lines
        for d in json.loads(line)["directives"]
        if not d.get("optional")
    ]


def test_every_required_seed_directive_is_in_the_dataset(shared):
    """Each required directive of the seeds' answers has a record of its jurisdiction, action and platforms."""
    meta = read_metadata(shared / "seeds" / "sources.jsonl")
    rows = regwatch.load("directives").to_dicts()
    missing = [
        (file, d["jurisdiction"], d["action"])
        for file, d in _required(shared)
        if not any(
            r["jurisdiction"] == d["jurisdiction"]
            and r["platforms"] == sorted(d["platforms"])
            and (
                r["action"] == d["action"]
                or r["action"] in d.get("also_accept", {}).get("action", [])
            )
            and meta[file].sha256 in r["source_ids"]
            for r in rows
        )
    ]

    assert [] == missing


def test_curated_sources_are_identified_by_their_urls():
    """Every curated source id is the hash of its reference URLs."""
    sources = regwatch.load("sources").filter(pl.col("file").is_null())

    assert sources["source_id"].to_list() == [
        text_id("\n".join(refs)) for refs in sources["references"].to_list()
    ]
