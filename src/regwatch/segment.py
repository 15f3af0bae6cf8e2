"""Stage 2, segment: sentences, with offsets into the original text.

A sentence ends at ``.``, ``!`` or ``?`` (and any closing quote) followed by
space and a capital, digit or opening quote, unless the word before the point
is a known abbreviation ("Sept.", "U.S.", "Gov.") or a lone initial ("K.P.").
"""

from __future__ import annotations

import re

import attrs

from regwatch.clean import Block

__all__ = ["Sentence", "segment"]

_END = re.compile(r"[.!?][\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z.]{1,12})$")
_INITIALS = (
    2  # "K.P.": up to two letters between points are initials, not a sentence end
)
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "jr",
        "sr",
        "gov",
        "sen",
        "rep",
        "gen",
        "lt",
        "col",
        "capt",
        "sgt",
        "prof",
        "inc",
        "ltd",
        "co",
        "corp",
        "vs",
        "etc",
        "no",
        "nos",
        "art",
        "sec",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mont",
        "calif",
        "fla",
        "ariz",
        "wash",
        "mass",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "h.e",
        "a.m",
        "p.m",
        "i.e",
        "e.g",
        "approx",
        "dept",
        "est",
        "fig",
        "vol",
        "pp",
        "cf",
        "ave",
        "blvd",
        "mt",
        "ft",
    ]
)


@attrs.frozen(kw_only=True)
class Sentence:
    """A sentence: its span in the original text and the block it belongs to."""

    start: int
    end: int
    block: int
    index: int


def _is_abbreviation(text: str, point: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, point - 12), point)
    if m is None:
        return False
    word = m.group(1).lower().strip(".")
    if word in _ABBREVIATIONS:
        return True
    # a lone initial ("K.P. Sharma", "J. Smith"): one letter, or letters between points
    letters = len(word.replace(".", ""))
    return letters == 1 or (letters <= _INITIALS and "." in m.group(1)[:-1])


def segment(text: str, blocks: list[Block]) -> list[Sentence]:
    """Split each block into sentences.

    Examples:
        >>> from regwatch.clean import clean
        >>> t = "On Sept. 25 the U.S. agency acted. It said so."
        >>> [t[s.start:s.end] for s in segment(t, clean(t))]
        ['On Sept. 25 the U.S. agency acted.', 'It said so.']
    """
    out: list[Sentence] = []
    for block in blocks:
        start = block.start
        for m in _END.finditer(text, block.start, block.end):
            if _is_abbreviation(text, m.start()):
                continue
            end = m.end() - (len(m.group()) - len(m.group().rstrip()))
            out.append(
                Sentence(start=start, end=end, block=block.index, index=len(out))
            )
            start = m.end()
        if start < block.end:
            out.append(
                Sentence(start=start, end=block.end, block=block.index, index=len(out))
            )
    return out
