"""Write docs/project/benchmarks.md from benchmarks/results/*.json.

Usage: ``python benchmarks/report.py`` after running the benchmarks.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import RESULTS, ROOT, build_scaling_table, cores_table

PAGE = ROOT / "docs" / "project" / "benchmarks.md"


def _load(name: str) -> dict[str, Any] | None:
    path = RESULTS / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def _table(headers: list[str], rows: list[list[Any]]) -> list[str]:
    out = [
        "| " + " | ".join(headers) + " |",
        "|" + "|".join("---" for _ in headers) + "|",
    ]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return [*out, ""]


def _yes(value: bool) -> str:  # noqa: FBT001
    return "yes" if value else "**no**"


def _machine(m: dict[str, Any]) -> str:
    return (
        f"{m['cpu']}, {m['cores']} cores, {m['ram_gib']} GiB RAM; {m['os']}; "
        f"Python {m['python']}, pyarrow {m['pyarrow']}, polars {m['polars']}; "
        f"regwatch {m['regwatch']} at commit `{m['git']}`; "
        f"load average {m.get('load_average_1_5_15', '?')} (1, 5, 15 min) when written"
    )


def parse_section(r: dict[str, Any]) -> list[str]:
    lines = [
        "## Parse throughput",
        "",
        (
            f"Measured by `python benchmarks/parse_throughput.py` on {r['texts']} "
            f"({r['articles']} articles, {r['mb']:.3f} MB of UTF-8 text), all routes in one run, one core each. "
            "Rates are per CPU second of the process (`time.process_time()`), which hold when other programs share the machine; "
            "wall-clock rates are beside them."
        ),
        f"Machine: {_machine(r['machine'])}.",
        "",
    ]
    lines += _table(
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
                x["route"],
                f"{x['mb_per_s']:.3f}",
                f"{x['articles_per_s']:.1f}",
                f"{x['mb_per_s_wall']:.3f}",
                x["runs"],
                x["found"],
            ]
            for x in r["routes"]
        ],
    )
    lines += [
        f"The spaCy + dateparser route: {r['spacy_route']}.",
        "It runs spaCy's pipeline (tokens, tags, parse, entities) and `dateparser.search.search_dates` over each article;",
        "*found* counts its entities and dates. The regex floor is one case-insensitive pass of one regex",
        "built from regwatch's own vocabulary (every platform surface in the gazetteer, every trigger word,",
        "the month names), its terms merged into a trie; the targets are judged against it. The same terms",
        "as a flat alternation, and the former floor `\\b(?:block|ban|order)\\w*`, are shown beside it.",
        "*found* counts a floor's matches; for regwatch, *found* counts directives.",
        "",
        "One versus two worker processes, with `regwatch.parse_many()`: wall time (worker start-up included),",
        "and CPU seconds of the run and its workers together, which show what a second process costs.",
        "",
    ]
    lines += _table(
        *cores_table(r["cores"]),
    )
    c = r["checks"]
    lines += ["Targets of issue #6:", ""]
    rows = [
        [
            "at least 2 MB/s per core",
            f"{c['regwatch_mb_per_s_per_core']} MB/s",
            _yes(c["at_least_2_mb_per_s"]),
        ],
        [
            "within 3 times of the regex floor",
            f"floor is {c['regex_floor_over_regwatch']} times faster",
            _yes(c["within_3x_of_regex"]),
        ],
    ]
    if "regwatch_over_spacy" in c:
        rows.append(
            [
                "at least 100 times spaCy + dateparser",
                f"{c['regwatch_over_spacy']} times",
                _yes(c["at_least_100x_spacy"]),
            ]
        )
    lines += _table(["target", "measured", "met"], rows)
    lines += [
        "The issue's targets took the regex floor to be about 5 MB/s and spaCy + dateparser about 0.013 MB/s;",
        "each target above is judged against the routes as measured in this same run.",
        "",
    ]
    return lines


def scaling_section(r: dict[str, Any]) -> list[str]:
    f = r["fit"]
    lines = [
        "## Scaling with corpus size",
        "",
        f"Measured by `python benchmarks/scaling.py`: {r['texts']} replicated 1 to 100 times, one core; CPU seconds per pass, wall seconds beside them.",
        f"Machine: {_machine(r['machine'])}.",
        "",
    ]
    lines += _table(
        ["size", "articles", "MB", "CPU s", "wall s", "MB/s (CPU)", "throughput vs 1x"],
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
            for p in r["points"]
        ],
    )
    lines += [
        (
            f"Least-squares fit of CPU time: {f['seconds_per_mb']} s per MB, intercept {f['intercept_seconds']} s, "
            f"R² {f['r_squared']}; the lowest throughput is {f['worst_throughput_vs_1x']} of 1x's "
            f"(linear, within 20%: {_yes(f['linear'])})."
        ),
        "",
    ]
    return lines


def build_scaling_section(r: dict[str, Any]) -> list[str]:
    f = r["fit"]
    lines = [
        "## Scaling of the whole build",
        "",
        (
            f"Measured by `python benchmarks/build_scaling.py`: `regwatch build` (parse, link across sources, write) "
            f"over {r['texts']}, at 1, 10 and 100 times {r['points'][0]['articles']:,} articles, on every core. "
            "CPU seconds are the build's and its workers' together; wall seconds are beside them."
        ),
        f"Machine: {_machine(r['machine'])}.",
        "",
    ]
    lines += _table(*build_scaling_table(r["points"]))
    lines += [
        (
            f"Least-squares fit of CPU time against articles: {f['cpu_ms_per_article']} ms per article, "
            f"intercept {f['intercept_seconds']} s (start-up), R² {f['r_squared']}; "
            f"the highest time per article is {f['worst_per_article_vs_1x']} of 1x's "
            f"(linear, within 20%: {_yes(f['linear'])})."
        ),
        "",
    ]
    return lines


def build_section(r: dict[str, Any]) -> list[str]:
    c = r["checks"]
    stream = r["benchmark"] == "build_memory_stream"
    lines = [
        "## Build memory: "
        + ("the streaming parse path" if stream else "`regwatch build`"),
        "",
        "Measured by `python benchmarks/build_memory.py"
        + (" --stream" if stream else "")
        + "`: synthetic articles (templates in",
        (
            "`benchmarks/_common.py`) in JSONL files, built by "
            f"{r['runs'][0]['build']}, on every core; memory sampled by {r['runs'][0]['sampler']}."
        ),
        f"Machine: {_machine(r['machine'])}.",
        "",
    ]
    lines += _table(
        [
            "articles",
            "input MB",
            "wall s",
            "CPU s, all processes",
            "CPU ms per article",
            "peak RSS, whole tree (MiB)",
            "largest process (MiB)",
            "directives",
        ],
        [
            [
                x["articles"],
                x["input_mb"],
                x["seconds"],
                x["cpu_seconds"],
                x["cpu_ms_per_article"],
                x["peak_tree_rss_mib"],
                x["peak_single_process_rss_mib"],
                x.get("directives", "?"),
            ]
            for x in r["runs"]
        ],
    )
    lines += _table(
        ["target", "measured", "met"],
        [
            [
                "peak memory under 1 GB",
                f"{c['peak_mib_large_build']} MiB",
                _yes(c["under_1_gib"]),
            ],
            [
                "linear (CPU time per article at 10x the size within 20%)",
                f"{c['cpu_per_article_large_vs_small']} of the small build's",
                _yes(c["linear"]),
            ],
        ],
    )
    largest = r["runs"][-1]["articles"]
    if not stream and largest < 100_000:
        lines += [
            f"The whole `regwatch build` (parse, link across sources, write) was measured up to {largest:,} articles only:",
            "its linking step compares records with each other, in one process, so its cost per article grows with the build",
            "(compare the two rows); it was not run at 100,000 articles. The 100,000-article figures are those of the streaming parse path above.",
            "",
        ]
    return lines


def main() -> None:
    lines = [
        "# Benchmarks",
        "",
        "<!-- generated by `python benchmarks/report.py` from benchmarks/results/*.json; do not edit by hand -->",
        "",
        "Speed is measured by the scripts in `benchmarks/`, never by unit tests.",
        "Each prints a table and writes `benchmarks/results/<name>.json`; this page is made from those files.",
        "MB is 10^6 bytes of UTF-8 article text. Re-run them all with:",
        "",
        "```bash",
        "pip install -e '.[bench,scale]'",
        "python benchmarks/parse_throughput.py",
        "python benchmarks/scaling.py",
        "python benchmarks/build_scaling.py",
        "python benchmarks/build_memory.py",
        "python benchmarks/report.py",
        "```",
        "",
    ]
    for name, section in (
        ("parse_throughput", parse_section),
        ("scaling", scaling_section),
        ("build_scaling", build_scaling_section),
        ("build_memory_stream", build_section),
        ("build_memory", build_section),
    ):
        data = _load(name)
        lines += section(data) if data else [f"`{name}` has not been run yet.", ""]
    notes = RESULTS / "notes.md"
    if notes.is_file():  # observations from runs that wrote no results file
        lines += [
            "## Notes from the runs",
            "",
            notes.read_text(encoding="utf-8").strip(),
            "",
        ]
    PAGE.write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")
    print(f"wrote {PAGE}")


if __name__ == "__main__":
    main()
