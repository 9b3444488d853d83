from __future__ import annotations

from importlib import resources
from pathlib import Path

import pycountry
import pytest

from diplograph.errors import ConfigError
from diplograph.knowledge import (
    ALIAS_KINDS,
    COUNTRIES_FILE,
    ORGANIZATIONS_FILE,
    PLACES_FILE,
    Alias,
    Knowledge,
    load_knowledge,
    normalize_alias,
)


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    return load_knowledge()


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A copy of the packaged data files a test may break."""
    packaged = resources.files("diplograph.data")
    for name in (COUNTRIES_FILE, ORGANIZATIONS_FILE, PLACES_FILE):
        (tmp_path / name).write_text((packaged / name).read_text(encoding="utf-8"), "utf-8")
    return tmp_path


# --- normalising ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S.", "us"),
        ("the U.S.", "us"),
        ("The  Kremlin\u2019s", "kremlin"),
        ("Nur-Sultan", "nur sultan"),
        ("Philippines'", "philippines"),
        ("C\u00f4te d\u2019Ivoire", "c\u00f4te d'ivoire"),
        ("  UK ", "uk"),
    ],
)
def test_normalize_alias_ignores_dots_case_article_possessive_and_quotes(
    text: str, expected: str
) -> None:
    assert normalize_alias(text) == expected


# --- countries ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("alias", "code"),
    [
        ("UK", "GBR"),
        ("U.K.", "GBR"),
        ("Britain", "GBR"),
        ("British", "GBR"),
        ("Britons", "GBR"),
        ("Downing Street", "GBR"),
        ("FCDO", "GBR"),
        ("U.S.", "USA"),
        ("the United States", "USA"),
        ("Washington", "USA"),
        ("American", "USA"),
        ("the White House", "USA"),
        ("the Kremlin", "RUS"),
        ("Kremlin", "RUS"),
        ("Russian Federation", "RUS"),
        ("Akorda", "KAZ"),
        ("Kazakh", "KAZ"),
        ("Kazakhstani", "KAZ"),
        ("Kazakhstan\u2019s", "KAZ"),
        ("Astana", "KAZ"),
        ("Nur-Sultan", "KAZ"),
        ("Turkey", "TUR"),
        ("T\u00fcrkiye", "TUR"),
        ("Turkiye", "TUR"),
        ("South Korean", "KOR"),
        ("Korean", "KOR"),
        ("North Korean", "PRK"),
        ("PRC", "CHN"),
        ("Czechia", "CZE"),
        ("Georgia", "GEO"),
        ("Soviet", "SUN"),
        ("USSR", "SUN"),
        ("West Germany", "DEU"),
        ("East Germany", "DDR"),
        ("Yugoslav", "YUG"),
        ("Czechoslovakia", "CSK"),
    ],
)
def test_country_code_reads_names_demonyms_capitals_and_metonyms(
    knowledge: Knowledge, alias: str, code: str
) -> None:
    assert knowledge.country_code(alias) == code


@pytest.mark.parametrize(
    "word",
    ["Republic", "Union", "Kingdom", "Islands", "State", "Federation", "Emirates", "the", ""],
)
def test_generic_words_name_no_country_organisation_or_place(
    knowledge: Knowledge, word: str
) -> None:
    assert knowledge.country_code(word) is None
    assert knowledge.organization_code(word) is None
    assert knowledge.place(word) is None


def test_ambiguous_names_and_former_capitals_name_no_country(knowledge: Knowledge) -> None:
    assert knowledge.country_code("Congo") is None  # COG or COD
    assert knowledge.country_code("Almaty") is None  # no longer the seat of government
    assert knowledge.country_code("Alma-Ata") is None


@pytest.mark.parametrize("word", ["Victoria", "Salisbury", "Jersey", "Nice", "Number 10", "Pole"])
def test_names_that_are_common_words_or_other_places_are_not_aliases(
    knowledge: Knowledge, word: str
) -> None:
    assert knowledge.country_code(word) is None
    assert knowledge.place(word) is None


def test_every_iso_country_is_listed_with_a_name(knowledge: Knowledge) -> None:
    entries = knowledge.countries.entries
    missing = {str(c.alpha_3) for c in pycountry.countries} - set(entries)
    assert missing == set()
    assert all(country.name for country in entries.values())


def test_only_places_without_a_people_lack_demonyms(knowledge: Knowledge) -> None:
    without = {code for code, c in knowledge.countries.entries.items() if not c.demonyms}
    # Uninhabited, no settled demonym, or one that would be ambiguous (Dominican, Congolese,
    # Virgin Islander) and is left to the better-known country.
    uninhabited = {"ATA", "ATF", "BVT", "HMD", "IOT", "SGS", "SJM", "UMI"}
    unsettled = {"BES", "GGY", "JEY", "SCG"}
    ambiguous = {"COG", "DMA", "VGB", "VIR"}
    assert without == uninhabited | unsettled | ambiguous


def test_country_name_and_demonym_of(knowledge: Knowledge) -> None:
    assert knowledge.country_name("GBR") == "United Kingdom"
    assert knowledge.country_name("KAZ") == "Kazakhstan"
    assert knowledge.demonym_of("KAZ") == "Kazakh"
    assert knowledge.demonym_of("GBR") == "British"
    assert knowledge.demonym_of("ATA") is None
    with pytest.raises(KeyError, match="XXQ"):
        knowledge.country_name("XXQ")


def test_dissolved_states_carry_their_end(knowledge: Knowledge) -> None:
    assert knowledge.countries.entries["SUN"].dissolved == "1991-12-26"
    assert knowledge.countries.entries["KAZ"].dissolved is None


# --- organisations ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("alias", "code"),
    [
        ("World Bank", "WB"),
        ("SCO", "SCO"),
        ("Shanghai Cooperation Organisation", "SCO"),
        ("Organization of Turkic States", "OTS"),
        ("Turkic Council", "OTS"),
        ("the EU", "EU"),
        ("U.N.", "UN"),
        ("UN Security Council", "UNSC"),
        ("Eurasian Economic Union", "EAEU"),
        ("CSTO", "CSTO"),
        ("C5+1", "C5+1"),
        ("Arab League", "LAS"),
    ],
)
def test_organization_code(knowledge: Knowledge, alias: str, code: str) -> None:
    assert knowledge.organization_code(alias) == code


def test_host_cities_are_not_organisations(knowledge: Knowledge) -> None:
    assert knowledge.organization_code("Brussels") is None
    assert knowledge.country_code("Brussels") == "BEL"


def test_organisations_carry_kind_cameo_and_parent(knowledge: Knowledge) -> None:
    entries = knowledge.organizations.entries
    assert (entries["UN"].kind, entries["UN"].cameo) == ("igo", "UNO")
    assert entries["WB"].kind == "bank"
    assert entries["C5+1"].kind == "format"
    assert entries["UNSC"].part_of == "UN"


# --- places -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Nur-Sultan", "Astana"),
        ("Akmola", "Astana"),
        ("Tselinograd", "Astana"),
        ("astana", "Astana"),
        ("Alma-Ata", "Almaty"),
        ("Leningrad", "Saint Petersburg"),
        ("St. Petersburg", "Saint Petersburg"),
        ("Kiev", "Kyiv"),
        ("Frunze", "Bishkek"),
        ("Bombay", "Mumbai"),
        ("Peking", "Beijing"),
        ("Constantinople", "Istanbul"),
        ("Atlantis", None),
    ],
)
def test_canonical_place(knowledge: Knowledge, name: str, canonical: str | None) -> None:
    assert knowledge.canonical_place(name) == canonical


@pytest.mark.parametrize(
    ("inner", "outer", "within"),
    [
        ("Astana", "Kazakhstan", True),
        ("Nur-Sultan", "KAZ", True),
        ("Nur-Sultan", "Astana", True),
        ("Almaty", "Republic of Kazakhstan", True),
        ("Kazakhstan", "Kazakhstan", True),
        ("Crimea", "Ukraine", True),
        ("Paris", "Kazakhstan", False),
        ("Almaty", "Astana", False),
        ("Astana", "Kazakh", False),  # a demonym does not name the outer country
        ("Astana", "Atlantis", False),
        # a place the data files do not list is itself, however its hyphens are written
        ("Faya-Largeau", "Faya-Largeau", True),
        ("Faya Largeau", "faya-largeau", True),
        ("Faya-Largeau", "Abeche", False),
    ],
)
def test_place_within(knowledge: Knowledge, inner: str, outer: str, within: bool) -> None:
    assert knowledge.place_within(inner, outer) is within


def test_place_records_capital_and_name_history(knowledge: Knowledge) -> None:
    astana = knowledge.place("Nur-Sultan")
    assert astana is not None
    assert (astana.name, astana.country, astana.kind, astana.capital_of) == (
        "Astana",
        "KAZ",
        "city",
        "KAZ",
    )
    assert astana.name_on("2020-05-01") == "Nur-Sultan"
    assert astana.name_on("1995-06-01") == "Akmola"
    assert astana.name_on("2023-04-06") == "Astana"
    almaty = knowledge.place("Almaty")
    assert almaty is not None and almaty.capital_of is None
    assert almaty.former_capital_of[0].until == "1997-12-10"


def test_every_listed_capital_is_a_place_in_the_gazetteer(knowledge: Knowledge) -> None:
    for code, country in knowledge.countries.entries.items():
        if country.capitals and not country.dissolved:
            seat = knowledge.place(country.capitals[0])
            assert seat is not None and seat.capital_of == code, code


# --- aliases for an extractor ---------------------------------------------------------------------


def test_aliases_by_kind_keep_the_written_form(knowledge: Knowledge) -> None:
    every = knowledge.aliases_by_kind()
    assert Alias("the Kremlin", "metonym", "RUS") in every
    assert Alias("U.S.", "country", "USA") in every
    assert Alias("Nur-Sultan", "place", "Astana") in every
    assert Alias("Turkic Council", "organization", "OTS") in every
    assert {alias.kind for alias in every} == set(ALIAS_KINDS)
    demonyms = knowledge.aliases_by_kind("demonym")
    assert demonyms and {alias.kind for alias in demonyms} == {"demonym"}
    with pytest.raises(ValueError, match="unknown alias kinds"):
        knowledge.aliases_by_kind("person")


# --- loading ------------------------------------------------------------------------------------


def test_loading_twice_gives_equal_knowledge(knowledge: Knowledge, data_copy: Path) -> None:
    assert load_knowledge() == knowledge
    assert load_knowledge(data_copy) == knowledge


@pytest.mark.parametrize(
    ("file", "addition", "names"),
    [
        (COUNTRIES_FILE, "kazakhstan: {name: Kazakhstan}\n", "entry 'kazakhstan'"),
        (COUNTRIES_FILE, "ZZZ: {name: Testland, names: [Britain]}\n", "'Britain'"),
        (COUNTRIES_FILE, "ZZZ: {name: Testland, demonyms: Testish}\n", "entry 'ZZZ'"),
        (COUNTRIES_FILE, "ZZZ: {name: Testland, capitols: [Testville]}\n", "capitols"),
        (COUNTRIES_FILE, "ZZZ: {name: Testland, descriptions: kingdom}\n", "entry 'ZZZ'"),
        (ORGANIZATIONS_FILE, "XYZ: {name: Test Org, kind: club}\n", "entry 'XYZ'"),
        (ORGANIZATIONS_FILE, "XYZ: {name: Test Org, kind: igo, part_of: NOPE}\n", "'NOPE'"),
        (PLACES_FILE, "- {name: Nowhere, country: XXX, kind: city}\n", "('Nowhere')"),
        (PLACES_FILE, "- {name: Nowhere, country: KAZ, kind: town}\n", "('Nowhere')"),
        (
            PLACES_FILE,
            "- {name: Nowhere, country: KAZ, kind: city, historical: [{name: Old, to: soon}]}\n",
            "('Nowhere')",
        ),
        (
            PLACES_FILE,
            "- {name: Nowhere, country: KAZ, kind: city, aliases: [Nur-Sultan]}\n",
            "Astana",
        ),
    ],
)
def test_a_bad_entry_raises_config_error_naming_file_and_entry(
    data_copy: Path, file: str, addition: str, names: str
) -> None:
    path = data_copy / file
    path.write_text(path.read_text(encoding="utf-8") + addition, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_knowledge(data_copy)
    assert str(path) in str(caught.value)
    assert names in str(caught.value)


def test_unreadable_yaml_raises_config_error_naming_the_file(data_copy: Path) -> None:
    path = data_copy / ORGANIZATIONS_FILE
    path.write_text("UN: {name: [unclosed\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="cannot read"):
        load_knowledge(data_copy)


def test_a_missing_file_raises_config_error(data_copy: Path) -> None:
    (data_copy / PLACES_FILE).unlink()
    with pytest.raises(ConfigError, match=PLACES_FILE):
        load_knowledge(data_copy)


def test_descriptions_name_the_states_a_common_noun_can_stand_for(knowledge: Knowledge) -> None:
    """countries.yaml ``descriptions``: "the kingdom" can be Saudi Arabia or Morocco, "the
    island" Cyprus, "the gulf state" Qatar; a noun no entry lists names none."""
    described = knowledge.described_states
    assert {"SAU", "MAR", "JOR"} <= described["kingdom"]
    assert "CYP" in described["island"] and "QAT" in described["gulf state"]
    assert "FRA" not in described["kingdom"] and "republic" not in described


def test_capital_on_a_day_is_the_capital_then(knowledge: Knowledge) -> None:
    # places.yaml capital_of and former_capital_of: West Germany's capital in 1987 was Bonn
    from datetime import date

    bonn, berlin = knowledge.capital_on("DEU", date(1987, 3, 3)), knowledge.capital_on("DEU", None)
    assert bonn is not None and bonn.name == "Bonn"
    assert berlin is not None and berlin.name == "Berlin"
    astana = knowledge.capital_on("KAZ", date(2020, 5, 1))
    assert astana is not None and astana.name_on(date(2020, 5, 1)) == "Nur-Sultan"
    assert knowledge.capital_on("XXX", None) is None


def test_a_metonym_saying_where_is_the_capital(knowledge: Knowledge) -> None:
    """ "received at the Akorda": the seat of government stands in the capital."""
    assert knowledge.seat_named("KAZ", "the Akorda") == "Astana"
    assert knowledge.seat_named("KAZ", "Kazakhstan") is None
