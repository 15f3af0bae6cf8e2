"""Table-driven parser cases, in our own words, grouped by the rule they pin down.

Each case is a short article of our own and what the parser must (or must not)
find in it. Real country and platform names are used; the prose is invented.
"""

from __future__ import annotations

import attrs


@attrs.frozen(kw_only=True)
class Expect:
    """One directive the parser must find; None fields are not checked."""

    jurisdiction: str
    action: str
    platforms: tuple[str, ...] = ()
    issued: str | None = None
    targets_intermediaries: bool | None = None
    due: str | None = None
    within: str | None = None
    outcome: str | None = None
    as_of: str | None = None
    """The day the outcome is told as of, when it is checked."""
    issuer: str | None = None
    no_outcome: bool = False
    """When True, the directive must carry no outcome at all."""
    no_deadlines: bool = False
    """When True, the directive must carry no deadline at all."""
    no_due: bool = False
    """When True, no deadline of the directive may carry a due date (its start is not told)."""


@attrs.frozen(kw_only=True)
class Case:
    """An article of our own, its publication date and the directives expected."""

    id: str
    text: str
    published: str | None
    expect: tuple[Expect, ...]
    exact: bool = True
    """When True, no other directive may be found."""


DATES = [
    Case(
        id="a-day-told-with-last-year-is-that-day-of-last-year",
        text=(
            "ANKARA - On November 3 last year Turkey's telecoms authority told internet "
            "providers to block Tumblr."
        ),
        published="2025-02-10",
        expect=(
            Expect(
                jurisdiction="TR",
                action="block",
                platforms=("tumblr",),
                issued="2024-11-03",
            ),
        ),
    ),
    Case(
        id="a-weekday-told-with-a-date-fixes-its-year",
        text=(
            "COLUMBUS - Ohio's new social media law was signed last summer. "
            "The law takes effect on Monday, Jan. 15."
        ),
        published="2024-01-10",
        expect=(Expect(jurisdiction="US", action="legislation", due="2024-01-15"),),
        exact=False,
    ),
    Case(
        id="a-date-that-opens-a-span-is-no-deadline",
        text=(
            "SEOUL - South Korea's competition regulator fined Coupang 140 billion won "
            "on Thursday. From February 2019 to July 2023 the company pushed its own "
            "goods up its search rankings, the regulator found."
        ),
        published="2024-06-14",
        expect=(
            Expect(
                jurisdiction="KR",
                action="fine",
                platforms=("coupang",),
                issued="2024-06-13",
                no_deadlines=True,
            ),
        ),
    ),
    Case(
        id="a-law-taking-effect-told-far-from-it-is-its-deadline-once",
        text=(
            "RICHMOND - Virginia teenagers will be held to an hour a day on each social "
            "media platform from next year, under a bill Gov. Jane Harlow signed on "
            "Friday.\n\n"
            "Lawmakers of both parties backed it in the spring.\n\n"
            "Parents can raise or lower the cap. Companies must check ages. "
            "They may not use the data for anything else.\n\n"
            "The law takes effect on Jan. 1, 2026."
        ),
        published="2025-05-05",
        expect=(
            Expect(
                jurisdiction="US",
                action="legislation",
                platforms=("social-media",),
                issued="2025-05-02",
                due="2026-01-01",
            ),
        ),
    ),
    Case(
        id="a-one-sentence-article-s-date-is-its-act-s-not-the-page-s",
        text="KABUL - The Taliban banned PUBG in April 2022.",
        published="2026-01-10",
        expect=(
            Expect(
                jurisdiction="AF",
                action="block",
                platforms=("pubg",),
                issued="2022-04",
            ),
        ),
    ),
    Case(
        id="from-a-weekday-in-a-future-sentence-is-the-next-one",
        text=(
            "RIYADH - Saudi Arabia's telecoms regulator said on Wednesday it would lift the "
            "ban on WhatsApp calls from Thursday."
        ),
        published="2026-05-13",
        expect=(
            Expect(
                jurisdiction="SA",
                action="unblock",
                platforms=("whatsapp",),
                issued="2026-05-13",
                due="2026-05-14",
            ),
        ),
    ),
    Case(
        id="a-duration-after-taking-effect-counts-from-the-effective-date",
        text=(
            "Laos to require social media users to register their accounts\n\n"
            "VIENTIANE - Social media users in Laos will have to register their accounts with a "
            "phone number from March 1, under a new government decree on online services.\n"
            "The decree, signed by the Prime Minister on January 20, applies to platforms that draw "
            "more than 50,000 visits a month and says only registered accounts may post or share "
            "news on social networks.\n"
            "Platforms will have 60 days after the decree takes effect to check existing accounts."
        ),
        published="2026-01-25",
        expect=(
            Expect(
                jurisdiction="LA",
                action="legislation",
                platforms=(),
                issued="2026-01-20",
                due="2026-04-30",
                within="P60D",
            ),
        ),
    ),
    Case(
        id="a-windows-end-is-its-deadline",
        text=(
            "SANTIAGO - Chile's telecoms regulator on Monday ordered video platforms with over a "
            "million users to register with it between May 1 and June 15."
        ),
        published="2026-04-08",
        expect=(
            Expect(
                jurisdiction="CL",
                action="registration",
                issued="2026-04-06",
                due="2026-06-15",
            ),
        ),
    ),
    Case(
        id="a-deadline-named-in-a-later-sentence-goes-to-the-act-just-told",
        text=(
            "SANTIAGO - Chile's telecoms regulator on Monday ordered video platforms with over a "
            "million users to register with it.\n"
            "Officials urged the companies to file their papers before the June 30 deadline."
        ),
        published="2026-04-08",
        expect=(
            Expect(
                jurisdiction="CL",
                action="registration",
                issued="2026-04-06",
                due="2026-06-30",
            ),
        ),
    ),
    Case(
        id="month-day-resolves-against-publication",
        text=(
            "Kenya orders telecom operators to block Telegram\n\n"
            "NAIROBI - Kenya's Communications Authority ordered telecom operators to block Telegram "
            "in an instruction dated March 3, and told them to confirm compliance by March 10."
        ),
        published="2026-03-05",
        expect=(
            Expect(
                jurisdiction="KE",
                action="block",
                platforms=("telegram",),
                issued="2026-03-03",
                due="2026-03-10",
                issuer="Kenya's Communications Authority",
            ),
        ),
    ),
    Case(
        id="no-publication-date-keeps-year-unknown",
        text="Kenya's Communications Authority ordered telecom operators to block Telegram on March 3.",
        published=None,
        expect=(
            Expect(
                jurisdiction="KE",
                action="block",
                platforms=("telegram",),
                issued="XXXX-03-03",
            ),
        ),
    ),
    Case(
        id="weekday-resolves-to-the-latest-such-day",
        text="Pakistan's telecoms regulator on Tuesday suspended access to the social network X across the country.",
        published="2026-02-13",
        expect=(
            Expect(
                jurisdiction="PK", action="block", platforms=("x",), issued="2026-02-10"
            ),
        ),
    ),
    Case(
        id="last-year-is-a-year",
        text="Turkey blocked Discord last year, citing child-safety concerns.",
        published="2025-06-01",
        expect=(
            Expect(
                jurisdiction="TR", action="block", platforms=("discord",), issued="2024"
            ),
        ),
    ),
    Case(
        id="duration-with-a-stated-start-becomes-a-due-date",
        text=(
            "On Monday, April 6, a court in Lagos ordered Twitter to name a local representative "
            "within 48 hours."
        ),
        published="2026-04-08",
        expect=(
            Expect(
                jurisdiction="NG",
                action="registration",
                platforms=("x",),
                issued="2026-04-06",
                due="2026-04-08",
                within="PT48H",
            ),
        ),
    ),
    Case(
        id="duration-without-a-start-stays-a-duration",
        text="Indonesia said all social media platforms have been given three months to register with the ministry.",
        published=None,
        expect=(
            Expect(
                jurisdiction="ID",
                action="registration",
                platforms=("social-media",),
                within="P3M",
            ),
        ),
    ),
    Case(
        id="a-start-date-a-few-days-gone-is-this-year",
        text=(
            "Peru's telecoms regulator ordered messaging apps to register with it last week. "
            "The apps had ten days from Aug. 28 to register."
        ),
        published="2026-09-05",
        expect=(
            Expect(
                jurisdiction="PE",
                action="registration",
                platforms=("messaging",),
                due="2026-09-07",
                within="P10D",
            ),
        ),
    ),
    Case(
        id="a-date-named-as-a-deadline-lies-ahead",
        text=(
            "Chile's regulator told Telegram to hand over the data of three channels ahead of a "
            "May 27 deadline, the company said on Friday."
        ),
        published="2026-05-23",
        expect=(
            Expect(
                jurisdiction="CL",
                action="data_request",
                platforms=("telegram",),
                due="2026-05-27",
            ),
        ),
    ),
    Case(
        id="a-second-duration-in-a-list-is-a-deadline-too",
        text=(
            "Argentina's digital agency on Monday, March 2, banned TikTok on "
            "government-issued phones.\n"
            "Agencies have 30 days to remove the app, and 60 days to update their contracts."
        ),
        published="2026-03-04",
        expect=(
            Expect(
                jurisdiction="AR",
                action="device_ban",
                platforms=("tiktok",),
                due="2026-05-01",
                within="P60D",
            ),
        ),
    ),
    Case(
        id="a-state-by-a-day-is-not-a-deadline",
        text=(
            "Zambia's regulator blocked Telegram on Friday, May 1.\n"
            "By Monday afternoon the app was still working for many users."
        ),
        published="2026-05-05",
        expect=(
            Expect(
                jurisdiction="ZM",
                action="block",
                platforms=("telegram",),
                no_deadlines=True,
                outcome="not_enforced",
            ),
        ),
    ),
    Case(
        id="a-threatened-acts-deadline-is-not-the-acts-told",
        text=(
            "Belarus's regulator began slowing down Telegram on March 3.\n"
            "A week later it said it was ready to block Telegram completely within a month."
        ),
        published="2026-03-20",
        expect=(
            Expect(
                jurisdiction="BY",
                action="throttle",
                platforms=("telegram",),
                no_deadlines=True,
            ),
        ),
    ),
    Case(
        id="a-deadline-belongs-to-the-act-it-is-told-with",
        text=(
            "Mongolia's communications regulator on Thursday, June 4, ordered Facebook blocked "
            "after the company failed to register within a seven-day deadline."
        ),
        published="2026-06-05",
        expect=(
            Expect(
                jurisdiction="MN",
                action="block",
                platforms=("facebook",),
                no_deadlines=True,
            ),
        ),
    ),
    Case(
        id="a-time-to-comply-told-after-the-order-is-its-deadline",
        text=(
            "LUSAKA - Zambia has ordered mobile operators to block WhatsApp and Signal during the "
            "vote count, officials said on Wednesday.\n"
            "The regulator's director said in a letter on Tuesday that operators had until Aug. 14 "
            "to comply."
        ),
        published="2026-08-12",
        expect=(
            Expect(
                jurisdiction="ZM",
                action="block",
                platforms=("signal", "whatsapp"),
                targets_intermediaries=True,
                due="2026-08-14",
            ),
        ),
    ),
    Case(
        id="by-a-day-the-state-of-things-is-no-deadline",
        text=(
            "ISLAMABAD - Pakistan's telecom authority ordered internet providers on Saturday to "
            "block Tinder and Grindr. By Tuesday evening the apps would not load on several "
            "broadband networks, and by Wednesday users had not heard from either company."
        ),
        published="2026-09-17",
        expect=(
            Expect(
                jurisdiction="PK",
                action="block",
                platforms=("tinder", "grindr"),
                issued="2026-09-12",
                no_deadlines=True,
            ),
        ),
        exact=False,
    ),
    Case(
        id="more-than-a-span-after-is-no-deadline",
        text=(
            "NAIROBI - Kenya's communications authority lifted its block on Telegram on Monday, "
            "more than two weeks after it was cut off. Users in Mombasa said they could open the "
            "app without a VPN from Monday evening."
        ),
        published="2026-11-18",
        expect=(
            Expect(
                jurisdiction="KE",
                action="unblock",
                platforms=("telegram",),
                issued="2026-11-16",
                no_deadlines=True,
            ),
        ),
        exact=False,
    ),
    Case(
        id="a-duty-by-a-day-told-after-its-act-is-a-deadline",
        text=(
            "HANOI - Vietnam's information ministry told telecoms on Monday to block Telegram; "
            "by June 2 the operators must report back on what they have done."
        ),
        published="2026-05-20",
        expect=(
            Expect(
                jurisdiction="VN",
                action="block",
                platforms=("telegram",),
                issued="2026-05-18",
                due="2026-06-02",
            ),
        ),
        exact=False,
    ),
    Case(
        id="the-day-a-law-enters-into-force-is-its-deadline-and-ahead",
        text=(
            "VIENNA - Austria's parliament on Thursday passed a law that makes large platforms "
            "delete hateful posts within 24 hours. The act enters into force on January 1."
        ),
        published="2026-12-11",
        expect=(
            Expect(
                jurisdiction="AT",
                action="legislation",
                issued="2026-12-10",
                due="2027-01-01",
            ),
        ),
        exact=False,
    ),
    Case(
        id="days-after-publication-keep-no-due-date",
        text=(
            "HANOI - Vietnam's National Assembly on Tuesday adopted a law obliging social "
            "networks to verify users' phone numbers. Most of its provisions will come into force "
            "60 days after official publication."
        ),
        published="2026-06-25",
        expect=(
            Expect(
                jurisdiction="VN",
                action="legislation",
                issued="2026-06-23",
                within="P60D",
                no_due=True,
            ),
        ),
        exact=False,
    ),
    Case(
        id="a-day-of-that-year-takes-the-year-last-told",
        text=(
            "SEOUL - South Korea's National Assembly passed a bill on Aug. 31, 2021 that bars "
            "app store operators such as Google from forcing their own payment systems. The "
            "amendment came into force on Sept. 14 that year."
        ),
        published="2026-03-02",
        expect=(
            Expect(
                jurisdiction="KR",
                action="legislation",
                issued="2021-08-31",
                due="2021-09-14",
            ),
        ),
        exact=False,
    ),
    Case(
        id="how-long-a-pressure-lasted-is-no-deadline",
        text=(
            "OSLO - Norway's media authority fined Snapchat 2 million crowns on Friday for failing "
            "to verify users' ages, after pressing the company for more than a year."
        ),
        published="2026-10-10",
        expect=(
            Expect(
                jurisdiction="NO",
                action="fine",
                platforms=("snapchat",),
                issued="2026-10-09",
                no_deadlines=True,
            ),
        ),
    ),
    Case(
        id="the-day-another-event-happened-does-not-date-the-act",
        text=(
            "BRUSSELS - The European Commission on Tuesday gave Temu 48 hours to provide "
            "information on its new games feature, launched in Poland this month."
        ),
        published="2026-06-09",
        expect=(
            Expect(
                jurisdiction="EU",
                action="data_request",
                platforms=("temu",),
                issued="2026-06-09",
                due="2026-06-11",
            ),
        ),
    ),
    Case(
        id="a-time-counted-from-each-request-has-no-due-date",
        text=(
            "Laos orders Facebook to remove posts within 12 hours\n\n"
            "VIENTIANE - Laos's information ministry on Monday ordered Facebook to remove posts "
            "within 12 hours of receiving a request from the police."
        ),
        published="2026-02-10",
        expect=(
            Expect(
                jurisdiction="LA",
                action="content_removal",
                platforms=("facebook",),
                issued="2026-02-09",
                within="PT12H",
                no_due=True,
            ),
        ),
    ),
    Case(
        id="a-day-another-speaker-spoke-does-not-date-the-act",
        text=(
            "AMMAN - Jordan has shut off access to PUBG, and an official at the regulator "
            "said on Wednesday that Fortnite could soon share its fate.\n\n"
            "The regulator told operators to block the game in a decision that took "
            "effect on March 5."
        ),
        published="2026-03-12",
        expect=(
            Expect(
                jurisdiction="JO",
                action="block",
                platforms=("pubg",),
                issued="2026-03-05",
            ),
        ),
    ),
    Case(
        id="a-start-date-some-weeks-gone-is-this-years",
        text=(
            "RIYADH - The regulator ordered operators to block Viber from Aug. 6, and "
            "the app has been unreachable since."
        ),
        published="2026-10-08",
        expect=(
            Expect(
                jurisdiction="SA",
                action="block",
                platforms=("viber",),
                due="2026-08-06",
            ),
        ),
    ),
    Case(
        id="a-day-told-after-but-dates-what-came-of-the-act",
        text=(
            "BANGKOK - Thailand's regulator told internet providers on Friday to block "
            "Telegram, but the app was still working on Tuesday."
        ),
        published="2026-03-04",
        expect=(
            Expect(
                jurisdiction="TH",
                action="block",
                platforms=("telegram",),
                issued="2026-02-27",
            ),
        ),
    ),
    Case(
        id="an-undated-act-in-the-lead-takes-the-day-it-was-told",
        text=(
            "RIYADH - Saudi Arabia's media regulator has told Netflix to remove material "
            "it says breaks the rules.\n\n"
            "The regulator said in a statement on Tuesday that it would track whether the "
            "company complied."
        ),
        published="2026-03-04",
        expect=(
            Expect(
                jurisdiction="SA",
                action="content_removal",
                platforms=("netflix",),
                issued="2026-03-03",
            ),
        ),
    ),
]


DATES_OF_ACTS = [
    Case(
        id="a-year-the-issuer-says-things-happened-does-not-date-the-fine",
        text=(
            "DUBLIN - Ireland's data protection regulator has fined Snapchat 9 million "
            "euros, saying the app let thousands of children sign up in 2021."
        ),
        published="2025-03-05",
        expect=(
            Expect(
                jurisdiction="IE",
                action="fine",
                platforms=("snapchat",),
                issued="2025-03-05",
            ),
        ),
    ),
    Case(
        id="an-act-told-as-done-again-is-not-the-older-one",
        text=(
            "BRASILIA - Brazil's consumer authority has once again slapped a 6.6 million "
            "reais (about $1.3 million) fine on Facebook over data sharing.\n\n"
            "The authority first announced the 6.6 million reais fine on Facebook on "
            "December 30, 2019, then annulled "
            "it in July."
        ),
        published="2022-08-23",
        expect=(
            Expect(
                jurisdiction="BR",
                action="fine",
                platforms=("facebook",),
                issued="2022-08-23",
            ),
            Expect(
                jurisdiction="BR",
                action="fine",
                platforms=("facebook",),
                issued="2019-12-30",
            ),
        ),
    ),
    Case(
        id="a-court-ruling-on-a-law-gives-it-neither-issuer-nor-date",
        text=(
            "COLUMBUS - A federal judge on Tuesday temporarily stopped Ohio from "
            "enforcing a new law that would have forced social media companies to get "
            "parents' consent. The law was tucked into the budget bill that Gov. Mike "
            "Dunn signed in July."
        ),
        published="2024-01-10",
        expect=(
            Expect(
                jurisdiction="US",
                action="legislation",
                platforms=("social-media",),
                issued="2023-07",
                outcome="not_enforced",
            ),
        ),
    ),
    Case(
        id="the-law-told-again-at-another-stage-is-the-same-law",
        text=(
            "LISBON - Portugal's president on Tuesday signed legislation regulating "
            "ride-hailing apps such as Uber and Bolt.\n\n"
            "The law, which parliament passed on July 12, requires drivers to hold a "
            "certificate."
        ),
        published="2026-08-01",
        expect=(
            Expect(
                jurisdiction="PT",
                action="legislation",
                platforms=("bolt", "uber"),
                issued="2026-07-28",
            ),
        ),
    ),
    Case(
        id="the-rules-told-with-a-day-date-a-law-told-without-one",
        text=(
            "NEW DELHI - WhatsApp sued the government over new internet rules that would "
            "require it to trace messages.\n\n"
            "The rules, published February 25, gave platforms three months to comply."
        ),
        published="2026-05-26",
        expect=(
            Expect(
                jurisdiction="IN",
                action="legislation",
                platforms=("whatsapp",),
                issued="2026-02-25",
            ),
        ),
        exact=False,
    ),
    Case(
        id="a-ban-announced-to-stay-in-place-is-the-old-ban",
        text=(
            "ISLAMABAD - Pakistan's telecoms authority blocked PUBG on July 1.\n\n"
            "After a hearing on July 9, the regulator announced that the suspension would "
            "stay in place."
        ),
        published="2026-07-20",
        expect=(
            Expect(
                jurisdiction="PK",
                action="block",
                platforms=("pubg",),
                issued="2026-07-01",
            ),
        ),
    ),
    Case(
        id="an-act-told-inside-an-after-clause-does-not-take-the-main-clause-s-day",
        text=(
            "ANKARA - Turkey blocked Discord on Wednesday, a day after Russia cut off the "
            "same service.\n\n"
            "Russia's communications watchdog said on Tuesday it had restricted Discord for "
            "breaking Russian law."
        ),
        published="2026-10-09",
        expect=(
            Expect(
                jurisdiction="TR",
                action="block",
                platforms=("discord",),
                issued="2026-10-07",
            ),
            Expect(
                jurisdiction="RU",
                action="block",
                platforms=("discord",),
                issued="2026-10-06",
            ),
        ),
    ),
    Case(
        id="the-start-of-the-story-told-after-the-act-does-not-date-it",
        text=(
            "LAHORE - A Pakistani court on Thursday ordered the regulator to block Bigo Live, "
            "reviving a legal fight that began more than three years ago."
        ),
        published="2026-02-14",
        expect=(
            Expect(
                jurisdiction="PK",
                action="block",
                platforms=("bigo-live",),
                issued="2026-02-12",
            ),
        ),
    ),
    Case(
        id="a-month-opening-a-sentence-dates-its-act",
        text=(
            "THE HAGUE - The Dutch regulator on Monday fined Uber 290 million euros.\n\n"
            "It is not the first time the regulator has penalized Uber. In January, it fined the "
            "company 10 million euros for failing to tell drivers how long their data was kept."
        ),
        published="2024-08-26",
        expect=(
            Expect(
                jurisdiction="NL",
                action="fine",
                platforms=("uber",),
                issued="2024-08-26",
            ),
            Expect(
                jurisdiction="NL", action="fine", platforms=("uber",), issued="2024-01"
            ),
        ),
    ),
    Case(
        id="a-day-in-a-clause-about-the-news-of-the-act-does-not-date-it",
        text=(
            "MADRID - A National Court order, which came to light on Saturday, told operators "
            "to suspend Telegram across Spain."
        ),
        published="2026-03-25",
        # news of the order is dated, not the order: the lead's act falls back to the
        # publication date (Saturday would be 2026-03-21)
        expect=(
            Expect(
                jurisdiction="ES",
                action="block",
                platforms=("telegram",),
                issued="2026-03-25",
            ),
        ),
        exact=True,
    ),
    Case(
        id="a-day-with-a-possessive-names-another-event",
        text=(
            "YANGON - The military on Friday ordered telecoms companies to block Twitter, as "
            "opposition to Monday's coup moved online."
        ),
        published="2026-02-06",
        expect=(
            Expect(
                jurisdiction="MM",
                action="block",
                platforms=("x",),
                issued="2026-02-06",
            ),
        ),
    ),
    Case(
        id="a-news-agency-credit-in-the-dateline-is-no-platform",
        text=(
            "TEHRAN, Dec 24 (Wire) - Iran has voted to lift its ban on the messaging service "
            "WhatsApp, state media reported on Tuesday."
        ),
        published="2026-12-24",
        expect=(
            Expect(
                jurisdiction="IR",
                action="unblock",
                platforms=("whatsapp",),
                issued="2026-12-22",
            ),
        ),
    ),
    Case(
        id="a-time-limit-runs-from-the-day-it-was-set",
        text=(
            "Gabon blocks unregistered apps\n\n"
            "LIBREVILLE - Under a cabinet decision taken last week, messaging apps had ten days "
            "from March 2 to register in Gabon, as required by a decree adopted in 2024."
        ),
        published="2026-03-16",
        expect=(
            Expect(
                jurisdiction="GA",
                action="registration",
                issued="2026-03-02",
                due="2026-03-12",
            ),
        ),
        exact=False,
    ),
    Case(
        id="a-later-dated-reference-outranks-the-report-day",
        text=(
            "Peru tells streaming services to register by June 30\n\n"
            "LIMA - Peru's culture ministry on Monday repeated that streaming services must "
            "register with it by June 30.\n"
            "The ministry announced the requirement on January 14, saying unregistered "
            "services would face fines."
        ),
        published="2026-04-08",
        expect=(
            Expect(
                jurisdiction="PE",
                action="registration",
                issued="2026-01-14",
                due="2026-06-30",
            ),
        ),
    ),
    Case(
        id="a-dateline-date-is-the-report-not-the-act",
        text=(
            "QUITO, June 12 (Wire) - Ecuador has told internet providers to block the Kick "
            "streaming app, according to a document dated June 10."
        ),
        published="2026-06-12",
        expect=(
            Expect(
                jurisdiction="EC",
                action="block",
                platforms=("kick",),
                issued="2026-06-10",
            ),
        ),
    ),
    Case(
        id="unreachable-since-a-day-dates-the-block",
        text=(
            "Guinea cut off access to Facebook and WhatsApp ahead of the vote.\n"
            "Both services have been unreachable since Saturday morning."
        ),
        published="2026-03-03",
        expect=(
            Expect(
                jurisdiction="GN",
                action="block",
                platforms=("facebook", "whatsapp"),
                issued="2026-02-28",
                outcome="enforced",
            ),
        ),
    ),
    Case(
        id="a-vpn-used-to-get-round-a-block-is-not-its-target",
        text=(
            "Messages on the app had already been partly disrupted in March, when users in "
            "Turkmenistan could not send photos without a VPN."
        ),
        published="2026-06-01",
        expect=(),
    ),
    Case(
        id="the-leads-news-is-not-an-older-act-told-later",
        text=(
            "WhatsApp has been blocked across most of Laos, users said.\n"
            "The app had already been partly disrupted in March, when Laotian users found they "
            "could not send photos on WhatsApp."
        ),
        published="2026-09-26",
        expect=(
            Expect(
                jurisdiction="LA",
                action="block",
                platforms=("whatsapp",),
                issued="2026-09-26",
            ),
            Expect(
                jurisdiction="LA",
                action="block",
                platforms=("whatsapp",),
                issued="2026-03",
            ),
        ),
    ),
    Case(
        id="a-date-in-a-relative-clause-dates-that-clause-not-the-act",
        text=(
            "TOKYO - A Japanese court on Monday ordered Google to delete reviews that "
            "described a clinic's closure five years ago, ruling that search engines must "
            "remove content that harms reputations."
        ),
        published="2026-03-04",
        expect=(
            Expect(
                jurisdiction="JP",
                action="content_removal",
                platforms=("google",),
                issued="2026-03-02",
            ),
        ),
    ),
]

WHO = [
    Case(
        id="an-unlisted-service-named-in-full-then-in-short-is-one",
        text=(
            "WASHINGTON - US prosecutors on Wednesday charged the founders of Zorvault "
            "Wallet, a bitcoin app, with money laundering. On Thursday police blocked "
            "the Zorvault app."
        ),
        published="2024-04-26",
        expect=(
            Expect(
                jurisdiction="US",
                action="block",
                platforms=("zorvault-wallet",),
            ),
        ),
        exact=False,
    ),
    Case(
        id="an-unlisted-service-introduced-by-its-kind-is-a-platform",
        text=(
            "NAIROBI - Kenya's data protection office on Monday fined the lending app "
            "Zorblo 2 million shillings for shaming borrowers."
        ),
        published="2026-03-11",
        expect=(
            Expect(
                jurisdiction="KE",
                action="fine",
                platforms=("zorblo",),
                issued="2026-03-09",
            ),
        ),
    ),
    Case(
        id="unlisted-services-named-before-their-kind-are-platforms",
        text=(
            "LIMA - Peru's telecoms regulator told internet providers on Friday to block "
            "the Quillabet and Fenwix Play betting sites."
        ),
        published="2026-06-15",
        expect=(
            Expect(
                jurisdiction="PE",
                action="block",
                platforms=("fenwix-play", "quillabet"),
                issued="2026-06-12",
                targets_intermediaries=True,
            ),
        ),
    ),
    Case(
        id="an-unlisted-service-in-apposition-is-a-platform",
        text=(
            "Ecuador's securities regulator suspended Nubexa, a Quito-based crypto "
            "exchange, on Tuesday."
        ),
        published="2026-08-20",
        expect=(
            Expect(
                jurisdiction="EC",
                action="block",
                platforms=("nubexa",),
                issued="2026-08-18",
            ),
        ),
        exact=False,
    ),
    Case(
        id="a-capitalised-word-alone-is-no-unlisted-platform",
        text=(
            "ACCRA - Ghana's regulator on Monday ordered internet providers to block Telegram. "
            "Parliament website visitors saw no change."
        ),
        published="2026-04-08",
        expect=(
            Expect(
                jurisdiction="GH",
                action="block",
                platforms=("telegram",),
                issued="2026-04-06",
                targets_intermediaries=True,
            ),
        ),
    ),
    Case(
        id="a-platform-that-criticises-the-act-is-not-its-target",
        text=(
            "KAMPALA - Uganda's regulator on Tuesday ordered operators to suspend every "
            "social media platform. Twitter criticised the shutdown, saying such "
            "blocks harm human rights."
        ),
        published="2026-01-14",
        expect=(
            Expect(
                jurisdiction="UG",
                action="block",
                platforms=("social-media",),
                issued="2026-01-13",
                targets_intermediaries=True,
            ),
        ),
    ),
    Case(
        id="where-data-is-sent-is-not-where-the-act-is",
        text=(
            "TikTok hit with 530 million euro fine over data transfers to China\n\n"
            "DUBLIN - Ireland's Data Protection Commission fined TikTok 530 million euros "
            "on Friday."
        ),
        published="2026-05-03",
        expect=(
            Expect(
                jurisdiction="IE",
                action="fine",
                platforms=("tiktok",),
                issued="2026-05-01",
            ),
        ),
    ),
    Case(
        id="a-country-named-after-an-issuer-and-nearer-the-act-is-its-subject",
        text=(
            "SEOUL - Italy's data protection authority ordered DeepSeek to stop processing "
            "Italians' data last month, and Taiwan has barred the app from government "
            "devices."
        ),
        published="2026-02-07",
        expect=(
            Expect(jurisdiction="TW", action="device_ban", platforms=("deepseek",)),
        ),
        exact=False,
    ),
    Case(
        id="operators-written-to-are-the-addressees",
        text=(
            "KAMPALA - Uganda's communications regulator on Tuesday wrote to internet "
            "service providers directing them to suspend access to Facebook."
        ),
        published="2026-01-14",
        expect=(
            Expect(
                jurisdiction="UG",
                action="block",
                platforms=("facebook",),
                issued="2026-01-13",
                targets_intermediaries=True,
            ),
        ),
    ),
    Case(
        id="no-plans-at-present-no-sign-and-can-be-fined-are-no-acts",
        text=(
            "TOKYO - The chief cabinet secretary said the government had no plans at present "
            "to restrict TikTok.\n\n"
            "There is no sign that the ministry is preparing new rules for Uber.\n\n"
            "Under the city's law, Airbnb can be fined up to $1,500 per booking."
        ),
        published="2026-07-28",
        expect=(),
    ),
    Case(
        id="restricting-gatherings-blocks-no-platform",
        text=(
            "BANGKOK - Protest groups moved to Telegram last week, after police began "
            "arresting leaders and restricting gatherings of more than four people."
        ),
        published="2020-10-20",
        expect=(),
    ),
    Case(
        id="a-country-suspending-its-aid-blocks-nothing",
        text=(
            "YAREN - Nauru blocked Facebook in 2015.\n\n"
            "New Zealand later suspended part of its aid for Nauru's courts, citing the "
            "Facebook restriction among its concerns."
        ),
        published="2018-01-19",
        expect=(
            Expect(
                jurisdiction="NR",
                action="block",
                platforms=("facebook",),
                issued="2015",
            ),
        ),
    ),
    Case(
        id="a-province-s-court-is-its-country-s",
        text=(
            "A judge of the Supreme Court of British Columbia on Friday ordered Google to "
            "remove links to the sites of a company accused of selling stolen designs."
        ),
        published="2026-06-15",
        expect=(
            Expect(
                jurisdiction="CA",
                action="content_removal",
                platforms=("google",),
                issued="2026-06-12",
            ),
        ),
    ),
    Case(
        id="an-it-ministry-is-india-only-where-the-text-points-there",
        text=(
            "SEOUL - South Korea's IT ministry wrote to Google and Apple on Friday, asking both "
            "companies to take DeepSeek off their platforms."
        ),
        published="2025-04-24",
        expect=(Expect(jurisdiction="KR", action="block", platforms=("deepseek",)),),
    ),
    Case(
        id="where-a-company-is-from-is-not-who-orders",
        text=(
            "BANGKOK - Thailand's digital ministry told internet providers on Monday to cut off "
            "Medium after the California company refused to take down a blog post about the "
            "royal family."
        ),
        published="2026-03-10",
        expect=(
            Expect(jurisdiction="TH", action="block", platforms=("medium",)),
            Expect(jurisdiction="TH", action="content_removal", platforms=("medium",)),
        ),
    ),
    Case(
        id="demonym-names-the-jurisdiction",
        text="A Turkish court has ordered a nationwide block of Wikipedia, officials said on Friday.",
        published="2026-01-09",
        expect=(
            Expect(
                jurisdiction="TR",
                action="block",
                platforms=("wikipedia",),
                issued="2026-01-09",
            ),
        ),
    ),
    Case(
        id="dateline-names-the-jurisdiction",
        text="DHAKA, May 4 - The telecoms regulator instructed mobile operators to shut down Facebook on Sunday.",
        published="2026-05-04",
        expect=(
            Expect(
                jurisdiction="BD",
                action="block",
                platforms=("facebook",),
                targets_intermediaries=True,
            ),
        ),
    ),
    Case(
        id="order-to-the-platform-itself-is-not-to-intermediaries",
        text="Russia's communications watchdog fined Google 3 million roubles on Thursday.",
        published="2026-03-13",
        expect=(
            Expect(
                jurisdiction="RU",
                action="fine",
                platforms=("google",),
                issued="2026-03-12",
                targets_intermediaries=False,
            ),
        ),
    ),
    Case(
        id="a-telecoms-regulator-told-to-block-reaches-the-operators",
        text=(
            "Chile's interior ministry on Monday instructed the national telecommunications "
            "authority to cut off access to Kick, the streaming site."
        ),
        published="2026-04-08",
        expect=(
            Expect(
                jurisdiction="CL",
                action="block",
                platforms=("kick",),
                targets_intermediaries=True,
            ),
        ),
    ),
    Case(
        id="a-telecoms-regulator-that-blocks-reaches-the-operators",
        text="Ghana's telecommunications regulatory authority (GTRA) blocked Discord on Friday.",
        published="2026-04-11",
        expect=(
            Expect(
                jurisdiction="GH",
                action="block",
                platforms=("discord",),
                targets_intermediaries=True,
            ),
        ),
    ),
    Case(
        id="the-regulators-own-order-to-operators-is-the-one-that-reaches-them",
        text=(
            "ISLAMABAD - Pakistan's Ministry of Interior decided on Monday to ban Telegram and "
            "told the Pakistan Telecommunication Authority to enforce the ban at once.\n"
            "The PTA then ordered all mobile operators to block access to the app from midnight."
        ),
        published="2026-04-08",
        expect=(
            Expect(
                jurisdiction="PK",
                action="block",
                platforms=("telegram",),
                targets_intermediaries=False,
                issuer="Ministry of Interior",
            ),
            Expect(
                jurisdiction="PK",
                action="block",
                platforms=("telegram",),
                targets_intermediaries=True,
                issuer="PTA",
            ),
        ),
    ),
    Case(
        id="a-dateline-city-of-another-country-is-where-the-reporter-filed",
        text=(
            "ISTANBUL, May 5 - Turkmenistan has lifted its block on Telegram, state television "
            "reported on Monday.\n"
            "Signal and Viber have been blocked since 2023, during a crackdown on dissent."
        ),
        published="2026-05-05",
        expect=(
            Expect(jurisdiction="TM", action="unblock", platforms=("telegram",)),
            Expect(jurisdiction="TM", action="block", platforms=("signal", "viber")),
        ),
        exact=False,
    ),
    Case(
        id="a-regulator-name-several-countries-use-takes-the-country-from-the-text",
        text=(
            "PORT LOUIS - Mauritius's Information and Communication Technologies Authority on "
            "Friday ordered internet providers to block TikTok until the vote is counted."
        ),
        published="2026-11-06",
        expect=(
            Expect(
                jurisdiction="MU",
                action="block",
                platforms=("tiktok",),
                targets_intermediaries=True,
            ),
        ),
    ),
    Case(
        id="a-speaker-reporting-another-authority-is-not-the-issuer",
        text=(
            "LIMA - Officials said the telecoms regulator had ordered internet providers "
            "to block TikTok on Tuesday, after a streamer broadcast a prison riot."
        ),
        published="2026-02-12",
        expect=(
            Expect(
                jurisdiction="PE",
                action="block",
                platforms=("tiktok",),
                issued="2026-02-10",
                issuer="telecoms regulator",
                targets_intermediaries=True,
            ),
        ),
    ),
    Case(
        id="a-speaker-telling-its-own-act-stays-the-issuer",
        text=(
            "Uganda's communications regulator said on Monday it had instructed internet "
            "providers to suspend Facebook until further notice."
        ),
        published="2026-01-13",
        expect=(
            Expect(
                jurisdiction="UG",
                action="block",
                platforms=("facebook",),
                issuer="communications regulator",
                targets_intermediaries=True,
            ),
        ),
    ),
    Case(
        id="a-city-after-a-title-is-a-persons-name",
        text=(
            "MADRID - Judge Santiago Pedraz on Friday ordered telecoms operators to suspend "
            "Telegram across Spain."
        ),
        published="2026-03-23",
        expect=(
            Expect(
                jurisdiction="ES",
                action="block",
                platforms=("telegram",),
                issued="2026-03-20",
                targets_intermediaries=True,
            ),
        ),
    ),
    Case(
        id="an-order-to-cease-providing-a-service-is-a-block",
        text=(
            "BOGOTA - Colombia's trade regulator on Friday told Uber to cease providing its "
            "ride service anywhere in the country."
        ),
        published="2026-01-12",
        expect=(
            Expect(
                jurisdiction="CO",
                action="block",
                platforms=("uber",),
                issued="2026-01-09",
            ),
        ),
    ),
    Case(
        id="a-court-throwing-out-the-decision-that-forced-a-stop-lifts-it",
        text=(
            "BOGOTA - A Colombian appeals court on Tuesday threw out the decision that forced "
            "Uber to stop operating."
        ),
        published="2026-07-01",
        expect=(
            Expect(
                jurisdiction="CO",
                action="unblock",
                platforms=("uber",),
                issued="2026-06-30",
            ),
        ),
        exact=False,
    ),
    Case(
        id="reopening-a-named-platform-lifts-its-block",
        text="DHAKA - Bangladesh reopened Facebook on Thursday after a three-week shutdown.",
        published="2026-12-11",
        expect=(
            Expect(
                jurisdiction="BD",
                action="unblock",
                platforms=("facebook",),
                issued="2026-12-10",
            ),
        ),
        exact=False,
    ),
    Case(
        id="apps-pulled-from-government-phones-are-a-device-ban",
        text=(
            "OTTAWA - Canada is removing WeChat and Kaspersky from all government-issued "
            "mobile devices, the Treasury Board said on Monday."
        ),
        published="2026-10-31",
        expect=(
            Expect(
                jurisdiction="CA",
                action="device_ban",
                platforms=("kaspersky", "wechat"),
            ),
        ),
    ),
    Case(
        id="ride-hailing-apps-are-platforms",
        text=(
            "JAKARTA, March 3 - Indonesia's transport ministry on Tuesday banned the "
            "ride-hailing apps Grab and Gojek from the capital."
        ),
        published="2026-03-04",
        expect=(
            Expect(
                jurisdiction="ID",
                action="block",
                platforms=("gojek", "grab"),
                issued="2026-03-03",
            ),
        ),
        exact=False,
    ),
    Case(
        id="a-securities-commission-is-not-the-us-one-unless-the-text-says-so",
        text=(
            "ACCRA - Ghana's Securities and Exchange Commission on Friday asked telecoms "
            "operators to block access to Binance and Bybit."
        ),
        published="2026-05-16",
        expect=(
            Expect(
                jurisdiction="GH",
                action="block",
                platforms=("binance", "bybit"),
                issued="2026-05-15",
                targets_intermediaries=True,
                issuer="Securities and Exchange Commission",
            ),
        ),
    ),
    Case(
        id="a-congress-is-the-country-of-the-article",
        text=(
            "LIMA - Peru's transport ministry said on Monday that ride-hailing apps must "
            "register by March.\n"
            "Congress passed the law on 12 January, requiring apps such as Uber and Cabify to "
            "register their drivers."
        ),
        published="2026-02-03",
        expect=(
            Expect(
                jurisdiction="PE",
                action="legislation",
                platforms=("cabify", "uber"),
                issued="2026-01-12",
            ),
        ),
        exact=False,
    ),
    Case(
        id="a-demonym-before-an-app-says-where-the-app-is-from",
        text=(
            "Chinese apps are under pressure.\n\n"
            "The Chinese chatbot DeepSeek was banned from all government devices on "
            "Monday, ministers in Canberra said."
        ),
        published="2026-03-04",
        expect=(
            Expect(
                jurisdiction="AU",
                action="device_ban",
                platforms=("deepseek",),
                issued="2026-03-02",
            ),
        ),
    ),
    Case(
        id="the-kind-of-service-an-anaphor-names-says-which-one",
        text=(
            "ANKARA - Turkey's telecoms authority blocked Twitter on March 20.\n\n"
            "A court lifted that ban on Wednesday. The reprieve does not extend to "
            "YouTube. The authority blocked access to the video site on March 27, and "
            "that restriction remained in force on Thursday."
        ),
        published="2026-04-03",
        expect=(
            Expect(
                jurisdiction="TR",
                action="block",
                platforms=("youtube",),
                issued="2026-03-27",
            ),
        ),
        exact=False,
    ),
    Case(
        id="a-language-is-not-a-country",
        text=(
            "BRASILIA - Brazil's securities regulator has pressed Binance for months.\n\n"
            "The regulator wrote to Binance on Monday, asking for a complete list of its "
            "products and whether any were in Portuguese."
        ),
        published="2026-03-04",
        expect=(
            Expect(jurisdiction="BR", action="data_request", platforms=("binance",)),
        ),
    ),
    Case(
        id="the-social-networks-are-the-services-named-before",
        text=(
            "N'DJAMENA - Chadians have been unable to use Facebook, WhatsApp or Twitter "
            "since Sunday.\n\n"
            "Staff of both operators said the government had told them to cut access to "
            "the social networks."
        ),
        published="2026-03-04",
        expect=(
            Expect(
                jurisdiction="TD",
                action="block",
                platforms=("facebook", "whatsapp", "x"),
            ),
        ),
    ),
]


WHAT = [
    Case(
        id="calls-for-a-ban-and-a-ministry-without-power-to-ban-are-no-act",
        text=(
            "BEIRUT - Anger over a gang that used TikTok to groom children has led to "
            "demands in Lebanon for the app to be banned. The telecoms minister said "
            "any ban on an app must come from a judge, and that his ministry has no "
            "legal authority to switch off an app, though it has the technical means "
            "to restrict TikTok."
        ),
        published="2024-05-02",
        expect=(),
    ),
    Case(
        id="a-fine-announced-by-its-sum-is-a-fine",
        text=(
            "SEOUL - South Korea's competition regulator said Thursday it would fine "
            "Coupang 140 billion won and report the retailer to prosecutors."
        ),
        published="2024-06-14",
        expect=(
            Expect(jurisdiction="KR", action="fine", platforms=("coupang",)),
            Expect(jurisdiction="KR", action="prosecution", platforms=("coupang",)),
        ),
    ),
    Case(
        id="a-fine-of-no-stated-sum-is-a-threat",
        text="Brazil's regulator said it could fine TikTok up to 2% of its revenue.",
        published="2024-06-14",
        expect=(),
    ),
    Case(
        id="a-police-case-registered-against-a-platform-is-a-prosecution",
        text=(
            "NEW DELHI - On June 15 police in Ghaziabad registered an FIR at a local "
            "station against Twitter over a video shared on the platform."
        ),
        published="2021-07-24",
        expect=(
            Expect(
                jurisdiction="IN",
                action="prosecution",
                platforms=("x",),
                issued="2021-06-15",
            ),
        ),
    ),
    Case(
        id="pushing-to-restrict-is-no-act",
        text=(
            "The governor, who has pushed to restrict Snapchat in Virginia schools, "
            "spoke on Friday."
        ),
        published="2025-05-05",
        expect=(),
    ),
    Case(
        id="what-a-platform-said-it-had-done-and-more-is-its-own",
        text=(
            "TUNIS - Facebook said on Friday it had taken down dozens of pages run from Tunisia "
            "that posed as news sites, and banned the marketing firm behind them from its services."
        ),
        published="2026-06-06",
        expect=(),
    ),
    Case(
        id="what-may-be-tried-or-faced-is-no-act",
        text=(
            "SACRAMENTO - California's utilities regulator on Thursday fined Lyft $20 million and "
            "told it to pay within 30 days or face having its permit suspended. Lyft's rules say "
            "it may restrict accounts that break local law, and officials are trying to restrict "
            "VPNs too."
        ),
        published="2026-02-06",
        expect=(
            Expect(
                jurisdiction="US",
                action="fine",
                platforms=("lyft",),
                issued="2026-02-05",
            ),
        ),
    ),
    Case(
        id="a-law-binding-app-store-operators-covers-the-stores",
        text=(
            "SEOUL - South Korea's National Assembly on Tuesday passed a bill that bars app store "
            "operators such as Google and Apple from forcing their own payment systems."
        ),
        published="2026-09-03",
        expect=(
            Expect(
                jurisdiction="KR",
                action="legislation",
                platforms=("app-store",),
                issued="2026-09-01",
                targets_intermediaries=False,
            ),
        ),
    ),
    Case(
        id="ordered-to-give-an-agency-information-is-a-data-request",
        text=(
            "OTTAWA - A Federal Court judge on Tuesday ordered the cryptocurrency exchange Kraken to "
            "give the tax agency "
            "information on thousands of its Canadian clients."
        ),
        published="2026-04-02",
        expect=(
            Expect(
                jurisdiction="CA",
                action="data_request",
                platforms=("kraken",),
                issued="2026-03-31",
            ),
        ),
    ),
    Case(
        id="slowed-the-apps-is-a-throttle",
        text=(
            "JAKARTA - Indonesia's communications ministry slowed the apps WhatsApp and Instagram "
            "on Wednesday to curb hoaxes during the riots."
        ),
        published="2026-05-24",
        expect=(
            Expect(
                jurisdiction="ID",
                action="throttle",
                platforms=("whatsapp", "instagram"),
                issued="2026-05-20",
            ),
        ),
    ),
    Case(
        id="an-order-to-stop-a-practice-and-delisting-results",
        text=(
            "OSLO - Norway's data protection authority on Tuesday ordered Google to stop telling "
            "website owners when links to their pages are removed. Last year the authority had "
            "instructed the company to delist several search results about a local politician."
        ),
        published="2020-03-11",
        expect=(
            Expect(
                jurisdiction="NO",
                action="other",
                platforms=("google",),
                issued="2020-03-10",
            ),
            Expect(
                jurisdiction="NO",
                action="content_removal",
                platforms=("google",),
                issued="2019",
            ),
        ),
    ),
    Case(
        id="never-condoning-a-block-and-past-blocks-are-no-act",
        text=(
            'COLOMBO - A minister said he would "never condone" blocking Facebook. Sri Lanka has '
            "shut down social media several times in recent years."
        ),
        published="2022-04-04",
        expect=(),
    ),
    Case(
        id="shutting-an-exchange-out-is-a-block-dated-by-its-own-day",
        text=(
            "ASTANA - Kazakhstan has shut Bybit out of its internet. The information ministry "
            "said on Monday that its staff had restricted access to the Dubai exchange's website "
            "that day, acting on a letter dated February 1 from the financial regulator."
        ),
        published="2024-02-06",
        expect=(
            Expect(
                jurisdiction="KZ",
                action="block",
                platforms=("bybit",),
                issued="2024-02-05",
            ),
        ),
    ),
    Case(
        id="registered-and-licensed-as-descriptions-are-no-registration",
        text=(
            "TORONTO - Ontario's securities regulator on Monday ordered internet providers to "
            "block the Seychelles-registered exchange Bybit. The exchange has millions of "
            "registered users, and its app reaches them through licensed telecom carriers. "
            "In March police registered a case against its local agent."
        ),
        published="2024-03-20",
        expect=(Expect(jurisdiction="CA", action="block", platforms=("bybit",)),),
    ),
    Case(
        id="licensing-deals-are-no-registration",
        text=(
            "RIYADH - Netflix's catalogue in Saudi Arabia often differs because of licensing "
            "deals with studios, and the government has never asked it to change, the company "
            "said on Monday."
        ),
        published="2019-01-02",
        expect=(),
    ),
    Case(
        id="a-warning-for-trading-without-registration-is-registration",
        text=(
            "SEOUL - South Korea's financial watchdog on Tuesday warned KuCoin that it was "
            "serving Korean customers without the registration the law requires."
        ),
        published="2026-04-08",
        expect=(
            Expect(
                jurisdiction="KR",
                action="registration",
                platforms=("kucoin",),
                issued="2026-04-07",
            ),
        ),
    ),
    Case(
        id="a-licence-held-or-lacked-is-no-registration",
        text=(
            "MANILA - The Philippines' gaming regulator ordered internet providers on Monday "
            "to block Stake, saying the casino site lacks a local licence. Sites that hold "
            "the right licences were not affected, said the regulator, which licenses "
            "operators every year."
        ),
        published="2026-02-04",
        expect=(
            Expect(
                jurisdiction="PH",
                action="block",
                platforms=("stake",),
                issued="2026-02-02",
            ),
        ),
    ),
    Case(
        id="a-licence-demanded-is-registration",
        text=(
            "MANILA - The Philippines' gaming regulator told 1xBet on Monday to obtain a "
            "local licence within 30 days."
        ),
        published="2026-02-04",
        expect=(
            Expect(
                jurisdiction="PH",
                action="registration",
                platforms=("1xbet",),
                issued="2026-02-02",
                within="P30D",
            ),
        ),
    ),
    Case(
        id="an-idea-raised-or-a-ruling-that-would-have-acted-is-no-act",
        text=(
            "PORT MORESBY - The minister raised the idea of a month-long shutdown of Facebook "
            "last year. On Friday a court froze a ruling that would have suspended Uber. Under "
            "the draft rules, a user whose account is blocked by Facebook could complain."
        ),
        published="2019-06-01",
        expect=(),
    ),
    Case(
        id="a-platform-removing-a-post-before-a-government-act-is-its-own",
        text=(
            "ABUJA - The government suspended Twitter on June 4, two days after Twitter removed "
            "a post by the president."
        ),
        published="2021-06-10",
        expect=(
            Expect(
                jurisdiction="NG", action="block", platforms=("x",), issued="2021-06-04"
            ),
        ),
    ),
    Case(
        id="a-platforms-challenge-to-blocking-orders-is-not-its-own-block",
        text=(
            "Karnataka High Court rejects X's challenge to blocking orders\n\n"
            "BENGALURU - The court on Friday dismissed a petition by X Corp. The company had "
            "asked the judges to quash blocking orders issued by the Ministry of Electronics and "
            "Information Technology in 2021."
        ),
        published="2023-07-01",
        expect=(Expect(jurisdiction="IN", action="block", platforms=("x",)),),
        exact=False,
    ),
    Case(
        id="restrictions-told-as-removable-or-lifted-at-length-are-an-unblock",
        text=(
            "DUSHANBE - The communications agency told providers on Monday, March 4, to block "
            "Facebook. On Friday, March 8, it told them the restriction could be removed. In a "
            "separate statement the ministry said all restrictions on access to social networks "
            "have been lifted."
        ),
        published="2024-03-09",
        expect=(
            Expect(
                jurisdiction="TJ",
                action="block",
                platforms=("facebook",),
                issued="2024-03-04",
            ),
            Expect(
                jurisdiction="TJ",
                action="unblock",
                platforms=("facebook",),
                issued="2024-03-08",
            ),
        ),
        exact=False,
    ),
    Case(
        id="a-lifting-told-beside-use-without-a-vpn-is-still-a-lifting",
        text=(
            "KHARTOUM - Users could open Facebook and WhatsApp without a VPN on Tuesday, when "
            "the authorities quietly lifted restrictions imposed in December."
        ),
        published="2019-02-27",
        expect=(
            Expect(
                jurisdiction="SD",
                action="unblock",
                platforms=("facebook", "whatsapp"),
                issued="2019-02-26",
            ),
        ),
        exact=False,
    ),
    Case(
        id="operators-told-to-filter-traffic-is-a-block",
        text=(
            "KHARTOUM - On Dec. 21 the mobile operators were instructed to filter traffic to "
            "Facebook and Instagram."
        ),
        published="2019-01-05",
        expect=(
            Expect(
                jurisdiction="SD",
                action="block",
                platforms=("facebook", "instagram"),
                issued="2018-12-21",
            ),
        ),
    ),
    Case(
        id="the-game-is-the-blocked-one-not-the-one-named-beside-it",
        text=(
            "Jordan blocks PUBG, says Fortnite may be next\n\n"
            "AMMAN - The Telecommunications Regulatory Commission told operators to block the "
            "game's servers in a decision that took effect on Thursday last week."
        ),
        published="2019-07-11",
        expect=(
            Expect(
                jurisdiction="JO",
                action="block",
                platforms=("pubg",),
                issued="2019-07-04",
                no_deadlines=True,
            ),
        ),
    ),
    Case(
        id="notices-to-two-companies-on-one-day-are-two-acts",
        text=(
            "SYDNEY - The eSafety Commissioner on April 16 ordered Snapchat to take down the "
            "footage within 24 hours. "
            "Meta, which owns Facebook and Instagram, was also sent a removal notice on April 16."
        ),
        published="2024-04-23",
        expect=(
            Expect(
                jurisdiction="AU", action="content_removal", platforms=("snapchat",)
            ),
            Expect(
                jurisdiction="AU",
                action="content_removal",
                platforms=("facebook", "instagram"),
            ),
        ),
    ),
    Case(
        id="no-instruction-received-and-what-a-ban-would-do-are-no-act",
        text=(
            "APIA - The Office of the Regulator, which oversees telecommunications in Samoa, "
            "confirmed that it had not received any instruction to restrict social media. "
            "Critics said a ban would cut off a main source of news for many villages, and that "
            "blocks elsewhere in the region had been easy to get around with VPNs."
        ),
        published="2023-12-05",
        expect=(),
    ),
    Case(
        id="a-company-named-for-a-country-is-no-jurisdiction",
        text=(
            "PARIS - France's data protection authority, the CNIL, said on Thursday that Meta "
            "Platforms Ireland was fined 60 million euros over facebook.com."
        ),
        published="2022-01-06",
        expect=(Expect(jurisdiction="FR", action="fine", platforms=("facebook",)),),
    ),
    Case(
        id="soldiers-barred-from-using-an-app-for-service-messages-is-a-device-ban",
        text=(
            "VIENNA - Austria's army has barred its soldiers from using Telegram and Viber "
            "for service communication, a spokesman said on Tuesday."
        ),
        published="2026-03-04",
        expect=(
            Expect(
                jurisdiction="AT",
                action="device_ban",
                platforms=("telegram", "viber"),
            ),
        ),
    ),
    Case(
        id="told-not-to-keep-an-app-on-work-phones-is-a-device-ban",
        text=(
            "OSLO - Norway's parliament on Tuesday told lawmakers and their staff not to "
            "keep Telegram on phones used for parliamentary work."
        ),
        published="2026-03-26",
        expect=(
            Expect(
                jurisdiction="NO",
                action="device_ban",
                platforms=("telegram",),
                issued="2026-03-24",
            ),
        ),
    ),
    Case(
        id="an-app-declared-off-limits-for-staff-is-a-device-ban-dated-by-month-of-last-year",
        text=(
            "WASHINGTON - In March of last year the U.S. House of Representatives' administrator "
            "declared Microsoft's Copilot assistant off limits for House staff."
        ),
        published="2025-06-24",
        expect=(
            Expect(
                jurisdiction="US",
                action="device_ban",
                platforms=("microsoft-copilot",),
                issued="2024-03",
            ),
        ),
    ),
    Case(
        id="public-bodies-barred-from-using-an-app-is-a-device-ban",
        text=(
            "PRAGUE - The Czech government on Wednesday banned ministries and other public "
            "bodies from using DeepSeek."
        ),
        published="2025-07-10",
        expect=(
            Expect(
                jurisdiction="CZ",
                action="device_ban",
                platforms=("deepseek",),
                issued="2025-07-09",
            ),
        ),
    ),
    Case(
        id="prepared-to-act-is-no-act",
        text=(
            "JAKARTA - The minister said the government was prepared to shut Bybit out of the "
            "country if it kept serving local users."
        ),
        published="2024-02-06",
        expect=(),
    ),
    Case(
        id="prohibiting-downloads-is-a-block",
        text=(
            "CHENNAI - On April 3 the High Court asked the federal government to prohibit "
            "downloads of the video app Likee."
        ),
        published="2019-04-24",
        expect=(
            Expect(
                jurisdiction="IN",
                action="block",
                platforms=("likee",),
                issued="2019-04-03",
            ),
        ),
    ),
    Case(
        id="the-ban-was-lifted-is-a-lifting-not-the-ban-again",
        text=(
            "ISLAMABAD - In July, the Pakistan Telecommunication Authority blocked the "
            "live-streaming app Bigo Live. The ban was lifted about ten days later, after the "
            "company promised to filter what users stream."
        ),
        published="2020-09-01",
        expect=(
            Expect(
                jurisdiction="PK",
                action="block",
                platforms=("bigo-live",),
                issued="2020-07",
            ),
            Expect(jurisdiction="PK", action="unblock", platforms=("bigo-live",)),
        ),
    ),
    Case(
        id="companies-urging-a-delay-of-a-rule-are-not-its-targets",
        text=(
            "KUALA LUMPUR - Malaysia's regulator said on Thursday that Telegram had applied for a "
            "licence under the new regime.\n\n"
            "In August, Google and Meta had urged the government to postpone the introduction of "
            "social media licensing."
        ),
        published="2024-12-26",
        expect=(
            Expect(jurisdiction="MY", action="registration", platforms=("telegram",)),
        ),
    ),
    Case(
        id="charges-filed-against-a-company-are-prosecution",
        text=(
            "ABUJA - Nigerian tax officials filed five counts of fraud against OKX at the "
            "Federal High Court on Thursday."
        ),
        published="2026-02-07",
        expect=(
            Expect(
                jurisdiction="NG",
                action="prosecution",
                platforms=("okx",),
                issued="2026-02-05",
            ),
        ),
    ),
    Case(
        id="a-guilty-plea-and-the-sum-agreed-are-prosecution-and-fine",
        text=(
            "NEW YORK - KuCoin, the cryptocurrency exchange, pleaded guilty on Monday to breaking "
            "the country's anti-money-laundering rules and agreed to pay $90 million, prosecutors "
            "said. Regulators said the company had let sanctioned groups designated as terrorist "
            "organisations trade on its platform while pretending to block them."
        ),
        published="2026-02-04",
        expect=(
            Expect(
                jurisdiction="US",
                action="prosecution",
                platforms=("kucoin",),
                issued="2026-02-02",
            ),
            Expect(
                jurisdiction="US",
                action="fine",
                platforms=("kucoin",),
                issued="2026-02-02",
            ),
        ),
    ),
    Case(
        id="a-court-blocking-a-state-from-enforcing-a-law-halts-the-law",
        text=(
            "A federal judge on Monday blocked Ohio from enforcing a new law that would have "
            "required social media companies to obtain a parent's consent before children "
            "under 16 sign up.\n\n"
            "Critics of the law said adults would have had to show Instagram a driver's license."
        ),
        published="2026-01-10",
        expect=(
            Expect(
                jurisdiction="US",
                action="legislation",
                platforms=("social-media",),
                outcome="not_enforced",
            ),
        ),
    ),
    Case(
        id="restrict-access-with-no-object-cuts-the-last-block",
        text=(
            "BAMAKO - Mali's junta suspended Telegram on Monday. The regulator later told internet "
            "providers to restrict access."
        ),
        published="2026-08-12",
        expect=(
            Expect(
                jurisdiction="ML",
                action="block",
                platforms=("telegram",),
                targets_intermediaries=True,
            ),
        ),
    ),
    Case(
        id="no-shutdown-in-a-headline-is-no-block",
        text="No social media shutdown on polling day, Zambia's president says",
        published="2026-08-10",
        expect=(),
    ),
    Case(
        id="no-ban-in-the-works-is-no-block",
        text="MANILA - The president attacked Facebook, but his office says no ban is in the works.",
        published="2026-09-23",
        expect=(),
    ),
    Case(
        id="a-block-not-on-the-table-is-no-block",
        text=(
            "LUSAKA - Zambia's president said blocking Facebook, WhatsApp or Twitter on polling day "
            "was not on the table."
        ),
        published="2026-08-10",
        expect=(),
    ),
    Case(
        id="what-a-bill-will-require-is-the-bill-not-an-order",
        text=(
            "NAIROBI - Kenya's parliament passed a bill on Tuesday that will require social media "
            "platforms to take down hateful posts within a day."
        ),
        published="2026-05-15",
        expect=(
            Expect(
                jurisdiction="KE",
                action="legislation",
                platforms=("social-media",),
                issued="2026-05-12",
            ),
        ),
    ),
    Case(
        id="what-a-draft-article-would-have-allowed-is-no-block",
        text=(
            "LIMA - The most disputed clause of Peru's draft, Article 12, would have allowed the "
            "regulator to order the blocking of social networks."
        ),
        published="2026-05-15",
        expect=(),
    ),
    Case(
        id="a-draft-law-presented-is-legislation",
        text=(
            "WARSAW - Poland's digital ministry presented a draft law on Friday that would let a "
            "new council overrule social networks when they remove posts."
        ),
        published="2026-05-15",
        expect=(
            Expect(
                jurisdiction="PL",
                action="legislation",
                platforms=("social-media",),
                issued="2026-05-15",
            ),
        ),
    ),
    Case(
        id="a-law-covers-the-platforms-told-in-the-sentences-after-it",
        text=(
            "OSLO - Norway's parliament approved the online harms act on Tuesday.\n\n"
            "Lawmakers said the act was long overdue. Under it, large social media platforms "
            "must answer complaints within a week."
        ),
        published="2026-03-12",
        expect=(
            Expect(
                jurisdiction="NO",
                action="legislation",
                platforms=("social-media",),
                issued="2026-03-10",
            ),
        ),
    ),
    Case(
        id="a-law-on-platforms-with-none-named-near-covers-the-service-the-story-is-about",
        text=(
            "Twitch stops paid streams in Chile over new law\n\n"
            "Twitch said on Monday it would stop paid streams in Chile.\n\n"
            "Chile's Congress passed the Live Video Act, a law on online broadcasting, in "
            "May. It sets duties for large platforms that carry paid live video.\n\n"
            "Twitch said it could not build the reporting tools in time."
        ),
        published="2026-08-04",
        expect=(
            Expect(
                jurisdiction="CL",
                action="legislation",
                platforms=("twitch",),
                issued="2026-05",
            ),
        ),
    ),
    Case(
        id="a-law-curbing-app-stores-binds-the-stores-not-a-service-told-later",
        text=(
            "TOKYO - Japan's parliament on Friday passed a law to curb app store payment "
            "rules, a decision developers welcomed.\n\n"
            "Spotify said it would offer cheaper subscriptions in Japan."
        ),
        published="2026-06-13",
        expect=(
            Expect(
                jurisdiction="JP",
                action="legislation",
                platforms=("app-store",),
                issued="2026-06-12",
            ),
        ),
    ),
    Case(
        id="a-general-law-told-beside-a-block-names-no-platform",
        text=(
            "ANKARA - Turkey's telecoms regulator blocked Discord on Tuesday. Officials cited "
            "the criminal code, which parliament passed in 2004 and amended in 2022 to cover "
            "fraud."
        ),
        published="2026-10-08",
        expect=(
            Expect(
                jurisdiction="TR",
                action="block",
                platforms=("discord",),
                issued="2026-10-06",
            ),
        ),
    ),
    Case(
        id="a-fine-with-a-decimal-amount-is-a-fine",
        text=(
            "MADRID - Spain's data protection agency slapped a 1.5 million euro fine on "
            "Glovo on Thursday over how it tracked couriers."
        ),
        published="2026-06-12",
        expect=(
            Expect(
                jurisdiction="ES",
                action="fine",
                platforms=("glovo",),
                issued="2026-06-11",
            ),
        ),
    ),
    Case(
        id="a-tax-summons-served-on-an-exchange-is-a-data-request",
        text=(
            "The IRS served a John Doe summons on the crypto exchange Kraken on Monday, seeking "
            "the records of customers who traded more than $20,000 a year."
        ),
        published="2026-05-06",
        expect=(
            Expect(
                jurisdiction="US",
                action="data_request",
                platforms=("kraken",),
                issued="2026-05-04",
            ),
        ),
    ),
    Case(
        id="a-ban-on-handling-data-is-other-and-a-company-s-home-country-is-not-the-issuer-s",
        text=(
            "WARSAW - Poland's data protection office has barred the US face search company "
            "Clearview AI from collecting the biometric data of people in Poland, it said on "
            "Friday."
        ),
        published="2026-09-12",
        expect=(
            Expect(
                jurisdiction="PL",
                action="other",
                platforms=("clearview-ai",),
                issued="2026-09-11",
            ),
        ),
    ),
    Case(
        id="a-country-told-as-where-a-company-is-from-is-not-where-the-act-is",
        text=(
            "ATHENS - Greece's data protection authority on Wednesday fined the US facial "
            "recognition company Clearview AI 20 million euros and banned its service in "
            "the country."
        ),
        published="2026-09-12",
        expect=(
            Expect(jurisdiction="GR", action="fine", platforms=("clearview-ai",)),
            Expect(jurisdiction="GR", action="block", platforms=("clearview-ai",)),
        ),
    ),
    Case(
        id="barred-from-showing-results-is-content-removal",
        text=(
            "MOSCOW - A Moscow court on Tuesday barred Yandex from showing search results "
            "for the name of an opposition website."
        ),
        published="2026-09-10",
        expect=(
            Expect(
                jurisdiction="RU",
                action="content_removal",
                platforms=("yandex",),
                issued="2026-09-08",
            ),
        ),
    ),
    Case(
        id="what-a-platform-took-down-itself-is-no-act",
        text=(
            "TBILISI - Facebook said on Friday it had removed a network of fake accounts tied "
            "to a Georgian media group.\n\nFacebook did not publish a full list of the pages "
            "it had shut down."
        ),
        published="2026-12-21",
        expect=(),
    ),
    Case(
        id="an-order-named-by-its-kind-is-other-but-not-a-definition-of-it",
        text=(
            "TOKYO - Japan's fair trade regulator on Wednesday issued a cease-and-desist "
            "order against Google over its search deals.\n\n"
            "Administrative guidance is not binding in Japan, officials said."
        ),
        published="2026-07-02",
        expect=(
            Expect(
                jurisdiction="JP",
                action="other",
                platforms=("google",),
                issued="2026-07-01",
            ),
        ),
    ),
    Case(
        id="a-block-told-only-by-its-start-is-a-block",
        text=(
            "ISTANBUL - The blackout began late on March 20, hours after the prime minister "
            "vowed to wipe out Twitter."
        ),
        published="2026-03-27",
        expect=(
            Expect(
                jurisdiction="TR",
                action="block",
                platforms=("x",),
                issued="2026-03-20",
            ),
        ),
    ),
    Case(
        id="a-court-granting-a-request-to-suspend-the-ban-is-an-unblock",
        text=(
            "ANKARA - Turkey blocked Twitter on March 20.\n\n"
            "On Tuesday an administrative court in Ankara granted a request to suspend it."
        ),
        published="2026-03-27",
        expect=(
            Expect(
                jurisdiction="TR",
                action="block",
                platforms=("x",),
                issued="2026-03-20",
            ),
            Expect(
                jurisdiction="TR",
                action="unblock",
                platforms=("x",),
                issued="2026-03-24",
            ),
        ),
    ),
    Case(
        id="told-to-restore-access-reopens-the-last-block",
        text=(
            "ANKARA - Turkey's telecoms authority blocked Wikipedia on Monday over two "
            "articles.\n\n"
            "On Friday the authority told internet providers to restore access after a court "
            "ruling."
        ),
        published="2026-03-14",
        expect=(
            Expect(
                jurisdiction="TR",
                action="block",
                platforms=("wikipedia",),
                issued="2026-03-09",
            ),
            Expect(
                jurisdiction="TR",
                action="unblock",
                platforms=("wikipedia",),
                issued="2026-03-13",
            ),
        ),
    ),
    Case(
        id="a-court-finding-a-block-unlawful-is-an-unblock",
        text=(
            "LUSAKA - Zambia's High Court on Tuesday found that the government's shutdown "
            "of WhatsApp during the vote violated the constitution."
        ),
        published="2026-08-20",
        expect=(
            Expect(
                jurisdiction="ZM",
                action="unblock",
                platforms=("whatsapp",),
                issued="2026-08-18",
            ),
        ),
    ),
    Case(
        id="barred-from-operating-is-a-block",
        text=(
            "GENEVA - Switzerland's highest court on Friday upheld a decision that bars "
            "Uber from operating in Geneva until it pays social charges."
        ),
        published="2026-06-06",
        expect=(
            Expect(
                jurisdiction="CH",
                action="block",
                platforms=("uber",),
                issued="2026-06-05",
            ),
        ),
    ),
    Case(
        id="a-law-named-in-apposition-forbidding-a-service-is-the-law-not-a-block",
        text=(
            "HELENA - Montana's governor signed a bill on Wednesday that bans TikTok in "
            "the state. The law, SB 419, forbids TikTok from operating within Montana."
        ),
        published="2026-05-18",
        expect=(
            Expect(
                jurisdiction="US",
                action="legislation",
                platforms=("tiktok",),
                issued="2026-05-13",
            ),
        ),
    ),
    Case(
        id="a-suspension-imposed-as-a-penalty-is-no-fine",
        text=(
            "SEOUL - South Korea's financial intelligence unit on Tuesday imposed a "
            "partial suspension on Bithumb as a penalty for lapses in customer checks."
        ),
        published="2026-02-26",
        expect=(
            Expect(
                jurisdiction="KR",
                action="block",
                platforms=("bithumb",),
                issued="2026-02-24",
            ),
        ),
    ),
    Case(
        id="a-call-on-the-authorities-to-act-is-no-act",
        text=(
            "RABAT - Taxi unions have long demanded that the authorities ban Careem.\n\n"
            "Campaigners want the government to order an immediate suspension of Careem's "
            "service."
        ),
        published="2026-02-20",
        expect=(),
    ),
    Case(
        id="platforms-asked-to-take-appropriate-action-is-a-cooperation-request",
        text=(
            "TOKYO - Japan's communications ministry on Tuesday asked X, TikTok and LINE "
            "Yahoo to take appropriate action against false posts about the earthquake."
        ),
        published="2026-01-08",
        expect=(
            Expect(
                jurisdiction="JP",
                action="cooperation_request",
                platforms=("line", "tiktok", "x"),
                issued="2026-01-06",
            ),
        ),
    ),
    Case(
        id="a-sum-called-a-civil-penalty-is-a-fine",
        text=(
            "WASHINGTON - Roblox will pay a $50 million civil penalty over children's data, "
            "the Federal Trade Commission said on Monday."
        ),
        published="2026-03-03",
        expect=(
            Expect(
                jurisdiction="US",
                action="fine",
                platforms=("roblox",),
            ),
        ),
    ),
    Case(
        id="a-provider-made-to-set-up-monitoring-of-a-mailbox-is-a-data-request",
        text=(
            "COLOGNE - A court in Cologne ruled on Tuesday that Tutanota must set up a "
            "monitoring function for one mailbox."
        ),
        published="2020-12-10",
        expect=(
            Expect(
                jurisdiction="DE",
                action="data_request",
                platforms=("tutanota",),
                issued="2020-12-08",
            ),
        ),
    ),
    Case(
        id="slapped-a-fine-on-is-a-fine",
        text="ACCRA - Ghana's data regulator slapped a fine on TikTok on Tuesday over child data.",
        published="2026-04-16",
        expect=(
            Expect(
                jurisdiction="GH",
                action="fine",
                platforms=("tiktok",),
                issued="2026-04-14",
            ),
        ),
    ),
    Case(
        id="a-penalty-imposed-by-is-a-fine",
        text=(
            "LUSAKA - Zambia's competition commission stood by a $5 million penalty imposed on "
            "WhatsApp on Monday."
        ),
        published="2026-04-16",
        expect=(Expect(jurisdiction="ZM", action="fine", platforms=("whatsapp",)),),
    ),
    Case(
        id="the-fines-imposed-on-it-point-back",
        text="KAMPALA - Telegram has paid all the fines imposed on it in Uganda, its lawyers said.",
        published="2026-04-16",
        expect=(),
    ),
    Case(
        id="withdrawn-from-circulation-is-a-block",
        text=(
            "CARACAS - Venezuela's president ordered Telegram withdrawn from circulation in the "
            "country on Thursday."
        ),
        published="2026-08-09",
        expect=(
            Expect(
                jurisdiction="VE",
                action="block",
                platforms=("telegram",),
                issued="2026-08-06",
            ),
        ),
    ),
    Case(
        id="would-be-unavailable-is-a-block",
        text=(
            "COLOMBO - The president's office announced on Sunday that Facebook and Viber would be "
            "unavailable until the police had finished their inquiries."
        ),
        published="2026-04-22",
        expect=(
            Expect(
                jurisdiction="LK",
                action="block",
                platforms=("facebook", "viber"),
                issued="2026-04-19",
            ),
        ),
    ),
    Case(
        id="the-four-platforms-are-all-of-them",
        text=(
            "COLOMBO - Sri Lanka cut off Facebook, WhatsApp, Instagram and Viber on Monday. The "
            "telecoms regulator told mobile operators to restrict the four platforms until calm "
            "returned."
        ),
        published="2026-05-12",
        expect=(
            Expect(
                jurisdiction="LK",
                action="block",
                platforms=("facebook", "instagram", "viber", "whatsapp"),
                targets_intermediaries=True,
            ),
        ),
    ),
    Case(
        id="the-restrictions-had-been-lifted-lifts-the-last-block",
        text=(
            "COLOMBO - Sri Lanka blocked Facebook and YouTube on April 2. A week later, the "
            "president's office said that the restrictions had been lifted."
        ),
        published="2026-04-20",
        expect=(
            Expect(
                jurisdiction="LK",
                action="block",
                platforms=("facebook", "youtube"),
                issued="2026-04-02",
            ),
            Expect(
                jurisdiction="LK", action="unblock", platforms=("facebook", "youtube")
            ),
        ),
    ),
    Case(
        id="a-platform-geo-blocking-a-group-is-its-own-act",
        text=(
            "BANGKOK - Facebook geo-blocked a satirical group for users in Thailand on Monday, "
            "saying it would challenge the demand."
        ),
        published="2026-03-10",
        expect=(),
    ),
    Case(
        id="a-platform-restricting-a-feature-is-its-own-act",
        text="ALMATY - YouTube restricted live streaming in Kazakhstan on Friday.",
        published="2026-03-14",
        expect=(),
    ),
    Case(
        id="a-platform-saying-it-will-restore-access-is-its-own-promise",
        text=(
            "LAGOS - Twitter called the suspension worrying and said it would try to restore "
            "access for its users in Nigeria."
        ),
        published="2026-06-06",
        expect=(),
    ),
    Case(
        id="a-bare-participle-after-a-platform-is-a-passive",
        text=(
            "Telegram blocked in Chad as exams begin\n\n"
            "N'DJAMENA - The Chadian regulator ordered internet providers to block Telegram on "
            "Monday for the length of the exams."
        ),
        published="2026-06-16",
        expect=(
            Expect(
                jurisdiction="TD",
                action="block",
                platforms=("telegram",),
                issued="2026-06-15",
                targets_intermediaries=True,
            ),
        ),
    ),
    Case(
        id="a-vpn-people-reach-a-service-with-is-no-target",
        text=(
            "DODOMA - Tanzania restricted Instagram on Tuesday. Monitors said the service was "
            "restricted on most networks, and users said it would only load with a VPN turned on."
        ),
        published="2026-05-21",
        expect=(Expect(jurisdiction="TZ", action="block", platforms=("instagram",)),),
    ),
    Case(
        id="no-plans-to-restrict-is-no-act",
        text="LONDON - British ministers say they have no plans to restrict VPN apps.",
        published="2026-08-01",
        expect=(),
    ),
    Case(
        id="no-timetable-for-restoring-access-is-no-unblock",
        text=(
            "TIRANA - The Albanian prime minister gave no timetable for restoring access to "
            "TikTok on Thursday."
        ),
        published="2026-03-13",
        expect=(),
    ),
    Case(
        id="asking-a-court-to-set-aside-a-block-is-no-act",
        text=(
            "NEW DELHI - The company had asked the court to set aside blocking orders against "
            "Telegram channels."
        ),
        published="2026-07-01",
        expect=(),
    ),
    Case(
        id="a-plan-to-block-is-no-act",
        text="HANOI - Vietnam's information ministry plans to block the chat app Zalo next month.",
        published="2026-02-10",
        expect=(),
    ),
    Case(
        id="saying-it-would-take-steps-to-block-is-no-act",
        text=(
            "CAIRO - Egypt's telecoms regulator said on Monday it would take steps to block "
            "the ride-hailing app Careem."
        ),
        published="2026-04-14",
        expect=(),
    ),
    Case(
        id="thinking-about-restoring-access-is-no-unblock",
        text=(
            "TIRANA - Albania's government will only think about restoring access to TikTok once "
            "it has met the company."
        ),
        published="2026-03-13",
        expect=(),
    ),
    Case(
        id="considering-a-block-is-no-block",
        text="NAIROBI - Kenya's communications regulator is considering blocking Telegram.",
        published="2026-11-02",
        expect=(),
    ),
    Case(
        id="could-be-forced-to-hand-over-data-is-no-data-request",
        text=(
            "OTTAWA - Canadian officials fear that TikTok could be forced to hand over user data "
            "to Chinese authorities."
        ),
        published="2026-02-28",
        expect=(),
    ),
    Case(
        id="restoring-access-once-the-platforms-complied-is-a-condition",
        text=(
            "TASHKENT - Uzbekistan's regulator said it would restore access to WeChat once the "
            "company complied with the data law."
        ),
        published="2026-07-05",
        expect=(),
    ),
    Case(
        id="a-petition-calling-for-a-ban-is-no-ban",
        text=(
            "NAIROBI - A petition calling for TikTok to be banned was tabled in parliament on "
            "Tuesday and sent to a committee."
        ),
        published="2026-08-20",
        expect=(),
    ),
    Case(
        id="a-consultation-on-bans-is-no-ban",
        text=(
            "NEW DELHI - The telecoms regulator published a consultation paper on selective bans "
            "of WhatsApp and other calling apps during unrest."
        ),
        published="2026-07-08",
        expect=(),
    ),
    Case(
        id="a-headline-platform-to-remove-posts-is-its-own-act",
        text=(
            "Instagram to remove graphic self-harm posts in Britain\n\n"
            "The company will act after pressure from parents, its head said on Thursday."
        ),
        published="2026-02-08",
        expect=(),
    ),
    Case(
        id="ordered-to-pay-a-fine-is-a-fine",
        text=(
            "LONDON - Ofcom ordered the message board 4chan on Monday to pay a penalty of 20,000 "
            "pounds for ignoring its requests."
        ),
        published="2026-10-14",
        expect=(
            Expect(
                jurisdiction="GB",
                action="fine",
                platforms=("4chan",),
                issued="2026-10-12",
            ),
        ),
    ),
    Case(
        id="an-arrest-of-someone-not-the-platforms-people-is-no-prosecution",
        text=(
            "ASMARA - The information ministry blocked Instagram and WhatsApp on Sunday, two days "
            "after a student arrested by the police died in custody."
        ),
        published="2026-09-15",
        expect=(
            Expect(
                jurisdiction="ER", action="block", platforms=("instagram", "whatsapp")
            ),
        ),
    ),
    Case(
        id="an-arrest-of-a-platforms-manager-is-a-prosecution",
        text="Police in Dhaka arrested a local manager of TikTok on Tuesday over the videos.",
        published="2026-09-16",
        expect=(
            Expect(
                jurisdiction="BD",
                action="prosecution",
                platforms=("tiktok",),
                issued="2026-09-15",
            ),
        ),
    ),
    Case(
        id="an-app-taken-out-of-a-countrys-store-is-blocked",
        text=(
            "Apple said on Friday it had taken WhatsApp out of its App Store in mainland China "
            "after being told to by the Cyberspace Administration of China."
        ),
        published="2026-04-20",
        expect=(Expect(jurisdiction="CN", action="block", platforms=("whatsapp",)),),
    ),
    Case(
        id="posts-ordered-hidden-or-a-removal-notice-are-content-removal",
        text=(
            "Canberra - A court ordered the social media platform X on Monday to hide 40 posts "
            "showing the attack.\n\n"
            "Separately, the eSafety Commissioner issued Facebook with a removal notice on Tuesday."
        ),
        published="2026-04-23",
        expect=(
            Expect(
                jurisdiction="AU",
                action="content_removal",
                platforms=("x",),
                issued="2026-04-20",
            ),
            Expect(
                jurisdiction="AU",
                action="content_removal",
                platforms=("facebook",),
                issued="2026-04-21",
            ),
        ),
    ),
    Case(
        id="a-platform-removing-content-of-its-own-accord-is-no-directive",
        text=(
            "LONDON - Instagram said on Thursday it would remove all posts showing self-harm "
            "from its app, a move the health secretary welcomed."
        ),
        published="2026-02-08",
        expect=(),
    ),
    Case(
        id="the-company-removing-content-on-a-named-day-is-no-directive",
        text=(
            "SYDNEY - The clips spread on TikTok, and the company said on Friday it would "
            "remove the videos from Australian feeds."
        ),
        published="2026-03-09",
        expect=(),
    ),
    Case(
        id="the-company-told-to-remove-content-is-a-directive",
        text=(
            "SYDNEY - The clips spread on TikTok, and on Friday Australian lawmakers told the "
            "company to remove the videos."
        ),
        published="2026-03-09",
        expect=(
            Expect(
                jurisdiction="AU",
                action="content_removal",
                platforms=("tiktok",),
                issued="2026-03-06",
            ),
        ),
    ),
    Case(
        id="a-platform-told-to-delete-content-is-a-directive",
        text=(
            "CARACAS - President Nicolas Maduro demanded on Monday that TikTok delete videos of a "
            "dangerous challenge."
        ),
        published="2026-11-12",
        expect=(
            Expect(
                jurisdiction="VE",
                action="content_removal",
                platforms=("tiktok",),
                issued="2026-11-09",
            ),
        ),
    ),
    Case(
        id="the-messaging-app-points-back-to-the-service-named-before",
        text=(
            "Telegram has been used to coordinate the protests, the minister said.\n"
            "On Friday the Tanzania Communications Regulatory Authority ordered operators to "
            "block the messaging app until further notice."
        ),
        published="2026-06-07",
        expect=(
            Expect(
                jurisdiction="TZ",
                action="block",
                platforms=("telegram",),
                issued="2026-06-05",
                targets_intermediaries=True,
            ),
        ),
    ),
    Case(
        id="messaging-apps-in-the-plural-stay-a-class",
        text=(
            "Telegram has been used to coordinate the protests, the minister said.\n"
            "On Friday the Tanzania Communications Regulatory Authority ordered operators to "
            "block messaging apps until further notice."
        ),
        published="2026-06-07",
        expect=(
            Expect(
                jurisdiction="TZ",
                action="block",
                platforms=("messaging",),
                issued="2026-06-05",
            ),
        ),
    ),
    Case(
        id="the-services-named-right-after-a-trigger-are-its-object",
        text=(
            "ANKARA, March 22 - Turkey's telecoms authority on Saturday ordered X, YouTube and "
            "TikTok to remove videos of the protests within four hours, and fined X 10 million "
            "lira for failing to take down earlier posts."
        ),
        published="2025-03-22",
        expect=(
            Expect(
                jurisdiction="TR",
                action="content_removal",
                platforms=("tiktok", "x", "youtube"),
                within="PT4H",
            ),
            Expect(jurisdiction="TR", action="fine", platforms=("x",)),
        ),
    ),
    Case(
        id="an-app-pulled-from-a-store-on-orders-is-a-block-and-elsewhere-is-not-its-state",
        text=(
            "BEIJING, April 19 - Apple said on Friday it had removed Signal and Telegram from its "
            "App Store in China after the country's internet regulator ordered them taken down.\n"
            "The apps remain available in Hong Kong and Macau."
        ),
        published="2024-04-19",
        expect=(
            Expect(
                jurisdiction="CN",
                action="block",
                platforms=("signal", "telegram"),
                issued="2024-04-19",
                no_outcome=True,
            ),
        ),
    ),
    Case(
        id="a-block-told-as-lifted-is-older-than-the-report",
        text=(
            "Pakistan restores X after 11-month block\n\n"
            "ISLAMABAD, April 3 (Wire) - Pakistan's telecoms authority restored access to the "
            "social media platform X on Wednesday, ending a nationwide block imposed in February "
            "last year."
        ),
        published="2025-04-03",
        expect=(
            Expect(
                jurisdiction="PK",
                action="unblock",
                platforms=("x",),
                issued="2025-04-02",
                targets_intermediaries=True,
            ),
            Expect(
                jurisdiction="PK",
                action="block",
                platforms=("x",),
                outcome="reversed",
            ),
        ),
    ),
    Case(
        id="who-an-instrument-binds-and-when-may-be-told-around-it",
        text=(
            "Kenya gives VPN providers more time to meet data rules\n\n"
            "NAIROBI - Kenya's communications authority has pushed back to Oct. 15 the deadline "
            "for VPN providers to start keeping customer records.\n"
            "The authority issued the directions on April 2.\n"
            "They require VPN providers to keep customers' names and addresses for five years.\n"
            "They were originally due to take effect after 60 days.\n"
            "Proton VPN and Mullvad said this month they would pull their servers from Kenya "
            "rather than comply."
        ),
        published="2026-06-20",
        expect=(
            Expect(
                jurisdiction="KE",
                action="legislation",
                platforms=("mullvad", "protonvpn"),
                issued="2026-04-02",
                due="2026-10-15",
                within="P60D",
            ),
        ),
    ),
    Case(
        id="a-platform-told-as-registered-is-no-registration-order",
        text=(
            "LIBREVILLE - Gabon's communications ministry on Thursday ordered Facebook and X shut "
            "down.\nTikTok, which had registered, stayed online."
        ),
        published="2026-04-10",
        expect=(
            Expect(
                jurisdiction="GA",
                action="block",
                platforms=("facebook", "x"),
                issued="2026-04-09",
            ),
        ),
    ),
    Case(
        id="a-promise-on-a-condition-is-not-an-act-and-the-block-is-the-last-block",
        text=(
            "Gabon blocks TikTok and Snapchat\n\n"
            "LIBREVILLE - Gabon's communications ministry on Thursday ordered TikTok and Snapchat "
            "blocked for failing to register.\n"
            "Discord and Twitch had registered and remain available.\n"
            "The minister, who chaired the meeting at which the block was decided, said platforms "
            "that complete registration will be switched back on."
        ),
        published="2026-04-10",
        expect=(
            Expect(
                jurisdiction="GA",
                action="block",
                platforms=("snapchat", "tiktok"),
                issued="2026-04-09",
            ),
        ),
        exact=False,
    ),
    Case(
        id="a-service-suing-over-general-rules-is-their-target-and-their-duties-are-the-rules",
        text=(
            "Telegram sues Kazakhstan over new platform rules\n\n"
            "ASTANA - Telegram has sued Kazakhstan's government in the Supreme Court, seeking to "
            "stop new internet rules that would require messaging services to store users' data "
            "locally.\n"
            "The rules, published on March 2, gave large social media companies two months to comply.\n"
            "They also oblige platforms to appoint a local compliance officer."
        ),
        published="2026-04-08",
        expect=(
            Expect(
                jurisdiction="KZ",
                action="legislation",
                platforms=("telegram",),
                issued="2026-03-02",
                due="2026-05-02",
                outcome="refused",
            ),
        ),
    ),
    Case(
        id="a-law-told-after-a-block-is-general-not-the-blocks-target",
        text=(
            "Belarus blocks Bluesky over data law\n\n"
            "MINSK, Mar 4 - Belarus's communications ministry on Tuesday ordered access to Bluesky "
            "blocked, saying the service had broken a rule on storing users' data.\n"
            "The law, signed by the president in 2021, took effect in July 2022 and lets the "
            "ministry block sites that do not comply.\n"
            "The company said a meeting with officials might take place within two weeks."
        ),
        published="2026-03-04",
        expect=(
            Expect(
                jurisdiction="BY",
                action="block",
                platforms=("bluesky",),
                issued="2026-03-03",
            ),
            Expect(
                jurisdiction="BY",
                action="legislation",
                issued="2021",
                due="2022-07",
            ),
        ),
    ),
    Case(
        id="a-list-told-on-names-more-targets-of-the-act",
        text=(
            "Turkey blocks Discord and Roblox\n\n"
            "ANKARA - Turkey's telecoms regulator blocked Discord and Roblox on Tuesday, citing child safety.\n"
            "The streaming site Kick was added two days later.\n"
            "Officials said the list also includes Twitch."
        ),
        published="2026-04-10",
        expect=(
            Expect(
                jurisdiction="TR",
                action="block",
                platforms=("discord", "kick", "roblox", "twitch"),
                issued="2026-04-07",
            ),
        ),
    ),
    Case(
        id="device-ban",
        text="Canada banned WeChat on all government-issued phones on Monday.",
        published="2026-10-07",
        expect=(
            Expect(
                jurisdiction="CA",
                action="device_ban",
                platforms=("wechat",),
                issued="2026-10-05",
            ),
        ),
    ),
    Case(
        id="threat-is-not-an-act",
        text="Brazil's minister said platforms that refuse to cooperate could face a suspension of their services.",
        published="2026-01-01",
        expect=(),
    ),
    Case(
        id="denial-of-intent-is-not-an-act",
        text="The Indian government has no intention of banning Telegram, the minister said.",
        published="2026-01-01",
        expect=(),
    ),
    Case(
        id="vague-actors-are-not-a-jurisdiction",
        text="Several other countries have blocked TikTok in recent years.",
        published="2026-01-01",
        expect=(),
    ),
    Case(
        id="earlier-act-told-with-detail-counts",
        text="Egypt's regulator blocked the Signal messaging app in 2016, a restriction that was never fully enforced.",
        published="2026-01-01",
        expect=(
            Expect(
                jurisdiction="EG",
                action="block",
                platforms=("signal",),
                issued="2016",
                outcome="not_enforced",
            ),
        ),
    ),
    Case(
        id="lifting-a-block-is-an-unblock-and-reverses-the-block",
        text=(
            "Uganda's communications commission blocked Facebook on January 12.\n"
            "On Monday, February 9, the commission lifted the ban on Facebook."
        ),
        published="2026-02-10",
        expect=(
            Expect(
                jurisdiction="UG",
                action="block",
                platforms=("facebook",),
                issued="2026-01-12",
                outcome="reversed",
            ),
            Expect(
                jurisdiction="UG",
                action="unblock",
                platforms=("facebook",),
                issued="2026-02-09",
            ),
        ),
    ),
    Case(
        id="not-having-ordered-a-block-is-no-block",
        text=(
            "QUITO - Ecuador's president on Tuesday urged supporters to delete Telegram, which he "
            "said smugglers used to threaten Ecuadorians, though the government has not ordered it "
            "blocked."
        ),
        published="2026-03-04",
        expect=(),
    ),
    Case(
        id="winding-up-a-local-company-is-another-act-not-a-block",
        text=(
            "WELLINGTON - New Zealand on Thursday ordered the dissolution of Temu's local "
            "subsidiary after a competition review, but left the shopping app open to users.\n"
            "Temu said shutting down its New Zealand offices would cost forty jobs."
        ),
        published="2026-06-12",
        expect=(
            Expect(
                jurisdiction="NZ",
                action="other",
                platforms=("temu",),
                issued="2026-06-11",
            ),
        ),
    ),
    Case(
        id="naming-a-company-extremist-is-another-act",
        text=(
            "ASTANA - A Kazakh court on Monday declared the owner of the Odnoklassniki network an "
            "extremist organisation, the prosecutor's office said."
        ),
        published="2026-02-17",
        expect=(
            Expect(
                jurisdiction="KZ",
                action="other",
                platforms=("odnoklassniki",),
                issued="2026-02-16",
            ),
        ),
    ),
    Case(
        id="an-owner-named-before-the-app-still-points-back",
        text=(
            "Peru restores access to WhatsApp\n\n"
            "LIMA - Peru's telecoms regulator lifted its block on WhatsApp on Friday.\n"
            "The regulator had blocked the Meta-owned app on March 2 during a strike."
        ),
        published="2026-03-13",
        expect=(
            Expect(jurisdiction="PE", action="unblock", platforms=("whatsapp",)),
            Expect(
                jurisdiction="PE",
                action="block",
                platforms=("whatsapp",),
                issued="2026-03-02",
            ),
        ),
    ),
    Case(
        id="a-ban-that-keeps-children-off-is-a-rule-not-a-block",
        text=(
            "COPENHAGEN - Denmark's parliament on Tuesday passed a law banning children under 15 "
            "from TikTok and Snapchat. The ban will take effect in 12 months."
        ),
        published="2026-05-20",
        expect=(
            Expect(
                jurisdiction="DK",
                action="legislation",
                platforms=("snapchat", "tiktok"),
                issued="2026-05-19",
                due="2027-05-19",
            ),
        ),
    ),
    Case(
        id="an-age-ban-in-a-headline-is-no-block",
        text=(
            "Greece passes ban on social media for under-15s\n\n"
            "ATHENS - Greece's parliament on Monday adopted a law that requires platforms to keep "
            "users under 15 off their services."
        ),
        published="2026-07-07",
        expect=(Expect(jurisdiction="GR", action="legislation", issued="2026-07-06"),),
    ),
    Case(
        id="unblocking-channels-is-not-unblocking-a-platform",
        text=(
            "MINSK - Belarusian officials on Tuesday pressed Google to unblock the channels of "
            "state broadcasters on YouTube, saying the company had ignored earlier letters."
        ),
        published="2026-09-16",
        expect=(),
    ),
    Case(
        id="an-app-suspended-on-staff-devices-is-a-device-ban",
        text=(
            "BERLIN - The interior ministry on Monday suspended TikTok on all staff laptops and "
            "phones it issues, citing security risks."
        ),
        published="2026-05-15",
        expect=(
            Expect(
                jurisdiction="DE",
                action="device_ban",
                platforms=("tiktok",),
                issued="2026-05-11",
            ),
        ),
    ),
    Case(
        id="bars-apps-from-government-phones-is-a-device-ban",
        text="Norway bars TikTok and Telegram from government phones over spying fears",
        published="2026-05-15",
        expect=(
            Expect(
                jurisdiction="NO",
                action="device_ban",
                platforms=("telegram", "tiktok"),
            ),
        ),
    ),
    Case(
        id="barred-from-state-owned-devices-is-a-device-ban",
        text=(
            "CANBERRA - Australia's federal government barred TikTok from state-owned devices "
            "on Tuesday."
        ),
        published="2026-05-15",
        expect=(
            Expect(
                jurisdiction="AU",
                action="device_ban",
                platforms=("tiktok",),
                issued="2026-05-12",
            ),
        ),
    ),
    Case(
        id="staff-barred-from-using-an-app-on-devices-is-a-device-ban",
        text=(
            "PIERRE - South Dakota's governor on Tuesday banned state employees from using "
            "TikTok on state-owned devices."
        ),
        published="2026-05-15",
        expect=(
            Expect(
                jurisdiction="US",
                action="device_ban",
                platforms=("tiktok",),
                issued="2026-05-12",
            ),
        ),
    ),
    Case(
        id="platforms-suspending-a-politician-is-no-block",
        text=(
            "WASHINGTON - Florida's governor backed the bill after Twitter, Facebook and YouTube "
            "suspended former President Donald Trump in January."
        ),
        published="2026-05-15",
        expect=(),
    ),
    Case(
        id="a-court-blocking-a-law-blocks-no-platform",
        text=(
            "SALT LAKE CITY - A federal judge on Friday blocked a Utah law that limits how "
            "teenagers use social media, saying it likely violates free speech."
        ),
        published="2026-05-15",
        expect=(),
    ),
    Case(
        id="royal-assent-makes-a-bill-law",
        text=(
            "OTTAWA - Canada's bill forcing social media platforms to pay for news received "
            "royal assent on Thursday."
        ),
        published="2026-05-15",
        expect=(
            Expect(
                jurisdiction="CA",
                action="legislation",
                platforms=("social-media",),
                issued="2026-05-14",
            ),
        ),
    ),
    Case(
        id="lawmakers-urging-the-government-to-ban-is-no-ban",
        text=(
            "ROME - Several lawmakers urged the government to ban TikTok outright after the "
            "report, but ministers said there was no such plan."
        ),
        published="2026-05-15",
        expect=(),
    ),
    Case(
        id="the-blocked-services-is-no-new-block",
        text=(
            "HAVANA - Users of Psiphon said they could still reach the blocked services. Cuba "
            "restricted WhatsApp on Monday, NetBlocks said."
        ),
        published="2026-05-15",
        expect=(
            Expect(
                jurisdiction="CU",
                action="block",
                platforms=("whatsapp",),
                issued="2026-05-11",
            ),
        ),
    ),
    Case(
        id="would-stay-blocked-is-the-block-told-before",
        text=(
            "ISLAMABAD - Pakistan blocked X in February. The information minister said on "
            "Tuesday that X would stay blocked until it answered the government's complaints."
        ),
        published="2026-05-15",
        expect=(
            Expect(
                jurisdiction="PK",
                action="block",
                platforms=("x",),
                issued="2026-02",
            ),
        ),
    ),
    Case(
        id="a-request-for-information-sent-is-a-data-request",
        text=(
            "BRUSSELS - The European Commission on Wednesday sent Snapchat a formal request "
            "for information on how it keeps children away from drug sellers."
        ),
        published="2026-07-10",
        expect=(
            Expect(
                jurisdiction="EU",
                action="data_request",
                platforms=("snapchat",),
                issued="2026-07-08",
            ),
        ),
    ),
    Case(
        id="an-order-to-preserve-documents-is-a-data-request",
        text=(
            "BRUSSELS - EU regulators on Monday ordered Temu to preserve internal documents "
            "on its recommender system until the end of the investigation."
        ),
        published="2026-07-14",
        expect=(Expect(jurisdiction="EU", action="data_request", platforms=("temu",)),),
    ),
    Case(
        id="a-search-warrant-served-on-a-platform-is-a-data-request",
        text=(
            "OMAHA - Police in Nebraska served Snapchat with a search warrant on Tuesday "
            "for the messages of two suspects."
        ),
        published="2026-07-17",
        expect=(
            Expect(
                jurisdiction="US",
                action="data_request",
                platforms=("snapchat",),
                issued="2026-07-14",
            ),
        ),
    ),
    Case(
        id="demands-to-reveal-who-or-explain-what-data-are-data-requests",
        text=(
            "DELHI - India's cyber agency on Monday demanded that Telegram disclose who runs "
            "the channels selling exam papers.\n"
            "Separately, Italy's privacy regulator asked Replika to explain what personal "
            "data it stores and where."
        ),
        published="2026-07-21",
        expect=(
            Expect(
                jurisdiction="IN",
                action="data_request",
                platforms=("telegram",),
                issued="2026-07-20",
            ),
            Expect(jurisdiction="IT", action="data_request", platforms=("replika",)),
        ),
    ),
    Case(
        id="handing-over-names-and-asking-for-technical-details-is-one-data-request",
        text=(
            "MADRID - A Spanish judge last week ordered YouTube to hand over the names of "
            "accounts that streamed the match, and asked Twitch for technical details of "
            "the broadcasts."
        ),
        published="2026-07-24",
        expect=(
            Expect(
                jurisdiction="ES",
                action="data_request",
                platforms=("twitch", "youtube"),
            ),
        ),
    ),
    Case(
        id="an-order-to-pay-a-sum-is-a-fine",
        text=(
            "OLYMPIA - A judge in Washington state on Thursday ordered Snapchat to pay $3.1 "
            "million for breaking the state's rules on political advertising."
        ),
        published="2026-08-07",
        expect=(
            Expect(
                jurisdiction="US",
                action="fine",
                platforms=("snapchat",),
                issued="2026-08-06",
            ),
        ),
    ),
    Case(
        id="costs-imposed-on-a-platform-are-a-fine",
        text=(
            "BENGALURU - The Karnataka High Court on Monday imposed costs of 25 lakh rupees "
            "on Telegram for ignoring its orders."
        ),
        published="2026-08-11",
        expect=(
            Expect(
                jurisdiction="IN",
                action="fine",
                platforms=("telegram",),
                issued="2026-08-10",
            ),
        ),
    ),
    Case(
        id="the-register-of-banned-sites-blocks-and-unblocks",
        text=(
            "MOSCOW - Russia's communications regulator on Tuesday added the Signal messenger to its "
            "register of prohibited sites.\n"
            "Viber, blocked last month, was removed from the register of banned sites on "
            "Wednesday after it agreed to store data in Russia."
        ),
        published="2026-10-01",
        expect=(
            Expect(
                jurisdiction="RU",
                action="block",
                platforms=("signal",),
                issued="2026-09-29",
            ),
            Expect(
                jurisdiction="RU",
                action="unblock",
                platforms=("viber",),
                issued="2026-09-30",
            ),
        ),
        exact=False,
    ),
    Case(
        id="a-judge-blocking-a-ban-lifts-it",
        text=(
            "BOISE - A federal judge in Idaho on Tuesday blocked the state's ban on TikTok, "
            "two days before it was due to start."
        ),
        published="2026-06-04",
        expect=(
            Expect(
                jurisdiction="US",
                action="unblock",
                platforms=("tiktok",),
                issued="2026-06-02",
            ),
        ),
    ),
    Case(
        id="an-injunction-halting-a-ban-lifts-it",
        text=(
            "Users of WeChat in the United States won an injunction on Friday halting the "
            "Commerce Department's ban on the app."
        ),
        published="2026-06-06",
        expect=(Expect(jurisdiction="US", action="unblock", platforms=("wechat",)),),
    ),
    Case(
        id="a-court-suspending-a-decision-to-cut-off-platforms-lifts-it",
        text=(
            "Malawi court suspends social media block\n\n"
            "LILONGWE - Malawi's High Court on Friday suspended a decision by the "
            "communications regulator to cut off Facebook and WhatsApp during the vote."
        ),
        published="2026-09-12",
        expect=(
            Expect(
                jurisdiction="MW",
                action="unblock",
                platforms=("facebook", "whatsapp"),
                issued="2026-09-11",
            ),
        ),
    ),
    Case(
        id="a-court-refusing-to-lift-a-ban-lifts-nothing",
        text=(
            "OSLO - A Norwegian court on Monday refused to lift the ban on Grindr, and "
            "rejected the company's request to suspend the ban on its ads."
        ),
        published="2026-06-09",
        expect=(),
    ),
    Case(
        id="restoring-full-access-is-an-unblock",
        text=(
            "HARARE - Zimbabwe's High Court on Thursday ordered mobile operators to restore "
            "full access to WhatsApp and Facebook."
        ),
        published="2026-06-12",
        expect=(
            Expect(
                jurisdiction="ZW",
                action="unblock",
                platforms=("facebook", "whatsapp"),
                issued="2026-06-11",
                targets_intermediaries=True,
            ),
        ),
    ),
    Case(
        id="a-gap-crosses-the-points-of-an-abbreviation-before-a-lowercase-word",
        text=(
            "WASHINGTON - The White House on Monday gave federal agencies 30 days to "
            "remove TikTok from all U.S. government devices."
        ),
        published="2026-03-03",
        expect=(
            Expect(
                jurisdiction="US",
                action="device_ban",
                platforms=("tiktok",),
                issued="2026-03-02",
            ),
        ),
    ),
    Case(
        id="a-gap-crosses-the-point-inside-a-law-number",
        text=(
            "SANTIAGO - Chile's Law 21.210 was published in the official gazette on "
            "Monday, putting value added tax on digital services such as Netflix and "
            "Spotify."
        ),
        published="2026-03-03",
        expect=(
            Expect(
                jurisdiction="CL",
                action="legislation",
                platforms=("netflix", "spotify"),
                issued="2026-03-02",
            ),
        ),
    ),
    Case(
        id="a-gap-crosses-the-decimal-point-of-a-sum",
        text=(
            "SAN FRANCISCO - A state judge on Monday ordered Lyft to pay a $7.5 million "
            "penalty for failing to report assaults to regulators."
        ),
        published="2026-03-03",
        expect=(
            Expect(
                jurisdiction="US",
                action="fine",
                platforms=("lyft",),
                issued="2026-03-02",
            ),
        ),
    ),
    Case(
        id="shutting-off-access-is-a-block",
        text=(
            "MANAMA - Bahrain's Information Ministry on Monday told the internet exchange "
            "to shut off access to Google Earth."
        ),
        published="2026-03-04",
        expect=(
            Expect(
                jurisdiction="BH",
                action="block",
                platforms=("google-earth",),
                issued="2026-03-02",
            ),
        ),
    ),
    Case(
        id="carriers-told-to-stop-carrying-a-service-block-it",
        text=(
            "RIYADH - Saudi Arabia's telecoms regulator on Monday instructed the three "
            "mobile carriers to stop carrying BlackBerry Messenger."
        ),
        published="2026-03-04",
        expect=(
            Expect(
                jurisdiction="SA",
                action="block",
                platforms=("bbm",),
                targets_intermediaries=True,
            ),
        ),
    ),
    Case(
        id="blackberry-services-are-a-platform-of-their-own",
        text=(
            "ABU DHABI - The UAE regulator on Sunday ordered operators to suspend "
            "BlackBerry e-mail and web browsing."
        ),
        published="2026-03-04",
        expect=(Expect(jurisdiction="AE", action="block", platforms=("blackberry",)),),
    ),
    Case(
        id="ordering-that-access-be-restored-is-an-unblock",
        text=(
            "TUNIS - Facebook is back: the president on Wednesday ordered that access to "
            "the site be restored."
        ),
        published="2026-03-06",
        expect=(
            Expect(
                jurisdiction="TN",
                action="unblock",
                platforms=("facebook",),
                issued="2026-03-04",
            ),
        ),
    ),
    Case(
        id="two-days-to-hand-over-a-list-is-a-data-request",
        text=(
            "BUENOS AIRES - A judge on Friday gave Rappi two days to hand over a full "
            "list of its couriers."
        ),
        published="2026-03-04",
        expect=(
            Expect(jurisdiction="AR", action="data_request", platforms=("rappi",)),
        ),
    ),
    Case(
        id="asking-for-a-complete-list-is-a-data-request",
        text=(
            "BRASILIA - The securities regulator wrote to Binance on Monday, asking for a "
            "complete list of the products it offers in Brazil."
        ),
        published="2026-03-04",
        expect=(
            Expect(
                jurisdiction="BR",
                action="data_request",
                platforms=("binance",),
                issued="2026-03-02",
            ),
        ),
    ),
    Case(
        id="nothing-will-be-switched-off-is-no-act",
        text=(
            "ABU DHABI - The regulator said on Friday that nothing will be switched off "
            "on Monday and BlackBerry Messenger keeps working."
        ),
        published="2026-03-04",
        expect=(),
    ),
    Case(
        id="a-block-said-to-be-neither-legal-nor-possible-is-no-act",
        text=(
            "QUITO - The minister said on Monday that blocking Uber and Cabify is neither "
            "legal nor technically possible."
        ),
        published="2026-03-04",
        expect=(),
    ),
    Case(
        id="registration-details-asked-for-are-data-not-a-registration",
        text=(
            "TAIPEI - Police asked Xiaohongshu on Monday for information about the scam "
            "accounts, such as registration details."
        ),
        published="2026-03-04",
        expect=(
            Expect(
                jurisdiction="TW", action="data_request", platforms=("xiaohongshu",)
            ),
        ),
    ),
    Case(
        id="a-service-named-in-a-clause-of-cause-is-not-the-target",
        text=(
            "Uganda blocks social media on eve of vote after clash with Facebook\n\n"
            "KAMPALA - Uganda's regulator on Tuesday told operators to cut off social "
            "networks until further notice."
        ),
        published="2026-03-04",
        expect=(
            Expect(jurisdiction="UG", action="block", platforms=("social-media",)),
        ),
    ),
    Case(
        id="a-platform-shut-off-because-of-its-content-policies-is-blocked",
        text=(
            "DODOMA - The minister told parliament on Tuesday that the platform X had been shut off "
            "because its content policies broke the law."
        ),
        published="2026-03-04",
        expect=(Expect(jurisdiction="TZ", action="block", platforms=("x",)),),
    ),
    Case(
        id="a-stop-order-is-an-order-on-conduct",
        text=(
            "SAO PAULO - Brazil's securities regulator on Monday issued a stop order "
            "against Binance over its derivatives."
        ),
        published="2026-03-04",
        expect=(Expect(jurisdiction="BR", action="other", platforms=("binance",)),),
    ),
    Case(
        id="voting-through-a-revision-of-an-act-is-legislation",
        text=(
            "SEOUL - South Korea's National Assembly on Friday voted through a revision "
            "of the Passenger Transport Service Act that ends the service of Tada, the "
            "van-hailing app."
        ),
        published="2026-03-09",
        expect=(
            Expect(
                jurisdiction="KR",
                action="legislation",
                platforms=("tada",),
                issued="2026-03-06",
            ),
        ),
    ),
    Case(
        id="barring-a-platform-from-processing-information-is-an-order-on-conduct",
        text=(
            "HAMBURG - Germany's data protection authority on Tuesday issued an order "
            "prohibiting Facebook from processing information about WhatsApp users."
        ),
        published="2026-03-04",
        expect=(
            Expect(
                jurisdiction="DE", action="other", platforms=("facebook", "whatsapp")
            ),
        ),
    ),
    Case(
        id="forbidding-an-app-from-moving-information-abroad-is-an-order-on-conduct",
        text=(
            "HELSINKI - Finland's privacy regulator on Friday forbade the ride-hailing "
            "app Yango from moving information about its passengers to Russia."
        ),
        published="2026-03-04",
        expect=(Expect(jurisdiction="FI", action="other", platforms=("yango",)),),
    ),
    Case(
        id="abandoning-a-plan-to-switch-off-a-service-is-an-unblock",
        text=(
            "ABU DHABI - The United Arab Emirates on Friday abandoned its plan to switch "
            "off BlackBerry e-mail, the regulator said."
        ),
        published="2026-03-09",
        expect=(
            Expect(
                jurisdiction="AE",
                action="unblock",
                platforms=("blackberry",),
                issued="2026-03-06",
            ),
        ),
    ),
    Case(
        id="ending-a-shutdown-is-an-unblock",
        text=(
            "CAIRO - Egypt's government on Wednesday let providers reconnect, ending a "
            "shutdown of Facebook and Twitter."
        ),
        published="2026-03-06",
        expect=(
            Expect(jurisdiction="EG", action="unblock", platforms=("facebook", "x")),
        ),
    ),
    Case(
        id="what-cannot-be-blocked-was-not-blocked",
        text=(
            "Ecuador says it cannot block Uber and Cabify\n\n"
            "QUITO - Uber said on Tuesday that content cannot be blocked under net "
            "neutrality rules."
        ),
        published="2026-03-04",
        expect=(),
    ),
    Case(
        id="backing-away-from-the-idea-of-a-block-is-no-act",
        text=(
            "QUITO - Ecuador's government has backed away from the idea of cutting off "
            "Uber and Cabify, the minister said on Monday."
        ),
        published="2026-03-04",
        expect=(),
    ),
    Case(
        id="details-required-for-registration-are-a-demand-to-register",
        text=(
            "MOSCOW - Roskomnadzor wrote to the company behind Zello on Monday and gave "
            "it 15 days to submit the details required for registration."
        ),
        published="2026-03-04",
        expect=(
            Expect(
                jurisdiction="RU",
                action="registration",
                platforms=("zello",),
                within="P15D",
            ),
        ),
    ),
    Case(
        id="removing-all-of-the-videos-is-content-removal",
        text=(
            "JAKARTA - At a meeting on Wednesday, officials gave representatives of "
            "ByteDance, which owns TikTok, a list of demands: remove all of the offending "
            "videos flagged by the government."
        ),
        published="2026-03-06",
        expect=(
            Expect(
                jurisdiction="ID",
                action="content_removal",
                platforms=("tiktok",),
                issued="2026-03-04",
            ),
        ),
    ),
    Case(
        id="a-company-registered-somewhere-is-no-registration-act",
        text=(
            "NEW YORK - Prosecutors allege that Bitzlato, registered in Hong Kong, asked "
            "customers for no identification."
        ),
        published="2026-03-04",
        expect=(),
    ),
    Case(
        id="seizing-a-services-servers-takes-it-down",
        text=(
            "PARIS - French investigators on Wednesday seized the exchange's servers and "
            "domain names, and Bitzlato's website now shows a seizure banner."
        ),
        published="2026-03-06",
        expect=(
            Expect(
                jurisdiction="FR",
                action="block",
                platforms=("bitzlato",),
                issued="2026-03-04",
            ),
        ),
    ),
    Case(
        id="protesters-blocking-roads-block-no-platform",
        text=(
            "PRAGUE - Taxi drivers blocked roads near the airport on Monday to protest "
            "against Uber and Bolt."
        ),
        published="2026-03-04",
        expect=(),
    ),
    Case(
        id="an-order-barring-a-service-from-providing-transport-blocks-it",
        text=(
            "BRNO - A Czech regional court on Monday issued an order that prohibits Uber from "
            "providing or arranging passenger transport in the city."
        ),
        published="2026-03-04",
        expect=(
            Expect(
                jurisdiction="CZ",
                action="block",
                platforms=("uber",),
                issued="2026-03-02",
            ),
        ),
    ),
    Case(
        id="a-body-that-licenses-sites-has-not-ordered-a-licence",
        text=(
            "BOGOTA - Colombia's gaming regulator, the state company that licenses games "
            "of chance, said on Tuesday that it had sent a list of 300 betting sites to "
            "internet providers."
        ),
        published="2025-02-07",
        expect=(),
    ),
    Case(
        id="a-licensing-board-by-its-name-orders-no-licence",
        text=(
            "NAIROBI - Kenya's Betting Control and Licensing Board said on Monday that "
            "it was studying how betting sites reach young people."
        ),
        published="2025-02-07",
        expect=(),
    ),
    Case(
        id="an-app-barred-from-devices-issued-to-ministers-is-a-device-ban",
        text=(
            "LONDON - Ireland's government barred WeChat from phones and laptops issued "
            "to ministers and civil servants on Monday."
        ),
        published="2025-03-05",
        expect=(
            Expect(
                jurisdiction="IE",
                action="device_ban",
                platforms=("wechat",),
                issued="2025-03-03",
            ),
        ),
    ),
    Case(
        id="a-platform-barred-from-combining-data-is-an-order-on-data",
        text=(
            "ANKARA - Turkey's competition authority on Monday barred Meta from "
            "combining the data of Threads and Instagram users."
        ),
        published="2024-03-20",
        expect=(
            Expect(
                jurisdiction="TR",
                action="other",
                platforms=("facebook", "instagram", "threads"),
            ),
        ),
    ),
    Case(
        id="firms-told-to-send-applications-with-documents-must-register",
        text=(
            "ISTANBUL - Turkey's capital markets board on Wednesday told crypto exchanges "
            "to send their applications with company documents by August 2."
        ),
        published="2024-07-04",
        expect=(
            Expect(
                jurisdiction="TR",
                action="registration",
                platforms=("crypto-exchange",),
                due="2024-08-02",
            ),
        ),
    ),
    Case(
        id="a-precautionary-measure-on-a-platform-is-an-order-on-conduct",
        text=(
            "SANTIAGO - Chile's consumer agency on Friday issued a precautionary measure "
            "instructing WhatsApp to hold back its new terms of service."
        ),
        published="2021-05-17",
        expect=(
            Expect(
                jurisdiction="CL",
                action="other",
                platforms=("whatsapp",),
                issued="2021-05-14",
            ),
        ),
    ),
    Case(
        id="an-investigation-into-a-platforms-changes-is-no-prosecution",
        text=(
            "SANTIAGO - Chile's competition agency has opened an investigation into the "
            "changes WhatsApp made to its terms of service."
        ),
        published="2021-05-17",
        expect=(),
    ),
    Case(
        id="regulators-recommending-that-a-platform-postpone-a-change-ask-for-cooperation",
        text=(
            "BRASILIA - Four Brazilian agencies last week recommended that WhatsApp "
            "postpone its privacy update and refrain from restricting the accounts of "
            "users who reject it."
        ),
        published="2021-05-15",
        expect=(
            Expect(
                jurisdiction="BR",
                action="cooperation_request",
                platforms=("whatsapp",),
            ),
        ),
    ),
    Case(
        id="motorcycle-hailing-apps-named-beside-a-ban-are-its-targets",
        text=(
            "LAGOS - Lagos State has banned commercial motorcycles from its busiest "
            "districts from February 1, shutting out the ride apps Gokada, ORide and Max."
        ),
        published="2020-01-28",
        expect=(
            Expect(
                jurisdiction="NG",
                action="block",
                platforms=("gokada", "max-ng", "oride"),
            ),
        ),
    ),
    Case(
        id="an-app-suspended-by-google-is-googles-own-act",
        text=(
            "NEW DELHI - Its Jaipur developer said on Wednesday that the app had been "
            "suspended by Google, and that India's users had been left without it."
        ),
        published="2020-06-04",
        expect=(),
    ),
    Case(
        id="firms-that-must-open-an-office-in-the-country-must-register",
        text=(
            "MOSCOW - Russia's communications regulator on Monday named Zoom and Spotify "
            "among the firms that must open an office in the country by Jan. 1."
        ),
        published="2021-11-23",
        expect=(
            Expect(
                jurisdiction="RU",
                action="registration",
                platforms=("spotify", "zoom"),
                due="2022-01-01",
            ),
        ),
    ),
    Case(
        id="sanctions-a-firm-risks-are-no-acts",
        text=(
            "MOSCOW - Russia's communications regulator said firms that ignore the law "
            "risk sanctions ranging from advertising bans to having Zoom blocked. Those "
            "that do not comply could be barred from advertising, be cut off from "
            "payments and ultimately face partial or full blocking of Spotify."
        ),
        published="2021-11-23",
        expect=(),
    ),
    Case(
        id="the-start-of-a-device-ban-is-no-block-of-its-own",
        text=(
            "HELSINKI - Finland's parliament has barred Telegram from work phones issued "
            "to its members. Its administration said on Friday that the ban took effect "
            "at once."
        ),
        published="2025-02-07",
        expect=(
            Expect(jurisdiction="FI", action="device_ban", platforms=("telegram",)),
        ),
    ),
    Case(
        id="a-judge-directing-a-site-to-disclose-details-asks-for-data",
        text=(
            "MUMBAI - A judge of the Bombay High Court on March 3 directed Reddit to "
            "disclose the account details of the users behind a series of posts about a "
            "local businessman."
        ),
        published="2025-03-10",
        expect=(
            Expect(
                jurisdiction="IN",
                action="data_request",
                platforms=("reddit",),
                issued="2025-03-03",
            ),
        ),
    ),
    Case(
        id="hours-given-to-remove-it-are-a-removal-order",
        text=(
            "LISBON - A court in Portugal ruled on Monday that a Wikipedia entry about a "
            "singer was defamatory and gave the Wikimedia Foundation 48 hours to remove it."
        ),
        published="2025-06-04",
        expect=(
            Expect(
                jurisdiction="PT",
                action="content_removal",
                platforms=("wikipedia",),
                within="PT48H",
            ),
        ),
    ),
    Case(
        id="a-court-that-could-ask-for-a-block-has-ordered-none",
        text=(
            "NEW DELHI - At Friday's hearing the judge remarked that the court could ask "
            "the government to block Wikipedia in India."
        ),
        published="2024-09-09",
        expect=(),
    ),
]


OUTCOMES = [
    Case(
        id="a-company-suing-to-overturn-a-fine-leaves-it-pending",
        text=(
            "SEOUL - South Korea's competition regulator fined Coupang 140 billion won "
            "on Thursday. The company said it would file an administrative lawsuit to "
            "overturn the decision."
        ),
        published="2024-06-14",
        expect=(
            Expect(
                jurisdiction="KR",
                action="fine",
                platforms=("coupang",),
                outcome="pending",
            ),
        ),
    ),
    Case(
        id="industry-suing-over-every-such-law-is-no-refusal",
        text=(
            "Ohio passed a law in July requiring social media companies to verify ages. "
            "A judge on Tuesday temporarily stopped the state from enforcing it. "
            "Industry groups have sued over nearly every such law."
        ),
        published="2024-01-10",
        expect=(
            Expect(
                jurisdiction="US",
                action="legislation",
                platforms=("social-media",),
                outcome="not_enforced",
            ),
        ),
    ),
    Case(
        id="a-law-a-court-blocked-is-not-enforced",
        text=(
            "SALT LAKE CITY - Utah's governor signed a law in March that requires social media "
            "platforms to verify users' ages. A federal judge on Friday blocked the law, saying "
            "it likely violates free speech."
        ),
        published="2026-05-15",
        expect=(
            Expect(
                jurisdiction="US",
                action="legislation",
                platforms=("social-media",),
                issued="2026-03",
                outcome="not_enforced",
            ),
        ),
    ),
    Case(
        id="a-fine-left-in-place-on-appeal-stands",
        text=(
            "A Turkish appeals court on Saturday lifted the block on Discord but left in place a "
            "fine of 2 million lira imposed on the company."
        ),
        published="2026-05-04",
        expect=(
            Expect(
                jurisdiction="TR",
                action="fine",
                platforms=("discord",),
                outcome="enforced",
            ),
        ),
        exact=False,
    ),
    Case(
        id="an-appeal-leaves-the-fine-pending",
        text=(
            "PRAGUE - Czechia's data protection office fined the dating app Bumble 9 million "
            "koruna on Tuesday "
            "and ordered it to stop sharing users' locations with advertisers. Bumble said it "
            "disagreed and planned to contest the decision in court."
        ),
        published="2026-06-12",
        expect=(
            Expect(
                jurisdiction="CZ",
                action="fine",
                platforms=("bumble",),
                issued="2026-06-09",
                outcome="pending",
            ),
        ),
        exact=False,
    ),
    Case(
        id="a-decision-open-to-objection-is-not-final",
        text=(
            "BONN - Germany's Federal Office of Justice fined Telegram 4 million euros on "
            "Wednesday for failing to offer a way to report illegal posts. The decision is not "
            "final: the company can still lodge an objection."
        ),
        published="2026-06-12",
        expect=(
            Expect(
                jurisdiction="DE",
                action="fine",
                platforms=("telegram",),
                issued="2026-06-10",
                outcome="pending",
            ),
        ),
        exact=False,
    ),
    Case(
        id="studying-the-ruling-is-no-answer-yet",
        text=(
            "A Moscow court fined Google 5 million roubles on Friday for failing to delete banned "
            "posts. Google said it would study the court's decision before deciding on its next steps."
        ),
        published="2026-05-04",
        expect=(
            Expect(
                jurisdiction="RU",
                action="fine",
                platforms=("google",),
                issued="2026-05-01",
                outcome="pending",
            ),
        ),
        exact=False,
    ),
    Case(
        id="a-decision-is-in-force-once-an-order-to-the-operators-carries-it-out",
        text=(
            "Zambia regulator tells providers to restore TikTok\n\n"
            "LUSAKA, Sept 6 - The Zambia Information and Communications Technology Authority on "
            "Friday ordered the country's internet service providers to lift the block on TikTok, "
            "putting into effect a cabinet decision to end a ban imposed last November.\n"
            "The cabinet decided on Aug. 22 to reverse the ban."
        ),
        published="2026-09-06",
        expect=(
            Expect(
                jurisdiction="ZM",
                action="unblock",
                platforms=("tiktok",),
                issued="2026-09-04",
                targets_intermediaries=True,
            ),
            Expect(
                jurisdiction="ZM",
                action="unblock",
                platforms=("tiktok",),
                issued="2026-08-22",
                targets_intermediaries=False,
                outcome="enforced",
            ),
        ),
    ),
    Case(
        id="begun-applying-before-the-deadline-is-pending",
        text=(
            "LIMA, Dec 20 - Telegram has begun applying for the licence that messaging apps will "
            "need from January 1, the regulator said.\n"
            "Apps must apply before the December 31 deadline."
        ),
        published="2026-12-20",
        expect=(
            Expect(
                jurisdiction="PE",
                action="registration",
                platforms=("telegram",),
                outcome="pending",
            ),
        ),
    ),
    Case(
        id="a-partial-answer-is-not-the-state-of-a-slowdown",
        text=(
            "Russia's communications watchdog began throttling Discord on March 10. On Monday it "
            "said it would keep slowing Discord, although the company had begun removing a "
            "significant share of the flagged posts."
        ),
        published="2026-04-08",
        expect=(
            Expect(
                jurisdiction="RU",
                action="throttle",
                platforms=("discord",),
                issued="2026-03-10",
                outcome="enforced",
            ),
        ),
    ),
    Case(
        id="working-to-comply-is-not-the-app-still-working",
        text=(
            "NAIROBI - Kenya's Communications Authority blocked the Kick streaming site on Monday. "
            "The company said it was working to comply with the order."
        ),
        published="2026-04-08",
        expect=(
            Expect(
                jurisdiction="KE",
                action="block",
                platforms=("kick",),
                outcome="pending",
            ),
        ),
    ),
    Case(
        id="still-accessible-is-not-enforced",
        text=(
            "Iran's judiciary ordered internet providers to block WhatsApp on Saturday.\n"
            "As of Monday, WhatsApp remained accessible for most users."
        ),
        published="2026-06-02",
        expect=(
            Expect(
                jurisdiction="IR",
                action="block",
                platforms=("whatsapp",),
                issued="2026-05-30",
                outcome="not_enforced",
                targets_intermediaries=True,
            ),
        ),
    ),
    Case(
        id="a-block-told-as-done-is-enforced",
        text="Pakistan's telecoms authority blocked the Bluesky app on Saturday, March 7.",
        published="2026-03-09",
        expect=(
            Expect(
                jurisdiction="PK",
                action="block",
                platforms=("bluesky",),
                issued="2026-03-07",
                outcome="enforced",
            ),
        ),
    ),
    Case(
        id="a-block-only-ordered-has-no-outcome-of-its-own",
        text="Pakistan's telecoms authority ordered internet providers to block Bluesky on Saturday.",
        published="2026-03-09",
        expect=(
            Expect(
                jurisdiction="PK",
                action="block",
                platforms=("bluesky",),
                no_outcome=True,
            ),
        ),
    ),
    Case(
        id="unreachable-is-the-state-of-every-block-on-the-platform",
        text=(
            "A court in Dhaka ordered the Signal app blocked on June 1.\n"
            "Two days later Bangladesh's telecoms regulator throttled Signal nationwide.\n"
            "By Friday, June 5, the Signal app was unreachable on every mobile network."
        ),
        published="2026-06-06",
        expect=(
            Expect(
                jurisdiction="BD",
                action="block",
                platforms=("signal",),
                outcome="enforced",
            ),
            Expect(
                jurisdiction="BD",
                action="throttle",
                platforms=("signal",),
                outcome="enforced",
            ),
        ),
        exact=False,
    ),
    Case(
        id="a-refusal-answers-the-demand-not-the-block",
        text=(
            "Turkey's regulator ordered Discord to remove 40 channels on March 3, "
            "and blocked the app on March 9.\n"
            "Discord refused to remove the channels, a spokesperson said on Tuesday."
        ),
        published="2026-03-11",
        expect=(
            Expect(
                jurisdiction="TR",
                action="content_removal",
                platforms=("discord",),
                outcome="refused",
            ),
            Expect(
                jurisdiction="TR",
                action="block",
                platforms=("discord",),
                outcome="enforced",
            ),
        ),
    ),
    Case(
        id="an-unblock-is-carried-out-when-the-app-works-again",
        text=(
            "Gabon's regulator lifted its block on TikTok on Monday, May 4.\n"
            "TikTok was working normally again by Monday night, users said."
        ),
        published="2026-05-05",
        expect=(
            Expect(
                jurisdiction="GA",
                action="unblock",
                platforms=("tiktok",),
                outcome="enforced",
            ),
        ),
        exact=False,
    ),
    Case(
        id="a-deadline-still-ahead-leaves-the-outcome-pending",
        text=(
            "On Monday, March 2, Ghana's communications ministry ordered Snapchat to register "
            "a local office by April 30."
        ),
        published="2026-03-04",
        expect=(
            Expect(
                jurisdiction="GH",
                action="registration",
                platforms=("snapchat",),
                due="2026-04-30",
                outcome="pending",
            ),
        ),
    ),
    Case(
        id="an-appeal-leaves-the-outcome-pending",
        text=(
            "A court in Nairobi fined TikTok 5 million shillings on Monday, May 4.\n"
            "The company said it would appeal."
        ),
        published="2026-05-06",
        expect=(
            Expect(
                jurisdiction="KE",
                action="fine",
                platforms=("tiktok",),
                outcome="pending",
            ),
        ),
    ),
    Case(
        id="an-undated-state-beside-a-lifting-does-not-outlast-it",
        text=(
            "Uganda's communications commission ordered providers to block Facebook on January 12.\n"
            "The commission lifted the ban on Facebook on Monday, February 9.\n"
            "The block never took effect, according to users."
        ),
        published="2026-02-20",
        expect=(
            Expect(
                jurisdiction="UG",
                action="block",
                platforms=("facebook",),
                outcome="reversed",
            ),
        ),
        exact=False,
    ),
    Case(
        id="unblocking-once-they-complete-registration-is-a-promise",
        text=(
            "MANILA - The Philippines blocked PayPal and Roblox on Saturday after they failed to "
            "register by the deadline, the ministry said.\n"
            "The ministry said the services would be unblocked once they complete their "
            "registration."
        ),
        published="2026-07-25",
        expect=(
            Expect(
                jurisdiction="PH",
                action="block",
                platforms=("paypal", "roblox"),
                issued="2026-07-25",
            ),
        ),
    ),
    Case(
        id="the-state-before-an-unblock-is-not-its-outcome",
        text=(
            "Cuba lifts its ban on WhatsApp\n\n"
            "HAVANA - Cuba lifted its ban on WhatsApp on Thursday, state media said.\n"
            "WhatsApp had been blocked since 2021, when protests spread across the island."
        ),
        published="2026-03-27",
        expect=(
            Expect(
                jurisdiction="CU",
                action="unblock",
                platforms=("whatsapp",),
                issued="2026-03-26",
                no_outcome=True,
            ),
        ),
        exact=False,
    ),
    Case(
        id="a-decision-told-as-reversed-a-day-later-is-reversed-with-no-deadline",
        text=(
            "GABORONE - Botswana's regulator on Friday ordered internet providers to suspend X "
            "and WhatsApp.\n"
            "The decision was reversed a day later after protests by business groups."
        ),
        published="2026-10-10",
        expect=(
            Expect(
                jurisdiction="BW",
                action="block",
                platforms=("whatsapp", "x"),
                outcome="reversed",
                no_deadlines=True,
            ),
        ),
    ),
    Case(
        id="a-monitor-reporting-a-block-tells-its-outcome-not-a-second-block",
        text=(
            "Telegram cut off in Guinea\n\n"
            "CONAKRY, March 6 - Guinea's telecoms regulator ordered mobile operators to block "
            "Telegram on Wednesday ahead of planned opposition rallies.\n\n"
            "The app was restricted on all major networks on Thursday, internet monitor NetBlocks said."
        ),
        published="2026-03-06",
        expect=(
            Expect(
                jurisdiction="GN",
                action="block",
                platforms=("telegram",),
                issued="2026-03-04",
                targets_intermediaries=True,
                outcome="enforced",
            ),
        ),
    ),
    Case(
        id="a-monitor-report-told-first-joins-the-act-told-after-it",
        text=(
            "WhatsApp unreachable in Venezuela, monitors say\n\n"
            "WhatsApp was blocked on the main state provider on Monday, according to the monitoring "
            "group VE sin Filtro and NetBlocks.\n\n"
            "The telecoms regulator Conatel had ordered internet providers to block the messaging app "
            "on Sunday, two people familiar with the order said."
        ),
        published="2026-01-14",
        expect=(
            Expect(
                jurisdiction="VE",
                action="block",
                platforms=("whatsapp",),
                issued="2026-01-11",
                targets_intermediaries=True,
                outcome="enforced",
            ),
        ),
    ),
    Case(
        id="an-outcome-is-as-of-the-day-in-its-own-clause",
        text=(
            "BANGKOK - Thailand's regulator told internet providers on Friday to block "
            "Telegram, but the app was still working on Tuesday."
        ),
        published="2026-03-04",
        expect=(
            Expect(
                jurisdiction="TH",
                action="block",
                platforms=("telegram",),
                outcome="not_enforced",
                as_of="2026-03-03",
            ),
        ),
    ),
]


FURNITURE = [
    Case(
        id="headline-lists-are-not-directives",
        text=(
            "A quiet week for regulators\n\n"
            "Nothing of note happened in technology policy this week.\n\n"
            "Latest Stories\n"
            "  • China blocks Telegram in new crackdown\n"
            "  • Russia bans Instagram again\n"
        ),
        published="2026-01-01",
        expect=(),
    ),
    Case(
        id="repeated-paragraphs-count-once",
        text=(
            "Vietnam's ministry ordered telecom companies to block Telegram on May 2.\n"
            "Vietnam's ministry ordered telecom companies to block Telegram on May 2.\n"
        ),
        published="2026-05-04",
        expect=(
            Expect(
                jurisdiction="VN",
                action="block",
                platforms=("telegram",),
                issued="2026-05-02",
            ),
        ),
    ),
]

ALL = DATES + DATES_OF_ACTS + WHO + WHAT + OUTCOMES + FURNITURE
