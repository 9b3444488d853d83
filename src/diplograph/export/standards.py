"""Events in the event-data standards: PLOVER records (JSON Lines) and a GDELT-layout CAMEO table.

Both code the event type as ``diplograph.extract.coding`` does (a planned visit is a promise,
so AGREE; a planned sanction is THREATEN) and follow PLOVER's source/target convention: the
first country of an event is its source, the others its targets. A country's actors are the
people of that country the event names (with the sector of their role), or the country itself.

The CAMEO table has the 61 columns of the GDELT 2.0 event table, in its order and with its
names. GDELT is dyadic, so Actor2 is the event's second country only; what diplograph does not
know (Goldstein scale, tone, coordinates, FIPS country codes of places) is left empty.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from diplograph.export.tables import Snapshot
from diplograph.extract.coding import cameo_code, plover_type
from diplograph.models import Event
from diplograph.store.export_queries import StoredEvent

CODER = "diplograph"
LANGUAGE = "en"
_ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                 "Religion2Code", "Type1Code", "Type2Code", "Type3Code")  # fmt: skip
_GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
               "FeatureID")  # fmt: skip
GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{name}" for name in _ACTOR_FIELDS),
    *(f"Actor2{name}" for name in _ACTOR_FIELDS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{actor}Geo_{name}" for actor in ("Actor1", "Actor2", "Action") for name in _GEO_FIELDS),
    "DATEADDED", "SOURCEURL",
)  # fmt: skip
"""The GDELT 2.0 event table's columns (GDELT-Event_Codebook-V2.0), in file order."""

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_GEO_TYPE = {"country": "1", "city": "4", "region": "5"}  # GDELT: world city, world state


@dataclass(frozen=True)
class Actor:
    """One participant as the standards code it: text, actor code, country and sector."""

    text: str
    code: str  # ISO3 for a country; IGO + CAMEO code for an organisation
    country: str | None
    sector: str | None = None


def event_actors(stored: StoredEvent, snapshot: Snapshot) -> list[tuple[Actor, ...]]:
    """The actors of each of the event's countries, in the event's order of countries.

    A country's actors are the people of that country the event names; a country none of whose
    people is named is its own actor.
    """
    event, article_id = stored.event, stored.event.evidence.article_id
    groups = []
    for code in event.countries:
        actor_code, country = _actor_code(code, snapshot)
        people = [(name, snapshot.person(name, article_id)) for name in event.people]
        named = tuple(
            Actor(name, actor_code, country, snapshot.sector(person.role))
            for name, person in people
            if person.country == code
        )
        groups.append(named or (Actor(snapshot.actor_name(code), actor_code, country),))
    return groups


def _actor_code(code: str, snapshot: Snapshot) -> tuple[str, str | None]:
    """(actor code, ISO3 country or None): organisations carry CAMEO's IGO codes."""
    if code in snapshot.knowledge.countries.entries:
        return code, code
    organization = snapshot.knowledge.organizations.entries.get(code)
    if organization is not None:
        return f"IGO{organization.cameo or ''}", None
    return code, None


# --- PLOVER ---------------------------------------------------------------------------------


def plover_record(stored: StoredEvent, snapshot: Snapshot) -> dict[str, Any]:
    """One event as a PLOVER record (the fields of the PLOVER gold-standard records)."""
    event, evidence = stored.event, stored.event.evidence
    groups = event_actors(stored, snapshot)
    found = snapshot.article(evidence.article_id)
    article = found.article if found else None
    run = snapshot.runs.get(evidence.article_id)
    return {
        "id": str(stored.id),
        "date": event.date,
        "event": plover_type(event),
        "mode": event.mode,
        "context": event.context,
        "source": [_plover_actor(a) for a in (groups[0] if groups else ())],
        "target": [_plover_actor(a) for group in groups[1:] for a in group],
        "eventText": event.trigger,
        "text": evidence.sentence,
        "eventLoc": {"name": event.place} if event.place else None,
        "language": LANGUAGE,
        "publication": (article.source if article else None) or evidence.article_id,
        "coder": CODER,
        "version": run.version if run else None,
        "dateCoded": run.extracted_at.date().isoformat() if run else None,
        "article": {
            "id": evidence.article_id,
            "url": article.url if article else None,
            "published_on": _iso_day(article.published_on if article else None),
            "start": evidence.start,
            "end": evidence.end,
        },
        "diplograph": _diplograph_fields(event),
    }


def _plover_actor(actor: Actor) -> dict[str, str]:
    found = {"actorText": actor.text, "code": actor.code}
    if actor.sector:
        found["sector"] = actor.sector
    return found


def _diplograph_fields(event: Event) -> dict[str, Any]:
    """What PLOVER folds into the type, kept apart: the type as extracted and its status."""
    return {
        "type": event.type,
        "status": event.status,
        "negated": event.negated,
        "modality": event.modality,
        "agreement": event.agreement,
        "confidence": event.confidence,
        "date_reason": event.date_reason,
        "place_reason": event.place_reason,
    }


def write_plover(snapshot: Snapshot, path: Path) -> int:
    """Write every event as one PLOVER record per line; returns the number of records."""
    with path.open("w", encoding="utf-8") as handle:
        for stored in snapshot.events:
            handle.write(json.dumps(plover_record(stored, snapshot), ensure_ascii=False) + "\n")
    return len(snapshot.events)


# --- CAMEO in GDELT's layout ------------------------------------------------------------------


def gdelt_row(stored: StoredEvent, snapshot: Snapshot) -> dict[str, str]:
    """One event as a GDELT 2.0 event row: the columns diplograph knows, the rest left out."""
    event = stored.event
    found = snapshot.article(event.evidence.article_id)
    article = found.article if found else None
    code = _event_code(event)
    groups = event_actors(stored, snapshot)
    row = {
        "GLOBALEVENTID": str(stored.id),
        **_gdelt_dates(event.date, article.published_on if article else None),
        **_gdelt_actor("Actor1", groups[0] if groups else ()),
        **_gdelt_actor("Actor2", groups[1] if len(groups) > 1 else ()),
        "EventCode": code,
        "EventBaseCode": code[:3],
        "EventRootCode": code[:2],
        "QuadClass": quad_class(code[:2]),
        "NumMentions": "1",
        "NumSources": "1",
        "NumArticles": "1",
        **_action_geo(event.place, snapshot),
        "SOURCEURL": (article.url if article else None) or event.evidence.article_id,
    }
    if article is not None and article.ingested_at is not None:
        row["DATEADDED"] = article.ingested_at.strftime("%Y%m%d%H%M%S")
    return row


def _event_code(event: Event) -> str:
    """CAMEO's code: a root alone (03) becomes its "not specified below" code (030)."""
    code = cameo_code(event)
    return f"{code}0" if len(code) == 2 else code


def quad_class(root: str) -> str:
    """GDELT's QuadClass of a CAMEO root: verbal and material cooperation, then conflict."""
    number = int(root)
    return "1" if number <= 5 else "2" if number <= 9 else "3" if number <= 14 else "4"


def _gdelt_dates(event_date: str | None, published_on: date | None) -> dict[str, str]:
    """SQLDATE and the rest from the event's day, else the article's publication date."""
    day = date.fromisoformat(event_date) if event_date and _DAY.fullmatch(event_date) else None
    day = day or published_on
    if day is None:
        return {}
    days_in_year = (date(day.year + 1, 1, 1) - date(day.year, 1, 1)).days
    fraction = day.year + (day.timetuple().tm_yday - 1) / days_in_year
    return {
        "SQLDATE": day.strftime("%Y%m%d"),
        "MonthYear": day.strftime("%Y%m"),
        "Year": str(day.year),
        "FractionDate": f"{fraction:.4f}",
    }


def _gdelt_actor(prefix: str, actors: Sequence[Actor]) -> dict[str, str]:
    if not actors:
        return {}
    first = actors[0]
    sector = first.sector or ""
    return {
        f"{prefix}Code": f"{first.code}{sector}",
        f"{prefix}Name": first.text,
        f"{prefix}CountryCode": first.country or "",
        f"{prefix}Type1Code": sector,
    }


def _action_geo(place: str | None, snapshot: Snapshot) -> dict[str, str]:
    if not place:
        return {}
    knowledge = snapshot.knowledge
    if knowledge.countries.code_named(place):
        return {"ActionGeo_Type": _GEO_TYPE["country"], "ActionGeo_FullName": place}
    found = knowledge.place(place)
    if found is None:
        return {"ActionGeo_FullName": place}
    return {
        "ActionGeo_Type": _GEO_TYPE.get(found.kind, ""),
        "ActionGeo_FullName": f"{found.name}, {snapshot.actor_name(found.country)}",
    }


def write_cameo(snapshot: Snapshot, path: Path) -> int:
    """Write every event as a row of a GDELT 2.0 event table (CSV with header)."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=GDELT_COLUMNS, restval="")
        writer.writeheader()
        writer.writerows(_gdelt_rows(snapshot))
    return len(snapshot.events)


def _gdelt_rows(snapshot: Snapshot) -> Iterator[dict[str, str]]:
    for stored in snapshot.events:
        yield gdelt_row(stored, snapshot)


def _iso_day(value: date | None) -> str | None:
    return value.isoformat() if value else None
