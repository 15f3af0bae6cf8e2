"""Stage 1, clean: find the article inside the page.

Scraped pages carry menus, share bars, comment boxes, lists of unrelated
headlines and, sometimes, every paragraph twice. Cleaning does not rewrite the
text: it returns the spans of the original text that are article prose, so
every later offset is already an offset into the original.
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib.resources import files

import attrs

__all__ = ["Block", "clean"]

_LINE = re.compile(r"[^\r\n]+")
_PROSE = re.compile(r"[a-z][^.!?]{30,}[.!?][\"”’)]?\s*$", re.DOTALL)
_SEPARATORS = re.compile(r"\s[|•·]\s")
_REGION_LINE_MAX = 160


@attrs.frozen(kw_only=True)
class Block:
    """A kept line of the original text: a headline, a dateline or a paragraph."""

    start: int
    end: int
    index: int
    """Position among the kept blocks (0 is the first)."""


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = tomllib.loads(
        files("regwatch.resources").joinpath("furniture.toml").read_text("utf-8")
    )
    line = re.compile(
        "|".join(f"(?:{p})" for p in data["line"]["patterns"]), re.IGNORECASE
    )
    region = re.compile(
        "|".join(f"(?:{p})" for p in data["region"]["patterns"]), re.IGNORECASE
    )
    return line, region


def _is_menu(line: str) -> bool:
    """A run of short items separated by bars or bullets: a navigation or share bar."""
    if "|" not in line and "•" not in line and "·" not in line:
        return False  # no separator at all: most lines, decided without the regex
    parts = _SEPARATORS.split(line)
    return len(parts) >= 3 and max(len(p) for p in parts) < 60  # noqa: PLR2004


def _squeeze(line: str) -> str:
    """*line* with each run of whitespace made one space, as re.sub on whitespace would."""
    # str.split and re's \s agree on what whitespace is; split and join run in C
    # where re.sub builds a match per run. The line ends in a non-space; it may
    # start with one (a bullet stripped before an em space).
    squeezed = " ".join(line.split())
    return " " + squeezed if line[:1].isspace() else squeezed


def _is_prose(line: str) -> bool:
    return len(line) > _REGION_LINE_MAX or bool(_PROSE.search(line))


def clean(text: str) -> list[Block]:
    r"""The spans of *text* that are article content, in order.

    Drops page furniture (menus, share bars, comment boxes, lists of other
    headlines) and any paragraph that repeats an earlier one.

    Examples:
        >>> page = "Home | News | Tech\nA headline\n\nBody text here.\nBody text here.\nShare: X | Facebook"
        >>> [page[b.start:b.end] for b in clean(page)]
        ['A headline', 'Body text here.']
    """
    line_re, region_re = _patterns()
    seen: set[str] = set()
    kept: list[Block] = []
    in_region = False
    for m in _LINE.finditer(text):
        raw = m.group()
        stripped = raw.strip()
        if not stripped:
            continue
        start = m.start() + (len(raw) - len(raw.lstrip()))
        end = start + len(stripped)
        body = stripped.lstrip("•*-–—·> \t\u00a0")
        if region_re.match(body) and len(body) < 80:  # noqa: PLR2004
            in_region = True
            continue
        if in_region:
            if not _is_prose(body) or len(body) < 100:  # noqa: PLR2004
                continue
            in_region = False
        if (
            line_re.match(body)
            or _is_menu(stripped)
            or not any(c.isalpha() for c in body)
        ):
            continue
        if len(body) < 25 and body.upper() == body:  # noqa: PLR2004  section labels: "LIFESTYLE", "TECH"
            continue
        key = _squeeze(body).casefold()
        if key in seen:
            continue
        seen.add(key)
        kept.append(Block(start=start, end=end, index=len(kept)))
    return kept
