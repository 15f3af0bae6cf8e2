"""Acceptance: the seeds and the corpus, scored by ``../shared/tools/score.py``.

The scorer is the project's referee: it is run as a program on the JSONL that
``regwatch parse --format jsonl`` prints, exactly as a user would run it.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from regwatch.jsonio import read_metadata, result_to_json
from regwatch.parsing import parse_file

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("REGWATCH_SHARED", ROOT.parent / "shared"))

pytestmark = pytest.mark.skipif(
    not (SHARED / "tools" / "score.py").is_file(),
    reason=f"shared material not found at {SHARED} (set REGWATCH_SHARED to its folder)",
)

_SCORE_LINE = re.compile(
    r"precision=(?P<p>[\d.]+) recall=(?P<r>[\d.]+) f1=(?P<f1>[\d.]+)"
)
_FIELD_LINE = re.compile(
    r"^field (?P<name>\w+): (?P<right>\d+)/(?P<total>\d+) = [\d.]+$", re.MULTILINE
)


UNSEEN = ROOT / "tests" / "unseen"
UNSEEN_SECOND = ROOT / "tests" / "unseen2"
UNSEEN_THIRD = ROOT / "tests" / "unseen3"
UNSEEN_FOURTH = ROOT / "tests" / "unseen4"
UNSEEN_FIFTH = ROOT / "tests" / "unseen5"
UNSEEN_SIXTH = ROOT / "tests" / "unseen6"
UNSEEN_SEVENTH = ROOT / "tests" / "unseen7"
UNSEEN_EIGHTH = ROOT / "tests" / "unseen8"
UNSEEN_NINTH = ROOT / "tests" / "unseen9"
UNSEEN_TENTH = ROOT / "tests" / "unseen10"
UNSEEN_ELEVENTH = ROOT / "tests" / "unseen11"
UNSEEN_TWELFTH = ROOT / "tests" / "unseen12"
UNSEEN_THIRTEENTH = ROOT / "tests" / "unseen13"
UNSEEN_FOURTEENTH = ROOT / "tests" / "unseen14"


def _score(
    folder: str, gold: str, tmp_path: Path, *, base: Path = SHARED
) -> tuple[float, dict[str, float], str]:
    metadata = read_metadata(base / folder / "sources.jsonl")
    lines = []
    for path in sorted((base / folder).glob("*.txt")):
        result = parse_file(path, metadata=metadata.get(path.name))
        lines.append(json.dumps(result_to_json(result), ensure_ascii=False))
    predictions = tmp_path / f"{folder}.jsonl"
    predictions.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = subprocess.run(  # noqa: S603 - runs the shared scorer with our own interpreter
        [
            sys.executable,
            str(SHARED / "tools" / "score.py"),
            str(base / folder / gold),
            str(predictions),
            "--details",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    m = _SCORE_LINE.search(out)
    assert m is not None, out
    # from the counts, not the rounded figure: 50/59 is 0.847, below 0.85, though printed "0.85"
    fields = {
        f["name"]: int(f["right"]) / int(f["total"]) for f in _FIELD_LINE.finditer(out)
    }
    return float(m["f1"]), fields, out


def test_corpus_scores_at_least_what_was_measured(tmp_path: Path) -> None:
    """The corpus score does not fall below the F1 last measured (0.923), whatever the bar."""
    f1, _fields, report = _score("corpus", "gold.jsonl", tmp_path)

    assert f1 >= 0.92, report


@pytest.mark.parametrize(
    ("folder", "floor"),
    [
        (UNSEEN, 0.75),
        (UNSEEN_SECOND, 0.69),
        (UNSEEN_THIRD, 0.63),
        (UNSEEN_FOURTH, 0.75),
        (UNSEEN_FIFTH, 0.62),
        (UNSEEN_SIXTH, 0.61),
        (UNSEEN_SEVENTH, 0.64),
        (UNSEEN_EIGHTH, 0.75),
        (UNSEEN_NINTH, 0.53),
        (UNSEEN_TENTH, 0.58),
        (UNSEEN_ELEVENTH, 0.54),
        (UNSEEN_TWELFTH, 0.76),
        (UNSEEN_THIRTEENTH, 0.48),
        (UNSEEN_FOURTEENTH, 0.52),
    ],
    ids=[
        "first-set",
        "second-set",
        "third-set",
        "fourth-set",
        "fifth-set",
        "sixth-set",
        "seventh-set",
        "eighth-set",
        "ninth-set",
        "tenth-set",
        "eleventh-set",
        "twelfth-set",
        "thirteenth-set",
        "fourteenth-set",
    ],
)
def test_articles_not_written_from_keep_their_score(
    folder: Path, floor: float, tmp_path: Path
) -> None:
    """Each set of articles the parser was not written from scores no lower than after its fixes."""
    f1, _fields, report = _score(
        folder.name, "gold.jsonl", tmp_path, base=folder.parent
    )

    assert f1 >= floor, report


def test_seeds_score_perfectly(tmp_path: Path) -> None:
    """Every required seed directive is found, with no spurious one and every field right."""
    f1, fields, report = _score("seeds", "expected.jsonl", tmp_path)

    assert 1.0 == f1, report
    assert all(v == 1.0 for v in fields.values()), report


def test_corpus_meets_the_bar(tmp_path: Path) -> None:
    """On the corpus, F1 is at least 0.90 and every field at least 0.85 (issue #3)."""
    f1, fields, report = _score("corpus", "gold.jsonl", tmp_path)

    assert f1 >= 0.90, report
    assert all(v >= 0.85 for v in fields.values()), report
