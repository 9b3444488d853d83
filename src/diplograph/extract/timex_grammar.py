"""The regular expression of each kind of time expression, built from the word lists.

Patterns run on lower-cased text (``extract/dates.py`` lower-cases it once), so every branch of a
word list starts with a plain literal, which the regular-expression engine skips in one
comparison; capitals ("May" the month, not the verb) are checked by the resolvers. The named
groups are what the resolvers in ``timex_resolve.py`` read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any


def kind_patterns(raw: Mapping[str, Any]) -> dict[str, str]:
    """One pattern per kind; the named groups feed the resolvers in ``timex_resolve.py``.

    Long on purpose: it is the grammar itself, shared fragments first, then one entry per kind.
    """
    month_names = list(raw["months"])
    abbrev = month_abbreviations(raw["months"])
    full = [m for m in month_names if m not in abbrev]
    # a possessive month dates its noun ("last December's meeting"); "May's" alone still needs
    # a date word before it (timex.yaml ambiguous_months)
    month = rf"(?:{word_alternation(full)}|{word_alternation(abbrev)}\.?)(?!\w|'(?!s\b))"
    weekday = rf"{word_alternation(raw['weekdays'])}"
    ordinal_words = word_alternation(raw["ordinals"])
    date_day = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:.,]\d|\w)"
    joins = word_alternation(flatten(raw["day_range_joins"]))
    amounts = rf"{word_alternation(raw['amount_words'])}\b"
    day = rf"(?:(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:.,]\d|\w)|{ordinal_words}\b)"
    num_words = raw["numbers"]
    tens = word_alternation(
        [w for w, v in num_words.items() if v in {20, 30, 40, 50, 60, 70, 80, 90}]
    )
    ones = word_alternation([w for w, v in num_words.items() if 1 <= v <= 9 and " " not in w])
    number_word = rf"(?:{tens}(?:[-\s]{ones})?|{word_alternation(num_words)})"
    year4 = r"(?:1[0-9]\d\d|20\d\d)(?![\d])"
    teen_century = word_alternation(["eighteen", "nineteen", "twenty"])
    year_words = (
        rf"(?:{teen_century}[-\s]+(?:{number_word})(?:[-\s]{ones})?"
        rf"|(?:two\s+thousand)(?:\s+(?:and\s+)?{number_word})?)"
    )
    year = rf"(?:{year4}|{year_words}\b)"
    num = (
        r"(?:(?!(?:1\d|20)\d\d\b)\d+(?:\.\d+)?(?:\s+1/2)?(?![\d,])"
        rf"|{number_word}(?:\s+(?:and\s+a\s+half))?|(?:an?)(?=[\s-]))"
    )
    vague = word_alternation(raw["vague_numbers"])
    unit = rf"{word_alternation(raw['units'])}(?![\w])"
    season = rf"{word_alternation(raw['seasons'])}\b"
    pod = rf"{word_alternation(raw['parts_of_day'])}\b"
    pmod = rf"(?:{word_alternation(flatten(raw['period_modifiers']))}(?:-|\s+))"
    qmod = rf"(?:{word_alternation(flatten(raw['quantity_modifiers']))}\s+)"
    rel = r"(?:this\s+past|this\s+coming|the\s+coming|last|this|next|coming|past)"
    whole = word_alternation(raw["year_adjectives"])
    relyear = r"(?P<rely>(?:last|this|next))\s+(?:year)\b"
    set_words = word_alternation(raw["set_words"])
    quantifiers = word_alternation(raw.get("set_quantifiers", ["every", "each", "per"]))
    refs = word_alternation(flatten(raw["reference_phrases"]))
    holidays = word_alternation(raw.get("holidays", {}))
    relative_days = word_alternation(raw["relative_days"])
    tz = r"(?:\s+(?:[ecmp][sd]t|gmt|utc|(?:local\s+time)))?"
    return {
        "iso_date": (r"\b(?P<y>(?:19|20)\d\d)-(?P<mo>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b"),
        "clock": (
            rf"(?:(?:(?P<qual>around|about|at)\s+))?"
            rf"(?:(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>(?:[ap]\.?\s?m\b\.?))"
            rf"|(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?![\d:])"
            rf"|(?P<hw>[01]?\d|{ones}|ten|eleven|twelve)\s+"
            rf"(?:o'clock|in\s+the\s+(?P<hpod>{pod}))"
            rf"|(?P<word>(?:noon|midnight|midday)\b)){tz}"
            rf"(?:,?\s+(?:on\s+)?(?P<wd>{weekday})|,?\s+(?P<rd>(?:today|yesterday|tomorrow))"
            rf"|,?\s+(?P<mon>{month})\s+(?P<md>{day}))?"
        ),
        "month_range": (  # "March-April 1986", "May 1986 to April 1987", "January-April"
            rf"(?P<m1>{month})(?:\s+(?P<y1>{year4}))?\s*(?:-|–|(?:to|through|until))\s*"
            rf"(?P<m2>{month}),?\s+(?P<y2>{year4})"
            rf"|(?P<m5>{month})[-–/](?P<m6>{month})\b"  # "January-September (of) this year"
            rf"(?:\s+(?:of\s+)?(?P<rel>this|last|next|the\s+current|the\s+previous)\s+year\b)?"
        ),
        "day_range": (  # "April 5-6", "April 29-May 2", "June 2 to 5", "5-6 April"
            rf"(?:(?P<m1>{month})\s+(?P<d1>{date_day})"
            rf"(?:\s*(?P<dash>[-–])\s*|\s+(?P<join>{joins})\s+)"
            rf"(?:(?P<m2>{month})\s+)?(?P<d2>{date_day})"
            rf"|(?P<d3>{date_day})(?:\s+(?P<m3>{month}))?\s*[-–]\s*"
            rf"(?P<d4>{date_day})\s+(?P<m4>{month}))"
            rf"(?!\s*(?:%|[-/:.,]\d|{amounts}))(?:,?\s+(?P<year>{year4}))?"
        ),
        "period_end": (  # "the year to March", "fiscal 1985/86 ended March"
            rf"(?:(?P<yr>(?:the\s+(?:current\s+)?(?:(?:fiscal|{whole})\s+)?"
            rf"|(?:fiscal|{whole})\s+)year)"
            rf"|(?P<this>this\s+year)|(?P<months>(?:the\s+)?(?P<num>{num})\s+months)"
            rf"|(?P<fy>(?:fiscal(?:\s+year)?\s+(?P<fy1>{year4})|(?P<fy3>{year4})(?=\s*/))"
            rf"(?:\s*/\s*(?P<fy2>\d\d(?:\d\d)?))?(?:\s+(?:(?:fiscal|financial)\s+)?year)?))"
            rf"\s+(?:(?:that|which)\s+)?(?P<verb>ended|ending|ends|to|through)"
            rf"(?:(?<=ed|ds)\s+(?:in|on))?\s+"  # "the fiscal year that ended in March"
            rf"(?P<end>(?P<emod>end[-\s]+|the\s+end\s+of\s+)?(?P<mid>mid[-\s]+)?"
            rf"(?P<month>{month})"
            rf"(?:\s+(?P<day>{date_day}))?(?:,?\s+(?P<year>{year4}))?)"
        ),
        "date_full": (
            rf"(?:(?P<wd>{weekday}),?\s+(?:the\s+)?)?"
            rf"(?:(?P<month>{month})\s+(?P<day>{day})(?!\s*(?:%|[-/:]\d|(?:million|billion)))"
            rf"|(?:the\s+)?(?P<day2>{day})(?:\s+of)?\s+(?P<month2>{month}))"
            rf"(?:,?\s+(?P<year>{year4})|,?\s+{relyear})?"
        ),
        "year_range": (
            rf"from\s+(?P<y1>{year4})\s*(?:-|–|to|through|until)\s*(?P<y2>{year4})"
            rf"|(?:(?P<pmod>{pmod}))?(?:(?:the\s+)?fiscal(?:\s+year)?\s+)?"
            rf"(?P<y5>{year4})\s*[-–/]\s*(?P<y6>{year4}|\d\d(?![\d%]))"
        ),
        "quarter": (
            rf"(?:(?P<pre>(?:the|its|this\s+year's|last\s+year's|next\s+year's"
            rf"|the\s+year-(?:ago|earlier)|the\s+latest|the\s+same|the\s+comparable))\s+)?"
            rf"(?:(?P<py>{year4})\s+)?(?:(?:fiscal|calendar)[-\s]+)?"
            rf"(?P<ord>(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th))"
            rf"[-\s]+(?P<part>(?:quarter|half))"
            rf"(?:\s+of\s+(?:the\s+)?(?P<year>{year4}(?!'?s)|'\d\d(?!'?s))|\s+(?:of\s+)?{relyear}"
            rf"|\s+of\s+the\s+(?P<cur>(?:current\s+)?year)\b)?(?!\s+of\s+the\s+'?\d)"
            rf"(?!(?<=half)\s+of\b)"  # not "the first half of next month", "of the decade"
            rf"|(?P<qn>q[1-4])\s*(?P<qy>{year4})|(?P<qy2>{year4})\s*(?P<qn2>q[1-4])"
            rf"|(?:the\s+)?(?P<yq>{year4})\s+(?P<what>quarter|period)\b"
        ),
        "decade": (
            r"(?:the\s+)?(?:(?P<pmod>(?:early|mid|late))[-\s]+)?"
            r"(?:(?P<dec>1\d\d0|20\d0)'?s|'(?P<dec2>\d0)'?s|(?:the\s+)?(?P<decw>(?:twenties"
            r"|thirties|forties|fifties|sixties|seventies|eighties|nineties)))\b"
        ),
        "century": (
            rf"(?:the\s+)?(?:(?P<pmod>(?:early|mid|late))[-\s]+)?"
            rf"(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{ordinal_words})[-\s]+(?:century)\b"
        ),
        "year_ago": (
            r"(?:(?:the\s+)?(?:comparable\s+)?(?:year-(?:ago|earlier)|year\s+ago)"
            r"(?:\s+(?:(?:first|second|third|fourth)\s+)?(?P<what>(?:quarter|period)))?"
            r"|(?P<lyq>(?:the\s+corresponding\s+period\s+last\s+year)))\b"
        ),
        "ago": (
            rf"(?:(?P<qmod>{qmod}))?(?:(?P<num>{num}|{vague})[-\s]+)?(?P<unit>{unit})"
            rf"(?:\s+(?:or\s+so))?\s+(?P<dir>(?:ago|earlier|later|from\s+now|hence|back))\b"
        ),
        "following": (
            rf"(?:the\s+(?P<dir>(?:following|previous|preceding|same|prior))"
            rf"\s+(?P<unit>(?:day|week|month|year)\b|{pod})"
            rf"|(?:the\s+next)\s+(?P<unit2>(?:day\b)|{pod})"
            rf"|(?:that|(?:earlier|later)\s+in\s+the)"  # "later in the day": the day told
            rf"\s+(?P<unit3>(?:same\s+)?(?:day|week|month|year)\b|{pod})"  # "that same month"
            rf"|(?:the\s+day\s+)(?P<ba>(?:before|after))(?!\s+(?:yesterday|tomorrow)))"
        ),
        "first_n": (
            rf"(?:the\s+)?(?P<dir>(?:first|last|final))\s+(?P<num>{num})\s+"
            rf"(?P<unit>(?:months|weeks|days|quarters))(?:\s+(?:of)\s+(?:(?:the\s+)?"
            rf"(?P<year>{year4})|{relyear}|(?P<this>(?:the\s+year|the\s+current\s+year))))?"
        ),
        "rel_unit": (
            rf"(?:(?P<pmod>{pmod}))?(?:(?P<qmod>{qmod}))?(?P<the>(?:the)\s+)?"
            rf"(?P<dir>(?:past|last|next|coming|this|current|latest|recent|previous))\s+"
            rf"(?:(?P<num>{num}|{vague})\s+)?(?P<unit>{unit})(?P<orso>\s+(?:or\s+so))?"
            rf"|(?:(?P<pmod2>{pmod}))?(?P<the2>(?:the)\s+)(?P<unit2>(?:year|month|week)\b)"
            rf"(?!\s+{year}|-)"
            rf"|(?P<full>(?:the\s+(?:full|current|fiscal|current\s+fiscal|latest\s+fiscal)"
            rf"\s+year))\b(?!\s+{year4})|(?P<yearend>year[-\s]end|year's\s+end)\b"
            rf"|(?P<fq>the\s+(?:latest\s+|current\s+)?quarter)\b"
        ),
        "rel_named": (
            rf"(?:(?P<pmod>{pmod}))?(?:(?P<rel>{rel})\s+)?(?:the\s+)?"
            rf"(?P<what>{season}|(?:weekend)\b)(?:\s+(?:of)\s+(?P<year>{year}))?"
        ),
        "month": (
            rf"(?:(?P<pmod>{pmod}))?(?:(?P<rel>{rel})\s+)?(?P<month>{month})"
            rf"(?:,?\s+(?:of\s+)?(?P<year>{year}|'\d\d)|\s+{relyear}"
            rf"|\s+(?:of\s+)?(?P<thaty>(?:that|the\s+same)\s+year\b))?"
        ),
        "weekday": (
            rf"(?:(?P<pmod>(?:early|late|earlier|later))\s+)?(?:(?P<rel>{rel}|(?:the\s+"
            rf"(?:previous|following)))\s+)?(?P<wd>{weekday})(?P<pl>s)?(?:'s)?"
            rf"(?:\s+(?P<pod>{pod})(?P<pods>s)?)?"
        ),
        "part_of_day": (
            rf"(?:(?P<pmod>(?:early|late|later|earlier|mid))[-\s]+)?"
            rf"(?P<rel>(?:this|last|tomorrow|yesterday))\s+(?P<pod>{pod})"
        ),
        "rel_day": (
            rf"(?:(?P<pmod>(?:early|late|later|earlier))\s+)?"
            rf"(?:(?P<pod0>(?:mid-?)?{pod})\s+)?(?P<rd>{relative_days})\b"
            rf"(?:\s+(?P<pod>{pod}))?"
        ),
        "holiday": (
            rf"(?:(?P<rel>(?:last|this|next))\s+)?(?P<hol>{holidays})(?:\s+(?P<year>{year4}))?"
        ),
        "set": (
            rf"(?P<q>{quantifiers})\s+(?:other\s+)?(?:(?P<num>{num})\s+)?"
            rf"(?:(?P<unit>{unit})|(?P<wd>{weekday})|(?P<month>{month})|(?P<season>{season}))"
            rf"|(?P<times>(?:once|twice|thrice)|{num}\s+(?:times))\s+(?:a|an|per|every)\s+"
            rf"(?P<unit2>{unit})|(?P<sw>{set_words})\b"
        ),
        "duration": (
            rf"(?:(?P<qmod>{qmod}))?(?P<num>{num}|{vague})(?:[-\s]+(?:(?:more|additional|"
            rf"straight|consecutive|full|long|short)[-\s]+)?)?(?P<unit>{unit})"
            rf"(?P<half>\s+and\s+a\s+half)?(?![-\s]+old\b)(?:-long\b)?"
            rf"|(?P<bare>(?:years|decades|centuries|months|weeks))\b"
            rf"|(?P<lone>(?:day|week|fortnight|month|year))-?long\b"  # "a week-long visit"
        ),
        "year": (
            rf"(?:(?P<pmod>{pmod}))?(?:(?P<fiscal>(?:fiscal(?:\s+year)?|fy|(?:the\s+(?:{whole}\s+)?"
            rf"|{whole}\s+)year))[\s-]*)?"
            rf"(?P<year>{year}|'\d\d(?!\w))(?!\s*%|[,.]\d|[-/]\d|\w)"
        ),
        "reference": rf"(?<![\w-]){refs}(?![\w-])",
    }


def word_alternation(words: Iterable[str]) -> str:
    """A non-capturing alternation of lower-cased words, longest first.

    Patterns run on lower-cased text, so every branch starts with a plain literal, which the
    regular-expression engine skips in one comparison. Spaces match any run of whitespace.
    """
    forms = {word.lower() for word in words}
    escaped = [re.escape(w).replace(r"\ ", r"\s+").replace(r"\-", r"[-\s]?") for w in forms]
    return "(?:" + "|".join(sorted(escaped, key=len, reverse=True)) + ")"


def month_abbreviations(months: Mapping[str, int]) -> list[str]:
    """Month names that are a shorter form of another name of the same month ("Sept")."""
    return [m for m in months if any(len(o) > len(m) and months[o] == months[m] for o in months)]


def flatten(groups: Mapping[str, Iterable[str]]) -> list[str]:
    return [phrase for phrases in groups.values() for phrase in phrases]
