"""One resolver per kind of time expression (see ``KIND_ORDER`` in ``timex_rules.py``).

A resolver takes the match of its kind's pattern and returns a ``TimeExpression`` with the TimeML
type and value and diplograph's anchor, or None when the match is not a time expression after
all ("Jan Kavan", "2022 tonnes", "the fall of Kabul").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from diplograph.extract import timex_context as tc
from diplograph.extract import timex_ranges
from diplograph.extract import timex_values as tv
from diplograph.extract.timex_context import Context
from diplograph.models import TimeExpression

_LATER = frozenset({"later", "from now", "hence", "after"})
_DURATION_BEFORE = frozenset({"for", "in", "within", "over", "took", "spent", "lasted"})

Resolver = Callable[[Context, re.Match[str]], timex_ranges.Resolved]


def _iso_date(ctx: Context, m: re.Match[str]) -> TimeExpression | None:
    try:
        d = date(int(m["y"]), int(m["mo"]), int(m["d"]))
    except ValueError:
        return None
    tc.remember_day(ctx, d, m.start())
    return tc.make(ctx, m, "DATE", tv.day(d))


def _clock(ctx: Context, m: re.Match[str]) -> TimeExpression | None:
    if not tc.capitalised(ctx, m, "wd", "mon"):
        return None
    if m["word"]:
        hour, minute = (24 if m["word"].lower() == "midnight" else 12), 0
    else:
        evening = (m["hpod"] or "").lower() in {"afternoon", "evening", "night"}
        hour = int(m["h"] or m["h24"] or ctx.rules.number(m["hw"]) or 0)
        hour = tv.clock_hour(hour, (m["ampm"] or "").lower(), evening)
        minute = int(m["mi"] or m["mi24"] or 0)
    d: date | None = tc.reference_day(ctx, m.start())
    if ctx.pub and m["wd"]:
        weekday = ctx.rules.weekdays[m["wd"].lower()]
        d = tv.weekday_date(ctx.pub, weekday, "upcoming" if ctx.future_cue(m.start()) else "")
    elif ctx.pub and m["rd"]:
        d = ctx.pub + timedelta(days=ctx.rules.relative_days[m["rd"].lower()])
    elif m["mon"]:
        d = tc.month_day(
            ctx, m.start(), tc.month_number(ctx, m["mon"]), tc.day_number(ctx, m["md"])
        )
    qual = (m["qual"] or "").lower()
    start = tc.start_after(m, "qual") if qual == "at" else None
    clock = f"T{hour:02d}:{minute:02d}"
    value = f"{d.isoformat()}{clock}" if d else f"XXXX-XX-XX{clock}"
    period = tv.Period(value, d.isoformat() if d else None, "day" if d else "none")
    return tc.make(
        ctx, m, "TIME", period, "APPROX" if qual in {"around", "about"} else None, None, start
    )


def _date_full(ctx: Context, m: re.Match[str]) -> TimeExpression | None:
    if not tc.capitalised(ctx, m, "month", "month2", "wd"):
        return None
    month = tc.month_number(ctx, m["month"] or m["month2"])
    day = tc.day_number(ctx, m["day"] or m["day2"])
    if day is None or not 1 <= day <= 31:
        return None
    year = tc.explicit_year(ctx, m)
    try:
        d = date(year, month, day) if year else tc.month_day(ctx, m.start(), month, day)
    except ValueError:
        return None
    if d is None:
        return tc.make(ctx, m, "DATE", None, value=f"XXXX-{month:02d}-{day:02d}")
    tc.remember_day(ctx, d, m.start())
    return tc.make(ctx, m, "DATE", tv.day(d))


def _quarter(ctx: Context, m: re.Match[str]) -> TimeExpression | None:
    if m["yq"]:  # "the 1988 quarter": the quarter under discussion, in that year
        recent = tc.recent_quarter(ctx, m.start())
        quarter = recent[1] if recent else (ctx.pub.month - 1) // 3 if ctx.pub else 0
        if not quarter:
            return tc.make(ctx, m, "DATE", tv.year(int(m["yq"])))
        return tc.make(ctx, m, "DATE", tv.quarter(int(m["yq"]), quarter))
    if m["qn"] or m["qn2"]:
        q, y = int((m["qn"] or m["qn2"])[1]), int(m["qy"] or m["qy2"])
        ctx.state.quarter, ctx.state.quarter_at = (y, q), m.start()
        return tc.make(ctx, m, "DATE", tv.quarter(y, q))
    ordinal, part = m["ord"].lower(), m["part"].lower()
    number = 4 if ordinal in {"final", "last"} else tc.day_number(ctx, ordinal) or 0
    if part == "half":
        if number == 3:
            return None
        number = min(number, 2)
    first, last = (
        (number * 3 - 2, number * 3) if part == "quarter" else (number * 6 - 5, number * 6)
    )
    pre = " ".join((m["pre"] or "").lower().split())
    year = tc.explicit_year(ctx, m) or (int(m["py"]) if m["py"] else None)
    if year is None and ctx.pub and m["cur"]:  # "the first half of the year": this year's
        year = ctx.pub.year
    if year is None and ctx.pub and pre in {"this year's", "last year's", "next year's"}:
        year = ctx.pub.year + {"this": 0, "last": -1, "next": 1}[pre.split()[0]]
    if year is None:
        year = tc.closest(ctx, m.start(), lambda y: tv.month_period(y, first, last))
    if year is None:
        return tc.unresolved(ctx, m)
    year -= 1 if pre.startswith(("the year-", "the comparable")) else 0
    if part == "half":
        return tc.make(ctx, m, "DATE", tv.half(year, number))
    if not m["year"]:  # "the third quarter of 1990" is an aside; the report's quarter stays
        ctx.state.quarter, ctx.state.quarter_at = (year, number), m.start()
    return tc.make(ctx, m, "DATE", tv.quarter(year, number))


def _decade(ctx: Context, m: re.Match[str]) -> TimeExpression | None:
    if m["dec"]:
        first = int(m["dec"])
    elif m["dec2"]:
        first = ctx.rules.year("'" + m["dec2"], ctx.pub.year if ctx.pub else None) or 0
    elif m.group().lower().startswith("the"):
        first = 1900 + ctx.rules.numbers[m["decw"].lower().removesuffix("ies") + "y"]
    else:
        return None
    return tc.make(ctx, m, "DATE", tv.decade(first), ctx.rules.modifier(m["pmod"]))


def _century(ctx: Context, m: re.Match[str]) -> TimeExpression | None:
    number = tc.day_number(ctx, m["ord"])
    if not number:
        return None
    first = (number - 1) * 100
    period = tv.Period(f"{number - 1:02d}", f"{first:04d}/{first + 99:04d}", "interval")
    return tc.make(ctx, m, "DATE", period, ctx.rules.modifier(m["pmod"]))


def _year_ago(ctx: Context, m: re.Match[str]) -> TimeExpression | None:
    pub = ctx.pub
    if pub is None:
        return tc.unresolved(ctx, m)
    recent = tc.recent_quarter(ctx, m.start())
    if recent:
        return tc.make(ctx, m, "DATE", tv.quarter(recent[0] - 1, recent[1]))
    if (m["what"] or "").lower() == "quarter" or m["lyq"]:
        y, q = tv.add_quarters(pub.year, (pub.month - 1) // 3 + 1, -5)
        return tc.make(ctx, m, "DATE", tv.quarter(y, q))
    return tc.make(ctx, m, "DATE", tv.year(pub.year - 1))


def _ago(ctx: Context, m: re.Match[str]) -> TimeExpression | None:
    unit = ctx.rules.units[m["unit"].lower()]
    count = ctx.rules.number(m["num"]) if m["num"] else None
    direction = " ".join(m["dir"].lower().split())
    sign = 1 if direction in _LATER else -1
    mod = ctx.rules.modifier(m["qmod"])
    if count is None and unit.clock and direction in {"earlier", "later"}:
        # "Hours later", "a few hours earlier": within the day told before
        base = tc.reference_day(ctx, m.start())
        day = tv.day(base) if base is not None else None
        return tc.make(ctx, m, "DURATION", day, mod, tv.duration_value(None, unit))
    if not m["num"]:
        return None  # "days later" without a number: no time of its own
    if count is None:
        return tc.make(ctx, m, "DATE", None, mod, "FUTURE_REF" if sign > 0 else "PAST_REF")
    base = ctx.pub if direction in {"ago", "back", "from now", "hence"} else None
    base = base or tc.reference_day(ctx, m.start())
    if base is None:
        return tc.unresolved(ctx, m)
    recent = tc.recent_quarter(ctx, m.start())
    if unit.unit == "Y" and count * unit.count == 1 and sign < 0 and recent:
        return tc.make(ctx, m, "DATE", tv.quarter(recent[0] - 1, recent[1]), mod)
    if unit.count > 1:  # "a decade ago" names a year
        unit, count = ctx.rules.units["year"], count * unit.count
    period = tv.shifted(base, unit, sign * count)
    if mod and unit.unit in {"D", "W"} and not unit.clock:
        # "over six weeks ago" names no exact day or week: the anchor keeps only the month
        named = base + timedelta(days=sign * count * (7 if unit.unit == "W" else 1))
        period = period._replace(anchor=f"{named:%Y-%m}", granularity="month")
    if direction in {"earlier", "later"} and unit.unit in {"D", "W", "H", "M", "S"}:
        # TimeML: "three days later" is the duration P3D; the anchor keeps the date it names
        value = tv.duration_value(count, unit)
        return tc.make(ctx, m, "DURATION", period._replace(value=value), mod)
    return tc.make(ctx, m, "DATE", period, mod)


def _following(ctx: Context, m: re.Match[str]) -> TimeExpression | None:
    word = (m["dir"] or ("next" if m["unit2"] else "that")).lower()
    unit = " ".join((m["unit"] or m["unit2"] or m["unit3"] or "day").lower().split())
    unit = unit.removeprefix("same ")  # "that same month": that month
    if m["ba"]:
        word = "next" if m["ba"].lower() == "after" else "previous"
    step = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "prior": -1}.get(word, 0)
    base = tc.reference_month(ctx, m.start()) if unit == "month" else None
    base = base or tc.reference_day(ctx, m.start())
    if base is None:
        return tc.unresolved(ctx, m)
    if unit in ctx.rules.parts_of_day:
        d = base + timedelta(days=step)
        value = f"{d.isoformat()}{ctx.rules.parts_of_day[unit]}"
        return tc.make(ctx, m, "TIME", tv.Period(value, d.isoformat(), "day"))
    if unit == "year":
        return tc.make(ctx, m, "DATE", tv.year((ctx.state.year or base.year) + step))
    units = {"day": "days", "week": "week", "month": "month"}
    period = tv.shifted(base, ctx.rules.units[units[unit]], step)
    if period.granularity == "day":
        tc.remember_day(ctx, date.fromisoformat(period.value), m.start())
    return tc.make(ctx, m, "DATE", period)


def _first_n(ctx: Context, m: re.Match[str]) -> TimeExpression | None:
    unit = ctx.rules.units[m["unit"].lower()]
    count = ctx.rules.number(m["num"])
    if count is None or unit.unit not in {"M", "Q"} or count != int(count):
        return tc.make(ctx, m, "DURATION", None, value=tv.duration_value(count, unit))
    months = int(count) * (3 if unit.unit == "Q" else 1)
    year = tc.explicit_year(ctx, m)
    if year is None and ctx.pub:
        year = ctx.pub.year - (0 if m["this"] or months < ctx.pub.month else 1)
    if year is None or months > 12:
        return tc.make(ctx, m, "DURATION", None, value=tv.duration_value(count, unit))
    first = 1 if m["dir"].lower() == "first" else 13 - months
    period = tv.months_between((year, first), (year, first + months - 1))
    return tc.make(ctx, m, "DURATION", period._replace(value=tv.duration_value(count, unit)))


def _rel_unit(ctx: Context, m: re.Match[str]) -> TimeExpression | None:
    pub = ctx.pub
    if pub is None:
        return tc.unresolved(ctx, m)
    if m["fq"]:
        recent = tc.recent_quarter(ctx, m.start())
        current = (pub.year, (pub.month - 1) // 3 + 1)
        if "current" in m["fq"].lower():
            return tc.make(ctx, m, "DATE", tv.quarter(*current))
        return tc.make(ctx, m, "DATE", tv.quarter(*(recent or tv.add_quarters(*current, -1))))
    if m["yearend"]:
        return tc.make(ctx, m, "DATE", tv.year(pub.year), "END")
    if m["full"]:
        return tc.make(ctx, m, "DATE", tv.year(pub.year - ("latest" in m["full"].lower())))
    if m["unit2"]:
        return _the_unit(ctx, m, pub)
    return _relative_unit(ctx, m, pub)


def _the_unit(ctx: Context, m: re.Match[str], pub: date) -> TimeExpression | None:
    """ "the end of the year" names this year; "the year" alone is a year's duration."""
    unit = m["unit2"].lower()
    if not m["pmod2"]:
        return tc.make(ctx, m, "DURATION", None, value="P1Y") if unit == "year" else None
    period = tv.year(pub.year) if unit == "year" else tv.shifted(pub, ctx.rules.units[unit], 0)
    return tc.make(ctx, m, "DATE", period, ctx.rules.modifier(m["pmod2"]))


def _relative_unit(ctx: Context, m: re.Match[str], pub: date) -> TimeExpression | None:
    """ "last year", "this week" (dates); "the past 10 years", "the next two weeks" (durations)."""
    word, direction = m["unit"].lower(), m["dir"].lower()
    unit, plural, bare = ctx.rules.units[word], word.endswith("s"), m["num"] is None
    start, mod = None, ctx.rules.modifier(m["qmod"])
    if m["qmod"] and m["the"] and m["qmod"].strip().lower() == "over":
        start, mod = m.start("the"), None  # "over the past decade" is not "more than"
    if direction == "recent":
        if plural and bare:
            return tc.make(
                ctx, m, "DURATION", None, value=tv.duration_value(None, unit), start=start
            )
        return tc.make(ctx, m, "DATE", None, value="PAST_REF", start=start)
    if direction in {"latest", "current"} and bare and not plural:
        step = -1 if direction == "latest" else 0
        recent = tc.recent_quarter(ctx, m.start()) if unit.unit == "Q" and step else None
        period = tv.quarter(*recent) if recent else tv.shifted(pub, unit, step)
        return tc.make(ctx, m, "DATE", period, start=start)
    if bare and not plural and (not m["the"] or direction in {"this", "current"}):
        if unit.clock or unit.unit == "D" or direction not in tc.REL_STEP:
            return None
        step = tc.REL_STEP[direction]
        if unit.unit == "W" and step == 0 and pub.isoweekday() >= 6 and ctx.future_cue(m.start()):
            step = 1  # at the weekend, a plan for "this week" falls in the week ahead
        period = tv.shifted(pub, unit, step)
        return tc.make(ctx, m, "DATE", period, ctx.rules.modifier(m["pmod"]) or mod, start=start)
    count = ctx.rules.number(m["num"]) if m["num"] or not plural else None
    sign = 1 if direction in {"next", "coming"} else -1
    return tc.make(ctx, m, "DURATION", tv.span_from(pub, unit, count, sign), mod, start=start)


def _rel_named(ctx: Context, m: re.Match[str]) -> TimeExpression | None:
    what, rel = m["what"].lower(), " ".join((m["rel"] or "").lower().split())
    mod = ctx.rules.modifier(m["pmod"])
    pub = ctx.pub
    if what == "weekend":
        if pub is None:
            return tc.unresolved(ctx, m)
        # "this weekend" closes the publication week (Monday to Sunday): from Wednesday on it
        # is the one coming, whatever the tense ("was speaking before hosting a meeting this
        # weekend" on a Thursday); early in the week a past tense points to the one just gone.
        # Under a verb of the future, "at the weekend" and "over the weekend" too: the
        # weekend is the one coming ("will leave for Paris at the weekend")
        late_in_week = 3 <= pub.isoweekday() <= 5
        upcoming = (
            "coming" in rel
            or rel == "next"
            or (rel == "this" and late_in_week)
            or (rel in ("this", "") and ctx.future_cue(m.start()))
        )
        return tc.make(ctx, m, "DATE", tv.weekend(pub, upcoming, previous=rel == "last"))
    season = ctx.rules.seasons[what]
    spoken = m.group().lower()
    if not (rel or m["year"] or mod or (spoken.startswith("the") and what != "fall")):
        return None
    year = tc.explicit_year(ctx, m)
    if year is None:
        first, last = season.first_month, season.last_month
        year = tc.relative_year(ctx, m.start(), rel, lambda y: tv.month_period(y, first, last))
    if year is None:
        return tc.unresolved(ctx, m)
    last_year = year + (1 if season.last_month < season.first_month else 0)
    anchor = f"{year:04d}-{season.first_month:02d}/{last_year:04d}-{season.last_month:02d}"
    return tc.make(ctx, m, "DATE", tv.Period(f"{year:04d}-{season.code}", anchor, "interval"), mod)


def _month(ctx: Context, m: re.Match[str]) -> TimeExpression | None:
    if not tc.capitalised(ctx, m, "month"):
        return None
    month = tc.month_number(ctx, m["month"])
    rel = " ".join((m["rel"] or "").lower().split())
    mod = ctx.rules.modifier(m["pmod"])
    year = tc.explicit_year(ctx, m)
    name = m["month"].lower().rstrip(".")
    if name in ctx.rules.ambiguous_months and not (year or rel or mod or m["rely"]):
        if ctx.word_before(m.start()) not in ctx.rules.date_context_words:
            return None
        if name in ctx.rules.month_abbreviations and not m["month"].endswith("."):
            return None  # "Jan Kavan"
    if year is None and m["thaty"]:  # "in November of that year": the year just told
        year = ctx.state.year
    if year is None:
        year = tc.relative_year(ctx, m.start(), rel, lambda y: tv.month_period(y, month, month))
    if year is None:
        return tc.make(ctx, m, "DATE", None, mod, f"XXXX-{month:02d}")
    ctx.state.year = year
    return tc.make(ctx, m, "DATE", tv.month(year, month), mod)


def _running_until(ctx: Context, start: int) -> bool:
    """ "on a two-day visit through Saturday", "will stay until Sunday": a weekday that ends a
    span still running is today or ahead (timex.yaml ``span_ends``); not after a verb in the
    past ("the talks ran until Thursday")."""
    word, at = ctx.previous_word(start)
    if word == "on":  # "a four-day visit ending on Thursday": a span that ends then
        word, at = ctx.previous_word(at)
        return word in ctx.rules.span_end_verbs
    if word in ctx.rules.span_end_verbs:
        return True
    if word not in ctx.rules.span_ends or ctx.text[at : at + 1].isupper():
        return False  # ("Until Thursday, they had not ...": fronted, before then)
    verb, _ = ctx.previous_word(at)
    return not ctx.past_word(verb) and verb not in ctx.rules.span_end_blockers


def _weekday(ctx: Context, m: re.Match[str]) -> TimeExpression | None:
    if not tc.capitalised(ctx, m, "wd"):
        return None
    weekday = ctx.rules.weekdays[m["wd"].lower()]
    if m["pl"] or m["pods"]:
        part = ctx.rules.parts_of_day[m["pod"].lower()] if m["pod"] else ""
        return tc.make(ctx, m, "SET", None, value=f"XXXX-WXX-{weekday}{part}")
    if ctx.pub is None:
        return tc.unresolved(ctx, m)
    rel = " ".join((m["rel"] or "").lower().split())
    if rel.startswith("the "):
        base = tc.reference_day(ctx, m.start()) or ctx.pub
        d = tv.weekday_date(base, weekday, "future" if rel.endswith("following") else "past")
    else:
        ahead = ctx.future_cue(m.start()) or _running_until(ctx, m.start())
        direction = {"last": "past", "past": "past", "this past": "past", "next": "future"}.get(
            rel, "future" if "coming" in rel else "upcoming" if ahead else ""
        )
        d = tv.weekday_date(ctx.pub, weekday, direction)
    tc.remember_day(ctx, d, m.start())
    mod = ctx.rules.modifier(m["pmod"])
    if m["pod"]:
        value = f"{d.isoformat()}{ctx.rules.parts_of_day[m['pod'].lower()]}"
        return tc.make(ctx, m, "TIME", tv.Period(value, d.isoformat(), "day"), mod)
    return tc.make(ctx, m, "DATE", tv.day(d), mod)


def _part_of_day(ctx: Context, m: re.Match[str]) -> TimeExpression | None:
    if ctx.pub is None:
        return tc.unresolved(ctx, m, "TIME")
    offset = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[m["rel"].lower()]
    d = ctx.pub + timedelta(days=offset)
    value = f"{d.isoformat()}{ctx.rules.parts_of_day[m['pod'].lower()]}"
    mod = ctx.rules.modifier(m["pmod"])
    return tc.make(ctx, m, "TIME", tv.Period(value, d.isoformat(), "day"), mod)


def _rel_day(ctx: Context, m: re.Match[str]) -> TimeExpression | None:
    phrase = " ".join(m["rd"].lower().split())
    if ctx.pub is None:
        return tc.unresolved(ctx, m)
    d = ctx.pub + timedelta(days=ctx.rules.relative_days[phrase])
    tc.remember_day(ctx, d, m.start())
    pod0 = (m["pod0"] or "").lower()
    part = (m["pod"] or pod0.removeprefix("mid-").removeprefix("mid")).lower()
    part = part or ("night" if phrase == "tonight" else "")
    mod = "MID" if pod0.startswith("mid") else ctx.rules.modifier(m["pmod"])
    if part:
        value = f"{d.isoformat()}{ctx.rules.parts_of_day[part]}"
        return tc.make(ctx, m, "TIME", tv.Period(value, d.isoformat(), "day"), mod)
    return tc.make(ctx, m, "DATE", tv.day(d), mod)


def _holiday(ctx: Context, m: re.Match[str]) -> TimeExpression | None:
    holiday = ctx.rules.holidays[" ".join(m["hol"].lower().split())]
    year = int(m["year"]) if m["year"] else None
    rel = (m["rel"] or "").lower()
    year = year or tc.relative_year(
        ctx, m.start(), rel, lambda y: (tv.holiday_date(holiday, y),) * 2
    )
    if year is None:
        return tc.unresolved(ctx, m)
    d = tv.holiday_date(holiday, year)
    tc.remember_day(ctx, d, m.start())
    return tc.make(ctx, m, "DATE", tv.day(d))


def _set(ctx: Context, m: re.Match[str]) -> TimeExpression | None:
    rules = ctx.rules
    if m["sw"]:
        value = rules.set_words[m["sw"].lower()]
    elif m["unit2"]:
        value = tv.duration_value(1, rules.units[m["unit2"].lower()])
    elif m["unit"]:
        count = rules.number(m["num"]) if m["num"] else (2 if "other" in m.group() else 1)
        value = tv.duration_value(count, rules.units[m["unit"].lower()])
    elif not tc.capitalised(ctx, m, "wd", "month"):
        return None
    elif m["wd"]:
        value = f"XXXX-WXX-{rules.weekdays[m['wd'].lower()]}"
    elif m["month"]:
        value = f"XXXX-{tc.month_number(ctx, m['month']):02d}"
    else:
        value = f"XXXX-{rules.seasons[m['season'].lower()].code}"
    return tc.make(ctx, m, "SET", None, value=value)


def _duration(ctx: Context, m: re.Match[str]) -> TimeExpression | None:
    rules = ctx.rules
    if m["bare"]:
        if ctx.word_before(m.start()) not in _DURATION_BEFORE:
            return None
        return tc.make(
            ctx, m, "DURATION", None, value=tv.duration_value(None, rules.units[m["bare"].lower()])
        )
    if m["lone"]:  # "a week-long visit", "a yearlong study": one of the unit
        return tc.make(
            ctx, m, "DURATION", None, value=tv.duration_value(1, rules.units[m["lone"].lower()])
        )
    word, num = m["unit"].lower(), m["num"].lower()
    if word.startswith("quarter") and (
        num in {"a", "an", "one"} or ctx.word_after(m.end()) == "of"
    ):
        return None
    if word == "second" and num in {"a", "an"}:
        return None
    unit = rules.units[word]
    if num in {"a", "an"} and (
        ctx.word_before(m.start()) in rules.rate_words
        or ctx.text[max(0, m.start() - 3) : m.start()].rstrip().endswith(("%", "$"))
    ):
        return tc.make(ctx, m, "SET", None, value=tv.duration_value(1, unit))
    count = rules.number(num)
    if count is not None and m["half"]:
        count += 0.5
    value = tv.duration_value(count, unit)
    return tc.make(ctx, m, "DURATION", None, rules.modifier(m["qmod"]), value)


def _year(ctx: Context, m: re.Match[str]) -> TimeExpression | None:
    year = ctx.rules.year(m["year"], ctx.pub.year if ctx.pub else None)
    if year is None or not 1000 <= year <= 2199:
        return None
    mod = ctx.rules.modifier(m["pmod"])
    if not (mod or m["fiscal"] or ctx.year_in_context(m)):
        return None
    ctx.state.year = year
    return tc.make(ctx, m, "DATE", tv.year(year), mod)


def _reference(ctx: Context, m: re.Match[str]) -> TimeExpression | None:
    phrase = " ".join(m.group().lower().split())
    if ctx.word_after(m.end()) in ctx.rules.reference_exclusions:
        return None
    if phrase.endswith("future") and ctx.word_after(m.end()) == "of":
        return None  # "talks on the future of Macao": a thing's fate, not a time
    if phrase == "soon" and ctx.word_before(m.start()) == "as":
        return None
    if phrase == "soon" and ctx.word_after(m.end()) in ("after", "before", "afterwards"):
        return None  # "soon after returning" is not the future
    return tc.make(ctx, m, "DATE", None, value=ctx.rules.references[phrase])


RESOLVERS: dict[str, Resolver] = {
    "iso_date": _iso_date,
    "clock": _clock,
    "month_range": timex_ranges.resolve_month_range,
    "day_range": timex_ranges.resolve_day_range,
    "period_end": timex_ranges.resolve_period_end,
    "date_full": _date_full,
    "year_range": timex_ranges.resolve_year_range,
    "quarter": _quarter,
    "decade": _decade,
    "century": _century,
    "year_ago": _year_ago,
    "ago": _ago,
    "following": _following,
    "first_n": _first_n,
    "rel_unit": _rel_unit,
    "rel_named": _rel_named,
    "month": _month,
    "weekday": _weekday,
    "part_of_day": _part_of_day,
    "rel_day": _rel_day,
    "holiday": _holiday,
    "set": _set,
    "duration": _duration,
    "year": _year,
    "reference": _reference,
}
