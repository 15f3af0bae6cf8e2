"""Scaling of the whole build: ``regwatch build`` from 1x to 100x must grow linearly.

Synthetic articles with the diversity of a real corpus (every country and
named service in the gazetteer, days from 2010 to 2025, and two blocks that
many outlets report: see :func:`_common.diverse_articles`) are written to
JSONL files, and ``regwatch build FILES -o FOLDER`` runs on them in a child
process, on every core: parse, link across sources, write Parquet. The base
size is 1,000 articles; the build runs at 1x, 10x and 100x it.

Linear means the CPU time per article (the build and all its workers, which
holds steady on a shared machine) stays flat: the table gives each size's
per-article time relative to 1x, and a least-squares fit of CPU seconds
against articles. Wall seconds are reported beside them.

Usage: ``python benchmarks/build_scaling.py [--quick] [--base N] [--jobs J]``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (
    build_scaling_table,
    children_cpu,
    diverse_articles,
    print_table,
    write_result,
)

PER_FILE = 10_000


def write_inputs(folder: Path, n: int) -> list[Path]:
    """*n* diverse synthetic articles in JSONL files of PER_FILE lines each."""
    paths: list[Path] = []
    lines: list[str] = []
    for i, article in enumerate(diverse_articles(n)):
        lines.append(json.dumps(article, ensure_ascii=False))
        if len(lines) == PER_FILE or i == n - 1:
            paths.append(folder / f"articles-{len(paths):03d}.jsonl")
            paths[-1].write_text("\n".join(lines) + "\n", encoding="utf-8")
            lines = []
    return paths


def run_build(inputs: list[Path], out: Path, jobs: int | None) -> tuple[float, float]:
    """Wall and CPU seconds (the build and its workers) of one ``regwatch build``."""
    import time  # noqa: PLC0415

    cmd = [sys.executable, "-m", "regwatch", "build", *map(str, inputs), "-o", str(out)]
    cmd += ["--jobs", str(jobs)] if jobs else []
    start, cpu0 = time.perf_counter(), children_cpu()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    wall, cpu = time.perf_counter() - start, children_cpu() - cpu0
    if proc.returncode != 0:
        raise SystemExit(f"build failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return wall, cpu


def fit(xs: list[float], ys: list[float]) -> tuple[float, float, float]:
    """Slope, intercept and R² of the least-squares line through the points."""
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx
    intercept = my - slope * mx
    ss_res = sum(
        (y - (intercept + slope * x)) ** 2 for x, y in zip(xs, ys, strict=True)
    )
    ss_tot = sum((y - my) ** 2 for y in ys)
    return slope, intercept, (1 - ss_res / ss_tot) if ss_tot else 1.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small, fast run (smoke test)")
    ap.add_argument("--base", type=int, default=None, help="articles at 1x")
    ap.add_argument(
        "--jobs", type=int, default=None, help="worker processes (default: every core)"
    )
    args = ap.parse_args()
    base = args.base or (20 if args.quick else 1_000)
    points = []
    with tempfile.TemporaryDirectory(prefix="regwatch-bench-") as tmp:
        for k in (1, 10, 100):
            n = base * k
            folder = Path(tmp) / f"in-{n}"
            folder.mkdir()
            inputs = write_inputs(folder, n)
            out = Path(tmp) / f"out-{n}"
            wall, cpu = run_build(inputs, out, args.jobs)
            counts = json.loads((out / "manifest.json").read_text())["counts"]
            points.append(
                {
                    "factor": k,
                    "articles": n,
                    "input_mb": round(sum(p.stat().st_size for p in inputs) / 1e6, 1),
                    "cpu_seconds": round(cpu, 2),
                    "wall_seconds": round(wall, 2),
                    "cpu_ms_per_article": round(1000 * cpu / n, 3),
                    "wall_ms_per_article": round(1000 * wall / n, 3),
                    "directives": counts["directives"],
                    "multi_source_directives": counts["multi_source_directives"],
                }
            )
    first = points[0]["cpu_ms_per_article"]
    for p in points:
        p["per_article_vs_1x"] = round(p["cpu_ms_per_article"] / first, 3)
    slope, intercept, r2 = fit(
        [p["articles"] for p in points], [p["cpu_seconds"] for p in points]
    )
    worst = max(p["per_article_vs_1x"] for p in points)
    result = {
        "cpu_ms_per_article": round(1000 * slope, 3),
        "intercept_seconds": round(intercept, 2),
        "r_squared": round(r2, 5),
        "worst_per_article_vs_1x": worst,
        "linear": worst <= 1.2,
    }
    print_table(*build_scaling_table(points))
    print()
    for k, v in result.items():
        print(f"{k}: {v}")
    path = write_result(
        "build_scaling",
        {
            "texts": "diverse synthetic articles (benchmarks/_common.py)",
            "points": points,
            "fit": result,
        },
        quick=args.quick,
    )
    print(f"\nwrote {path}")


if __name__ == "__main__":
    main()
