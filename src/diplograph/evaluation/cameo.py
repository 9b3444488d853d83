"""`eval cameo`: recall of CAMEO-coded events after converting them to PLOVER.

Records are ``{"id", "date", "text", "events": [{"eventcode", "sourcecode", "targetcode"}]}``.
Event codes go through the CAMEO to PLOVER table (CAMEO2PLOVER-2021.txt, whose path the caller
passes; it is not shipped), actor codes through ActorCodes (IRQGOV -> IRQ, IGOUNO -> no country).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from diplograph.errors import GoldError
from diplograph.evaluation.gold import read_jsonl, rounded, share
from diplograph.evaluation.plover import ActorCodes, SentenceExtractor
from diplograph.models import EVENT_TYPES

_ROW = re.compile(r"\s*(\d{2,})\s*:(.*)")


# --- the conversion table -----------------------------------------------------------------------


@dataclass(frozen=True)
class CameoMapping:
    """The PLOVER type, mode and contexts one CAMEO code converts to."""

    type: str
    mode: str | None = None
    context: tuple[str, ...] = ()


def load_cameo_map(path: str | Path) -> dict[str, CameoMapping]:
    """Read a CAMEO to PLOVER table such as CAMEO2PLOVER-2021.txt; see parse_cameo_map."""
    path = Path(path)
    return parse_cameo_map(path.read_text(encoding="utf-8"), origin=str(path))


def parse_cameo_map(text: str, *, origin: str = "<text>") -> dict[str, CameoMapping]:
    """Parse lines ``code: TYPE, mode, context; context # comment`` into a code -> mapping dict.

    Mode and context may be empty; a root line (``04: CONSULT``) has the type only. Blank lines,
    ``#`` comments and separator lines (``~~~~~``) are skipped. When a code appears twice the
    first line wins (the 2021 table lists root 08 as CONCEDE and again as RETREAT; its rows
    080-0834 and 084-0874 say which code goes where). ValueError names the line it cannot read.
    """
    table: dict[str, CameoMapping] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        body = line.split("#", 1)[0]
        if not any(char.isalnum() for char in body):
            continue
        row = _ROW.fullmatch(body)
        try:
            if row is None:
                raise ValueError("expected 'code: TYPE, mode, context'")
            code, mapping = row.group(1), _mapping(row.group(2))
        except ValueError as exc:
            raise ValueError(f"{origin}:{number}: {exc}: {line.strip()!r}") from exc
        table.setdefault(code, mapping)
    return table


def _mapping(fields_text: str) -> CameoMapping:
    fields = [field.strip() for field in fields_text.split(",")]
    if len(fields) > 3:
        raise ValueError("more than three fields")
    fields += [""] * (3 - len(fields))
    kind, mode, context = fields
    if kind.upper() not in EVENT_TYPES:
        raise ValueError(f"{kind!r} is not a PLOVER type")
    contexts = tuple(part.strip() for part in context.split(";") if part.strip())
    return CameoMapping(type=kind.upper(), mode=mode or None, context=contexts)


def cameo_to_plover(code: str, cameo_map: Mapping[str, CameoMapping]) -> CameoMapping | None:
    """The mapping of the longest listed prefix of ``code`` (0315 -> 031 -> 03), or None."""
    code = code.strip()
    if not code.isdigit():
        return None
    for end in range(len(code), 1, -1):
        if code[:end] in cameo_map:
            return cameo_map[code[:end]]
    return None


# --- records ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CameoEvent:
    eventcode: str
    sourcecode: str | None
    targetcode: str | None


@dataclass(frozen=True)
class CameoRecord:
    """One CAMEO-coded sentence and its gold events."""

    id: str
    date: date | None
    text: str
    events: tuple[CameoEvent, ...]


def cameo_record(record: Mapping[str, Any]) -> CameoRecord:
    """Turn one JSON record into a CameoRecord; ValueError says what is wrong."""
    if not isinstance(record.get("id"), str) or not isinstance(record.get("text"), str):
        raise ValueError("record needs string 'id' and 'text'")
    events = record.get("events")
    if not isinstance(events, list):
        raise ValueError("record needs a list 'events'")
    return CameoRecord(
        id=record["id"],
        date=_iso_date(record.get("date")),
        text=record["text"],
        events=tuple(_cameo_event(event) for event in events),
    )


def _cameo_event(event: object) -> CameoEvent:
    if not isinstance(event, dict):
        raise ValueError("an event must be an object")
    code = event.get("eventcode")
    if not isinstance(code, str) or not code.strip().isdigit():
        # an integer would have lost its leading zero: 40 is not 040
        raise ValueError(f"eventcode {code!r} must be a string of digits such as '040'")
    source, target = event.get("sourcecode"), event.get("targetcode")
    return CameoEvent(
        eventcode=code.strip(),
        sourcecode=source if isinstance(source, str) and source else None,
        targetcode=target if isinstance(target, str) and target else None,
    )


def _iso_date(value: object) -> date | None:
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise ValueError(f"date {value!r} is not YYYY-MM-DD") from exc


def read_cameo_records(path: str | Path) -> list[CameoRecord]:
    """Read CAMEO-coded JSONL; ValueError names the file and line of a record it cannot use."""
    path = Path(path)
    records: list[CameoRecord] = []
    for number, record in read_jsonl(path):
        try:
            records.append(cameo_record(record))
        except ValueError as exc:
            raise GoldError(f"{path}:{number}: {exc}") from exc
    return records


# --- scoring ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CameoScore:
    """Recall of gold CAMEO events, converted to PLOVER.

    - events: gold events whose code converts to a PLOVER type (``unmapped`` counts the others,
      e.g. CAMEO 01 and 02, which PLOVER does not code; they are left out of both ratios).
    - recall: share of those where one extracted event has the PLOVER type and, among its
      countries, the source's and the target's country (for the actors that are countries).
    - type_recall: share where some extracted event has the PLOVER type.
    Both ratios are 0.0 when there are no events.
    """

    events: int
    hits: int
    type_hits: int
    unmapped: int = 0
    missed: tuple[str, ...] = ()  # "record id:eventcode" of events without a full hit

    @property
    def recall(self) -> float:
        return share(self.hits, self.events)

    @property
    def type_recall(self) -> float:
        return share(self.type_hits, self.events)

    def to_json(self) -> dict[str, int | float]:
        return {"events": self.events, **rounded(self, ("recall", "type_recall"))}


def score_cameo(
    records: Iterable[CameoRecord],
    extract: SentenceExtractor,
    cameo_map: Mapping[str, CameoMapping],
    *,
    actors: ActorCodes,
) -> CameoScore:
    """Run ``extract`` on every record's text and count the gold events it recovers."""
    events = hits = type_hits = unmapped = 0
    missed: list[str] = []
    for record in records:
        found = extract(record.text, record.date)
        for event in record.events:
            mapping = cameo_to_plover(event.eventcode, cameo_map)
            if mapping is None:
                unmapped += 1
                continue
            events += 1
            ends = (actors.country_of(event.sourcecode), actors.country_of(event.targetcode))
            wanted = {country for country in ends if country is not None}
            typed = [set(codes) for kind, codes in found if kind == mapping.type]
            type_hits += bool(typed)
            if any(wanted <= codes for codes in typed):
                hits += 1
            else:
                missed.append(f"{record.id}:{event.eventcode}")
    return CameoScore(events, hits, type_hits, unmapped, tuple(missed))
