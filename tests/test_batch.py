"""regwatch.batch: many articles on every core, in order, in bounded memory."""

from __future__ import annotations

import io
import itertools
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import attrs
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from regwatch.articles import Article, iter_articles
from regwatch.batch import (
    Progress,
    ProgressBar,
    count_articles,
    default_jobs,
    parse_many,
)
from regwatch.model import Source
from regwatch.parsing import parse_text

TEXTS = [f"Report {i}: the regulator ordered ExampleChat blocked." for i in range(12)]


@attrs.frozen
class _Article:
    text: str
    source: Source


def _endless() -> Iterator[str]:
    for i in itertools.count():
        yield f"Endless report {i}."


@pytest.mark.parametrize(
    "jobs",
    [pytest.param(1, id="in-process"), pytest.param(2, id="two-workers")],
)
def test_same_results_as_parse_in_order(jobs):
    """Each article gives what parse_text gives, in input order, whatever the jobs."""
    expected = [parse_text(t) for t in TEXTS]

    actual = list(parse_many(TEXTS, jobs=jobs, chunk_size=2))

    assert expected == actual


def test_articles_keep_their_source():
    """An article object is parsed with its own source, file name and date included."""
    articles = [
        _Article(text=t, source=Source.from_text(t, file=f"{i}.txt"))
        for i, t in enumerate(TEXTS[:3])
    ]

    files = [r.source.file for r in parse_many(articles, jobs=1)]

    assert ["0.txt", "1.txt", "2.txt"] == files


def test_progress_reports_running_totals():
    """The progress hook gets running totals of articles and UTF-8 bytes per chunk."""
    seen: list[Progress] = []

    list(parse_many(["ab", "cé", "d"], jobs=1, chunk_size=2, progress=seen.append))

    assert [
        Progress(articles=2, bytes=5, directives=0),
        Progress(articles=3, bytes=6, directives=0),
    ] == seen


@pytest.mark.parametrize(
    "jobs",
    [pytest.param(1, id="in-process"), pytest.param(2, id="two-workers")],
)
def test_reads_input_lazily(jobs):
    """An endless input still yields results: chunks are read as workers need them."""
    results = parse_many(_endless(), jobs=jobs, chunk_size=3)

    first = list(itertools.islice(results, 7))
    results.close()

    assert [parse_text(f"Endless report {i}.") for i in range(7)] == first


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        pytest.param({"jobs": 0}, "jobs=0", id="no-jobs"),
        pytest.param({"chunk_size": 0}, "chunk_size=0", id="empty-chunks"),
    ],
)
def test_bad_options(kwargs, message):
    """Impossible options fail at once, before any article is read."""
    with pytest.raises(ValueError, match=message):
        parse_many(TEXTS, **kwargs)


def test_default_jobs_is_at_least_one():
    """There is always at least one core to run on."""
    assert default_jobs() >= 1


def test_count_articles(tmp_path):
    """A folder counts its .txt files, JSONL its non-blank lines, Parquet its rows."""
    (tmp_path / "a.txt").write_text("One article.")
    (tmp_path / "b.txt").write_text("Another article.")
    (tmp_path / "notes.md").write_text("not read from a folder")
    jsonl = tmp_path / "more.jsonl"
    jsonl.write_text("\n".join(json.dumps({"text": t}) for t in TEXTS[:4]) + "\n\n")
    parquet = tmp_path / "more.parquet"
    pq.write_table(pa.table({"text": TEXTS[:5]}), parquet)

    assert 2 + 4 + 5 + 0 == count_articles(
        [tmp_path, jsonl, parquet, tmp_path / "gone.txt"]
    )


def test_progress_bar_status_shows_counts():
    """The bar's status line gives articles, megabytes and directives so far."""
    bar = ProgressBar(total=4, file=io.StringIO())

    with bar:
        bar(Progress(articles=3, bytes=2_500_000, directives=2))

    assert bar.status().startswith("3 articles, 2.5 MB, 2 directives, ")


_ORPHAN_SCRIPT = """
import itertools, multiprocessing, sys
from regwatch.batch import parse_many

def endless():
    for i in itertools.count():
        yield f"Endless report {i}. " * 50

if __name__ == "__main__":
    results = parse_many(endless(), jobs=2, chunk_size=4)
    next(results)
    print(" ".join(str(p.pid) for p in multiprocessing.active_children()), flush=True)
    sys.stdin.read()
"""


def _alive(pid: int) -> bool:
    """True while *pid* runs (a zombie waiting to be reaped has stopped)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii")
        return stat.rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to watch processes")
def test_workers_exit_when_the_parent_is_killed(tmp_path):
    """Workers of a parent killed outright stop instead of parsing for nobody."""
    script = tmp_path / "orphans.py"
    script.write_text(_ORPHAN_SCRIPT, encoding="utf-8")
    with subprocess.Popen(  # noqa: S603  (this interpreter, our script)
        [sys.executable, str(script)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # the killed parent's resource tracker complains
        text=True,
    ) as parent:
        assert parent.stdout is not None
        workers = [int(p) for p in parent.stdout.readline().split()]
        parent.kill()
    deadline = time.monotonic() + 20
    while any(_alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.2)

    assert (2, []) == (len(workers), [p for p in workers if _alive(p)])


@pytest.mark.parametrize("jobs", [1, 2], ids=["in-process", "workers"])
def test_article_warnings_reach_the_results(tmp_path, jobs):
    """An article's reading warnings (bytes replaced) are added to its result's."""
    path = tmp_path / "latin.txt"
    path.write_bytes(b"Caf\xe9 owners objected.\n")
    articles = [
        item
        for item in iter_articles([path], encoding_errors="replace")
        if isinstance(item, Article)
    ] * 4

    results = list(parse_many(articles, jobs=jobs, chunk_size=1))

    assert [articles[0].warnings] * 4 == [
        r.warnings[-len(articles[0].warnings) :] for r in results
    ]
    assert articles[0].warnings
