"""The rules for economic figures, read from ``data/indicators.yaml``: indicator cue words,
qualifiers, currencies and multipliers, stock and target cues, partner-rank patterns.

Kept apart from ``facts.py`` so that the lexicon can load them without importing the extraction
steps (which import actors, which import the lexicon).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


@dataclass(frozen=True)
class IndicatorRules:
    """data/indicators.yaml, compiled."""

    cues: tuple[tuple[str, str], ...]  # (cue, indicator), longest first
    company_nouns: tuple[str, ...]
    stock_cues: tuple[str, ...]
    target_cues: tuple[str, ...]
    qualifiers: tuple[tuple[str, str], ...]  # (phrase, qualifier), longest first
    growth_cues: tuple[str, ...]
    decline_cues: tuple[str, ...]
    currencies: MappingProxyType[str, str]  # written form -> ISO 4217
    multipliers: MappingProxyType[str, float]
    figure: re.Pattern[str]
    currency_word: re.Pattern[str]  # currency names of three letters or more, as words
    unilateral: tuple[str, ...]  # "overall trade surplus": one country's total
    ranks: tuple[tuple[re.Pattern[str], str], ...]  # (pattern, qualifier) for partner_rank
    rank_numbers: MappingProxyType[str, int]


def load_indicator_rules(path: Path | None = None) -> IndicatorRules:
    text = (
        path.read_text(encoding="utf-8")
        if path
        else resources.files("diplograph.data").joinpath("indicators.yaml").read_text("utf-8")
    )
    data: dict[str, Any] = yaml.safe_load(text)
    cues = []
    companies: list[str] = []
    for name, spec in data["indicators"].items():
        cues += [(c.lower(), name) for c in spec.get("cues") or ()]
        if name == "companies":
            companies = [c.lower() for c in spec.get("after_cues") or ()]
    quals = [(p.lower(), q) for q, phrases in data["qualifiers"].items() for p in phrases]
    currencies = {w.lower(): code for code, words in data["currencies"].items() for w in words}
    multipliers = {
        w.lower(): float(factor) for factor, words in data["multipliers"].items() for w in words
    }
    return IndicatorRules(
        cues=tuple(sorted(cues, key=lambda c: -len(c[0]))),
        company_nouns=tuple(sorted(companies, key=len, reverse=True)),
        stock_cues=tuple(data["stock_cues"]),
        target_cues=tuple(data["target_cues"]),
        qualifiers=tuple(sorted(quals, key=lambda q: -len(q[0]))),
        growth_cues=tuple(data["growth_cues"]),
        decline_cues=tuple(data["decline_cues"]),
        currencies=MappingProxyType(currencies),
        multipliers=MappingProxyType(multipliers),
        unilateral=tuple(data.get("unilateral") or ()),
        ranks=_rank_patterns(data.get("ranks") or {}),
        rank_numbers=MappingProxyType(
            {
                **(data.get("ranks") or {}).get("ordinals", {}),
                **(data.get("ranks") or {}).get("counts", {}),
            }
        ),
        figure=_figure_pattern(currencies, multipliers),
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


def _rank_patterns(spec: dict[str, Any]) -> tuple[tuple[re.Pattern[str], str], ...]:
    ordinals = "|".join(spec.get("ordinals", {})) or "first"
    counts = "|".join(spec.get("counts", {})) or "five"
    tops = "|".join(re.escape(w) for w in spec.get("top_words", [])) or "largest"
    owner = r"(?:the |its |their |[a-z.]+(?:'s|’s) )?"
    words = r"(?:[a-z-]+,? (?:and )?){0,4}?"
    return (
        (
            re.compile(
                rf"\bone of {owner}top (?P<n>{counts}|\d+) {words}(?:partners|investors)\b", re.I
            ),
            "at_most",
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
                rf"\b(?:the |a |its |[a-z.]+(?:'s|’s) )(?P<top>{tops}) {words}"
                rf"(?:partner|investor)\b(?! of choice)",
                re.I,
            ),
            "exact",
        ),
    )


def _figure_pattern(currencies: dict[str, str], multipliers: dict[str, float]) -> re.Pattern[str]:
    symbols = sorted((c for c in currencies if not c.isalpha() or len(c) <= 4), key=len)[::-1]
    words = sorted((c for c in currencies if c not in symbols), key=len, reverse=True)
    mult = sorted(multipliers, key=len, reverse=True)
    sym = "|".join(re.escape(s) for s in symbols)
    cur_words = "|".join(re.escape(w) for w in [*words, *symbols])
    mul = "|".join(re.escape(m) for m in mult)
    return re.compile(
        rf"(?P<pre>(?:{sym})\s?)?(?P<num>{NUMBER})(?:\s?(?P<mult>{mul})\b)?"
        rf"(?:\s?(?P<pct>%|percent|per cent)|\s(?P<cur>{cur_words})\b)?",
        re.IGNORECASE,
    )
