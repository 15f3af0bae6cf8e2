"""Cases for the gazetteer finders (#2, #3).

Each case is a sentence written for these tests and the matches a finder must
return, as ``(text, id)`` pairs in text order (authorities add the code). The
tables are grouped by the rule they pin down.
"""

from __future__ import annotations

import attrs


@attrs.frozen(kw_only=True)
class Case:
    """One finder input and the matches expected from it."""

    id: str
    text: str
    expect: tuple[tuple[str, ...], ...]


def case(id: str, text: str, *expect: tuple[str, ...]) -> Case:  # noqa: A002
    """Build a case; *expect* lists ``(matched text, id[, code])`` tuples."""
    return Case(id=id, text=text, expect=tuple(expect))


JURISDICTIONS = [
    case("name", "Officials in Vietnam spoke.", ("Vietnam", "VN")),
    case(
        "common-name-and-iso-name",
        "Viet Nam and Vietnam",
        ("Viet Nam", "VN"),
        ("Vietnam", "VN"),
    ),
    case("straight-apostrophe", "Nepal's cabinet met.", ("Nepal", "NP")),
    case("curly-apostrophe", "Nepal\u2019s cabinet met.", ("Nepal", "NP")),
    case("demonym", "Malaysian regulators acted.", ("Malaysian", "MY")),
    case("capital", "A ruling from Kathmandu came.", ("Kathmandu", "NP")),
    case("alias", "The Russian Federation said so.", ("Russian Federation", "RU")),
    case("supranational", "The EU and the UN", ("EU", "EU"), ("UN", "UN")),
    case("place-us-state", "Lawmakers in Montana voted.", ("Montana", "US")),
    case("place-brazil-state", "a court in Sergipe", ("Sergipe", "BR")),
    case(
        "accent-free-twin",
        "judges in Brasilia and Brasília",
        ("Brasilia", "BR"),
        ("Brasília", "BR"),
    ),
    case("line-start", "Ukraine acted first.", ("Ukraine", "UA")),
    case("line-end", "It happened in Ukraine", ("Ukraine", "UA")),
]

JURISDICTIONS_LONGEST = [
    case("north-korean-over-korean", "North Korean hackers", ("North Korean", "KP")),
    case("new-mexico-over-mexico", "a law in New Mexico", ("New Mexico", "US")),
    case("papua-new-guinea", "Papua New Guinea voted", ("Papua New Guinea", "PG")),
    case(
        "hyphen-or-space",
        "Guinea Bissau and Guinea-Bissau",
        ("Guinea Bissau", "GW"),
        ("Guinea-Bissau", "GW"),
    ),
    case("south-sudan-over-sudan", "South Sudan's government", ("South Sudan", "SS")),
]

JURISDICTIONS_WORD_BOUNDS = [
    case("indiana-is-not-indian", "Indiana passed a bill", ("Indiana", "US")),
    case("no-match-inside-a-word", "Romanian food in Chinatown", ("Romanian", "RO")),
    case(
        "plural-demonym",
        "Nigerians and Americans",
        ("Nigerians", "NG"),
        ("Americans", "US"),
    ),
    case(
        "digits-glue",
        "Model X9Iran3",
    ),
]

JURISDICTIONS_AMBIGUOUS = [
    case("us-upper", "The US fined them.", ("US", "US")),
    case(
        "us-pronoun",
        "They told us nothing.",
    ),
    case(
        "us-title-case",
        "Us and them.",
    ),
    case(
        "uk-lower",
        "uk is not a word here",
    ),
    case("turkey-country", "Turkey blocked it.", ("Turkey", "TR")),
    case(
        "turkey-bird",
        "a roast turkey dinner",
    ),
    case("chad-country", "troops left Chad in May", ("Chad", "TD")),
    case(
        "chad-first-name",
        "Chad Miller wrote it",
    ),
    case(
        "jordan-surname",
        "Michael Jordan retired",
    ),
    case(
        "jersey-garment",
        "a football jersey",
    ),
    case("new-jersey", "New Jersey sued", ("New Jersey", "US")),
    case(
        "georgia-us-state", "Georgia Governor Brian Kemp signed it", ("Georgia", "US")
    ),
    case(
        "georgia-country",
        "Georgia and Armenia signed it",
        ("Georgia", "GE"),
        ("Armenia", "AM"),
    ),
    case(
        "latin-america-is-not-us",
        "across Latin America",
    ),
    case("american-is-us", "American lawmakers", ("American", "US")),
    case(
        "indian-ocean",
        "the Indian Ocean",
    ),
    case(
        "wellington-first-name",
        "Judge Wellington Lopes ruled",
    ),
    case(
        "guinea-pig",
        "a guinea pig",
    ),
]

PLATFORMS = [
    case("service", "Regulators fined TikTok.", ("TikTok", "tiktok")),
    case(
        "game-and-its-mobile-edition",
        "PUBG, PUBG Mobile and PlayerUnknown's Battlegrounds",
        ("PUBG", "pubg"),
        ("PUBG Mobile", "pubg-mobile"),
        ("PlayerUnknown's Battlegrounds", "pubg"),
    ),
    case("possessive", "Telegram\u2019s founder", ("Telegram", "telegram")),
    case(
        "company-and-product",
        "Google\u2019s YouTube was fined",
        ("Google\u2019s YouTube", "youtube"),
    ),
    case(
        "facebook-messenger",
        "Facebook Messenger and WhatsApp",
        ("Facebook Messenger", "messenger"),
        ("WhatsApp", "whatsapp"),
    ),
    case("twitter-is-x", "posts on Twitter", ("Twitter", "x")),
    case("meta-is-facebook", "Meta Platforms was told", ("Meta Platforms", "facebook")),
    case(
        "meta-prefix",
        "a meta-analysis",
    ),
    case(
        "social-media-class",
        "all social media platforms",
        ("social media platforms", "social-media"),
    ),
    case(
        "social-media-sentence-start",
        "Social media firms",
        ("Social media", "social-media"),
    ),
    case(
        "ott-class",
        "OTT messaging services must register",
        ("OTT messaging services", "messaging"),
    ),
    case("vpn-class", "VPNs were banned", ("VPNs", "vpn")),
    case(
        "video-sharing-space",
        "video sharing platforms",
        ("video sharing platforms", "video-sharing"),
    ),
    case("app-store-class", "removed from app stores", ("app stores", "app-store")),
    case(
        "apple-store",
        "Apple\u2019s App Store",
        ("Apple\u2019s App Store", "apple-app-store"),
    ),
    case(
        "gold-slug",
        "UC Browser and Club Factory",
        ("UC Browser", "uc-browser"),
        ("Club Factory", "club-factory"),
    ),
]

PLATFORMS_CONTEXT = [
    case("x-formerly", "X, formerly Twitter, said", ("X", "x"), ("Twitter", "x")),
    case("x-owner", "Musk's X was suspended", ("X", "x")),
    case(
        "x-platform",
        "the social media platform X",
        ("social media platform", "social-media"),
        ("X", "x"),
    ),
    case(
        "x-in-a-list",
        "YouTube, X and Reddit",
        ("YouTube", "youtube"),
        ("X", "x"),
        ("Reddit", "reddit"),
    ),
    case(
        "x-decree",
        "Decree X takes effect",
    ),
    case(
        "x-ray",
        "an X-ray machine",
    ),
    case(
        "x-malcolm",
        "Malcolm X spoke",
    ),
    case("signal-app", "use the Signal messenger", ("Signal messenger", "signal")),
    case(
        "signal-in-a-list",
        "Signal, Viber and WhatsApp",
        ("Signal", "signal"),
        ("Viber", "viber"),
        ("WhatsApp", "whatsapp"),
    ),
    case(
        "signal-noun",
        "a clear signal to investors",
    ),
    case(
        "signal-of", "A Signal of intent from the app store", ("app store", "app-store")
    ),
    case(
        "line-app",
        "the messaging app Line",
        ("messaging app", "messaging"),
        ("Line", "line"),
    ),
    case("line-noun", "toe the line, they said"),
    case(
        "rumble-verb",
        "protests rumble on",
    ),
    case("rumble-platform", "Rumble was suspended", ("Rumble", "rumble")),
    case(
        "threads-noun",
        "threads of cotton",
    ),
]

AUTHORITIES = [
    case("regulator", "Roskomnadzor said", ("Roskomnadzor", "Roskomnadzor", "RU")),
    case(
        "acronym",
        "the MCMC said",
        ("MCMC", "Malaysian Communications and Multimedia Commission", "MY"),
    ),
    case(
        "curly-possessive-office",
        "the Paris prosecutor\u2019s office",
        ("Paris prosecutor\u2019s office", "Paris prosecutor's office", "FR"),
    ),
    case(
        "generic-ministry",
        "the Ministry of Information and Communications",
        (
            "Ministry of Information and Communications",
            "Ministry of Information and Communications",
            "",
        ),
    ),
    case(
        "generic-court",
        "the Supreme Court ruled",
        ("Supreme Court", "Supreme Court", ""),
    ),
    case(
        "longest-court",
        "Brazil's Supreme Court ruled",
        ("Brazil's Supreme Court", "Supreme Federal Court", "BR"),
    ),
    case(
        "acronym-lower-is-not",
        "the mic was on",
    ),
]

INTERMEDIARIES = [
    case(
        "telecom", "ordered telecom providers to act", ("telecom providers", "telecom")
    ),
    case(
        "isp",
        "internet service providers and ISPs",
        ("internet service providers", "isp"),
        ("ISPs", "isp"),
    ),
    case(
        "carriers-with-cue",
        "mobile carriers must block it",
        ("mobile carriers", "telecom"),
    ),
    case(
        "aircraft-carriers",
        "two aircraft carriers sailed",
    ),
    case(
        "app-stores",
        "Apple and Google must remove the apps from their stores",
        ("Apple and Google", "app-store"),
    ),
]
