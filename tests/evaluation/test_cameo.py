from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest

from diplograph.evaluation.cameo import (
    CameoMapping,
    cameo_record,
    cameo_to_plover,
    load_cameo_map,
    parse_cameo_map,
    read_cameo_records,
    score_cameo,
)
from diplograph.evaluation.plover import ActorCodes, load_plover_labels
from diplograph.models import EVENT_TYPES

from ..conftest import SHARED

FIXTURE = Path(__file__).parent / "fixtures" / "cameo_sample.jsonl"
SHARED_TABLE = SHARED / "corpus" / "plover" / "CAMEO2PLOVER-2021.txt"
ACTORS = load_plover_labels().actors

# A small table in the shape of CAMEO2PLOVER-2021.txt: header comments, root lines with the type
# only, empty mode and context fields, contexts joined by ';', a separator line, a repeated code.
TABLE = """\
# CAMEO to PLOVER conversion table (test excerpt)

03: AGREE
036: AGREE,  , diplomatic # Express intent to meet or negotiate
04: CONSULT
040: CONSULT, ,  # Consult
042: CONSULT, visit,   # Make a visit
05: SUPPORT
051: SUPPORT,  , diplomatic # Praise or endorse
057: SUPPORT,  , diplomatic # Sign formal agreement
07: AID
071: AID,   ,   economic # Provide economic aid
11: ACCUSE
111: ACCUSE, disapprove,    # Criticize or denounce
1123: ACCUSE, allege, military; legal # Accuse of aggression
1123: REJECT, , # a repeated code: the first line wins
~~~~~
"""


@pytest.fixture
def table() -> dict[str, CameoMapping]:
    return parse_cameo_map(TABLE)


def test_table_rows_give_type_mode_and_contexts(table: dict[str, CameoMapping]) -> None:
    assert table["042"] == CameoMapping("CONSULT", "visit", ())
    assert table["040"] == CameoMapping("CONSULT", None, ())
    assert table["036"] == CameoMapping("AGREE", None, ("diplomatic",))
    assert table["1123"] == CameoMapping("ACCUSE", "allege", ("military", "legal"))


def test_root_lines_carry_the_type_only(table: dict[str, CameoMapping]) -> None:
    assert table["07"] == CameoMapping("AID")


@pytest.mark.parametrize(
    ("code", "plover"),
    [
        ("042", "CONSULT"),
        ("0711", "AID"),
        ("0456", "CONSULT"),
        ("0399", "AGREE"),
        ("1123", "ACCUSE"),
    ],
)
def test_unlisted_codes_take_the_longest_listed_prefix(
    table: dict[str, CameoMapping], code: str, plover: str
) -> None:
    mapping = cameo_to_plover(code, table)
    assert mapping is not None and mapping.type == plover


@pytest.mark.parametrize("code", ["010", "2", "", "04a"])
def test_codes_without_a_listed_prefix_map_to_none(
    table: dict[str, CameoMapping], code: str
) -> None:
    assert cameo_to_plover(code, table) is None


def test_table_line_with_an_unknown_type_names_its_line() -> None:
    with pytest.raises(ValueError, match=r"t\.txt:3: 'DISCUSS' is not a PLOVER type"):
        parse_cameo_map("# header\n\n040: DISCUSS, , \n", origin="t.txt")


def test_table_line_that_is_not_a_row_names_its_line() -> None:
    with pytest.raises(ValueError, match=r"<text>:2: expected 'code: TYPE, mode, context'"):
        parse_cameo_map("04: CONSULT\nCONSULT 040\n")


def test_load_cameo_map_reads_a_file(tmp_path: Path) -> None:
    path = tmp_path / "table.txt"
    path.write_text(TABLE)
    assert load_cameo_map(path) == parse_cameo_map(TABLE)


def test_cameo_record_rejects_an_integer_event_code() -> None:
    with pytest.raises(ValueError, match="'040'"):
        cameo_record({"id": "a", "text": "t", "events": [{"eventcode": 40}]})


def test_read_cameo_records_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "coded.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "t", "events": []}) + "\n[1]\n")
    with pytest.raises(ValueError, match=r"coded\.jsonl:2: expected a JSON object"):
        read_cameo_records(path)


def test_fixture_records_are_read_with_dates_and_events() -> None:
    records = read_cameo_records(FIXTURE)
    assert len(records) == 7
    assert records[0].date == date(2024, 3, 4)
    assert records[3].date is None
    assert [e.eventcode for e in records[5].events] == ["051", "0711"]
    assert records[6].events[0].targetcode is None


FOUND: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    "cameo-sample-1": [("CONSULT", ("KAZ", "UZB"))],  # full hit
    "cameo-sample-2": [("SUPPORT", ("KGZ",))],  # type only: Tajikistan is missing
    "cameo-sample-3": [],  # nothing
    "cameo-sample-4": [("ACCUSE", ("TKM",))],  # full hit: the UN is no country
    "cameo-sample-5": [("ACCUSE", ("ARM", "AZE")), ("ASSAULT", ("ARM",))],  # full hit
    "cameo-sample-6": [("SUPPORT", ("GEO",)), ("AID", ("DEU", "GEO"))],  # two full hits
}


def test_score_cameo_on_the_fixture(table: dict[str, CameoMapping]) -> None:
    records = read_cameo_records(FIXTURE)
    by_text = {record.text: FOUND.get(record.id, []) for record in records}

    def extract(text: str, when: date | None) -> Sequence[tuple[str, Sequence[str]]]:
        return by_text[text]

    result = score_cameo(records, extract, table, actors=ACTORS)
    assert (result.events, result.unmapped) == (7, 1)  # 010 has no PLOVER type
    assert result.recall == pytest.approx(5 / 7)
    assert result.type_recall == pytest.approx(6 / 7)
    assert result.missed == ("cameo-sample-2:057", "cameo-sample-3:036")
    assert result.to_json() == {"events": 7, "recall": 0.7143, "type_recall": 0.8571}


def test_score_cameo_uses_the_callers_country_list(table: dict[str, CameoMapping]) -> None:
    record = cameo_record(
        {
            "id": "a",
            "text": "t",
            "events": [{"eventcode": "040", "sourcecode": "KAZGOV", "targetcode": "XXXGOV"}],
        }
    )

    def extract(text: str, when: date | None) -> Sequence[tuple[str, Sequence[str]]]:
        return [("CONSULT", ("KAZ",))]

    actors = ActorCodes(aliases={}, countries=frozenset({"KAZ"}))
    assert score_cameo([record], extract, table, actors=actors).recall == 1.0


def test_score_cameo_with_no_events_is_zero(table: dict[str, CameoMapping]) -> None:
    def extract(text: str, when: date | None) -> Sequence[tuple[str, Sequence[str]]]:
        return []

    assert score_cameo([], extract, table, actors=ACTORS).to_json() == {
        "events": 0,
        "recall": 0.0,
        "type_recall": 0.0,
    }


@pytest.mark.skipif(
    not SHARED_TABLE.exists(),
    reason="../shared CAMEO2PLOVER table absent (only beside a developer checkout)",
)
def test_shared_2021_table_parses_with_its_known_quirks() -> None:
    table = load_cameo_map(SHARED_TABLE)
    assert {mapping.type for mapping in table.values()} <= set(EVENT_TYPES)
    assert table["057"].type == "SUPPORT"  # a signed agreement is SUPPORT in PLOVER
    assert table["163"].type == "COERCE"  # listed under root 16 (SANCTION)
    assert table["1712"].type == "ASSAULT"  # listed under root 17 (COERCE)
    assert table["08"].type == "CONCEDE"  # root 08 appears twice; the first line wins
    assert table["0861"] == CameoMapping("RETREAT", "access", ("peacekeeping",))
    assert table["1121"].context == ("crime", "corruption")
    assert cameo_to_plover("195", table) == CameoMapping("ASSAULT", "heavy-weapons", ("military",))
    assert cameo_to_plover("010", table) is None  # PLOVER does not code public statements


MADE_UP = [
    Path(__file__).parent / "fixtures" / "cameo_madeup_dev.jsonl",
    Path(__file__).parent / "fixtures" / "cameo_madeup_heldout.jsonl",
    Path(__file__).parent / "fixtures" / "cameo_madeup_wire.jsonl",
]


@pytest.mark.parametrize("path", MADE_UP, ids=lambda p: p.name)
def test_made_up_sentence_sets_are_marked_and_cover_every_cameo_root(path: Path) -> None:
    """The development sets of made-up wire sentences say so on every record, and the first
    covers each CAMEO root 01-20 several times."""
    records = read_cameo_records(path)
    notes = [json.loads(line).get("note", "") for line in path.read_text().splitlines()]
    assert all(note.startswith("made up for diplograph development") for note in notes)
    roots = [event.eventcode[:2] for record in records for event in record.events]
    if path.name == "cameo_madeup_dev.jsonl":
        assert len(records) >= 150
        assert {f"{n:02d}" for n in range(1, 21)} <= set(roots)
        assert min(roots.count(f"{n:02d}") for n in range(1, 21)) >= 3
