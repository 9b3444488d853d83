"""Lone coded sentences (PLOVER and CAMEO gold): the verb classes of wire English, how a word
with several readings is coded, and who takes part when no article says it.

Every sentence here is made up for these tests; none is copied from a corpus.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from diplograph.errors import ConfigError
from diplograph.extract.lexicon import load_triggers
from diplograph.extract.pipeline import Extractor
from diplograph.models import Article

pytestmark = pytest.mark.slow

Coded = list[tuple[str, tuple[str, ...]]]


def _coded(extractor: Extractor, text: str) -> Coded:
    return extractor.extract_sentence(text, date(2016, 5, 4))


def _has(found: Coded, kind: str, countries: set[str]) -> bool:
    """Some event of the type names every one of the countries."""
    return any(k == kind and countries <= set(codes) for k, codes in found)


# (sentence, PLOVER type, countries every reading must name): one or more per verb class
VERB_CLASSES = [
    # CONSULT: talks about something with somebody, and mediation
    (
        "Egypt's foreign minister discussed the border crisis with his Sudanese counterpart.",
        "CONSULT",
        {"EGY", "SDN"},
    ),
    (
        "Swiss envoys mediated between the Colombian government and Venezuela.",
        "CONSULT",
        {"CHE", "COL", "VEN"},
    ),
    # AGREE: striking a deal, offering
    ("Ghana and Togo reached an agreement on their maritime boundary.", "AGREE", {"GHA", "TGO"}),
    ("Algeria struck a gas deal with Italy.", "AGREE", {"DZA", "ITA"}),
    ("Oman offered to host talks between Yemen's warring parties.", "AGREE", {"OMN"}),
    # SUPPORT: approval, apology, backing a party
    (
        "The Polish president lauded Lithuania for its stand on energy security.",
        "SUPPORT",
        {"POL", "LTU"},
    ),
    ("Belgium apologised to Congo for the killing of its independence leader.", "SUPPORT", {"BEL"}),
    ("Senegal sided with Morocco in the dispute over Western Sahara.", "SUPPORT", {"SEN", "MAR"}),
    ("Oman and Iraq restored diplomatic relations.", "SUPPORT", {"OMN", "IRQ"}),
    # COOPERATE: joint action, handing over suspects
    ("French and Malian soldiers conducted joint patrols near Gao.", "COOPERATE", {"FRA", "MLI"}),
    ("Jordan and Iraq teamed up to secure their shared border.", "COOPERATE", {"JOR", "IRQ"}),
    ("Colombia handed over two suspected traffickers to Spain.", "COOPERATE", {"COL", "ESP"}),
    # AID: lending, contributing, sheltering, helping
    ("Japan lent Vietnam 800 million dollars for a new metro line.", "AID", {"JPN", "VNM"}),
    ("Lebanon is sheltering a million Syrian refugees.", "AID", {"LBN", "SYR"}),
    ("Ireland contributed 10 million euros to famine relief in Somalia.", "AID", {"IRL"}),
    ("Argentina granted asylum to a Bolivian opposition senator.", "AID", {"ARG", "BOL"}),
    # REQUEST: pleading verbs; a bare "asked for" without an infinitive
    (
        "The Haitian president implored Canada to send more police trainers.",
        "REQUEST",
        {"HTI", "CAN"},
    ),
    ("Malawi asked donors for emergency maize after the drought.", "REQUEST", {"MWI"}),
    # ACCUSE: sharp criticism, convictions, verdicts, formal protests
    ("Ankara slammed Athens over its treatment of the Muslim minority.", "ACCUSE", {"TUR", "GRC"}),
    (
        "The Dutch foreign minister rebuked Turkey for arresting journalists.",
        "ACCUSE",
        {"NLD", "TUR"},
    ),
    ("A Rwandan court convicted a former army officer of genocide.", "ACCUSE", {"RWA"}),
    ("A Guatemalan court found two former generals guilty of massacres.", "ACCUSE", {"GTM"}),
    ("Ecuador filed a lawsuit against Chevron in a Canadian court.", "ACCUSE", {"ECU"}),
    ("Chile lodged a formal protest with Bolivia over the border post.", "ACCUSE", {"CHL", "BOL"}),
    # REJECT: turning down, defying
    ("Nepal turned down an Indian offer of border talks.", "REJECT", {"NPL", "IND"}),
    ("Belarus defied a European court ruling on political prisoners.", "REJECT", {"BLR"}),
    # THREATEN: a hostile act promised, a vow to fight
    ("Moscow threatened to halt gas deliveries to Moldova.", "THREATEN", {"RUS", "MDA"}),
    ("Somali militants vowed to attack Kenyan bases.", "THREATEN", {"KEN"}),
    # PROTEST: blocking roads, strikes, boycotts, walkouts
    ("Farmers blocked highways across Argentina to protest export taxes.", "PROTEST", {"ARG"}),
    ("Teachers in Chile went on strike over pay.", "PROTEST", {"CHL"}),
    ("The Zimbabwean opposition boycotted the presidential election.", "PROTEST", {"ZWE"}),
    ("Serbian deputies walked out of the Kosovo assembly session.", "PROTEST", {"SRB"}),
    # SANCTION: relations broken, envoys expelled, embassies closed, aid halted
    ("Bolivia broke off diplomatic relations with Israel.", "SANCTION", {"BOL", "ISR"}),
    ("Estonia expelled two Russian diplomats.", "SANCTION", {"EST", "RUS"}),
    ("Canada closed its embassy in Tehran.", "SANCTION", {"CAN", "IRN"}),
    ("Britain recalled its ambassador to Belarus.", "SANCTION", {"GBR", "BLR"}),
    ("The United States halted military aid to Uganda.", "SANCTION", {"USA", "UGA"}),
    # MOBILIZE: sending forces, calling up reserves, alerts
    ("Nigeria sent troops to its border with Cameroon.", "MOBILIZE", {"NGA", "CMR"}),
    ("Armenia called up reservists after the border clashes.", "MOBILIZE", {"ARM"}),
    ("Greece put its navy on alert near the Turkish coast.", "MOBILIZE", {"GRC", "TUR"}),
    # COERCE: banning groups, round-ups, crackdowns, sieges, expelling people
    ("Tajikistan banned an opposition party.", "COERCE", {"TJK"}),
    ("Police in Uganda rounded up dozens of opposition supporters.", "COERCE", {"UGA"}),
    ("Iraqi forces besieged the town of Tal Afar.", "COERCE", {"IRQ"}),
    ("Mali declared a state of emergency after the hotel attack.", "COERCE", {"MLI"}),
    ("Yemeni rebels held two Saudi soldiers hostage.", "COERCE", {"YEM", "SAU"}),
    ("Ethiopia expelled three Kenyan aid workers.", "COERCE", {"ETH", "KEN"}),
    # ASSAULT: armed force named by its object, fighting, massacres
    ("Yemeni jets struck rebel positions near Aden.", "ASSAULT", {"YEM"}),
    ("Thai and Cambodian troops exchanged fire near the temple.", "ASSAULT", {"THA", "KHM"}),
    ("Sri Lankan troops opened fire on Tamil protesters.", "ASSAULT", {"LKA"}),
    ("Congolese rebels violated the ceasefire in North Kivu.", "ASSAULT", {"COD"}),
    ("Sudanese soldiers fought rebels in South Kordofan.", "ASSAULT", {"SDN"}),
    ("Burmese troops drove thousands of villagers out of Rakhine.", "ASSAULT", {"MMR"}),
    # CONCEDE: giving in to demands
    ("The Peruvian government bowed to the miners' demands.", "CONCEDE", {"PER"}),
    # RETREAT: releases, hand-backs, easing economic measures, access, pulling out
    ("Iran freed three detained Australian sailors.", "RETREAT", {"IRN", "AUS"}),
    ("Somali pirates released the crew of a Danish tanker.", "RETREAT", {"DNK"}),
    ("Egypt announced the release of two jailed Canadian journalists.", "RETREAT", {"EGY", "CAN"}),
    ("Malaysia returned the seized Indonesian trawlers.", "RETREAT", {"MYS", "IDN"}),
    ("Washington lifted its embargo on Vietnam.", "RETREAT", {"USA", "VNM"}),
    ("Myanmar allowed UN aid convoys into Rakhine.", "RETREAT", {"MMR"}),
    ("Ugandan troops pulled out of the Central African Republic.", "RETREAT", {"UGA", "CAF"}),
]


@pytest.mark.parametrize(("text", "kind", "countries"), VERB_CLASSES)
def test_verb_class_is_coded_with_its_countries(
    extractor: Extractor, text: str, kind: str, countries: set[str]
) -> None:
    found = _coded(extractor, text)
    assert _has(found, kind, countries), found


# (sentence, the type it must not be coded as): the other readings of the same words
OTHER_READINGS = [
    ("Dockworkers in Rotterdam struck for higher wages.", "ASSAULT"),  # strike: no target
    ("Kenya and Tanzania struck a trade deal.", "ASSAULT"),  # strike: a deal
    ("Parliament blocked the budget bill.", "PROTEST"),  # block: no road
    ("The Kenyan and Somali presidents held talks in Nairobi.", "COERCE"),  # hold: no hostage
    ("Ghana released its annual report on cocoa exports.", "RETREAT"),  # release: no person
    ("Indonesia expelled two Australian diplomats.", "COERCE"),  # expel: envoys
    ("The two countries vowed to resolve their dispute peacefully.", "THREATEN"),
    ("South African troops attacked rebel bases in Congo.", "MOBILIZE"),  # troops: the actors
]


@pytest.mark.parametrize(("text", "kind"), OTHER_READINGS)
def test_other_readings_of_a_word_are_not_coded(extractor: Extractor, text: str, kind: str) -> None:
    found = _coded(extractor, text)
    assert all(k != kind for k, _ in found), found


def test_the_first_reading_that_makes_an_event_wins(extractor: Extractor) -> None:
    """'welcomed' is a meeting when somebody is received, support when a decision is."""
    assert _has(
        _coded(extractor, "The Kazakh president welcomed the Turkish prime minister in Astana."),
        "CONSULT",
        {"KAZ", "TUR"},
    )
    found = _coded(extractor, "France welcomed Ghana's decision to hold early elections.")
    assert _has(found, "SUPPORT", {"FRA", "GHA"})
    assert not _has(found, "CONSULT", set())


def test_curfews_lifted_are_concessions_sanctions_lifted_a_retreat(extractor: Extractor) -> None:
    """PLOVER keeps easing a curfew under CONCEDE; CAMEO 085 (easing economic sanctions) is
    RETREAT."""
    assert _has(_coded(extractor, "Togo lifted the curfew in Lome."), "CONCEDE", {"TGO"})
    assert _has(_coded(extractor, "Norway lifted sanctions on Fiji."), "RETREAT", {"NOR", "FJI"})


# capitals, places and clauses that name the parties of a lone sentence
ACTORS = [
    ("Washington criticised Beijing over its cyber attacks.", "ACCUSE", {"USA", "CHN"}),
    ("Students in Bangkok marched against the military government.", "PROTEST", {"THA"}),
    ("Tokyo said it would send rescue teams to Manila.", "AID", {"JPN", "PHL"}),  # planned: AGREE
    ("Russia massed troops near the Georgian border.", "MOBILIZE", {"RUS", "GEO"}),
    ("Turkish jets bombed targets in Iraq's Kurdish region.", "ASSAULT", {"TUR", "IRQ"}),
    ("Qatar refused to extradite the suspects to Egypt.", "REJECT", {"QAT", "EGY"}),
    ("The European Union eased its arms embargo on Somalia.", "RETREAT", {"SOM"}),
]


@pytest.mark.parametrize(("text", "kind", "countries"), ACTORS)
def test_lone_sentence_names_its_parties(
    extractor: Extractor, text: str, kind: str, countries: set[str]
) -> None:
    found = _coded(extractor, text)
    kind = "AGREE" if "would" in text else kind  # a planned act of aid is a promise
    assert _has(found, kind, countries), found


def test_international_organisations_are_no_country(extractor: Extractor) -> None:
    found = _coded(extractor, "The African Union condemned the coup in Guinea.")
    assert _has(found, "ACCUSE", {"GIN"})
    assert all(len(code) == 3 and code.isupper() for _, codes in found for code in codes)


def test_sentence_readings_stay_out_of_articles(extractor: Extractor) -> None:
    """Articles keep their own trigger list: a cancellation or a walkout is no article event
    (recalling one's ambassador from a capital is one: SANCTION, CAMEO 161)."""
    text = "Estonia cancelled the concert in Moscow. Serbia walked out of the talks."
    article = Article(id="a", published_on=date(2016, 5, 4), title="", text=text, content_hash="")
    kinds = {e.type for e in extractor.extract(article).events}
    assert "SANCTION" not in kinds and "PROTEST" not in kinds


def test_an_unknown_needs_keyword_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "triggers.yaml"
    path.write_text(
        "types:\n  AID:\n    '':\n      verbs: [give]\n      needs_object: [ACTORS]\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match=r"AID: : needs_object: 'ACTORS' is not one of"):
        load_triggers(path)
    path.write_text(
        "types:\n  AID:\n    '':\n      verbs: [give]\n      needs_object: [PARTY, aid]\n",
        encoding="utf-8",
    )
    assert load_triggers(path).verbs["give"][0].needs_object == ("PARTY", "aid")


def test_a_complaint_over_a_states_act_targets_that_state(extractor: Extractor) -> None:
    found = extractor.extract_sentence(
        "Peru complained to the United Nations on Tuesday over two Chilean air raids.",
        date(2000, 1, 1),
    )
    assert ("ACCUSE", ("PER", "CHL")) in found
    assert ("ASSAULT", ("CHL", "PER")) in found
