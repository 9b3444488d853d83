"""One agreement across phrasings, with its lifecycle (planned, signed, ...) dated and cited.

"Strategic Partnership and Cooperation Agreement" and "Agreement on Strategic Partnership and
Cooperation" share their kind (agreement) and content words, so they are one agreement.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from diplograph.datafiles import mapping, read_yaml, words
from diplograph.errors import ConfigError
from diplograph.models import Event

JOIN_AT = 0.7


@dataclass(frozen=True)
class AgreementWords:
    """data/agreements.yaml: the kinds of document, in the order they are tried, and the
    words that do not tell one agreement from another."""

    kinds: tuple[str, ...]
    ignored: frozenset[str]


def load_agreement_words(path: Path | None = None) -> AgreementWords:
    """Read agreements.yaml (the packaged one unless ``path`` is given); ConfigError names the
    file and the key of anything it cannot use."""
    raw, where = read_yaml("agreements.yaml", path)
    data = mapping(raw, where, ("kinds", "ignored_words"))
    kinds = tuple(w.lower() for w in words(data.get("kinds"), f"{where}: kinds"))
    if not kinds:
        raise ConfigError(f"{where}: kinds: give at least one kind of document")
    ignored = words(data.get("ignored_words"), f"{where}: ignored_words")
    return AgreementWords(kinds, frozenset(w.lower() for w in ignored))


@cache
def _packaged() -> AgreementWords:
    return load_agreement_words()


@lru_cache(maxsize=1 << 16)
def agreement_kind(name: str) -> str:
    lowered = name.lower()
    return next((k for k in _packaged().kinds if k in lowered), "agreement")


@lru_cache(maxsize=1 << 16)
def content_words(name: str) -> frozenset[str]:
    known = _packaged()
    found = re.findall(r"[a-z]+", name.lower())
    return frozenset(w for w in found if w not in known.ignored and w not in known.kinds)


def same_agreement(a: str, b: str) -> bool:
    if agreement_kind(a) != agreement_kind(b):
        return False
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return False
    return len(wa & wb) / len(wa | wb) >= JOIN_AT


@dataclass(frozen=True)
class LifecycleStep:
    status: str  # planned | signed | ratified | in force
    date: str | None
    reported_on: dt.date | None
    article_id: str
    sentence: str
    start: int
    end: int


@dataclass
class Agreement:
    name: str
    parties: set[str] = field(default_factory=set)
    steps: list[LifecycleStep] = field(default_factory=list)

    @property
    def status(self) -> str:
        """The furthest step reached: signed beats planned."""
        return "signed" if any(s.status == "signed" for s in self.steps) else "planned"

    @property
    def first_reported(self) -> dt.date | None:
        return min((s.reported_on for s in self.steps if s.reported_on), default=None)

    @property
    def last_reported(self) -> dt.date | None:
        return max((s.reported_on for s in self.steps if s.reported_on), default=None)


def names_a_signing(event: Event) -> bool:
    """An event that signs (or plans to sign) a named text: what agreements are made of."""
    return event.type == "AGREE" and event.mode == "sign" and event.agreement is not None


def resolve_agreements(events: Iterable[tuple[Event, dt.date | None]]) -> list[Agreement]:
    """Agreements named by AGREE/sign events, each with every planned or signed mention."""
    found: list[Agreement] = []
    signing = [(e, d) for e, d in events if names_a_signing(e) and e.agreement and not e.negated]
    # An agreement joins only one of its kind and parties (or one without parties yet): each
    # mention is compared with those, in the order they were found, not with every agreement.
    blocks: dict[tuple[str, frozenset[str]], list[int]] = {}
    for event, published in sorted(
        signing, key=lambda x: (x[1] or dt.date.min, x[0].evidence.start)
    ):
        assert event.agreement is not None
        kind, parties = agreement_kind(event.agreement), frozenset(event.countries)
        candidates = sorted(
            {*blocks.get((kind, parties), ()), *blocks.get((kind, frozenset()), ())}
        )
        index = next(
            (i for i in candidates if same_agreement(found[i].name, event.agreement)
             and (not found[i].parties or parties == found[i].parties)),
            None,
        )  # fmt: skip
        if index is None:
            found.append(Agreement(name=event.agreement))
            index = len(found) - 1
            blocks.setdefault((kind, frozenset()), []).append(index)
        target = found[index]
        if not target.parties and parties:  # it has its parties now
            blocks[(kind, frozenset())].remove(index)
            blocks.setdefault((kind, parties), []).append(index)
        target.parties |= set(event.countries)
        target.steps.append(
            LifecycleStep(
                status="signed" if event.status == "occurred" else "planned",
                date=event.date,
                reported_on=published,
                article_id=event.evidence.article_id,
                sentence=event.evidence.sentence,
                start=event.evidence.start,
                end=event.evidence.end,
            )
        )
    for agreement in found:  # the shortest faithful name reads best
        agreement.name = min((agreement.name,), key=len)
    return found


def best_agreement(
    agreements: Iterable[Agreement], name: str, parties: set[str] | None = None
) -> Agreement | None:
    """The agreement a phrasing means: the most words in common first, then the first that is
    the same agreement (and has ``parties`` among its parties); None when none is."""
    words = content_words(name)
    ranked = sorted(
        agreements,
        key=lambda a: (
            -len(words & content_words(a.name)) / max(1, len(words | content_words(a.name)))
        ),
    )
    for agreement in ranked:
        if same_agreement(agreement.name, name) and (not parties or parties <= agreement.parties):
            return agreement
    return None
