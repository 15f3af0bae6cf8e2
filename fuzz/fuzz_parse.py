"""Fuzz target: :func:`regwatch.parse_text` on any text (atheris, libFuzzer).

The parser promises never to raise on any ``str`` and to quote the text
exactly at every evidence offset. libFuzzer mutates bytes towards new code
paths; each input becomes a Unicode string (surrogates excluded, as no
decoded file holds them) and an optional publication date.

Run: ``python fuzz/fuzz_parse.py -max_total_time=60`` (``pip install
'.[fuzz]'``); ``.ci/run`` does so. A crash writes the input to
``crash-<sha1>`` in the working folder; replay it with
``python fuzz/fuzz_parse.py crash-<sha1>``.
"""

from __future__ import annotations

import logging
import sys

import atheris

with atheris.instrument_imports():
    from regwatch.dates import PartialDate
    from regwatch.model import ParseResult
    from regwatch.parsing import parse_text

_DATES = (None, "2025-05-23", "2024-09", "2018", "XXXX-06-02")


def _evidence_problems(text: str, result: ParseResult) -> list[str]:
    spans = []
    for d in result.directives:
        spans.extend(d.evidence)
        for deadline in d.deadlines:
            spans.extend(deadline.evidence)
        for outcome in d.outcomes:
            spans.extend(outcome.evidence)
    return [
        f"[{e.start}:{e.end}] {e.text!r}"
        for e in spans
        if not (0 <= e.start <= e.end <= len(text) and text[e.start : e.end] == e.text)
    ]


def test_one_input(data: bytes) -> None:
    """Parse the fuzzed text; fail loudly on an exception or a misquoted span."""
    fdp = atheris.FuzzedDataProvider(data)
    iso = _DATES[fdp.ConsumeIntInRange(0, len(_DATES) - 1)]
    text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    published = None if iso is None else PartialDate.from_iso(iso)
    result = parse_text(text, published=published)
    problems = _evidence_problems(text, result)
    if problems:
        raise AssertionError(f"evidence does not quote the text: {problems}")


def main() -> None:
    """Hand the target to libFuzzer with the command-line options."""
    logging.getLogger("regwatch").setLevel(logging.CRITICAL)
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
