"""Figures in a sentence, what each one is, and the chains a clause strings them into.

A figure is an amount ("565 mln stg", "$1.8 billion", "seven billion dlr"), a percent ("three
pct") or a count ("170 enterprises"). Its role comes from the words just before it: after "rose"
or "fell" an amount is a change, after "from" or "compared with" it is the base a level is
compared with, else it is a level. A chain is the run of figures one clause gives about one
indicator ("rose 2.7 billion dlrs or three pct to 87.7 billion dlrs, up from 85 billion in 1985"):
the words before it (its head) name the indicator and the countries of all of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import islice

from diplograph.extract.indicators import IndicatorRules

# Without a leading \s*: that made the search quadratic in a run of spaces before a figure.
_POSSESSIVE = re.compile(r"\b[a-z]+['’]s$")


@dataclass(frozen=True)
class Figure:
    start: int  # offsets in the article
    end: int
    value: float
    unit: str  # ISO 4217, count, percent
    text: str
    role: str = "level"  # level | base | change | percent | count


@dataclass(frozen=True)
class Chain:
    """Figures one clause gives about one indicator; ``head`` is where the clause's words begin,
    ``end`` where the next clause's do."""

    figures: tuple[Figure, ...]
    head: int
    end: int
    respectively: bool = False


def read_figures(
    text: str, start: int, end: int, rules: IndicatorRules, countries: Sequence[str]
) -> list[Figure]:
    """Every figure of the sentence ``text[start:end]``, with its value, unit and role.

    ``countries`` (the sentence's, then the article's) decide a currency word several countries
    use ("francs"); an amount with a multiplier and no unit takes the unit of the amount before
    it ("3.42 billion francs in 1986, down from 4.94 billion").
    """
    sentence = text[start:end]
    lower = sentence.lower()
    out: list[Figure] = []
    for match in rules.figure.finditer(sentence):
        figure = _figure(match, lower, start, rules, countries, out)
        if figure is not None:
            out.append(figure)
    out += _word_counts(sentence, start, rules)
    return [f for f in sorted(out, key=lambda f: f.start) if not _converts(text, f, out)]


_CONVERSION = re.compile(r"\s*(?:\(\s*(?:[a-z.]+\s+)?|,?\s*or\s+(?:about\s+|some\s+)?)")


def _converts(text: str, figure: Figure, figures: list[Figure]) -> bool:
    """'6.2 billion sterling (9.8 billion dlrs)', '5.4 billion dlrs, or 4,800 billion won':
    the same amount in another unit."""
    return figure.unit not in ("percent", "count") and any(
        other.unit not in ("percent", "count", figure.unit)
        and _CONVERSION.fullmatch(text[other.end : figure.start].lower())
        for other in figures
        if other.end <= figure.start
    )


def _figure(
    match: re.Match[str],
    lower: str,
    offset: int,
    rules: IndicatorRules,
    countries: Sequence[str],
    before: list[Figure],
) -> Figure | None:
    num_text = match["num"]
    spelled = rules.number_words.get(num_text.lower())
    value = float(spelled) if spelled is not None else float(num_text.replace(",", ""))
    mult = (match["mult"] or "").lower()
    pre = (match["pre"] or "").strip().lower()
    cur = (match["cur"] or "").lower()
    at, to = offset + match.start(), offset + match.end()
    if match["pct"]:
        return Figure(at, to, value, "percent", match.group(0), "percent")
    factor = rules.multipliers.get(mult, 1.0)
    if len(mult) == 1 and not (pre or cur):
        factor = 1.0  # a lone "m" or "b" after a bare number is not a multiplier
    currency = _currency(pre, rules, countries) or _currency(cur, rules, countries)
    if currency is None and factor >= 1e6:
        money = [f.unit for f in before if f.unit not in ("percent", "count")]
        currency = money[-1] if money else _sentence_currency(lower, rules, countries)
    if currency:
        role = _role(lower[: match.start()], rules)
        return Figure(at, to, _scaled(value, factor), currency, match.group(0), role)
    if _is_year(num_text) and factor == 1.0:
        return None
    if company_noun_after(lower, match.end(), rules) or rules.count_before.search(
        lower, 0, match.start()
    ):
        return Figure(at, to, _scaled(value, factor), "count", match.group(0), "count")
    return None


def _scaled(value: float, factor: float) -> float:
    """The amount in units, without the binary fraction's dust ("4.1 billion" is 4100000000,
    not 4099999999.9999995): multiplied as the decimals they are written as."""
    return float(Decimal(repr(value)) * Decimal(repr(factor)))


def _currency(word: str, rules: IndicatorRules, countries: Sequence[str]) -> str | None:
    if not word:
        return None
    shared = rules.shared_currencies.get(word)
    if shared:
        return next((shared[c] for c in countries if c in shared), None) or rules.currencies[word]
    return rules.currencies.get(word)


def _sentence_currency(lower: str, rules: IndicatorRules, countries: Sequence[str]) -> str | None:
    match = rules.currency_word.search(lower)
    if match:
        return _currency(match.group(0), rules, countries)
    return "USD" if "$" in lower else None


def _role(before: str, rules: IndicatorRules) -> str:
    """'down from 960 mln': base; 'rose 2.7 billion': change; else a level."""
    tail = before.rstrip(" $€£¥").rstrip()
    if rules.change.search(tail) and not rules.not_change.search(tail):
        return "change"
    possessive = _POSSESSIVE.search(tail)  # "down from December's 4.40 billion"
    if possessive:
        tail = tail[: possessive.start()].rstrip()
    for phrase, _ in rules.qualifiers:
        if tail.endswith(" " + phrase):
            tail = tail[: -len(phrase)].rstrip()
            break
    return "base" if rules.base.search(tail) else "level"


def _is_year(num_text: str) -> bool:
    return bool(re.fullmatch(r"(1[89]|20)\d\d", num_text))


def _word_counts(sentence: str, offset: int, rules: IndicatorRules) -> list[Figure]:
    out: list[Figure] = []
    lower = sentence.lower()
    if not any(noun in lower for noun in rules.company_nouns):
        return out
    for match in rules.number_word.finditer(lower):
        if company_noun_after(lower, match.end(), rules):
            value = float(rules.number_words[match.group(0)])
            at, to = offset + match.start(), offset + match.end()
            out.append(
                Figure(at, to, value, "count", sentence[match.start() : match.end()], "count")
            )
    return out


def company_noun_after(lower: str, end: int, rules: IndicatorRules) -> str | None:
    """'170 enterprises', '140 Singaporean companies', '30 Czech companies'."""
    found = rules.company_after.match(lower, end, end + 40)
    return (found["noun"] or found["later"]) if found else None


def chain_figures(
    text: str,
    start: int,
    end: int,
    figures: list[Figure],
    words: tuple[Sequence[int], Sequence[int]],
    rules: IndicatorRules,
) -> list[Chain]:
    """The figures of one sentence in chains: a figure joins the chain before it unless the
    words between them name an indicator or a country or begin another clause (a clause break,
    or a coordinator and then a verb: "... and with Western Europe rose ...").

    ``words``: where the sentence's country mentions begin, and where its verbs do.
    """
    groups: list[list[Figure]] = []
    heads: list[int] = []
    for figure in figures:
        if groups and _continues(text, groups[-1][-1].end, figure.start, words, rules):
            groups[-1].append(figure)
            continue
        heads.append(
            start if not groups else _clause_start(text, groups[-1][-1].end, figure.start, rules)
        )
        groups.append([figure])
    chains = []
    for i, group in enumerate(groups):
        stop = groups[i + 1][0].start if i + 1 < len(groups) else end
        tail = text[group[-1].end : stop].lower()
        respectively = any(w in tail for w in rules.respectively)
        chains.append(Chain(tuple(group), heads[i], stop, respectively))
    return chains


def _continues(
    text: str, a: int, b: int, words: tuple[Sequence[int], Sequence[int]], rules: IndicatorRules
) -> bool:
    mentions, verbs = words
    gap = text[a:b].lower()
    if len(gap) > 100 or any(a <= m < b for m in mentions):
        return False
    if rules.cue_word.search(gap) or rules.clause_break.search(gap):
        return False
    coordinator = rules.clause_start.search(gap)
    if coordinator is None:
        return True
    # "... and with Western Europe rose ...", "... and with EC nations, 16.7 billion dlrs"
    partner = rules.partner_word.match(gap, coordinator.end())
    return not (partner or any(a + coordinator.end() <= v < b for v in verbs))


def _clause_start(text: str, a: int, b: int, rules: IndicatorRules) -> int:
    """Where the words of the next clause begin: after the last clause break or coordinator
    between a and b that opens with an indicator's cue ("..., while Kyrgyz shipments to
    Germany, mostly gold and dried fruit, stood at ...", "..., and imports from Fiji, mainly
    sugar and clothing, about 120 mln": not after the "and" of the goods listed), else after
    the last one."""
    lower = text[a:b].lower()
    breaks = {m.end() for m in rules.clause_break.finditer(lower)}
    ends = [m.end() for m in rules.clause_start.finditer(lower)]
    opened = [e for e in ends if _opens_with_a_cue(lower, e, e in breaks, rules)]
    return a + (opened or ends or [0])[-1]


def _opens_with_a_cue(lower: str, at: int, broken: bool, rules: IndicatorRules) -> bool:
    """A cue as one of the three words after ``at``; after a coordinator, with its partner
    word too ("and imports from", not "bank and trade credit lines")."""
    for word in islice(_WORD.finditer(lower, at), 3):
        cue = rules.cue_word.match(lower, word.start())
        if cue is not None:
            return broken or rules.partner_word.match(lower, cue.end()) is not None
    return False


_WORD = re.compile(r"[a-z][a-z.'’-]*")
