from __future__ import annotations

import csv
from datetime import date, timedelta
from importlib import resources
from pathlib import Path

import pytest

from diplograph.errors import ConfigError
from diplograph.offices import (
    CSV_COLUMNS,
    OfficeHolders,
    OfficeTerm,
    Roles,
    load_office_holders,
    load_roles,
    normalize_text,
    read_office_holders_csv,
)

HEADER = ",".join(CSV_COLUMNS)


@pytest.fixture(scope="module")
def roles() -> Roles:
    return load_roles()


@pytest.fixture(scope="module")
def holders(roles: Roles) -> OfficeHolders:
    return load_office_holders(roles=roles)


def write_table(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "offices.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def term(person: str, start: str, end: str | None, source: str = "test") -> OfficeTerm:
    return OfficeTerm(
        "KAZ",
        "head_of_state",
        person,
        date.fromisoformat(start),
        date.fromisoformat(end) if end else None,
        source,
    )


# --- holders of office ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "role", "on", "person"),
    [
        ("KAZ", "head_of_state", "2019-06-01", "Kassym-Jomart Tokayev"),
        ("KAZ", "head_of_state", "2018-05-15", "Nursultan Nazarbayev"),
        ("FRA", "head_of_state", "2023-04-06", "Emmanuel Macron"),
        ("USA", "foreign_minister", "2023-02-28", "Antony Blinken"),
        ("GBR", "foreign_minister", "2023-03-18", "James Cleverly"),
        ("KAZ", "head_of_government", "2023-03-18", "Alikhan Smailov"),
        ("GBR", "head_of_state", "2022-09-07", "Elizabeth II"),
        ("GBR", "head_of_state", "2023-01-01", "Charles III"),
        ("KAZ", "foreign_minister", "2023-07-05", "Murat Nurtleu"),
        ("RUS", "head_of_state", "2022-08-19", "Vladimir Putin"),
        ("SUN", "foreign_minister", "1984-06-01", "Andrei Gromyko"),
        ("UN", "secretary_general", "2020-01-01", "António Guterres"),
        ("EU", "foreign_minister", "2022-03-01", "Josep Borrell"),
    ],
)
def test_holder_finds_the_person_in_office_on_the_date(
    holders: OfficeHolders, country: str, role: str, on: str, person: str
) -> None:
    found = holders.holder(country, role, date.fromisoformat(on))
    assert found is not None
    assert found.person == person


def test_holder_on_a_handover_day_is_the_incoming_holder(holders: OfficeHolders) -> None:
    found = holders.holder("KAZ", "head_of_state", date(2019, 3, 20))
    assert found is not None
    assert found.person == "Kassym-Jomart Tokayev"


def test_holder_is_none_before_the_office_existed(holders: OfficeHolders) -> None:
    assert holders.holder("KAZ", "head_of_state", date(1970, 1, 1)) is None
    assert holders.holder("KAZ", "no_such_role", date(2020, 1, 1)) is None


def test_holder_accepts_a_lowercase_country(holders: OfficeHolders) -> None:
    found = holders.holder("usa", "head_of_state", date(2023, 2, 28))
    assert found is not None
    assert found.person == "Joe Biden"


def test_terms_carry_the_file_and_line_they_come_from(holders: OfficeHolders) -> None:
    found = holders.holder("KAZ", "head_of_state", date(2019, 6, 1))
    assert found is not None
    assert found.source.startswith("office_holders.csv:")


# --- the packaged table is consistent ---------------------------------------------------------


def test_packaged_terms_start_before_they_end(holders: OfficeHolders) -> None:
    assert len(holders) > 600
    backwards = [t for t in holders if t.end is not None and t.end < t.start]
    assert backwards == []


def test_packaged_terms_of_one_office_overlap_at_most_a_handover_day(
    holders: OfficeHolders,
) -> None:
    assert holders.overlaps(timedelta(days=1)) == []


def test_packaged_table_has_at_most_one_open_term_per_office(holders: OfficeHolders) -> None:
    open_terms: dict[tuple[str, str], int] = {}
    for item in holders:
        if item.end is None:
            open_terms[(item.country, item.role)] = open_terms.get((item.country, item.role), 0) + 1
    assert {office: n for office, n in open_terms.items() if n > 1} == {}


def test_packaged_table_has_the_documented_header() -> None:
    resource = resources.files("diplograph.data").joinpath("office_holders.csv")
    with resource.open(encoding="utf-8", newline="") as handle:
        assert next(csv.reader(handle)) == list(CSV_COLUMNS)


def test_overlaps_reports_terms_that_share_more_than_a_day() -> None:
    table = OfficeHolders([term("A", "2000-01-01", "2005-01-10"), term("B", "2005-01-01", None)])
    assert [(a.person, b.person) for a, b in table.overlaps()] == [("A", "B")]


# --- people -----------------------------------------------------------------------------------


def test_terms_of_lists_every_office_of_a_person_oldest_first(holders: OfficeHolders) -> None:
    found = holders.terms_of("Kassym-Jomart Tokayev")
    assert [(t.role, t.start.year) for t in found][:3] == [
        ("foreign_minister", 1994),
        ("head_of_government", 1999),
        ("foreign_minister", 2002),
    ]
    assert found[-1].role == "head_of_state"


def test_terms_of_ignores_case_accents_and_hyphens(holders: OfficeHolders) -> None:
    assert holders.terms_of("KASSYM JOMART TOKAYEV") == holders.terms_of("Kassym-Jomart Tokayev")
    assert holders.terms_of("Antonio Guterres") == holders.terms_of("António Guterres")
    assert holders.terms_of("Antonio Guterres") != []


def test_terms_of_matches_other_spellings_of_a_name(holders: OfficeHolders) -> None:
    misspelt = holders.terms_of("Kasym-Zomart Tokayev")
    assert misspelt == holders.terms_of("Kassym-Jomart Tokayev")
    assert holders.terms_of("Ebrahim Raeisi")[0].person == "Ebrahim Raisi"


def test_terms_of_does_not_match_a_different_surname(holders: OfficeHolders) -> None:
    assert holders.terms_of("Kassym-Jomart Nokayev") == []
    assert holders.terms_of("") == []


def test_terms_of_a_surname_alone_finds_every_holder_with_it(holders: OfficeHolders) -> None:
    people = {t.person for t in holders.terms_of("Blinken")}
    assert people == {"Antony Blinken"}


# --- merging user tables ----------------------------------------------------------------------


def test_merge_lets_the_other_table_override_overlapping_terms() -> None:
    ours = OfficeHolders([term("Old", "2000-01-01", None, "ours")])
    theirs = OfficeHolders([term("New", "2010-01-01", "2012-01-01", "theirs")])
    merged = ours.merge(theirs)
    assert [(t.person, t.start.year, t.end.year if t.end else None) for t in merged] == [
        ("Old", 2000, 2010),
        ("New", 2010, 2012),
        ("Old", 2012, None),
    ]
    found = merged.holder("KAZ", "head_of_state", date(2011, 6, 1))
    assert found is not None
    assert found.source == "theirs"


def test_merge_keeps_terms_that_only_touch_on_a_handover_day() -> None:
    ours = OfficeHolders([term("A", "2000-01-01", "2005-01-01")])
    merged = ours.merge(OfficeHolders([term("B", "2005-01-01", None)]))
    assert [t.person for t in merged] == ["A", "B"]


def test_merge_drops_a_term_the_other_table_covers_entirely() -> None:
    ours = OfficeHolders([term("A", "2003-01-01", "2004-01-01")])
    merged = ours.merge(OfficeHolders([term("B", "2000-01-01", None)]))
    assert [t.person for t in merged] == ["B"]


# --- reading user tables ----------------------------------------------------------------------


def test_read_office_holders_csv_reads_valid_rows(tmp_path: Path, roles: Roles) -> None:
    path = write_table(
        tmp_path,
        "KAZ,deputy_foreign_minister,Roman Vassilenko,2019-01-01,",
        "",
        "fra,ambassador,Didier Canesse,2019-09-01,2023-08-31",
    )
    terms = read_office_holders_csv(path, roles)
    assert [(t.country, t.role, t.end) for t in terms] == [
        ("KAZ", "deputy_foreign_minister", None),
        ("FRA", "ambassador", date(2023, 8, 31)),
    ]
    assert terms[1].source == "offices.csv:4"


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("KAZ,head_of_state,Someone,2019-13-01,", "bad start date"),
        ("KAZ,head_of_state,Someone,1 May 2019,", "bad start date"),
        ("KAZ,head_of_state,Someone,2019-05-01,2019-04-30", "before start"),
        ("KAZ,grand_vizier,Someone,2019-05-01,", "unknown role 'grand_vizier'"),
        ("KAZ,head_of_state,,2019-05-01,", "missing value for 'person'"),
        ("KAZ,head_of_state,Someone", "missing column(s) start, end"),
        ("Kazakhstan,head_of_state,Someone,2019-05-01,", "bad country code"),
    ],
)
def test_a_bad_row_raises_config_error_naming_file_and_line(
    tmp_path: Path, roles: Roles, row: str, reason: str
) -> None:
    path = write_table(tmp_path, "KAZ,head_of_state,Fine,2000-01-01,2001-01-01", row)
    with pytest.raises(ConfigError) as raised:
        read_office_holders_csv(path, roles)
    message = str(raised.value)
    assert f"{path}:3:" in message
    assert reason in message


def test_a_table_without_the_end_column_is_rejected(tmp_path: Path, roles: Roles) -> None:
    path = tmp_path / "short.csv"
    path.write_text("country,role,person,start\nKAZ,head_of_state,X,2000-01-01\n", "utf-8")
    with pytest.raises(ConfigError, match=r"short\.csv:1: missing column\(s\) end"):
        read_office_holders_csv(path, roles)


def test_a_missing_file_raises_config_error(tmp_path: Path, roles: Roles) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        read_office_holders_csv(tmp_path / "absent.csv", roles)


def test_load_office_holders_reads_a_user_table(tmp_path: Path, roles: Roles) -> None:
    path = write_table(tmp_path, "KAZ,deputy_foreign_minister,Roman Vassilenko,2019-01-01,")
    table = load_office_holders(path, roles)
    found = table.holder("KAZ", "deputy_foreign_minister", date(2023, 9, 26))
    assert found is not None
    assert found.person == "Roman Vassilenko"


# --- titles -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "role"),
    [
        (
            "UK Secretary of State for Foreign, Commonwealth and Development Affairs",
            None,
            "foreign_minister",
        ),
        ("Deputy Minister of Foreign Affairs", None, "deputy_foreign_minister"),
        ("Parliamentary Under Secretary of State", None, "junior_foreign_minister"),
        ("Parliamentary Under-Secretary of State", "GBR", "junior_foreign_minister"),
        ("Secretary of State", "USA", "foreign_minister"),
        ("U.S. Secretary of State", None, "foreign_minister"),
        (
            "state secretary for Europe and foreign affairs",
            None,
            "secretary_of_state_foreign_affairs",
        ),
        ("Special Representative of the President of France", None, "special_representative"),
        ("Deputy Prime Minister and Minister of Foreign Affairs", "KAZ", "foreign_minister"),
        ("Chargé d’Affaires", None, "ambassador"),
        ("Head of State", "KAZ", "head_of_state"),
        ("Kazakh PM", "KAZ", "head_of_government"),
        ("Chancellor", "DEU", "head_of_government"),
        ("Vice-President", None, "vice_president"),
        ("Chairman of the State Great Khural", "MNG", "speaker_of_parliament"),
        ("Minister of Energy", None, "energy_minister"),
        ("Minister of Culture", None, "minister"),
    ],
)
def test_match_title_finds_the_role(
    roles: Roles, text: str, country: str | None, role: str
) -> None:
    found = roles.match_title(text, country=country)
    assert found is not None
    assert found.role == role


def test_match_title_respects_country_restrictions(roles: Roles) -> None:
    gbr = roles.match_title("Secretary of State", country="GBR")
    assert gbr is not None
    assert gbr.role == "minister"
    assert roles.match_title("Chancellor", country="KAZ") is None


def test_match_title_needs_whole_words_and_case_where_asked(roles: Roles) -> None:
    assert roles.match_title("the Kingdom of the Netherlands") is None
    assert roles.match_title("at 4 pm local time") is None
    assert roles.match_title("no title here") is None


def test_match_title_reports_sector_and_rank(roles: Roles) -> None:
    head = roles.match_title("President")
    minister = roles.match_title("Foreign Minister")
    assert head is not None and minister is not None
    assert (head.sector, head.rank) == ("GOV", 1)
    assert minister.foreign_affairs is True
    assert head.rank < minister.rank


def test_titles_lists_titles_longest_first(roles: Roles) -> None:
    titles = roles.titles()
    assert "minister of foreign affairs" in titles
    lengths = [len(normalize_text(title)) for title in titles]
    assert lengths == sorted(lengths, reverse=True)


def test_references_map_generic_words_to_roles(roles: Roles) -> None:
    leader = roles.reference("Leader")
    counterpart = roles.reference("counterpart")
    guest = roles.reference("guest")
    assert leader is not None and counterpart is not None and guest is not None
    assert leader.roles == ("head_of_state", "head_of_government")
    assert counterpart.same_as_other is True
    assert guest.roles == ()


def test_normalize_text_folds_punctuation_and_accents() -> None:
    assert normalize_text("U.S. Under-Secretary, Chargé") == "us under secretary charge"


def test_load_roles_rejects_a_reference_to_an_unknown_role(tmp_path: Path) -> None:
    path = tmp_path / "roles.yaml"
    path.write_text(
        "roles:\n  - {role: king, sector: GOV, foreign_affairs: true, rank: 1, titles: [king]}\n"
        "references:\n  leader: [emperor]\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match="unknown roles"):
        load_roles(path)


def test_terms_of_matches_a_name_without_the_middle_initials_the_table_gives() -> None:
    # news often writes "George Bush" for the table's "George H. W. Bush" (which of two such
    # holders is meant is the date's to say); another first name is another person
    table = OfficeHolders(
        [
            OfficeTerm("USA", "vice_president", "George H. W. Bush", date(1981, 1, 20),
                       date(1989, 1, 20), "test"),
            OfficeTerm("USA", "head_of_state", "George W. Bush", date(2001, 1, 20),
                       date(2009, 1, 20), "test"),
        ]
    )  # fmt: skip
    assert {t.person for t in table.terms_of("George Bush")} == {
        "George H. W. Bush",
        "George W. Bush",
    }
    assert table.terms_of("Laura Bush") == []
    assert table.terms_of("George Bushnell") == []
