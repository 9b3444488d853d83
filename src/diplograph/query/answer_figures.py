"""Figure questions: a value for a period, the latest, its change, two periods compared."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np

from diplograph.query.answering import Answer, Sources, SourceSentence, nothing
from diplograph.query.facts import UNORDERED, Figures, Observation, current
from diplograph.query.wording import cap, country, figure, short_figure

if TYPE_CHECKING:
    from diplograph.query.reading import Reading

T = TypeVar("T")
ITEMS = 100  # observations given as items: the latest ones
CITED = 3  # citations per figure the answer states (``items`` count every report's article)

# When several indicator words are in one question, the most specific names the figure
# ("exports" in "trade: exports to the UK"; "companies" in "trade companies").
_SPECIFIC = ("companies", "partner_rank", "trade_balance", "trade_growth", "exports", "imports",
             "investment_flow", "investment_stock", "trade_turnover")  # fmt: skip


def answer_figure(reading: Reading, sources: Sources) -> Answer | None:
    indicator = min(reading.indicators, key=lambda i: _SPECIFIC.index(i) if i in _SPECIFIC
                    else len(_SPECIFIC))  # fmt: skip
    of, in_, sided = _pair(reading)
    if of is None and in_ is None:
        return None
    found = sources.facts(indicator, of, in_)
    if not found and not sided and of and in_ and indicator not in UNORDERED:
        found = sources.facts(indicator, in_, of)  # the question left the direction open
    for other in _FAMILY.get(indicator, ()):
        if not found and not _named_exactly(reading, indicator):
            found = sources.facts(other, of, in_)  # "investment": a stock or a year's flow
            indicator = other if found else indicator
    what = _what(indicator, of, in_, sources)
    if not found:
        return nothing(reading, sources, f"no figure for {what} is recorded")
    chosen = _in_periods(found, reading)
    if not chosen:
        asked = " and ".join(reading.periods) or "-".join(reading.span or ())
        have = _kept(found, "held", _periods_held)
        return nothing(reading, sources, f"no figure for {what} in {asked} (the graph has {have})")
    return _figure_answer(reading, sources, indicator, found, chosen)


# Indicators one question word can mean: "investment" is a stock or a year's flow.
_FAMILY = {"investment_stock": ("investment_flow",), "investment_flow": ("investment_stock",)}


def _named_exactly(reading: Reading, indicator: str) -> bool:
    """Whether the question's word names only this indicator ("inflows", not "investment")."""
    words = {s.text.lower() for s in reading.slots if s.kind == "indicator"}
    return indicator == "investment_flow" and bool(words & {"inflow", "inflows", "flow", "flows"})


def _pair(reading: Reading) -> tuple[str | None, str | None, bool]:
    """(owner, partner, whether the question said which is which)."""
    slots = [s for s in reading.slots if s.kind == "country"]
    codes = list(dict.fromkeys(s.value for s in sorted(slots, key=lambda s: s.start)))
    of = next((s.value for s in slots if s.side == "of"), None)
    in_ = next((s.value for s in slots if s.side == "in" and s.value != of), None)
    sided = of is not None or in_ is not None
    rest = [c for c in codes if c not in (of, in_)]
    if of is None and rest:
        of = rest.pop(0)
    if in_ is None and rest:
        in_ = rest.pop(0)
    return of, in_, sided


def _what(indicator: str, of: str | None, in_: str | None, sources: Sources) -> str:
    names = " and ".join(country(sources.knowledge, c) for c in (of, in_) if c)
    return f"{indicator.replace('_', ' ')} ({names})"


def _in_periods(found: list[Observation], reading: Reading) -> list[Observation]:
    """The observations of the asked periods (each period's own figures before those of longer
    periods that only overlap it), of the asked span, or all of them."""
    if reading.span:
        low, high = _bounds(reading.span[0])[0], _bounds(reading.span[1])[1]
        return _spans(found).overlapping(found, low, high)
    if not reading.periods:
        return found
    chosen: list[Observation] = []
    for asked in reading.periods:
        low, high = _bounds(asked)
        inside = _spans(found).inside(found, low, high)
        chosen += inside or _spans(found).overlapping(found, low, high)
    return list(dict.fromkeys(chosen))


COLUMNS_FROM = 2_000  # observations from which a list's spans are kept as columns


class _Scan:
    """The spans of a short list of observations, tested one by one."""

    def inside(self, found: list[Observation], low: str, high: str) -> list[Observation]:
        return [o for o in found if _inside(o, low, high)]

    def overlapping(self, found: list[Observation], low: str, high: str) -> list[Observation]:
        return [o for o in found if _overlap(o, low, high)]


class _Columns(_Scan):
    """The spans (``_span_of``) of a long list of observations as columns: a period picks its
    figures by comparing arrays, not by testing each of one pair's tens of thousands."""

    def __init__(self, found: list[Observation]) -> None:
        spans = [_span_of(o) for o in found]
        self.spanned = np.array([span is not None for span in spans], dtype=bool)
        self.low = np.array([span[0] if span else "" for span in spans], dtype=str)
        self.high = np.array([span[1] if span else "" for span in spans], dtype=str)

    def inside(self, found: list[Observation], low: str, high: str) -> list[Observation]:
        keep = self.spanned & (self.low >= low) & (self.high <= high)
        return [found[p] for p in np.flatnonzero(keep)]

    def overlapping(self, found: list[Observation], low: str, high: str) -> list[Observation]:
        keep = self.spanned & (self.low <= high) & (self.high >= low)
        return [found[p] for p in np.flatnonzero(keep)]


def _spans(found: list[Observation]) -> _Scan:
    """How to pick a list's observations by period: columns kept beside a long list of a
    generation's figures (``Figures``), a scan otherwise."""
    return _kept(found, "spans", _Columns) if len(found) >= COLUMNS_FROM else _Scan()


def _periods_held(found: list[Observation]) -> str:
    return ", ".join(sorted({o.period or o.as_of or "?" for o in found}))


def _kept(found: list[Observation], name: str, build: Callable[[list[Observation]], T]) -> T:
    """``build(found)``, kept beside a long list of a generation's figures (``Figures``)."""
    if isinstance(found, Figures) and len(found) >= COLUMNS_FROM:
        kept: T = found.kept(name, build)
        return kept
    return build(found)


def _bounds(anchor: str) -> tuple[str, str]:
    first, _, last = anchor.partition("/")
    last = last or first
    return (first + "-01-01"[len(first) - 4 :] if len(first) < 10 else first,
            last + "-12-31"[len(last) - 4 :] if len(last) < 10 else last)  # fmt: skip


def _span_of(obs: Observation) -> tuple[str, str] | None:
    when = obs.period or obs.as_of
    return _bounds(when) if when else None


def _inside(obs: Observation, low: str, high: str) -> bool:
    span = _span_of(obs)
    return span is not None and low <= span[0] and span[1] <= high


def _overlap(obs: Observation, low: str, high: str) -> bool:
    span = _span_of(obs)
    return span is not None and span[0] <= high and low <= span[1]


def _figure_answer(
    reading: Reading, sources: Sources, indicator: str, found: list[Observation],
    chosen: list[Observation],
) -> Answer:  # fmt: skip

    knowledge = sources.knowledge
    latest = _kept(chosen, "latest", current) or chosen[-1]
    shown = [latest]
    text = figure(latest, knowledge)
    compared = len(reading.periods) > 1 or reading.span is not None or reading.change
    # the change from an earlier figure is said for a comparison or for no period asked
    earlier = None
    if (compared or not reading.periods) and chosen is found:  # the whole list: kept
        earlier = _kept(found, "earlier", _earlier_than_latest)
    elif compared or not reading.periods:
        earlier = _earlier(chosen if compared else found, latest)
    if earlier is not None:
        text += f", {_direction(earlier, latest)} {short_figure(earlier)}"
        shown.append(earlier)
    if latest.conflict:
        text += "; other values are reported for the same period"
    return Answer(
        reading.question,
        "figure",
        cap(text) + ".",
        value=latest.value,
        unit=latest.unit,
        as_of=latest.as_of,
        items=[_item(o) for o in found[-ITEMS:]],
        sources=[_source(c) for o in shown for c in o.citations[:CITED]],
    )


def _earlier_than_latest(found: list[Observation]) -> Observation | None:
    return _earlier(found, current(found) or found[-1])


def prepare(found: list[Observation]) -> None:
    """Build what questions keep beside a long list of a generation's figures (``_kept``: the
    spans as columns, the latest figure, the one a change is measured from, the periods
    held), so that the first question about the list does not wait for them (0.1-0.3 s for
    one pair's figures on a 1M-event store). The server's warm-up calls it."""
    if not isinstance(found, Figures) or len(found) < COLUMNS_FROM:
        return
    _spans(found)
    _kept(found, "latest", current)
    _kept(found, "earlier", _earlier_than_latest)
    _kept(found, "held", _periods_held)


def _earlier(items: list[Observation], latest: Observation) -> Observation | None:
    """The first figure of another period, the one a change is measured from."""
    others = [o for o in items if (o.period or o.as_of) != (latest.period or latest.as_of)]
    others = [o for o in others if (o.as_of or "") < (latest.as_of or "")]
    return min(others, key=lambda o: o.as_of or "", default=None)


def _direction(earlier: Observation, latest: Observation) -> str:
    if latest.value > earlier.value:
        change = f" {round((latest.value / earlier.value - 1) * 100)}%" if (
            earlier.value and latest.unit != "percent") else ""  # fmt: skip
        return f"up{change} from"
    if latest.value < earlier.value:
        return "down from"
    return "the same as"


def _item(o: Observation) -> dict[str, Any]:
    return {"indicator": o.indicator, "period": o.period, "as_of": o.as_of, "value": o.value,
            "unit": o.unit, "qualifier": o.qualifier, "conflict": o.conflict, "of": o.of,
            "in": o.in_, "docs": sorted({c.article_id for c in o.citations})}  # fmt: skip


def _source(c: Any) -> SourceSentence:
    return SourceSentence(c.article_id, c.sentence, c.start, c.end, c.published_on)
