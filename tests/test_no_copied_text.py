"""No seed or corpus file name, hash or sentence appears in the package's source.

The parser must generalise: answers keyed to a file, or sentences lifted from
the material it is judged on, would defeat that (and its licence).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("REGWATCH_SHARED", ROOT.parent / "shared"))
pytestmark = pytest.mark.skipif(
    not (SHARED / "seeds").is_dir(), reason=f"shared material not found at {SHARED}"
)

DATA = (
    ROOT / "src" / "regwatch" / "data"
)  # the built dataset names its sources on purpose: provenance
_SENTENCE = re.compile(r"[^.!?\n]{60,}[.!?]")


def _source_text() -> str:
    suffixes = {".py", ".toml", ".tsv", ".json", ".md", ".txt"}
    files = sorted(
        p
        for p in (ROOT / "src").rglob("*")
        if p.is_file() and p.suffix in suffixes and DATA not in p.parents
    )
    return "\n".join(p.read_text("utf-8", errors="replace") for p in files)


def _material() -> list[tuple[str, str]]:
    """(what, needle) pairs: file names, their stems, hashes and long sentences."""
    out = []
    for folder in ("seeds", "corpus"):
        for path in sorted((SHARED / folder).glob("*.txt")):
            out.append((f"file name {path.name}", path.name))
            out.append((f"file stem {path.stem}", path.stem))
            text = path.read_text("utf-8")
            out.extend(
                (f"a sentence of {path.name}", " ".join(m.group().split()))
                for m in _SENTENCE.finditer(text)
            )
        lines = (SHARED / folder / "sources.jsonl").read_text("utf-8").splitlines()
        shas = [json.loads(line).get("sha256") for line in lines if line.strip()]
        out.extend(("a seed's sha256", sha) for sha in shas if sha)
    return out


def test_nothing_from_the_seeds_or_corpus_is_in_src() -> None:
    """No file name, hash or sentence of the shared material occurs in the code or resources of src/."""
    source = " ".join(_source_text().split())

    found = [what for what, needle in _material() if needle in source]

    assert [] == found
