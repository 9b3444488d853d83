from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest

from diplograph.errors import ConfigError
from diplograph.evaluation.plover import (
    ActorCodes,
    PloverSentence,
    SentenceExtractor,
    load_plover_labels,
    parse_plover_labels,
    plover_sentence,
    read_plover_gold,
    score_plover,
)
from diplograph.models import EVENT_TYPES

from ..conftest import SHARED

SHARED_GOLD = SHARED / "corpus" / "plover" / "gold.jsonl"
LABELS = load_plover_labels()


def sentence(event_type: str, *countries: str, text: str = "s") -> PloverSentence:
    return PloverSentence(
        id=f"id-{text}",
        text=text,
        date=None,
        label=event_type,
        event_type=event_type,
        countries=countries,
    )


def fake_extract(
    answers: dict[str, list[tuple[str, tuple[str, ...]]]],
) -> SentenceExtractor:
    def extract(text: str, when: date | None) -> Sequence[tuple[str, Sequence[str]]]:
        return answers.get(text, [])

    return extract


@pytest.mark.parametrize(
    ("label", "today"),
    [
        ("DEMAND", "REQUEST"),
        ("DISAPPROVE", "ACCUSE"),
        ("INVESTIGATE", "ACCUSE"),
        ("FIGHT", "ASSAULT"),
        ("CONSULT", "CONSULT"),
        ("assault", "ASSAULT"),
    ],
)
def test_older_labels_map_to_todays_types(label: str, today: str) -> None:
    assert LABELS.event_type(label) == today


def test_every_mapped_label_lands_on_one_of_the_sixteen_types() -> None:
    assert {m.type for m in LABELS.event_types.values()} <= set(EVENT_TYPES)


def test_unknown_label_says_where_to_map_it() -> None:
    with pytest.raises(ValueError, match=r"plover_labels\.yaml"):
        LABELS.event_type("ENGAGE")


def test_labels_file_rejects_a_mapping_outside_the_sixteen_types() -> None:
    with pytest.raises(ValueError, match="DEMAND"):
        parse_plover_labels({"event_types": {"DEMAND": "INSIST"}}, countries=frozenset())


def test_unreadable_labels_file_raises_config_error(tmp_path: Path) -> None:
    path = tmp_path / "labels.yaml"
    path.write_text("event_types: [unclosed\n")
    with pytest.raises(ConfigError, match=r"labels\.yaml"):
        load_plover_labels(path)


@pytest.mark.parametrize(
    ("code", "country"),
    [
        ("USA", "USA"),
        ("IRQGOV", "IRQ"),
        ("usamil", "USA"),
        ("JAP", "JPN"),
        ("ITL", "ITA"),
        ("IGO", None),
        ("IGOUNO", None),
        ("NGO", None),
        ("GOVMIL", None),
        ("QQQ", None),
        ("", None),
        (None, None),
    ],
)
def test_actor_codes_give_the_country_or_none(code: str | None, country: str | None) -> None:
    assert LABELS.actors.country_of(code) == country


def test_actor_codes_respect_the_callers_country_list() -> None:
    actors = ActorCodes(aliases={}, countries=frozenset({"KAZ"}))
    assert (actors.country_of("KAZGOV"), actors.country_of("UZB")) == ("KAZ", None)


def test_plover_sentence_maps_the_label_and_keeps_country_actors_only() -> None:
    record = {
        "id": "x-1",
        "date": "2000-01-01",
        "date_is_placeholder": True,
        "event": "DEMAND",
        "text": "The UN demanded that Japan and Italy release the sailors.",
        "source": [{"actorText": "UN", "code": "IGO"}],
        "target": [{"code": "JAP"}, {"code": "ITL", "sector": "GOV"}],
    }
    result = plover_sentence(record, LABELS)
    assert (result.label, result.event_type) == ("DEMAND", "REQUEST")
    assert result.countries == ("JPN", "ITA")
    assert result.date is None


def test_plover_sentence_tolerates_empty_or_missing_targets() -> None:
    record = {"id": "x", "event": "AGREE", "text": "t", "source": [{"code": "USA"}], "target": ""}
    assert plover_sentence(record, LABELS).countries == ("USA",)


def test_score_counts_type_actor_and_extra_types() -> None:
    records = [
        sentence("REQUEST", "USA", "IRQ", text="a"),
        sentence("ACCUSE", "FRA", text="b"),
        sentence("ASSAULT", text="c"),
        sentence("AGREE", "JOR", "GBR", text="d"),
    ]
    extract = fake_extract(
        {
            "a": [("REQUEST", ("IRQ", "USA", "KWT")), ("THREATEN", ("USA",))],  # type + actors
            "b": [("ACCUSE", ("DEU",)), ("REJECT", ("FRA",)), ("REJECT", ("DEU",))],  # type only
            "c": [("ASSAULT", ())],  # type, and no country to find
            "d": [("CONSULT", ("JOR", "GBR"))],  # nothing
        }
    )
    result = score_plover(records, extract)
    assert result.sentences == 4
    assert result.type_recall == pytest.approx(3 / 4)
    assert result.actor_recall == pytest.approx(2 / 4)
    assert result.extra_types_per_sentence == pytest.approx((1 + 1 + 0 + 1) / 4)
    assert result.missed == ("id-d",)


def test_actor_hit_needs_the_countries_on_an_event_of_the_gold_type() -> None:
    records = [sentence("REQUEST", "USA", "IRQ", text="a")]
    extract = fake_extract({"a": [("REQUEST", ("USA",)), ("THREATEN", ("USA", "IRQ"))]})
    assert score_plover(records, extract).actor_recall == 0.0


def test_extractor_receives_text_and_date() -> None:
    seen: list[tuple[str, date | None]] = []

    def extract(text: str, when: date | None) -> Sequence[tuple[str, Sequence[str]]]:
        seen.append((text, when))
        return []

    record = PloverSentence("i", "Hello.", date(2020, 5, 1), "AID", "AID", ())
    score_plover([record], extract)
    assert seen == [("Hello.", date(2020, 5, 1))]


def test_empty_gold_scores_zero_and_json_has_the_documented_keys() -> None:
    result = score_plover([], fake_extract({}))
    assert result.to_json() == {
        "sentences": 0,
        "type_recall": 0.0,
        "actor_recall": 0.0,
        "extra_types_per_sentence": 0.0,
    }


def test_read_plover_gold_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    good = {"id": "a", "event": "AGREE", "text": "t", "source": []}
    path.write_text(json.dumps(good) + "\n" + json.dumps(dict(good, event="YIELD")) + "\n")
    with pytest.raises(ValueError, match=r"gold\.jsonl:2: unknown PLOVER label 'YIELD'"):
        read_plover_gold(path, LABELS)


@pytest.mark.skipif(
    not SHARED_GOLD.exists(),
    reason="../shared PLOVER gold absent (only beside a developer checkout)",
)
def test_shared_plover_gold_maps_every_record_into_todays_types() -> None:
    records = read_plover_gold(SHARED_GOLD, LABELS)
    assert len(records) == 322
    assert {r.event_type for r in records} <= set(EVENT_TYPES)
    assert {r.label for r in records} >= {"DEMAND", "DISAPPROVE", "FIGHT", "INVESTIGATE"}
    assert all(len(code) == 3 for r in records for code in r.countries)
