"""Trigger and outcome cues: the words that say what was done and what came of it.

Patterns are data (``resources/triggers.toml``, ``outcomes.toml``,
``modality.toml``); this module compiles each file once into a single
alternation with one named group per row, so a block of text is scanned once
per file; at each word the scan tries only the rows that can begin there.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping
from importlib.resources import files
from typing import Any

import attrs

from regwatch.errors import DatasetError
from regwatch.recognise.anchors import (
    Alternatives,
    StemIndex,
    anchored,
    begins_at_words,
    search_at_words,
)
from regwatch.vocab import Action, OutcomeStatus

__all__ = ["Cue", "find_outcome_cues", "find_triggers", "is_hedged"]

# The space branch asks its lookahead (one of four words must follow) before its ten
# lookbehinds, so most spaces fail at one test instead of eleven: the same
# conditions, in another order.
_CLAUSE_BREAK = re.compile(
    r"[;:—–]|\.\.\.|…|,\s+as\s|\s(?=(?:after|before|since|once)\s+(?:the|a|an|it|its|they|he|she|this|that|[A-Z]))(?<!\bmonth\s)(?<!\bweek\s)(?<!\bday\s)(?<!\byear\s)(?<!\bhour\s)(?<!\bmonths\s)(?<!\bweeks\s)(?<!\bdays\s)(?<!\byears\s)(?<!\bhours\s)|,\s+(?:but|while|whereas|although|and\s+(?=\w+\s+(?:said|says)))\s|\.\s"
)


_SCOPES = frozenset({"act", "access", "response", "appeal"})


@attrs.frozen(kw_only=True)
class Cue:
    """A trigger or outcome cue: its span and what it means."""

    start: int
    end: int
    value: str
    """An action (triggers) or an outcome status, or ``restored`` (outcome cues)."""
    needs_platform: bool = False
    needs_people: bool = False
    """Counts only where the sentence names the platform's people (arrests, charges)."""
    rank: int = 0
    scope: str = "act"
    """What an outcome cue is about: ``access`` (can the platform be reached),
    ``response`` (how the addressee answered a demand) or ``act`` (the act itself)."""


_SKIP = "skip"
_NEEDS = frozenset({"any", "platform", "platform-people"})


@attrs.frozen(kw_only=True)
class _Modifier:
    """Words around a trigger that change what it orders (a row of ``[[modifier]]``)."""

    then: Mapping[str, str]
    """Per action it applies to, the action the trigger becomes, or ``skip`` to drop it."""
    after: re.Pattern[str] | None
    reach: int
    before: re.Pattern[str] | None
    reach_before: int

    def applies(self, text: str, start: int, end: int, m: re.Match[str]) -> bool:
        """Do the words around the trigger *m*, inside ``text[start:end]``, match?"""
        if self.after is not None and self.after.match(
            text, m.end(), min(end, m.end() + self.reach)
        ):
            return True
        return self.before is not None and bool(
            self.before.search(
                text, max(start, m.start() - self.reach_before), m.start()
            )
        )


def _load(name: str) -> dict[str, Any]:
    try:
        return tomllib.loads(
            files("regwatch.resources").joinpath(name).read_text("utf-8")
        )
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise DatasetError(f"regwatch/resources/{name}: cannot be read ({e})") from None


# A gap written [^.;] in the pattern files means "not past this sentence's end".
# A point inside a word or number ("U.S", "21.210", "$59.1") or before a
# lowercase word ("U.S. officials", "7 a.m. on") ends no sentence (the segmenter
# agrees), so the gap may cross it; "Gov." before a name still stops it.
_GAP = "[^.;]"
_SENTENCE_GAP = r"(?:[^.;]|\.(?=\w|\s+(?-i:[a-z])))"


def _within_sentence(pattern: str) -> str:
    """*pattern* with each ``[^.;]`` gap let across the points that end no sentence."""
    return pattern.replace(_GAP, _SENTENCE_GAP)


def _compile(
    name: str, rows: list[dict[str, Any]], valid: set[str], key: str
) -> Alternatives:
    parts = []
    for i, row in enumerate(rows):
        if row.get(key) not in valid:
            raise DatasetError(
                f"regwatch/resources/{name}: row {i + 1} has unknown {key} {row.get(key)!r}"
            )
        try:
            re.compile(row["pattern"])
        except re.error as e:
            raise DatasetError(
                f"regwatch/resources/{name}: row {i + 1} pattern does not compile ({e})"
            ) from None
        parts.append(f"(?P<r{i}>{_within_sentence(row['pattern'])})")
    return Alternatives(parts, re.IGNORECASE)


def _stems(name: str, rows: list[dict[str, Any]]) -> StemIndex:
    stems = []
    for i, row in enumerate(rows):
        if not row.get("anchors"):
            raise DatasetError(f"regwatch/resources/{name}: row {i + 1} has no anchors")
        stems.extend(row["anchors"])
    try:
        return StemIndex(stems)
    except ValueError as e:
        raise DatasetError(f"regwatch/resources/{name}: {e}") from None


@functools.cache
def _trigger_stems() -> StemIndex:
    return _stems("triggers.toml", _load("triggers.toml")["trigger"])


@functools.cache
def _outcome_stems() -> StemIndex:
    return _stems("outcomes.toml", _load("outcomes.toml")["cue"])


def _modifiers(rows: list[dict[str, Any]]) -> list[_Modifier]:
    where = "regwatch/resources/triggers.toml"
    actions = {a.value for a in Action}
    out = []
    for i, row in enumerate(rows):
        if not set(row.get("actions", ())) <= actions or not row.get("actions"):
            raise DatasetError(
                f"{where}: modifier {i + 1} has unknown actions {row.get('actions')!r}"
            )
        then = _then(where, i, row)
        try:
            after, before = (
                re.compile(_within_sentence(row[k]), re.IGNORECASE)
                if k in row
                else None
                for k in ("after", "before")
            )
        except re.error as e:
            raise DatasetError(
                f"{where}: modifier {i + 1} pattern does not compile ({e})"
            ) from None
        if after is None and before is None:
            raise DatasetError(
                f"{where}: modifier {i + 1} has neither after nor before"
            )
        out.append(
            _Modifier(
                then=then,
                after=after,
                reach=int(row.get("reach", 0)),
                before=before,
                reach_before=int(row.get("reach_before", row.get("reach", 0))),
            )
        )
    return out


def _then(where: str, i: int, row: dict[str, Any]) -> dict[str, str]:
    """``then`` for each of the row's actions: one value for all, or a table by action."""
    valid = {a.value for a in Action} | {_SKIP}
    then = row.get("then")
    if isinstance(then, dict):
        if set(then) != set(row["actions"]):
            raise DatasetError(
                f"{where}: modifier {i + 1} then names {sorted(then)!r}, "
                f"not its actions {sorted(row['actions'])!r}"
            )
        values = then
    else:
        values = dict.fromkeys(row["actions"], then)
    bad = sorted(str(v) for v in values.values() if v not in valid)
    if bad:
        raise DatasetError(f"{where}: modifier {i + 1} has unknown then {bad[0]!r}")
    return values


def _check_needs(rows: list[dict[str, Any]]) -> None:
    for i, row in enumerate(rows):
        if row.get("needs") not in _NEEDS:
            raise DatasetError(
                f"regwatch/resources/triggers.toml: row {i + 1} has unknown needs "
                f"{row.get('needs')!r}; choose one of: {', '.join(sorted(_NEEDS))}"
            )


@functools.cache
def _triggers() -> tuple[
    Alternatives, list[dict[str, Any]], dict[str, list[_Modifier]]
]:
    data = _load("triggers.toml")
    rows = data["trigger"]
    _check_needs(rows)
    pattern = _compile("triggers.toml", rows, {a.value for a in Action}, "action")
    by_action: dict[str, list[_Modifier]] = {}
    for modifier in _modifiers(data.get("modifier", [])):
        for action in sorted(modifier.then):
            by_action.setdefault(action, []).append(modifier)
    return pattern, rows, by_action


@functools.cache
def _outcomes() -> tuple[Alternatives, list[dict[str, Any]]]:
    rows = _load("outcomes.toml")["cue"]
    valid = {s.value for s in OutcomeStatus} | {"restored", "halted"}
    for i, row in enumerate(rows):
        if row.get("scope", "act") not in _SCOPES:
            raise DatasetError(
                f"regwatch/resources/outcomes.toml: row {i + 1} has unknown scope "
                f"{row.get('scope')!r}; choose one of: {', '.join(sorted(_SCOPES))}"
            )
    return _compile("outcomes.toml", rows, valid, "status"), rows


@functools.cache
def _modality() -> tuple[Alternatives, bool, re.Pattern[str], int, int]:
    """The cues before a trigger, whether each begins at a word, the cues after, and both windows."""
    data = _load("modality.toml")
    before = Alternatives(
        [f"(?:{_within_sentence(p)})" for p in data["before"]], re.IGNORECASE
    )
    # a big alternation searched at every character is slow; where every cue begins
    # at a word, trying the few cues each word can begin gives the same answer
    by_word = begins_at_words(data["before"], re.IGNORECASE)
    after = re.compile(
        "|".join(f"(?:{_within_sentence(p)})" for p in data["after"]), re.IGNORECASE
    )
    return before, by_word, after, int(data["window"]), int(data["after_window"])


def find_triggers(
    text: str, start: int, end: int, *, words: list[tuple[int, str]] | None = None
) -> list[Cue]:
    """Action triggers in ``text[start:end]``, leftmost first, not overlapping."""
    pattern, rows, modifiers = _triggers()
    out = []
    for m in anchored(pattern, text, start, end, _trigger_stems(), words=words):
        row = rows[int((m.lastgroup or "r0")[1:])]
        action = row["action"]
        for modifier in modifiers.get(action, ()):
            if modifier.applies(text, start, end, m):
                action = modifier.then[action]
                break
        if action == _SKIP:
            continue
        out.append(
            Cue(
                start=m.start(),
                end=m.end(),
                value=action,
                needs_platform=row["needs"] in {"platform", "platform-people"},
                needs_people=row["needs"] == "platform-people",
            )
        )
    return out


def find_outcome_cues(
    text: str, start: int, end: int, *, words: list[tuple[int, str]] | None = None
) -> list[Cue]:
    """Outcome cues in ``text[start:end]``."""
    pattern, rows = _outcomes()
    out = []
    for m in anchored(pattern, text, start, end, _outcome_stems(), back=3, words=words):
        row = rows[int((m.lastgroup or "r0")[1:])]
        out.append(
            Cue(
                start=m.start(),
                end=m.end(),
                value=row["status"],
                rank=int(row.get("rank", 0)),
                scope=row.get("scope", "act"),
            )
        )
    return out


@functools.lru_cache(maxsize=256)  # a trigger's issuer, date and hedge ask the same
def clause_start(text: str, sentence_start: int, position: int) -> int:
    """Where the clause holding *position* starts, within its sentence."""
    last = sentence_start
    for m in _CLAUSE_BREAK.finditer(text, sentence_start, position):
        last = m.end()
    return last


def is_hedged(text: str, sentence_start: int, cue: Cue) -> bool:
    """True when negation, a threat, a condition or a denial governs the cue."""
    before, by_word, after, window, after_window = _modality()
    lo = max(
        clause_start(text, max(sentence_start, cue.start - window), cue.start),
        cue.start - window,
    )
    if (
        search_at_words(before, text, lo, cue.start)
        if by_word
        else before.pattern.search(text, lo, cue.start)
    ):
        return True
    return bool(after.match(text, cue.end, cue.end + after_window))
