"""Economic figures: trade, exports, imports, balances, investment, companies, as dated facts.

Each sentence's figures are read and strung into chains (``figures.py``). A chain's indicator is
the cue that heads its own phrase ("British exports to Nigeria were ...", "a 7.1 billion dlr
surplus with ...", ``phrases.py``), else the one of the clause it continues ("..., with Japan
increased 700 mln dlrs to 14.8 billion"). Its two countries are the ones that phrase names; what
it leaves out comes from what the article said before (``fact_parties.py``). Each figure gets the
period written with it, else its clause's, else the parallel clause's, else its sentence's, else
the sentence's it continues. Changes are no facts; a base ("down from 960 mln in 1985") is one
with its own period; targets and forecasts keep a status.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

import pycountry

from diplograph.extract import timex_values as tv
from diplograph.extract.dates import find_time_expressions
from diplograph.extract.fact_parties import Parties
from diplograph.extract.figures import Chain, Figure, chain_figures, read_figures
from diplograph.extract.phrases import NO_COUNTRY, OTHER_NOUN, Said
from diplograph.extract.ranks import find_ranks, fronted, in_clause_of
from diplograph.models import Evidence, Fact, TimeExpression

if TYPE_CHECKING:
    from collections.abc import Mapping

    from diplograph.extract.context import ArticleContext
    from diplograph.extract.indicators import IndicatorRules

_DIGIT = re.compile(r"\d")
_NEXT_WORD = re.compile(r"\s+(\w+)")  # the word right after a mention ("Vietnamese goods")
_BY_PUBLICATION = "a stock or count is dated by the publication date"
_YEAR_PAIR = re.compile(r"(\d{4})/(\d{4})")


def find_facts(ctx: ArticleContext) -> list[Fact]:
    """All economic figures of an article, one Fact each (targets and forecasts marked by
    ``status``), then the partner ranks it states."""
    reader = _ArticleFigures(ctx)
    facts: list[Fact] = []
    for s_start, s_end in ctx.sentences:
        facts += reader.read_sentence(s_start, s_end)
    published = ctx.published_on.isoformat() if ctx.published_on else None
    eras = ctx.lex.indicators.currency_eras
    return [_in_its_era(f, eras, published) for f in facts] + find_ranks(ctx)


def _in_its_era(
    fact: Fact, eras: Mapping[str, tuple[tuple[str, str], ...]], published: str | None
) -> Fact:
    """A redenominated currency's amount of before the change keeps the code of then: pesos
    of 1990 are MXP (indicators.yaml currency_eras); the period's start, else the story's date,
    decides."""
    day = (fact.period or "").split("/")[0] or published
    if not day:
        return fact
    for former, until in eras.get(fact.unit, ()):
        if day < until[: len(day)]:
            return replace(fact, unit=former)
    return fact


@dataclass(frozen=True)
class _Dated:
    period: str | None
    reason: str


class _ArticleFigures:
    """Reads an article's sentences in order, remembering what earlier figures said."""

    def __init__(self, ctx: ArticleContext) -> None:
        self.ctx = ctx
        self.text = ctx.text
        self.lower = ctx.text.lower()
        self.rules: IndicatorRules = ctx.lex.indicators
        # in text order, with their starts for bisection: an article may hold thousands
        self.times = sorted((t for t in ctx.times if t.type != "SET"), key=lambda t: t.start)
        self.time_starts = [t.start for t in self.times]
        # a time's text -> its first expression and its place (for reasons that quote it)
        self.first_time: dict[str, tuple[int, TimeExpression]] = {}
        for n, t in enumerate(self.times):
            self.first_time.setdefault(t.text, (n, t))
        self.parties = Parties(ctx)
        self.paragraphs = [m.end() for m in re.finditer(r"\n\s*\n", self.text)]
        self.previous: list[tuple[Said, Fact]] = []  # the facts of the sentence before
        # the pair of the sentence's company count: "46 Malaysian companies had set up joint
        # ventures in China, with total investment of 270 mln ringgit" (the firms' investment)
        self.counted: tuple[str, str] | None = None
        self.previous_paragraph = -1
        self.previous_levels: list[str | None] = []  # their periods, bases left out
        self.carried: list[str | None] = []  # the last of those of the paragraph before
        self.dollars: set[str] = set()  # the dollars the story wrote out ("H.K. dlrs")
        self.localised: set[int] = set()  # where the bare dollars read as those start
        self.us_dollars_written = bool(
            self.rules.us_dollar.search(self.lower)
            or self.rules.dollar_conversion.search(self.text)
        )
        self.fiscal_ends: int | None = None  # the month the article's fiscal years end in
        self.parallel: dict[str, _Dated] = {}  # the periods of the clause before, by role
        self.bases: list[Figure] = []  # the figures of the sentence a change is measured from
        self.spans: list[str] = []  # the periods of more than a month told so far, in order
        self.bounds: tuple[int, int] | None = None  # the sentence read now, and the one before
        self.bounds_before: tuple[int, int] | None = None

    @cached_property
    def verbs(self) -> list[int]:
        return [t.idx for t in self.ctx.doc if t.pos_ in ("VERB", "AUX")]

    def times_within(self, a: int, b: int) -> list[TimeExpression]:
        """The time expressions that start at or after ``a`` and before ``b``, in text order."""
        return self.times[bisect_left(self.time_starts, a) : bisect_left(self.time_starts, b)]

    @cached_property
    def reach(self) -> dict[int, int]:
        return _fragments(self.ctx)

    def read_sentence(self, s_start: int, s_end: int) -> list[Fact]:
        self.bounds_before, self.bounds = self.bounds, (s_start, s_end)
        paragraph = bisect_right(self.paragraphs, s_start)
        if paragraph != self.previous_paragraph:
            # what a figure says continues its paragraph's figures only; its period also
            # those of the paragraph right before, as wire copy gives each sentence a
            # paragraph ("... 3.91 billion dlrs in the first quarter ... \n\n Exports to the
            # U.S. rose 38 pct to 5.22 billion dlrs.")
            adjacent = paragraph == self.previous_paragraph + 1 and self.previous
            self.carried = self.previous_levels[-1:] if adjacent else []
            self.previous, self.previous_levels = [], []
        self.previous_paragraph = paragraph
        if not (
            _DIGIT.search(self.text, s_start, s_end)
            or self.rules.number_word.search(self.lower, s_start, s_end)
        ):
            return []  # most sentences hold no figure at all
        countries = self.parties.countries_between(s_start, s_end) + self.parties.home_pair()
        figures = [
            self._local_dollar(f)
            for f in read_figures(self.text, s_start, s_end, self.rules, countries)
        ]
        if not figures:
            return []
        self.bases = [f for f in figures if f.role == "base"]
        mentions = [a for a, _, _ in self.parties.starting_within(s_start, s_end)]
        verbs = self.verbs[bisect_left(self.verbs, s_start) : bisect_left(self.verbs, s_end)]
        words = (mentions, verbs)
        chains = chain_figures(self.text, s_start, s_end, figures, words, self.rules)
        evidence = Evidence(self.ctx.article_id, self.text[s_start:s_end], s_start, s_end)
        found: list[tuple[Said, Fact]] = []
        before: Said | None = None
        self.parallel = {}
        self.counted = None
        levels: list[str | None] = []  # the periods of its figures that are no base
        for chain in chains:
            said = self._chain_said(chain, before, s_start, bool(found))
            for figure, dated in self._periods(chain, s_start, s_end, found, said):
                fact = self._fact(figure, chain, said, dated, s_start, evidence)
                if fact is not None and figure.start in self.localised:
                    fact = _dollar_of_its_parties(fact)
                if fact is not None:
                    if fact.indicator == "companies" and fact.of and fact.in_:
                        self.counted = (fact.of, fact.in_)
                    found.append((self._said_of(fact, said), fact))
                    self.parties.remember(figure.start, fact)
                    if figure.role != "base" and fact.period_reason != _BY_PUBLICATION:
                        levels.append(fact.period)  # a stock's day is no period to continue
                    if fact.period and "/" in fact.period:
                        self.spans.append(fact.period)
            before = said or before
        self.previous = found
        self.previous_levels = levels
        return [fact for _, fact in found]

    def _local_dollar(self, figure: Figure) -> Figure:
        """A bare "dlrs" in a story that wrote its amounts in another dollar ("12.5 billion
        H.K. dlrs ... re-exports rose to 8.1 billion dlrs") is that dollar, unless the story
        also writes U.S. dollars out ("U.S. dlrs") or converts into bare dollars ("C$30
        billion ($20.7 billion)"), which tells the two apart."""
        if figure.unit != "USD" and self.rules.dollar_word.search(figure.text.lower()):
            self.dollars.add(figure.unit)
        elif figure.unit == "USD" and len(self.dollars) == 1 and not self.us_dollars_written:
            self.localised.add(figure.start)
            return replace(figure, unit=next(iter(self.dollars)))
        return figure

    # --- indicator and countries --------------------------------------------------------------

    def _chain_said(
        self, chain: Chain, before: Said | None, s_start: int, has_found: bool
    ) -> Said | None:
        """What the chain's own words say (indicator, owner, partner), else what it continues."""
        first = chain.figures[0]
        said = self.parties.said_before(chain, before)
        if said is not None:
            return said
        if before is not None:
            return self.parties.continued(before, chain.head, first.start)
        if self.previous and not has_found and (self._refers_back(chain) or first.role == "base"):
            return self.previous[-1][0]
        if not self.previous and not has_found and self.bounds_before and self._refers_back(chain):
            return self.parties.said_in(*self.bounds_before)  # "Trade between A and B has
            # withered. It came to about $360 million in 2015."
        return None

    def _refers_back(self, chain: Chain) -> bool:
        """'This compared with ...', 'In February they rose to ...': the clause's subject is an
        anaphor (time expressions and the words that introduce them left aside)."""
        head = self.lower[chain.head : chain.figures[0].start]
        for t in self.times_within(chain.head, chain.figures[0].start):
            if t.end <= chain.figures[0].start:
                head = head.replace(self.lower[t.start : t.end], " ")
        head = self.rules.time_prepositions.sub("", head)
        return bool(self.rules.anaphors.search(head))

    def _said_of(self, fact: Fact, said: Said | None) -> Said:
        base = said or Said(fact.indicator, fact.of, fact.in_, "", -1)
        return replace(base, indicator=fact.indicator, owner=fact.of, partner=fact.in_)

    def _fact(
        self,
        figure: Figure,
        chain: Chain,
        said: Said | None,
        dated: _Dated | None,
        s_start: int,
        evidence: Evidence,
    ) -> Fact | None:
        if figure.role == "change" or dated is None:
            return None
        before = self.lower[s_start : figure.start]
        if figure.unit == "count":
            return self._count_fact(figure, before, evidence, dated)
        own = self.parties.said_by_figure(figure, chain, said)
        if own is OTHER_NOUN:
            return None  # the amount modifies another noun: "a 44.5 billion dlr foreign debt"
        if own is None and said is not None and said.cue_at < chain.head:
            if self._part_of_the_total(figure):  # "market for Vietnamese goods, which
                said = self._goods_of_the_pair(chain, figure, said)  # accounted for X of the
                # total": a part is not the total it continues; the goods' seller's exports
        said = own or said
        if said is not None and said.bilateral and not said.pair and said.partner is None:
            said = replace(said, pair=self._pair_told_before(s_start))  # "the two countries"
        if said is not None and self._unpaired(said):
            said = self._paired_before(said)
        if said is None:
            return None
        if figure.role == "base" and (beside := self._partner_beside(figure, said)):
            said = replace(said, partner=beside, pair=())
        indicator = said.indicator
        sign = 1
        if figure.unit == "percent":
            sign = self._grows(said, figure) if indicator == "trade_turnover" else 0
            if not sign:
                return None
            indicator = "trade_growth"
        if indicator == "investment":
            return self._investment_fact(figure, chain, said, dated, evidence)
        pair = self.parties.resolve(said, figure, s_start)
        if pair is None:
            return None
        value = figure.value * sign  # "fell 27%": a growth of -27
        if indicator == "trade_balance" and said.cue in self.rules.negative_cues:
            value = -value
        return Fact(
            indicator=indicator,
            of=pair[0],
            in_=pair[1],
            value=value,
            unit=figure.unit,
            period=self._fiscal_period(dated, pair, indicator),
            qualifier=_qualifier(before, self.rules),
            evidence=evidence,
            status=self._status(chain, figure, said),
            period_reason=dated.reason,
        )

    def _unpaired(self, said: Said) -> bool:
        """A cue that names its indicator only with a pair or partner, named without either
        ("with the last trading at 55,000 dlrs": a market's; indicators.yaml paired_cues)."""
        return (
            said.cue in self.rules.paired_cues
            and not said.pair
            and not said.bilateral
            and said.partner in (None, *NO_COUNTRY)
        )

    def _pair_told_before(self, s_start: int) -> tuple[str, ...]:
        """The two states the sentence before, in the same paragraph, names joined by "and"
        ("A free trade agreement that Serbia and China signed ... Trade between the two
        countries grew"): whom "the two countries" are; () where it names no such pair."""
        if self.bounds_before is None or bisect_right(self.paragraphs, s_start) != bisect_right(
            self.paragraphs, self.bounds_before[0]
        ):
            return ()
        named = self.parties.starting_within(*self.bounds_before)
        if len({c for _, _, c in named}) != 2 or len(named) != 2:
            return ()
        (_, first_end, first), (second_start, _, second) = named
        joined = re.fullmatch(r"\s+and\s+", self.text[first_end:second_start])
        return (first, second) if joined else ()

    def _paired_before(self, said: Said) -> Said | None:
        """An unpaired cue continues its sentence's cue of the same indicator told before it
        with a pair or partner: "trade between the neighbours was modest: turnover totaled 7.3
        million dollars"; else it names no figure of ours."""
        start = self.bounds[0] if self.bounds else said.cue_at
        earlier = self.parties.said_in(start, said.cue_at) if said.cue_at > start else None
        return earlier if earlier is not None and earlier.indicator == said.indicator else None

    def _grows(self, said: Said, figure: Figure) -> int:
        """1 when the percent is a growth ("rose 27%", "an increase of 3.1 percent"), -1 when
        a decline ("fell 27%"), 0 when neither: the last cue before it decides."""
        window = self.lower[max(said.cue_at, figure.start - 90) : figure.start]
        up = max((_last_word_index(window, g) for g in self.rules.growth_cues), default=-1)
        down = max((_last_word_index(window, g) for g in self.rules.decline_cues), default=-1)
        if up < 0 and down < 0:
            return self._grows_after(figure)
        return 1 if up > down else -1

    def _grows_after(self, figure: Figure) -> int:
        """1 or -1 when a noun of change follows the percent ("a 9.6 percent decrease",
        indicators.yaml ``growth_after``, ``decline_after``), else 0."""
        after = self.lower[figure.end : figure.end + 30].split()
        word = after[0].strip(",.;") if after else ""
        return (
            1 if word in self.rules.growth_after else -1 if word in self.rules.decline_after else 0
        )

    def _status(self, chain: Chain, figure: Figure, said: Said) -> str:
        """'aims to raise trade to ...': a target; 'is expected to decline to ...': a forecast
        (a modal or an expectation between the figure's cue and the figure)."""
        index = chain.figures.index(figure)
        start = chain.head if index == 0 else chain.figures[index - 1].end
        window = self.lower[max(start, figure.start - 80) : figure.start]
        predicate = self.lower[max(start, said.cue_at, figure.start - 80) : figure.start]
        if any(_last_word_index(predicate, cue) >= 0 for cue in self.rules.forecast_cues):
            return "forecast"
        if self._aims(window, self.lower[max(chain.head, figure.start - 160) : figure.start]):
            return "target"
        if self._deadline(figure, chain.end):
            return "target"
        if index > 0 and chain.figures[index - 1].role == figure.role:
            # "calls for investment of 80 mln dlrs in 1987, 120 mln in 1988, ...": one series
            return self._status(chain, chain.figures[index - 1], said)
        return "reported"

    def _count_fact(
        self, figure: Figure, before: str, evidence: Evidence, dated: _Dated
    ) -> Fact | None:
        if self.rules.reference_determiner.search(before):
            return None  # "the other two companies": a reference, not a count
        named = self.rules.count_before.search(self.lower, evidence.start, figure.start)
        if named is not None:  # "the number of enterprises with Spanish capital ... has
            # reached 45": the count's phrase, with its countries, comes before it
            at = named.start("head")
            figure = replace(figure, start=at, end=at)
        start, end = max(evidence.start, figure.start - 30), min(evidence.end, figure.end + 80)
        if not self.rules.company_presence.search(self.lower, start, end):
            return None  # "five Japanese companies seeking to develop ...": not firms present
        if self._kept_from(figure):
            return None  # "barring ten Europeans and four entities from doing business"
        if not self.parties.countries_between(figure.start, end):
            return None  # no country says whose firms they are ("10 companies have registered")
        pair = self.parties.count_pair(figure, end)
        published = self.ctx.published_on
        if pair is None:
            return None
        when = self._time_of(dated)  # "by the end of 1992, Chinese firms had set up 360 ...":
        if when is not None and not (
            in_clause_of(self.ctx, figure.start, when) or fronted(self.ctx, when)
        ):  # "investment totalled $3 billion at the end of 1987, and 900 German companies
            when = None  # have subsidiaries there": the count is of now
        if self._stock_at(when):  # a count at that time
            period, reason = self._point_period(dated, when), dated.reason
        else:
            period = published.isoformat() if published else None
            reason = _BY_PUBLICATION
        return Fact(
            indicator="companies",
            of=pair[0],
            in_=pair[1],
            value=figure.value,
            unit="count",
            period=period,
            qualifier=_qualifier(before, self.rules),
            evidence=evidence,
            status="target" if self._targets(before) else "reported",
            period_reason=reason,
        )

    def _kept_from(self, figure: Figure) -> bool:
        """A count that is the object of a verb that keeps it "from" something (triggers.yaml
        ``words.preventing``): firms barred from business, not firms present."""
        doc = self.ctx.doc
        node = doc[max(0, bisect_right(self.parties.token_starts, figure.end - 1) - 1)]
        path = [node]
        for _ in range(4):
            if node.pos_ == "VERB" or node.head.i == node.i:
                break
            node = node.head
            path.append(node)
        return (
            node.pos_ == "VERB"
            and node.lemma_.lower() in self.ctx.lex.triggers.words.preventing
            and any(c.dep_ == "prep" and c.lower_ == "from" for n in path for c in n.children)
        )

    def _fiscal_period(self, dated: _Dated, pair: tuple[str, str], indicator: str) -> str | None:
        """'in fiscal year 2023-24', 'in the 2022/23 financial year': the fiscal year of the
        country whose figure it is (the exporter's, the importer's, the balance's side; for trade
        between two, the country reporting it, then its partner) where countries.yaml gives one
        that is not the calendar year. A later pair of years in the article ("down from $185
        million a year earlier") is a fiscal year of the same kind."""
        period = dated.period
        found = _YEAR_PAIR.fullmatch(period or "")
        if found is None or int(found[2]) != int(found[1]) + 1:
            return period
        when = self._time_of(dated)
        ends = self.fiscal_ends
        if when is not None and self.rules.fiscal_year.search(
            self.lower, max(0, when.start - 12), when.end + 18
        ):
            sides = pair[::-1] if indicator in ("trade_turnover", "trade_growth") else pair
            knowledge = self.ctx.lex.knowledge
            ends = knowledge.fiscal_year_ends(sides[0]) or knowledge.fiscal_year_ends(sides[1])
            self.fiscal_ends = ends or self.fiscal_ends
        if ends is None:
            return period
        return f"{found[1]}-{ends + 1:02d}/{found[2]}-{ends:02d}"

    def _point_period(self, dated: _Dated, when: TimeExpression | None) -> str | None:
        """The period of a stock at a point: "at the end of 1988" is its last month."""
        period = dated.period
        if when is not None and when.mod == "END" and period and len(period) == 4:
            return f"{period}-12"
        return period

    def _investment_fact(
        self, figure: Figure, chain: Chain, said: Said, dated: _Dated, evidence: Evidence
    ) -> Fact | None:
        before = self.lower[chain.head : figure.start]
        if self.parties.anonymous_investment(said):
            return None
        pair = self.parties.investment_pair(figure, said)
        if self.counted and said.owner is None and said.partner is None and not said.pair:
            pair = self.counted  # the investment of the firms just counted
        if pair is None:
            return None
        when = self._time_of(dated)
        dated_stock = self._stock_at(when)  # "as of the end of 2023": a stock at its time
        stock = dated.period is None or dated_stock or self._is_stock(before, when)
        published = self.ctx.published_on
        if stock and not dated_stock:
            period = published.isoformat() if published else None
            reason = _BY_PUBLICATION
        elif dated_stock:
            period, reason = self._point_period(dated, when), dated.reason
        else:
            period, reason = dated.period, dated.reason
        status = self._status(chain, figure, said)
        return Fact(
            indicator="investment_stock" if stock else "investment_flow",
            of=pair[0],
            in_=pair[1],
            value=figure.value,
            unit=figure.unit,
            period=period,
            qualifier=_qualifier(before, self.rules),
            evidence=evidence,
            status=status,
            period_reason=reason,
        )

    def _deadline(self, figure: Figure, end: int) -> bool:
        """'... to 5 billion dlrs by 1990': a year to reach it by, after the publication year."""
        found = self.rules.deadline.search(self.lower, figure.end, min(end, figure.end + 40))
        published = self.ctx.published_on
        return bool(found and published and int(found["year"]) > published.year)

    def _aims(self, window: str, clause: str) -> bool:
        """A target cue before the figure that is not the level a change in the past tense
        reached ("grew by 20 percent last year to reach $1.2 billion"; ``clause``: the text
        from the figure's cue, which ends with ``window``)."""
        rules = self.rules
        changes = (*rules.growth_cues, *rules.decline_cues)
        found = [  # not a noun of change that is a growth cue: "an increase of 3.1 percent"
            c  # (but "set a target of 3 billion dollars" is a target)
            for c in rules.target_cues
            if (at := _last_word_index(window, c)) >= 0
            and not (f"{c} of" in changes and window[at + len(c) :].lstrip().startswith("of "))
        ]
        if not found or any(c not in rules.result_cues for c in found):
            return bool(found)
        first = len(clause) - len(window) + min(_first_word_index(window, c) for c in found)
        return not any(0 <= _first_word_index(clause, v) < first for v in rules.past_change_verbs)

    def _targets(self, before: str) -> bool:
        """A target or forecast cue in the count's own clause ("plan to set up 50 joint
        ventures"; not "invested $25 billion in corridor projects, and more than 700 ...")."""
        window = before[-80:]
        opened = [
            m.end()
            for m in self.rules.clause_start.finditer(window)
            if m.group(0) == ";" or window[: m.start()].rstrip().endswith(",")
        ]
        window = window[max(opened, default=0) :]
        cues = self.rules.target_cues + self.rules.forecast_cues
        return any(_last_word_index(window, cue) >= 0 for cue in cues)

    def _time_of(self, dated: _Dated) -> TimeExpression | None:
        reason = dated.reason
        quotes = [i for i, c in enumerate(reason) if c == "'"]
        quoted = (
            self.first_time.get(reason[i + 1 : j])
            for n, i in enumerate(quotes)
            for j in quotes[n + 1 :]
        )
        first = min((q for q in quoted if q is not None), key=lambda q: q[0], default=None)
        return first[1] if first else None

    def _stock_at(self, when: TimeExpression | None) -> bool:
        """ "totalled $3.2 billion as of the end of 2023": a stock dated by its time."""
        if when is None or when.granularity == "none" or self._ahead(when):
            return False  # ("by 2030": a deadline, not a point reached)
        lead = self.lower[max(0, when.start - 12) : when.start].rstrip()
        return self.rules.stock_point.search(lead) is not None

    def _ahead(self, when: TimeExpression) -> bool:
        """A time that begins after the publication date."""
        published = self.ctx.published_on
        return bool(published and when.anchor and when.anchor[:10] > published.isoformat())

    def _runs_ahead(self, when: TimeExpression) -> bool:
        """A span that ends after the publication date ("the next five years")."""
        published = self.ctx.published_on
        return published is not None and tv.end_against(when.anchor, published) == 1

    def _is_stock(self, before: str, when: TimeExpression | None) -> bool:
        if when is None or when.granularity == "none":
            return True
        if when.type == "DURATION" and self._runs_ahead(when):
            return False  # "pledged investments of 95 billion crowns over the next five years"
        if when.type == "DURATION" and not _months_of_one_year(when.anchor):
            return True  # ("in January-September 2024", "the first nine months": a flow)
        lead = self.lower[max(0, when.start - 12) : when.start]
        if any(w in lead for w in self.rules.stock_time_words) or self._since_clause(when):
            return True
        return any(_last_word_index(before[-60:], cue) >= 0 for cue in self.rules.stock_cues)

    def _since_clause(self, when: TimeExpression) -> bool:
        """ "have invested N since relations improved in 1988": the time ends a clause that
        one of ``stock_time_words`` opens, a few words before it."""
        lead = self.lower[max(0, when.start - 50) : when.start]
        for word in self.rules.stock_time_words:
            at = _last_word_index(lead, word)
            clause = lead[at + len(word) :] if at >= 0 else ""
            if at >= 0 and not re.search(r"[,;.:]", clause) and len(clause.split()) <= 6:
                return True
        return False

    # --- periods ------------------------------------------------------------------------------

    def _periods(
        self,
        chain: Chain,
        s_start: int,
        s_end: int,
        found: list[tuple[Said, Fact]],
        said: Said | None = None,
    ) -> list[tuple[Figure, _Dated | None]]:
        """Each figure's period: its own, else its clause's, else that of the same kind of figure
        in the clause before ("... to 13.6 billion in 1986 from 10.2 billion in 1985, and its
        surplus with Japan shrank to 1.1 billion from 1.9 billion"), else its sentence's, else
        the sentence's it continues.

        A base without a period of its own or a parallel one is dropped (None): "rose to X from
        Y" does not date Y, unless Y has a partner of its own: "reached 1.2 billion roubles last
        year, compared with under 300 mln roubles with Iran" is the same year's trade with Iran.
        """
        figures = chain.figures
        out: list[tuple[Figure, _Dated | None]] = []
        inherited = self._respectively(chain, found)
        own_periods: dict[str, _Dated] = {}
        for i, figure in enumerate(figures):
            limit = figures[i + 1].start if i + 1 < len(figures) else chain.end
            limit = self.reach.get(limit, limit)  # "... exported to the U.S. In July 1984."
            earlier = self._year_before(chain, i, limit, out)
            own = self._own_time(figure, limit) if earlier is None else None
            if earlier is not None:
                out.append((figure, earlier))
            elif own is not None:
                dated = self._dated(own)
                out.append((figure, dated))
                own_periods.setdefault(figure.role, dated)
            elif inherited and i < len(inherited):
                out.append((figure, inherited[i]))
            elif figure.role == "base":
                levels = [d for f, d in out if f.role == "level" and d is not None]
                beside = said is not None and self._partner_beside(figure, said)
                out.append((figure, self.parallel.get("base") or (levels[0] if beside else None)))
            else:
                out.append((figure, self._clause_period(chain, figure, s_start, s_end, found)))
        if own_periods:
            self.parallel = own_periods
        return out

    def _partner_beside(self, figure: Figure, said: Said) -> str | None:
        """The partner a base figure names right after it, other than its clause's."""
        indicator = "trade_turnover" if said.indicator == "trade_growth" else said.indicator
        found = self.parties.partner_right_after(figure.end, indicator, said.owner)
        return found if found != said.partner else None

    def _dated(self, expr: TimeExpression) -> _Dated:
        return self._told_span(expr) or _dated(expr)

    def _told_span(self, expr: TimeExpression) -> _Dated | None:
        """'the six months', 'for the nine months': a length with "the" is the period of that
        length the article told last ("in the first half of 1991 ... in the six months")."""
        months = re.fullmatch(r"P\d+M", expr.value or "")
        if expr.anchor or months is None or not self.lower[: expr.start].endswith("the "):
            return None
        for span in reversed(self.spans):
            if _length_of(span) == expr.value:
                return _Dated(span, f"'the {expr.text}': the period of that length told before")
        return None

    def _year_before(
        self, chain: Chain, i: int, limit: int, out: list[tuple[Figure, _Dated | None]]
    ) -> _Dated | None:
        """'against 1.6 billion a year earlier', 'compared with 2.9 billion in the same period
        last year': the period of the figure it is compared with, a year before."""
        figure = chain.figures[i]
        found = self.rules.year_before.match(self.lower[figure.end : min(limit, figure.end + 50)])
        if found is None:
            return None
        if not found["same"] and (found["year"] or found["words"] == "last year"):
            return None  # "in 1985", "last year": a period of its own
        compares = figure.role == "base" or i > 0 or self._refers_back(chain)
        if not (found["same"] or compares):
            return None
        levels = [d for f, d in out if f.role == "level" and d is not None and d.period]
        reference = levels[0].period if levels else None
        if reference is None and self.previous:
            reference = self.previous[0][1].period
        if not reference or not re.match(r"\d{4}", reference):
            return None
        if figure.unit == "percent":  # "to $22 billion in 2024, up 9 percent on the previous
            # year": the growth over 2024, compared with the year before
            return _Dated(reference, f"growth in {reference} over '{found.group(0).strip()}'")
        if found["month"]:
            shifted = _month_before(reference)
        else:
            year = found["year"]
            shifted = re.sub(r"\b\d{4}", lambda m: year or str(int(m.group(0)) - 1), reference)
        if shifted is None:
            return None
        return _Dated(shifted, f"'{found.group(0).strip()}' of {reference}")

    def _own_time(self, figure: Figure, limit: int) -> TimeExpression | None:
        """'565 mln stg in 1986', 'December's 4.40 billion', 'exported to the U.S. in July 1984'."""
        # a time expression is far shorter than 300 characters
        for expr in self.times_within(figure.start - 300, limit):
            if expr.end <= figure.start and re.fullmatch(
                r"['’]s\s*", self.text[expr.end : figure.start]
            ):
                return expr
            if figure.end <= expr.start < limit:
                gap = self.lower[figure.end : expr.start]
                if len(gap) > 45 or self.rules.clause_start.search(gap) or _after_base(self, expr):
                    return None
                return expr if expr.anchor or self._told_span(expr) else None
        return self._possessive_time(figure)

    def _possessive_time(self, figure: Figure) -> TimeExpression | None:
        """'December's 4.40 billion' where the time expressions leave the possessive out."""
        found = re.search(
            r"\b([A-Z][a-z]+)['’]s\s*$", self.text[max(0, figure.start - 20) : figure.start]
        )
        if found is None:
            return None
        word = found.group(1)
        times = find_time_expressions(word, self.ctx.published_on, self.ctx.lex.timex)
        return next((t for t in times if t.anchor and t.end - t.start == len(word)), None)

    def _clause_period(
        self, chain: Chain, figure: Figure, s_start: int, s_end: int, found: list[tuple[Said, Fact]]
    ) -> _Dated:
        span = self.lower[chain.head : figure.start]
        same = any(p in span for p in self.rules.same_period)
        if same and (found or self.previous):
            before = [fact for _, fact in found or self.previous]
            # a stock dated by the story's day has no period to share ("investment is put at
            # 7.5 billion dlrs. Exports were 2.1 billion in the same period")
            dated = [fact for fact in before if fact.period_reason != _BY_PUBLICATION]
            return _Dated((dated or before)[-1].period, "the same period as the figure before")
        if not (found or self.previous or self.carried) and (
            same or self._same_period_after(figure)
        ):
            told = [  # the period told last, of a figure that made no fact ("ASEAN exports
                # to Japan totalled 13.4 billion dlrs in the first nine months ... Trade
                # between Japan and the Philippines reached 2.1 billion dlrs in the same period")
                t
                for t in self.times_within(max(0, s_start - 400), s_start)
                if t.anchor and ("/" in t.anchor or len(t.anchor) == 4)
            ]
            if told:
                return replace(self._dated(told[-1]), reason="the same period as told before")
        head = [t for t in self.times_within(chain.head, figure.start) if t.end <= figure.start]
        head = [t for t in head if not (_after_base(self, t) or self._dates_a_base(t))]
        if head:
            return self._dated(head[-1])
        if figure.role in self.parallel:
            return replace(self.parallel[figure.role], reason="as the clause before")
        in_sentence = [
            t
            for t in self.times_within(s_start, s_end)
            if t.end <= s_end and not (_after_base(self, t) or self._dates_a_base(t))
        ]
        if in_sentence:
            nearest = min(in_sentence, key=lambda t: _distance(figure, t))
            return self._dated(nearest)
        if self.previous:  # the period of its last figure that is no base ("rose to 3.91
            # billion in the first quarter from 2.86 billion a year earlier")
            period = next(iter(self.previous_levels[-1:]), self.previous[-1][1].period)
            return _Dated(period, "the period of the sentence it continues")
        if self.carried:
            return _Dated(self.carried[0], "the period of the paragraph it continues")
        return _Dated(None, "the text gives no period")

    def _part_of_the_total(self, figure: Figure) -> bool:
        after = self.lower[figure.end : figure.end + 20].lstrip(" ,")
        return any(after.startswith(p) for p in self.rules.part_of_total)

    def _goods_of_the_pair(self, chain: Chain, figure: Figure, said: Said) -> Said | None:
        """The exports of the one of the pair whose goods the clause names ("the largest market
        for Vietnamese goods, which accounted for X of the total"), else None."""
        pair = said.pair or tuple(c for c in (said.owner, said.partner) if c)
        if not pair and said.bilateral:  # "two-way trade": the article's pair
            pair = tuple(self.parties.pair)
        if len(pair) != 2:
            return None
        for _, end, country in self.parties.starting_within(chain.head, figure.start):
            goods = _NEXT_WORD.match(self.lower, end)
            if country in pair and goods and goods[1] in self.rules.goods_nouns:
                other = pair[1] if country == pair[0] else pair[0]
                return replace(said, indicator="exports", owner=country, partner=other, pair=())
        return None

    def _same_period_after(self, figure: Figure) -> bool:
        """'reached 2.1 billion dlrs in the same period, up 18 pct': the phrase right after the
        figure, with no time of its own ("in the same period of 1986" is a base's)."""
        after = self.lower[figure.end : figure.end + 40].lstrip(" ,")
        return self._part_of_the_total(figure) or any(
            after.startswith(p) and not re.match(r"\s+(?:of|in|last|a|the|\d)\b", after[len(p) :])
            for p in self.rules.same_period
        )

    def _dates_a_base(self, expr: TimeExpression) -> bool:
        """A time right after a base figure is that figure's ("from 450 mln in 1985",
        "compared with 3.4 billion a year earlier"): it dates no other figure of the sentence."""
        return any(
            f.end <= expr.start
            and expr.start - f.end <= 24
            and not self.rules.clause_start.search(self.lower[f.end : expr.start])
            and not _DIGIT.search(self.text, f.end, expr.start)
            for f in self.bases
        )

    def _respectively(self, chain: Chain, found: list[tuple[Said, Fact]]) -> list[_Dated]:
        """'were 328 mln stg and 647 mln, respectively': the periods of the clause before."""
        if not chain.respectively or not found:
            return []
        periods = [_Dated(f.period, "respectively, as the clause before") for _, f in found]
        return periods[-len(chain.figures) :] if len(periods) >= len(chain.figures) else []


def _month_before(period: str) -> str | None:
    """'1987-03' -> '1987-02', '1987-01' -> '1986-12'; None for a period that is no month."""
    found = re.fullmatch(r"(\d{4})-(\d{2})", period)
    if found is None:
        return None
    year, month = int(found[1]), int(found[2]) - 1
    return f"{year - 1}-12" if month == 0 else f"{year}-{month:02d}"


def _fragments(ctx: ArticleContext) -> dict[int, int]:
    """Sentence end -> the end of the sentence after it when that one has no verb ("... to the
    U.S. In July 1984."): a tokenizer's split inside one sentence."""
    sentences = list(ctx.doc.sents)
    out = {}
    for first, second in pairwise(sentences):
        if not any(t.pos_ in ("VERB", "AUX") for t in second):
            out[first.end_char] = second.end_char
    return out


def _length_of(span: str) -> str | None:
    """The length of a period "YYYY-MM/YYYY-MM" as TimeML writes it ("P6M"), or None for
    another shape."""
    match = re.fullmatch(r"(\d{4})-(\d{2})/(\d{4})-(\d{2})", span)
    if match is None:
        return None
    y1, m1, y2, m2 = (int(g) for g in match.groups())
    return tv.months_between((y1, m1), (y2, m2)).value


def _dated(expr: TimeExpression) -> _Dated:
    if expr.anchor:
        return _Dated(expr.anchor, f"time expression '{expr.text}'")
    return _Dated(None, "the text gives no period")


def _after_base(reader: _ArticleFigures, expr: TimeExpression) -> bool:
    """'compared to 2021', 'up from ... in 2021', 'up 12 percent on 2019', 'compared to the
    same period last year': a period a figure is measured against (a day, "on Monday", is
    none)."""
    lead = reader.lower[max(0, expr.start - 16) : expr.start].rstrip()
    if reader.rules.base.search(lead):
        return True
    if reader.rules.over_base.search(lead) and reader.rules.previous_period.match(
        reader.lower, expr.start
    ):
        return True  # "11.2 percent over the previous year"
    day = bool(expr.anchor and re.fullmatch(r"\d{4}-\d{2}-\d{2}", expr.anchor))
    lead = reader.lower[max(0, expr.start - 48) : expr.start]
    return not day and bool(reader.rules.period_base.search(lead))


def _distance(figure: Figure, expr: TimeExpression) -> int:
    if expr.end <= figure.start:
        return figure.start - expr.end
    if figure.end <= expr.start:
        return expr.start - figure.end
    return 0


def _first_word_index(window: str, phrase: str) -> int:
    found = re.search(rf"(?<![a-z]){re.escape(phrase)}(?![a-z])", window)
    return found.start() if found else -1


def _months_of_one_year(anchor: str | None) -> bool:
    """An interval of months within one calendar year ("2024-01/2024-09")."""
    first, _, last = (anchor or "").partition("/")
    return len(first) == len(last) == 7 and first[:4] == last[:4]


def _last_word_index(window: str, phrase: str) -> int:
    found = -1
    for match in re.finditer(rf"(?<![a-z]){re.escape(phrase)}(?![a-z])", window):
        found = match.start()
    return found


def _qualifier(before: str, rules: IndicatorRules) -> str:
    tail = re.sub(r"\s+", " ", before[-30:]).rstrip(" $€£")
    tail = rules.determiner_end.sub("", tail).rstrip()
    for phrase, qualifier in rules.qualifiers:
        if re.search(rf"(?<![a-z]){re.escape(phrase)}$", tail):
            return qualifier
    return "exact"


def _dollar_of_its_parties(fact: Fact) -> Fact:
    """A bare dollar read as the story's local one (``_local_dollar``) is the U.S. dollar in
    a figure of the United States' trade with another country than that dollar's: "U.S.
    imports of Mexican goods totalled $506 billion" in a story that wrote Canada's
    counter-tariffs on "C$155 billion". A national currency's code begins with its
    country's ISO alpha-2 code (CAD, HKD, TWD)."""
    home = _country_of_alpha_2(fact.unit[:2])
    us = _country_of_alpha_2("USD"[:2])  # the bare dollar's own country
    if home is None or home in (fact.of, fact.in_) or us not in (fact.of, fact.in_):
        return fact
    return replace(fact, unit="USD")


@lru_cache(maxsize=64)
def _country_of_alpha_2(code: str) -> str | None:
    country = pycountry.countries.get(alpha_2=code)
    return str(country.alpha_3) if country is not None else None
