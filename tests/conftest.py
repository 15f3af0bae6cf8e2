"""Shared test configuration: Hypothesis profiles and the shared material folder.

``HYPOTHESIS_PROFILE`` picks the profile: ``dev`` (the default, quick) or ``ci``
(no deadline, at least 1,000 examples per property; ``.ci/run`` sets it).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=100)
settings.register_profile(
    "ci",
    max_examples=1000,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def shared_folder() -> Path | None:
    """The shared material folder (``REGWATCH_SHARED``, else ``../shared``), if present."""
    folder = Path(os.environ.get("REGWATCH_SHARED") or PROJECT_ROOT.parent / "shared")
    return folder if folder.is_dir() else None


@pytest.fixture(name="shared")
def _shared() -> Path:
    """The shared material folder; skips the test, saying why, when it is absent."""
    folder = shared_folder()
    if folder is None:
        pytest.skip(
            "shared material not found: set REGWATCH_SHARED or put it at ../shared"
        )
    return folder
