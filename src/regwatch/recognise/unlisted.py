"""Platforms the gazetteer does not list, found by how the text introduces them.

News names a service nobody has listed yet the way it names any service: "the
lending app Zorblo", "the Zorblo and Fenwix apps", "Zorblo, a crypto exchange",
"zorblo.com". Only these frames count, so a capitalised word alone is never a
platform. The id is the name as a lowercase slug ("Bit Station" is
``bit-station``, "zorblo.com" is ``zorblo``), the spelling a reader would give it.
Callers drop what the gazetteer already names as a platform, a place, an
authority or a person.
"""

from __future__ import annotations

import calendar
import re

__all__ = ["find_unlisted", "slug"]

# what a service is called; lowercase only, so "the Digital Services Act" is no frame
_KIND = (
    r"(?:apps?|applications?|platforms?|websites?|sites?|services?|exchanges?"
    r"|messengers?|marketplaces?|forums?|games?|wallets?|portals?)"
    r"(?![^\S\n]+stores?\b)"  # "its Indian app stores"
)
# a space within one line: a frame never runs across a headline, byline or dateline
_S = r"[^\S\n]"
# what may stand between a name and its kind: "the Zorblo lending app", "the Fenwix
# ride-hailing service", never a verb ("the Cabinet wanted platforms")
_MODIFIER = (
    rf"(?:{_S}+(?:[a-z]+ing|[a-z]+-[a-z-]+|crypto|loan|chat|video|news|piracy))?"
)
# one capitalised word of a name: "Zorblo", "KeCredit", "1xBet", "Bit-Go", "FIFA"
_WORD = r"(?:[A-Z][A-Za-z0-9]*(?:[.&+-][A-Za-z0-9]+)*|\d+[A-Za-z][A-Za-z0-9]*)"
# up to three words, the later ones may be a number ("FIFA 18")
# a number joins a name ("FIFA 18"), not an amount or a count ("Zorblo 2 million")
_NUMBER = (
    rf"\d{{1,4}}\b(?!{_S}*(?:%|[-.,]\d|(?:million|billion|thousand|trillion|crore|lakh"
    r"|per|percent|years?|months?|weeks?|days?|hours?|minutes?|users?|people|times)\b))"
)
_NAME = rf"{_WORD}(?:{_S}(?:{_WORD}|{_NUMBER})){{0,2}}(?!')"
_LIST = (
    rf"(?P<names>{_NAME}(?:{_S}*,{_S}*{_NAME}){{0,8}}"
    rf"(?:{_S}*,?{_S}+(?:and|or){_S}+{_NAME})?)"
)

# each frame is asked only around a word for a kind of service
_KIND_WORD = re.compile(rf"\b{_KIND}\b")
# "the lending app Zorblo", "piracy sites Zorblo, Fenwix and Qux", "apps such as Zorblo"
_NAMES_AFTER = re.compile(
    rf"{_S}+(?:(?:such{_S}+as|including|like|called|named){_S}+)?{_LIST}(?![\w-])"
)
# "the Zorblo app", "its KeCredit and FairKash lending apps"
_NAMES_BEFORE = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir|his|her|a|an){_S}+{_LIST}{_MODIFIER}{_S}+\Z"
)
# "Zorblo, a Nairobi-based crypto exchange,": found from its comma, then the name
# before it, so the scan runs at the speed of a search for a comma
_APPOSED_KIND = re.compile(
    rf",{_S}+(?:a|an|the){_S}+"
    rf"(?:(?!company|firm|owner|operator|maker|behind|of)[\w-]+{_S}+){{0,3}}?{_KIND}\b"
)
_NAME_BEFORE = re.compile(rf"(?<![\w-])(?P<names>{_NAME})\Z")
_ONE = re.compile(_NAME)
# "zorblo.com": found from its ending, then the name before it
_DOMAIN_END = re.compile(r"\.(?:com|net|org|io|tv|to|me|cc|co|info|app)(?![\w.-])")
_DOMAIN_NAME = re.compile(r"(?<![@\w.-])[A-Za-z0-9][A-Za-z0-9-]{1,40}\Z")

# capitalised words that open a sentence or a title, never a service's name
_NOT_NAMES = frozenset(
    [
        *calendar.day_name,
        *calendar.month_name[1:],
        *"""
    The This That These Those It Its Their His Her Our Your My A An And Or But
    In On At For With From By Of To As If When While After Before Since Until
    Mr Ms Mrs Dr President Minister Ministry Government Court Police State National Federal
    Official Mobile Online Internet Web Digital Internal Local Foreign Several Some
    All Both Other Many Most Such Any Each Every No Not New Old Top Popular Major
    Chinese American Russian Western Eastern Islamic Muslim Christian Social Video
    Messaging Dating Crypto Payment Payments Gaming Betting Lending Loan Ride Taxi
    Apple Google Play Store App Stores Android OTT Parliament Congress
    Senate Cabinet
    """.split(),  # noqa: SIM905 - a word list reads best as words
    ]
)
# "the Chinese-owned app", "the Toronto-based exchange": where it is from, not its name
_NOT_NAME_ENDINGS = ("-owned", "-based", "-founded", "-language", "-made", "-run")


def _joins(c: str) -> bool:
    """Is *c* a character that would join a name to its neighbour (a word character or hyphen)?"""
    return c.isalnum() or c in "_-"


def slug(name: str) -> str:
    """The id a name is given: lowercase, with runs of other characters as one hyphen.

    Examples:
        >>> slug("Bit Station")
        'bit-station'
        >>> slug("FIFA 18")
        'fifa-18'
    """
    return "-".join(re.findall(r"[a-z0-9]+", name.lower()))


def _names(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The names listed in ``text[start:end]``, with their spans and slugs."""
    found = []
    for m in _ONE.finditer(text, start, end):
        first = m.group().split()[0]
        if first in _NOT_NAMES or m.group().endswith(_NOT_NAME_ENDINGS):
            continue
        found.append((m.start(), m.end(), slug(m.group())))
    return found


def _framed(text: str) -> list[tuple[int, int]]:
    """The stretches of *text* that name services by a frame, each asked around its kind word or comma."""
    spans = []
    for m in _KIND_WORD.finditer(text):
        after = _NAMES_AFTER.match(text, m.end())
        if after is not None:
            spans.append(after.span("names"))
        # a name ends right before the kind, or before one word that qualifies it
        near = text[max(0, m.start() - 40) : m.start()].split()[-2:]
        if any(w[:1].isupper() or w[:1].isdigit() for w in near):
            before = _NAMES_BEFORE.search(text, max(0, m.start() - 150), m.start())
            if before is not None:
                spans.append(before.span("names"))
    for m in _APPOSED_KIND.finditer(text):
        name = _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if name is not None:
            spans.append(name.span("names"))
    return spans


def find_unlisted(text: str) -> list[tuple[int, int, str]]:
    """The unlisted services *text* introduces, as (start, end, id), in text order.

    Examples:
        >>> find_unlisted("Regulators fined the lending apps Zorblo and Fenwix.")
        [(34, 40, 'zorblo'), (45, 51, 'fenwix')]
        >>> find_unlisted("It blocked zorblo.com on Monday.")
        [(11, 17, 'zorblo')]
        >>> find_unlisted("The Digital Services Act applies from Monday.")
        []
    """
    found: dict[int, tuple[int, int, str]] = {}
    for a, b in _framed(text):
        for hit in _names(text, a, b):
            found.setdefault(hit[0], hit)
    for m in _DOMAIN_END.finditer(text):
        name = _DOMAIN_NAME.search(text, max(0, m.start() - 41), m.start())
        if name is not None and name.group() not in _NOT_NAMES:
            found.setdefault(
                name.start(), (name.start(), name.end(), slug(name.group()))
            )
    return _told_again(text, _fuller(list(found.values())))


def _fuller(hits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """One service named in full, then in short ("Samourai Wallet ... the Samourai app"): the fuller id."""
    ids = {id_ for _start, _end, id_ in hits}
    fuller = {}
    for id_ in ids:
        longer = [other for other in ids if other.startswith(id_ + "-")]
        if len(longer) == 1:
            fuller[id_] = longer[0]
    return [(start, end, fuller.get(id_, id_)) for start, end, id_ in hits]


def _told_again(
    text: str, hits: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Each name introduced once is the same service wherever else the text names it."""
    found = {start: (start, end, id_) for start, end, id_ in hits}
    names = {text[start:end]: id_ for start, end, id_ in hits}
    for name, id_ in names.items():
        if len(name) < 4:  # noqa: PLR2004 - a short name elsewhere is too likely another word
            continue
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if not _joins(text[at - 1 : at]) and not _joins(text[end : end + 1]):
                found.setdefault(at, (at, end, id_))
            at = text.find(name, end)
    return [found[k] for k in sorted(found)]
