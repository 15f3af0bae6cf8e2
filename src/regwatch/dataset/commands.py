"""The dataset's command-line verbs: ``build``, ``directives`` and ``deadlines``.

Tables for people; ``--format csv|json|jsonl`` for programs. Bad arguments
end in a one-line message and exit status 2.
"""

from __future__ import annotations

import datetime as dt
import json
import warnings
from pathlib import Path
from typing import Any

import click
import polars as pl

from regwatch._options import encoding_errors_option
from regwatch.articles import EncodingErrors
from regwatch.batch import ProgressBar, count_articles
from regwatch.dataset.build import build as build_dataset
from regwatch.dataset.load import deadlines_view, directives_view
from regwatch.dates import PartialDate
from regwatch.errors import DatasetError, InputError
from regwatch.vocab import Action

__all__ = ["build", "deadlines", "directives"]

_FORMATS = click.Choice(["table", "csv", "json", "jsonl"])


class _PartialDateParam(click.ParamType):  # type: ignore[type-arg]  # generic from click 8.3
    """An ISO date at any precision: ``2024``, ``2024-08`` or ``2024-08-24``."""

    name = "date"

    def convert(self, value: Any, param: Any, ctx: Any) -> PartialDate:
        if isinstance(value, PartialDate):
            return value
        try:
            date = PartialDate.from_iso(str(value))
        except InputError:
            date = None
        if date is None or date.year is None:
            self.fail(
                f"{value!r} is not a date; give YYYY, YYYY-MM or YYYY-MM-DD", param, ctx
            )
        return date


class _DayParam(click.ParamType):  # type: ignore[type-arg]  # generic from click 8.3
    name = "YYYY-MM-DD"

    def convert(self, value: Any, param: Any, ctx: Any) -> dt.date:
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            self.fail(f"{value!r} is not a date; give YYYY-MM-DD", param, ctx)


def _data_option(f: Any) -> Any:
    return click.option(
        "--data",
        "data",
        type=click.Path(path_type=Path, file_okay=False, exists=True),
        help="A dataset folder written by `regwatch build`; the shipped dataset when omitted.",
    )(f)


def _format_option(f: Any) -> Any:
    return click.option(
        "--format",
        "fmt",
        type=_FORMATS,
        default="table",
        show_default=True,
        help="table for people; csv, json or jsonl for programs.",
    )(f)


def _flat(df: pl.DataFrame) -> pl.DataFrame:
    """Lists joined with ', ' so that tables and CSV have one value per cell."""
    return df.with_columns(
        pl.col(c).list.join(", ")
        for c, t in df.schema.items()
        if isinstance(t, pl.List)
    )


def _emit(df: pl.DataFrame, fmt: str) -> None:
    if fmt == "jsonl":
        for row in df.iter_rows(named=True):
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
    elif fmt == "json":
        click.echo(json.dumps(df.to_dicts(), ensure_ascii=False, default=str, indent=2))
    elif fmt == "csv":
        click.echo(_flat(df).write_csv(), nl=False)
    else:
        with pl.Config(
            tbl_rows=-1,
            tbl_cols=-1,
            tbl_width_chars=250,
            fmt_str_lengths=48,
            tbl_hide_dataframe_shape=True,
            tbl_hide_column_data_types=True,
            tbl_formatting="ASCII_MARKDOWN",
        ):
            click.echo(str(_flat(df)))
        click.echo(f"{df.height} row(s)")


def _echo_warning(message: str) -> None:
    click.echo(f"warning: {message}", err=True)


def _fail(e: Exception) -> click.ClickException:
    if isinstance(e, InputError):
        return click.UsageError(str(e))
    return click.ClickException(str(e))


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path, file_okay=False),
    help="The dataset folder to write; replaced atomically, never left half-written.",
)
@click.option(
    "--metadata",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="sources.jsonl with publication dates and other metadata, keyed by file name.",
)
@click.option(
    "--curated",
    multiple=True,
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="Curated facts (JSON Lines in the shape of gold.jsonl); repeatable.",
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Parser processes (default: every core).",
)
@encoding_errors_option
def build(  # noqa: PLR0917  (click passes options positionally)
    paths: tuple[Path, ...],
    output: Path,
    metadata: Path | None,
    curated: tuple[Path, ...],
    jobs: int | None,
    encoding_errors: EncodingErrors,
) -> None:
    """Parse articles, add curated facts, link them and write the Parquet dataset.

    PATHS are .txt files, folders (their .txt files), .jsonl and .parquet
    files of articles. Records that report one real-world directive are
    linked into one, keeping every source and all their evidence. The same
    inputs give the same bytes. Warnings (bytes replaced, ignored metadata)
    go to standard error, as `regwatch parse` prints them.
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            total = count_articles(paths) if paths else 0
            with ProgressBar(total=total, label="parsing") as bar:
                manifest = build_dataset(
                    paths,
                    output=output,
                    metadata=metadata,
                    curated=curated,
                    jobs=jobs,
                    progress=bar,
                    encoding_errors=encoding_errors,
                    on_warning=_echo_warning,
                )
        except (InputError, DatasetError) as e:
            raise _fail(e) from None
        finally:
            for w in caught:
                _echo_warning(str(w.message))
    counts = manifest["counts"]
    click.echo(
        f"wrote {output}: {counts['directives']} directive(s), "
        f"{counts['multi_source_directives']} reported by more than one source, "
        f"from {manifest['tables']['sources']['rows']} source(s)"
    )


@click.command()
@click.option("--jurisdiction", help="Only this jurisdiction (ISO code: VN, FR, EU).")
@click.option(
    "--platform", help="Only directives aimed at this platform id (telegram)."
)
@click.option(
    "--action",
    type=click.Choice([a.value for a in Action]),
    help="Only this action.",
)
@click.option(
    "--since",
    type=_PartialDateParam(),
    help="Only directives issued on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).",
)
@click.option(
    "--until",
    type=_PartialDateParam(),
    help="Only directives issued on or before this date (the whole period counts).",
)
@_format_option
@_data_option
def directives(  # noqa: PLR0917  (click passes options positionally)
    jurisdiction: str | None,
    platform: str | None,
    action: str | None,
    since: PartialDate | None,
    until: PartialDate | None,
    fmt: str,
    data: Path | None,
) -> None:
    """List the dataset's directives, filtered by jurisdiction, platform, action and date.

    Directives whose issue date is unknown are left out when --since or
    --until is given.
    """
    try:
        view = directives_view(directory=data)
    except (InputError, DatasetError) as e:
        raise _fail(e) from None
    if jurisdiction:
        code = jurisdiction.strip().upper()
        known = set(view["jurisdiction"].to_list())
        view = view.filter(pl.col("jurisdiction") == code)
        if not view.height and code not in known and len(code) != 2:  # noqa: PLR2004
            raise click.BadParameter(
                f"{jurisdiction!r} is not a jurisdiction code; give two letters such as VN",
                param_hint="--jurisdiction",
            )
    if platform:
        view = view.filter(pl.col("platforms").list.contains(platform.strip().lower()))
    if action:
        view = view.filter(pl.col("action") == action)
    if since is not None:
        view = view.filter(pl.col("issued") >= pl.lit(since.first_day()))
    if until is not None:
        view = view.filter(pl.col("issued") <= pl.lit(until.last_day()))
    columns = (
        [
            "issued_iso",
            "jurisdiction",
            "action",
            "platforms",
            "issuer",
            "latest_status",
            "source_count",
            "directive_id",
        ]
        if fmt in {"table", "csv"}
        else view.columns
    )
    _emit(
        view.sort("issued", "jurisdiction", "directive_id", nulls_last=True).select(
            columns
        ),
        fmt,
    )


@click.command()
@click.option(
    "--as-of",
    "as_of",
    type=_DayParam(),
    required=True,
    help="The date to measure from (regwatch has no clock, so you say which day it is).",
)
@click.option(
    "--upcoming",
    "which",
    flag_value="upcoming",
    help="Only deadlines whose period has not ended before --as-of.",
)
@click.option(
    "--overdue",
    "which",
    flag_value="overdue",
    help="Only deadlines whose whole period ended before --as-of.",
)
@_format_option
@_data_option
def deadlines(as_of: dt.date, which: str | None, fmt: str, data: Path | None) -> None:
    """List dated deadlines as upcoming or overdue as of a date, soonest first."""
    try:
        view = deadlines_view(as_of, directory=data)
    except (InputError, DatasetError) as e:
        raise _fail(e) from None
    if which:
        view = view.filter(pl.col("status") == which)
    columns = (
        [
            "status",
            "due_iso",
            "days_from_as_of",
            "jurisdiction",
            "action",
            "platforms",
            "what",
            "latest_status",
            "directive_id",
        ]
        if fmt in {"table", "csv"}
        else view.columns
    )
    _emit(view.select(columns), fmt)
