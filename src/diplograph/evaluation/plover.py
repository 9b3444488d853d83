"""`eval plover`: event and actor typing on PLOVER-coded sentences.

The gold is one sentence per record with one PLOVER event and its source and target actors
(shared/corpus/plover/gold.jsonl). Older records use labels PLOVER has since merged (DEMAND,
DISAPPROVE, FIGHT, INVESTIGATE); data/plover_labels.yaml maps them, and odd actor codes, to what
diplograph uses today. The scorer takes the extractor as a function from a sentence and its date
to (event type, country codes) pairs, so it runs against any implementation or a fake.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pycountry
import yaml

from diplograph.errors import ConfigError, GoldError
from diplograph.evaluation.gold import read_jsonl, rounded, share
from diplograph.models import EVENT_TYPES

SentenceExtractor = Callable[[str, date | None], Sequence[tuple[str, Sequence[str]]]]
"""A sentence and its date -> the events found, as (PLOVER type, ISO3 country codes) pairs."""

LABELS_PATH = Path(__file__).resolve().parent.parent / "data" / "plover_labels.yaml"


# --- labels and actor codes ---------------------------------------------------------------------


@dataclass(frozen=True)
class ActorCodes:
    """Turns a PLOVER/CAMEO actor code (USA, IRQGOV, IGOUNO, JAP) into an ISO3 country or None."""

    aliases: Mapping[str, str | None]
    countries: frozenset[str]

    def country_of(self, code: str | None) -> str | None:
        """The country an actor code belongs to: its first three letters, after the aliases."""
        head = (code or "").strip().upper()[:3]
        if len(head) != 3 or not head.isalpha():
            return None
        country = self.aliases.get(head, head)
        return country if country in self.countries else None


@dataclass(frozen=True)
class LabelMapping:
    """What an older PLOVER label is today."""

    type: str
    mode: str | None = None


@dataclass(frozen=True)
class PloverLabels:
    """The label and actor-code mappings of data/plover_labels.yaml."""

    event_types: Mapping[str, LabelMapping]
    actors: ActorCodes

    def event_type(self, label: str) -> str:
        """Today's PLOVER type for a label; ValueError for a label nobody mapped."""
        label = label.strip().upper()
        if label in EVENT_TYPES:
            return label
        if label in self.event_types:
            return self.event_types[label].type
        raise ValueError(
            f"unknown PLOVER label {label!r}: map it to one of {', '.join(EVENT_TYPES)} "
            "under event_types in data/plover_labels.yaml"
        )


def iso3_countries() -> frozenset[str]:
    """Every ISO 3166-1 alpha-3 code pycountry knows."""
    return frozenset(str(country.alpha_3) for country in pycountry.countries)


def load_plover_labels(
    path: str | Path | None = None, *, countries: Collection[str] | None = None
) -> PloverLabels:
    """Read the label mapping (the packaged data/plover_labels.yaml unless ``path`` is given).

    ``countries`` is the set of codes that count as countries; pycountry's alpha-3 list when None.
    Raises ConfigError naming the file for anything it cannot use.
    """
    path = Path(path) if path is not None else LABELS_PATH
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read the PLOVER label mapping ({exc})") from exc
    known = frozenset(countries) if countries is not None else iso3_countries()
    try:
        return parse_plover_labels(document, countries=known)
    except ValueError as exc:
        raise ConfigError(f"{path}: {exc}") from exc


def parse_plover_labels(document: object, *, countries: frozenset[str]) -> PloverLabels:
    """Build PloverLabels from the parsed YAML document; ValueError says what is wrong."""
    if not isinstance(document, dict):
        raise ValueError("expected a mapping with 'event_types' and 'actor_codes'")
    unknown = sorted(set(document) - {"event_types", "actor_codes"})
    if unknown:
        raise ValueError(f"unknown key {unknown[0]!r} (expected event_types or actor_codes)")
    types = document.get("event_types") or {}
    codes = document.get("actor_codes") or {}
    if not isinstance(types, dict) or not isinstance(codes, dict):
        raise ValueError("'event_types' and 'actor_codes' must be mappings")
    event_types = {str(label).upper(): _label_mapping(label, v) for label, v in types.items()}
    aliases: dict[str, str | None] = {}
    for code, country in codes.items():
        if country is not None and not (isinstance(country, str) and len(country) == 3):
            raise ValueError(f"actor code {code!r} must map to an ISO3 code or null")
        aliases[str(code).upper()] = country.upper() if country else None
    return PloverLabels(event_types, ActorCodes(aliases, countries))


def _label_mapping(label: object, value: object) -> LabelMapping:
    if isinstance(value, str):
        value = {"type": value}
    if not isinstance(value, dict) or value.get("type") not in EVENT_TYPES:
        raise ValueError(f"label {label!r} must map to a type among {', '.join(EVENT_TYPES)}")
    mode = value.get("mode")
    return LabelMapping(type=str(value["type"]), mode=str(mode) if mode else None)


# --- gold sentences -----------------------------------------------------------------------------


@dataclass(frozen=True)
class PloverSentence:
    """One gold sentence: its event as labelled and as today's type, and its actors' countries."""

    id: str
    text: str
    date: date | None
    label: str  # as written in the gold file
    event_type: str  # today's PLOVER type
    countries: tuple[str, ...]  # ISO3 codes of the source and target actors that are countries


def plover_sentence(record: Mapping[str, Any], labels: PloverLabels) -> PloverSentence:
    """Turn one gold record into a PloverSentence; ValueError says what is missing."""
    for key in ("id", "text", "event"):
        if not isinstance(record.get(key), str):
            raise ValueError(f"record needs a string {key!r}")
    countries: list[str] = []
    for side in ("source", "target"):
        actors = record.get(side)
        for actor in actors if isinstance(actors, list) else []:
            code = actor.get("code") if isinstance(actor, dict) else None
            country = labels.actors.country_of(code if isinstance(code, str) else None)
            if country is not None and country not in countries:
                countries.append(country)
    return PloverSentence(
        id=record["id"],
        text=record["text"],
        date=_record_date(record),
        label=record["event"],
        event_type=labels.event_type(record["event"]),
        countries=tuple(countries),
    )


def _record_date(record: Mapping[str, Any]) -> date | None:
    value = record.get("date")
    if record.get("date_is_placeholder") or not value:
        return None  # PLOVER_GSR_CAMEO sets every date to 2000-01-01
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise ValueError(f"date {value!r} is not YYYY-MM-DD") from exc


def read_plover_gold(path: str | Path, labels: PloverLabels | None = None) -> list[PloverSentence]:
    """Read PLOVER gold JSONL; ValueError names the file and line of a record it cannot use."""
    path = Path(path)
    labels = labels if labels is not None else load_plover_labels()
    sentences: list[PloverSentence] = []
    for number, record in read_jsonl(path):
        try:
            sentences.append(plover_sentence(record, labels))
        except ValueError as exc:
            raise GoldError(f"{path}:{number}: {exc}") from exc
    return sentences


# --- scoring ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PloverScore:
    """How often the extractor finds each gold sentence's event type, and with its countries.

    - type_recall: share of sentences where some extracted event has the gold type.
    - actor_recall: share of sentences where some extracted event has the gold type and every
      gold country (source and target actors whose codes are countries) among its countries; a
      sentence whose actors are all non-countries (IGOs, NGOs) needs the type only.
    - extra_types_per_sentence: mean number of distinct extracted types other than the gold type.
    All three are 0.0 when there are no sentences.
    """

    sentences: int
    type_hits: int
    actor_hits: int
    extra_types: int
    missed: tuple[str, ...] = ()  # ids of sentences whose gold type was not extracted

    @property
    def type_recall(self) -> float:
        return share(self.type_hits, self.sentences)

    @property
    def actor_recall(self) -> float:
        return share(self.actor_hits, self.sentences)

    @property
    def extra_types_per_sentence(self) -> float:
        return share(self.extra_types, self.sentences)

    def to_json(self) -> dict[str, int | float]:
        ratios = ("type_recall", "actor_recall", "extra_types_per_sentence")
        return {"sentences": self.sentences, **rounded(self, ratios)}


def score_plover(records: Iterable[PloverSentence], extract: SentenceExtractor) -> PloverScore:
    """Run ``extract`` on every gold sentence and count type and actor hits."""
    sentences = type_hits = actor_hits = extra = 0
    missed: list[str] = []
    for record in records:
        found = extract(record.text, record.date)
        sentences += 1
        typed = [set(codes) for kind, codes in found if kind == record.event_type]
        if typed:
            type_hits += 1
        else:
            missed.append(record.id)
        if any(set(record.countries) <= codes for codes in typed):
            actor_hits += 1
        extra += len({kind for kind, _ in found} - {record.event_type})
    return PloverScore(sentences, type_hits, actor_hits, extra, tuple(missed))
