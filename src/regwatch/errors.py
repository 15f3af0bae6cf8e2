"""The exceptions regwatch raises: one family, so callers can catch it whole."""

from __future__ import annotations

__all__ = ["DatasetError", "InputError", "RegwatchError"]


class RegwatchError(Exception):
    """Base of every error regwatch raises on purpose."""


class InputError(RegwatchError, ValueError):
    """Bad input: a file, a metadata line or an argument. The CLI exits 2 on it."""


class DatasetError(RegwatchError):
    """A dataset or resource file is missing, corrupt, altered or of an unknown version."""
