"""Gazetteers: find countries, platforms, authorities and intermediaries in text.

The lists are data (TSV files in ``regwatch.resources``), reviewed by people who
do not read Python; this module loads them once, checks them, and compiles each
list into one trie-factored regular expression, so a finder scans a text in a
single pass of the C regex engine instead of trying thousands of words.

Matching rules, the same for every list:

- word-bounded: a surface matches only where it is not glued to a letter,
  digit or underscore on either side (``us`` never matches in ``because``);
- case-folded after the first letter; a surface listed with a capital
  initial needs a capital initial in the text too (``Turkey``, never the
  bird in "roast turkey"), one listed in lower case matches either
  ("social media", "Social media");
- ``match=exact`` rows match only as written (``US`` but not ``us`` or ``Us``);
- a space or hyphen in a surface matches any run of spaces and hyphens, and an
  apostrophe matches straight or curly ones (``Google's``, and the same
  with U+2019);
- a surface written with diacritics also matches without them
  (``Brasília`` / ``Brasilia``);
- overlapping matches are resolved longest first, then leftmost, so
  ``Google's YouTube`` is one match and never ``Google`` plus ``YouTube``;
- a row may carry a *context rule*, checked only on the few candidate matches
  (see :func:`parse_context` for its small language).

Offsets are code points into the text exactly as given.
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from importlib.resources import files
from importlib.resources.abc import Traversable
from types import MappingProxyType
from typing import TypeVar

import attrs

from regwatch.errors import DatasetError, InputError
from regwatch.model import Jurisdiction, Platform

__all__ = [
    "AUTHORITY_TYPES",
    "CONTEXT_WINDOW",
    "INTERMEDIARY_KINDS",
    "JURISDICTION_FORMS",
    "Context",
    "Match",
    "find_authorities",
    "find_intermediaries",
    "find_jurisdictions",
    "find_platforms",
    "jurisdiction",
    "jurisdictions",
    "parse_context",
    "platform",
    "platforms",
]

JURISDICTION_FORMS = frozenset(
    {"name", "alias", "demonym", "capital", "adjective", "place"}
)
"""The forms a jurisdiction surface may take (``place``: a city or state inside one)."""

AUTHORITY_TYPES = frozenset(
    {
        "regulator",
        "ministry",
        "court",
        "legislature",
        "executive",
        "police",
        "prosecutor",
        "security",
        "agency",
    }
)
"""The types of authority in ``authorities.tsv``."""

INTERMEDIARY_KINDS = frozenset(
    {
        "telecom",
        "isp",
        "app-store",
        "operator",
        "hosting",
        "payment",
        "search",
        "telecom-regulator",
    }
)
"""The kinds of intermediary in ``intermediaries.tsv``."""

CONTEXT_WINDOW = 100
"""How many characters either side of a match a context rule looks at."""


@attrs.frozen(kw_only=True)
class Match:
    """One gazetteer hit in a text.

    Examples:
        >>> m = find_platforms("Regulators fined TikTok.")[0]
        >>> (m.start, m.end, m.text, m.id, m.kind)
        (17, 23, 'TikTok', 'tiktok', 'service')
    """

    start: int
    """Code point offset of the first character, in the text as given."""
    end: int
    """Code point offset just past the last character."""
    text: str
    """``text[start:end]``, exactly as written in the document."""
    id: str
    """Jurisdiction code, platform slug, authority canonical name or intermediary kind."""
    kind: str
    """Jurisdictions: the form; platforms: ``service``/``class``; authorities: the type; intermediaries: the kind."""
    code: str | None = None
    """Authorities only: the jurisdiction code, or None for a generic form."""


# -- context rules -------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Context:
    """A context rule: cues that must (or must not) appear around a match.

    A rule is a list of clauses. The match is kept when no negative clause
    holds and, if there are positive clauses, at least one of them holds.
    """

    positive: tuple[tuple[str, re.Pattern[str]], ...] = ()
    """Clauses of which at least one must hold: ``(where, pattern)``."""
    negative: tuple[tuple[str, re.Pattern[str]], ...] = ()
    """Clauses none of which may hold."""

    def allows(self, text: str, start: int, end: int) -> bool:
        """Whether the match ``text[start:end]`` passes this rule."""
        before = text[max(0, start - CONTEXT_WINDOW) : start]
        after = text[end : end + CONTEXT_WINDOW]

        def holds(where: str, pattern: re.Pattern[str]) -> bool:
            if where == "before":
                return pattern.search(before) is not None
            if where == "after":
                return pattern.search(after) is not None
            return pattern.search(before) is not None or (
                pattern.search(after) is not None
            )

        if any(holds(where, p) for where, p in self.negative):
            return False
        return not self.positive or any(holds(where, p) for where, p in self.positive)


_CLAUSE = re.compile(r"(?P<neg>not-)?(?P<where>before|after|near):(?P<pattern>.+)")


def parse_context(spec: str) -> Context | None:
    r"""Parse a context rule as written in a gazetteer's ``context`` column.

    Clauses are separated by ``&&``. Each is ``WHERE:REGEX`` or
    ``not-WHERE:REGEX``, where WHERE is ``before`` (the 100 characters before
    the match), ``after`` (the 100 after) or ``near`` (both). REGEX is a
    Python regular expression searched case-insensitively in that window;
    anchor it with ``$`` (before) or ``^`` (after) to demand adjacency.

    Args:
        spec: The column's text; empty means no rule.

    Returns:
        The rule, or None when *spec* is empty.

    Raises:
        ValueError: A clause is malformed or its regex does not compile.

    Examples:
        >>> rule = parse_context(r"after:^\s+app && not-before:\bthe\s+$")
        >>> rule.allows("use the Line app", 8, 12), rule.allows("join Line app", 5, 9)
        (False, True)
    """
    spec = spec.strip()
    if not spec:
        return None
    positive: list[tuple[str, re.Pattern[str]]] = []
    negative: list[tuple[str, re.Pattern[str]]] = []
    for raw in spec.split("&&"):
        clause = raw.strip()
        found = _CLAUSE.fullmatch(clause)
        if found is None:
            raise ValueError(
                f"bad context clause {clause!r}: write WHERE:REGEX or not-WHERE:REGEX "
                "with WHERE one of before, after, near"
            )
        try:
            pattern = re.compile(found["pattern"], re.IGNORECASE)
        except re.error as e:
            raise ValueError(f"bad regex in context clause {clause!r}: {e}") from None
        (negative if found["neg"] else positive).append((found["where"], pattern))
    return Context(positive=tuple(positive), negative=tuple(negative))


# -- surfaces and the compiled matcher -----------------------------------------

_GAP = re.compile(r"[\s\-\u2010\u2011]+")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})
_GAP_REGEX = r"[\s\-\u2010\u2011]+"
_APOSTROPHE_REGEX = "['\u2018\u2019]"


def _normal(surface: str) -> str:
    """A surface with apostrophes straightened and space/hyphen runs made one space."""
    return _GAP.sub(" ", surface.translate(_APOSTROPHES)).strip()


def _key(surface: str) -> str:
    """The lookup key of a surface: normalised and lower-cased."""
    return _fold(_normal(surface))


def _fold(text: str) -> str:
    """Lower-case *text* without changing its length (offsets must not move)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _strip_accents(surface: str) -> str:
    decomposed = unicodedata.normalize("NFKD", surface)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


@functools.lru_cache(maxsize=8)
def _padded(text: str) -> str:
    """The text the matchers scan: a leading space, so every match has a boundary before it."""
    return " " + text


@attrs.frozen(kw_only=True)
class _Entry:
    surface: str
    id: str
    kind: str
    code: str | None
    exact: bool
    context: Context | None
    where: str  # file:line, for messages


_Trie = dict[str, "_Trie"]


def _atom(char: str) -> str:
    if char == " ":
        return _GAP_REGEX
    if char == "'":
        return _APOSTROPHE_REGEX
    return re.escape(char)


def _emit(node: _Trie) -> str:
    """The regex for a trie node: children longest-first, then the end if a key ends here."""
    branches = [_atom(char) + _emit(node[char]) for char in sorted(node) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + body + ")?" if "" in node else body


def _trie_regex(keys: dict[str, bool]) -> str:
    """One regex matching any of *keys*, prefixes merged, longest continuation first.

    *keys* maps each lower-case key to whether its first letter must be a
    capital in the text. The first character is matched case-sensitively and
    the rest case-insensitively, so most lower-case words in a text fail at
    their first letter, which keeps the scan fast.
    """
    trie: _Trie = {}
    for key, capital in keys.items():
        first = key[0]
        initials = {first.upper() if len(first.upper()) == 1 else first}
        if not capital:
            initials.add(first)
        for initial in initials:
            node = trie.setdefault(initial, {})
            for char in key[1:]:
                node = node.setdefault(char, {})
            node[""] = {}

    top = []
    for initial in sorted(trie):
        rest = _emit(trie[initial])
        top.append(re.escape(initial) + (f"(?i:{rest})" if rest else ""))
    if not top:
        return "(?!)"  # no keys: nothing matches
    # one class test turns away most words before re walks the branches one by one
    first_letters = "".join(re.escape(initial) for initial in sorted(trie))
    return f"(?=[{first_letters}])(?:" + "|".join(top) + ")"


class _Matcher:
    """A compiled gazetteer: one regex over padded text plus a key -> rows table."""

    def __init__(self, entries: list[_Entry]) -> None:
        self.table: dict[str, tuple[_Entry, ...]] = {}
        for entry in entries:
            key = _key(entry.surface)
            self.table[key] = (*self.table.get(key, ()), entry)
        # Rows that need no check at all: the common case, decided without a call.
        self.plain: dict[str, _Entry] = {
            key: rows[0]
            for key, rows in self.table.items()
            if not rows[0].exact and rows[0].context is None
        }
        body = _trie_regex(
            {
                key: all(e.surface[:1].isupper() for e in rows)
                for key, rows in sorted(self.table.items())
            }
        )
        # A non-word character first: the engine then skips quickly to those, and each
        # attempt starts at a word boundary; the text gets a leading space for this.
        # [^A-Za-z0-9] is a bitmap test re makes without Unicode look-ups; the
        # lookbehind turns away the other word characters (_, letters like é).
        self.pattern = re.compile(r"[^A-Za-z0-9](?<=\W)(" + body + r")(?!\w)")
        self._keys: dict[str, str] = {}
        # Keys inside which a longer surface may start and run past the end
        # ("new york" when "york times" is listed): only these need a second look.
        prefixes = {key[:i] for key in self.table for i in range(1, len(key))}
        self.extendable = frozenset(
            key
            for key in self.table
            if any(key[i + 1 :] in prefixes for i, c in enumerate(key) if c == " ")
        )

    def _key_of(self, found: str) -> str:
        key = self._keys.get(found)
        if key is None:
            key = self._keys[found] = _key(found)
        return key

    def _accept(self, text: str, start: int, end: int, key: str) -> _Entry | None:
        for entry in self.table.get(key, ()):
            if entry.exact and _normal(text[start:end]) != _normal(entry.surface):
                continue
            if entry.context is not None and not entry.context.allows(text, start, end):
                continue
            return entry
        return None

    def _at(
        self, text: str, padded: str, start: int, end: int, key: str
    ) -> tuple[int, int, _Entry] | None:
        """The longest acceptable entry starting at *start* and ending by *end*."""
        entry = self._accept(text, start, end, key)
        if entry is not None:
            return start, end, entry
        if " " not in key:
            return None
        # The longest form failed its exact-case or context rule: try the shorter
        # surfaces that end at an inner word boundary, longest first.
        inner = [b.start() + start for b in _WORD_END.finditer(text, start, end)]
        for inner_end in reversed(inner):
            if inner_end - start >= end - start:
                continue
            shorter = self._key_of(padded[start + 1 : inner_end + 1])
            if shorter not in self.table:
                continue
            entry = self._accept(text, start, inner_end, shorter)
            if entry is not None:
                return start, inner_end, entry
        return None

    def find(
        self, text: str, make: Callable[[int, int, str, _Entry], Match]
    ) -> list[Match]:
        return [make(s, e, text[s:e], entry) for s, e, entry in self.hits(text)]

    def hits(self, text: str) -> list[tuple[int, int, _Entry]]:
        """The accepted matches as (start, end, entry), non-overlapping, in text order."""
        if not text:
            return []
        padded = _padded(text)
        plain_get = self.plain.get
        key_of = self._keys.get
        extendable = self.extendable
        candidates: list[tuple[int, int, _Entry]] = []
        append = candidates.append
        overlaps = False
        for m in self.pattern.finditer(padded):
            found = m.group(1)
            key = key_of(found) or self._key_of(found)
            start, end = m.span(1)
            start -= 1
            end -= 1
            entry = plain_get(key)
            if entry is not None:
                append((start, end, entry))
            else:
                hit = self._at(text, padded, start, end, key)
                if hit is not None:
                    append(hit)
            if key in extendable:
                # A longer surface may start inside this one and run past it.
                for inner in _WORD_START.finditer(text, start + 1, end):
                    again = self.pattern.match(padded, inner.start())
                    if again is not None and again.end(1) - 1 > end:
                        hit = self._at(
                            text,
                            padded,
                            again.start(1) - 1,
                            again.end(1) - 1,
                            self._key_of(again.group(1)),
                        )
                        if hit is not None:
                            append(hit)
                            overlaps = True
        if overlaps:
            candidates = _longest_first(candidates, len(text))
        return candidates


_WORD_END = re.compile(r"(?<=\w)(?=\W)")
_WORD_START = re.compile(r"(?<=\W)(?=\w)")


def _longest_first(
    candidates: list[tuple[int, int, _Entry]], size: int
) -> list[tuple[int, int, _Entry]]:
    """Drop overlapping candidates: longest first, then leftmost; in text order."""
    candidates.sort(key=lambda c: (c[0] - c[1], c[0]))
    taken = bytearray(size)  # 1 where an accepted match already sits
    kept: list[tuple[int, int, _Entry]] = []
    for start, end, entry in candidates:
        if 1 in taken[start:end]:
            continue
        taken[start:end] = b"\x01" * (end - start)
        kept.append((start, end, entry))
    kept.sort(key=lambda c: c[0])
    return kept


# -- loading -------------------------------------------------------------------


@attrs.frozen(eq=False)  # hashed by identity: a cache key for the tables built from it
class Resources:
    """Where the TSV files are read from: the package's resources, or a test folder."""

    root: Traversable


@functools.cache
def _resources() -> Resources:
    return Resources(files("regwatch.resources"))


def _rows(
    root: Resources, name: str, columns: tuple[str, ...]
) -> Iterator[tuple[str, dict[str, str]]]:
    """Rows of a resource TSV as ``(file:line, {column: value})``; checks the header."""
    try:
        raw = root.root.joinpath(name).read_bytes()
    except OSError as e:
        raise DatasetError(f"{name}: cannot read the resource ({e})") from None
    try:
        content = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise DatasetError(f"{name}: not UTF-8 (byte {e.start})") from None
    header: list[str] | None = None
    for number, line in enumerate(content.split("\n"), start=1):
        line = line.removesuffix("\r")  # noqa: PLW2901
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        where = f"{name}:{number}"
        if header is None:
            header = cells
            if tuple(header) != columns:
                raise DatasetError(
                    f"{where}: header is {header}, expected {list(columns)}"
                )
            continue
        if len(cells) < len(columns):
            cells += [""] * (len(columns) - len(cells))
        if len(cells) != len(columns):
            raise DatasetError(
                f"{where}: {len(cells)} cells, expected {len(columns)} ({', '.join(columns)})"
            )
        yield where, dict(zip(columns, cells, strict=True))
    if header is None:
        raise DatasetError(f"{name}: empty (no header row)")


def _need(where: str, row: dict[str, str], *columns: str) -> None:
    for column in columns:
        if not row[column]:
            raise DatasetError(f"{where}: empty {column}")


def _one_of(where: str, column: str, value: str, allowed: frozenset[str]) -> None:
    if value not in allowed:
        choices = sorted(allowed)
        hint = _close(value, choices) if len(choices) > 12 else ""  # noqa: PLR2004
        raise DatasetError(
            f"{where}: unknown {column} {value!r}; "
            + (f"choose one of: {', '.join(choices)}" if not hint else hint.strip())
        )


def _context(where: str, spec: str) -> Context | None:
    try:
        return parse_context(spec)
    except ValueError as e:
        raise DatasetError(f"{where}: {e}") from None


def _exact(where: str, value: str) -> bool:
    _one_of(where, "match", value or "fold", frozenset({"fold", "exact"}))
    return value == "exact"


class _Rows:
    """Collects a gazetteer's entries, refusing duplicates and adding accent-free twins."""

    def __init__(self) -> None:
        self.entries: list[_Entry] = []
        self.seen: dict[tuple[str, str, str], str] = {}

    def add(self, entry: _Entry, *, spec: str = "", plural: bool = False) -> None:
        forms = [entry.surface, _strip_accents(entry.surface)]
        if plural and not entry.exact and entry.surface[-1] not in "sehx":
            forms += [form + "s" for form in forms]  # Nigerians, Pakistanis, Thais
        for surface in dict.fromkeys(forms):
            ident = (
                _normal(surface) if entry.exact else _key(surface),
                "exact" if entry.exact else "fold",
                spec,
            )
            if ident in self.seen:
                if surface != entry.surface:
                    continue  # the accent-free twin of a row listed without accents too
                raise DatasetError(
                    f"{entry.where}: duplicate surface {entry.surface!r} "
                    f"(first at {self.seen[ident]})"
                )
            self.seen[ident] = entry.where
            self.entries.append(attrs.evolve(entry, surface=surface))

    def keys(self) -> set[str]:
        return {_key(e.surface) for e in self.entries}


def jurisdictions() -> Mapping[str, Jurisdiction]:
    """Every known jurisdiction by code: the ISO 3166-1 countries, plus EU and UN.

    Returns:
        A read-only mapping from code to :class:`~regwatch.model.Jurisdiction`.

    Examples:
        >>> jurisdictions()["VN"].name
        'Vietnam'
    """
    return _jurisdiction_table(_resources())


@functools.cache
def _jurisdiction_table(root: Resources) -> Mapping[str, Jurisdiction]:
    out: dict[str, Jurisdiction] = {}
    for where, row in _rows(
        root, "jurisdictions.tsv", ("code", "name", "kind", "note")
    ):
        _need(where, row, "code", "name", "kind")
        if row["code"] in out:
            raise DatasetError(f"{where}: duplicate code {row['code']!r}")
        try:
            out[row["code"]] = Jurisdiction(
                code=row["code"], name=row["name"], kind=row["kind"]
            )
        except ValueError as e:
            raise DatasetError(f"{where}: {e}") from None
    return MappingProxyType(out)


def platforms() -> Mapping[str, Platform]:
    """Every known platform and platform class by id.

    Returns:
        A read-only mapping from slug to :class:`~regwatch.model.Platform`.

    Examples:
        >>> platforms()["telegram"].operator
        'Telegram FZ-LLC'
    """
    return _platform_table(_resources())


@functools.cache
def _platform_table(root: Resources) -> Mapping[str, Platform]:
    out: dict[str, Platform] = {}
    rows = list(
        _rows(
            root,
            "platforms.tsv",
            ("id", "name", "kind", "operator", "category", "note"),
        )
    )
    for where, row in rows:
        _need(where, row, "id", "name", "kind")
        if row["id"] in out:
            raise DatasetError(f"{where}: duplicate id {row['id']!r}")
        try:
            out[row["id"]] = Platform(
                id=row["id"],
                name=row["name"],
                kind=row["kind"],
                operator=row["operator"] or None,
                category=row["category"] or None,
            )
        except ValueError as e:
            raise DatasetError(f"{where}: {e}") from None
    classes = {p.id for p in out.values() if p.kind == "class"}
    for where, row in rows:
        if row["category"]:
            _one_of(where, "category", row["category"], frozenset(classes))
    return MappingProxyType(out)


def _close(value: str, choices: list[str]) -> str:
    near = difflib.get_close_matches(value, choices, n=3, cutoff=0.6)
    return f" (did you mean {', '.join(repr(n) for n in near)}?)" if near else ""


def jurisdiction(code: str) -> Jurisdiction:
    """The jurisdiction with ISO 3166-1 alpha-2 *code* (or ``EU``/``UN``).

    Args:
        code: A two-letter code; case does not matter.

    Returns:
        The :class:`~regwatch.model.Jurisdiction`.

    Raises:
        InputError: The code is unknown; the message suggests close ones.

    Examples:
        >>> jurisdiction("vn").name
        'Vietnam'
    """
    known = jurisdictions()
    found = known.get(code.strip().upper())
    if found is not None:
        return found
    named = _jurisdiction_matcher(_resources()).table.get(_key(code))
    if named:
        hint = f" (did you mean {named[0].id!r}?)"
    else:
        hint = _close(code.strip().upper(), list(known))
    raise InputError(f"unknown jurisdiction code {code!r}{hint}")


def platform(id: str) -> Platform:  # noqa: A002 - the contract calls it id
    """The platform or platform class with slug *id*.

    Args:
        id: A slug such as ``telegram`` or ``social-media``.

    Returns:
        The :class:`~regwatch.model.Platform`.

    Raises:
        InputError: The id is unknown; the message suggests close ones.

    Examples:
        >>> platform("x").name
        'X'
    """
    known = platforms()
    found = known.get(id)
    if found is not None:
        return found
    named = _platform_matcher(_resources()).table.get(_key(id))
    if named:
        hint = f" (did you mean {named[0].id!r}?)"
    else:
        hint = _close(id.strip().casefold(), list(known))
    raise InputError(f"unknown platform id {id!r}{hint}")


@functools.cache
def _jurisdiction_matcher(root: Resources) -> _Matcher:
    known = _jurisdiction_table(root)
    rows = _Rows()
    columns = ("surface", "code", "form", "match", "context", "note")
    for where, row in _rows(root, "jurisdiction_names.tsv", columns):
        _need(where, row, "surface", "code", "form")
        _one_of(where, "code", row["code"], frozenset(known))
        _one_of(where, "form", row["form"], JURISDICTION_FORMS)
        rows.add(
            _Entry(
                surface=row["surface"],
                id=row["code"],
                kind=row["form"],
                code=None,
                exact=_exact(where, row["match"]),
                context=_context(where, row["context"]),
                where=where,
            ),
            spec=row["context"],
            plural=row["form"] == "demonym",
        )
    listed = rows.keys()
    for j in known.values():  # each canonical name matches, unless a row says how
        if _key(j.name) not in listed:
            rows.add(
                _Entry(
                    surface=j.name,
                    id=j.code,
                    kind="name",
                    code=None,
                    exact=False,
                    context=None,
                    where=f"jurisdictions.tsv ({j.code})",
                )
            )
    return _Matcher(rows.entries)


@functools.cache
def _platform_matcher(root: Resources) -> _Matcher:
    known = _platform_table(root)
    rows = _Rows()
    columns = ("surface", "id", "match", "context", "note")
    for where, row in _rows(root, "platform_names.tsv", columns):
        _need(where, row, "surface", "id")
        _one_of(where, "id", row["id"], frozenset(known))
        rows.add(
            _Entry(
                surface=row["surface"],
                id=row["id"],
                kind=str(known[row["id"]].kind),
                code=None,
                exact=_exact(where, row["match"]),
                context=_context(where, row["context"]),
                where=where,
            ),
            spec=row["context"],
        )
    listed = rows.keys()
    for p in known.values():
        if _key(p.name) not in listed:
            rows.add(
                _Entry(
                    surface=p.name,
                    id=p.id,
                    kind=str(p.kind),
                    code=None,
                    exact=False,
                    context=None,
                    where=f"platforms.tsv ({p.id})",
                )
            )
    return _Matcher(rows.entries)


@functools.cache
def _authority_matcher(root: Resources) -> _Matcher:
    known = _jurisdiction_table(root)
    rows = _Rows()
    columns = ("surface", "code", "name", "type", "match", "context", "note")
    for where, row in _rows(root, "authorities.tsv", columns):
        _need(where, row, "surface", "name", "type")
        if row["code"]:
            _one_of(where, "code", row["code"], frozenset(known))
        _one_of(where, "type", row["type"], AUTHORITY_TYPES)
        rows.add(
            _Entry(
                surface=row["surface"],
                id=row["name"],
                kind=row["type"],
                code=row["code"] or None,
                exact=_exact(where, row["match"]),
                context=_context(where, row["context"]),
                where=where,
            ),
            spec=row["context"],
        )
    return _Matcher(rows.entries)


@functools.cache
def _intermediary_matcher(root: Resources) -> _Matcher:
    rows = _Rows()
    columns = ("surface", "kind", "match", "context", "note")
    for where, row in _rows(root, "intermediaries.tsv", columns):
        _need(where, row, "surface", "kind")
        _one_of(where, "kind", row["kind"], INTERMEDIARY_KINDS)
        rows.add(
            _Entry(
                surface=row["surface"],
                id=row["kind"],
                kind=row["kind"],
                code=None,
                exact=_exact(where, row["match"]),
                context=_context(where, row["context"]),
                where=where,
            ),
            spec=row["context"],
        )
    return _Matcher(rows.entries)


def _match(start: int, end: int, text: str, entry: _Entry) -> Match:
    return Match(
        start=start, end=end, text=text, id=entry.id, kind=entry.kind, code=entry.code
    )


_T = TypeVar("_T")
_MATCHERS = {
    "jurisdictions": _jurisdiction_matcher,
    "platforms": _platform_matcher,
    "authorities": _authority_matcher,
    "intermediaries": _intermediary_matcher,
}


def find_as(
    kind: str, text: str, make: Callable[[int, int, str, str, str | None], _T]
) -> list[_T]:
    """What ``find_<kind>`` finds, each hit built as ``make(start, end, id, kind, code)``.

    For the parser, which files thousands of hits as its own records: building
    each as a :class:`Match` first would only be thrown away.
    """
    matcher = _MATCHERS[kind](_resources())
    return [
        make(start, end, entry.id, entry.kind, entry.code)
        for start, end, entry in matcher.hits(text)
    ]


def find_jurisdictions(text: str) -> list[Match]:
    """Find country and supranational names, aliases, demonyms, capitals and places.

    Args:
        text: Any text; offsets in the result point into it.

    Returns:
        Non-overlapping matches in text order; ``id`` is the jurisdiction code
        and ``kind`` the form (``name``, ``alias``, ``demonym``, ``capital``,
        ``adjective`` or ``place``).

    Examples:
        >>> [(m.text, m.id, m.kind) for m in find_jurisdictions("Hanoi said Vietnam\u2019s rules")]
        [('Hanoi', 'VN', 'capital'), ('Vietnam', 'VN', 'name')]
    """
    return _jurisdiction_matcher(_resources()).find(text, _match)


def find_platforms(text: str) -> list[Match]:
    """Find named services (``telegram``) and classes of them (``social-media``).

    Args:
        text: Any text; offsets in the result point into it.

    Returns:
        Non-overlapping matches in text order; ``id`` is the platform slug and
        ``kind`` is ``service`` or ``class``.

    Examples:
        >>> [(m.text, m.id) for m in find_platforms("X, formerly Twitter, and messaging apps")]
        [('X', 'x'), ('Twitter', 'x'), ('messaging apps', 'messaging')]
    """
    return _platform_matcher(_resources()).find(text, _match)


def find_authorities(text: str) -> list[Match]:
    """Find known authorities: regulators, ministries, courts, legislatures and more.

    Generic forms used by many countries ("Supreme Court", "Ministry of
    Communications") are found with ``code=None``; the parser decides the
    country from the surrounding text.

    Args:
        text: Any text; offsets in the result point into it.

    Returns:
        Non-overlapping matches in text order; ``id`` is the canonical name,
        ``kind`` the type and ``code`` the jurisdiction (or None).

    Examples:
        >>> [(m.id, m.kind, m.code) for m in find_authorities("Roskomnadzor said")]
        [('Roskomnadzor', 'regulator', 'RU')]
    """
    return _authority_matcher(_resources()).find(text, _match)


def find_intermediaries(text: str) -> list[Match]:
    """Find intermediaries an order may be addressed to: telecoms, ISPs, app stores.

    Args:
        text: Any text; offsets in the result point into it.

    Returns:
        Non-overlapping matches in text order; ``id`` and ``kind`` are both
        the intermediary kind (``telecom``, ``isp``, ``app-store``, ...).

    Examples:
        >>> [(m.text, m.kind) for m in find_intermediaries("ordered telecom providers to act")]
        [('telecom providers', 'telecom')]
    """
    return _intermediary_matcher(_resources()).find(text, _match)
