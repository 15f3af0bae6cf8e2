"""Scaling: parse time from 1x to 100x the corpus size must grow linearly.

The seeds and corpus are replicated k times (k = 1, 2, 5, 10, 20, 50, 100) and
parsed in one process, one core; small sizes are repeated until they have used
at least a second of CPU. Times are CPU seconds of the process (steady when the
machine is shared), with the wall clock beside them. Linear means the
throughput (MB/s) stays flat: the table gives each size's throughput relative
to 1x, and a least-squares fit of seconds against megabytes.

Usage: ``python benchmarks/scaling.py [--quick]``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (
    corpus_or_synthetic,
    mb,
    print_table,
    quiet_regwatch,
    timed_repeat,
    write_result,
)

from regwatch import PartialDate, Source
from regwatch.parsing import parse_text


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small, fast run (smoke test)")
    args = ap.parse_args()
    quiet_regwatch()
    label, articles = corpus_or_synthetic()
    items = [
        (
            text,
            Source.from_text(
                text,
                published=PartialDate.from_iso(published) if published else None,
                published_basis="metadata" if published else None,
            ),
        )
        for _, text, published in articles
    ]
    base_mb = mb([t for t, _ in items])
    factors = [1, 2, 5] if args.quick else [1, 2, 5, 10, 20, 50, 100]
    min_cpu = 0.2 if args.quick else 1.0
    for text, source in items[:3]:
        parse_text(text, source=source)  # warm caches
    points = []
    for k in factors:
        batch = items * k

        def run(batch: list[tuple[str, Source]] = batch) -> None:
            for text, source in batch:
                parse_text(text, source=source)

        t = timed_repeat(run, min_cpu_seconds=min_cpu)
        points.append(
            {
                "factor": k,
                "articles": len(batch),
                "mb": round(base_mb * k, 4),
                "cpu_seconds": round(t.cpu, 4),
                "wall_seconds": round(t.wall, 4),
                "mb_per_s": round(base_mb * k / t.cpu, 4),
                "runs": t.runs,
            }
        )
    base = points[0]["mb_per_s"]
    for p in points:
        p["throughput_vs_1x"] = round(p["mb_per_s"] / base, 3)
    xs = [p["mb"] for p in points]
    ys = [p["cpu_seconds"] for p in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx
    intercept = my - slope * mx
    ss_res = sum(
        (y - (intercept + slope * x)) ** 2 for x, y in zip(xs, ys, strict=True)
    )
    ss_tot = sum((y - my) ** 2 for y in ys)
    worst = min(p["throughput_vs_1x"] for p in points)
    fit = {
        "seconds_per_mb": round(slope, 4),
        "intercept_seconds": round(intercept, 4),
        "r_squared": round(1 - ss_res / ss_tot, 5) if ss_tot else 1.0,
        "worst_throughput_vs_1x": worst,
        "linear": worst >= 0.8,
    }
    print(f"texts: {label}, {len(items)} articles, {base_mb:.3f} MB at 1x; one core\n")
    print_table(
        ["size", "articles", "MB", "CPU s", "wall s", "MB/s (CPU)", "vs 1x"],
        [
            [
                f"{p['factor']}x",
                p["articles"],
                p["mb"],
                p["cpu_seconds"],
                p["wall_seconds"],
                p["mb_per_s"],
                p["throughput_vs_1x"],
            ]
            for p in points
        ],
    )
    print()
    for k, v in fit.items():
        print(f"{k}: {v}")
    path = write_result(
        "scaling", {"texts": label, "points": points, "fit": fit}, quick=args.quick
    )
    print(f"\nwrote {path}")


if __name__ == "__main__":
    main()
