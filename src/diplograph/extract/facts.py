"""Economic figures: trade, exports, imports, investment, companies, as dated observations.

Each figure in a sentence ("$1.8 billion", "62 billion US dollars", "some 550 companies",
"more than 60 percent") gets an indicator from the nearest cue word before it
(``data/indicators.yaml``), a qualifier from the words just before it, its two countries from the
sentence (else the article's main pair), and a period: the time expression nearest to it (a stock
or a count is dated by the publication date; no period when the text gives none).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from diplograph.extract.indicators import IndicatorRules
from diplograph.extract.ranks import find_ranks
from diplograph.models import Evidence, Fact, TimeExpression

if TYPE_CHECKING:
    from diplograph.extract.actors import ArticleActors
    from diplograph.extract.context import ArticleContext

_BASE_MARKERS = ("compared to", "compared with", "from", "than", "against", "versus")
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "dozens": 24,
}  # fmt: skip
_NUMBER_WORD = re.compile(
    r"\b(?:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")\b"
)
_MAY_HOLD_FIGURE = re.compile(r"\d|\b(?:" + "|".join(_NUMBER_WORDS) + r")\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Figure:
    start: int  # offsets in the article
    end: int
    value: float
    unit: str  # ISO 4217, count, percent
    text: str


def find_facts(ctx: ArticleContext) -> list[Fact]:
    """All economic figures of an article, one Fact each (targets marked ``status='target'``),
    then the partner ranks it states."""
    text, article_id, published_on = ctx.text, ctx.article_id, ctx.published_on
    actors, times, rules = ctx.actors, list(ctx.times), ctx.lex.indicators
    countries_at = list(ctx.countries_at)
    facts: list[Fact] = []
    for s_start, s_end in ctx.sentences:
        sentence = text[s_start:s_end]
        if not _MAY_HOLD_FIGURE.search(sentence):
            continue  # most sentences hold no number at all
        figures = list(_figures(sentence, s_start, rules))
        if not figures:
            continue
        in_sentence = [
            t for t in times if s_start <= t.start and t.end <= s_end and not _is_base(text, t)
        ]
        assigned = _assign_times(figures, in_sentence)
        placed = [(a, b, c) for a, b, c in countries_at if s_start <= a and b <= s_end]
        countries = [c for _, _, c in placed]
        evidence = Evidence(article_id, sentence, s_start, s_end)
        for figure in figures:
            fact = _fact(
                text,
                s_start,
                figure,
                figures,
                assigned,
                in_sentence,
                countries,
                placed,
                actors,
                published_on,
                evidence,
                rules,
            )
            if fact is not None:
                facts.append(fact)
    return facts + find_ranks(ctx)


def _figures(sentence: str, offset: int, rules: IndicatorRules) -> list[_Figure]:
    out = []
    lower = sentence.lower()
    currency_here = _sentence_currency(lower, rules)
    for match in rules.figure.finditer(sentence):
        num_text = match["num"]
        value = float(num_text.replace(",", ""))
        mult = (match["mult"] or "").lower()
        pre = (match["pre"] or "").strip().lower()
        cur = (match["cur"] or "").lower()
        if match["pct"]:
            out.append(
                _Figure(
                    offset + match.start(), offset + match.end(), value, "percent", match.group(0)
                )
            )
            continue
        factor = rules.multipliers.get(mult, 1.0)
        if len(mult) == 1 and not (pre or cur):
            factor = 1.0  # a lone "m" or "b" after a bare number is not a multiplier
        currency = rules.currencies.get(pre) or rules.currencies.get(cur)
        if currency is None and factor >= 1e6 and currency_here:
            currency = currency_here
        if currency:
            out.append(
                _Figure(
                    offset + match.start(),
                    offset + match.end(),
                    value * factor,
                    currency,
                    match.group(0),
                )
            )
            continue
        if _is_year(num_text) and factor == 1.0:
            continue
        noun = _company_noun_after(lower, match.end(), rules)
        if noun:
            out.append(
                _Figure(
                    offset + match.start(),
                    offset + match.end(),
                    value * factor,
                    "count",
                    match.group(0),
                )
            )
    out += _word_counts(sentence, offset, rules)
    return sorted(out, key=lambda f: f.start)


def _word_counts(sentence: str, offset: int, rules: IndicatorRules) -> list[_Figure]:
    out = []
    lower = sentence.lower()
    for match in _NUMBER_WORD.finditer(lower):
        value = _NUMBER_WORDS[match.group(0)]
        if _company_noun_after(lower, match.end(), rules):
            out.append(
                _Figure(
                    offset + match.start(),
                    offset + match.end(),
                    float(value),
                    "count",
                    sentence[match.start() : match.end()],
                )
            )
    return out


def _sentence_currency(lower: str, rules: IndicatorRules) -> str | None:
    match = rules.currency_word.search(lower)
    if match:
        return rules.currencies[match.group(0)]
    return "USD" if "$" in lower else None


def _is_year(num_text: str) -> bool:
    return bool(re.fullmatch(r"(1[89]|20)\d\d", num_text))


def _company_noun_after(lower: str, end: int, rules: IndicatorRules) -> str | None:
    """'170 enterprises', '140 Singaporean companies', '30 Czech companies'."""
    rest = lower[end : end + 40]
    match = re.match(r"\s+(?:[a-z'’-]+\s+)?", rest)
    for noun in rules.company_nouns:
        if re.match(rf"\s+{re.escape(noun)}\b", rest) or (
            match and rest[match.end() :].startswith(noun)
        ):
            return noun
    return None


def _assign_times(figures: list[_Figure], times: list[TimeExpression]) -> dict[int, TimeExpression]:
    """Each time expression goes to the figure nearest to it: figure start -> expression."""
    out: dict[int, TimeExpression] = {}
    best: dict[int, tuple[int, TimeExpression]] = {}
    for expr in times:
        nearest = min(figures, key=lambda f: _distance(f, expr))
        gap = _distance(nearest, expr)
        if nearest.start not in best or gap < best[nearest.start][0]:
            best[nearest.start] = (gap, expr)
    for start, (_, expr) in best.items():
        out[start] = expr
    return out


def _distance(figure: _Figure, expr: TimeExpression) -> int:
    if expr.end <= figure.start:
        return figure.start - expr.end
    if figure.end <= expr.start:
        return expr.start - figure.end
    return 0


def _fact(
    text: str,
    s_start: int,
    figure: _Figure,
    figures: list[_Figure],
    assigned: dict[int, TimeExpression],
    times: list[TimeExpression],
    countries: list[str],
    placed: list[tuple[int, int, str]],
    actors: ArticleActors,
    published_on: date | None,
    evidence: Evidence,
    rules: IndicatorRules,
) -> Fact | None:
    before = text[s_start : figure.start].lower()
    after = text[figure.end : figure.end + 60].lower()
    indicator = _indicator(before, figure, rules)
    if indicator is None:
        return None
    qualifier = _qualifier(before, rules)
    status = "target" if _is_target(before, rules) else "reported"
    when = assigned.get(figure.start)
    if when is None and _is_base_figure(before):
        return None  # "rose to X from Y": Y's period is not given with it
    when = when or _nearest_time(text, figure, times, assigned, figures)
    if indicator == "investment":
        stock = when is None or _is_stock(before, when, text, rules)
        indicator = "investment_stock" if stock else "investment_flow"
    if indicator == "trade_balance":
        of, in_ = _balance_parties(text, s_start, figure, placed, actors, rules)
    else:
        of, in_ = _parties(indicator, before, after, countries, actors)
    if indicator in ("trade_turnover", "trade_balance") and _names_a_total(before, figure, rules):
        cue_at = max(before.rfind(w) for w in ("trade", "surplus", "deficit", "turnover"))
        if not re.search(r"\bwith\b|\bbetween\b|\bbilateral\b", before[max(cue_at, 0) :]):
            return None
    if of is None or in_ is None or of == in_:
        return None
    if indicator in ("investment_stock", "companies", "partner_rank"):
        period = published_on.isoformat() if published_on else None
        reason = "a stock or count is dated by the publication date"
    elif when is not None and when.anchor:
        period, reason = when.anchor, f"time expression '{when.text}'"
    else:
        period, reason = None, "the text gives no period"
    value = -figure.value if indicator == "trade_balance" and _is_deficit(before) else figure.value
    return Fact(
        indicator=indicator,
        of=of,
        in_=in_,
        value=value,
        unit=figure.unit,
        period=period,
        qualifier=qualifier,
        evidence=evidence,
        status=status,
        period_reason=reason,
    )


def _indicator(before: str, figure: _Figure, rules: IndicatorRules) -> str | None:
    window = before[-90:]
    if figure.unit == "count":
        return "companies"
    best: tuple[int, str] | None = None
    for cue, name in rules.cues:
        index = _last_word_index(window, cue)
        if index >= 0 and (best is None or index > best[0]):
            best = (index, name)
    if best is None:
        return None
    name = best[1]
    if figure.unit == "percent":
        growth = any(_last_word_index(window, g) >= 0 for g in rules.growth_cues)
        return "trade_growth" if growth and name == "trade_turnover" else None
    if name in ("exports", "imports") and best[0] < len(window) - 45:
        return "trade_turnover" if "trade" in window[best[0] :] else name
    return name


def _last_word_index(window: str, phrase: str) -> int:
    found = -1
    for match in re.finditer(rf"(?<![a-z]){re.escape(phrase)}(?![a-z])", window):
        found = match.start()
    return found


def _qualifier(before: str, rules: IndicatorRules) -> str:
    tail = re.sub(r"\s+", " ", before[-30:]).rstrip(" $€£")
    tail = re.sub(r"\b(the|usd|us|eur|czk)\s*$", "", tail).rstrip()
    for phrase, qualifier in rules.qualifiers:
        if re.search(rf"(?<![a-z]){re.escape(phrase)}$", tail):
            return qualifier
    return "exact"


def _is_target(before: str, rules: IndicatorRules) -> bool:
    window = before[-80:]
    return any(_last_word_index(window, cue) >= 0 for cue in rules.target_cues)


def _nearest_time(
    text: str,
    figure: _Figure,
    times: list[TimeExpression],
    assigned: dict[int, TimeExpression],
    figures: list[_Figure],
) -> TimeExpression | None:
    """A figure with no time of its own takes the nearest free one, else the lead figure's."""
    taken = {id(e) for e in assigned.values()}
    free = [e for e in times if e.type != "SET" and id(e) not in taken]
    if free:
        return min(free, key=lambda e: _distance(figure, e))
    lead = next((assigned[f.start] for f in figures if f.start in assigned), None)
    return lead


def _is_base_figure(before: str) -> bool:
    tail = before.rstrip(" $€£").rstrip()
    return tail.endswith(("from", "compared with", "compared to", "against", "versus"))


def _names_a_total(before: str, figure: _Figure, rules: IndicatorRules) -> bool:
    """'Japan's global trade surplus', 'overall trade': the words just before the trade cue."""
    del figure
    cue_at = max(before.rfind(w) for w in ("trade", "surplus", "deficit", "turnover"))
    window = before[max(0, cue_at - 25) : cue_at] if cue_at >= 0 else before[-45:]
    return any(_last_word_index(window, w) >= 0 for w in rules.unilateral)


def _is_deficit(before: str) -> bool:
    window = before[-90:]
    surplus = max(window.rfind("surplus"), -1)
    deficit = max(window.rfind(w) for w in ("deficit", "gap", "shortfall"))
    return deficit > surplus


def _balance_parties(
    text: str,
    s_start: int,
    figure: _Figure,
    placed: list[tuple[int, int, str]],
    actors: ArticleActors,
    rules: IndicatorRules,
) -> tuple[str | None, str | None]:
    """'The U.S. trade gap with Taiwan': of = the country before the cue, in = after 'with'."""
    before = text[s_start : figure.start].lower()
    cue_at = max(before.rfind(w) for w in ("surplus", "deficit", "gap", "shortfall"))
    if cue_at < 0:
        return None, None
    cue = s_start + cue_at
    owners = [c for a, b, c in placed if b <= cue and "with " not in text[max(0, a - 6) : a]]
    partners = [c for a, b, c in placed if a > cue and "with" in text[cue:a].lower()]
    home = actors.home or (actors.pair[0] if actors.pair else None)
    of = owners[-1] if owners else home
    in_ = partners[0] if partners else next((c for c in actors.pair if c != of), None)
    del rules
    return of, in_


def _is_base(text: str, expr: TimeExpression) -> bool:
    """'compared to 2021', 'up from ... in 2021': a period a figure is measured against."""
    lead = text[max(0, expr.start - 14) : expr.start].lower().rstrip()
    return lead.endswith(_BASE_MARKERS)


def _is_stock(before: str, when: TimeExpression, text: str, rules: IndicatorRules) -> bool:
    if when.granularity in ("none",) or when.type == "DURATION":
        return True
    lead = text[max(0, when.start - 12) : when.start].lower()
    if "since" in lead or "over the" in lead:
        return True
    return any(_last_word_index(before[-60:], cue) >= 0 for cue in rules.stock_cues[:3])


def _parties(
    indicator: str, before: str, after: str, countries: list[str], actors: ArticleActors
) -> tuple[str | None, str | None]:
    """(of, in) as the gold README defines them, from the sentence, else the main pair."""
    home = actors.home or (actors.pair[0] if actors.pair else None)
    distinct = list(dict.fromkeys(countries))
    pair = list(actors.pair)
    if indicator in ("trade_turnover", "trade_growth", "trade_balance"):
        found = (
            distinct[:2]
            if len(distinct) >= 2
            else distinct + [c for c in pair if c not in distinct]
        )
        if len(found) < 2:
            return None, None
        a, b = found[0], found[1]
        return (b, a) if a == home else (a, b)
    if indicator in ("exports", "imports"):
        exporter = home if home in distinct or not distinct else distinct[0]
        partner = next((c for c in distinct + pair if c != exporter), None)
        return exporter, partner
    investor = _investor(before, after, countries_in=distinct, home=home, pair=pair)
    if investor is None:
        return None, None
    others = [c for c in distinct if c != investor]
    host = home if home != investor and (home in distinct or not others) else None
    host = host or (others[0] if others else next((c for c in pair if c != investor), None))
    return investor, host


def _investor(
    before: str, after: str, *, countries_in: list[str], home: str | None, pair: list[str]
) -> str | None:
    """The investing country: '<X> investment', 'with <X> capital', else the first foreign one."""
    del before, after  # the sentence's countries carry the order; kept for future cue rules
    foreign = [c for c in countries_in if c != home]
    if foreign:
        return foreign[0]
    return next((c for c in pair if c != home), None)
