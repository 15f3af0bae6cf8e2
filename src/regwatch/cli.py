"""The ``regwatch`` command line: parse articles, build and look at the dataset.

Tables are for people, ``--format json|jsonl|csv`` for programs. Bad input
ends in a one-line message and exit status 2; a batch goes on with the rest
and exits 1 when anything failed.
"""

from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path

import attrs
import click

from regwatch._options import encoding_errors_option
from regwatch.articles import Article, EncodingErrors, iter_articles
from regwatch.errors import InputError
from regwatch.jsonio import SourceMetadata, read_metadata, result_to_json
from regwatch.model import ParseResult
from regwatch.parsing import parse_text

__all__ = ["main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="regwatch")
def main() -> None:
    """Government directives to online platforms, as evidence-backed data."""


def _parse_article(article: Article) -> ParseResult | str:
    """The article's result, carrying its reading warnings; or why parsing failed."""
    try:
        result = parse_text(article.text, source=article.source)
    except Exception as e:  # noqa: BLE001  the parser must not raise; if it does, the batch goes on
        return (
            f"{article.where}: internal error in the parser "
            f"({type(e).__name__}: {e}); please report this as a bug"
        )
    if article.warnings:
        result = attrs.evolve(result, warnings=(*result.warnings, *article.warnings))
    return result


def _print_table(result: ParseResult) -> None:
    """One block per article: the date relative dates resolve against, warnings, then each directive."""
    click.echo(
        f"== {result.source.file or result.source.id[:12]}: {len(result.directives)} directive(s)"
    )
    if result.reference_date is not None:
        click.echo(
            f"  dates resolved against {result.reference_date.iso()} ({result.reference_basis})"
        )
    else:
        click.echo("  no reference date: dates without a year keep it unknown")
    for w in result.warnings:
        click.echo(f"  warning: {w}")
    for d in result.directives:
        issued = d.issued.iso() if d.issued else "?"
        click.echo(
            f"  {d.jurisdiction} {d.action.value:<20} {','.join(d.platforms) or '-':<24} "
            f"issued {issued:<10} by {d.issuer or '?'}"
        )
        for x in d.deadlines:
            when = (
                f"due {x.due.iso()}"
                if x.due
                else f"within {x.within.iso() if x.within else '?'}"
            )
            click.echo(f"      deadline: {when}" + (f" ({x.what})" if x.what else ""))
        for o in d.outcomes:
            as_of = f" as of {o.as_of.iso()}" if o.as_of else ""
            click.echo(f"      outcome: {o.status.value}{as_of}")
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
@encoding_errors_option
def parse(
    paths: tuple[Path, ...],
    metadata: Path | None,
    fmt: str,
    encoding_errors: EncodingErrors,
) -> None:
    """Parse articles and print the directives.

    PATHS are .txt files, folders (their .txt files), .jsonl files (one
    article per line, in a "text" key) and .parquet files (a "text" column).
    A file that cannot be read is reported and the rest are still parsed;
    the exit status is then 1.
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            meta: dict[str, SourceMetadata] = (
                read_metadata(metadata) if metadata else {}
            )
        except InputError as e:
            raise click.UsageError(str(e)) from None
        _echo_warnings(caught)
        _parse_all(paths, meta, fmt, encoding_errors, caught)


def _echo_warnings(caught: list[warnings.WarningMessage]) -> None:
    for w in caught:
        click.echo(f"warning: {w.message}", err=True)
    caught.clear()


def _parse_all(
    paths: tuple[Path, ...],
    meta: dict[str, SourceMetadata],
    fmt: str,
    encoding_errors: EncodingErrors,
    caught: list[warnings.WarningMessage],
) -> None:
    failures: list[str] = []
    documents = []
    for article in iter_articles(paths, metadata=meta, encoding_errors=encoding_errors):
        _echo_warnings(caught)
        result = (
            _parse_article(article) if isinstance(article, Article) else str(article)
        )
        if isinstance(result, str):
            failures.append(result)
            click.echo(f"error: {result}", err=True)
            continue
        if fmt == "jsonl":
            click.echo(json.dumps(result_to_json(result), ensure_ascii=False))
        elif fmt == "json":
            documents.append(result_to_json(result))
        else:
            _print_table(result)
    if fmt == "json":
        click.echo(json.dumps(documents, ensure_ascii=False, indent=2))
    _echo_warnings(caught)
    if failures:
        click.echo(f"{len(failures)} input(s) failed:", err=True)
        for f in failures:
            click.echo(f"  {f}", err=True)
        sys.exit(1)


def _add_dataset_commands() -> None:
    """``build``, ``directives`` and ``deadlines`` live with the dataset (#4)."""
    from regwatch.dataset import commands  # noqa: PLC0415  (keeps `regwatch parse` light)

    main.add_command(commands.build)
    main.add_command(commands.directives)
    main.add_command(commands.deadlines)


_add_dataset_commands()
