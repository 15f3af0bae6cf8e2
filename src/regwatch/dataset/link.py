"""Linking: one real-world directive reported by several sources becomes one record.

Two records *may* be the same act when all of these hold:

1. same jurisdiction and same action;
2. they come from different sources (two records one reader took from one
   source are two acts by that reader's judgment, so they never merge);
3. their platform sets are equal, or one is a subset of the other and they
   share a named service; or they share a service and were issued on the same,
   fully known day (reports list different members of one long list of apps);
4. their issue dates could name the same day (:meth:`PartialDate.overlaps`),
   or either is unknown;
5. their issuers are compatible: either is unknown; either is *generic* (only
   words such as "authorities", "government", "ministry" or the
   jurisdiction's own name, as in "French authorities"); they are the same
   after case-folding, or one is the other's acronym ("MIC"); they share an
   informative word ("prosecutors" / "Paris prosecutor's office"); or, failing
   all of that, both were issued on the same fully known day (a renamed
   ministry, or outlets that name different offices of one government).

Records are grouped by complete linkage: a group only grows by a record
compatible with every member. A record compatible with several groups that
are not compatible with each other (a vague "Russia blocked Telegram in 2018"
beside a court ruling of 2018-04-13 and a regulator's order of 2018-04-16)
joins the best of them only when that one is *clearly* best: its score beats
every conflicting alternative's. A score is the date agreement (same day,
same month or year, overlapping, one unknown), then the issuer agreement
(same name or acronym, a shared word, one vague); a group scores by its
best-agreeing pair.
On a tie it stays a record of its own, because a wrong link is worse than a
duplicate: the duplicate is visible, the wrong link hides a directive.

The linked record keeps every source, all evidence, every deadline and
outcome; its date is the most precise one its members allow, its issuer the
most specific name (a curated one first), and its provenance is ``parsed``
when any member was parsed (its evidence then has offsets) and ``curated``
otherwise; curated reference URLs are kept either way.
"""

from __future__ import annotations

import functools
import heapq
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from regwatch import gazetteer
from regwatch.dates import PartialDate
from regwatch.errors import InputError
from regwatch.model import Deadline, Directive, Outcome, directive_id
from regwatch.vocab import DatePrecision, PlatformKind, Provenance

__all__ = ["compatible", "issuers_compatible", "link", "with_dataset_id"]

_STOP = frozenset(
    {
        "a",
        "an",
        "and",
        "at",
        "by",
        "for",
        "from",
        "in",
        "of",
        "on",
        "the",
        "to",
        "via",
        "with",
        "its",
        "his",
        "her",
        "their",
    }
)
# Words that name a kind of body but not which one: sharing only these proves
# nothing, and an issuer made only of these (and its country's name) is generic.
_GENERIC = frozenset(
    {
        "authority",
        "authorities",
        "government",
        "governments",
        "official",
        "officials",
        "state",
        "administration",
        "regulator",
        "regulators",
        "ministry",
        "ministries",
        "minister",
        "department",
        "office",
        "agency",
        "court",
        "courts",
        "council",
        "commission",
        "committee",
        "federal",
        "national",
        "district",
        "regional",
        "supreme",
        "general",
        "public",
        "central",
        "country",
        "countries",
        "lawmakers",
        "legislators",
        "parliament",
        "cabinet",
    }
)
_COUNTRY_FORMS = frozenset({"name", "alias", "demonym", "adjective"})
_WORD = re.compile(r"[^\W_]+(?:[.'\u2019][^\W_]+)*\.?", re.UNICODE)

Score = tuple[int, int]

# Every score there is, made once: a large part keeps a score for each pair of
# its records (a story a thousand outlets report has a million pairs), and a
# new tuple for each would be most of the memory linking takes.
_SCORES: dict[Score, Score] = {(d, i): (d, i) for d in range(4) for i in range(4)}


# -- issuers -------------------------------------------------------------------


def _stem(word: str) -> str:
    w = word.casefold().replace("\u2019", "'").removesuffix("'s").rstrip(".'")
    w = w.replace(".", "")
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):  # noqa: PLR2004
        w = w[:-1]
    return w


def _without_country(issuer: str) -> str:
    """The issuer with its own country's names removed ("French prosecutors" -> " prosecutors")."""
    out = issuer
    for m in reversed(gazetteer.find_jurisdictions(issuer)):
        if m.kind in _COUNTRY_FORMS:
            out = out[: m.start] + " " + out[m.end :]
    return out


_UNINFORMATIVE = frozenset(_stem(w) for w in _STOP | _GENERIC)


@functools.lru_cache(maxsize=4096)
def _words(issuer: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """All stemmed words of *issuer*, and its informative ones."""
    words = tuple(_stem(w) for w in _WORD.findall(issuer))
    kept = {_stem(w) for w in _WORD.findall(_without_country(issuer))}
    informative = frozenset(w for w in kept if w and w not in _UNINFORMATIVE)
    return words, informative


def _acronyms(issuer: str) -> frozenset[str]:
    """Acronyms the issuer spells ("MIC") or abbreviates to."""
    raw = _WORD.findall(issuer)
    spelled = {w.replace(".", "") for w in raw if w.isupper() and len(w) > 1}
    initials = "".join(w[0] for w in raw if w.casefold() not in _STOP).upper()
    return frozenset(spelled | ({initials} if len(initials) > 1 else set()))


def _is_acronym_of(a: str, b: str) -> bool:
    word = a.strip().replace(".", "")
    return word.isupper() and len(word) > 1 and word in _acronyms(b)


def issuers_compatible(a: str | None, b: str | None, *, same_day: bool) -> int | None:
    """How well two issuer names agree: 3 same, 2 a shared word, 1 vague, 0 by date only.

    None means they are different authorities.

    Examples:
        >>> issuers_compatible("French prosecutors", "Paris prosecutor's office", same_day=False)
        2
        >>> issuers_compatible("MIC", "Ministry of Information and Communications", same_day=False)
        3
        >>> issuers_compatible("Roskomnadzor", "Moscow court", same_day=False) is None
        True
    """
    if a is None or b is None:
        return 1
    if a.casefold().strip() == b.casefold().strip():
        return 3
    if _is_acronym_of(a, b) or _is_acronym_of(b, a):
        return 3
    _, ta = _words(a)
    _, tb = _words(b)
    if not ta or not tb:
        return 1
    if ta & tb:
        return 2
    return 0 if same_day else None


# -- records -------------------------------------------------------------------


def _services(ids: Iterable[str]) -> set[str]:
    known = gazetteer.platforms()
    return {p for p in ids if p not in known or known[p].kind is PlatformKind.SERVICE}


def _same_day(a: PartialDate | None, b: PartialDate | None) -> bool:
    return a is not None and a.is_complete and a == b


def _date_level(a: PartialDate | None, b: PartialDate | None) -> int | None:
    if a is None or b is None:
        return 0
    if a == b:
        return 3 if a.is_complete else 2
    return 1 if a.overlaps(b) else None


def compatible(a: Directive, b: Directive) -> Score | None:
    """The score of linking two records, or None when they cannot be one act.

    The score is (date agreement, issuer agreement); higher is better.
    """
    if a.jurisdiction != b.jurisdiction or a.action != b.action:
        return None
    if set(a.source_ids) & set(b.source_ids):
        return None
    dates = _date_level(a.issued, b.issued)
    if dates is None:
        return None
    same_day = _same_day(a.issued, b.issued)
    pa_, pb = set(a.platforms), set(b.platforms)
    shared = _services(pa_ & pb)
    if pa_ != pb and not (shared and (pa_ <= pb or pb <= pa_ or same_day)):
        return None
    issuers = issuers_compatible(a.issuer, b.issuer, same_day=same_day)
    if issuers is None:
        return None
    return _SCORES[dates, issuers]


_Key = tuple[str, Any]
_Entry = int
"""A pair waiting in :class:`_Grouping`'s heap, packed by :func:`_pack`."""

_RANK = {s: (3 - s[0]) * 4 + (3 - s[1]) for s in _SCORES}
"""Each score's place, best first: the order of ``(-dates, -issuers)``."""


def _pack(score: Score, a: int, b: int, va: int, vb: int, *, bits: int) -> _Entry:
    """A heap entry for groups *a* < *b* at versions *va*, *vb*: one int.

    It packs (score's rank, a, b, va, vb) into fields of *bits* bits, the
    first highest, so entries sort as those tuples would (every number below
    ``2 ** bits``). A story a thousand outlets report makes a million pairs,
    and a tuple for each took three times the memory.
    """
    key = (_RANK[score] << bits | a) << bits | b
    return (key << bits | va) << bits | vb


def _unpack(entry: _Entry, *, bits: int) -> tuple[int, int, int, int]:
    """The groups of a heap entry and their versions: ``(a, b, va, vb)``."""
    mask = (1 << bits) - 1
    return (
        entry >> 3 * bits & mask,
        entry >> 2 * bits & mask,
        entry >> bits & mask,
        entry & mask,
    )


def _platform_keys(d: Directive) -> list[_Key]:
    """Keys two records share whenever their platforms allow :func:`compatible` to link them.

    It links equal platform sets (the whole set is one key) and sets that share
    a named service (each service is a key).
    """
    ids = set(d.platforms)
    return [("set", frozenset(ids)), *(("service", p) for p in sorted(_services(ids)))]


@attrs.define
class _Index:
    """Records by platform key and issue year: who could link with whom.

    :func:`compatible` needs a shared platform key, and issue dates that could
    name one day, so the same year or no year on either side. Issuers and
    shared sources are not looked at, so the index may offer pairs that do
    not link, never miss one that does.
    """

    keys: list[list[_Key]]
    years: list[int | None]
    by_year: defaultdict[tuple[_Key, int], list[int]] = attrs.field(
        factory=lambda: defaultdict(list)
    )
    by_key: defaultdict[_Key, list[int]] = attrs.field(
        factory=lambda: defaultdict(list)
    )
    undated: defaultdict[_Key, list[int]] = attrs.field(
        factory=lambda: defaultdict(list)
    )

    @classmethod
    def of(cls, records: Sequence[Directive]) -> _Index:
        index = cls(
            keys=[_platform_keys(d) for d in records],
            years=[d.issued.year if d.issued is not None else None for d in records],
        )
        for i, (keys, year) in enumerate(zip(index.keys, index.years, strict=True)):
            for key in keys:
                index.by_key[key].append(i)
                if year is None:
                    index.undated[key].append(i)
                else:
                    index.by_year[key, year].append(i)
        return index

    def partners(self, i: int) -> set[int]:
        """The records that could link with record *i*."""
        out: set[int] = set()
        year = self.years[i]
        for key in self.keys[i]:
            if year is None:
                out.update(self.by_key[key])
            else:
                out.update(self.by_year[key, year])
                out.update(self.undated.get(key, ()))
        out.discard(i)
        return out

    def components(self) -> list[list[int]]:
        """The records split where no chain of possible links crosses, each part in order."""
        parent = list(range(len(self.keys)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        def join(members: Iterable[int], anchor: int) -> None:
            for i in members:
                a, b = find(anchor), find(i)
                parent[max(a, b)] = min(a, b)

        for members in self.by_year.values():
            join(members, members[0])
        for key, members in self.undated.items():
            join(self.by_key[key], members[0])
        parts: defaultdict[int, list[int]] = defaultdict(list)
        for i in range(len(parent)):
            parts[find(i)].append(i)
        return sorted(parts.values())


def _combine(a: Score | None, b: Score | None) -> Score | None:
    """The score of a merged group with a third: None unless both halves link to it."""
    if a is None or b is None:
        return None
    return max(a, b)


class _Grouping:
    """Complete-linkage grouping of records that merges the clearly best pair first.

    Each step merges the best-scoring pair of groups (on a tie, the pair whose
    groups come first) that is *clear*: no group that conflicts with one side
    scores at least as well with the other. The later group joins the earlier
    one, after its members.

    Scores are kept from step to step: a merged group scores with a third as
    the better of its halves' scores, or None when either half does not link.
    Pairs wait in a heap, best first. A pair found not clear is set aside
    until a step changes the scores of one of its groups, since only those
    scores decide whether it is clear.
    """

    def __init__(self, records: Sequence[Directive]) -> None:
        n = len(records)
        index = _Index.of(records)
        self.members: dict[int, list[int]] = {i: [i] for i in range(n)}
        self.scores: dict[int, dict[int, Score]] = {i: {} for i in range(n)}
        for i in range(n):
            for j in index.partners(i):
                if i < j and (s := compatible(records[i], records[j])) is not None:
                    self.scores[i][j] = self.scores[j][i] = s
        self.version = [0] * n
        # group numbers and versions (at most one per merge) stay below n
        self.bits = max(n.bit_length(), 1)
        self.heap: list[_Entry] = [
            _pack(s, i, j, 0, 0, bits=self.bits)
            for i in range(n)
            for j, s in self.scores[i].items()
            if i < j
        ]
        heapq.heapify(self.heap)
        self.parked: defaultdict[int, list[_Entry]] = defaultdict(list)
        self.parked_now: set[_Entry] = set()

    def _clear(self, i: int, j: int) -> bool:
        score = self.scores[i][j]
        for x, y in ((i, j), (j, i)):
            other = self.scores[y]
            for k, alt in self.scores[x].items():
                if k != y and k not in other and alt >= score:
                    return False
        return True

    def _best(self) -> tuple[int, int] | None:
        while self.heap:
            entry = heapq.heappop(self.heap)
            i, j, vi, vj = _unpack(entry, bits=self.bits)
            alive = i in self.members and j in self.members
            if not alive or (vi, vj) != (self.version[i], self.version[j]):
                continue  # one of the groups has merged since
            if self._clear(i, j):
                return i, j
            self.parked_now.add(entry)
            self.parked[i].append(entry)
            self.parked[j].append(entry)
        return None

    def _merge(self, i: int, j: int) -> None:
        scores = self.scores
        self.members[i] += self.members.pop(j)
        self.version[i] += 1
        old_i, old_j = scores[i], scores.pop(j)
        touched = {i, *old_i, *old_j}
        merged: dict[int, Score] = {}
        for k in old_i.keys() | old_j.keys():
            if k in (i, j):
                continue
            scores[k].pop(i, None)
            scores[k].pop(j, None)
            s = _combine(old_i.get(k), old_j.get(k))
            if s is not None:
                merged[k] = scores[k][i] = s
        scores[i] = merged
        for k, s in merged.items():
            a, b = min(i, k), max(i, k)
            entry = _pack(s, a, b, self.version[a], self.version[b], bits=self.bits)
            heapq.heappush(self.heap, entry)
        for g in touched:
            for entry in self.parked.pop(g, ()):
                if entry in self.parked_now:
                    self.parked_now.discard(entry)
                    heapq.heappush(self.heap, entry)

    def run(self) -> list[list[int]]:
        """The groups, as record indexes, in the order of their first record."""
        while (pair := self._best()) is not None:
            self._merge(*pair)
        return [self.members[i] for i in sorted(self.members)]


def _block_groups(records: Sequence[Directive]) -> list[list[Directive]]:
    """The groups of one (jurisdiction, action) block, in the order of their first record.

    The block is split into the parts of :meth:`_Index.components` and each
    part grouped on its own. That finds the same groups as grouping the whole
    block: a group only ever holds records that link, so it never spans two
    parts, and whether a pair is clear depends only on the groups that link
    with either side, all in its own part. The cost grows with the parts, not
    with the block.
    """
    found = []
    for part in _Index.of(records).components():
        grouping = _Grouping([records[i] for i in part])
        found += [[part[i] for i in group] for group in grouping.run()]
    return [[records[i] for i in group] for group in sorted(found)]


_PRECISION_RANK = {
    DatePrecision.DAY: 0,
    DatePrecision.MONTH: 1,
    DatePrecision.MONTH_DAY: 2,
    DatePrecision.YEAR: 3,
    DatePrecision.MONTH_ONLY: 4,
}


def _merge_dates(dates: Iterable[PartialDate | None]) -> PartialDate | None:
    """The most precise date the (pairwise overlapping) *dates* allow together."""
    known = sorted(
        {d for d in dates if d is not None},
        key=lambda d: (_PRECISION_RANK[d.precision], d.iso()),
    )
    if not known:
        return None
    parts: dict[str, Any] = {}
    for d in known:
        for part in ("year", "month", "day"):
            value = getattr(d, part)
            if value is not None:
                parts.setdefault(part, value)
    try:
        return PartialDate(**parts)
    except InputError:  # pragma: no cover - pairwise overlap makes this rare
        return known[0]


def _specificity(issuer: str) -> tuple[int, int, str]:
    return (-len(_words(issuer)[1]), -len(issuer), issuer)


def _pick_issuer(members: Sequence[Directive]) -> str | None:
    curated = [
        m.issuer for m in members if m.issuer and m.provenance is Provenance.CURATED
    ]
    parsed = [m.issuer for m in members if m.issuer]
    pool = curated or parsed
    return min(pool, key=_specificity) if pool else None


def _merge_deadlines(items: Iterable[Deadline]) -> list[Deadline]:
    """Deadlines with the same due date and duration become one, evidence pooled."""
    by_key: defaultdict[tuple[str, str], list[Deadline]] = defaultdict(list)
    for d in items:
        if d.due is None:
            by_key["", repr(d.sort_key())].append(d)
        else:
            by_key[d.due.iso(), d.within.iso() if d.within else ""].append(d)
    out = []
    for group in by_key.values():
        whats = sorted({d.what for d in group if d.what})
        out.append(
            attrs.evolve(
                group[0],
                what=whats[0] if whats else None,
                evidence=[e for d in group for e in d.evidence],
            )
        )
    return out


def _merge_outcomes(items: Iterable[Outcome]) -> list[Outcome]:
    """Outcomes with the same status and date become one, evidence pooled."""
    by_key: defaultdict[tuple[str, str], list[Outcome]] = defaultdict(list)
    for o in items:
        by_key[o.status.value, o.as_of.iso() if o.as_of else ""].append(o)
    out = []
    for group in by_key.values():
        notes = sorted({o.note for o in group if o.note})
        out.append(
            attrs.evolve(
                group[0],
                note=notes[0] if notes else None,
                evidence=[e for o in group for e in o.evidence],
            )
        )
    return out


def _merge(members: Sequence[Directive]) -> Directive:
    first = members[0]
    if len(members) == 1:
        return first
    parsed = any(m.provenance is Provenance.PARSED for m in members)
    return attrs.evolve(
        first,
        issuer=_pick_issuer(members),
        platforms=[p for m in members for p in m.platforms],
        targets_intermediaries=any(m.targets_intermediaries for m in members),
        issued=_merge_dates(m.issued for m in members),
        deadlines=_merge_deadlines(x for m in members for x in m.deadlines),
        outcomes=_merge_outcomes(x for m in members for x in m.outcomes),
        source_ids=[s for m in members for s in m.source_ids],
        evidence=[e for m in members for e in m.evidence],
        provenance=Provenance.PARSED if parsed else Provenance.CURATED,
        references=[r for m in members for r in m.references],
    )


def with_dataset_id(d: Directive, *, scoped: bool = False) -> Directive:
    """*d* with the id the dataset gives it: from its facts (and its sources when *scoped*)."""
    return attrs.evolve(
        d,
        id=directive_id(
            jurisdiction=d.jurisdiction,
            action=d.action.value,
            platforms=d.platforms,
            issued=d.issued,
            issuer=d.issuer,
            scope=d.source_ids if scoped else (),
        ),
    )


def _canonical(d: Directive) -> tuple[Any, ...]:
    return (d.source_ids, d.id, d.issued.iso() if d.issued else "", d.issuer or "")


def link(directives: Iterable[Directive]) -> list[Directive]:
    """Merge the records that report one real-world act; give every record its dataset id.

    The result does not depend on the order of *directives*. Ids come from the
    linked facts (:func:`~regwatch.model.directive_id` without scope); where two
    records that stay apart would get one id, both get ids scoped by their sources.

    Examples:
        >>> from regwatch.model import Directive
        >>> a = Directive(id="0" * 16, jurisdiction="FR", action="prosecution",
        ...     platforms=["telegram"], issuer="prosecutors",
        ...     issued=PartialDate.from_iso("2024-08"), source_ids=["a" * 64])
        >>> b = attrs.evolve(a, id="1" * 16, issuer="Paris prosecutor's office",
        ...     issued=PartialDate.from_iso("2024-08-24"), source_ids=["b" * 64])
        >>> [(d.issued.iso(), d.issuer, len(d.source_ids)) for d in link([a, b])]
        [('2024-08-24', "Paris prosecutor's office", 2)]
    """
    blocks: defaultdict[tuple[str, str], set[Directive]] = defaultdict(set)
    for d in directives:
        blocks[d.jurisdiction, d.action.value].add(d)
    first = []
    for key in sorted(blocks):
        # a block's records go once it is linked: but for the block in hand,
        # a large build holds each record before or after linking, not both
        records = sorted(blocks.pop(key), key=_canonical)
        first += [with_dataset_id(_merge(g)) for g in _block_groups(records)]
        del records
    counts: defaultdict[str, int] = defaultdict(int)
    for d in first:
        counts[d.id] += 1
    return [with_dataset_id(d, scoped=True) if counts[d.id] > 1 else d for d in first]
