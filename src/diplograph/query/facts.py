"""Economic figures as observations and series: one observation per figure, every citation kept.

The same figure reported by several articles is one observation with several citations;
different values for the same indicator, pair and period are kept side by side and flagged as a
conflict, never averaged. "Current" is the latest period, computed when asked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from diplograph.models import Fact

UNORDERED = frozenset({"trade_turnover", "trade_growth"})
VALUE_TOLERANCE = 0.005  # relative: 0.5%, the gold files' tolerance


@dataclass(frozen=True)
class FigureFilter:
    """Which figures a question asks for: one indicator or all, the country whose figure it is
    (``of``) and the one it is in or with (``in_``), targets or not. Turnover and growth are
    between two countries in no order, so either side matches."""

    indicator: str | None = None
    of: str | None = None
    in_: str | None = None
    include_targets: bool = False

    def keeps(self, indicator: str, of: str | None, in_: str | None, status: str) -> bool:
        if self.indicator and indicator != self.indicator:
            return False
        if status != "reported" and not self.include_targets:
            return False
        if indicator in UNORDERED:
            parties = {of, in_}
            return (not self.of or self.of in parties) and (not self.in_ or self.in_ in parties)
        return (not self.of or of == self.of) and (not self.in_ or in_ == self.in_)


@dataclass(frozen=True)
class Citation:
    """Where a figure was read: the article, its date and the sentence's character offsets."""

    article_id: str
    published_on: date | None
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Observation:
    """One figure for one indicator, pair of countries and period, with all its citations."""

    indicator: str
    of: str | None
    in_: str | None
    period: str | None
    value: float
    unit: str
    qualifier: str
    status: str  # reported | target | forecast
    citations: tuple[Citation, ...]
    conflict: bool = False  # another value exists for the same indicator, pair and period

    @property
    def as_of(self) -> str | None:
        """The date a figure stands for: its period's end, else the first report's date."""
        if self.period:
            return self.period.split("/")[-1]
        first = min((c.published_on for c in self.citations if c.published_on), default=None)
        return first.isoformat() if first else None


def pair_key(indicator: str, of: str | None, in_: str | None) -> tuple[str | None, str | None]:
    """Turnover and growth are between two countries in no order; the rest are directed."""
    if indicator in UNORDERED:
        ordered = sorted(c or "" for c in (of, in_))
        return ordered[0] or None, ordered[1] or None
    return of, in_


def observations(reported: Iterable[tuple[Fact, date | None]]) -> list[Observation]:
    """Group stored facts (each with its article's publication date) into observations."""
    groups: dict[tuple[object, ...], list[tuple[Fact, date | None]]] = {}
    for fact, published in reported:
        key = _group_key(fact)
        groups.setdefault(key, []).append((fact, published))
    merged = [_observation(items) for items in groups.values()]
    return _flag_conflicts(merged)


def _group_key(fact: Fact) -> tuple[object, ...]:
    of, in_ = pair_key(fact.indicator, fact.of, fact.in_)
    return (fact.indicator, of, in_, fact.period, fact.unit, fact.status, fact.qualifier,
            _bucket(fact.value))  # fmt: skip


def _bucket(value: float) -> float:
    """Values within the tolerance fall in one bucket (3 significant digits)."""
    return float(f"{value:.3g}")


def _observation(items: Sequence[tuple[Fact, date | None]]) -> Observation:
    first, _ = items[0]
    citations = tuple(
        sorted(
            {
                Citation(
                    f.evidence.article_id, p, f.evidence.sentence, f.evidence.start, f.evidence.end
                )
                for f, p in items
            },
            key=lambda c: (c.published_on or date.min, c.article_id),
        )
    )
    return Observation(
        indicator=first.indicator,
        of=first.of,
        in_=first.in_,
        period=first.period,
        value=first.value,
        unit=first.unit,
        qualifier=first.qualifier,
        status=first.status,
        citations=citations,
    )


def _flag_conflicts(items: list[Observation]) -> list[Observation]:
    by_slot: dict[tuple[object, ...], list[int]] = {}
    for index, obs in enumerate(items):
        slot = (obs.indicator, *pair_key(obs.indicator, obs.of, obs.in_), obs.period, obs.unit,
                obs.status)  # fmt: skip
        by_slot.setdefault(slot, []).append(index)
    out = list(items)
    for indices in by_slot.values():
        values = [items[i].value for i in indices]
        if len(indices) > 1 and not _same_values(values):
            for i in indices:
                out[i] = _with_conflict(items[i])
    return sorted(out, key=period_key)


def _same_values(values: list[float]) -> bool:
    low, high = min(values), max(values)
    return high == low or (low != 0 and abs(high - low) / abs(low) <= VALUE_TOLERANCE)


def _with_conflict(obs: Observation) -> Observation:
    return Observation(**{**obs.__dict__, "conflict": True})


def period_key(obs: Observation) -> tuple[str, str]:
    """Order by when the figure stands for: period start (stocks by report date)."""
    start = (obs.period or obs.as_of or "").split("/")[0]
    return start, obs.indicator


def series(items: Iterable[Observation], indicator: str, a: str, b: str) -> list[Observation]:
    """The observations of one indicator between two countries, in period order.

    For directed indicators (investment, companies, exports) ``a`` is ``of`` and ``b`` is ``in``.
    """
    wanted = pair_key(indicator, a, b)
    return sorted(
        (
            o
            for o in items
            if o.indicator == indicator
            and pair_key(o.indicator, o.of, o.in_) == wanted
            and o.status == "reported"
        ),
        key=period_key,
    )


def current(items: Sequence[Observation]) -> Observation | None:
    """The latest observation of a series (computed, never stored)."""
    return max(items, key=period_key) if items else None


class Figures(list[Observation]):
    """The observations one filter keeps, with what questions derive from them kept beside
    them (``kept``): one pair's figures are tens of thousands on a 1M-event store, and questions
    ask for one year of them again and again."""

    def kept(self, name: str, build: Callable[[list[Observation]], Any]) -> Any:
        """``build(self)``, built on first use and kept (two threads may both build it)."""
        kept: dict[str, Any] = self.__dict__.setdefault("_kept", {})
        found = kept.get(name)
        if found is None:
            found = kept.setdefault(name, build(self))
        return found
