"""The rules for economic figures, read from ``data/indicators.yaml``: indicator cue words,
qualifiers, currencies and multipliers, the words of changes, bases and clauses, stock, target and
forecast cues, partner-rank patterns.

Kept apart from ``facts.py`` so that the lexicon can load them without importing the extraction
steps (which import actors, which import the lexicon). The file is checked as it is read: an
unknown key, a missing section or a value of the wrong type raises ``ConfigError`` naming the
file, the key and the reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, NoReturn

from diplograph.datafiles import parse_yaml
from diplograph.errors import ConfigError

NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
INDICATOR_KEYS = frozenset(
    {"cues", "after", "partner", "negative", "after_cues", "presence", "paired_cues", "sale_verbs"}
)


@dataclass(frozen=True)
class IndicatorRules:
    """data/indicators.yaml, checked and compiled."""

    cues: tuple[tuple[str, str], ...]  # (cue, indicator), longest first
    after: tuple[tuple[str, str], ...]  # (words right after a figure, indicator), longest first
    partner_words: MappingProxyType[str, tuple[str, ...]]  # indicator -> "to", "with", ...
    negative_cues: frozenset[str]  # trade_balance cues signed negative ("deficit")
    paired_cues: frozenset[str]  # cues that name the indicator only with a pair or partner
    sale_verbs: frozenset[str]  # cues that are verbs of a sale ("Egypt sold Israel goods ...")
    company_nouns: tuple[str, ...]
    company_after: re.Pattern[str]  # a company noun right after a count, or one word later
    company_presence: re.Pattern[str]  # "operate in", "with French capital", "home to"
    count_before: re.Pattern[str]  # "the number of enterprises with X capital ... has reached"
    partner_word: re.Pattern[str]  # any indicator's partner word (use with match)
    unilateral: tuple[str, ...]  # "overall trade surplus": one country's total
    unilateral_word: re.Pattern[str]
    unilateral_after: re.Pattern[str]  # a cue's last word, then one of these (use with match)
    level_prepositions: frozenset[str]
    unnamed_investor: re.Pattern[str]
    neutral_modifiers: frozenset[str]
    bilateral_word: re.Pattern[str]
    product_adjective: re.Pattern[str]  # "agricultural", "non-oil"
    time_prepositions: re.Pattern[str]  # any of them, as words, at the start of a text
    prepositions: frozenset[str]
    complement: re.Pattern[str]  # the whole gap between two cues is one of these prepositions
    complement_after: re.Pattern[str]  # "(worth) of ", " in " right after a figure
    host_nouns: frozenset[str]
    determiner: re.Pattern[str]  # a determiner and its space at the start of a text
    determiner_end: re.Pattern[str]  # a determiner at the end of a text
    reference_determiner: re.Pattern[str]  # one ending the text before a count
    stock_cues: tuple[str, ...]
    stock_time_words: tuple[str, ...]
    stock_point: re.Pattern[str]  # "as of (the end of 2023)": a stock at that time; at the
    # very end of the text before the time
    target_cues: tuple[str, ...]
    forecast_cues: tuple[str, ...]
    result_cues: tuple[str, ...]  # "grew 20 pct to reach ...": the level reached
    past_change_verbs: tuple[str, ...]
    deadline: re.Pattern[str]  # "by 1990": group "year"
    fiscal_year: re.Pattern[str]  # "fiscal", "financial": a year pair that is a fiscal year
    qualifiers: tuple[tuple[str, str], ...]  # (phrase, qualifier), longest first
    growth_cues: tuple[str, ...]
    decline_cues: tuple[str, ...]
    growth_after: tuple[str, ...]  # "a 9.6 percent decrease": the noun after the percent
    decline_after: tuple[str, ...]
    change: re.Pattern[str]  # a change word (and fillers) ending the text before a figure
    not_change: re.Pattern[str]  # a verb whose particle is no change word ("made up")
    base: re.Pattern[str]  # a base marker ending the text before a figure or a time
    period_base: re.Pattern[str]  # "on", "compared to the same period": before a base period
    over_base: re.Pattern[str]  # "over" ending the text before a time ...
    previous_period: re.Pattern[str]  # ... that begins as the period before ("the previous")
    clause_break: re.Pattern[str]
    partner_break: re.Pattern[str]  # a clause break or an attribution ("according to")
    clause_start: re.Pattern[str]  # a clause break or a coordinator
    cue_word: re.Pattern[str]  # any indicator cue, as a word
    respectively: tuple[str, ...]
    part_of_total: tuple[str, ...]  # "of the total": a part of the figure told before
    goods_nouns: frozenset[str]  # "Vietnamese goods": what a country sells
    same_period: tuple[str, ...]
    year_before: re.Pattern[str]  # "in the same period last year", "a year earlier", "... of 1985"
    partner_anaphors: tuple[str, ...]
    host_anaphors: tuple[str, ...]
    place_anaphor: re.Pattern[str]  # "firms have subsidiaries there": the country named last
    pair_phrases: tuple[str, ...]
    between: re.Pattern[str]  # " between " right after a cue
    pair_preposition: str  # a regex alternation: "between", "with", "of"
    anaphors: re.Pattern[str]  # at the start of a phrase that refers to the sentence before
    figure_fillers: tuple[str, ...]
    number_words: MappingProxyType[str, int]
    percent_words: frozenset[str]  # "pct", "percent": a share, not what is sold
    number_word: re.Pattern[str]
    currencies: MappingProxyType[str, str]  # written form -> ISO 4217 (or a shared word)
    shared_currencies: MappingProxyType[str, MappingProxyType[str, str]]  # word -> country->code
    currency_eras: MappingProxyType[str, tuple[tuple[str, str], ...]]  # code -> (former, until)
    multipliers: MappingProxyType[str, float]
    figure: re.Pattern[str]
    currency_word: re.Pattern[str]  # currency names of three letters or more, as words
    dollar_word: re.Pattern[str]  # a bare word of a dollar, inside a figure ("H.K. dlrs")
    us_dollar: re.Pattern[str]  # the U.S. dollar written out ("U.S. dlrs", "US$")
    # an amount followed by its conversion into bare dollars in brackets ("C$30 billion
    # ($20.7 billion)"): a story that writes it writes the U.S. dollar bare
    dollar_conversion: re.Pattern[str]
    ranks: tuple[tuple[re.Pattern[str], str], ...]  # (pattern, qualifier) for partner_rank
    rank_numbers: MappingProxyType[str, int]


def load_indicator_rules(path: Path | None = None) -> IndicatorRules:
    """Read and check ``data/indicators.yaml`` (or ``path``), then compile its patterns.

    Raises ``ConfigError`` naming the file and the key for anything it cannot use.
    """
    origin = str(path) if path else "diplograph/data/indicators.yaml"
    try:
        text = (
            path.read_text(encoding="utf-8")
            if path
            else resources.files("diplograph.data").joinpath("indicators.yaml").read_text("utf-8")
        )
    except OSError as exc:
        raise ConfigError(
            f"{origin}: cannot read the indicator rules ({exc}); fix the file"
        ) from exc
    return _compile(_Checked(origin, parse_yaml(text, origin)))


class _Checked:
    """The YAML document with typed accessors: each names the file and key when it fails."""

    def __init__(self, origin: str, data: object) -> None:
        self.origin = origin
        if not isinstance(data, dict):
            self.fail("", "the file must hold a mapping of sections")
        unknown = sorted(set(data) - set(_SECTIONS))
        if unknown:
            self.fail(unknown[0], f"unknown key; the sections are {', '.join(sorted(_SECTIONS))}")
        missing = sorted(k for k, required in _SECTIONS.items() if required and k not in data)
        if missing:
            self.fail(missing[0], "missing section")
        self.data: dict[str, Any] = data

    def fail(self, key: str, reason: str) -> NoReturn:
        where = f"key {key!r}: " if key else ""
        raise ConfigError(f"{self.origin}: {where}{reason}")

    def words(self, key: str, value: object = None, *, required: bool = True) -> tuple[str, ...]:
        """A list of words (lower-cased); ``value`` when given, else the section ``key``."""
        value = self.data.get(key) if value is None else value
        if value is None and not required:
            return ()
        if not isinstance(value, list) or not all(isinstance(w, str) and w for w in value):
            self.fail(key, "expected a list of words or phrases")
        return tuple(w.lower() for w in value)

    def mapping(self, key: str, value: object = None) -> dict[Any, Any]:
        value = self.data.get(key) if value is None else value
        if not isinstance(value, dict):
            self.fail(key, "expected a mapping")
        return value

    def numbers(self, key: str, value: object = None) -> dict[str, int]:
        """A mapping of words to whole numbers ("seven: 7")."""
        found = self.mapping(key, value)
        for word, number in found.items():
            if not isinstance(word, str) or isinstance(number, bool) or not isinstance(number, int):
                self.fail(f"{key}.{word}", "expected a word mapped to a whole number")
        return {w.lower(): n for w, n in found.items()}

    def grouped(self, key: str) -> dict[str, tuple[str, ...]]:
        """A mapping of names to word lists (``qualifiers``, ``currencies``, ``multipliers``)."""
        return {
            str(name): self.words(f"{key}.{name}", ws) for name, ws in self.mapping(key).items()
        }


_REQUIRED = (
    "indicators",
    "unilateral",
    "unilateral_after",
    "unnamed_investors",
    "level_prepositions",
    "bilateral_words",
    "neutral_modifiers",
    "product_adjective_endings",
    "product_adjective_prefixes",
    "stock_cues",
    "stock_time_words",
    "stock_point_words",
    "target_cues",
    "result_cues",
    "past_change_verbs",
    "deadline_words",
    "fiscal_year_words",
    "forecast_cues",
    "qualifiers",
    "growth_cues",
    "decline_cues",
    "growth_after",
    "decline_after",
    "change_words",
    "change_fillers",
    "not_changes",
    "change_prepositions",
    "base_markers",
    "period_base_markers",
    "over_markers",
    "previous_periods",
    "clause_breaks",
    "attributions",
    "coordinators",
    "respectively",
    "part_of_total",
    "goods_nouns",
    "same_period",
    "year_before",
    "month_before",
    "same_period_of",
    "host_nouns",
    "complement_prepositions",
    "time_prepositions",
    "prepositions",
    "determiners",
    "reference_determiners",
    "partner_anaphors",
    "host_anaphors",
    "place_anaphors",
    "between_words",
    "pair_prepositions",
    "pair_phrases",
    "anaphors",
    "figure_fillers",
    "count_heads",
    "count_verbs",
    "count_qualifiers",
    "number_words",
    "percent_words",
    "dollar_words",
    "currencies",
    "multipliers",
)
_SECTIONS = {
    **dict.fromkeys(_REQUIRED, True),
    "shared_currencies": False,
    "currency_eras": False,
    "ranks": False,
}
_QUALIFIERS = frozenset({"exact", "more_than", "less_than", "about", "at_most"})


def _compile(doc: _Checked) -> IndicatorRules:
    indicators = _indicator_words(doc)
    return IndicatorRules(
        **_cue_fields(doc, indicators),
        **_phrase_fields(doc),
        **_period_fields(doc),
        **_unit_fields(doc),
    )


def _cue_fields(doc: _Checked, indicators: _IndicatorWords) -> dict[str, Any]:
    """What tells an indicator, its partner, its direction and its kind of statement."""
    cues, after, partners = indicators.cues, indicators.after, indicators.partners
    qualifiers = doc.grouped("qualifiers")
    for name in qualifiers:
        if name not in _QUALIFIERS:
            doc.fail(f"qualifiers.{name}", f"unknown qualifier; use one of {sorted(_QUALIFIERS)}")
    return dict(
        cues=tuple(sorted(cues, key=lambda c: -len(c[0]))),
        after=tuple(sorted(after, key=lambda c: -len(c[0]))),
        partner_words=MappingProxyType(partners),
        negative_cues=frozenset(indicators.negative),
        paired_cues=frozenset(indicators.paired),
        sale_verbs=frozenset(indicators.sales),
        company_nouns=tuple(sorted(indicators.companies, key=len, reverse=True)),
        company_after=_company_after(indicators.companies),
        company_presence=re.compile(_alternatives(tuple(indicators.presence))),
        count_before=_count_before(
            doc.words("count_heads"),
            indicators.companies,
            doc.words("count_verbs"),
            doc.words("count_qualifiers"),
        ),
        partner_word=re.compile(
            rf"\s*{_alternatives(tuple({w for ws in partners.values() for w in ws}))}\s"
        ),
        unilateral=doc.words("unilateral"),
        unilateral_word=re.compile(_alternatives(doc.words("unilateral"))),
        unilateral_after=re.compile(
            rf"[a-z-]+\s+(?:[a-z-]+\s+)?{_alternatives(doc.words('unilateral_after'))}"
        ),
        unnamed_investor=re.compile(_alternatives(doc.words("unnamed_investors"))),
        bilateral_word=re.compile(_alternatives(doc.words("bilateral_words"))),
        stock_cues=doc.words("stock_cues"),
        stock_time_words=doc.words("stock_time_words"),
        stock_point=re.compile(_alternatives(doc.words("stock_point_words")) + "$"),
        target_cues=doc.words("target_cues"),
        result_cues=doc.words("result_cues"),
        past_change_verbs=doc.words("past_change_verbs"),
        forecast_cues=doc.words("forecast_cues"),
        qualifiers=tuple(
            sorted(((p, q) for q, ps in qualifiers.items() for p in ps), key=lambda q: -len(q[0]))
        ),
        growth_cues=doc.words("growth_cues"),
        decline_cues=doc.words("decline_cues"),
        growth_after=doc.words("growth_after"),
        decline_after=doc.words("decline_after"),
        # (not the first half of a compound modifier: "the trade-weighted index",
        # "export-oriented industries")
        cue_word=re.compile(_alternatives(tuple(c for c, _ in cues)) + "(?!-[a-z])"),
        partner_anaphors=doc.words("partner_anaphors"),
        host_anaphors=doc.words("host_anaphors"),
        place_anaphor=re.compile(rf"\b{_alternatives(doc.words('place_anaphors'))}\b"),
        pair_phrases=doc.words("pair_phrases"),
        between=re.compile(rf"\s+{_alternatives(doc.words('between_words'))}\s+"),
        pair_preposition=_alternatives(doc.words("pair_prepositions")),
    )


def _phrase_fields(doc: _Checked) -> dict[str, Any]:
    """The small words around a figure: prepositions, determiners, clause breaks, fillers."""
    return dict(
        level_prepositions=frozenset(doc.words("level_prepositions")),
        neutral_modifiers=frozenset(doc.words("neutral_modifiers")),
        product_adjective=re.compile(
            "(?:"
            + "|".join(re.escape(e) for e in doc.words("product_adjective_endings"))
            + ")$|^(?:"
            + "|".join(re.escape(p) for p in doc.words("product_adjective_prefixes"))
            + r")\b"
        ),
        prepositions=frozenset(doc.words("prepositions")),
        complement=re.compile(rf"\s+{_alternatives(doc.words('complement_prepositions'))}\s+$"),
        complement_after=re.compile(
            rf"\s+(?:{_alternatives(doc.words('figure_fillers'))}\s+)?"
            rf"{_alternatives(doc.words('complement_prepositions'))}\s+"
        ),
        host_nouns=frozenset(doc.words("host_nouns")),
        determiner=re.compile(rf"^{_alternatives(doc.words('determiners'))}\s+"),
        determiner_end=re.compile(rf"{_alternatives(doc.words('determiners'))}\s*$"),
        reference_determiner=re.compile(
            rf"{_alternatives(doc.words('reference_determiners'))}\s*$"
        ),
        not_change=_ending(doc.words("not_changes"), ()),
        change=re.compile(
            _ending(doc.words("change_words"), doc.words("change_fillers")).pattern
            + "|"
            + _ending(doc.words("change_prepositions"), ()).pattern
        ),
        base=_ending(doc.words("base_markers"), ()),
        over_base=_ending(doc.words("over_markers"), ()),
        previous_period=re.compile(_alternatives(doc.words("previous_periods"))),
        period_base=_period_base(
            doc.words("base_markers") + doc.words("period_base_markers"),
            doc.words("same_period_of"),
        ),
        clause_break=re.compile(_alternatives(doc.words("clause_breaks"))),
        partner_break=re.compile(
            _alternatives(doc.words("clause_breaks") + doc.words("attributions"))
        ),
        clause_start=re.compile(
            _alternatives(doc.words("clause_breaks") + doc.words("coordinators"))
        ),
        respectively=doc.words("respectively"),
        part_of_total=doc.words("part_of_total"),
        goods_nouns=frozenset(doc.words("goods_nouns")),
        anaphors=re.compile(r"^\W*(?:" + _alternatives(doc.words("anaphors")) + ")"),
        figure_fillers=doc.words("figure_fillers"),
    )


def _period_fields(doc: _Checked) -> dict[str, Any]:
    """The words that give or carry over a figure's period."""
    return dict(
        time_prepositions=re.compile(
            rf"^(?:[\s,]*{_alternatives(doc.words('time_prepositions'))})*[\s,]*"
        ),
        deadline=re.compile(rf"{_alternatives(doc.words('deadline_words'))}\s+(?P<year>\d{{4}})\b"),
        fiscal_year=re.compile(_alternatives(doc.words("fiscal_year_words"))),
        same_period=doc.words("same_period"),
        year_before=_year_before(
            doc.words("year_before"),
            doc.words("month_before"),
            doc.words("same_period_of"),
            doc.words("time_prepositions"),
        ),
    )


def _unit_fields(doc: _Checked) -> dict[str, Any]:
    """Numbers, multipliers, currencies and ranks: what a figure's value is written with."""
    currencies = {w: code for code, ws in doc.grouped("currencies").items() for w in ws}
    shared = {
        str(word).lower(): MappingProxyType(
            {str(c): str(code) for c, code in doc.mapping(f"shared_currencies.{word}", t).items()}
        )
        for word, t in doc.mapping(
            "shared_currencies", doc.data.get("shared_currencies") or {}
        ).items()
    }
    currencies |= {word: next(iter(table.values()), "") for word, table in shared.items()}
    multipliers: dict[str, float] = {}
    for factor, written in doc.grouped("multipliers").items():
        try:
            multipliers |= {w: float(factor) for w in written}
        except ValueError:
            doc.fail(f"multipliers.{factor}", "expected a number as the key")
    number_words = doc.numbers("number_words")
    percent = doc.words("percent_words")
    ranks = doc.mapping("ranks", doc.data.get("ranks") or {})
    rank_numbers = {  # read (and checked) before the patterns are built from them
        **doc.numbers("ranks.ordinals", ranks.get("ordinals", {})),
        **doc.numbers("ranks.counts", ranks.get("counts", {})),
    }
    for key in ranks:
        if key not in ("ordinals", "counts", "nouns", "top_words"):
            doc.fail(f"ranks.{key}", "unknown key; use ordinals, counts, nouns or top_words")
    for key in ("nouns", "top_words"):
        doc.words(f"ranks.{key}", ranks.get(key), required=False)
    dollars = doc.words("dollar_words")
    written_out = tuple(w for w, c in currencies.items() if c == "USD" and w not in dollars)
    return dict(
        dollar_word=re.compile("|".join(re.escape(w) for w in dollars)),
        us_dollar=re.compile(_alternatives(written_out)),
        dollar_conversion=re.compile(
            r"\d[^()\n]{0,12}\(\s*(?:"
            + "|".join(re.escape(w) for w in dollars if not w.isalpha())
            + r")\s?\d"
        ),
        number_words=MappingProxyType(number_words),
        percent_words=frozenset(percent),
        number_word=re.compile(_alternatives(tuple(number_words))),
        currencies=MappingProxyType(currencies),
        shared_currencies=MappingProxyType(shared),
        currency_eras=_currency_eras(doc),
        multipliers=MappingProxyType(multipliers),
        rank_numbers=MappingProxyType(rank_numbers),
        ranks=_rank_patterns(ranks),
        figure=_figure_pattern(currencies, multipliers, number_words, percent),
        currency_word=re.compile(
            r"\b(?:"
            + "|".join(
                re.escape(w)
                for w in sorted(currencies, key=len, reverse=True)
                if len(w) > 2 and w[0].isalpha()
            )
            + r")\b"
        ),
    )


@dataclass
class _IndicatorWords:
    """The words of the ``indicators`` section, by use."""

    cues: list[tuple[str, str]] = field(default_factory=list)
    after: list[tuple[str, str]] = field(default_factory=list)
    partners: dict[str, tuple[str, ...]] = field(default_factory=dict)
    negative: list[str] = field(default_factory=list)
    paired: list[str] = field(default_factory=list)
    sales: list[str] = field(default_factory=list)
    companies: list[str] = field(default_factory=list)
    presence: list[str] = field(default_factory=list)


def _indicator_words(doc: _Checked) -> _IndicatorWords:
    out = _IndicatorWords()
    for name, spec in doc.mapping("indicators").items():
        key = f"indicators.{name}"
        spec = doc.mapping(key, spec if spec is not None else {})
        unknown = sorted(set(spec) - INDICATOR_KEYS)
        if unknown:
            doc.fail(f"{key}.{unknown[0]}", f"unknown key; use {', '.join(sorted(INDICATOR_KEYS))}")
        words = _spec_words(doc, key, spec)
        out.cues += [(c, name) for c in (*words("cues"), *words("sale_verbs"))]
        out.sales += words("sale_verbs")
        out.after += [(c, name) for c in words("after")]
        out.partners[name] = words("partner")
        out.negative += words("negative")
        out.paired += words("paired_cues")
        out.companies += words("after_cues")
        out.presence += words("presence")
    return out


def _spec_words(doc: _Checked, key: str, spec: dict[str, Any]) -> Callable[[str], tuple[str, ...]]:
    def words(name: str) -> tuple[str, ...]:
        return doc.words(f"{key}.{name}", spec.get(name), required=False)

    return words


def _year_before(
    years: tuple[str, ...],
    months: tuple[str, ...],
    same: tuple[str, ...],
    prepositions: tuple[str, ...],
) -> re.Pattern[str]:
    """Right after a figure: '(in) the same period last year', 'a year earlier', 'in the same
    months of 1985', 'the previous month'; ``same`` tells a same-period phrase, ``year`` a
    year written out, ``words`` a year before, ``month`` a month before."""
    return re.compile(
        rf"^[\s,]*(?:{_alternatives(prepositions)}\s+)?(?:(?P<same>{_alternatives(same)})\s+"
        rf"(?:(?:of|in)\s+)?)?(?:(?P<year>(?:19|20)\d\d)\b|(?P<words>{_alternatives(years)})"
        rf"|(?P<month>{_alternatives(months)}))"
    )


def _count_before(
    heads: tuple[str, ...], nouns: list[str], verbs: tuple[str, ...], qualifiers: tuple[str, ...]
) -> re.Pattern[str]:
    """'the number of enterprises with Spanish capital in Kazakhstan has reached' (and 'more
    than', 'about') at the end of the text before a count: group ``head`` is where the count's
    phrase begins."""
    inner = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True)) or "(?!)"
    return re.compile(
        rf"(?P<head>{_alternatives(heads)})\s+(?:[a-z'’-]+\s+){{0,3}}?(?:{inner})\b[^.;\d]*?"
        rf"{_alternatives(verbs)}\s+(?:{_alternatives(qualifiers)}\s+)?$"
    )


def _company_after(nouns: list[str]) -> re.Pattern[str]:
    """'170 enterprises', '140 Singaporean companies', '1,200 West German companies' (a name
    of one or two words between; not a dash: "WARSAW, March 22 - American companies" is a
    dateline's day; not "of the": "9,000 of the company's employees" is a part of another)."""
    inner = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True)) or "(?!)"
    return re.compile(
        rf"\s+(?:(?P<noun>{inner})\b|(?:(?!of\s|the\s)[a-z][a-z.'’-]*\s+){{1,2}}(?P<later>{inner}))"
    )


def _alternatives(words: tuple[str, ...]) -> str:
    """Words as one regex alternation, longest first, bounded like a word where they begin or
    end with a letter (a ";" follows a word directly: "over the previous year; imports")."""
    ordered = sorted(words, key=len, reverse=True)
    if all(w[:1].isalpha() and w[-1:].isalpha() for w in ordered):  # one bound for all: faster
        return rf"(?<![a-z])(?:{'|'.join(map(re.escape, ordered))})(?![a-z])"
    inner = "|".join(
        ("(?<![a-z])" if w[:1].isalpha() else "")
        + re.escape(w)
        + ("(?![a-z])" if w[-1:].isalpha() else "")
        for w in ordered
    )
    return rf"(?:{inner})"


def _period_base(markers: tuple[str, ...], same: tuple[str, ...]) -> re.Pattern[str]:
    """A marker, optionally with "the same period (of)", at the end of the text before a time
    expression: "up 12 percent on 2019", "compared to the same period last year"."""
    return re.compile(
        rf"(?<![a-z])(?:{_alternatives(markers)})(?:\s+(?:{_alternatives(same)})(?:\s+of)?)?\s*$"
    )


def _ending(words: tuple[str, ...], fillers: tuple[str, ...]) -> re.Pattern[str]:
    """One of ``words``, then any of ``fillers``, at the very end of a text."""
    tail = rf"(?:\s+(?:{'|'.join(re.escape(f) for f in fillers)}))*" if fillers else ""
    return re.compile(rf"(?:{_alternatives(words)}){tail}\s*$")


def _rank_patterns(spec: Mapping[str, Any]) -> tuple[tuple[re.Pattern[str], str], ...]:
    ordinals = "|".join(spec.get("ordinals", {})) or "first"
    counts = "|".join(spec.get("counts", {})) or "five"
    tops = "|".join(re.escape(w) for w in spec.get("top_words", [])) or "largest"
    owner = r"(?:the |its |their |(?:[a-z.]+ ){0,2}[a-z.]+(?:'s|’s|'|’) )?"
    words = r"(?:[a-z-]+,? (?:and )?){0,4}?"
    return (
        (
            re.compile(
                rf"\bone of {owner}(?:top (?P<n>{counts}|\d+)|(?P<m>{counts}|\d+) (?:{tops})) "
                rf"{words}(?:partners|investors)\b",
                re.I,
            ),
            "at_most",
        ),
        (  # "Chile ranks fourth among Peru's trading partners"
            re.compile(
                rf"\b(?P<verb>rank(?:s|ed)?) (?P<n>{ordinals}) (?:among|of) {owner}{words}"
                rf"(?:partners|investors)\b",
                re.I,
            ),
            "exact",
        ),
        (
            re.compile(
                rf"\b(?:among|in) {owner}(?:top )?(?P<n>{counts}|\d+) (?:{tops} )?{words}"
                rf"(?:partners|investors)\b",
                re.I,
            ),
            "at_most",
        ),
        (
            re.compile(
                rf"\b(?:the |a )?(?P<n>{ordinals}|\d+(?:st|nd|rd|th))[- ](?:largest |"
                rf"biggest |ranked |ranking )?{words}(?:partner|investor)\b",
                re.I,
            ),
            "exact",
        ),
        (
            re.compile(
                rf"\b(?:the |a |its |[a-z.]+(?:'s|’s|s'|s’) )(?P<top>{tops}) {words}"
                rf"(?:partner|investor)\b(?! of choice)",
                re.I,
            ),
            "exact",
        ),
    )


def _currency_eras(doc: _Checked) -> MappingProxyType[str, tuple[tuple[str, str], ...]]:
    """code -> (former code, the first day no longer its), earliest first."""
    eras: dict[str, tuple[tuple[str, str], ...]] = {}
    for code, formers in doc.mapping("currency_eras", doc.data.get("currency_eras") or {}).items():
        table = doc.mapping(f"currency_eras.{code}", formers)
        for former, until in table.items():
            if not re.fullmatch(r"\d{4}-\d\d-\d\d", str(until)):
                doc.fail(f"currency_eras.{code}.{former}", "expected a day written YYYY-MM-DD")
        eras[str(code)] = tuple(
            sorted(((str(f), str(u)) for f, u in table.items()), key=lambda e: e[1])
        )
    return MappingProxyType(eras)


def _figure_pattern(
    currencies: dict[str, str],
    multipliers: dict[str, float],
    number_words: dict[str, int],
    percent: tuple[str, ...],
) -> re.Pattern[str]:
    """An amount: symbol, digits (or a number word before a multiplier), multiplier, unit.

    A symbol of letters starts a word: the "rs" of "years 20" is no rupee sign."""
    symbols = sorted((c for c in currencies if len(c) <= 4), key=len)[::-1]
    words = sorted((c for c in currencies if c not in symbols), key=len, reverse=True)
    mult = sorted(multipliers, key=len, reverse=True)
    sym = "|".join(re.escape(s) for s in symbols)
    cur_words = "|".join(re.escape(w) for w in [*words, *symbols])
    mul = "|".join(re.escape(m) for m in mult)
    spelled = "|".join(re.escape(w) for w in sorted(number_words, key=len, reverse=True))
    pct = "|".join(re.escape(p) for p in sorted(percent, key=len, reverse=True))
    return re.compile(
        rf"(?P<pre>(?<![a-z])(?:{sym})\s?)?(?P<num>{NUMBER}|\b(?:{spelled})(?=\s(?:{mul})\b|\s(?:{pct})(?![a-z])))"
        rf"(?:\s?(?P<mult>{mul})\b)?(?:\s?(?P<pct>{pct})(?![a-z])|\s(?P<cur>{cur_words})(?![a-z]))?",
        re.IGNORECASE,
    )
