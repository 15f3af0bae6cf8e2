"""Stage 4, assemble: mentions in, directives out, every field with its evidence.

A directive starts at an action trigger that no negation, threat or condition
governs. Its platforms, jurisdiction, issuer, dates and intermediaries come
from the same sentence (an anaphor such as "the app" stands for the platform
the article is about); deadlines and dates stated in the sentences that follow
("The decision was taken on Friday", "report back by June 2") attach to the
directive they refer to. Mentions of one act are merged; outcome cues become
a dated series on the directives whose platforms they name.
"""

from __future__ import annotations

import bisect
import collections
import datetime as dt
import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from importlib.resources import files
from typing import Any, NamedTuple

import attrs

from regwatch import gazetteer
from regwatch.dates import IsoDuration, PartialDate
from regwatch.model import Deadline, Directive, Evidence, Outcome, directive_id
from regwatch.recognise.anchors import tokens
from regwatch.recognise.cues import (
    Cue,
    clause_start,
    find_outcome_cues,
    find_triggers,
    is_hedged,
)
from regwatch.recognise.temporal import (
    DUE_DATE_BEFORE,
    WEEKDAY_BEFORE,
    Temporal,
    TemporalKind,
    find_temporals,
)
from regwatch.recognise.unlisted import find_unlisted
from regwatch.segment import Sentence
from regwatch.vocab import Action, OutcomeStatus

__all__ = ["assemble"]

_WINDOW = 400  # characters either side of a trigger that can hold its facts; bounds the work on huge sentences
_NEAR = 40  # characters: a date this close to a duration is its due date
# an act the lead reports as news happened within this many days of the report
_NEWS_DAYS = 31
# the headline and the first sentences (the lead) tell the news the article is about
_LEAD = 3
_BLOCK_LIKE = frozenset({Action.BLOCK, Action.THROTTLE, Action.DEVICE_BAN})
# a regime covers every platform it names, sentence after sentence
_REGIMES = frozenset({Action.REGISTRATION, Action.LEGISLATION})
# sentences from a law's own on which its scope may be told
_LAW_WINDOW = 3
_ACCESS_ACTIONS = frozenset({Action.BLOCK, Action.THROTTLE, Action.UNBLOCK})
# block-like acts and the liftings that end them
_BLOCKS_AND_LIFTINGS = _BLOCK_LIKE | {Action.UNBLOCK}
# acts addressed to a company, each to its own
_ADDRESSED = frozenset(
    {
        Action.CONTENT_REMOVAL,
        Action.DATA_REQUEST,
        Action.COOPERATION_REQUEST,
        Action.FINE,
        Action.PROSECUTION,
    }
)
# how far a subject may stand before its verb: "the regulator (TRC) on Monday blocked"
_SUBJECT_GAP = 40
_SUBJECT_BRIDGE = re.compile(
    r"(?:\s*\([^()]{1,30}\)|\s+(?:on|last|this)\s+\w+|\s+\w+ly|\s+(?:has|have|had|was|were|is|also|then|later|swiftly))*\s*",
    re.IGNORECASE,
)
_REGULATOR = "telecom-regulator"
# the nouns that stand for a platform already named, one or several
_SERVICE_NOUN = (
    r"(?:app|messenger|service|platform|site|website|network|application|exchange|game)"
)
_ANAPHOR = re.compile(
    # "the Meta-owned app": an owner's name before the noun still points back
    # "the U.S. exchange", "the Chinese app": where it is from still points back
    r"\b(?:the|its|this|that)\s+(?:[\w.]+-owned\s+|(?-i:[A-Z])[\w.]*\s+)?(?:messaging\s+|short[- ]video\s+|video\s+|encrypted\s+|social\s+)?"
    # not a name's words ("the Digital Services Act")
    r"(?:"
    + _SERVICE_NOUN
    + r"s?|company|firm)\b(?!\s+(?-i:[A-Z]))|\bits\s+(?:CEO|founder|chief)",
    re.IGNORECASE,
)
# "restrict access." with no "to ...": access to what the story is about
_BARE_ACCESS = re.compile(r"\s+access\b(?!\s+(?:to|for)\b)")
_ACCESS_OBJECT = re.compile(r"\s+(?:to|for|of)\b")
# "the four platforms", "these services": every platform named before, not one
_PLURAL_ANAPHOR = re.compile(
    r"\b(?:the|these|those|all\s+(?:the\s+)?|both|the\s+same)\s+"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
    r"(?:messaging\s+|social(?:\s+media)?\s+|video\s+|banned\s+|blocked\s+)?"
    + _SERVICE_NOUN
    + r"s\b",
    re.IGNORECASE,
)
_REFERENCE = re.compile(
    r"\b(?:the|this|that|its|his)\s+(?:directive|order|decision|document|ruling|decree|bans?|measures?|restrictions?|"
    r"blocks?|blockings|suspensions?|curbs|instruction|memorandum|move|rules?|law|framework|ultimatum|requirement|"
    r"regime|regulations?)\b",
    re.IGNORECASE,
)
# a sentence naming more of an act's targets: "The list also includes ...", "YouTube was added"
_MORE_TARGETS = re.compile(
    r"\b(?:the\s+list|among\s+them|(?:was|were)\s+(?:also\s+)?added|"
    r"(?:also|further)\s+(?:includes?|included|covers?|covered|names?|named))\b",
    re.IGNORECASE,
)
_DATED = re.compile(
    r"\b(?:dated|taken\s+(?:at\s+[^.;]{0,40}\s+)?on|decided\s+on|"
    r"(?:signed|issued|adopted|announced|gazetted|published|promulgated|enacted|unveiled)\s+"
    r"(?:(?:the|its|this|that)\s+(?:[\w-]+\s+){0,2})?on|"
    r"was\s+(?:taken|adopted|issued|signed|gazetted)\b[^.;]{0,60})\s*$",
    re.IGNORECASE,
)
_NOT_ISSUED = re.compile(
    r"\b(?:by|until|till|before|from|no\s+later\s+than|since|deadline|effective|effect\s+on|expire[sd]?\s+on|"
    r"between|and|through)\s*(?:midnight\s+on\s+|the\s+)?$",
    re.IGNORECASE,
)
_DEADLINE_DATE = re.compile(
    r"\b(?:by|no\s+later\s+than|before\s+the|deadline\s+of|ahead\s+of\s+a|until)\s+(?:midnight\s+on\s+)?$"
    r"|"
    + DUE_DATE_BEFORE
    + r"|\b(?:from|effect\s+on|effective\s+on|effective|(?:take|takes|took)\s+effect\s+(?:on|in)|"
    r"(?:come|comes|came|enter|enters|entered)\s+into\s+force\s+(?:on|in)|apply\s+from(?:\s+midnight\s+on)?|"
    r"kick(?:s|ed)?\s+in\s+(?:on|in))\s+$",
    re.IGNORECASE,
)
# "which had registered", "were registered", "Viber registered": a platform told as compliant
_MET_BEFORE = re.compile(
    r"(?:\b(?:which|that|who)\s+(?:had|has|have)?\s*|\b(?:were|was|had|has|have)(?:\s+been)?\s+)$",
    re.IGNORECASE,
)
# "sites that hold the appropriate licences", "none holds a licence", "the regulator
# that licenses providers": a licence held, lacked or granted as a matter of course,
# not a demand to get one
_HELD_BEFORE = re.compile(
    r"(?:\b(?:hold|holds|holding|held|lack|lacks|lacking|lacked|without|no)\s+"
    r"(?:(?:a|an|the|any|appropriate|required|valid|proper|necessary|their|its)\s+)*"
    r"(?:[\w-]+\s+)?"
    r"|\b(?:regulator|authority|agency|body|commission|ministry),?\s+(?:that|which)\s+)$",
    re.IGNORECASE,
)
_OBJECT_GAP = re.compile(r"\s+(?:the\s+)?")
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_BINDS = re.compile(
    r"\s*(?:They|These|The\s+(?:rules|directions|law|decree|regulations?|measures))\s+"
    r"(?:also\s+)?(?:require|requires|oblige|obliges|apply\s+to|applies\s+to|cover|covers|order|orders|tell|tells)\b"
)
# "They were originally due to take effect after 60 days": the instrument just told
_THEY = re.compile(r"\s*(?:They|These)\s+(?:were|are|will|would|had|have)\b")
# what a refusal of a law speaks of: the law, or complying with it
_LAW_WORD = re.compile(
    r"\b(?:rules?|laws?|provisions?|decree|regulations?|legislation|directions|compl(?:y|iance))\b",
    re.IGNORECASE,
)
_DEADLINE_WORD = re.compile(r"\bdeadlines?\b", re.IGNORECASE)
# a sentence telling when something binds: it speaks of the act just told
_IN_FORCE = re.compile(
    r"\b(?:come|comes|came|coming|enter|enters|entered|entering)\s+into\s+(?:force|effect)\b"
    r"|\b(?:take|takes|took|taking)\s+effect\b|\bkick(?:s|ed|ing)?\s+in\b",
    re.IGNORECASE,
)
# a date framed as the bound of a state or a duty
_FRAME_BEFORE = re.compile(
    r"\b(?:by|from|until)\s+(?:midnight\s+on\s+)?$", re.IGNORECASE
)
# "from February 2019 to July 2023": the date opens a span, it is no time limit
_RANGE_END = re.compile(
    r"\s*(?:-|–|to|until|till|through)\s+(?:early\s+|mid-?|late\s+)?"
    r"(?:\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|20\d\d)",
)
# words that make a date a duty's: "must report by", "gave them until", "is due from"
_DUTY = re.compile(
    r"\b(?:must|shall|should|ha(?:s|ve|d)\s+to|needs?\s+to|requir(?:e|es|ed|ing)|oblige[sd]?|"
    r"expected\s+to|(?:is|are)\s+to|will|would(?!\s+not\b|n)|due|deadline|ultimatum|"
    r"gave|give[ns]?|giving|grant(?:s|ed|ing)?|allow(?:s|ed|ing)?|ask(?:s|ed|ing)?|"
    r"order(?:s|ed|ing)?|tell(?:s|ing)?|told|instruct(?:s|ed|ing)?|direct(?:s|ed|ing)?|"
    r"demand(?:s|ed|ing)?|urg(?:es|ed|ing)|take[sn]?\s+effect|took\s+effect|in\s+force|"
    r"appl(?:y|ies)|effective|starting|begin(?:s|ning)?)\b",
    re.IGNORECASE,
)
# "by Friday to report back": the date of a duty told after it
_TO_DO_AFTER = re.compile(r"[^.;]{0,25}?\bto\s+[a-z]", re.IGNORECASE)
# what may stand before the date's frame when it opens its clause: nothing, "and", a semicolon
_CLAUSE_OPENING = re.compile(
    r"\s*[\"'\u201c]?|.*(?:[;:]|\band)\s*", re.DOTALL | re.IGNORECASE
)
# "providers had until Aug. 24 to comply": a time to obey the act just told
_TO_COMPLY = re.compile(r"\bto\s+comply\b", re.IGNORECASE)
_DEADLINE_AFTER = re.compile(
    r"\s*(?:deadline|,\s*20\d\d\s+deadline|the\s+deadline\b)", re.IGNORECASE
)
_DURATION_CUE_BEFORE = re.compile(
    # ("no more than 30 days"; "after more than a year of trying" is how long something took)
    r"\b(?:within|gave|given|giving|give|effect\s+after|another|(?:no|not)\s+more\s+than)\b[^.;]{0,50}$"
    # "will take effect in 12 months", "come into force no later than 180 days after":
    # the time allowed before it binds
    r"|\b(?:take|takes|took)\s+effect\s+in\s+$"
    r"|\b(?:come|comes|came|enter|enters|entered)\s+into\s+force\s+(?:in\s+|within\s+|no\s+later\s+than\s+)?$"
    # "had 24 hours to", not "had restored the service, roughly a day after"
    r"|\b(?:have|has|had|get|gets|got)\s+(?:only\s+|just\s+|another\s+|until\s+)?$",
    re.IGNORECASE,
)
_DURATION_CUE_AFTER = re.compile(
    r"(?:\s+(?:from\s+\S+\s+\S+\s+)?to\s+\w|\s+deadline\b|,\s+until\b)",
    re.IGNORECASE,
)
_OWN_START_AFTER = re.compile(
    r"\s+(?:of|after|from)\s+(?:the\s+|its\s+)?(?:receiv\w*|receipt|being\s+\w+|"
    # "60 days after official publication", "180 days after royal assent"
    r"(?:official\s+)?(?:publication|promulgation|royal\s+assent|enactment)\b|"
    r"(?:a|each|any)\s+(?:request|complaint|notice|notification)s?)\b",
    re.IGNORECASE,
)
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_AFTER_EFFECT = re.compile(
    r"\s+after\s+(?:the\s+[\w-]+\s+|it\s+)?(?:takes|took|comes|came|enters|entered)\s+(?:effect|into\s+force)",
    re.IGNORECASE,
)
# told in the past: the day an act began, not one it must meet
_TOOK_EFFECT_BEFORE = re.compile(
    r"\b(?:took|went\s+into|came\s+into)\s+(?:effect|force)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_EFFECTIVE_BEFORE = re.compile(
    r"\b(?:from|effective(?:\s+on)?|takes?\s+effect\s+on|took\s+effect\s+on|in\s+force\s+(?:from|on))\s+$",
    re.IGNORECASE,
)
# "had seven days from Aug. 28 to register": a time limit runs from the day it was set
_LIMIT_START = re.compile(
    r"\b[\w-]+\s+(?:hours|days|weeks|months)\s+from\s+$", re.IGNORECASE
)
_START_BEFORE = re.compile(r"\b(?:from|since|starting)\s+$", re.IGNORECASE)
# "100,000 visits a month", "three times a week": a rate, not a time allowed
_RATE = re.compile(r"an?\s+(?:day|week|month|year)\b", re.IGNORECASE)
_RATE_BEFORE = re.compile(
    r"(?:\b\d[\d,.]*\s+(?:million\s+|billion\s+)?[\w-]+|\btimes)\s+$", re.IGNORECASE
)
_POSSIBLE_BEFORE = re.compile(
    r"\b(?:could|might|may)\s+(?:[\w-]+\s+){1,3}within\s+$", re.IGNORECASE
)
_PERIOD_BEFORE = re.compile(
    r"\b(?:for|lasted|last)\s+(?:roughly\s+|about\s+|nearly\s+|almost\s+|over\s+|(?:more|less)\s+than\s+|the\s+(?:next|past|last)\s+)?$",
    re.IGNORECASE,
)
_INSTRUMENT_BEFORE = re.compile(
    # "The law, SB 419, forbids": an appositive may name the instrument
    r"\b(?:law|bill|legislation|measure|act|decree|rules?|provisions?)(?:\s*,\s*[^,.;]{1,30},)?"
    r"\s+(?:that\s+)?(?:would\s+)?(?:effectively\s+)?$",
    re.IGNORECASE,
)
_MEDIUM_BEFORE = re.compile(
    r"\b(?:statement|post|posted|announc\w+|account|video|channel|wrote|message|said|"
    r"shar(?:e|es|ed|ing)|comment(?:s|ed|ing)?|livestream\w*|upload\w*)\b[^.;]{0,25}\b(?:on|via|through)\s+(?:his\s+|her\s+|its\s+|their\s+)?$",
    re.IGNORECASE,
)
# "social media users", "social network accounts": people and their accounts, not the platforms
_PEOPLE_AFTER = re.compile(r"\s+(?:users?|accounts?)\b", re.IGNORECASE)
# the nouns that make a place before them where a company is from
_COMPANY_NOUN = r"(?:company|firm|start-?up|giant|exchange)\b"
_OWNER_CONTEXT = re.compile(
    r"(?:-owned|-based|-made|'s\s+(?:parent|owner)"
    # "the San Francisco company", "the Chinese firm": where a platform is from
    r"|\s+(?:(?:tech(?:nology)?|internet|social\s+media)\s+)?" + _COMPANY_NOUN + ")",
    re.IGNORECASE,
)
# "the US facial recognition company": a country told as where a company is from
_ORIGIN_AFTER = re.compile(
    r"\s+(?:(?!(?:the|a|an|and|or|but|to|of|in|on|at|for|with|by|from|as|after|before|over|"
    r"against|about|into|under|than|while|when|is|was|has|had|said|says)\b)(?-i:[a-z][\w-]*)\s+){1,2}"
    + _COMPANY_NOUN,
    re.IGNORECASE,
)
# "the Chinese artificial intelligence app", "Chinese apps": where an app is from
_APP_ORIGIN_AFTER = re.compile(
    r"(?:-owned|-made)?\s+(?:(?!(?:the|a|an|and|or|but|to|of|in|on|at|for|with|by|from|as|"
    r"is|was|has|had|said|says)\b)(?-i:[a-z][\w-]*)\s+){0,2}?(?:apps?|chatbots?)\b",
    re.IGNORECASE,
)
_OWNER_BEFORE = re.compile(
    r"\b(?:owned\s+by|based\s+in|made\s+by|parent\s+company|ties\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Meta Platforms Ireland", "Google Ireland Limited", "Uber Netherlands B.V.": a country in a
# company's name is where the company is registered, not who acted
_COMPANY_BEFORE = re.compile(
    r"(?-i:\b(?:Platforms|Technology|Technologies|Holdings|International|Operations|Services|"
    r"Google|Meta|Apple|Amazon|Microsoft|TikTok|Uber|Twitter|Facebook|Yahoo|Skype|Netflix|"
    r"Spotify|ByteDance|LinkedIn|Airbnb|PayPal|Binance)\s+)$"
)
_COMPANY_AFTER = re.compile(
    r"(?-i:\s+(?:Limited|Ltd|LLC|Inc|B\.\s?V\.|BV|GmbH|S\.A\.|SA|AG|Pte|Sdn|Unlimited\s+Company|"
    r"Operations|Holdings)\b)"
)
# "Judge Santiago Pedraz", "Mr Victoria": a capital or place right after a title is a person's name
_TITLE_BEFORE = re.compile(
    r"\b(?:Judge|Justice|Magistrate|Mr|Mrs|Ms|Dr|Senator|Sen|Rep|Gen|General|Minister|President|"
    r"Commissioner|Governor|Mayor|Chairman|Chairwoman|Sheikh|Prince|Princess|Father|Sister)\.?\s+$"
)
_PERSONAL_FORMS = frozenset({"capital", "place"})
# "whether any were in Portuguese", "translated into Russian and": a language, not a country
_LANGUAGE_BEFORE = re.compile(
    r"\b(?:in|into)\s+(?:(?:European|Brazilian|Latin\s+American|plain|simplified|traditional)\s+)?$"
)
_LANGUAGE_AFTER = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:and|or|as|instead|rather|only)\b")
_VAGUE_ACTOR = re.compile(
    r"\b(?:several|other|many|some)\s+(?:\w+\s+)?(?:countries|governments|states|nations)\b|\bgovernments\s+worldwide\b",
    re.IGNORECASE,
)
# Internet monitors report what they measure ("NetBlocks said X was restricted"):
# the effect of an act, not an act of their own
_MONITOR = re.compile(
    r"\b(?:NetBlocks|Access\s+Now|Top10VPN|OONI|Open\s+Observatory\s+of\s+Network\s+Interference|"
    r"Downdetector|Cloudflare\s+Radar|IODA|Kentik|Surfshark|"
    r"(?:internet|network|web|connectivity|outage)\s+(?:monitor\w*|observatory|tracker)|"
    r"monitoring\s+(?:group|organi[sz]ation|firm|service|site|body|project))\b",
    re.IGNORECASE,
)
_SAID_THAT = re.compile(
    r"\s+(?:said|says|told\s+\w+|announced|confirmed|reported)(?:\s+on\s+\w+)?"
    r"(?:\s+that)?\s+(?:the\s+|its\s+)?",
    re.IGNORECASE,
)
# a platform's people, on whom an arrest or charge must fall to be an act on the platform
_STAFF = re.compile(
    r"\b(?:founders?|co-?founders?|chief\s+executives?|CEOs?|executives?|employees?|staff|managers?|"
    r"directors?|heads?|representatives?|owners?|officers?|moderators?|administrators?|admins?|"
    r"boss|chief)\b",
    re.IGNORECASE,
)
# "TEHRAN, Dec 24 (Wire) -": a dateline's news-agency credit, not a platform
_CREDIT_AFTER = re.compile(r"\)\s*[-\u2013\u2014]")
# the words a platform's own act may put between its subject and its verb:
# "Instagram said on Thursday it would remove", "the company has already removed"
_OWN_WORDS = (
    r"(?:(?:has|had|have|will|would|also|later|then|quickly|already|itself|voluntarily|"
    r"said|says|announced|it|they|to|on\s+\w+|\w+ly|"
    r"work|try|tried|seek|sought|aims?|plans?|planned|began|started|moved)\s+)*"
    r"(?:\w+-)?"  # "Facebook geo-blocked the group"
)
_OWN_VERB_BETWEEN = re.compile(
    # "Facebook's parent removed", but not "X's challenge to blocking orders"
    r"(?:['’]s\s+(?!(?:challenge|appeal|petition|lawsuit|suit|case|complaint|objection|fight|bid)\b)\w+\s+)?"
    r"\s*(?:,[^,]{0,40},\s*)?" + _OWN_WORDS + "$",
    re.IGNORECASE,
)
# the stems of the verbs that make someone do something: "ordered", "told", "pressed"
_DEMAND_STEMS = (
    r"ask|told|tell|order|instruct|demand|direct|urg|press|compel|forc|requir"
)
# a request anywhere before a platform's act: it was done on someone's behest
_REQUEST_WORD = re.compile(
    r"\b(?:" + _DEMAND_STEMS + r"|request|behest)\w*", re.IGNORECASE
)
_DEMAND_BEFORE = re.compile(
    r"\b(?:(?:" + _DEMAND_STEMS + r")\w*|call\w*\s+on|want\w*)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
# what follows a bare participle read as a passive ("X blocked in China", "kept X blocked.")
_PASSIVE_AFTER = re.compile(
    r"\s*(?:$|[,.;:)\n]|(?:in|by|after|for|on|over|across|since|until|amid|as|from|at|to)\b)"
)
_VERB = re.compile(r"\w+")
# what may stand before a sentence's subject: a dateline, "The", nothing
_OPENING = re.compile(r"[^a-z]*(?:The\s+)?")
# the sentence's subject speaking of itself: "..., and said it would restore access"
_SAID_IT = re.compile(
    r"\bsaid\s+(?:on\s+\w+\s+)?(?:that\s+)?it\s+" + _OWN_WORDS + "$"
    # "said it had removed hundreds of pages and banned the firm behind them"
    r"|\bsaid\s+(?:on\s+\w+\s+)?(?:that\s+)?it\s+(?:had|has|have|would|will)\s+"
    r"[^;]{1,200}?,?\s+and\s+(?:also\s+|later\s+)?$"
)
_COMPANY_SUBJECT = re.compile(
    r"\b(?:the|The)\s+(?:company|platform|firm|app|service)(?P<gap>\s+"
    + _OWN_WORDS
    + ")$"
)
_GOVERNMENT = re.compile(
    r"\b(?:government|ministry|minister|regulator|watchdog|court|judge|justice|authorities|authority|police|cabinet|commission|"
    r"council|president|prosecutors?|parliament|congress|agency|officials?|state|governor|decree|law)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK_INSIDE = re.compile(
    r"[;:—–]|\.\.\.|…|,\s+(?:but|while|whereas|although|and\s+we|stressing|saying)\b|\.\s"
)
_NOMINAL = frozenset(
    {
        "ban",
        "bans",
        "block",
        "suspension",
        "restriction",
        "restrictions",
        "shutdown",
        "blockade",
        "slowdown",
        "partial restriction",
    }
)
_ACT_VERB_BEFORE = re.compile(
    r"\b(?:order\w*|impos\w*|announc\w*|decid\w*|decision\s+to|approv\w*|issu\w*|introduc\w*|adopt\w*|declar\w*)\b[^.;]{0,30}$",
    re.IGNORECASE,
)
_THE_LAW = re.compile(
    r"the\s+(?:new\s+)?(?:law|act|bill|decree|legislation|rules|regulations?)\b",
    re.IGNORECASE,
)
_STAYS_AFTER = re.compile(
    r"\s+(?:(?:would|will|is\s+to|was\s+to|should)\s+)?"
    r"(?:stay|stays|stayed|remain|remains|remained)\s+in\s+(?:place|force|effect)\b",
    re.IGNORECASE,
)
_ACT_PARTICIPLE_AFTER = re.compile(
    r"\s+(?:was\s+|were\s+)?(?:imposed|ordered|introduced|announced|adopted|issued)\b",
    re.IGNORECASE,
)
_DECISION_TO = re.compile(
    r"(?:\b(?:the|its|this|that)|['’]s)\s+decision\s+to\s+$", re.IGNORECASE
)
# Patterns scanned over the whole text start with a literal (word-boundary checks
# as lookbehinds after it), so re skips to the few places that letter stands.
_BARE_X = re.compile(r"X(?<![\w\-.]X)(?![\w\-])(?!\.\w)")
_APP_STORE_PAIR = re.compile(
    r"(?:A(?<!\w.)pple|G(?<!\w.)oogle)\s+and\s+(?:Apple|Google)\b"
)
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|this|that|their|his|her|any|nationwide|national|outright|complete|full|total|temporary|"
    r"partial|brief|internet|blanket)|['’]s)\s+$",
    re.IGNORECASE,
)
# "kept blocking", "would stay blocked": the state of an act told elsewhere
_CONTINUING_BEFORE = re.compile(
    r"\b(?:keep|keeps|kept|continu\w+|still|stay|stays|stayed|remain|remains|remained)\s+$",
    re.IGNORECASE,
)
# "the blocked services", "a list of banned software": a participle used as an adjective
_ATTRIBUTIVE = re.compile(
    r"\b(?:the|of|those|these|its|their|other|any|all|newly)\s+$", re.IGNORECASE
)
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:by|from|in|on|for|at|until|since|over|after|under|to|and|or|as|with|"
    r"across|because|amid|without)\b)[a-z]",
)
_INSIDE_AFTER = re.compile(r"\b(?:after|before|following)\b[^,;:—–()]*$", re.IGNORECASE)
_SUBORDINATE = re.compile(r"\s*(?:after|before|since|until|when|once)\b", re.IGNORECASE)
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|across|throughout|within|inside|to)\s+(?:the\s+)?$", re.IGNORECASE
)
# "a fine over data transfers to US": where things go, not where the act is
_DESTINATION_BEFORE = re.compile(
    r"\b(?:transfers?|transferred|transferring|send(?:s|ing)?|sent|mov(?:e|es|ed|ing)|"
    r"exports?|exported|flows?|shipped|relocat\w+)\s+(?:[\w-]+\s+){0,2}?to\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PURPOSE_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
# "refused to take down the accounts": the demand is older than the refusal's date
_REFUSED_BEFORE = re.compile(r"\brefus\w*\s+to\s+$", re.IGNORECASE)
_ADDRESSEE_BEFORE = re.compile(
    r"\b(?:order\w*|instruct\w*|told|tell\w*|mandat\w*|requir\w*|direct\w*|asked|ask|sending|send|sent\s+(?:a|an|the|its)\s+(?:[\w-]+\s+)?(?:letter|notice|directive|order|instruction|request)s?|addressed|wrote\s+to|passed|notif\w*|gave|given|giving)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
_ADDRESSEE_AFTER = re.compile(
    r"\s*(?:\([^)]{0,40}\)\s*)?(?:to\s+\w|be\s+notified|were\s+given|was\s+given|ordered\s+to\b|must|have\s+to|had\s+to)",
    re.IGNORECASE,
)
_ONLINE = re.compile(
    r"\b(?:social\s+(?:media|network\w*)|internet|online|platforms?|apps?|messag\w+|digital|data|cyber\w*|websites?|sites?|users?|accounts?)\b",
    re.IGNORECASE,
)


class _Mention(NamedTuple):
    """A gazetteer hit filed under its sentence.

    A named tuple: an article holds thousands, and a tuple is built in a
    fraction of the time a frozen attrs record takes.
    """

    start: int
    end: int
    id: str
    kind: str = ""
    code: str | None = None


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does [start, end) overlap one of *spans* (sorted by start, nearly disjoint)?"""
    k = bisect.bisect_left(spans, (end,))
    return any(a < end and start < b for a, b in spans[max(0, k - 2) : k])


def _is_reference(text: str, trigger: Cue) -> bool:
    """A noun such as "the ban", or "keep slowing", that names an act told elsewhere rather than a new one."""
    word = " ".join(text[trigger.start : trigger.end].lower().split())
    if _DECISION_TO.search(text, max(0, trigger.start - 30), trigger.start):
        return True  # "the government's decision to block": a decision told elsewhere
    if _CONTINUING_BEFORE.search(text, max(0, trigger.start - 20), trigger.start):
        return True
    # one word only: "the blocked services", not "the ban was lifted about ..."
    if (
        text.endswith("ed", trigger.start, trigger.end)
        and " " not in word
        and _ATTRIBUTIVE.search(text, max(0, trigger.start - 10), trigger.start)
        and _NOUN_AFTER.match(text, trigger.end)
    ):
        return True
    if word not in _NOMINAL or not _DETERMINER_BEFORE.search(
        text, max(0, trigger.start - 25), trigger.start
    ):
        return False
    if _STAYS_AFTER.match(text, trigger.end):
        return True  # "announced that the suspension would stay in place": no new act
    before = _ACT_VERB_BEFORE.search(text, max(0, trigger.start - 45), trigger.start)
    return not (before or _ACT_PARTICIPLE_AFTER.match(text, trigger.end))


@attrs.define
class _Candidate:
    """A directive being put together (mutable while merging)."""

    action: Action
    sentence: int
    trigger: Cue
    jurisdiction: str
    jurisdiction_span: _Mention | None
    platforms: list[_Mention]
    issuer: _Mention | None
    issued: Temporal | None
    intermediaries: list[_Mention]
    # telecoms regulators told to cut or restore access, or doing it (see _through_regulators)
    regulators: list[_Mention] = attrs.Factory(list)
    deadlines: list[tuple[Temporal, Temporal | None]] = attrs.Factory(list)
    # (status, as of, cue, sentence, whether the text states the as-of date)
    outcomes: list[tuple[OutcomeStatus, PartialDate | None, Cue, int, bool]] = (
        attrs.Factory(list)
    )
    last_sentence: int = 0
    extra_triggers: list[Cue] = attrs.Factory(list)
    mentioned: set[int] = attrs.Factory(set)
    defaulted: bool = False
    reference: bool = False
    # told by an internet monitor with no issuer: the measured effect of an act
    monitored: bool = False
    fallback_issued: PartialDate | None = None
    # only told as met ("TikTok, which had registered, stayed online"): a platform's
    # compliance, which joins a registration order but is not one by itself
    met: bool = False

    def platform_ids(self) -> set[str]:
        ids = {p.id for p in self.platforms}
        services = {p.id for p in self.platforms if p.kind != "class"}
        return services or ids


@functools.cache
def _people() -> dict[str, str]:
    rows = (
        files("regwatch.resources")
        .joinpath("people.tsv")
        .read_text("utf-8")
        .splitlines()
    )
    out = {}
    for line in rows:
        if not line.strip() or line.startswith(("#", "surface\t")):
            continue
        surface, platform, *_ = line.split("\t")
        out[surface] = platform
    return out


@functools.cache
def _people_pattern() -> re.Pattern[str]:
    names = sorted(_people(), key=len, reverse=True)
    # "\bName" as "N(?<!\w.)ame": a literal first lets re skip to the initials
    starts = [
        re.escape(n[0])
        + (r"(?<!\w.)" if re.match(r"\w", n) else r"(?<=\w.)")
        + re.escape(n[1:])
        for n in names
    ]
    return re.compile(r"(?:" + "|".join(starts) + r")\b")


class _Document:
    """Mentions of one article, bucketed by sentence."""

    def __init__(
        self, text: str, sentences: Sequence[Sentence], reference: PartialDate | None
    ) -> None:
        self.text = text
        self.sentences = sentences
        self.reference = reference
        self.starts = [s.start for s in sentences]
        self.ends = [s.end for s in sentences]
        n = len(sentences)
        self.platforms: list[list[_Mention]] = [[] for _ in range(n)]
        self.jurisdictions: list[list[_Mention]] = [[] for _ in range(n)]
        self.authorities: list[list[_Mention]] = [[] for _ in range(n)]
        self.intermediaries: list[list[_Mention]] = [[] for _ in range(n)]
        self.temporals: list[list[Temporal]] = [[] for _ in range(n)]
        self.triggers: list[list[Cue]] = [[] for _ in range(n)]
        self.outcomes: list[list[Cue]] = [[] for _ in range(n)]
        self.people: list[list[_Mention]] = [[] for _ in range(n)]
        self._has: dict[tuple[str, int], bool] = {}
        self.hedged: dict[tuple[int, int], bool] = {}
        self._last_services: list[list[_Mention]] | None = None
        self.deadlines: dict[int, list[tuple[Temporal, Temporal | None]]] = {}
        # deadlines whose nearest trigger is not an act ("failed to register within
        # seven days"): (action, sentence, deadline), placed once the acts are known
        self.orphan_deadlines: list[
            tuple[Action, int, tuple[Temporal, Temporal | None]]
        ] = []
        # gazetteer hits are built as mentions straight away (no Match records)
        inter = gazetteer.find_as("intermediaries", text, _Mention)
        # "Apple and Google" told to pull an app act as app stores
        found = sorted((x.start, x.end) for x in inter)
        inter += [
            _Mention(start=m.start(), end=m.end(), id="app-store", kind="app-store")
            for m in _APP_STORE_PAIR.finditer(text)
            if not _overlaps(found, m.start(), m.end())
        ]
        inter.sort(key=lambda x: x.start)
        spans = sorted((x.start, x.end) for x in inter)
        listed = gazetteer.find_as("platforms", text, _Mention)
        places = gazetteer.find_as("jurisdictions", text, _Mention)
        authorities = gazetteer.find_as("authorities", text, _Mention)
        people = _people()
        named = [
            _Mention(p.start(), p.end(), people[p.group()], "service")
            for p in _people_pattern().finditer(text)
        ]
        # a service no list holds, where nothing listed is named: "the lending app Zorblo"
        taken = sorted(
            [(m.start, m.end) for m in (*listed, *places, *authorities, *named)] + spans
        )
        unlisted = [
            _Mention(start, end, id_, "service")
            for start, end, id_ in find_unlisted(text)
            if not _overlaps(taken, start, end)
        ]
        self._file(
            self.platforms,
            (
                m
                for m in sorted([*listed, *unlisted], key=lambda x: x.start)
                # "Apple and Google" asked to pull an app are app stores, not targets
                if not _overlaps(spans, m.start, m.end)
                and not self._excluded_platform(m)
                and not _OWNER_CONTEXT.match(text, m.end)
            ),
        )
        self._confirmed_letters(text, spans)
        self._file(
            self.jurisdictions,
            (
                m
                for m in places
                if not _OWNER_CONTEXT.match(text, m.end)
                and not _ORIGIN_AFTER.match(text, m.end)
                and not (m.kind == "demonym" and _APP_ORIGIN_AFTER.match(text, m.end))
                and not (
                    m.kind == "demonym"
                    and _LANGUAGE_BEFORE.search(text, max(0, m.start - 30), m.start)
                    and _LANGUAGE_AFTER.match(text, m.end)
                )
                and not _OWNER_BEFORE.search(text, max(0, m.start - 25), m.start)
                and not _COMPANY_BEFORE.search(text, max(0, m.start - 15), m.start)
                and not _COMPANY_AFTER.match(text, m.end)
                and not (
                    m.kind in _PERSONAL_FORMS
                    and _TITLE_BEFORE.search(text, max(0, m.start - 20), m.start)
                )
            ),
        )
        self._file(self.authorities, authorities)
        self._file(self.intermediaries, inter)
        self._file(self.people, named)
        # one scan per paragraph, not per sentence: fewer passes, same matches
        paragraphs: dict[int, list[int]] = {}
        for s in sentences:
            paragraphs.setdefault(s.block, []).append(s.index)
        for members in paragraphs.values():
            lo, hi = sentences[members[0]].start, sentences[members[-1]].end
            words = tokens(text, lo, hi)
            self._file(
                self.temporals,
                find_temporals(
                    text, reference=reference, start=lo, end=hi, words=words
                ),
            )
            self._file(self.triggers, find_triggers(text, lo, hi, words=words))
            self._file(self.outcomes, find_outcome_cues(text, lo, hi, words=words))

    def _confirmed_letters(
        self, text: str, intermediary_spans: list[tuple[int, int]]
    ) -> None:
        """Once a page names the platform X unmistakably, its bare "X" elsewhere is the platform too."""
        if not any(m.id == "x" for ms in self.platforms for m in ms):
            return
        taken = sorted(
            [(m.start, m.end) for ms in self.platforms for m in ms] + intermediary_spans
        )
        self._file(
            self.platforms,
            (
                _Mention(start=m.start(), end=m.end(), id="x", kind="service")
                for m in _BARE_X.finditer(text)
                if not _overlaps(taken, m.start(), m.end())
            ),
        )

    def last_services(self, upto: int) -> list[_Mention]:
        """The services of the last sentence in 0..*upto* that names any, from a table built once."""
        if self._last_services is None:
            table: list[list[_Mention]] = []
            current: list[_Mention] = []
            for ms in self.platforms:
                current = [m for m in ms if m.kind != "class"] or current
                table.append(current)
            self._last_services = table
        return (
            list(self._last_services[upto])
            if 0 <= upto < len(self._last_services)
            else []
        )

    def last_service(self, upto: int) -> _Mention | None:
        """The last service named in sentences 0..*upto*."""
        services = self.last_services(upto)
        return services[-1] if services else None

    def has(self, pattern: re.Pattern[str], i: int) -> bool:
        """Does sentence *i* match *pattern*? Asked once per sentence, however many triggers it holds."""
        key = (pattern.pattern, i)
        found = self._has.get(key)
        if found is None:
            s = self.sentences[i]
            found = self._has[key] = bool(pattern.search(self.text, s.start, s.end))
        return found

    def near(self, bucket: list[list[Any]], i: int, position: int) -> list[Any]:
        """The mentions of sentence *i* within the window around *position*."""
        items = bucket[i]
        lo = bisect.bisect_left(items, position - _WINDOW, key=lambda m: m.start)
        hi = bisect.bisect_right(items, position + _WINDOW, key=lambda m: m.start)
        return items[lo:hi]

    def _excluded_platform(self, m: _Mention) -> bool:
        """Is the platform named as a medium ("posted on X") or a class as its users ("social media users")?"""
        return bool(
            _MEDIUM_BEFORE.search(self.text, max(0, m.start - 60), m.start)
            or (m.kind == "class" and _PEOPLE_AFTER.match(self.text, m.end))
            or (
                self.text.endswith("(", max(0, m.start - 1), m.start)
                and _CREDIT_AFTER.match(self.text, m.end)
            )
        )

    def _file(
        self, buckets: list[list[Any]], mentions: Iterable[_Mention | Temporal | Cue]
    ) -> None:
        """File each mention, in the order given, under the sentence it starts in (cues may run past its end)."""
        starts, ends = self.starts, self.ends
        for mention in mentions:
            i = bisect.bisect_right(starts, mention.start) - 1
            if i >= 0 and mention.start < ends[i]:
                buckets[i].append(mention)

    def sentence_at(self, position: int) -> int:
        """The index of the last sentence starting at or before *position* (-1 if none)."""
        return bisect.bisect_right(self.starts, position) - 1

    def sentence_text(self, i: int) -> str:
        s = self.sentences[i]
        return self.text[s.start : s.end]


def _nearest(
    items: Iterable[_Mention | Temporal], position: int, *, prefer_before: bool = True
) -> _Mention | Temporal | None:
    best, best_key = None, None
    for item in items:
        distance = (
            position - item.end if item.end <= position else item.start - position
        )
        key = (0 if (item.end <= position) == prefer_before else 1, abs(distance))
        if best_key is None or key < best_key:
            best, best_key = item, key
    return best


def _jurisdiction_counts(
    doc: _Document, skip: tuple[int, int] | None
) -> collections.Counter[str]:
    """How often each jurisdiction is named, the headline and lead counting thrice; *skip* is not counted."""
    counts: collections.Counter[str] = collections.Counter()
    for i in range(len(doc.sentences)):
        weight = (
            3 if i < _LEAD else 1
        )  # the headline and lead name the country the story is about
        for m in doc.jurisdictions[i]:
            if skip is None or not (skip[0] <= m.start < skip[1]):
                counts[m.id] += weight
        for a in doc.authorities[i]:
            if a.code:
                counts[a.code] += weight
    return counts


def _default_jurisdiction(doc: _Document) -> str | None:
    """The country an act with none named belongs to: the dateline's, unless the text never names it.

    "DUBAI, Dec 24 - Iran has lifted ...": a dateline says where the reporter
    filed from; when the story names only other countries, the most named wins.
    """
    dateline = dateline_jurisdiction(doc.text, doc.sentences)
    counts = _jurisdiction_counts(doc, dateline[1] if dateline else None)
    if dateline is not None and (counts[dateline[0]] > 0 or not counts):
        return dateline[0]
    return counts.most_common(1)[0][0] if counts else None


def _most_named(doc: _Document) -> list[_Mention]:
    """Every mention of the service the article names most, in order; none if it names none."""
    counts = collections.Counter(
        m.id for ms in doc.platforms for m in ms if m.kind != "class"
    )
    if not counts:
        return []
    top = counts.most_common(1)[0][0]
    return [m for ms in doc.platforms for m in ms if m.id == top]


def _salient_platform(doc: _Document, upto: int) -> list[_Mention]:
    """The platform an anaphor most likely means: the last service named before, else the most named."""
    last = doc.last_service(upto)
    if last is not None:
        return [last]
    return _most_named(doc)[:1]


# "..., and an official said on Wednesday that ...": another speaker's clause
_SPEAKER_CLAUSE = r",\s+and\s+(?=(?:[\w'’.-]+\s+){1,10}?(?:said|says)\b)"
_CAUSE_CLAUSE = re.compile(
    r"\b(?:after|because|following|amid|citing)\b|" + _SPEAKER_CLAUSE
)
_SPOKEN_AFTER = re.compile(
    _SPEAKER_CLAUSE + r"(?:[\w'’.-]+\s+){1,10}?(?:said|says)\s+(?:on\s+)?$"
)
# "told providers to shut off Telegram, but the service was still working on Tuesday"
_CONTRAST_BETWEEN = re.compile(r",\s+(?:but|while|whereas|although|though|yet)\s")
# ", saying the app let under-13s on in 2020": what the issuer said happened
_SAYING_CLAUSE = re.compile(
    r",\s+(?:saying|arguing|claiming|alleging|noting|adding|explaining|stating)\b"
)
# ", pushing such calls onto foreign messengers": a new clause that tells a
# consequence; what it names is not the act's target ("including" lists targets)
_PARTICIPLE_CLAUSE = re.compile(r",\s+(?!including\b)[a-z]+ing\b")
# "barred staff from using TikTok": the use banned, not a means of getting round a ban
_MEANS_BEFORE = re.compile(
    r"\b(?:(?:without|through|via|(?<!from\s)(?<!\bor\s)using|use\s+of)\s+"
    # "loads only with a VPN", "easy to get around with VPNs"
    r"(?:a|an|the|their|his|her|its)?|with\s+(?:a|an)|around\s+with)\s*$",
    re.IGNORECASE,
)


# "Twitter criticised the shutdown, saying internet blocks ...": the platform that
# opens the sentence speaks of the act, it is not its target
_STANCE_AFTER = re.compile(
    r"\s+(?:(?:has|had|have)\s+)?(?:critici[sz]ed|condemned|denounced|decried|"
    r"slammed|protested|welcomed|deplored|lamented)\s+(?:the|this|that|its)\b",
    re.IGNORECASE,
)


_DEFINITE_BEFORE = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w.]+-owned\s+|popular\s+|encrypted\s+)?$",
    re.IGNORECASE,
)


def _category(id_: str) -> str | None:
    """The class a listed service belongs to (``youtube`` -> ``video-sharing``); None if unlisted."""
    registry = gazetteer.platforms()
    return registry[id_].category if id_ in registry else None


def _named_by_class(doc: _Document, i: int, classes: list[_Mention]) -> list[_Mention]:
    """The services a definite class noun points back to, if they are of that class.

    "the messaging app" after "Signal" is Signal; "the social networks" after
    "Facebook, WhatsApp or Twitter" are the services the last sentence to name any
    named, when one of them is of the class.
    """
    text = doc.text
    if not all(
        _DEFINITE_BEFORE.search(text, max(0, m.start - 25), m.start) for m in classes
    ):
        return []
    kinds = {m.id for m in classes}
    if all(text[m.start : m.end].endswith("s") for m in classes):
        named = doc.last_services(i - 1)
        return named if any(_category(m.id) in kinds for m in named) else []
    if any(text[m.start : m.end].endswith("s") for m in classes):
        return []
    return [m for m in _salient_platform(doc, i) if _category(m.id) in kinds]


def _platforms_for(
    doc: _Document, i: int, trigger: Cue, recent: Sequence[_Candidate] = ()
) -> list[_Mention]:
    # "could not send photos without a VPN": a means of getting round the act, not its target
    found = [
        m
        for m in doc.near(doc.platforms, i, trigger.start)
        if not _MEANS_BEFORE.search(doc.text, max(0, m.start - 20), m.start)
        and not (
            m.kind == "class"
            and m.start >= trigger.end
            and _PARTICIPLE_CLAUSE.search(doc.text, trigger.end, m.start)
        )
        and not (
            m.end <= trigger.start
            and _STANCE_AFTER.match(doc.text, m.end)
            and _OPENING.fullmatch(doc.text, doc.sentences[i].start, m.start)
        )
    ]
    # "shuts off social media ... after a clash with Facebook": once the act has its
    # object, what a clause of cause after it names is the cause, not a target
    cause = _CAUSE_CLAUSE.search(
        doc.text, trigger.end, min(doc.ends[i], trigger.end + _WINDOW)
    )
    if cause is not None and any(trigger.end <= m.start < cause.start() for m in found):
        found = [m for m in found if m.start < cause.start()]
    services = [m for m in found if m.kind != "class"]
    if found and not services:
        # "the messaging app" after "Signal" is Signal, not every messaging app
        named = _named_by_class(doc, i, found)
        if named:
            return named
    if found:
        return _object_list(doc.text, trigger, services) or services or found
    if trigger.value == Action.PROSECUTION and doc.people[i]:
        return [doc.people[i][0]]
    # "the ban" refers back to the last act; "the law" to a law, not to the block
    # enforcing it: a law is general unless a law on a platform was told before
    general = trigger.value == Action.LEGISLATION
    if doc.has(_REFERENCE, i) and recent:
        # "the block was decided" refers to the last block, not to the last act
        # "the restrictions had been lifted": an unblock lifts the last block
        kin = (
            _BLOCK_LIKE
            if trigger.value in _BLOCKS_AND_LIFTINGS
            else {Action.LEGISLATION}
            if general
            else set()
        )
        same = [c for c in recent if c.action in kin]
        if same or not general:
            told = list((same or recent)[-1].platforms)
            # "shut off access to the video site ..., and that restriction stayed":
            # the kind of service named says which one
            salient = _salient_platform(doc, i)
            kind_named = bool(salient) and _kind_fits(
                doc, i, trigger.start, salient[0].id, told
            )
            return salient if kind_named else told
    referred = _plural_referent(doc, i, recent) or _access_referent(
        doc, trigger, recent
    )
    if referred or doc.has(_ANAPHOR, i) or (doc.has(_REFERENCE, i) and not general):
        return referred or _act_target(doc, recent, _salient_platform(doc, i))
    return []


def _act_target(
    doc: _Document, recent: Sequence[_Candidate], salient: list[_Mention]
) -> list[_Mention]:
    """What "the game" means when the last act's sentence also named another, bystander service.

    "Jordan has blocked PUBG and says Fortnite may be next. The regulator told operators
    to block the game's servers": the game is PUBG, the act's target, not Fortnite.
    """
    if not recent or not salient:
        return salient
    last = recent[-1]
    targets = [m for m in last.platforms if m.kind != "class"]
    bystander = salient[0].id
    if (
        targets
        and bystander not in {m.id for m in targets}
        and any(m.id == bystander for m in doc.platforms[last.sentence])
    ):
        return targets
    return salient


# "the video site", "the messaging app": the kind of service an anaphor names
_KIND_ANAPHOR = re.compile(
    r"\b(?:the|its|this|that)\s+(?P<kind>short[- ]video|video|messaging|social\s+media|social)"
    r"\s+(?:site|app|platform|service|network)\b",
    re.IGNORECASE,
)
_ANAPHOR_KINDS = {
    "video": "video-sharing",
    "short-video": "video-sharing",
    "short video": "video-sharing",
    "messaging": "messaging",
    "social": "social-media",
    "social media": "social-media",
}


def _kind_fits(
    doc: _Document, i: int, position: int, service: str, others: list[_Mention]
) -> bool:
    """Does sentence *i*, near *position*, name a kind of service that *service* is and none of *others* is?"""
    m = _KIND_ANAPHOR.search(
        doc.text,
        max(doc.starts[i], position - _WINDOW),
        min(doc.ends[i], position + _WINDOW),
    )
    if m is None:
        return False
    kind = _ANAPHOR_KINDS[" ".join(m.group("kind").lower().split())]
    return _category(service) == kind and all(_category(o.id) != kind for o in others)


def _access_referent(
    doc: _Document, trigger: Cue, recent: Sequence[_Candidate]
) -> list[_Mention]:
    """What "told providers to restrict access." cuts, or "to restore access" reopens: the platforms of the last block told."""
    text = doc.text
    bare = (
        _BARE_ACCESS.match(text, trigger.end)
        or (
            trigger.value == Action.UNBLOCK
            # "to restore access", "granted a request to suspend it": the last block told
            and text[trigger.start : trigger.end].endswith(("access", "service", " it"))
            and not _ACCESS_OBJECT.match(text, trigger.end)
        )
    )
    if trigger.value not in _ACCESS_ACTIONS or not bare:
        return []
    blocks = [c for c in recent if c.action in _BLOCK_LIKE and c.platforms]
    return list(blocks[-1].platforms) if blocks else []


def _plural_referent(
    doc: _Document, i: int, recent: Sequence[_Candidate]
) -> list[_Mention]:
    """What "the four platforms" means: the last act's services, else the last services named."""
    if not doc.has(_PLURAL_ANAPHOR, i):
        return []
    named = [c for c in recent if any(m.kind != "class" for m in c.platforms)]
    return list(named[-1].platforms) if named else doc.last_services(i - 1)


def _object_list(text: str, trigger: Cue, services: list[_Mention]) -> list[_Mention]:
    """The services named right after the trigger, as its object ("fined X and YouTube").

    With an object named, the other services of the sentence belong to its other acts.
    """
    after = [m for m in services if m.start >= trigger.end]
    if not after or not _OBJECT_GAP.fullmatch(text, trigger.end, after[0].start):
        return []
    objects = [after[0]]
    for m in after[1:]:
        if not _LIST_GAP.fullmatch(text, objects[-1].end, m.start):
            break
        objects.append(m)
    return objects


def _bound_next(doc: _Document, i: int) -> list[_Mention]:
    """The platforms a sentence right after an instrument names as bound by it ("They require ...")."""
    if i + 1 >= len(doc.sentences) or not _BINDS.match(
        doc.text, doc.sentences[i + 1].start
    ):
        return []
    mentions = doc.platforms[i + 1]
    return [m for m in mentions if m.kind != "class"] or list(mentions)


# what a law is aimed at, told in general words: "requires large online platforms to ..."
_LAW_SUBJECTS = re.compile(
    r"\b(?:platforms?|social\s+(?:media|networks?)|apps?|app\s+(?:stores?|markets?)"
    r"|online\s+services?|tech(?:nology)?\s+(?:companies|firms|giants)"
    r"|search\s+engines?|messaging)\b",
    re.IGNORECASE,
)


def _app_stores(doc: _Document, j: int) -> list[_Mention]:
    """The app stores sentence *j* names as intermediaries ("Apple and Google", "app stores")."""
    return [m for m in doc.intermediaries[j] if m.id == "app-store"]


def _scope_laws(doc: _Document, directives: list[_Candidate]) -> None:
    """The platforms a law aimed at platforms covers, when its own sentence names none.

    "Parliament passed the act in December. It obliges large online platforms to keep
    a registry of ads": the services named in the next sentences, else the one the
    article is about. Run after merging, so that a ban or request told later does
    not take these platforms as its own.
    """
    for c in directives:
        if c.action is not Action.LEGISLATION or c.platforms:
            continue
        window = range(c.sentence, min(c.sentence + _LAW_WINDOW, len(doc.sentences)))
        if not any(
            _LAW_SUBJECTS.search(doc.text, doc.starts[j], doc.ends[j]) for j in window
        ):
            continue  # a law on data or crime in general, not aimed at platforms
        near = []
        for sentences in (range(c.sentence, c.sentence + 1), window):
            # "a law to curb app store payment rules": the stores are what it binds
            near = [m for j in sentences for m in doc.platforms[j]] + [
                _Mention(m.start, m.end, m.id, "class")
                for j in sentences
                for m in _app_stores(doc, j)
            ]
            near = [m for m in near if m.kind != "class"] or near
            if near:
                break
        if near:
            c.platforms = sorted(near, key=lambda m: m.start)
            if all(m.id == "app-store" for m in near):
                # the stores are what the law binds, not who carries it out
                c.intermediaries = [m for m in c.intermediaries if m.id != "app-store"]
            continue
        mentions = _most_named(doc)
        if mentions:
            anchor = doc.starts[c.sentence]
            c.platforms = [min(mentions, key=lambda m: abs(m.start - anchor))]


def _jurisdiction_for(
    doc: _Document, i: int, trigger: Cue, default: str | None
) -> tuple[str | None, _Mention | None, _Mention | None]:
    sentence = doc.sentences[i]
    clause = clause_start(
        doc.text, max(sentence.start, trigger.start - _WINDOW), trigger.start
    )
    nearby = doc.near(doc.authorities, i, trigger.start)
    # an authority told to act ("told the telecoms agency Anatel to carry out the block") is not the issuer
    authorities = [
        a for a in nearby if a.start < trigger.start and not _is_addressee(doc.text, a)
    ]
    in_clause = [a for a in authorities if a.start >= clause]
    # the subject names the issuer: the first authority of the clause, else of the sentence
    subjects = in_clause or authorities
    # "Officials said the regulator had ordered": the speaker reports another's act
    subjects = [a for a in subjects if not _reports_another(doc.text, a, subjects)]
    issuer = subjects[0] if subjects else None
    assert issuer is None or isinstance(issuer, _Mention)  # noqa: S101  (typing aid)
    coded = [a for a in nearby if a.code]
    if _VAGUE_ACTOR.search(doc.text, clause, trigger.start):
        return None, None, issuer
    juris = [
        j
        for j in doc.near(doc.jurisdictions, i, trigger.start)
        if j.end <= trigger.start
        or (
            _same_clause(doc.text, trigger.end, j.start)
            and _LOCATIVE_BEFORE.search(doc.text, max(0, j.start - 20), j.start)
            and not _DESTINATION_BEFORE.search(doc.text, max(0, j.start - 40), j.start)
        )
    ]
    in_clause_j = [j for j in juris if j.start >= clause]
    if juris and not in_clause_j and default in {j.id for j in juris}:
        juris = [
            j for j in juris if j.id == default
        ]  # the sentence's country, named in another clause
    elif in_clause_j:
        juris = in_clause_j
    if juris:
        before = [j for j in juris if j.end <= trigger.start]
        pick = _nearest(before or juris, trigger.start)
        assert isinstance(pick, _Mention)  # noqa: S101
        # "Italy's regulator ordered X ..., and Taiwan and Australia have barred the
        # app": a country named after the issuer, nearer the act, is the act's subject
        if (
            issuer is not None
            and issuer.code
            and issuer.start < trigger.start
            and issuer.code != pick.id
            and pick.start < issuer.end
        ):
            return issuer.code, issuer, issuer
        return pick.id, pick, issuer
    if coded:
        pick_a = _nearest(coded, trigger.start)
        assert isinstance(pick_a, _Mention)  # noqa: S101
        return pick_a.code, pick_a, issuer
    if doc.has(_VAGUE_ACTOR, i):
        return None, None, issuer
    return default, None, issuer


def _reports_another(text: str, a: _Mention, authorities: list[_Mention]) -> bool:
    """Is *a* a speaker whose words name another authority as the actor ("officials said the regulator ...")?"""
    said = _SAID_THAT.match(text, a.end)
    return said is not None and any(b.start == said.end() for b in authorities)


# acts that fall on a platform's people or purse, never done by the platform itself
_ACTS_ON_PEOPLE = frozenset({Action.PROSECUTION, Action.FINE})


def _someone_elses_act(doc: _Document, i: int, trigger: Cue, action: Action) -> bool:
    """Is the act the platform's own, or an arrest of someone not its people?"""
    if action not in _ACTS_ON_PEOPLE:
        # "Instagram will remove the images", "Facebook geo-blocked the group"
        return _platform_acts(doc, i, trigger)
    # "a woman arrested by the morality police": not the platform's people
    return trigger.needs_people and not doc.people[i] and not doc.has(_STAFF, i)


# "suspended by Google": a passive whose agent follows
_BY_AGENT = re.compile(r"\s+by\s+(?:the\s+)?")
# "the pages it had shut down": what the platform took down, told after naming it
_ITS_OWN_OBJECTS = re.compile(
    r"\b(?:pages|accounts|posts|groups|channels|videos|profiles|networks?|content)\s+"
    r"(?:that\s+|which\s+)?it\s+(?:had\s+|has\s+|later\s+)?$",
    re.IGNORECASE,
)


def _platform_acts(doc: _Document, i: int, trigger: Cue) -> bool:
    """Is a platform (or "the company") the subject of the trigger ("Instagram will remove ...")?"""
    text = doc.text
    # "after the authorities asked it to, Telegram blocked 64 channels": done on request;
    # but "two days after Twitter removed a post" in a sentence about the government is not
    if doc.authorities[i] and _REQUEST_WORD.search(
        text, doc.sentences[i].start, trigger.start
    ):
        return False
    # "the app had been suspended by Google": the platform is the agent
    agent = next(
        (m for m in doc.platforms[i] if m.start >= trigger.end and m.kind != "class"),
        None,
    )
    if agent is not None and _BY_AGENT.fullmatch(text, trigger.end, agent.start):
        return True
    before = [
        m for m in doc.platforms[i] if m.end <= trigger.start and m.kind != "class"
    ]
    if before and _OWN_VERB_BETWEEN.fullmatch(text, before[-1].end, trigger.start):
        subject, adjacent = (
            before[-1].start,
            not text[before[-1].end : trigger.start].strip(),
        )
    elif (
        before
        and _OPENING.fullmatch(text, doc.sentences[i].start, before[0].start)
        and _SAID_IT.search(text, before[0].end, trigger.start)
    ):
        # "Twitter called the suspension concerning and said it would work to restore access"
        subject, adjacent = before[0].start, False
    elif before and _ITS_OWN_OBJECTS.search(
        text, max(before[-1].end, trigger.start - 40), trigger.start
    ):
        # "Facebook did not list the pages it had shut down": it is the platform
        subject, adjacent = before[-1].start, False
    else:
        company = _COMPANY_SUBJECT.search(
            text, max(0, trigger.start - 60), trigger.start
        )
        if company is None:
            return False
        subject, adjacent = company.start(), not company.group("gap").strip()
    # "keeps Facebook blocked", "WhatsApp blocked in China": a bare participle
    # with no object is a passive, not the platform's act
    verb = _VERB.match(text, trigger.start)
    if adjacent and verb is not None and _PASSIVE_AFTER.match(text, verb.end()):
        return False
    # "demanded that TikTok delete", "told the company to remove": not of its own accord
    return not _DEMAND_BEFORE.search(text, max(0, subject - 50), subject)


def _same_clause(text: str, a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return not _CLAUSE_BREAK_INSIDE.search(text, lo, hi)


def _issued_for(doc: _Document, i: int, trigger: Cue) -> Temporal | None:
    near: list[Temporal] = [
        t
        for t in doc.near(doc.temporals, i, trigger.start)
        if t.kind is TemporalKind.DATE
    ]
    limits = [
        t for t in near if _LIMIT_START.search(doc.text, max(0, t.start - 40), t.start)
    ]
    if limits:
        # "had seven days from Aug. 28 to register": the day the limit was set
        return limits[0]
    lifts = trigger.value == Action.UNBLOCK
    dates = [
        t
        for t in near
        if not _is_deadline_date(doc, t)
        # "Monday's coup", "last year's election": the day names another event
        and not doc.text.startswith(("'s ", "\u2019s "), t.end)
        # "its Lite app, launched in France this month": the day of another event
        and not (
            t.start > trigger.end
            and _EVENT_DATED.search(doc.text, max(trigger.end, t.start - 45), t.start)
        )
        # "ordered a block on Saturday, reviving a battle that began five years ago":
        # after the act, the start of the story it belongs to ("a chapter that began on
        # February 5, when the regulator sent a circular" dates an act told after it)
        and not (
            t.start > trigger.end
            and _BEGAN_CLAUSE.search(doc.text, max(trigger.end, t.start - 45), t.start)
        )
        and not _EVENT_CLAUSE.search(
            doc.text, max(doc.sentences[i].start, t.start - 110), t.start
        )
        # "has shut off PUBG, and an official said on Wednesday that ...": the day
        # another speaker spoke, not the act's; "..., but it still worked on Tuesday":
        # the day of what came of it
        and not (
            t.start > trigger.end
            and (
                _SPOKEN_AFTER.search(doc.text, trigger.end, _head(doc, t))
                or _CONTRAST_BETWEEN.search(doc.text, trigger.end, t.start)
                # "fined TikTok, saying the app let children on in 2020": the day
                # of what the issuer says happened, not of the fine
                or _SAYING_CLAUSE.search(
                    doc.text, max(trigger.end, t.start - _WINDOW), t.start
                )
            )
        )
        # "ordered it to delete posts that reported a man's arrest ten years ago": the
        # day of the relative clause's event, not of the order; told before the act,
        # the clause must have ended ("The agency, which was set up in 2005, ordered"),
        # but not to say when ("a dispute that began on July 2, when it ordered")
        and not (
            _RELATIVE_EVENT.search(
                doc.text,
                trigger.end
                if t.start > trigger.end
                else max(doc.sentences[i].start, t.start - 110),
                t.start,
            )
            and (
                t.start > trigger.end
                or _CLAUSE_ENDED.match(doc.text, t.end, trigger.start) is not None
            )
        )
        # "to lift the block, ... to end a ban imposed last November": the other act's day
        and not (
            t.start > trigger.end
            and _OTHER_ACT_DATED.search(
                doc.text,
                # an unblock's own words name the act it lifts ("end a ban imposed ...")
                max(trigger.start if lifts else trigger.end, t.start - 50),
                t.start,
            )
        )
    ]
    start = clause_start(
        doc.text, max(doc.sentences[i].start, trigger.start - _WINDOW), trigger.start
    )
    dates = [
        t
        for t in dates
        # "blocked Discord on Wednesday, ... a day after Russia cut off the same
        # service": the act told inside an after-clause is not of the main clause's day
        if not (
            t.end <= trigger.start
            and _INSIDE_AFTER.search(doc.text, t.end, trigger.start)
        )
        and not _said_before(_NOT_ISSUED, doc, t, 25)
        and not _in_dateline(doc, t)
        and t.preposition not in {"by", "until", "from", "since", "before", "after"}
    ]
    if not dates:
        return None
    dated = [t for t in dates if _dated(doc, t)]
    if dated:
        first: Temporal = dated[0]
        return first  # "His ruling, dated April 26": the document's own date
    in_clause = [t for t in dates if t.start >= start]
    if not in_clause and _SUBORDINATE.match(doc.text, start):
        return None  # "found it unreachable on Friday after the government ordered it blocked": Friday is not the order's day
    pick = _nearest(in_clause or dates, trigger.start, prefer_before=False)
    return pick if isinstance(pick, Temporal) else None


_OTHER_ACT_DATED = re.compile(
    r"\b(?:bans?|blocks?|suspensions?|restrictions?|decisions?|laws?|decree|rules?)\s+(?:\w+\s+)?"
    r"(?:imposed|introduced|ordered|adopted|issued|announced|decided|taken|passed)\s+"
    r"(?:[\w.,]+\s+){0,3}$"
    # "acting on a letter dated February 1 from the watchdog": the day of the request acted on
    r"|\b(?:acting\s+on|in\s+response\s+to|following|at\s+the\s+request\s+of|based\s+on)\s+"
    r"(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}(?:letter|request|order|complaint|petition|ruling|decision)\s+dated\s+$",
    re.IGNORECASE,
)
# "the attack, which happened ... on April 15", "the order, which came to light on
# Saturday": a relative clause that dates another event or the news of the act
_EVENT_CLAUSE = re.compile(
    r"\b(?:which|that|who)\s+(?:happened|occurred|took\s+place|came\s+to\s+light|became\s+(?:known|public))"
    r"\b[^.;]{0,90}$",
    re.IGNORECASE,
)
_RELATIVE_EVENT = re.compile(
    r"\b(?:that|which|who)\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+)?"
    r"(?:[a-z]+ed|took|made|ran|sent|wrote|began|came|won|lost)\b[^,;.]*$",
    re.IGNORECASE,
)
_CLAUSE_ENDED = re.compile(r"[^,;]*,(?!\s+(?:when|where|as|after|before)\b)")
_BEGAN_CLAUSE = re.compile(
    r"\b(?:which|that)\s+(?:began|started|erupted|broke\s+out)\b[^.;,]{0,30}$",
    re.IGNORECASE,
)
_EVENT_DATED = re.compile(
    r"\b(?:launched|released|introduced|founded|created|elected|rolled\s+out)\b[^.;,]{0,40}$",
    re.IGNORECASE,
)
_DATELINE_DATE = re.compile(
    r"[A-Z][A-Za-z .'-]{2,30},\s+(?P<date>[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,\s+\d{4})?)\s*(?:\([^)]{0,40}\)\s*)?[-\u2013\u2014:]"
)


def _head(doc: _Document, t: Temporal) -> int:
    """Where a date's phrase starts: before "Wednesday, " in "on Wednesday, Jan. 1"."""
    m = WEEKDAY_BEFORE.search(doc.text, max(0, t.start - 12), t.start)
    return m.start() if m else t.start


def _dated(doc: _Document, t: Temporal, since: int = 0) -> bool:
    """Is the date given as a document's own ("His ruling, dated April 26")?

    *since* bounds the look-back (a sentence's start).
    """
    return _DATED.search(doc.text, max(since, t.start - 80), t.start) is not None


def _said_before(
    pattern: re.Pattern[str], doc: _Document, t: Temporal, width: int
) -> bool:
    """Does *pattern* end where the date's phrase begins, within *width* characters?"""
    head = _head(doc, t)
    return bool(pattern.search(doc.text, max(0, head - width), head))


def _in_dateline(doc: _Document, t: Temporal) -> bool:
    """Is the date the dateline's ("HANOI, May 23 (Agency) -"): the report's day, not the act's?"""
    i = doc.sentence_at(t.start)
    if i < 0:
        return False
    m = _DATELINE_DATE.match(doc.text, doc.sentences[i].start)
    return m is not None and m.start("date") <= t.start < m.end("date")


def _is_deadline_date(doc: _Document, t: Temporal) -> bool:
    return bool(
        _said_before(_DEADLINE_DATE, doc, t, 40)
        or _DEADLINE_AFTER.match(doc.text, t.end)
    )


def _state_as_of(doc: _Document, i: int, t: Temporal) -> bool:
    """Is the date one a state held by, from or until, told with no duty to meet it?

    "By Tuesday afternoon subscribers could not connect", "the sites loaded again from
    Friday", "had not replied by Thursday evening": the day things stood so, not a
    deadline. "Operators must report by June 2" and "gave them until May 1 to" are.
    A clause that opens on the date needs a word of duty; elsewhere an act told in
    the sentence is enough.
    """
    head = _head(doc, t)
    start = doc.sentences[i].start
    frame = _FRAME_BEFORE.search(doc.text, max(start, head - 25), head)
    if frame is None:
        return False
    # "from February 2019 to July 2023 the company tweaked its rankings": a span of time
    if frame.group().lower().startswith("from") and _RANGE_END.match(doc.text, t.end):
        return True
    if doc.has(_DUTY, i):
        return False
    if _TO_DO_AFTER.match(doc.text, t.end):
        return False
    opens = _CLAUSE_OPENING.fullmatch(doc.text, start, frame.start()) is not None
    return opens or not doc.triggers[i]


def _deadlines_in(doc: _Document, i: int) -> list[tuple[Temporal, Temporal | None]]:
    """Deadlines stated in sentence *i*, worked out once per sentence."""
    if i not in doc.deadlines:
        doc.deadlines[i] = _find_deadlines(doc, i)
    return list(doc.deadlines[i])


def _find_deadlines(doc: _Document, i: int) -> list[tuple[Temporal, Temporal | None]]:
    """Deadlines stated in sentence *i*: (date or duration, the other when both are given)."""
    text = doc.text
    out: list[tuple[Temporal, Temporal | None]] = []
    if not doc.triggers[i] and any(c.scope == "access" for c in doc.outcomes[i]):
        return out  # "By Monday the app was still working": a state as of a day, no deadline
    temporals = doc.temporals[i]
    durations = []
    for t in temporals:
        if t.kind is TemporalKind.DURATION:
            if (
                _PERIOD_BEFORE.search(text, max(0, t.start - 20), t.start)
                or (
                    _RATE.match(text, t.start)
                    and _RATE_BEFORE.search(text, max(0, t.start - 40), t.start)
                )
                or _POSSIBLE_BEFORE.search(text, max(0, t.start - 50), t.start)
            ):
                # "for two weeks", "100,000 visits a month", "a meeting could take
                # place within two weeks": not a time to act
                continue
            if _DURATION_CUE_BEFORE.search(
                text, max(doc.sentences[i].start, t.start - 60), t.start
            ) or _DURATION_CUE_AFTER.match(text, t.end):
                durations.append(t)
    dates = [
        t
        for t in temporals
        if t.kind is TemporalKind.DATE
        and _is_deadline_date(doc, t)
        and not _state_as_of(doc, i, t)
    ]
    used: set[int] = set()
    for d in durations:
        partner = next(
            (x for x in dates if abs(x.start - d.end) < _NEAR and id(x) not in used),
            None,
        )
        if partner is not None:
            used.add(id(partner))
        out.append((d, partner))
    out.extend((x, None) for x in dates if id(x) not in used)
    return out


def _licence_held(text: str, trigger: Cue, action: Action) -> bool:
    """Whether a licence is told as held or lacked: the state of things, not an order."""
    return (
        action is Action.REGISTRATION
        and text[trigger.start : trigger.start + 5].lower() == "licen"
        and _HELD_BEFORE.search(text, max(0, trigger.start - 40), trigger.start)
        is not None
    )


def _hedged(doc: _Document, i: int, trigger: Cue) -> bool:
    """Is the trigger hedged? Asked several times per trigger, worked out once."""
    key = (trigger.start, trigger.end)
    found = doc.hedged.get(key)
    if found is None:
        found = doc.hedged[key] = is_hedged(doc.text, doc.sentences[i].start, trigger)
    return found


def _candidates(doc: _Document, default: str | None) -> list[_Candidate]:  # noqa: C901
    text = doc.text
    out: list[_Candidate] = []
    for i in range(len(doc.sentences)):
        triggers = doc.triggers[i]
        hedged = [_hedged(doc, i, t) for t in triggers]
        legislation_here = any(t.value == Action.LEGISLATION for t in triggers)
        unblock_here = any(
            t.value == Action.UNBLOCK and not h
            for t, h in zip(triggers, hedged, strict=True)
        )
        made_here: list[_Candidate] = []
        acts_here = any(
            t.value in _BLOCK_LIKE and not h and not _is_reference(text, t)
            for t, h in zip(triggers, hedged, strict=True)
        )
        for trigger, trigger_hedged in zip(triggers, hedged, strict=True):
            if trigger_hedged:
                continue
            if (
                made_here
                and made_here[-1].action is Action.COOPERATION_REQUEST
                and _PURPOSE_BEFORE.search(
                    text, max(0, trigger.start - 5), trigger.start
                )
            ):
                continue  # "sought cooperation ... to eliminate content": the purpose of the act before it
            action = Action(trigger.value)
            reference = _is_reference(text, trigger) or (
                # "The law, which parliament passed on July 12": the law told before
                action is Action.LEGISLATION
                and _THE_LAW.match(text, trigger.start) is not None
                and any(o.action is Action.LEGISLATION for o in [*out, *made_here])
            )
            if reference and acts_here:
                continue  # the sentence tells the act itself; "the ban" in it adds nothing
            if (
                unblock_here
                and action in _BLOCK_LIKE
                and (reference or not _ACT_PARTICIPLE_AFTER.match(text, trigger.end))
            ):
                continue  # "overturned a suspension ... because it restricted": the block is what is lifted
            if action is Action.BLOCK and (
                legislation_here
                or _INSTRUMENT_BEFORE.search(
                    text, max(0, trigger.start - 40), trigger.start
                )
            ):
                continue
            platforms = _platforms_for(doc, i, trigger, out)
            if trigger.needs_platform and not platforms:
                continue
            if _someone_elses_act(doc, i, trigger, action) or _licence_held(
                text, trigger, action
            ):
                continue
            if action in {Action.LEGISLATION, Action.REGISTRATION} and not platforms:
                # "issued the directions on April 28. They require VPN providers to ...":
                # whom the instrument binds may be told in the next sentence
                platforms = _bound_next(doc, i)
                if (
                    not platforms
                    and not (doc.has(_GOVERNMENT, i) and doc.has(_ONLINE, i))
                    # "a bill that bars app store operators such as Google and Apple
                    # from": the stores it binds (see _scope_laws)
                    and not _app_stores(doc, i)
                ):
                    continue
            jurisdiction, jspan, issuer = _jurisdiction_for(doc, i, trigger, default)
            if jurisdiction is None:
                continue
            # "a judge on Tuesday stopped Ohio from enforcing a new law that would
            # have forced ...": the court and its day are the ruling's, not the law's
            judged = _judged_law(text, action, issuer)
            issuer = None if judged else issuer
            intermediaries = [
                m
                for m in doc.near(doc.intermediaries, i, trigger.start)
                if m.kind != _REGULATOR and _is_addressee(text, m)
            ]
            regulators = [
                m
                for m in doc.near(doc.intermediaries, i, trigger.start)
                if m.kind == _REGULATOR
                and action in _ACCESS_ACTIONS
                and (_is_addressee(text, m) or _carries_out(text, m, trigger))
            ]
            made_here.append(
                _Candidate(
                    action=action,
                    sentence=i,
                    trigger=trigger,
                    jurisdiction=jurisdiction,
                    jurisdiction_span=jspan,
                    platforms=platforms,
                    issuer=issuer,
                    issued=None
                    if judged
                    or _REFUSED_BEFORE.search(
                        text, max(0, trigger.start - 15), trigger.start
                    )
                    else _issued_for(doc, i, trigger),
                    intermediaries=intermediaries,
                    regulators=regulators,
                    last_sentence=i,
                    mentioned={i},
                    defaulted=jspan is None
                    and not (issuer is not None and issuer.code),
                    reference=reference,
                    monitored=issuer is None
                    and action in _BLOCK_LIKE
                    and doc.has(_MONITOR, i),
                    met=action is Action.REGISTRATION
                    and _MET_BEFORE.search(
                        text, max(0, trigger.start - 30), trigger.start
                    )
                    is not None
                    and text[trigger.start : trigger.end]
                    .lower()
                    .startswith("registered"),
                )
            )
        _share_deadlines(doc, i, made_here)
        out.extend(made_here)
    return out


def _judged_law(text: str, action: Action, issuer: _Mention | None) -> bool:
    """Is a law told with a court as its actor? The court ruled on it; it did not make it."""
    return (
        action is Action.LEGISLATION
        and issuer is not None
        and _COURT.search(text, issuer.start, issuer.end) is not None
    )


def _gap(cue: Cue, position: int) -> int:
    return max(cue.start - position, position - cue.end, 0)


def _share_deadlines(doc: _Document, i: int, made_here: list[_Candidate]) -> None:
    """Each deadline of sentence *i* goes to the act its nearest trigger names."""
    if not doc.triggers[i]:
        return
    deadlines = _deadlines_in(doc, i)
    if not deadlines:
        return
    for deadline in deadlines:
        at = deadline[0].start
        # a time allowed follows the act it is for ("ordered X to remove videos within
        # four hours, and fined it"): the last trigger before it in its clause, else the nearest
        before = [
            t
            for t in doc.triggers[i]
            if t.end <= at and _same_clause(doc.text, t.end, at)
        ]
        nearest = (
            max(before, key=lambda t: t.end)
            if before
            else min(doc.triggers[i], key=lambda t: _gap(t, at))
        )
        owner = [c for c in made_here if c.trigger is nearest]
        if owner:
            owner[0].deadlines.append(deadline)
        elif _hedged(doc, i, nearest):
            # "failed to register within seven days": the registration's deadline,
            # wherever that act is told
            doc.orphan_deadlines.append((Action(nearest.value), i, deadline))
        else:
            for c in made_here:
                c.deadlines.append(deadline)


def _place_orphan_deadlines(doc: _Document, directives: list[_Candidate]) -> None:
    for action, i, deadline in doc.orphan_deadlines:
        ids = {m.id for m in doc.platforms[i]}
        same = [c for c in directives if c.action is action]
        named = [c for c in same if c.platform_ids() & ids]
        pool = named or (same if len(same) == 1 else [])
        for c in pool[:1]:
            c.deadlines.append(deadline)


def _is_addressee(text: str, m: _Mention) -> bool:
    """Is an intermediary the one ordered to act ("told internet providers to cut access")?"""
    return bool(
        _ADDRESSEE_BEFORE.search(text, max(0, m.start - 60), m.start)
        or _ADDRESSEE_AFTER.match(text, m.end)
    )


def _carries_out(text: str, m: _Mention, trigger: Cue) -> bool:
    """Is the mention the subject of the trigger ("the telecoms authority (TA) on Monday blocked")?"""
    return (
        0 <= trigger.start - m.end <= _SUBJECT_GAP
        and _SUBJECT_BRIDGE.fullmatch(text, m.end, trigger.start) is not None
    )


def _through_regulators(directives: list[_Candidate]) -> None:
    """A block a telecoms regulator is told to carry out, or carries out, reaches the operators.

    Unless the regulator's own order to the operators is told as an act of its
    own: then that order is the one that targets intermediaries.
    """
    for c in directives:
        if c.intermediaries or not c.regulators:
            continue
        if next(_orders_to_operators(c, directives), None) is None:
            c.intermediaries = list(c.regulators)


def _orders_to_operators(
    c: _Candidate, directives: list[_Candidate]
) -> Iterator[_Candidate]:
    """The other directives that order the same act on the same platform from intermediaries."""
    return (
        o
        for o in directives
        if o is not c
        and o.action is c.action
        and o.intermediaries
        and o.platform_ids() & c.platform_ids()
    )


def _compatible(a: _Candidate, b: _Candidate) -> bool:
    """Could two mentions be one act? Same action and country, shared platforms, dates that fit."""
    if a.action != b.action or (
        a.jurisdiction != b.jurisdiction and not (a.defaulted or b.defaulted)
    ):
        return False
    pa, pb = _expand_classes(a), _expand_classes(b)
    if pa and pb and not pa & pb and a.action not in _REGIMES:
        return False
    # notices to X and to Facebook and Instagram are both to social media, but demands
    # on two sets of named services with none in common are two acts (a block's list of
    # services grows sentence by sentence, and a regime's too)
    sa = {p.id for p in a.platforms if p.kind != "class"}
    sb = {p.id for p in b.platforms if p.kind != "class"}
    if sa and sb and not sa & sb and a.action in _ADDRESSED:
        return False
    if a.issued is not None and b.issued is not None:
        da, db = a.issued.date, b.issued.date
        if da is None or db is None or not da.overlaps(db):
            return False
    # two named issuers, one ordering intermediaries and one not: two acts (a court and the regulator it instructs)
    return not (
        bool(a.intermediaries) != bool(b.intermediaries)
        and a.issuer is not None
        and b.issuer is not None
        and a.issuer.id.casefold() not in b.issuer.id.casefold()
        and b.issuer.id.casefold() not in a.issuer.id.casefold()
    )


def _expand_classes(c: _Candidate) -> set[str]:
    """Platform ids, with each service's class added, so "messaging platforms" meets "Telegram"."""
    registry = gazetteer.platforms()
    ids = {p.id for p in c.platforms}
    return ids | {registry[i].category or i for i in ids if i in registry}


def _absorb(into: _Candidate, other: _Candidate) -> None:
    have = {p.id for p in into.platforms}
    into.platforms.extend(p for p in other.platforms if p.id not in have)
    services = [p for p in into.platforms if p.kind != "class"]
    if services:
        into.platforms = services
    if into.issued is None or (
        other.issued is not None
        and other.issued.date
        and into.issued.date
        and len(other.issued.date.iso()) > len(into.issued.date.iso())
    ):
        into.issued = other.issued or into.issued
    into.intermediaries.extend(other.intermediaries)
    into.regulators.extend(other.regulators)
    into.deadlines.extend(other.deadlines)
    into.issuer = into.issuer or other.issuer
    into.jurisdiction_span = into.jurisdiction_span or other.jurisdiction_span
    into.extra_triggers.append(other.trigger)
    into.last_sentence = max(into.last_sentence, other.sentence)
    into.mentioned |= other.mentioned
    into.met = into.met and other.met
    if into.defaulted and not other.defaulted:
        into.jurisdiction, into.defaulted = other.jurisdiction, False


_COURT = re.compile(r"\b(?:courts?|judges?|justices?|tribunals?)\b", re.IGNORECASE)
# "has once again fined", "fined it anew": the act told is a repeat of an earlier one
_AGAIN_BEFORE = re.compile(
    r"\b(?:once\s+again|again|anew)\s+(?:\w+\s+)?$", re.IGNORECASE
)


# "..., the administrator told staff on Monday", "said in a joint statement on Tuesday"
_TOLD_BEFORE = re.compile(
    r"\b(?:said|says|told|announced|stated|confirmed)\b(?:(?!\b(?:that|which|who)\b)[^.;]){0,45}$",
    re.IGNORECASE,
)
_TOLD_WITHIN = dt.timedelta(days=7)


def _told_on(
    doc: _Document, i: int, position: int, reference: PartialDate
) -> Temporal | None:
    """The day, near *position* in sentence *i* or near the next one's start, on which the act's news was told, within a week before *reference*."""
    last = reference.last_day()
    if last is None:
        return None
    places = [(i, position)]
    if i + 1 < len(doc.sentences):
        places.append((i + 1, doc.starts[i + 1]))
    for k, near in places:
        nearby: list[Temporal] = doc.near(doc.temporals, k, near)
        for t in nearby:
            day = t.date.first_day() if t.date is not None and t.date.day else None
            if (
                t.kind is TemporalKind.DATE
                and day is not None
                and last - _TOLD_WITHIN <= day <= last
                and not _in_dateline(doc, t)
                and _said_before(_TOLD_BEFORE, doc, t, 60)
            ):
                return t
    return None


def _news_and_older(a: _Candidate, b: _Candidate, doc: _Document) -> bool:
    """Is *a* a block the lead tells as done, or an act it tells as repeated, undated, and *b* one dated well before the report?"""
    first = doc.reference.first_day() if doc.reference is not None else None
    if a.issued is not None or a.sentence >= _LEAD or first is None:
        return False
    # "has once again slapped a fine on": the news repeats an older act, it is not it
    again = _AGAIN_BEFORE.search(
        doc.text,
        max(doc.sentences[a.sentence].start, a.trigger.start - 30),
        a.trigger.start,
    )
    if again is None and (a.action not in _BLOCK_LIKE or _told_as_done(doc, a) is None):
        return False
    last = b.issued.date.last_day() if b.issued and b.issued.date else None
    return last is not None and (first - last).days > _NEWS_DAYS


def _merge(candidates: list[_Candidate], doc: _Document) -> list[_Candidate]:
    merged: list[_Candidate] = []
    for c in candidates:
        # the lead's undated news is not an act told as dated weeks before the report
        matches = [
            m
            for m in merged
            if _compatible(m, c)
            and not _news_and_older(m, c, doc)
            and not _news_and_older(c, m, doc)
        ]
        if (c.reference or c.monitored) and not matches:
            # "the ban" with no act of its own: it may still name a block-like act told earlier
            matches = _told_act(c, merged)
            if not matches and c.reference:
                continue
        # "the ban" takes no day of its own; "the rules, published February 25" dates
        # the law when it had none (a day it already has is kept)
        if (c.reference and c.action is not Action.LEGISLATION) or (
            c.monitored and matches
        ):
            c.issued = None
        if not matches:
            merged.append(c)
            continue
        same_flag = [
            m for m in matches if bool(m.intermediaries) == bool(c.intermediaries)
        ]
        target = (same_flag or matches)[-1]
        _absorb(target, c)
    return _fold_monitored(merged)


def _told_act(c: _Candidate, pool: list[_Candidate]) -> list[_Candidate]:
    """The acts of *pool* a reference *c* may name: block-like acts sharing a platform, or for "the law", the laws of its country."""
    if c.action is Action.LEGISLATION:
        return [
            m
            for m in pool
            if m.action is Action.LEGISLATION and m.jurisdiction == c.jurisdiction
        ]
    if c.action not in _BLOCK_LIKE:
        return []
    return [
        m
        for m in pool
        if m.action in _BLOCK_LIKE and m.platform_ids() & c.platform_ids()
    ]


def _fold_monitored(merged: list[_Candidate]) -> list[_Candidate]:
    """A monitor's report told before the act it measured joins that act."""
    kept = []
    for c in merged:
        acts = (
            [m for m in _told_act(c, merged) if not m.monitored] if c.monitored else []
        )
        if acts:
            c.issued = None
            _absorb(acts[0], c)
        else:
            kept.append(c)
    return kept


_BAN_WORD = re.compile(
    r"^(?:ban\w*|barr\w*|outlaw\w*|prohibit\w*|restriction|shutdown"
    # "the ban took effect": the ban's start, not a block of its own
    r"|(?:the\s+)?ban\s+(?:began|started|took\s+effect|came\s+into\s+force))$",
    re.IGNORECASE,
)


def _same_day(a: _Candidate, b: _Candidate) -> bool:
    da = a.issued.date if a.issued else None
    db = b.issued.date if b.issued else None
    return da is not None and db is not None and da.overlaps(db)


def _fold_law_bans(doc: _Document, directives: list[_Candidate]) -> list[_Candidate]:
    """A "ban" told beside a law or a device ban on the same platform is that law's ban, not a block of its own."""
    out = []
    for c in directives:
        words = [doc.text[t.start : t.end] for t in [c.trigger, *c.extra_triggers]]
        hosts = [
            h
            for h in directives
            if h is not c
            and h.action in {Action.LEGISLATION, Action.DEVICE_BAN}
            and h.jurisdiction == c.jurisdiction
            and h.platform_ids() & c.platform_ids()
        ]
        dated = [h for h in hosts if _same_day(h, c)]
        pool = dated or hosts
        host = pool[0] if pool else None
        same_act = (
            host is not None
            and host.action is Action.DEVICE_BAN
            and c.issued is not None
            and host.issued is not None
            and c.issued.date is not None
            and host.issued.date is not None
            and c.issued.date.overlaps(host.issued.date)
        )
        if (
            c.action is Action.BLOCK
            and not c.intermediaries
            and host is not None
            and (same_act or all(_BAN_WORD.match(w) for w in words))
        ):
            host.mentioned |= c.mentioned
            host.deadlines.extend(c.deadlines)
            continue
        law = _law_told_before(c, directives)
        if law is not None:
            law.mentioned |= c.mentioned
            law.deadlines.extend(c.deadlines)
            continue
        out.append(c)
    return out


def _law_told_before(c: _Candidate, directives: list[_Candidate]) -> _Candidate | None:
    """The law whose duties an undated, untargeted registration right after it tells.

    "The rules ... Besides, they oblige platforms to appoint a compliance officer":
    the duty is part of the rules, not a registration order of its own.
    """
    if c.action is not Action.REGISTRATION or c.platforms or c.issued is not None:
        return None
    laws = [
        h
        for h in directives
        if h.action is Action.LEGISLATION
        and h.jurisdiction == c.jurisdiction
        and 0 <= c.sentence - max(h.mentioned) <= 1
    ]
    return laws[-1] if laws else None


def _refers(doc: _Document, i: int) -> bool:
    """Does sentence *i* point back to the act just told ("the ban", "before the deadline")?

    Asked only where the answer matters: most sentences follow no act.
    """
    # "submit their applications before the December 31 deadline": the act just told
    return (
        doc.has(_REFERENCE, i)
        or doc.has(_ANAPHOR, i)
        or doc.has(_DEADLINE_WORD, i)
        or (doc.has(_TO_COMPLY, i) and bool(_deadlines_in(doc, i)))
        or _BINDS.match(doc.text, doc.sentences[i].start) is not None
        or _THEY.match(doc.text, doc.sentences[i].start) is not None
    )


def _followed(
    doc: _Document, i: int, directives: list[_Candidate]
) -> _Candidate | None:
    """The directive a sentence without a trigger tells more of, if any."""
    earlier = [c for c in directives if c.sentence < i and i - c.last_sentence <= 3]  # noqa: PLR2004
    ids = {m.id for m in doc.platforms[i] if m.kind != "class"}
    if not ids and doc.has(_IN_FORCE, i):
        # "Most of its provisions will come into force 60 days after publication": the
        # law or regime just told, which is what comes into force; "The law takes
        # effect on Jan. 1": the law told, however far back
        pool = (
            [c for c in directives if c.sentence < i]
            if doc.has(_LAW_WORD, i)
            else earlier
        )
        regimes = [c for c in pool if c.action in _REGIMES]
        if regimes or earlier:
            return (regimes or earlier)[-1]
    if not earlier:
        # the lead names a deadline ("pushed back to Sept. 25 the deadline for VPN
        # providers"), the body tells the act it belongs to
        later = [c for c in directives if 0 < c.sentence - i <= 3]  # noqa: PLR2004
        return later[0] if later and doc.has(_DEADLINE_WORD, i) else None
    if not ids:
        return earlier[-1] if _refers(doc, i) else None
    named = [c for c in earlier if c.platform_ids() & ids]
    if named:
        return named[-1]
    if not doc.has(_MORE_TARGETS, i):
        return None
    # "The list also includes Shareit and Weibo": more of the last act's targets
    target = earlier[-1]
    have = target.platform_ids()
    target.platforms.extend(
        m for m in doc.platforms[i] if m.kind != "class" and m.id not in have
    )
    return target


def _attach_followers(doc: _Document, directives: list[_Candidate]) -> None:
    """Dates and deadlines in sentences without a trigger go to the directive they refer to."""
    with_trigger = {i for c in directives for i in c.mentioned}
    for i in range(len(doc.sentences)):
        if i in with_trigger:
            continue
        sentence = doc.sentences[i]
        target = _followed(doc, i, directives)
        if target is None:
            continue
        orphans = {id(d) for _, j, d in doc.orphan_deadlines if j == i}
        target.deadlines.extend(
            d for d in _deadlines_in(doc, i) if id(d) not in orphans
        )
        # "The framework, gazetted on August 1": the document's own date outranks
        # the day it was reported; only a date of this sentence can take its place,
        # so a sentence with none needs no more questions
        if doc.temporals[i] and (
            target.issued is None
            or (_refers(doc, i) and not _dated(doc, target.issued))
        ):
            for t in doc.temporals[i]:
                if t.kind is TemporalKind.DATE and _dated(doc, t, sentence.start):
                    target.issued = t
                    break
        target.last_sentence = max(target.last_sentence, i)
        target.mentioned.add(i)


def _outcome_status(cue: Cue, action: Action) -> OutcomeStatus | None:
    if cue.value == "restored":
        return (
            OutcomeStatus.ENFORCED
            if action is Action.UNBLOCK
            else OutcomeStatus.REVERSED
        )
    if cue.value == "halted":
        # a court stopped the law (_CUE_ACTIONS gives this cue only laws)
        return OutcomeStatus.NOT_ENFORCED
    status = OutcomeStatus(cue.value)
    if action is Action.UNBLOCK and status is OutcomeStatus.REVERSED:
        return None
    if action is Action.UNBLOCK and cue.scope == "access":
        # an unblock is carried out when the platform can be reached again
        return (
            OutcomeStatus.ENFORCED
            if status is OutcomeStatus.NOT_ENFORCED
            else OutcomeStatus.NOT_ENFORCED
        )
    if status in {
        OutcomeStatus.ENFORCED,
        OutcomeStatus.NOT_ENFORCED,
        OutcomeStatus.REVERSED,
    } and action not in _BLOCK_LIKE | {Action.UNBLOCK, Action.PROSECUTION, Action.FINE}:
        return None
    return status


_DEMANDS = frozenset(
    {
        Action.CONTENT_REMOVAL,
        Action.REGISTRATION,
        Action.DATA_REQUEST,
        Action.COOPERATION_REQUEST,
        Action.FINE,
        Action.LEGISLATION,
        Action.OTHER,
    }
)
# what an addressee can appeal and still wait on: never a block, which stays in force
_APPEALABLE = _DEMANDS | {Action.PROSECUTION}
# a block told as done ("Russia blocks Viber", "had restricted access to") is itself
# the news that it is in force; one ordered, planned or due is not
_DONE_BLOCK = re.compile(
    r"(?:block(?:s|ed)|restrict(?:s|ed|ing)|cut(?:s)?\s+off|throttl(?:es|ed|ing)|"
    r"slow(?:s|ed|ing)(?:\s+down)?|shut(?:s)?\s+down)\b",
    re.IGNORECASE,
)
_NOT_DONE_BEFORE = re.compile(
    r"\b(?:to|be|being|would|will|could|should|must|may|might|order\w*|instruct\w*|told|tell\w*|"
    r"ask\w*|direct\w*|demand\w*|requir\w*|want\w*|plan\w*|propos\w*|threat\w*)\b"
    r"(?:\s+[\w'’-]+){0,6}\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


def _told_as_done(doc: _Document, c: _Candidate) -> Cue | None:
    """The trigger that tells a block-like act as already carried out, if one does."""
    for t in [c.trigger, *c.extra_triggers]:
        if not _DONE_BLOCK.fullmatch(doc.text, t.start, t.end):
            continue
        sentence = doc.sentences[doc.sentence_at(t.start)]
        lo = clause_start(doc.text, max(sentence.start, t.start - 80), t.start)
        if not _NOT_DONE_BEFORE.search(doc.text, lo, t.start):
            return t
    return None


def _enforced_by_telling(doc: _Document, directives: list[_Candidate]) -> None:
    """A block told as done is enforced from the day it was made (or as of the report)."""
    for c in directives:
        if c.action not in _BLOCK_LIKE:
            continue
        cue = _told_as_done(doc, c)
        if cue is None:
            continue
        day = c.issued.date if c.issued is not None else None
        c.outcomes.append(
            (
                OutcomeStatus.ENFORCED,
                day or doc.reference,
                cue,
                c.sentence,
                day is not None,
            )
        )


def _later(day: PartialDate, than: PartialDate | None) -> bool:
    """Does *day* certainly begin after *than* ends (a state after the report, an order after the decision)?"""
    first = day.first_day()
    last = than.last_day() if than is not None else None
    return first is not None and last is not None and first > last


def _trigger_gap(c: _Candidate, cue: Cue) -> int:
    """How far the cue stands from the nearest of the directive's trigger words."""
    return min(_gap(t, cue.start) for t in [c.trigger, *c.extra_triggers])


# cues that can only be about some kinds of act
_CUE_ACTIONS = {
    "reversed": _BLOCKS_AND_LIFTINGS,
    "restored": _BLOCKS_AND_LIFTINGS,
    "halted": frozenset({Action.LEGISLATION}),
}


def _latest_told(pool: list[_Candidate], i: int) -> list[_Candidate]:
    """Those of *pool* told last at or before sentence *i*."""
    prior = [c for c in pool if c.sentence <= i]
    if not prior:
        return []
    last = max(max(x for x in c.mentioned if x <= i) for c in prior)
    return [c for c in prior if max(x for x in c.mentioned if x <= i) == last]


def _outcome_targets(cue: Cue, i: int, pool: list[_Candidate]) -> list[_Candidate]:
    """The directives an outcome cue in sentence *i* reports on, from those naming its platform."""
    if cue.scope != "appeal":
        return _reported_on(cue, i, pool)
    # "would appeal against the decision": the demand it answers and the decision's fine
    pool = [c for c in pool if c.action in _APPEALABLE]
    fines = _latest_told([c for c in pool if c.action is Action.FINE], i)
    answered = _reported_on(attrs.evolve(cue, scope="response"), i, pool)
    return answered + [c for c in fines if c not in answered]


def _reported_on(cue: Cue, i: int, pool: list[_Candidate]) -> list[_Candidate]:
    """The directives a cue of the act, of access or of a response reports on."""
    only = _CUE_ACTIONS.get(cue.value)
    if only is not None:
        return [c for c in pool if c.action in only]
    if cue.scope == "access":
        # whether the platform can be reached is the state of every block in force on it
        blocks = [
            c for c in pool if c.action in _BLOCKS_AND_LIFTINGS and c.sentence <= i
        ]
        if blocks:
            return blocks
    elif cue.scope == "response":
        # an answer to a demand: the demands it may answer, never an unblock;
        # a block can be complied with, but not in part ("removed some of the posts")
        demands = [c for c in pool if c.action in _DEMANDS]
        pool = demands or [
            c
            for c in pool
            if c.action is not Action.UNBLOCK and cue.value != "partially_complied"
        ]
    here = [c for c in pool if i in c.mentioned]
    if here:
        if cue.scope == "response":
            return here
        # "lifted the block but left in place a fine": the act whose words are nearest
        return [min(here, key=lambda c: _trigger_gap(c, cue))]
    latest = _latest_told(pool, i)
    if latest:
        return latest if cue.scope == "response" else latest[-1:]
    later = [c for c in pool if c.sentence > i]
    return [min(later, key=lambda c: c.sentence)] if later else []


def _laws_refused(doc: _Document, directives: list[_Candidate]) -> None:
    """A service that refuses or sues over the one general law told is bound by it: its target.

    "WhatsApp has sued the government to stop a provision of the new rules":
    the rules, told as binding "large social media companies", target WhatsApp.
    """
    laws = [
        c
        for c in directives
        if c.action is Action.LEGISLATION
        and all(p.kind == "class" for p in c.platforms)
    ]
    if len(laws) != 1:
        return
    for i, cues in enumerate(doc.outcomes):
        if not any(cue.value == "refused" for cue in cues) or not doc.has(_LAW_WORD, i):
            continue
        services = {m.id: m for m in doc.platforms[i] if m.kind != "class"}
        if services:
            laws[0].platforms = list(services.values())
            return


def _attach_outcomes(doc: _Document, directives: list[_Candidate]) -> None:
    for i in range(len(doc.sentences)):
        for cue in doc.outcomes[i]:
            ids = {m.id for m in doc.platforms[i] if m.kind != "class"} | {
                m.id for m in doc.people[i]
            }
            ids = ids or {m.id for m in doc.platforms[i]}
            if not ids and (doc.has(_ANAPHOR, i) or doc.has(_REFERENCE, i)):
                ids = {m.id for m in _salient_platform(doc, i)}
            pool = (
                [c for c in directives if c.platform_ids() & ids]
                if ids
                else [c for c in directives if c.mentioned & {i, i - 1}]
            )
            # a state cannot be reported as of a day after the report ("processing
            # the request ahead of a May 27 deadline", told on May 23)
            dates = [
                t
                for t in doc.temporals[i]
                if t.kind is TemporalKind.DATE
                and t.date is not None
                and not _later(t.date, doc.reference)
            ]
            # "told providers on Friday to block it, but it still worked on Tuesday":
            # the day in the cue's own clause, where there is one
            opens = clause_start(
                doc.text, max(doc.starts[i], cue.start - _WINDOW), cue.start
            )
            own = [t for t in dates if t.start >= opens]
            as_of_t = _nearest(own or dates, cue.start) if dates else None
            stated = isinstance(as_of_t, Temporal)
            as_of = as_of_t.date if isinstance(as_of_t, Temporal) else doc.reference
            since = (
                as_of_t
                if isinstance(as_of_t, Temporal)
                and _SINCE_BEFORE.search(
                    doc.text, max(0, as_of_t.start - 8), as_of_t.start
                )
                else None
            )
            # "The apps remain available in Hong Kong": the state elsewhere, not under the act
            places = (
                {m.id for m in doc.jurisdictions[i]} if cue.scope == "access" else set()
            )
            for c in _outcome_targets(cue, i, pool):
                if places and c.jurisdiction not in places:
                    continue
                if (
                    stated
                    and c.action is Action.UNBLOCK
                    and c.issued is not None
                    and c.issued.date is not None
                    and _later(c.issued.date, as_of)
                ):
                    continue  # "had been blocked since 2022", told of a 2024 unblock: the state before it
                status = _outcome_status(cue, c.action)
                if status is not None:
                    c.outcomes.append((status, as_of, cue, i, stated))
                if (
                    since is not None
                    and status is OutcomeStatus.ENFORCED
                    and c.action in _BLOCK_LIKE
                    and c.issued is None
                ):
                    # "unreachable since Saturday": the block began then
                    c.issued = since


def _carried_out_by_orders(directives: list[_Candidate]) -> None:
    """A decision to block or unblock is in force once an order to the operators carries it out.

    "The regulator on Friday ordered providers to lift the block, putting into
    effect a cabinet decision": the cabinet's unblock is enforced from Friday.
    """
    for c in directives:
        if c.action not in _ACCESS_ACTIONS or c.intermediaries or c.outcomes:
            continue
        for o in _orders_to_operators(c, directives):
            if (
                o.jurisdiction == c.jurisdiction
                and o.issued is not None
                and o.issued.date is not None
                and not (
                    c.issued is not None
                    and c.issued.date is not None
                    and _later(c.issued.date, o.issued.date)
                )
            ):
                c.outcomes.append(
                    (OutcomeStatus.ENFORCED, o.issued.date, o.trigger, o.sentence, True)
                )
                break


def _pending_while_due(doc: _Document, directives: list[_Candidate]) -> None:
    """With no word on its outcome, a directive whose deadline is still ahead on the day of the report is pending."""
    day = doc.reference.to_date() if doc.reference is not None else None
    if day is None:
        return
    for c in directives:
        partial = [o for o in c.outcomes if o[0] is OutcomeStatus.PARTIALLY_COMPLIED]
        if c.outcomes and not partial:
            continue
        for due, _duration, spans in _deadline_terms(c, doc):
            first = due.first_day() if due is not None else None
            if first is not None and first >= day:
                if partial:
                    # "have begun applying" with the deadline still ahead: not late, not done
                    c.outcomes = [
                        (OutcomeStatus.PENDING, *o[1:])
                        if o[0] is OutcomeStatus.PARTIALLY_COMPLIED
                        else o
                        for o in c.outcomes
                    ]
                    break
                cue = Cue(start=spans[0].start, end=spans[0].end, value="pending")
                c.outcomes.append(
                    (OutcomeStatus.PENDING, doc.reference, cue, c.sentence, False)
                )
                break


def _lifted(c: _Candidate, directives: list[_Candidate]) -> bool:
    """Is *c* a block the article tells as lifted ("restores X after 11-month block")?

    Then the news is the lifting: the block is older than the report.
    """
    return c.action in _BLOCK_LIKE and any(
        u.action is Action.UNBLOCK
        and u.jurisdiction == c.jurisdiction
        and u.platform_ids() & c.platform_ids()
        for u in directives
    )


def _reversals(directives: list[_Candidate]) -> None:
    """An unblock is an outcome of the blocks it lifts."""
    for u in directives:
        if u.action is not Action.UNBLOCK or u.issued is None or u.issued.date is None:
            continue
        for b in directives:
            if (
                b.action in _BLOCK_LIKE
                and b.jurisdiction == u.jurisdiction
                and b.platform_ids() & u.platform_ids()
            ):
                b.outcomes.append(
                    (OutcomeStatus.REVERSED, u.issued.date, u.trigger, u.sentence, True)
                )


def _evidence(
    doc: _Document, source_id: str, start: int, end: int, field: str
) -> Evidence:
    return Evidence(
        source_id=source_id, start=start, end=end, text=doc.text[start:end], field=field
    )


def _best_outcomes(c: _Candidate, doc: _Document, source_id: str) -> list[Outcome]:
    by_date: dict[str, tuple[int, Outcome]] = {}
    reversed_ = any(status is OutcomeStatus.REVERSED for status, *_ in c.outcomes)
    for status, as_of, cue, _i, stated in c.outcomes:
        if reversed_ and not stated and status is not OutcomeStatus.REVERSED:
            # an undated state told beside a lifting ("the block never took effect")
            # describes the time before it, not the day of the report
            as_of = None  # noqa: PLW2901
        key = as_of.iso() if as_of else ""
        rank = cue.rank
        outcome = Outcome(
            status=status,
            as_of=as_of,
            note=None,
            evidence=[_evidence(doc, source_id, cue.start, cue.end, "outcome")],
        )
        if key not in by_date or rank > by_date[key][0]:
            by_date[key] = (rank, outcome)
    return [o for _, o in by_date.values()]


def _took_effect(doc: _Document, directives: list[_Candidate]) -> None:
    """A block that "took effect on Thursday last week" was made that day; it is no deadline.

    A past start told for an undated block, throttle, device ban or lifting is when the act
    began, which is what ``issued`` holds; a law's coming into force stays a deadline.
    """
    for c in directives:
        if c.issued is not None or c.action not in _BLOCKS_AND_LIFTINGS:
            continue
        for pair in c.deadlines:
            a = pair[0]
            if (
                a.kind is TemporalKind.DATE
                and a.date is not None
                and _TOOK_EFFECT_BEFORE.search(doc.text, max(0, a.start - 30), a.start)
            ):
                c.issued = a
                c.deadlines.remove(pair)
                break


def _effective_date(c: _Candidate, doc: _Document) -> PartialDate | None:
    """The full date a directive takes effect, among its deadline dates ("from December 25")."""
    for a, _ in c.deadlines:
        if (
            a.kind is TemporalKind.DATE
            and a.date is not None
            and a.date.is_complete
            and _EFFECTIVE_BEFORE.search(doc.text, max(0, a.start - 25), a.start)
        ):
            return a.date
    return None


def _deadline_terms(
    c: _Candidate, doc: _Document
) -> list[tuple[PartialDate | None, IsoDuration | None, list[Temporal]]]:
    """Each deadline as (due date, duration, the spans that state it); a deadline told twice is one."""
    out: list[tuple[PartialDate | None, IsoDuration | None, list[Temporal]]] = []
    start = c.issued.date if c.issued and c.issued.date else None
    own_start = {
        t.duration
        for pair in c.deadlines
        for t in pair
        if t is not None
        and t.kind is TemporalKind.DURATION
        and _OWN_START_AFTER.match(doc.text, t.end)
    }
    for a, b in c.deadlines:
        duration = (
            a.duration
            if a.kind is TemporalKind.DURATION
            else (b.duration if b and b.kind is TemporalKind.DURATION else None)
        )
        due = (
            a.date
            if a.kind is TemporalKind.DATE
            else (b.date if b and b.kind is TemporalKind.DATE else None)
        )
        if (
            b is not None
            and b.kind is TemporalKind.DATE
            and _START_BEFORE.search(doc.text, max(0, b.start - 15), b.start)
            and duration is not None
            and due is not None
        ):
            # "seven days from Aug. 28": the date is the start
            due = duration.add_to(due)
        if (
            due is None
            and duration is not None
            and _AFTER_EFFECT.match(doc.text, a.end)
        ):
            # "90 days after the decree takes effect": counted from the day it takes effect
            effective = _effective_date(c, doc)
            if effective is not None:
                due = duration.add_to(effective)
        elif (
            due is None
            and duration is not None
            and start is not None
            and start.is_complete
            and duration not in own_start
        ):
            # "within 24 hours of receiving a request" runs from each request, not from the order
            due = duration.add_to(start)
        if due is None and duration is None:
            continue
        spans = [a] + ([b] if b else [])
        told = next((x for x in out if x[0] == due and x[1] == duration), None)
        if told is None:
            out.append((due, duration, spans))
        else:
            told[2].extend(t for t in spans if t not in told[2])
    return _sharpest(out)


def _sharpest(
    terms: list[tuple[PartialDate | None, IsoDuration | None, list[Temporal]]],
) -> list[tuple[PartialDate | None, IsoDuration | None, list[Temporal]]]:
    """A due date told vaguely and then exactly is one deadline: "from next year" and "on Jan. 1, 2026"."""
    kept = []
    for due, duration, spans in terms:
        sharper = next(
            (
                x
                for x in terms
                if due is not None
                and duration is None
                and x[0] is not None
                and x[1] is None
                and len(x[0].iso()) > len(due.iso())
                and x[0].overlaps(due)
            ),
            None,
        )
        if sharper is None:
            kept.append((due, duration, spans))
        else:
            sharper[2].extend(t for t in spans if t not in sharper[2])
    return kept


def _deadline_records(c: _Candidate, doc: _Document, source_id: str) -> list[Deadline]:
    return [
        Deadline(
            due=due,
            within=duration,
            what=None,
            evidence=[
                _evidence(doc, source_id, t.start, t.end, "deadline") for t in spans
            ],
        )
        for due, duration, spans in _deadline_terms(c, doc)
    ]


def _to_directive(c: _Candidate, doc: _Document, source_id: str) -> Directive:
    ev = [_evidence(doc, source_id, c.trigger.start, c.trigger.end, "action")]
    ev.extend(
        _evidence(doc, source_id, t.start, t.end, "action") for t in c.extra_triggers
    )
    ev.extend(
        _evidence(doc, source_id, p.start, p.end, "platforms") for p in c.platforms
    )
    if c.jurisdiction_span is not None:
        ev.append(
            _evidence(
                doc,
                source_id,
                c.jurisdiction_span.start,
                c.jurisdiction_span.end,
                "jurisdiction",
            )
        )
    if c.issuer is not None:
        ev.append(_evidence(doc, source_id, c.issuer.start, c.issuer.end, "issuer"))
    if c.issued is not None:
        ev.append(_evidence(doc, source_id, c.issued.start, c.issued.end, "issued"))
    ev.extend(
        _evidence(doc, source_id, m.start, m.end, "targets_intermediaries")
        for m in c.intermediaries
    )
    platforms = sorted(c.platform_ids())
    issued = c.issued.date if c.issued else c.fallback_issued
    issuer = doc.text[c.issuer.start : c.issuer.end] if c.issuer else None
    return Directive(
        id=directive_id(
            jurisdiction=c.jurisdiction,
            action=c.action,
            platforms=platforms,
            issued=issued,
            issuer=issuer,
            scope=[source_id],
        ),
        jurisdiction=c.jurisdiction,
        issuer=issuer,
        platforms=platforms,
        targets_intermediaries=bool(c.intermediaries),
        action=c.action,
        issued=issued,
        deadlines=_deadline_records(c, doc, source_id),
        outcomes=_best_outcomes(c, doc, source_id),
        source_ids=[source_id],
        evidence=ev,
    )


def dateline_jurisdiction(
    text: str, sentences: Sequence[Sentence]
) -> tuple[str, tuple[int, int]] | None:
    """The country of a dateline's city ("MOSCOW, April 16 -", "KUALA LUMPUR:") and the city's span, if any."""
    for s in sentences[:6]:
        m = re.match(
            r"([A-Z][A-Za-z .'-]{2,30}?)(?:,|\s+[-\u2013\u2014(:]|:)",
            text[s.start : s.end],
        )
        if m:
            found = gazetteer.find_jurisdictions(m.group(1))
            if found:
                return found[0].id, (s.start + found[0].start, s.start + found[0].end)
    return None


def assemble(
    text: str,
    sentences: Sequence[Sentence],
    *,
    source_id: str,
    reference: PartialDate | None,
    ignore: tuple[int, int] | None = None,
) -> list[Directive]:
    """The directives of one article, from its sentences.

    *ignore* is a span (the page's own date line) whose dates say when the page
    was made, not when anything was ordered.
    """
    doc = _Document(text, sentences, reference)
    if ignore is not None:
        doc.temporals = [
            [t for t in ts if t.end <= ignore[0] or t.start >= ignore[1]]
            for ts in doc.temporals
        ]
    default = _default_jurisdiction(doc)
    directives = [
        c
        for c in _fold_law_bans(doc, _merge(_candidates(doc, default), doc))
        if not c.met
    ]
    _scope_laws(doc, directives)
    _attach_followers(doc, directives)
    _place_orphan_deadlines(doc, directives)
    _took_effect(doc, directives)
    _through_regulators(directives)
    for c in directives:
        if (
            c.issued is None
            and c.sentence < _LEAD
            and reference is not None
            and not _lifted(c, directives)
        ):
            # the lead reports an act as news: it happened on the day the lead or the
            # next sentence says it was told, if it says, else by the publication date
            told = _told_on(doc, c.sentence, c.trigger.start, reference)
            if told is not None:
                c.issued = told
            else:
                c.fallback_issued = reference
    _reversals(directives)
    _enforced_by_telling(doc, directives)
    _laws_refused(doc, directives)
    _attach_outcomes(doc, directives)
    _carried_out_by_orders(directives)
    _pending_while_due(doc, directives)
    return [_to_directive(c, doc, source_id) for c in directives]
