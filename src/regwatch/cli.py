"""The ``regwatch`` command line: parse articles, build and look at the dataset.

Tables are for people, ``--format json|jsonl|csv`` for programs. Bad input
ends in a one-line message and exit status 2; a batch goes on with the rest
and exits 1 when anything failed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from regwatch.errors import InputError
from regwatch.jsonio import SourceMetadata, read_metadata, result_to_json
from regwatch.model import ParseResult
from regwatch.parsing import parse_file

__all__ = ["main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="regwatch")
def main() -> None:
    """Government directives to online platforms, as evidence-backed data."""


def _expand(paths: tuple[Path, ...]) -> list[Path]:
    """Files as given; folders expand to the ``.txt`` files directly inside them."""
    out: list[Path] = []
    for p in paths:
        out.extend(sorted(p.glob("*.txt")) if p.is_dir() else [p])
    return out


def _print_table(result: ParseResult) -> None:
    click.echo(f"== {result.source.file or result.source.id[:12]}: {len(result.directives)} directive(s)")
    for d in result.directives:
        issued = d.issued.iso() if d.issued else "?"
        click.echo(
            f"  {d.jurisdiction} {d.action.value:<20} {','.join(d.platforms) or '-':<24} "
            f"issued {issued:<10} by {d.issuer or '?'}"
        )
        for e in d.evidence:
            click.echo(f"      {e.field or '':<14} [{e.start}:{e.end}] {e.text!r}")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--metadata",
    type=click.Path(path_type=Path, dir_okay=False),
    help="sources.jsonl with publication dates and other metadata, keyed by file name.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "jsonl"]),
    default="table",
    show_default=True,
    help="table for people; json or jsonl (one document per line) for programs.",
)
def parse(paths: tuple[Path, ...], metadata: Path | None, fmt: str) -> None:
    """Parse article files (folders expand to their .txt files) and print the directives."""
    try:
        meta: dict[str, SourceMetadata] = read_metadata(metadata) if metadata else {}
    except InputError as e:
        raise click.UsageError(str(e)) from None
    failures: list[str] = []
    documents = []
    for path in _expand(paths):
        try:
            result = parse_file(path, metadata=meta.get(path.name))
        except InputError as e:
            failures.append(str(e))
            click.echo(f"error: {e}", err=True)
            continue
        if fmt == "jsonl":
            click.echo(json.dumps(result_to_json(result), ensure_ascii=False))
        elif fmt == "json":
            documents.append(result_to_json(result))
        else:
            _print_table(result)
    if fmt == "json":
        click.echo(json.dumps(documents, ensure_ascii=False, indent=2))
    if failures:
        click.echo(f"{len(failures)} file(s) failed:", err=True)
        for f in failures:
            click.echo(f"  {f}", err=True)
        sys.exit(1)
