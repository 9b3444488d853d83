"""Which two countries a figure is between, from what its phrase names and what the article
said before.

What the phrase leaves out comes from the article: the owner and partner its earlier figures and
balances named, the sentence's trade pair, the pair the article is about. A balance or a trade
figure whose phrase names one country and no partner is that country's total: no fact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from diplograph.extract.phrases import GROUP, NO_COUNTRY, PHRASE, PhraseReader, Said
from diplograph.models import Fact

if TYPE_CHECKING:
    from diplograph.extract.context import ArticleContext
    from diplograph.extract.figures import Figure


_OTHER_FLOW = {"exports": "imports", "imports": "exports"}


@dataclass(frozen=True)
class _Memory:
    at: int
    indicator: str
    owner: str | None
    partner: str | None


class Parties(PhraseReader):
    """The countries of an article's figures, and what the article said before."""

    def __init__(self, ctx: ArticleContext) -> None:
        super().__init__(ctx)
        actors = ctx.actors
        self.pair = list(actors.pair)
        self.home = actors.home or (self.pair[0] if self.pair else None)
        self.memory: list[_Memory] = []  # the facts found so far

    # --- the two countries --------------------------------------------------------------------

    def home_pair(self) -> list[str]:
        return [c for c in [self.home, *self.pair] if c]

    def resolve(self, said: Said, figure: Figure, sentence_start: int) -> tuple[str, str] | None:
        """(of, in) as the gold README defines them, or None for a group's, a product's or one
        country's total figure."""
        if said.partner in NO_COUNTRY or said.product:
            return None
        indicator = "trade_turnover" if said.indicator == "trade_growth" else said.indicator
        if indicator == "trade_turnover":
            found = self._turnover(said)
        elif indicator == "trade_balance":
            found = self._balance(said, figure.start, sentence_start)
        else:
            found = self._flow(said, figure.start, sentence_start)
        if found is None or None in found or found[0] == found[1]:
            return None
        return found

    def _turnover(self, said: Said) -> tuple[str, str] | None:
        a: str | None
        b: str | None
        if len(said.pair) >= 2:
            a, b = said.pair[0], said.pair[1]
        elif said.partner:
            a, b = said.partner, said.owner or self._other(said.partner)
        elif said.owner and not said.bilateral:
            return None  # "India's total trade": one country's
        elif said.national:
            return None
        elif len(self.pair) >= 2:
            a, b = self.pair[0], self.pair[1]
        else:
            return None
        if a is None or b is None:
            return None
        return (b, a) if a == self.home else (a, b)

    def _balance(self, said: Said, at: int, sentence_start: int) -> tuple[str, str] | None:
        """A surplus or deficit of the owner with the partner; without a partner, with the
        other of the sentence's trade pair ("trade between A and B reached X, with B running a
        deficit of Y"), else the one the article named for this owner before."""
        flows = [self._recalled(i, None, at) for i in ("exports", "imports")]
        flow = max((f for f in flows if f and f.at >= sentence_start), key=lambda f: f.at,
                   default=None)  # fmt: skip
        owner = said.owner or (flow.owner if flow else None)  # "exports to X rose to N,
        # leaving a surplus of M": the balance of the flows the sentence told
        owner = owner or self._recalled_owner("trade_balance", at) or self.home
        partner = said.partner
        if partner is None and said.bilateral:
            partner = self._other(owner)
        trade = self._recalled("trade_turnover", None, at)
        trade = trade if trade is not None and trade.at >= sentence_start else flow
        if partner is None and trade is not None:
            pair = (trade.owner, trade.partner)
            partner = pair[1] if owner == pair[0] else pair[0] if owner == pair[1] else None
        if partner is None and owner and not said.national:
            partner = self._recalled_partner("trade_balance", owner, at)
        if owner is None or partner is None:
            return None
        return owner, partner

    def _flow(self, said: Said, at: int, sentence_start: int) -> tuple[str, str] | None:
        """Exports and imports: of the owner, in the partner; else as the figure before said,
        or between the two of the sentence's trade figure ("trade between A and B was X
        (exports: Y, imports: Z)"): the owner the home country."""
        owner, partner = said.owner, said.partner
        if partner is None and said.national:
            return (
                None  # "the country's total exports rose to X": no partner's, whatever came before
            )
        if partner is None:
            trade = self._recalled("trade_turnover", None, at)
            other = self._recalled(_OTHER_FLOW[said.indicator], owner, at)
            if (  # "trade reached X, with China's imports from Taiwan worth Y against exports
                # of Z": the flow told since the trade figure names the partner
                trade is not None
                and other is not None
                and other.at > trade.at
                and owner in (None, other.owner)
                and other.partner is not None
            ):
                trade = None
            if trade is not None and trade.at >= sentence_start:
                home = owner or (trade.partner if trade.owner != self.home else self.home)
                partner = trade.partner if trade.owner == home else trade.owner
                return (home, partner) if home and partner else None
            recalled = self._recalled(said.indicator, owner, at)
            if (
                other is not None
                and other.at >= max(sentence_start, recalled.at if recalled else -1)
                and owner in (None, other.owner)
            ):
                recalled = other  # "exports to X rose to N, while imports were M": with X
            if recalled is None:
                return None
            owner, partner = owner or recalled.owner, recalled.partner
        owner = owner or self._recalled_owner(said.indicator, at) or self.home
        if owner == partner and said.owner is None:
            owner = self._other(partner) if partner else None
        if owner is None or partner is None:
            return None
        return owner, partner

    def _other(self, country: str | None) -> str | None:
        if country == self.home or country in self.pair:
            return next((c for c in self.pair if c != country), None)
        return self.home

    # --- investment and companies -------------------------------------------------------------

    def anonymous_investment(self, said: Said) -> bool:
        """'foreign direct investment in the U.S.', 'U.S. direct investment abroad': investment
        that names no investor, or no host, is no bilateral figure."""
        np_words = self.lower[self._np_start(said.cue_at) : said.cue_at]
        unnamed = said.owner is None and self.rules.unnamed_investor.search(np_words)
        return bool(unnamed or self.rules.unilateral_after.match(self.lower, said.cue_at))

    def count_pair(self, figure: Figure, end: int) -> tuple[str, str] | None:
        """Companies: of the country named with the count ('40 Italian companies', '170
        enterprises with French capital'), in the one after 'in' ('operate in Kenya')."""
        named = [c for _, _, c in self.starting_within(figure.end, end)]
        investor = named[0] if named else None
        host = self._partner(figure.end, end, "investment", investor)
        if host is not None and host == investor:
            # "American companies have set up 250 joint ventures in Poland": the country after
            # the count is the host; the firms' is the subject's, before it, or nobody's
            # ("<Sumitomo> has set up two firms, one in Osaka and one in London")
            investor = self._country_before(figure.start)
            if investor is None:
                return None
        if self._in_the_country(figure.end, end) and self.home not in (None, investor):
            host = self.home  # "Japanese companies operate in the country": the story's own
        if host in (None, GROUP, PHRASE) and self.rules.place_anaphor.search(
            self.lower, figure.end, end
        ):
            host = self.there(figure.start, investor)
        if investor is None or host in (None, GROUP, PHRASE, investor):
            fallback = self.investment_pair(figure)
            if fallback is None:
                return None
            investor = investor or fallback[0]
            host = host if host not in (None, GROUP, PHRASE, investor) else fallback[1]
        return (investor, host) if host and host != investor else None

    def _country_before(self, at: int) -> str | None:
        """The country of the firms named in the sentence within 60 characters before ``at``
        ("American companies", "West German firms": a company noun right after it)."""
        sentence = self._token(at).sent
        named = [
            c
            for _, end, c in self.starting_within(max(sentence.start_char, at - 60), at)
            if self.rules.company_after.match(self.lower, end, at)
        ]
        return named[-1] if named else None

    def _in_the_country(self, start: int, end: int) -> bool:
        """Whether the phrase says "in the country", "in the republic" (indicators.yaml
        ``host_anaphors``): the country the story is about, not the last one named ("Germany
        is Uzbekistan's third largest investor after Russia. Over 250 companies with German
        capital operate in the republic")."""
        window = self.lower[start:end]
        return any(f"in {words}" in window for words in self.rules.host_anaphors)

    def investment_pair(self, figure: Figure, said: Said | None = None) -> tuple[str, str] | None:
        """Investment and companies: the investor its phrase names ("Japanese investment in the
        U.S.", "Uzbekistan has invested"), else the first foreign country of the sentence; the
        host the phrase names, else the home country when it is named (or nothing else is)."""
        sentence = self._token(figure.start).sent
        distinct = list(
            dict.fromkeys(self.countries_between(sentence.start_char, sentence.end_char))
        )
        home = self.home
        foreign = [c for c in distinct if c != home]
        investor = foreign[0] if foreign else next((c for c in self.pair if c != home), None)
        if said is not None and said.owner:
            investor = said.owner
        if said is not None and said.partner not in (None, GROUP, PHRASE, investor):
            return (investor, said.partner) if investor else None
        if investor is None:
            return None
        others = [c for c in distinct if c != investor]
        host = home if home != investor and (home in distinct or not others) else None
        host = host or (
            others[0] if others else next((c for c in self.pair if c != investor), None)
        )
        if host is None or host == investor:
            return None
        return investor, host

    # --- memory -------------------------------------------------------------------------------

    def remember(self, at: int, fact: Fact) -> None:
        """A fact's countries, for the figures after it that leave them out."""
        if fact.status == "reported":
            self.memory.append(_Memory(at, fact.indicator, fact.of, fact.in_))

    @cached_property
    def balances_named(self) -> list[_Memory]:
        """Every 'X's trade deficit (with Y)' of the article, figure or not, by position."""
        words = [c for c, name in self.rules.cues if name == "trade_balance"]
        out = []
        for match in re.finditer(_word_pattern(words), self.lower):
            if self.indicator_of.get(match.group(0)) != "trade_balance":
                continue
            owner = self._owner_before(match.start())
            partner = self._partner(match.end(), match.end() + 8, "trade_balance", owner)
            if owner:
                out.append(_Memory(match.start(), "trade_balance", owner, partner))
        return out

    def _memories(self) -> list[_Memory]:
        return sorted(self.balances_named + self.memory, key=lambda m: m.at)

    def _recalled(self, indicator: str, owner: str | None, at: int) -> _Memory | None:
        for memory in reversed(self._memories()):
            if (
                memory.at < at
                and memory.indicator == indicator
                and memory.partner
                and memory.partner not in NO_COUNTRY
            ):
                if owner is None or memory.owner == owner:
                    return memory
        return None

    def _recalled_owner(self, indicator: str, at: int) -> str | None:
        found = [m for m in self._memories() if m.at < at and m.indicator == indicator and m.owner]
        return max(found, key=lambda m: m.at).owner if found else None

    def _recalled_partner(self, indicator: str, owner: str, at: int) -> str | None:
        """The partner the article named for this owner's balance before, if the two are the
        article's pair ("France's trade deficit with the Soviet Union ... France's shortfall")."""
        memory = self._recalled(indicator, owner, at)
        if memory is None or memory.partner is None:
            return None
        return memory.partner if {owner, memory.partner} <= set(self.pair) else None


def _word_pattern(words: list[str]) -> str:
    inner = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return rf"(?<![a-z])(?:{inner})(?![a-z])"
