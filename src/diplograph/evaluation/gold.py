"""Score extracted events and facts against per-article gold (shared/gold/README.md).

Both sides are plain dicts in the gold schema, so this module knows nothing about NLP: the caller
turns an Extraction into dicts and supplies the two judgements that need resolved knowledge,
``same_person(gold_name, system_name)`` and ``place_within(system_place, gold_place)``.

Matching is a maximum bipartite matching (augmenting paths), so the order of the system items
never changes the score; required gold items are offered their candidates before optional ones.
Every miss carries its nearest system candidate and the reasons it failed, which is what an
engineer reads to find the cause.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from diplograph.errors import GoldError

Item = Mapping[str, Any]
SamePerson = Callable[[str, str], bool]
PlaceWithin = Callable[[str, str], bool]
Reasons = Callable[[Item, Item], list[str]]

VALUE_TOLERANCE = 0.005  # relative to the gold value
UNORDERED_INDICATORS = frozenset({"trade_turnover", "trade_growth"})
MIRRORED_INDICATORS = frozenset({"trade_balance"})

_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


# --- counts and reports -------------------------------------------------------------------------


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and misses, with the ratios derived from them.

    With nothing predicted, precision is 1.0 when nothing was expected either and 0.0 otherwise;
    with nothing expected, recall is 1.0 when nothing was predicted and 0.0 otherwise. An empty
    article therefore scores 1.0 everywhere, and a silent system on a non-empty one scores 0.0.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r > 0 else 0.0

    def to_json(self) -> dict[str, int | float]:
        counts = {"tp": self.tp, "fp": self.fp, "fn": self.fn}
        return {**counts, **rounded(self, ("precision", "recall", "f1"))}


def share(part: int, whole: int) -> float:
    """``part / whole``, 0.0 when there is no whole."""
    return part / whole if whole else 0.0


def rounded(score: object, names: tuple[str, ...]) -> dict[str, float]:
    """The named ratios of a score, each rounded to four places (as reports show them)."""
    return {name: round(getattr(score, name), 4) for name in names}


def _diagnostic(kind: str, item: Item, other: Item | None, why: tuple[str, ...],
                names: tuple[str, str]) -> dict[str, Any]:  # fmt: skip
    """A miss or an extra as JSON: its item under ``names[0]``, the nearest other under
    ``names[1]``, and why the two do not match."""
    return {"kind": kind, "evidence": item.get("evidence"), names[0]: dict(item),
            names[1]: None if other is None else dict(other), "why": list(why)}  # fmt: skip


@dataclass(frozen=True)
class Miss:
    """A required gold item no system item matched, its nearest candidate and why that failed."""

    kind: str  # event | fact
    gold: Item
    nearest: Item | None
    why: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return _diagnostic(self.kind, self.gold, self.nearest, self.why, ("gold", "nearest"))


@dataclass(frozen=True)
class Spurious:
    """A system item that matched no gold item, the nearest gold item and why it is not that."""

    kind: str
    item: Item
    nearest_gold: Item | None
    why: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return _diagnostic(self.kind, self.item, self.nearest_gold, self.why,
                           ("item", "nearest_gold"))  # fmt: skip


@dataclass(frozen=True)
class ArticleScore:
    """The score of one article: counts per kind and the diagnostics behind them."""

    doc: str
    events: Counts
    facts: Counts
    missed: tuple[Miss, ...] = ()
    spurious: tuple[Spurious, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "events": self.events.to_json(),
            "facts": self.facts.to_json(),
            "missed": [m.to_json() for m in self.missed],
            "spurious": [s.to_json() for s in self.spurious],
        }


@dataclass(frozen=True)
class EvalReport:
    """Micro-averaged scores over articles, with every article's own score."""

    articles: tuple[ArticleScore, ...]
    events: Counts
    facts: Counts

    def to_json(self) -> dict[str, Any]:
        return {
            "articles": len(self.articles),
            "events": self.events.to_json(),
            "facts": self.facts.to_json(),
            "per_article": [a.to_json() for a in self.articles],
        }


def aggregate(scores: Iterable[ArticleScore]) -> EvalReport:
    """Micro-average article scores: sum the counts, then derive precision, recall and F1."""
    articles = tuple(scores)
    return EvalReport(
        articles=articles,
        events=sum((a.events for a in articles), Counts()),
        facts=sum((a.facts for a in articles), Counts()),
    )


# --- reading gold -------------------------------------------------------------------------------


def read_jsonl(path: str | Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """The JSON objects of a JSONL file with their line numbers, skipping blank lines.

    Raises ValueError naming the file and line of invalid JSON or of a value that is no object.
    """
    path = Path(path)
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldError(f"{path}:{number}: not valid JSON ({exc.msg})") from exc
            if not isinstance(record, dict):
                raise GoldError(f"{path}:{number}: expected a JSON object")
            yield number, record


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    """Read a gold JSONL file (one article per line) and check what the scorer relies on.

    Raises ValueError naming the file and line for invalid JSON, a missing field, an unreadable
    date or period, or a document listed twice.
    """
    articles: list[dict[str, Any]] = []
    seen: set[str] = set()
    for number, article in read_jsonl(path):
        try:
            check_gold_article(article)
        except ValueError as exc:
            raise GoldError(f"{path}:{number}: {exc}") from exc
        if article["doc"] in seen:
            raise GoldError(f"{path}:{number}: document {article['doc']!r} appears twice")
        seen.add(article["doc"])
        articles.append(article)
    return articles


def check_gold_article(article: object) -> None:
    """Raise ValueError saying what is wrong when a gold article lacks what scoring needs."""
    if not isinstance(article, dict):
        raise ValueError("a gold line must be a JSON object")
    doc = article.get("doc")
    if not isinstance(doc, str):
        raise ValueError("gold article has no 'doc' string")
    for kind, needed, dated in (("events", _EVENT_KEYS, "date"), ("facts", _FACT_KEYS, "period")):
        items = article.get(kind, [])
        if not isinstance(items, list):
            raise ValueError(f"'{kind}' of {doc} must be a list")
        for position, item in enumerate(items, start=1):
            where = f"{kind}[{position}] of {doc}"
            if not isinstance(item, dict) or any(key not in item for key in needed):
                raise ValueError(f"{where} needs the fields {', '.join(needed)}")
            if item.get(dated) is not None and _span(item[dated]) is None:
                raise ValueError(f"{where}: {dated} {item[dated]!r} is not YYYY[-MM[-DD]] or A/B")
            if kind == "facts" and _number(item.get("value")) is None:
                raise ValueError(f"{where}: value {item.get('value')!r} is not a number")


_EVENT_KEYS = ("type", "status", "countries")
_FACT_KEYS = ("indicator", "of", "in", "value", "qualifier")


# --- scoring one article ------------------------------------------------------------------------


def score_article(
    gold: Item,
    events: Sequence[Item],
    facts: Sequence[Item],
    *,
    same_person: SamePerson,
    place_within: PlaceWithin,
) -> ArticleScore:
    """Score one article's extracted events and facts against its gold record."""

    def event_reasons(gold_event: Item, system_event: Item) -> list[str]:
        return compare_events(
            gold_event, system_event, same_person=same_person, place_within=place_within
        )

    event_counts, event_misses, event_spurious = _score_items(
        "event", gold.get("events", []), events, event_reasons, "type"
    )
    fact_counts, fact_misses, fact_spurious = _score_items(
        "fact", gold.get("facts", []), facts, compare_facts, "indicator"
    )
    return ArticleScore(
        doc=str(gold.get("doc", "")),
        events=event_counts,
        facts=fact_counts,
        missed=event_misses + fact_misses,
        spurious=event_spurious + fact_spurious,
    )


def _score_items(
    kind: str, gold: Sequence[Item], system: Sequence[Item], reasons_of: Reasons, key: str
) -> tuple[Counts, tuple[Miss, ...], tuple[Spurious, ...]]:
    reasons = [[reasons_of(g, s) for s in system] for g in gold]
    candidates = [[j for j, why in enumerate(row) if not why] for row in reasons]
    required = [_required(g) for g in gold]
    order = [i for i in range(len(gold)) if required[i]]
    order += [i for i in range(len(gold)) if not required[i]]
    owner = _match(candidates, order, len(system))
    matched_gold = {i for i in owner if i is not None}

    misses = tuple(
        _miss(kind, gold, system, reasons, i, owner, key)
        for i in range(len(gold))
        if required[i] and i not in matched_gold
    )
    spurious: list[Spurious] = []
    for j, i in enumerate(owner):
        compatible = [g for g in range(len(gold)) if not reasons[g][j]]
        if i is not None or (compatible and not any(required[g] for g in compatible)):
            continue  # matched, or only an optional gold item fits it: neither TP nor FP
        spurious.append(_spurious(kind, gold, system, reasons, j, key))
    tp = sum(1 for i in matched_gold if required[i])
    return Counts(tp=tp, fp=len(spurious), fn=len(misses)), misses, tuple(spurious)


def _match(candidates: list[list[int]], order: list[int], n_system: int) -> list[int | None]:
    """Maximum bipartite matching by augmenting paths, gold items tried in ``order``.

    Returns, for each system item, the index of the gold item it is matched to. An augmenting
    path never unmatches a gold item, so the gold items tried first keep their matches.
    """
    owner: list[int | None] = [None] * n_system

    def assign(i: int, visited: set[int]) -> bool:
        for j in candidates[i]:
            if j in visited:
                continue
            visited.add(j)
            current = owner[j]
            if current is None or assign(current, visited):
                owner[j] = i
                return True
        return False

    for i in order:
        assign(i, set())
    return owner


def _miss(
    kind: str,
    gold: Sequence[Item],
    system: Sequence[Item],
    reasons: list[list[list[str]]],
    i: int,
    owner: list[int | None],
    key: str,
) -> Miss:
    if not system:
        return Miss(kind, gold[i], None, (f"no {kind}s extracted",))
    j = min(
        range(len(system)),
        key=lambda j: (system[j].get(key) != gold[i].get(key), len(reasons[i][j]), j),
    )
    why = tuple(reasons[i][j])
    if not why:
        other = owner[j]
        taken = gold[other].get("evidence") if other is not None else None
        why = (f"its match was taken by another gold {kind}: {taken!r}",)
    return Miss(kind, gold[i], system[j], why)


def _spurious(
    kind: str,
    gold: Sequence[Item],
    system: Sequence[Item],
    reasons: list[list[list[str]]],
    j: int,
    key: str,
) -> Spurious:
    if not gold:
        return Spurious(kind, system[j], None, (f"the gold has no {kind}s",))
    i = min(
        range(len(gold)),
        key=lambda i: (system[j].get(key) != gold[i].get(key), len(reasons[i][j]), i),
    )
    why = tuple(reasons[i][j]) or (f"duplicate: that gold {kind} is already matched",)
    return Spurious(kind, system[j], gold[i], why)


def _required(item: Item) -> bool:
    return item.get("required", True) is not False


# --- comparing one gold item with one system item -----------------------------------------------


def compare_events(
    gold: Item, system: Item, *, same_person: SamePerson, place_within: PlaceWithin
) -> list[str]:
    """Why ``system`` does not match the gold event; an empty list means it matches."""
    reasons = [
        f"{field} {_show(system.get(field))} != {gold.get(field)}"
        for field in ("type", "status")
        if system.get(field) != gold.get(field)
    ]
    if gold.get("mode") and system.get("mode") != gold.get("mode"):
        reasons.append(f"mode {_show(system.get('mode'))} != {gold['mode']}")
    reasons += _country_reasons(gold, system)
    system_people = _strings(system.get("people"))
    for name in _strings(gold.get("people")):
        if not any(same_person(name, other) for other in system_people):
            reasons.append(f"person {name!r} not among {system_people}")
    reasons += _date_reasons(gold.get("date"), system.get("date"))
    gold_place = gold.get("place")
    if gold_place:
        place = system.get("place")
        if not place:
            reasons.append(f"place missing, gold {gold_place}")
        elif not place_within(str(place), str(gold_place)):
            reasons.append(f"place {place} not within {gold_place}")
    return reasons


def _country_reasons(gold: Item, system: Item) -> list[str]:
    wanted, found = set(_strings(gold.get("countries"))), set(_strings(system.get("countries")))
    if gold.get("mode") == "multilateral":
        lacking = wanted - found
        return [f"countries lack {_codes(lacking)} (multilateral)"] if lacking else []
    return [] if wanted == found else [f"countries {_codes(found)} != {_codes(wanted)}"]


def _date_reasons(gold_date: object, system_date: object) -> list[str]:
    """An event date matches when it lies inside the gold date or interval, at its precision."""
    if gold_date is None:
        return []
    if not system_date:
        return [f"date missing, gold {gold_date}"]
    gold_span, system_span = _span(gold_date), _span(system_date)
    if gold_span is None:
        raise ValueError(f"gold date {gold_date!r} is not YYYY[-MM[-DD]] or A/B")
    if system_span is None:
        return [f"date {system_date!r} is not YYYY[-MM[-DD]] or A/B"]
    inside = gold_span[0][0] <= system_span[0][0] and system_span[1][1] <= gold_span[1][1]
    return [] if inside else [f"date {system_date} != {gold_date}"]


def compare_facts(gold: Item, system: Item) -> list[str]:
    """Why ``system`` does not match the gold fact; an empty list means it matches."""
    reasons = [
        f"{field} {_show(system.get(field))} != {gold.get(field)}"
        for field in ("indicator", "qualifier")
        if system.get(field) != gold.get(field)
    ]
    if gold.get("unit") and system.get("unit") != gold.get("unit"):
        # "value is a plain number in unit": 28 billion CZK is not 28 billion USD.
        reasons.append(f"unit {_show(system.get('unit'))} != {gold['unit']}")
    sign, party_reason = _party_sign(gold, system)
    reasons += party_reason
    reasons += _period_reasons(gold.get("period"), system.get("period"))
    reasons += _value_reasons(_number(gold.get("value")), _number(system.get("value")), sign)
    return reasons


def _party_sign(gold: Item, system: Item) -> tuple[int, list[str]]:
    """Compare ``of``/``in``; return the sign to apply to the gold value and the reasons."""
    pair = (gold.get("of"), gold.get("in"))
    found = (system.get("of"), system.get("in"))
    if found == pair:
        return 1, []
    indicator = gold.get("indicator")
    if found == pair[::-1] and indicator in UNORDERED_INDICATORS:
        return 1, []
    if found == pair[::-1] and indicator in MIRRORED_INDICATORS:
        return -1, []  # a surplus of A with B is a deficit of B with A
    return 1, [f"of/in {_show(found[0])}->{_show(found[1])} != {pair[0]}->{pair[1]}"]


def _period_reasons(gold_period: object, system_period: object) -> list[str]:
    """A period matches when each end equals the gold's end at the gold's precision."""
    if gold_period is None:
        return [] if not system_period else [f"period {system_period}, gold has none"]
    if not system_period:
        return [f"period missing, gold {gold_period}"]
    gold_span, system_span = _span(gold_period), _span(system_period)
    if gold_span is None:
        raise ValueError(f"gold period {gold_period!r} is not YYYY[-MM[-DD]] or A/B")
    if system_span is None:
        return [f"period {system_period!r} is not YYYY[-MM[-DD]] or A/B"]
    same_shape = ("/" in str(gold_period)) == ("/" in str(system_period))
    ends_agree = all(_within(s, g) for s, g in zip(system_span, gold_span, strict=True))
    same_span = (gold_span[0][0], gold_span[1][1]) == (system_span[0][0], system_span[1][1])
    if (same_shape and ends_agree) or same_span:
        return []
    return [f"period {system_period} != {gold_period}"]


def _value_reasons(gold_value: float | None, system_value: float | None, sign: int) -> list[str]:
    if gold_value is None:
        return []
    expected = sign * gold_value
    if system_value is None:
        return [f"value missing, gold {expected:g}"]
    allowed = VALUE_TOLERANCE * abs(expected) * (1 + 1e-9)  # the bound itself still matches
    if abs(system_value - expected) <= allowed:
        return []
    off = f" (off by {abs(system_value - expected) / abs(expected):.1%})" if expected else ""
    return [f"value {system_value:g} != {expected:g}{off}"]


# --- dates as spans -----------------------------------------------------------------------------

Bounds = tuple[date, date]  # first and last day a date at its precision covers


def _bounds(text: str) -> Bounds | None:
    found = _DATE.fullmatch(text.strip())
    if found is None:
        return None
    year, month, day = found.groups()
    try:
        if month is None:
            return date(int(year), 1, 1), date(int(year), 12, 31)
        first = date(int(year), int(month), 1)
        if day is None:
            return first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        exact = first.replace(day=int(day))
    except ValueError:
        return None  # month 13, February 30
    return exact, exact


def _span(value: object) -> tuple[Bounds, Bounds] | None:
    """A date or interval as the bounds of its start and of its end (equal for a single date)."""
    if not isinstance(value, str):
        return None
    parts = value.split("/")
    if len(parts) > 2:
        return None
    ends = [_bounds(part) for part in parts]
    if any(end is None for end in ends):
        return None
    start, end = ends[0], ends[-1]
    assert start is not None and end is not None
    return (start, end) if start[0] <= end[1] else None


def _within(inner: Bounds, outer: Bounds) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


# --- small readers of dict fields ---------------------------------------------------------------


def _strings(value: object) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list | tuple) else []


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _codes(codes: Iterable[str]) -> str:
    return ",".join(sorted(codes)) or "none"


def _show(value: object) -> str:
    return "missing" if value is None or value == "" else str(value)
