"""TimeML values and calendar arithmetic for resolved time expressions.

A ``Period`` is what a resolved date expression names: its TimeML value (``2023-Q1``), the
anchor diplograph stores (``2023-01/2023-03``) and the anchor's granularity.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import NamedTuple

from diplograph.extract.timex_rules import Holiday, Unit


class Period(NamedTuple):
    value: str
    anchor: str | None
    granularity: str


def day(d: date) -> Period:
    return Period(d.isoformat(), d.isoformat(), "day")


def month(y: int, m: int) -> Period:
    return Period(f"{y:04d}-{m:02d}", f"{y:04d}-{m:02d}", "month")


def year(y: int) -> Period:
    return Period(f"{y:04d}", f"{y:04d}", "year")


def quarter(y: int, q: int) -> Period:
    return Period(f"{y:04d}-Q{q}", f"{y:04d}-{3 * q - 2:02d}/{y:04d}-{3 * q:02d}", "quarter")


def half(y: int, h: int) -> Period:
    return Period(f"{y:04d}-H{h}", f"{y:04d}-{6 * h - 5:02d}/{y:04d}-{6 * h:02d}", "interval")


def week(d: date) -> Period:
    iso = d.isocalendar()
    monday = d - timedelta(days=d.isoweekday() - 1)
    anchor = f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"
    return Period(f"{iso[0]:04d}-W{iso[1]:02d}", anchor, "week")


def decade(first_year: int) -> Period:
    return Period(f"{first_year // 10:03d}", f"{first_year}/{first_year + 9}", "decade")


def months_between(first: tuple[int, int], last: tuple[int, int]) -> Period:
    anchor = f"{first[0]:04d}-{first[1]:02d}/{last[0]:04d}-{last[1]:02d}"
    count = (last[0] - first[0]) * 12 + last[1] - first[1] + 1
    return Period(f"P{count}M", anchor, "interval")


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    index = y * 12 + m - 1 + k
    return index // 12, index % 12 + 1


def month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def end_against(anchor: str | None, day: date) -> int | None:
    """How the last part of an anchor compares with a day at the anchor's own granularity
    ("2019" against 2019-06-01 is the same): -1 before it, 0 the same, 1 after it; None for
    no anchor."""
    end = (anchor or "").split("/")[-1]
    if not end:
        return None
    other = day.isoformat()[: len(end)]
    return (end > other) - (end < other)


def duration_value(count: float | None, unit: Unit) -> str:
    """TimeML duration: P3Y, PT2H, P2Y6M, PXY for an unknown count."""
    prefix = "PT" if unit.clock else "P"
    if count is None:
        letter = {10: "DE", 100: "CE"}.get(unit.count, unit.unit)
        return f"{prefix}X{letter}"
    total = count * unit.count
    if total == int(total):
        return f"{prefix}{int(total)}{unit.unit}"
    smaller = {"Y": ("M", 12), "D": ("H", 24), "H": ("M", 60), "W": ("D", 7), "M": ("S", 60)}
    if unit.unit in smaller:
        letter, factor = smaller[unit.unit]
        rest = round((total - int(total)) * factor)
        whole = f"{int(total)}{unit.unit}" if int(total) else ""
        if unit.unit in {"Y", "W"} or (unit.unit == "D" and not unit.clock):
            inner = "T" if letter == "H" else ""
            return f"P{whole}{inner}{rest}{letter}"
        return f"PT{whole}{rest}{letter}"
    return f"{prefix}{total:g}{unit.unit}"


def weekday_date(pub: date, weekday: int, direction: str) -> date:
    back = (pub.isoweekday() - weekday) % 7
    ahead = (weekday - pub.isoweekday()) % 7
    if direction == "past":
        return pub - timedelta(days=back or 7)
    if direction == "future":
        return pub + timedelta(days=ahead or 7)
    if direction == "upcoming":
        return pub + timedelta(days=ahead)
    return pub - timedelta(days=back)


def shifted(base: date, unit: Unit, steps: float) -> Period:
    """The period ``steps`` units away from ``base``, at the unit's granularity."""
    n = int(steps * unit.count)
    if unit.unit == "Y" and unit.count == 10:
        return decade((base.year + n) // 10 * 10)
    if unit.unit == "Y" and unit.count == 100:
        first = (base.year + n) // 100 * 100
        return Period(f"{first // 100:02d}", f"{first}/{first + 99}", "interval")
    if unit.unit == "Y":
        return year(base.year + n)
    if unit.unit == "Q":
        return quarter(*add_quarters(base.year, (base.month - 1) // 3 + 1, n))
    if unit.unit == "M" and not unit.clock:
        return month(*add_months(base.year, base.month, n))
    if unit.unit == "W":
        return week(base + timedelta(weeks=n))
    if unit.unit == "D":
        return day(base + timedelta(days=n))
    return day(base)


def add_quarters(y: int, q: int, k: int) -> tuple[int, int]:
    index = y * 4 + q - 1 + k
    return index // 4, index % 4 + 1


def span_from(pub: date, unit: Unit, count: float | None, sign: int) -> Period:
    """A duration reaching back (sign -1) or forward (+1) from publication: P10Y, 2009/2019.

    Days and weeks reaching back end on the publication day: "the past two days" published on
    the 24th are the 23rd and the 24th."""
    value = duration_value(count, unit)
    if count is None:
        return Period(value, None, "none")
    n = int(count * unit.count) * sign
    if unit.unit == "Y":
        ends = sorted((pub.year, pub.year + n))
        return Period(value, f"{ends[0]:04d}/{ends[1]:04d}", "interval")
    if unit.unit in {"M", "Q"} and not unit.clock:
        months = n * (3 if unit.unit == "Q" else 1)
        first, last = sorted([(pub.year, pub.month), add_months(pub.year, pub.month, months)])
        return Period(value, months_between(first, last).anchor, "interval")
    days = {"W": 7, "D": 1}.get(unit.unit, 0) * n
    if unit.clock:
        days = sign * (-(-abs(n) // 24) if unit.unit == "H" else 1)
    elif days < 0:
        days += 1  # "the past two days" are the two that end on the publication day
    lo, hi = sorted((pub, pub + timedelta(days=days)))
    return Period(value, f"{lo.isoformat()}/{hi.isoformat()}", "interval")


def month_period(y: int, first: int, last: int) -> tuple[date, date]:
    end_year = y + 1 if last < first else y
    return date(y, first, 1), month_end(end_year, last)


def holiday_date(holiday: Holiday, y: int) -> date:
    """A fixed-date holiday, or the nth (or, with nth -1, the last) weekday of its month."""
    if holiday.day:
        return date(y, holiday.month, holiday.day)
    weekday, nth = holiday.weekday or 1, holiday.nth or 1
    if nth < 0:
        return weekday_date(month_end(y, holiday.month), weekday, "")
    return weekday_date(date(y, holiday.month, 1), weekday, "upcoming") + timedelta(weeks=nth - 1)


def weekend(pub: date, upcoming: bool, previous: bool) -> Period:
    """The weekend before publication (or the one coming); TimeML value ``2023-W14-WE``."""
    saturday = weekday_date(pub, 6, "upcoming" if upcoming else "")
    if previous and pub.isoweekday() >= 6:
        saturday -= timedelta(days=7)
    iso = saturday.isocalendar()
    anchor = f"{saturday.isoformat()}/{(saturday + timedelta(days=1)).isoformat()}"
    return Period(f"{iso[0]:04d}-W{iso[1]:02d}-WE", anchor, "interval")


def clock_hour(hour: int, marker: str, evening: bool) -> int:
    """The 24-hour clock hour of "10 p.m." (marker "p.m."), "4 in the afternoon" (evening)."""
    if (marker.startswith("p") or evening) and hour < 12:
        return hour + 12
    return 0 if marker.startswith("a") and hour == 12 else hour
