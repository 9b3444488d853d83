"""Answers written as a person would: figures with their unit and period, dates as words."""

from __future__ import annotations

import calendar
from datetime import date

from diplograph.knowledge import Knowledge
from diplograph.query.facts import Observation

_HEDGE = {"more_than": "over ", "less_than": "under ", "about": "about ", "at_least": "at least ",
          "at_most": "up to "}  # fmt: skip
_CURRENCY = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}


def country(knowledge: Knowledge, code: str | None) -> str:
    if not code:
        return "an unnamed country"
    try:
        name = knowledge.country_name(code)
    except KeyError:
        return code
    return f"the {name}" if name.startswith(("United ", "Netherlands", "Philippines")) else name


def demonym(knowledge: Knowledge, code: str | None) -> str:
    try:
        return (knowledge.demonym_of(code) if code else None) or country(knowledge, code)
    except KeyError:
        return code or ""


def amount(value: float, unit: str, qualifier: str = "exact") -> str:
    """'$1.8 billion', 'over 130', '60%', '2.5 billion EUR'."""
    hedge = _HEDGE.get(qualifier, "")
    if unit == "percent":
        return f"{hedge}{_number(value)}%"
    if unit in ("count", "rank"):
        return f"{hedge}{_number(value)}"
    scaled = _scaled(abs(value))
    sign = "-" if value < 0 else ""
    symbol = _CURRENCY.get(unit)
    return f"{hedge}{sign}{symbol}{scaled}" if symbol else f"{hedge}{sign}{scaled} {unit}"


def _scaled(value: float) -> str:
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if value >= size:
            return f"{_number(value / size)} {word}"
    return _number(value)


def _number(value: float) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def day(text: str | None) -> str:
    """'2023-04-06' -> '6 April 2023', '2019-10' -> 'October 2019', '2022' -> '2022'."""
    if not text:
        return "an unknown date"
    if "/" in text:
        first, last = text.split("/", 1)
        return f"{day(first)} to {day(last)}"
    parts = text.split("-")
    try:
        if len(parts) == 3:
            found = date(int(parts[0]), int(parts[1]), int(parts[2]))
            return f"{found.day} {calendar.month_name[found.month]} {found.year}"
        if len(parts) == 2:
            return f"{calendar.month_name[int(parts[1])]} {parts[0]}"
    except ValueError:
        return text
    return text


def period(obs: Observation) -> str:
    """'in 2022', 'in January-August 2023', 'over 2009-2019', 'as of 6 April 2023'."""
    if not obs.period:
        return f"as reported on {day(obs.as_of)}" if obs.as_of else "(no date given)"
    if "/" in obs.period:
        first, last = obs.period.split("/", 1)
        if len(first) == len(last) == 7 and first[:4] == last[:4]:
            return (f"in {calendar.month_name[int(first[5:])]}-"
                    f"{calendar.month_name[int(last[5:])]} {first[:4]}")  # fmt: skip
        return f"over {day(first)}-{day(last)}" if len(first) == 4 else f"from {day(obs.period)}"
    if len(obs.period) == 10:
        return f"as of {day(obs.period)}"
    return f"in {day(obs.period)}"


def figure(obs: Observation, knowledge: Knowledge) -> str:
    """One observation as a clause: 'Trade between the United Kingdom and Kazakhstan was $1.8
    billion in 2022', '170 French companies operated in Kazakhstan as of 6 April 2023' (the
    wording of each indicator: ``figure_wording`` in data/questions.yaml)."""
    from diplograph.query.reading import default_question_words

    templates = default_question_words().figure_wording
    of, in_ = country(knowledge, obs.of), country(knowledge, obs.in_)
    key = obs.indicator
    if key == "partner_rank" and obs.qualifier == "at_most":
        key = "partner_rank_at_most"
    fields = {
        "value": amount(obs.value, obs.unit, obs.qualifier), "when": period(obs),
        "of": of, "in": in_, "of_owner": _owner(of), "in_owner": _owner(in_),
        "of_demonym": demonym(knowledge, obs.of), "rank": _number(obs.value),
        "indicator": obs.indicator.replace("_", " "),
    }  # fmt: skip
    return cap(templates.get(key, templates["other"]).format(**fields))


def _owner(name: str) -> str:
    return f"{name}'s" if not name.endswith("s") else f"{name}'"


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def short_figure(obs: Observation) -> str:
    """'over 130 in October 2019': the value and its period, for 'up from ...'."""
    return f"{amount(obs.value, obs.unit, obs.qualifier)} {period(obs)}"
