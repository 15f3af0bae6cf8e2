"""The wheel carries the dataset (#4)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import regwatch

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(name="wheel", scope="module")
def _wheel(tmp_path_factory) -> Path:
    """A wheel built from this source tree."""
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(  # noqa: S603
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = out.glob("regwatch-*.whl")
    return wheel


@pytest.mark.slow
def test_wheel_holds_every_table_and_the_manifest(wheel):
    """The wheel holds each table's Parquet file and manifest.json under regwatch/data."""
    names = set(zipfile.ZipFile(wheel).namelist())

    expected = {f"regwatch/data/{t}.parquet" for t in regwatch.tables()} | {
        "regwatch/data/manifest.json"
    }

    assert expected <= names


@pytest.mark.slow
def test_wheel_data_is_the_shipped_data(wheel):
    """The wheel's files are byte for byte the dataset in the source tree."""
    archive = zipfile.ZipFile(wheel)

    assert {
        t: (ROOT / "src" / "regwatch" / "data" / f"{t}.parquet").read_bytes()
        for t in regwatch.tables()
    } == {t: archive.read(f"regwatch/data/{t}.parquet") for t in regwatch.tables()}
