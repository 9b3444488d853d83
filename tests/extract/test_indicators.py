"""The indicator rules file: read, checked, compiled (data/indicators.yaml)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import yaml

from diplograph.errors import ConfigError, DiplographError
from diplograph.extract.figures import read_figures
from diplograph.extract.indicators import load_indicator_rules
from diplograph.extract.pipeline import Extractor
from diplograph.models import Article


def _default() -> dict[str, Any]:
    text = resources.files("diplograph.data").joinpath("indicators.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


def _write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "indicators.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_the_bundled_file_loads() -> None:
    rules = load_indicator_rules()
    assert ("exports", "exports") in rules.cues
    assert rules.currencies["stg"] == "GBP"


def test_a_copy_of_the_bundled_file_loads_from_a_path(tmp_path: Path) -> None:
    rules = load_indicator_rules(_write(tmp_path, _default()))
    assert rules.multipliers["mln"] == 1e6


@pytest.mark.parametrize(
    ("change", "key", "reason"),
    [
        (lambda d: d.update(stock_cue=["total"]), "stock_cue", "unknown key"),
        (lambda d: d.pop("base_markers"), "base_markers", "missing section"),
        (lambda d: d.update(target_cues="aim"), "target_cues", "expected a list"),
        (lambda d: d.update(prepositions=["with", True]), "prepositions", "expected a list"),
        (lambda d: d["indicators"]["exports"].update(cue=["exports"]),
         "indicators.exports.cue", "unknown key"),
        (lambda d: d["qualifiers"].update(roughly=["roughly"]), "qualifiers.roughly",
         "unknown qualifier"),
        (lambda d: d["number_words"].update(seven="7"), "number_words.seven", "whole number"),
        (lambda d: d["multipliers"].update(lots=["lots"]), "multipliers.lots",
         "expected a number"),
        (lambda d: d["shared_currencies"].update(crowns=["DKK"]), "shared_currencies.crowns",
         "expected a mapping"),
        (lambda d: d["currency_eras"].update(MXN={"MXP": "1993"}), "currency_eras.MXN.MXP",
         "YYYY-MM-DD"),
        (lambda d: d["currency_eras"].update(TRY=["TRL"]), "currency_eras.TRY",
         "expected a mapping"),
        (lambda d: d["indicators"]["exports"].update(sale_verbs="sold"),
         "indicators.exports.sale_verbs", "expected a list"),
    ],
)  # fmt: skip
def test_a_typo_names_the_file_the_key_and_the_reason(
    tmp_path: Path, change: Any, key: str, reason: str
) -> None:
    data = _default()
    change(data)
    path = _write(tmp_path, data)
    with pytest.raises(ConfigError) as raised:
        load_indicator_rules(path)
    message = str(raised.value)
    assert str(path) in message
    assert repr(key) in message
    assert reason in message


def test_a_file_that_is_no_mapping_is_a_diplograph_error(tmp_path: Path) -> None:
    with pytest.raises(DiplographError, match="mapping"):
        load_indicator_rules(_write(tmp_path, ["indicators"]))


def test_broken_yaml_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "indicators.yaml"
    path.write_text("indicators: [unclosed\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"indicators\.yaml: not valid YAML"):
        load_indicator_rules(path)


def test_a_currency_word_added_to_the_file_is_read(tmp_path: Path) -> None:
    data = _default()
    data["currencies"]["ISK"] = ["kronur"]
    rules = load_indicator_rules(_write(tmp_path, data))
    text = "Exports were 9 billion kronur in 1986."
    (figure,) = read_figures(text, 0, len(text), rules, [])
    assert (figure.value, figure.unit) == (9e9, "ISK")


@pytest.mark.slow
def test_a_stock_cue_added_at_the_end_of_the_list_counts(
    tmp_path: Path, extractor: Extractor
) -> None:
    data = _default()
    data["stock_cues"] = [*data["stock_cues"], "accumulated"]
    rules = load_indicator_rules(_write(tmp_path, data))
    text = "Peru and Chile met. Accumulated Chilean investment in Peru was 40 mln dlrs in 1986."
    article = Article(id="t", published_on=date(1987, 4, 14), title="", text=text,
                      content_hash="")  # fmt: skip
    for lexicon, indicator in (
        (extractor.lex, "investment_flow"),
        (replace(extractor.lex, indicators=rules), "investment_stock"),
    ):
        (fact,) = Extractor(lexicon).extract(article).facts
        assert fact.indicator == indicator
