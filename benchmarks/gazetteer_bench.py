"""Throughput of the four gazetteer finders on plain English news text.

Concatenates the seed and corpus articles (from REGWATCH_SHARED, default
../shared) and repeats them to about 5 MB, then times each finder. The target
is >= 20 MB/s per finder, so that the whole parser can reach 2 MB/s per core.
Times are CPU time of this process (``time.process_time``), best of
``--repeat`` runs, so other work on a shared machine does not distort them.

    .venv/bin/python benchmarks/gazetteer_bench.py [--mb 5] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from regwatch import gazetteer

FINDERS = {
    "jurisdictions": gazetteer.find_jurisdictions,
    "platforms": gazetteer.find_platforms,
    "authorities": gazetteer.find_authorities,
    "intermediaries": gazetteer.find_intermediaries,
}


def corpus_text(mb: float) -> str:
    root = Path(
        os.environ.get("REGWATCH_SHARED", Path(__file__).parents[1].parent / "shared")
    )
    files = sorted((root / "seeds").glob("*.txt")) + sorted(
        (root / "corpus").glob("*.txt")
    )
    if not files:
        raise SystemExit(f"no articles under {root}; set REGWATCH_SHARED")
    base = "\n\n".join(p.read_bytes().decode("utf-8") for p in files)
    target = int(mb * 1_000_000)
    return (base * (target // len(base.encode()) + 1))[:target]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    text = corpus_text(args.mb)
    size = len(text.encode()) / 1e6
    for finder in FINDERS.values():  # build the matchers outside the timing
        finder("warm up")
    print(f"text: {size:.1f} MB, {len(text):,} code points")
    total = 0.0
    for name, finder in FINDERS.items():
        best = float("inf")
        for _ in range(args.repeat):
            gazetteer._padded.cache_clear()  # noqa: SLF001 - each finder pays for padding
            start = time.process_time()
            found = finder(text)
            best = min(best, time.process_time() - start)
        total += best
        print(
            f"{name:15} {size / best:7.1f} MB/s  {len(found):7,} matches  ({best:.3f} s)"
        )
    print(f"{'all four':15} {size / total:7.1f} MB/s")


if __name__ == "__main__":
    main()
