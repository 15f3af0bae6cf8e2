"""Command-line options that more than one command takes, defined once."""

from __future__ import annotations

import click

__all__ = ["encoding_errors_option"]

encoding_errors_option = click.option(
    "--encoding-errors",
    type=click.Choice(["strict", "replace"]),
    default="strict",
    show_default=True,
    help="strict: an article that is not UTF-8 fails, naming the byte offset; "
    "replace: read it with U+FFFD for bad bytes and say so in a warning.",
)
"""``--encoding-errors``, for ``regwatch parse`` and ``regwatch build`` alike."""
