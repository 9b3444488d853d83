"""Resolvers for ranges and for periods with a stated end.

A range written as one token pair ("March-April 1986", "April 5-6", "April 29-May 2") or as
"from 2019 to 2021" is one DURATION whose anchor is the interval it covers. Two days joined by a
word ("from June 2 to 5", "between May 3 and 5", "April 24 and 25") are two DATE expressions, as
TimeML annotates them, each with its own day as value and, as anchor, the whole range, so that
an event dated by either gets the interval; so do two day expressions joined the same way
("today and tomorrow", "Thursday and Friday"). A period ending at a month ("the year to March",
"the six months ended June 30", "fiscal 1985/86 ended March") is likewise two expressions, the
period (``P1Y``) and its end (``1987-03``), both anchored to the months the period covers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

from diplograph.extract import timex_context as tc
from diplograph.extract import timex_values as tv
from diplograph.extract.timex_context import Context
from diplograph.models import TimeExpression

Resolved = TimeExpression | tuple[TimeExpression, ...] | None

_LONGEST_RANGE = timedelta(days=365)


def resolve_month_range(ctx: Context, m: re.Match[str]) -> Resolved:
    if m["m5"]:
        return _yearless_month_range(ctx, m)
    if not tc.capitalised(ctx, m, "m1", "m2"):
        return None
    first, last = tc.month_number(ctx, m["m1"]), tc.month_number(ctx, m["m2"])
    last_year = int(m["y2"])
    first_year = int(m["y1"]) if m["y1"] else (last_year if first <= last else last_year - 1)
    if (first_year, first) > (last_year, last):
        return None
    return tc.make(ctx, m, "DURATION", tv.months_between((first_year, first), (last_year, last)))


def _yearless_month_range(ctx: Context, m: re.Match[str]) -> Resolved:
    """ "January-April" written without a year: the months up to the latest such last month
    (wire copy's "exports rose in January-April": a year so far, never one to come); other
    ranges in the year their last month is dated in as a month alone would be."""
    if not tc.capitalised(ctx, m, "m5", "m6"):
        return None
    first, last = tc.month_number(ctx, m["m5"]), tc.month_number(ctx, m["m6"])
    if first >= last:
        return None
    year = _stated_year(ctx, m["rel"]) if m["rel"] else None  # "January-September last year"
    if year is None and first == 1 and ctx.pub is not None:
        # "January-November" is a year's figures so far: the latest whose last month has come
        # (in a story of December 28 or of February 5, the year that has had its November)
        year = ctx.pub.year if ctx.pub.month >= last else ctx.pub.year - 1
    if year is None:
        year = tc.relative_year(ctx, m.start(), "", lambda y: tv.month_period(y, first, last))
    if year is None:
        return tc.make(ctx, m, "DURATION", None, value=f"P{last - first + 1}M")
    ctx.state.year = year
    return tc.make(ctx, m, "DURATION", tv.months_between((year, first), (year, last)))


def _stated_year(ctx: Context, rel: str) -> int | None:
    """The year "this year", "the current year", "last year", "the previous year" or "next
    year" names, from the publication date."""
    if ctx.pub is None:
        return None
    words = rel.lower().split()
    if words[-1] in ("this", "current"):
        return ctx.pub.year
    return ctx.pub.year + (1 if words[-1] == "next" else -1)


def resolve_year_range(ctx: Context, m: re.Match[str]) -> Resolved:
    first_group = "y1" if m["y1"] else "y5"
    first = int(m[first_group])
    raw = m["y2"] or m["y6"]
    last = int(raw) if len(raw) == 4 else first // 100 * 100 + int(raw)
    if not first < last <= first + 100:
        return None
    period = tv.Period(f"P{last - first}Y", f"{first}/{last}", "interval")
    fiscal_end = ctx.state.fiscal_end
    if m["y5"] and last == first + 1 and len(raw) == 2 and fiscal_end and fiscal_end < 12:
        # "1985/86" in an article that said its fiscal years end in March: April to March
        period = tv.months_between((first, fiscal_end + 1), (last, fiscal_end))._replace(
            value=period.value
        )
    mod = ctx.rules.modifier(m["pmod"])  # "by the end of 1990/91"
    return tc.make(ctx, m, "DURATION", period, mod, start=m.start(first_group) if m["y1"] else None)


def resolve_day_range(ctx: Context, m: re.Match[str]) -> Resolved:
    """ "April 5-6" (one DURATION), "from June 2 to 5", "between May 3 and 5" (two DATEs)."""
    if not tc.capitalised(ctx, m, "m1", "m3", "m4"):
        return None
    if not tc.capitalised(ctx, m, "m2"):  # "April 13 and april 20": the first day only
        return _one_day(ctx, (m.start("m1"), m.end("d1")), None, m)
    if m["d3"]:
        months = (tc.month_number(ctx, m["m3"] or m["m4"]), tc.month_number(ctx, m["m4"]))
        days = (m["d3"], m["d4"])
    else:
        months = (tc.month_number(ctx, m["m1"]), tc.month_number(ctx, m["m2"] or m["m1"]))
        days = (m["d1"], m["d2"])
    first = (months[0], tc.day_number(ctx, days[0]) or 0)
    last = (months[1], tc.day_number(ctx, days[1]) or 0)
    ends = _range_days(ctx, m, first, last)
    if not m["join"]:
        if ends is None:
            return None
        tc.remember_day(ctx, ends[0], m.start())
        length = (ends[1] - ends[0]).days + 1
        period = tv.Period(f"P{length}D", f"{ends[0]}/{ends[1]}", "interval")
        return tc.make(ctx, m, "DURATION", period)
    return _joined_days(ctx, m, ends)


def _joined_days(ctx: Context, m: re.Match[str], ends: tuple[date, date] | None) -> Resolved:
    """Two days joined by a word: two expressions, anchored to the range when they form one."""
    first_span = (m.start("m1"), m.end("d1"))
    if ends is None or not (m["m2"] or ctx.date_may_end(m.end())):
        return _one_day(ctx, first_span, ends[0] if ends else None, m)  # "May 3 and 5 others"
    tc.remember_day(ctx, ends[0], m.start())
    second_span = (m.start("m2") if m["m2"] else m.start("d2"), m.end())
    if not _forms_range(ctx, m.start(), m["join"].lower(), ends):  # "on May 3 and 10"
        return (
            tc.make_span(ctx, first_span, "DATE", tv.day(ends[0])),
            tc.make_span(ctx, second_span, "DATE", tv.day(ends[1])),
        )
    anchor = f"{ends[0]}/{ends[1]}"
    return (
        tc.make_span(ctx, first_span, "DATE", tv.Period(str(ends[0]), anchor, "interval")),
        tc.make_span(ctx, second_span, "DATE", tv.Period(str(ends[1]), anchor, "interval")),
    )


def _forms_range(ctx: Context, start: int, join: str, ends: tuple[date, date]) -> bool:
    """Whether two days joined by ``join`` name the days between them: "to" does, "and" only
    after "between" or for two days in a row; "moved from March 12 to March 16" does not."""
    rules = ctx.rules
    if not ends[0] < ends[1] <= ends[0] + _LONGEST_RANGE:
        return False
    before, at = ctx.previous_word(start)
    if before == rules.moved_date_opener and ctx.word_before(at) in rules.moved_date_verbs:
        return False
    if join in rules.day_range_spans:
        return True
    in_a_row = ends[1] - ends[0] == timedelta(days=1)
    return join in rules.day_range_pairs and (in_a_row or before in rules.day_range_openers)


def _joined(
    ctx: Context, found: list[TimeExpression], granularity: str
) -> Iterator[tuple[int, TimeExpression, TimeExpression, str, tuple[str, str]]]:
    """(index, first, second, join word, their anchors) of each two anchored dates in a row
    of one granularity that a range join word links (timex.yaml ``day_range_joins``); the
    second is read from ``found`` as it stands, after any change made to the pair before."""
    for i in range(len(found) - 1):
        first, second = found[i], found[i + 1]
        if first.granularity != granularity or second.granularity != granularity:
            continue
        if first.type != "DATE" or second.type != "DATE" or not first.anchor or not second.anchor:
            continue
        join = ctx.text[first.end : second.start].strip().lower()
        if join in ctx.rules.day_range_spans or join in ctx.rules.day_range_pairs:
            yield i, first, second, join, (first.anchor, second.anchor)


def join_named_days(ctx: Context, found: list[TimeExpression]) -> list[TimeExpression]:
    """Anchor two dates of a day each that a join word links ("today and tomorrow", "Thursday
    and Friday", "Monday to Wednesday") to the range they name, as ``_joined_days`` does for
    "April 24 and 25"; their values stay the days (TimeML annotates two expressions)."""
    for i, first, second, join, (start, end) in _joined(ctx, found, "day"):
        listed = i > 0 and ctx.text[found[i - 1].end : first.start].strip() == ","
        if listed and join in ctx.rules.day_range_pairs:
            continue  # "on Thursday, Monday and Tuesday": a list of days
        ends = (date.fromisoformat(start), date.fromisoformat(end))
        if _forms_range(ctx, first.start, join, ends):
            anchor = f"{ends[0]}/{ends[1]}"
            found[i] = replace(first, anchor=anchor, granularity="interval")
            found[i + 1] = replace(second, anchor=anchor, granularity="interval")
    return found


def join_named_months(ctx: Context, found: list[TimeExpression]) -> list[TimeExpression]:
    """Two months of a year that a join word links ("in January and February this year",
    "March and April 1986", "from May to July 1987"): the first without a year of its own
    takes the second's, and both are anchored to the months they span when a span word joins
    them or "and" joins two months in a row (the values stay the months, as TimeML annotates
    two expressions; "in March and May" stays two months)."""
    for i, first, second, join, (start, end) in _joined(ctx, found, "month"):
        year, month = int(end[:4]), int(start[5:7])
        if month > int(end[5:7]):
            continue  # "December and January": the parts of two years stay as they are
        if not re.search(r"\d", first.text):  # "March and April 1986": March of 1986
            first = replace(first, value=f"{year}-{month:02d}", anchor=f"{year}-{month:02d}")
        in_a_row = int(end[5:7]) - month == 1
        if join in ctx.rules.day_range_spans or in_a_row:
            anchor = f"{first.anchor}/{second.anchor}"
            first = replace(first, anchor=anchor, granularity="interval")
            found[i + 1] = replace(second, anchor=anchor, granularity="interval")
        found[i] = first
    return found


def _one_day(
    ctx: Context, span: tuple[int, int], day: date | None, m: re.Match[str]
) -> TimeExpression:
    if day is None:
        month, number = tc.month_number(ctx, m["m1"]), tc.day_number(ctx, m["d1"]) or 0
        day = tc.month_day(ctx, m.start(), month, number)
        if day is None:
            return tc.make_span(ctx, span, "DATE", None, value=f"XXXX-{month:02d}-{number:02d}")
    tc.remember_day(ctx, day, span[0])
    return tc.make_span(ctx, span, "DATE", tv.day(day))


def _range_days(
    ctx: Context, m: re.Match[str], first: tuple[int, int], last: tuple[int, int]
) -> tuple[date, date] | None:
    """The first and last day of a range of (month, day) pairs, in the year the text gives or
    the one closest to publication; None unless the last day follows the first within a year."""
    wraps = 1 if first[0] > last[0] else 0  # "December 30-January 2"

    def period_of(year: int) -> tuple[date, date]:
        return date(year, *first), date(year + wraps, *last)

    stated = tc.explicit_year(ctx, m)
    year = stated - wraps if stated else tc.closest(ctx, m.start(), period_of)
    if year is None:
        return None
    try:
        start, end = period_of(year)
    except ValueError:
        return None
    return (start, end) if start < end <= start + _LONGEST_RANGE else None


def resolve_period_end(ctx: Context, m: re.Match[str]) -> Resolved:
    """ "the year to March", "the six months ended June 30", "fiscal 1985/86 ended March": the
    period and its end, both anchored to the months the period covers."""
    if not tc.capitalised(ctx, m, "month"):
        return None
    month = tc.month_number(ctx, m["month"])
    year = _end_year(ctx, m, month)
    length = _period_months(ctx, m, month)
    if year is None or length is None:
        return None
    anchor = _covered(ctx, m, year, month, length)
    if m["mid"] and length == 12:  # "the fiscal year that ended in mid-July": from mid-July
        anchor = f"{year - 1:04d}-{month:02d}/{year:04d}-{month:02d}"  # a year before
    ctx.state.year = year
    if length == 12:
        ctx.state.fiscal_end = month  # later "1986/87" in the article ends in that month too
    head = next(group for group in ("yr", "this", "months", "fy") if m[group])
    if m["yr"] or (m["fy"] and m["fy2"]):
        head_type, head_value = "DURATION", "P1Y"
    elif m["months"]:
        head_type, head_value = "DURATION", f"P{length}M"
    else:  # "fiscal 1987 ended November 30, 1986" is still fiscal 1987
        head_type, head_value = "DATE", f"{int(m['fy1'] or year):04d}"
    head_period = tv.Period(head_value, anchor, "interval")
    end_period = tv.Period(_end_value(ctx, m, year, month), anchor, "interval")
    end_mod = "END" if m["emod"] else None  # "the year to end-March"
    return (
        tc.make_span(ctx, (m.start(), m.end(head)), head_type, head_period),
        tc.make_span(ctx, (m.start("end"), m.end()), "DATE", end_period, end_mod),
    )


def _covered(ctx: Context, m: re.Match[str], year: int, month: int, length: int) -> str | None:
    """The months a period ending in a month covers; to the day when it ends on a day other
    than the month's last ("the year ended March 19": March 20 to March 19)."""
    months = tv.months_between(tv.add_months(year, month, 1 - length), (year, month)).anchor
    day = tc.day_number(ctx, m["day"]) if m["day"] else None
    if not day or m["this"] or day >= tv.month_end(year, month).day:
        return months
    first_year, first_month = tv.add_months(year, month, -length)
    try:
        first = date(first_year, first_month, day) + timedelta(days=1)
        return f"{first.isoformat()}/{date(year, month, day).isoformat()}"
    except ValueError:  # "February 30"
        return months


def _end_value(ctx: Context, m: re.Match[str], year: int, month: int) -> str:
    """The TimeML value of the end: the day when the text gives one, else the month."""
    day = tc.day_number(ctx, m["day"]) if m["day"] else None
    try:
        return date(year, month, day).isoformat() if day else f"{year:04d}-{month:02d}"
    except ValueError:  # "September 31"
        return f"{year:04d}-{month:02d}"


def _end_year(ctx: Context, m: re.Match[str], month: int) -> int | None:
    """The year of the closing month: stated, the second year of "1985/86", else the month's
    last instance before publication ("ended"), its next end ("ending") or the instance closest
    to publication ("to", "through")."""
    stated = tc.explicit_year(ctx, m)
    if stated:
        return stated
    named = m["fy1"] or m["fy3"]
    if named and m["fy2"]:
        first, second = int(named), m["fy2"]
        last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        return last + 100 if last < first else last
    if named:
        return int(named)
    if m["this"]:
        return ctx.pub.year if ctx.pub else None
    verb, pub = m["verb"].lower(), ctx.pub
    if verb in ("ending", "ends") and pub:  # "the current fiscal year ending June": not over
        return pub.year if tv.month_end(pub.year, month) >= pub else pub.year + 1
    day = tc.day_number(ctx, m["day"]) if m["day"] else None
    if verb == "ended" and day and pub:  # "the year that ended on March 19" in a story of March
        return pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1  # 26: this one
    rel = "last" if verb == "ended" else ""
    return tc.relative_year(ctx, m.start(), rel, lambda y: tv.month_period(y, month, month))


def _period_months(ctx: Context, m: re.Match[str], month: int) -> int | None:
    if m["this"]:
        return month
    if m["months"]:
        count = ctx.rules.number(m["num"])
        return int(count) if count and count == int(count) and count <= 24 else None
    return 12
