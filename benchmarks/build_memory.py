"""Peak memory and time of ``regwatch build`` over 100,000 synthetic articles.

The synthetic articles (templates in ``_common.py``, written for these
benchmarks; :func:`_common.diverse_articles`, over every country and named
service, for the build) are written to JSONL files in a temporary folder; then
``regwatch build FILES -o FOLDER`` runs in a child process, on every core.
``--stream`` measures the streaming path alone instead: a child reads the
files with :func:`regwatch.articles.iter_articles`, parses them with
:func:`regwatch.parse_many` and writes the directives to Parquet in
:data:`regwatch.DIRECTIVES_ARROW_SCHEMA` batch by batch (no linking).
``--command`` runs any other build command (``{inputs}`` and ``{out}`` are
filled in).

Peak memory is the largest sum of resident memory over the child and all its
workers, sampled every 50 ms with psutil (the ``bench`` extra); without
psutil it falls back to the largest single process (``RUSAGE_CHILDREN``).
The build runs at two sizes, so that time per article shows it scales linearly
and memory shows it stays flat. Time per article is compared in CPU seconds
(the build and all its workers), which hold steady on a shared machine; wall
seconds are reported beside them.

Usage: ``python benchmarks/build_memory.py [--quick] [--stream] [--articles N] [--jobs J]``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import resource
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pyarrow.parquet as pq
from _common import (
    children_cpu,
    diverse_articles,
    print_table,
    quiet_regwatch,
    synthetic_articles,
    write_result,
)

from regwatch import DIRECTIVES_ARROW_SCHEMA, parse_many, results_to_arrow
from regwatch.articles import Article, iter_articles

try:
    import psutil
except ImportError:  # the bench extra is not installed: fall back to RUSAGE_CHILDREN
    psutil = None

PER_FILE = 10_000
GIB = 1024**3


def write_inputs(folder: Path, n: int, *, diverse: bool = True) -> list[Path]:
    """*n* synthetic articles in JSONL files of PER_FILE lines each.

    *diverse* articles cover every country and named service (what a real
    corpus links); the others come from eight countries and eight services,
    as the streaming path (which does not link) was first measured with.
    """
    paths: list[Path] = []
    f = None
    make = diverse_articles if diverse else synthetic_articles
    for i, article in enumerate(make(n)):
        if i % PER_FILE == 0:
            if f:
                f.close()
            paths.append(folder / f"articles-{len(paths):03d}.jsonl")
            f = paths[-1].open("w", encoding="utf-8")
        assert f is not None
        f.write(json.dumps(article, ensure_ascii=False) + "\n")
    if f:
        f.close()
    return paths


def child(inputs: list[str], out: str, jobs: int | None) -> None:
    """The streaming build: read, parse on every core, write Parquet in batches."""
    quiet_regwatch()
    articles = (a for a in iter_articles(inputs) if isinstance(a, Article))
    n = directives = 0
    with pq.ParquetWriter(out, DIRECTIVES_ARROW_SCHEMA) as writer:
        batch = []
        for result in parse_many(articles, jobs=jobs):
            batch.append((result.source.id, result))
            n += 1
            directives += len(result.directives)
            if len(batch) >= 2_000:
                writer.write_table(results_to_arrow(batch))
                batch = []
        if batch:
            writer.write_table(results_to_arrow(batch))
    print(json.dumps({"articles": n, "directives": directives}))


def measure(cmd: list[str]) -> dict[str, Any]:
    """Run *cmd*; wall time and peak resident memory of its whole process tree."""
    start, cpu0 = time.perf_counter(), children_cpu()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    peak = 0
    if psutil is not None:
        parent = psutil.Process(proc.pid)
        while proc.poll() is None:
            try:
                tree = [parent, *parent.children(recursive=True)]
                rss = 0
                for p in tree:
                    with contextlib.suppress(psutil.Error):
                        rss += p.memory_info().rss
                peak = max(peak, rss)
            except psutil.Error:
                pass
            time.sleep(0.05)
    out, err = proc.communicate()
    seconds = time.perf_counter() - start
    cpu = children_cpu() - cpu0
    if proc.returncode != 0:
        raise SystemExit(f"build failed ({proc.returncode}):\n{err[-3000:]}")
    max_single = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    last = out.strip().splitlines()[-1] if out.strip() else "{}"
    try:
        counts = json.loads(last)
    except json.JSONDecodeError:
        counts = {}
    return {
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "peak_tree_rss_mib": round(peak / 2**20, 1) if psutil is not None else None,
        "peak_single_process_rss_mib": round(max_single / 2**20, 1),
        "sampler": "psutil, whole tree every 50 ms"
        if psutil is not None
        else "RUSAGE_CHILDREN (largest process)",
        **counts,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small, fast run (smoke test)")
    ap.add_argument(
        "--articles", type=int, default=None, help="size of the large build"
    )
    ap.add_argument(
        "--jobs", type=int, default=None, help="worker processes (default: every core)"
    )
    ap.add_argument(
        "--command", default=None, help="build command with {inputs} and {out}"
    )
    ap.add_argument(
        "--stream",
        action="store_true",
        help="the streaming path alone, not regwatch build",
    )
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.out, args.jobs)
        return
    large = args.articles or (1_000 if args.quick else 100_000)
    sizes = [large // 10, large]
    rows = []
    with tempfile.TemporaryDirectory(prefix="regwatch-bench-") as tmp:
        for n in sizes:
            folder = Path(tmp) / f"in-{n}"
            folder.mkdir()
            inputs = write_inputs(folder, n, diverse=not args.stream)
            input_mb = sum(p.stat().st_size for p in inputs) / 1e6
            out = Path(tmp) / (f"out-{n}.parquet" if args.stream else f"out-{n}")
            if args.command:
                cmd = shlex.split(
                    args.command.format(inputs=" ".join(map(str, inputs)), out=out)
                )
                how = args.command
            elif not args.stream:
                cmd = [sys.executable, "-m", "regwatch", "build", *map(str, inputs)]
                cmd += ["-o", str(out)] + (
                    ["--jobs", str(args.jobs)] if args.jobs else []
                )
                how = "`regwatch build`"
            else:
                cmd = [
                    sys.executable,
                    __file__,
                    "--out",
                    str(out),
                    "--child",
                    *map(str, inputs),
                ]
                if args.jobs:
                    cmd[2:2] = ["--jobs", str(args.jobs)]
                how = "streaming build (iter_articles -> parse_many -> Parquet)"
            m = measure(cmd)
            rows.append(
                {
                    "articles": n,
                    "input_mb": round(input_mb, 1),
                    "build": how,
                    **m,
                    "ms_per_article": round(1000 * m["seconds"] / n, 3),
                    "cpu_ms_per_article": round(1000 * m["cpu_seconds"] / n, 3),
                }
            )
    big = rows[-1]
    peak = big["peak_tree_rss_mib"] or big["peak_single_process_rss_mib"]
    checks = {
        "peak_mib_large_build": peak,
        "under_1_gib": peak * 2**20 < GIB,
        "cpu_per_article_large_vs_small": round(
            rows[1]["cpu_ms_per_article"] / rows[0]["cpu_ms_per_article"], 3
        ),
        "linear": rows[1]["cpu_ms_per_article"] / rows[0]["cpu_ms_per_article"] <= 1.2,
    }
    print_table(
        [
            "articles",
            "input MB",
            "wall s",
            "CPU s",
            "CPU ms/article",
            "peak tree RSS MiB",
            "largest process MiB",
            "directives",
        ],
        [
            [
                r["articles"],
                r["input_mb"],
                r["seconds"],
                r["cpu_seconds"],
                r["cpu_ms_per_article"],
                r["peak_tree_rss_mib"],
                r["peak_single_process_rss_mib"],
                r.get("directives", "?"),
            ]
            for r in rows
        ],
    )
    print(f"\nbuild: {rows[0]['build']}; sampler: {rows[0]['sampler']}")
    for k, v in checks.items():
        print(f"{k}: {v}")
    name = "build_memory_stream" if args.stream and not args.command else "build_memory"
    path = write_result(name, {"runs": rows, "checks": checks}, quick=args.quick)
    print(f"\nwrote {path}")


if __name__ == "__main__":
    main()
