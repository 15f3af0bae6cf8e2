"""Peak memory and time of parsing one very large article (50 MB by default).

Scraped pages are sometimes enormous: a forum thread, a whole archive saved as
one file. The parser must keep memory proportional to the text, not blow up.
This script builds one article of distinct paragraphs (written for this
benchmark: orders, platforms, dates and outcomes, so every stage has work),
parses it with :func:`regwatch.parse_text` in this process and reports the
growth of peak resident memory over the baseline measured after imports.

Usage: ``python benchmarks/article_memory.py [--size BYTES] [--json]``.
``--check`` exits 1 when the growth exceeds ``--bound`` times the text size
(10 by default); ``tests/test_parser_robustness.py`` runs it at 4 MB.
"""

from __future__ import annotations

import argparse
import json
import logging
import resource
import sys
import time

_PARAGRAPHS = (
    (
        "On {d} March the communications ministry of Vietnam ordered internet providers "
        "to block the messaging app Telegram within {h} hours, officials said."
    ),
    (
        "The regulator said the platform had ignored {n} requests to remove channels and "
        "warned of a fine of up to {n}0,000 dollars."
    ),
    (
        "Residents in Hanoi reported on {d} April that the service remained accessible, "
        "while several providers had throttled video traffic."
    ),
    (
        "Lawmakers in Brazil are preparing a bill that would require foreign social media "
        "companies to open a local office by the end of {y}."
    ),
    (
        "A spokesperson for TikTok declined to comment on the order, which was published "
        "in the official gazette on {d} May {y}."
    ),
)


def article(size: int) -> str:
    """An article of *size* characters: distinct paragraphs, blank lines between."""
    out: list[str] = []
    total = 0
    i = 0
    while total < size:
        template = _PARAGRAPHS[i % len(_PARAGRAPHS)]
        p = template.format(d=1 + i % 28, h=24 + i % 48, n=i, y=2000 + i % 25) + "\n\n"
        out.append(p)
        total += len(p)
        i += 1
    return "".join(out)[:size]


def _peak_bytes() -> int:
    # ru_maxrss is in kilobytes on Linux (bytes on macOS).
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def measure(size: int) -> dict[str, float]:
    """Parse an article of *size* characters; time and peak memory growth."""
    from regwatch.parsing import parse_text as parse  # noqa: PLC0415

    logging.getLogger("regwatch").setLevel(logging.CRITICAL)
    parse("A warm-up article loads the gazetteers.")
    baseline = _peak_bytes()
    text = article(size)
    start = time.perf_counter()
    result = parse(text)
    seconds = time.perf_counter() - start
    growth = _peak_bytes() - baseline
    return {
        "size_bytes": len(text.encode()),
        "seconds": round(seconds, 2),
        "mb_per_second": round(len(text) / 1e6 / seconds, 2),
        "peak_growth_bytes": growth,
        "growth_per_text_byte": round(growth / len(text), 2),
        "directives": len(result.directives),
    }


def main() -> int:
    """Run the benchmark; with ``--check``, exit 1 when memory exceeds the bound."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=50_000_000)
    parser.add_argument("--bound", type=float, default=10.0)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = measure(args.size)
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>22}: {value}")
    if args.check and result["growth_per_text_byte"] > args.bound:
        print(
            f"peak memory grew {result['growth_per_text_byte']}x the text size "
            f"(bound {args.bound}x)",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
