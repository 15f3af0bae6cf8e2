"""Shared helpers for the benchmarks: the machine, the texts, the results files.

Benchmarks are scripts, not tests: each prints a table and writes
``benchmarks/results/<name>.json``; ``python benchmarks/report.py`` turns the
results into ``docs/project/benchmarks.md``.
"""

from __future__ import annotations

import json
import logging
import os
import platform
import random
import resource
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = Path(os.environ.get("REGWATCH_BENCH_RESULTS", HERE / "results"))


def quiet_regwatch() -> None:
    """Keep the parser's per-article log lines out of the timings and the table."""
    logging.getLogger("regwatch").setLevel(logging.CRITICAL)


def shared() -> Path:
    return Path(os.environ.get("REGWATCH_SHARED", ROOT.parent / "shared"))


def shared_texts() -> list[tuple[str, str, str | None]]:
    """``(name, text, published)`` for every seed and corpus article (empty when absent)."""
    out = []
    for folder in ("seeds", "corpus"):
        base = shared() / folder
        if not base.is_dir():
            continue
        dates: dict[str, str | None] = {}
        meta = base / "sources.jsonl"
        if meta.is_file():
            for line in meta.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    dates[row["file"]] = row.get("published")
        out.extend(
            (f"{folder}/{p.name}", p.read_bytes().decode("utf-8"), dates.get(p.name))
            for p in sorted(base.glob("*.txt"))
        )
    return out


def corpus_or_synthetic() -> tuple[str, list[tuple[str, str, str | None]]]:
    """The seeds and corpus, or (without them) 50 synthetic articles, and which it is."""
    texts = shared_texts()
    if texts:
        return "seeds + corpus", texts
    return "synthetic (shared material absent)", [
        (a["id"], a["text"], a["published"]) for a in synthetic_articles(50)
    ]


def mb(texts: list[str]) -> float:
    """Megabytes (10^6 bytes) of UTF-8 text."""
    return sum(len(t.encode("utf-8", "surrogatepass")) for t in texts) / 1e6


@dataclass
class Timing:
    """Seconds per run, by the wall clock and by this process's CPU time."""

    wall: float
    cpu: float
    runs: int
    result: Any


def timed_repeat(fn: Callable[[], Any], *, min_cpu_seconds: float) -> Timing:
    """Run *fn* until it has used *min_cpu_seconds* of CPU; per-run wall and CPU seconds.

    CPU time is what one core spends on the work, so it holds steady when other
    programs share the machine; the wall clock does not. Both are reported.
    """
    runs = 0
    wall0, cpu0 = time.perf_counter(), time.process_time()
    while True:
        result = fn()
        runs += 1
        cpu = time.process_time() - cpu0
        if cpu >= min_cpu_seconds:
            return Timing(
                (time.perf_counter() - wall0) / runs, cpu / runs, runs, result
            )


def children_cpu() -> float:
    """CPU seconds used so far by this process's finished (and waited-for) descendants."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _pkg(name: str) -> str | None:
    try:
        return version(name)
    except PackageNotFoundError:
        return None


def machine() -> dict[str, Any]:
    """What the numbers were measured on."""
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = round(int(line.split()[1]) / 1024 / 1024, 1)
                break
    except OSError:
        pass
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count()
    return {
        "cpu": cpu,
        "cores": cores,
        "ram_gib": ram,
        "os": platform.platform(),
        "python": sys.version.split()[0],
        "regwatch": _pkg("regwatch"),
        "pyarrow": _pkg("pyarrow"),
        "polars": _pkg("polars"),
        "git": _git_head(),
        # other work on the machine skews timings: the load when the results were written
        "load_average_1_5_15": [round(x, 2) for x in os.getloadavg()],
    }


def _git_dir() -> Path:
    """The git directory: ``.git``, or the one a worktree's ``.git`` file names."""
    git = ROOT / ".git"
    if git.is_file():
        text = git.read_text().strip()
        if text.startswith("gitdir: "):
            return ROOT / text.removeprefix("gitdir: ")
    return git


def _git_head() -> str | None:
    gitdir = _git_dir()
    try:
        ref = (gitdir / "HEAD").read_text().strip()
        if not ref.startswith("ref: "):
            return ref[:12]
        name = ref.removeprefix("ref: ")
        common = gitdir
        if (gitdir / "commondir").is_file():  # a worktree keeps its branches there
            common = gitdir / (gitdir / "commondir").read_text().strip()
        for base in (gitdir, common):
            if (base / name).is_file():
                return (base / name).read_text().strip()[:12]
        for line in (common / "packed-refs").read_text().splitlines():
            if line.endswith(" " + name):
                return line[:12]
    except OSError:
        return None
    return None


def write_result(name: str, data: dict[str, Any], *, quick: bool) -> Path:
    """Write ``results/<name>.json`` (``<name>.quick.json`` for --quick runs)."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / (f"{name}.quick.json" if quick else f"{name}.json")
    data = {"benchmark": name, "quick": quick, "machine": machine(), **data}
    path.write_text(
        json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return path


def build_scaling_table(
    points: list[dict[str, Any]],
) -> tuple[list[str], list[list[Any]]]:
    """Headers and rows of the whole-build scaling points, for the console and the docs page alike."""
    headers = [
        "size",
        "articles",
        "input MB",
        "CPU s",
        "wall s",
        "CPU ms per article",
        "per article vs 1x",
        "directives",
        "from several sources",
    ]
    rows = [
        [
            f"{p['factor']}x",
            p["articles"],
            p["input_mb"],
            p["cpu_seconds"],
            p["wall_seconds"],
            p["cpu_ms_per_article"],
            p["per_article_vs_1x"],
            p["directives"],
            p["multi_source_directives"],
        ]
        for p in points
    ]
    return headers, rows


def cores_table(cores: list[dict[str, Any]]) -> tuple[list[str], list[list[Any]]]:
    """Headers and rows of the 1-versus-2-cores comparison, for the console and the docs page alike."""
    headers = [
        "jobs",
        "MB",
        "wall s",
        "CPU s, all processes",
        "MB/s (wall)",
        "speed-up (wall)",
        "CPU vs 1 job",
    ]
    rows = [
        [
            c["jobs"],
            c["mb"],
            c["wall_seconds"],
            c["cpu_seconds"],
            c["mb_per_s_wall"],
            c.get("speedup_wall", ""),
            c.get("cpu_vs_one_job", ""),
        ]
        for c in cores
    ]
    return headers, rows


def print_table(headers: list[str], rows: list[list[Any]]) -> None:
    cells = [[str(c) for c in row] for row in [headers, *rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))
        if n == 0:
            print("  ".join("-" * w for w in widths))


# -- synthetic articles: templates written for regwatch's benchmarks ------------------

_COUNTRIES = [
    ("Vietnam", "Hanoi", "Ministry of Information and Communications"),
    ("Russia", "Moscow", "Roskomnadzor"),
    ("Brazil", "Brasilia", "Supreme Federal Court"),
    ("India", "New Delhi", "Ministry of Electronics and Information Technology"),
    ("Nepal", "Kathmandu", "Ministry of Communication and Information Technology"),
    ("Turkey", "Ankara", "Information and Communication Technologies Authority"),
    ("Pakistan", "Islamabad", "Pakistan Telecommunication Authority"),
    ("Malaysia", "Kuala Lumpur", "Malaysian Communications and Multimedia Commission"),
]
_PLATFORMS = [
    "Telegram",
    "TikTok",
    "WhatsApp",
    "X",
    "Signal",
    "Facebook",
    "YouTube",
    "Viber",
]
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_LEADS = [
    "{city}, {month} {day} - {country}'s {authority} on {weekday} ordered internet service providers to block {platform}, saying the service had failed to remove unlawful content.",
    "{country} has banned the use of {platform} on government-issued devices, the {authority} said in a statement on {month} {day}, {year}.",
    "The {authority} gave {platform} until {month} {day2} to register a local office in {country} or face a nationwide block, officials in {city} said.",
    "A court in {city} fined {platform} for failing to hand over user data requested by the {authority}, in a ruling published on {month} {day}, {year}.",
    "{country} lifted its block on {platform} on {weekday}, {month} {day}, more than a year after the {authority} first ordered the service restricted.",
    "Officials in {city} said the {authority} would slow down {platform} within 24 hours unless it complied with takedown requests.",
]
_FILLER = [
    "Analysts said the move fitted a wider pattern of pressure on foreign technology companies, although enforcement has historically been uneven.",
    "The company did not immediately respond to a request for comment sent outside business hours.",
    "Users reported that the service remained reachable on some mobile networks on the following day, while others said pages loaded slowly.",
    "Digital rights groups criticised the decision, arguing that it restricted access to information for millions of people.",
    "The government has argued that platforms must follow local law, including rules on data storage and content moderation.",
    "Earlier this year, lawmakers debated a bill that would require large social media companies to appoint a local representative.",
    "Shares in regional telecom operators were little changed after the announcement.",
    "The regulator said it had sent several letters to the company over the past months without receiving a satisfactory reply.",
    "Opposition politicians called the measure an attempt to silence critics ahead of local elections.",
    "Traffic data from independent monitors showed a sharp drop in connections to the service shortly after midnight.",
]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def synthetic_articles(n: int, *, seed: int = 6) -> Iterator[dict[str, Any]]:
    """*n* synthetic news articles (about 1-3 KB each), deterministic for a seed."""
    rng = random.Random(seed)
    for i in range(n):
        country, city, authority = rng.choice(_COUNTRIES)
        year = rng.randint(2016, 2025)
        month = rng.randint(1, 12)
        day = rng.randint(1, 28)
        slots = {
            "country": country,
            "city": city,
            "authority": authority,
            "platform": rng.choice(_PLATFORMS),
            "month": _MONTHS[month - 1],
            "day": day,
            "day2": min(28, day + rng.randint(3, 20)),
            "year": year,
            "weekday": rng.choice(_WEEKDAYS),
        }
        paragraphs = [rng.choice(_LEADS).format(**slots)]
        paragraphs += rng.sample(_FILLER, rng.randint(4, 9))
        paragraphs += rng.choices(_FILLER, k=rng.randint(2, 8))
        if rng.random() < 0.3:
            paragraphs.append(rng.choice(_LEADS).format(**slots))
        yield {
            "id": f"synthetic-{i:07d}",
            "text": "\n\n".join(paragraphs) + "\n",
            "published": f"{year:04d}-{month:02d}-{min(28, day + 1):02d}",
        }


_AUTHORITY_KINDS = [
    "telecommunications regulator",
    "Ministry of Digital Affairs",
    "information ministry",
    "national cyber agency",
]
# Stories many outlets report: (share of articles, slots). Each is one act, so
# its reports all link into one record, the largest groups a build meets.
_STORIES = [
    (
        0.02,
        {
            "country": "Russia",
            "city": "Moscow",
            "authority": "Roskomnadzor",
            "platform": "Telegram",
            "year": 2018,
            "month": 4,
            "day": 16,
        },
    ),
    (
        0.01,
        {
            "country": "India",
            "city": "New Delhi",
            "authority": "Ministry of Electronics and Information Technology",
            "platform": "TikTok",
            "year": 2020,
            "month": 6,
            "day": 29,
        },
    ),
]


def _diverse_slots(rng: random.Random) -> tuple[dict[str, Any], bool]:
    """Slots for one article, and whether they are a story many outlets report."""
    draw = rng.random()
    for share, story in _STORIES:
        if draw < share:
            return dict(story), True
        draw -= share
    from regwatch import gazetteer  # noqa: PLC0415  (only the build benchmarks need it)

    countries = sorted(
        j.name for j in gazetteer.jurisdictions().values() if j.kind == "country"
    )
    services = sorted(
        p.name for p in gazetteer.platforms().values() if p.kind == "service"
    )
    country = rng.choice(countries)
    slots = {
        "country": country,
        "city": f"{country}'s capital",
        "authority": rng.choice(_AUTHORITY_KINDS),
        "platform": rng.choice(services),
        "year": rng.randint(2010, 2025),
        "month": rng.randint(1, 12),
        "day": rng.randint(1, 28),
    }
    return slots, False


def diverse_articles(n: int, *, seed: int = 6) -> Iterator[dict[str, Any]]:
    """*n* synthetic articles over every country and named service in the gazetteer.

    Most report a random act (any country, service, day from 2010 to 2025);
    3% report one of two blocks that many outlets cover (Telegram in Russia,
    TikTok in India), which give the large groups of same-platform reports a
    real corpus has; their share stays the same at every size, so those
    groups grow with the corpus. Deterministic for a seed.
    """
    rng = random.Random(seed)
    for i in range(n):
        slots, story = _diverse_slots(rng)
        year, month, day = slots.pop("year"), slots.pop("month"), slots.pop("day")
        slots |= {
            "month": _MONTHS[month - 1],
            "day": day,
            "day2": min(28, day + rng.randint(3, 20)),
            "year": year,
            "weekday": rng.choice(_WEEKDAYS),
        }
        lead = _LEADS[0] if story else rng.choice(_LEADS)  # a story is one block
        paragraphs = [lead.format(**slots)]
        paragraphs += rng.sample(_FILLER, rng.randint(4, 9))
        paragraphs += rng.choices(_FILLER, k=rng.randint(2, 8))
        yield {
            "id": f"diverse-{i:07d}",
            "text": "\n\n".join(paragraphs) + "\n",
            "published": f"{year:04d}-{month:02d}-{min(28, day + rng.randint(0, 2)):02d}",
        }
