"""What a figure's own phrase says: its indicator and the countries it names.

The phrase is read around its cue: the owner is the country that opens the noun phrase ("British
exports", "Japan's bilateral trade surplus", "his country's 7.1 billion dlr surplus") or the
subject of a verb cue ("Britain exported"); the partner follows the word that introduces one
("exports to Nigeria", "imports from that country", "the deficit with Canada"). A partner phrase
that names no single country ("to the European Community", "with developing countries", "with
Hong Kong, Singapore and Taiwan") makes the figure a group's; a modifier that names a product
("lumber imports", "agricultural exports") makes it one product's; a figure that measures another
noun ("a 44.5 billion dlr foreign debt", "54 billion dlrs in reserves") is no trade figure.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import cached_property
from itertools import accumulate
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from diplograph.extract.context import ArticleContext
    from diplograph.extract.figures import Chain, Figure

# the words between a cue and the figure it is "of": "a surplus of 412", "exports of some 2"
_OF_THE_FIGURE = re.compile(r"\s+of\s+(?:[a-z]+\s+){0,2}")

GROUP = "(group)"  # a partner phrase that names a body or several countries ("the EC")
PHRASE = "(phrase)"  # a partner phrase that names no country ("developing countries")
NO_COUNTRY = (GROUP, PHRASE)
FLOWS = ("exports", "imports")
_NOT_A_PHRASE = frozenset({"PRON", "VERB", "AUX", "PART", "PUNCT", "ADP", "SCONJ", "CCONJ"})
_NP_POS = frozenset({"ADJ", "NOUN", "PROPN"})


_OF = re.compile(r"\s+of\s+")  # "imports of Mexican goods"
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Said:
    """What a figure's phrase says: its indicator, the countries it names, how it names them."""

    indicator: str
    owner: str | None  # the country named as owner, if any
    partner: str | None  # the partner named, GROUP, PHRASE, or None
    cue: str
    cue_at: int
    national: bool = False  # "the overall trade surplus": one country's total
    bilateral: bool = False  # "bilateral trade", "trade between": the article's pair
    product: bool = False  # "lumber imports": one product's figure
    pair: tuple[str, ...] = ()  # "trade between A and B", "Soviet-Indian trade"


OTHER_NOUN = Said("", None, None, "", -1)  # an amount that modifies a noun that is no cue


class PhraseReader:
    """The words around an article's figures: tokens, country mentions, time expressions."""

    def __init__(self, ctx: ArticleContext) -> None:
        self.text, self.lower = ctx.text, ctx.text.lower()
        self.rules = ctx.lex.indicators
        self.doc = ctx.doc
        self.mentions = sorted(ctx.countries_at)
        self.mention_starts = [m[0] for m in self.mentions]
        self.times = sorted((t.start, t.end) for t in ctx.times)
        self.time_starts = [s for s, _ in self.times]
        self.time_reach = list(accumulate((e for _, e in self.times), max))  # furthest end so far
        self.indicator_of = dict(self.rules.cues)

    # --- what a figure's phrase says ----------------------------------------------------------

    def said_before(self, chain: Chain, before: Said | None) -> Said | None:
        """The cue nearest before the chain's first figure in the clause it heads."""
        limit = chain.figures[0].start
        cues = self._head_cues(chain.head, limit)
        if not cues:
            return None
        start, end, cue = self._subject_cue(chain.figures[0], cues) or cues[-1]
        if _OF_THE_FIGURE.fullmatch(self.lower[cues[-1][1] : limit]):
            start, end, cue = cues[-1]  # "Trade with X showed a surplus of 412 mln dlrs": the
            # noun the figure is "of" is what it measures, not the clause's subject
        before_it = [c for c in cues if c[1] <= start]
        if before_it and self.rules.complement.match(self.lower[before_it[-1][1] : start]):
            start, end, cue = before_it[-1]  # "the surplus in trade with Japan"
        said = self._said_at(start, end, cue, chain.head, limit, before)
        if said.partner is None and not said.pair and not said.national:
            # "Britain exported 1.5 billion stg worth of goods to Saudi Arabia", "Japan had a
            # trade surplus of 8.14 billion dlrs with the U.S.": the partner after the figure
            figures = chain.figures
            tail = self._clause_end(
                figures[0].end, figures[1].start if len(figures) > 1 else chain.end
            )
            partner = self._partner(figures[0].end, tail, said.indicator, said.owner)
            if partner == PHRASE and said.indicator not in FLOWS:
                partner = None  # "rose to 5 billion dlrs, with exports up 3 pct"
            if partner is not None:
                said = replace(said, partner=partner)
        return said

    def said_in(self, start: int, end: int) -> Said | None:
        """What the last cue of a sentence without figures says, when it names a pair or a
        partner ("Trade between Iran and Pakistan has withered."): what a figure told with an
        anaphor in the next sentence measures ("It came to about $360 million in 2015")."""
        cues = self._head_cues(start, end)
        if not cues:
            return None
        said = self._said_at(*cues[-1], start, end, None)
        named = said.pair or said.bilateral or said.partner not in (None, *NO_COUNTRY)
        return said if named and not said.national and not said.product else None

    def continued(self, before: Said, head: int, limit: int) -> Said:
        """A clause without a cue of its own continues the one before ("..., with Japan
        increased 700 mln dlrs to 14.8 billion"): same indicator and owner, its own partner."""
        partner = self._partner(head, limit, before.indicator, before.owner)
        if partner is None:
            return before
        return replace(before, partner=partner, national=False, pair=())

    def said_by_figure(self, figure: Figure, chain: Chain, said: Said | None) -> Said | None:
        """The cue a figure carries itself: the noun it modifies ('a 7.1 billion dlr surplus with
        ...'; OTHER_NOUN when that noun is no cue: 'a 44.5 billion dlr foreign debt') or the words
        right after it ('25 billion dlrs in trade', 'the 3.5 billion exported to ...')."""
        if figure.unit in ("percent", "count"):
            return None
        np_end, at = self._noun_after(figure.end)
        if np_end > at:
            cue = next(
                (c for c in self._cues(at, np_end) if c[1] == np_end and self._head_noun(c)), None
            )
            if cue is None:
                return OTHER_NOUN
            return self._said_at(cue[0], cue[1], cue[2], chain.head, chain.end, said, figure)
        if self._measures_another_noun(figure) or self._in_another_noun(figure.end):
            return OTHER_NOUN  # "foreign debts totalling some", "16 billion dlrs of credit lines"
        of_cue = self._cue_it_is_of(figure.start)
        if of_cue is not None:  # "a deficit of 283 mln dlrs in bilateral trade": the noun the
            if said is not None and said.cue_at == of_cue[0]:  # figure is "of" says what it
                return None  # measures, not the words after it
            return self._said_at(*of_cue, chain.head, chain.end, said, figure)
        rest = self.lower[at : at + 40]
        for words, indicator in self.rules.after:
            if re.match(rf"\s*{re.escape(words)}(?![a-z])", rest):
                if said is not None and said.indicator == indicator:
                    return said
                start = at + rest.index(words)
                return self._said_at(start, start + len(words), words, chain.head, chain.end,
                                     said, figure)  # fmt: skip
        return None

    def _cue_it_is_of(self, start: int) -> tuple[int, int, str] | None:
        """The cue noun a figure is the "of" phrase of ("a deficit of 95 mln dlrs")."""
        cues = self._head_cues(max(0, start - 60), start)
        if cues and _OF_THE_FIGURE.fullmatch(self.lower[cues[-1][1] : start]):
            return cues[-1]
        return None

    def _subject_cue(
        self, figure: Figure, cues: list[tuple[int, int, str]]
    ) -> tuple[int, int, str] | None:
        """The cue that is the subject of the verb the figure depends on: 'The current account
        surplus, which includes trade in services, climbed to 7.38 billion dlrs' is a surplus."""
        token = self._token(figure.end - 1)
        for _ in range(6):
            if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
                break
            token = token.head
        for _ in range(3):
            subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                return next((c for c in cues if c[0] <= subject.idx < c[1]), None)
            if token.dep_ not in ("xcomp", "conj") or token.head.i == token.i:
                break
            token = token.head
        return None

    def _measures_another_noun(self, figure: Figure) -> bool:
        """'foreign debts totalling some 44.5 billion dlrs' (a participle ties the figure to a
        noun that is no cue), 'the surplus has boosted reserves to 50 billion dlrs' (the figure
        is the level its verb brings an object that is no cue to)."""
        token = self._token(figure.end - 1)
        for _ in range(4):
            head = token.head
            if head.i == token.i:
                return False
            if head.pos_ == "VERB" and head.dep_ == "acl" and head.head.pos_ in _NP_POS:
                return not self._may_hold(head.head)
            if head.pos_ == "VERB" and token.lower_ in self.rules.level_prepositions:
                objects = [
                    c
                    for c in head.children
                    if c.dep_ == "dobj" and c.i < token.i and not any(t.like_num for t in c.subtree)
                ]  # the object of "rose 700 mln dlrs to" is a change, no other noun
                return any(not self._may_hold(c) for c in objects)
            if head.pos_ not in ("NUM", "NOUN", "PROPN", "ADP") or head.i > token.i + 3:
                return False
            token = head
        return False

    def _in_another_noun(self, end: int) -> bool:
        """'54 billion dlrs in foreign exchange reserves', '7.5 billion dlrs of debt': the noun
        after "in" or "of" is what the figure measures (not a country, a time or a host)."""
        found = self.rules.complement_after.match(self.lower, end)
        if found is None or self._time_starts_within(found.end(), found.end() + 20):
            return False  # "in the whole of 1985", "in calendar 1987"
        head = None
        for token in self.doc[bisect_left(self.token_starts, found.end()) :]:
            if self._in_time(token.idx):
                return False
            if self._mention_at(token.idx) is not None:
                continue
            if token.pos_ in ("DET", "PRON", "CCONJ", "ADJ") or token.tag_ == "HYPH":
                continue
            if token.pos_ not in ("NOUN", "PROPN"):
                break
            head = token
        return head is not None and not self._may_hold(head)

    def _may_hold(self, token: Any) -> bool:
        """A noun a trade figure may measure or sit in: a cue, a host noun, a country."""
        word = token.lower_
        return (
            word in self.indicator_of
            or word in self.rules.host_nouns
            or self._mention_at(token.idx) is not None
        )

    # --- reading a phrase ---------------------------------------------------------------------

    def _said_at(
        self,
        start: int,
        end: int,
        cue: str,
        head: int,
        limit: int,
        before: Said | None,
        figure: Figure | None = None,
    ) -> Said:
        indicator = self.indicator_of.get(cue) or self._after_indicator(cue)
        if cue in self.rules.sale_verbs:
            return self._sale(start, indicator, cue, limit)
        verb = self._token(start).pos_ == "VERB"
        if figure is not None and start > figure.end:  # "a French 190 mln franc surplus"
            owner = self._owner_inside(figure.end, start) or self._owner_before(figure.start)
            modifiers = (figure.end, start)
        elif verb:
            owner = self._subject(head, start)
            modifiers = (start, start)
        else:
            owner = self._owner_before(start)
            modifiers = (self._np_start(start), start)
        if (
            owner is None
            and before is not None
            and (before.indicator == indicator or {before.indicator, indicator} <= set(FLOWS))
        ):
            owner = before.owner  # "..., against a 1985 deficit of", "exported X and imported Y"
        if owner is None and indicator in ("trade_balance", "exports", "imports"):
            # "South Korea has a 5 billion dlr deficit", "South Korea's effort to cut its deficit"
            owner = self._subject(head, modifiers[0], possessive=True)
        partner = self._partner_of(indicator, owner, (head, start, end, limit), figure)
        pair = self._named_pair(start, end, limit) if indicator == "trade_turnover" else ()
        np_words = self.lower[max(head, start - 30) : end]
        bilateral = bool(pair) or bool(self.rules.bilateral_word.search(np_words))
        bilateral = bilateral or self._names_the_pair(end, limit)
        return Said(
            indicator=indicator,
            owner=owner,
            partner=partner,
            cue=cue,
            cue_at=start,
            national=self._national(start, figure) and partner is None and not bilateral,
            bilateral=bilateral,
            product=self._names_product(*modifiers) or self._product_complement(end),
            pair=pair,
        )

    def _partner_of(
        self,
        indicator: str,
        owner: str | None,
        spans: tuple[int, int, int, int],
        figure: Figure | None,
    ) -> str | None:
        """The partner a cue's phrase names: after its partner word, "there" right after it,
        a "with" phrase before it (balances, trade), else one after the figure (flows).
        ``spans``: the clause's head, the cue's start and end, the limit of its phrase."""
        head, start, end, limit = spans
        if figure is not None and start > figure.end:  # "a 7.1 billion dlr surplus with ..."
            partner = self._partner(end, min(limit, end + 12), indicator, owner)
        elif indicator in FLOWS and self._there_after(end):
            partner = self.there(start, owner)  # "French exports there totalled ..."
        else:
            partner = self._partner(start, limit, indicator, owner)
        if partner is None and indicator in ("trade_balance", "trade_turnover"):
            partner = self._partner(head, start, indicator, owner)  # "with Canada the deficit"
            # "with Korea running a deficit"; "noted with satisfaction that trade ...", "with
            # two-way trade of $39 billion": a phrase before the cue that names no country is
            # no partner
            partner = None if partner in (owner, PHRASE) else partner
        if partner is None and indicator == "imports":
            partner = self._country_of_the_goods(end, owner)
        if partner is None and figure is not None and indicator in FLOWS:
            partner = self._partner(
                figure.end, self._clause_end(figure.end, limit), indicator, owner
            )
        return partner

    def _country_of_the_goods(self, end: int, owner: str | None) -> str | None:
        """'U.S. imports of Mexican goods', 'imports of Japanese products': the country that
        names the goods in general (host_nouns) after "of" is where they come from."""
        found = _OF.match(self.lower, end)
        if found is None:
            return None
        country = None
        for token in self.doc[bisect_left(self.token_starts, found.end()) :][:4]:
            mention = self._mention_at(token.idx)
            if mention is not None:
                country = country or mention[2]
            elif token.lower_ in self.rules.host_nouns:
                return country if country != owner else None
            elif token.pos_ != "DET":
                return None
        return None

    def _sale(self, start: int, indicator: str, cue: str, limit: int) -> Said:
        """'Egypt sold Israel goods worth 410 mln dlrs', 'Brazil sold $7.3 billion of goods to
        the United States': the seller's exports; 'China bought $130 billion of American
        goods': the buyer's imports (indicators.yaml sale_verbs). The other side is the verb's
        indirect object or the country that names the goods, else follows "to" or "from"; what
        is sold names one product unless it is goods in general (host_nouns)."""
        verb = self._token(start)
        owner = self._seller(verb)
        partner, product = None, False
        for token in self._what_is_sold(verb):
            mention = self._mention_at(token.idx)
            if mention is not None:
                if mention[2] != owner and token.dep_ in ("dative", "amod", "compound"):
                    partner = partner or mention[2]
            elif token.lower_ not in self.rules.host_nouns:
                product = True
        if partner is None:
            partner = self._partner(start, limit, indicator, owner)
        return Said(indicator, owner, partner, cue, start, product=product)

    def _seller(self, verb: Any) -> str | None:
        """The country that is the subject of a sale verb ("Egypt sold ..."), or of the verb
        it is joined to ("Singapore sold ... and bought ..."), else None."""
        if verb.pos_ != "VERB":
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        while subject is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
            verb = verb.head
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        mention = self._mention_at(subject.idx) if subject is not None else None
        return mention[2] if mention is not None else None

    def _what_is_sold(self, verb: Any) -> list[Any]:
        """The nouns of a sale verb's objects that are no amount or time: "Israel" and "goods"
        of "sold Israel about $410 million worth of goods last year"."""
        found = []
        for child in verb.children:
            if child.dep_ not in ("dobj", "dative"):
                continue
            for token in child.subtree:
                if token.pos_ not in ("NOUN", "PROPN", "ADJ") or self._in_time(token.idx):
                    continue
                word = token.lower_
                if token.like_num or word in self.rules.figure_fillers:
                    continue  # the amount and its "worth"
                if word in self.rules.currencies or word in self.rules.percent_words:
                    continue  # (nor "less than 1 pct of its total exports": a share)
                if word in self.rules.multipliers or self.rules.dollar_word.fullmatch(word):
                    continue
                if token.pos_ == "ADJ" and self._mention_at(token.idx) is None:
                    continue
                found.append(token)
        return found

    def _after_indicator(self, words: str) -> str:
        return next(name for w, name in self.rules.after if w == words)

    def _head_cues(self, a: int, b: int) -> list[tuple[int, int, str]]:
        """The cues in [a, b) that head their phrase, each as its longest cue."""
        return [c for c in map(self._extended, self._cues(a, b)) if self._head_noun(c)]

    def _cues(self, a: int, b: int) -> list[tuple[int, int, str]]:
        return [
            (a + m.start(), a + m.end(), m.group(0))
            for m in self.rules.cue_word.finditer(self.lower[a:b])
        ]

    def _modifies_noun(self, end: int) -> bool:
        """'trade mission', 'export credits', 'trading partner': the cue is not the head noun."""
        token = self._token(end - 1)
        if token.i + 1 >= len(self.doc):
            return False
        nxt = self.doc[token.i + 1]
        head = token.head
        return (
            token.dep_ in ("compound", "amod", "nmod")
            and 0 < head.i - token.i <= 3
            and head.pos_ in ("NOUN", "PROPN")
            and not self._in_time(nxt.idx)
            and not self._in_time(head.idx)
        )

    def _extended(self, cue: tuple[int, int, str]) -> tuple[int, int, str]:
        """'bilateral trade turnover': a cue whose last word and the noun it modifies make a
        longer cue ('trade turnover') is that one."""
        if not self._modifies_noun(cue[1]):
            return cue
        last = cue[1] - len(cue[2].split()[-1])
        head = self._token(cue[1] - 1).head
        longer = self.lower[last : head.idx + len(head.text)]
        return (last, head.idx + len(head.text), longer) if longer in self.indicator_of else cue

    def _head_noun(self, cue: tuple[int, int, str]) -> bool:
        """A cue that heads its phrase: not a modifier ('trade mission'), and a trade cue not a
        verb ('the dollar will trade between 148 and 150 yen')."""
        if self._modifies_noun(cue[1]):
            return False
        if cue[2] in self.rules.sale_verbs:
            return self._seller(self._token(cue[0])) is not None  # "Egypt sold", not "goods sold"
        noun_only = self.indicator_of.get(cue[2]) in ("trade_turnover", "trade_balance")
        return not (noun_only and self._token(cue[1] - 1).pos_ in ("VERB", "AUX"))

    def _noun_after(self, end: int) -> tuple[int, int]:
        """The noun phrase a figure modifies: (its end, where it begins), equal when none."""
        at = end
        rest = self.lower[at : at + 30]
        for filler in self.rules.figure_fillers:
            if re.match(rf"\s+{re.escape(filler)}(?![a-z])", rest):
                at += rest.index(filler) + len(filler)
                break
        index = bisect_left(self.token_starts, at)
        np_end = at
        for token in self.doc[index:]:
            inside_mention = self._mention_at(token.idx) is not None
            if self._in_time(token.idx) or not (
                token.pos_ in _NP_POS or inside_mention or token.tag_ == "HYPH"
            ):
                break
            np_end = token.idx + len(token.text)
        return np_end, at

    def _owner_before(self, start: int) -> str | None:
        """The country that opens the noun phrase ending at ``start``: 'British exports',
        'Japan's bilateral trade surplus', 'his country's 7.1 billion dlr surplus'."""
        index = bisect_right(self.mention_starts, start) - 1
        while index >= 0 and self.mentions[index][1] > start:
            index -= 1
        if index < 0:
            return None
        _, m_end, country = self.mentions[index]
        if start - m_end > 40:
            return None
        for token in self._tokens(m_end, start):
            if not (token.pos_ in ("ADJ", "NOUN", "PROPN", "NUM", "PART") or token.tag_ == "HYPH"):
                return None
        return country

    def _owner_inside(self, a: int, b: int) -> str | None:
        inside = [c for s, e, c in self.starting_within(a, b) if e <= b]
        return inside[-1] if inside else None

    def _subject(self, head: int, at: int, possessive: bool = False) -> str | None:
        """'Britain exported ...', 'South Korea has a ... deficit': the last country before ``at``
        that no preposition governs; with ``possessive``, also one that owns what follows it
        ('... of South Korea's effort to reduce its ... surplus')."""
        found = [
            c
            for s, e, c in self.starting_within(head, at)
            if e <= at
            and (
                not self._after_preposition(s)
                or (possessive and re.match(r"['’]s\b", self.text[e : e + 2]))
                or self._token_after(e).tag_ == "VBG"  # "with South Korea running a deficit"
            )
        ]
        return found[-1] if found else None

    @cached_property
    def _partner_patterns(self) -> dict[str, re.Pattern[str]]:
        """Each indicator's partner words ("to", "with", "from") as one pattern, a word then
        space."""
        return {
            indicator: re.compile(r"(?<![a-z])(?:" + "|".join(map(re.escape, words)) + r")\s+")
            for indicator, words in self.rules.partner_words.items()
            if words
        }

    def partner_right_after(self, end: int, indicator: str, owner: str | None) -> str | None:
        """The one country a partner phrase right after a figure names ("compared with under
        300 mln roubles with Iran"), else None."""
        pattern = self._partner_patterns.get(indicator)
        space = _SPACE.match(self.lower, end)
        found = pattern.match(self.lower, space.end()) if pattern and space else None
        if found is None:
            return None
        country = self._country_at(found.end(), owner)
        return None if country in (None, owner, *NO_COUNTRY) else country

    def _partner(self, a: int, b: int, indicator: str, owner: str | None) -> str | None:
        """The country after the first partner word in [a, b): a country, GROUP, or None."""
        pattern = self._partner_patterns.get(indicator)
        if pattern is None:
            return None
        for match in pattern.finditer(self.lower[a:b]):
            at = a + match.end()
            if self._token(a + match.start()).pos_ == "PART":
                continue  # "exports to rise": an infinitive
            return self._country_at(at, owner)
        return None

    def named_last(self, at: int, other_than: str | None, since: int = 0) -> str | None:
        """The country named last at or before ``at`` (from ``since`` on), other than
        ``other_than``: what "that country" or "there" refers to."""
        index = bisect_right(self.mention_starts, at)
        return next(
            (c for s, _, c in reversed(self.mentions[:index]) if s >= since and c != other_than),
            None,
        )

    def there(self, at: int, investor: str | None) -> str | None:
        """The country "there" stands for: the last named in its sentence other than the
        firms' own ("... in Spain, and 900 West German companies have subsidiaries there"),
        else in the sentence before ("About 15,000 Belgians live in Zaire. Some 120 Belgian
        firms operate there")."""
        sentence = self._token(at).sent
        found = self.named_last(at, investor, sentence.start_char)
        if found is None and sentence.start > 0:
            found = self.named_last(at, investor, self.doc[sentence.start - 1].sent.start_char)
        return found

    def _there_after(self, end: int) -> bool:
        return self.lower[end : end + 1] == " " and bool(
            self.rules.place_anaphor.match(self.lower, end + 1)
        )

    def _country_at(self, at: int, owner: str | None = None, listed: bool = True) -> str | None:
        """The country a partner phrase starting at ``at`` names, GROUP when it names another
        noun phrase or (``listed``) several countries, None when no noun phrase follows. 'That
        country' is the last country named before it other than the owner."""
        rest = self.lower[at : at + 30]
        if any(rest.startswith(anaphor) for anaphor in self.rules.partner_anaphors):
            return self.named_last(at, owner)
        skip = self.rules.determiner.match(rest)
        at += skip.end() if skip else 0
        mention = self._mention_at(at)
        if mention is not None:
            after = self.text[mention[1] : mention[1] + 40]
            joined = re.match(r",?\s+(?:and|or)\s+|,\s+", after)
            if listed and joined and self._listed_at(mention[1] + joined.end()):
                return GROUP  # "to Britain and France": a figure that combines partners
            return mention[2]
        token = self._token(at)
        if token.idx < at - 1 or token.pos_ in _NOT_A_PHRASE:
            return None
        return GROUP if token.pos_ == "PROPN" else PHRASE

    def _clause_end(self, a: int, b: int) -> int:
        found = self.rules.partner_break.search(self.lower, a, b)
        return found.start() if found else b

    def _named_pair(self, start: int, end: int, limit: int) -> tuple[str, ...]:
        """'trade between A and B', 'Soviet-Indian trade': the two countries it is between."""
        after = self.rules.between.match(self.lower, end, end + 12)
        if after:  # ("between A and B": A is one of the two, not a list of partners)
            first = self._country_at(after.end(), listed=False)
            joined = re.compile(r"\s+and\s+").search(self.lower, after.end(), limit)
            second = self._country_at(joined.end()) if joined else None
            if first and second and not {first, second} & set(NO_COUNTRY):
                return (first, second)
        found = [
            m
            for m in self.starting_within(start - 250, start)  # a name is shorter than 220
            if start - m[1] <= 30 and m[1] <= start
        ]
        # "Soviet-Indian trade" (not the spaced dash after a dateline: "LONDON - Britain's")
        if len(found) >= 2 and re.fullmatch(r"[-–]", self.text[found[-2][1] : found[-1][0]]):
            return (found[-2][2], found[-1][2])
        return ()

    def _names_the_pair(self, end: int, limit: int) -> bool:
        """'trade between the two countries', 'trade with each other'."""
        rest = self.lower[end:limit]
        return any(
            re.match(rf"\s+{self.rules.pair_preposition}\s+{re.escape(p)}(?![a-z])", rest)
            for p in self.rules.pair_phrases
        )

    def _national(self, start: int, figure: Figure | None) -> bool:
        """'Japan's global trade surplus', 'the record 169 billion dlrs U.S. trade deficit'."""
        window = self.lower[max(0, start - 25) : start]
        if figure is not None and figure.start < start:
            window = self.lower[max(0, figure.start - 25) : start]
        after = self.rules.unilateral_after.match(self.lower, self._token(start).idx)
        return bool(self.rules.unilateral_word.search(window) or after)

    def _names_product(self, a: int, b: int) -> bool:
        """A modifier between ``a`` and the cue at ``b`` that names a product: 'lumber imports',
        'agricultural exports', 'non-petroleum imports' (not 'West German', 'merchandise',
        'two-way merchandise')."""
        # "two-way", whose noun phrase the parser may start at "-way"
        found = self.rules.bilateral_word.finditer(self.lower, max(0, a - 8), b)
        pair_words = [m.span() for m in found]
        for token in self._tokens(a, b):
            word = token.lower_
            if self._mention_at(token.idx) is not None or self._in_time(token.idx):
                continue
            if any(x <= token.idx < y for x, y in pair_words):
                continue  # "two-way": the words of a pair, split by the tokenizer
            if (
                word in self.rules.neutral_modifiers
                or word in self.rules.unilateral
                or self.indicator_of.get(word)
                or token.tag_ == "HYPH"
            ):
                continue
            if token.pos_ in ("NOUN", "PROPN") and not token.like_num:
                return True
            if token.pos_ == "ADJ" and self.rules.product_adjective.search(word):
                return True
        return False

    def _product_complement(self, end: int) -> bool:
        """'trade in agricultural goods', 'exports of computer technology': one product's."""
        found = self.rules.complement_after.match(self.lower, end)
        if found is None:
            return False
        np_end = found.end()
        for token in self.doc[bisect_left(self.token_starts, found.end()) :]:
            if not (token.pos_ in _NP_POS or token.pos_ == "DET" or token.tag_ == "HYPH"):
                break
            np_end = token.idx + len(token.text)
        return np_end > found.end() and self._names_product(found.end(), np_end + 1)

    def _np_start(self, start: int) -> int:
        """Where the noun phrase whose head starts at ``start`` begins (after its determiner)."""
        index = bisect_right(self.token_starts, start) - 1
        at = start
        for token in reversed(self.doc[max(0, index - 6) : index]):
            if not (token.pos_ in _NP_POS or token.tag_ == "HYPH") or token.lower_ in ("'s", "’s"):
                break
            at = token.idx
        return at

    # --- small readers ------------------------------------------------------------------------

    @cached_property
    def token_starts(self) -> list[int]:
        return [t.idx for t in self.doc]

    def starting_within(self, a: int, b: int) -> list[tuple[int, int, str]]:
        """The country mentions that start at or after ``a`` and before ``b``, in text order
        (a slice found by bisection: an article may name thousands)."""
        return self.mentions[
            bisect_left(self.mention_starts, a) : bisect_left(self.mention_starts, b)
        ]

    def countries_between(self, a: int, b: int) -> list[str]:
        return [c for s, e, c in self.starting_within(a, b) if e <= b]

    def _token_after(self, at: int) -> Any:
        return self.doc[min(len(self.doc) - 1, bisect_left(self.token_starts, at))]

    def _token(self, at: int) -> Any:
        return self.doc[max(0, bisect_right(self.token_starts, at) - 1)]

    def _tokens(self, a: int, b: int) -> Any:
        first = bisect_right(self.token_starts, a - 1)
        last = bisect_right(self.token_starts, b - 1)
        return self.doc[first:last]

    def _listed_at(self, at: int) -> bool:
        """Whether a country's mention starts at ``at`` as the next item of a list: not a
        person, who after a comma is the speaker ("in the Czech Republic, he said"), nor the
        subject of a clause of its own ("offices in the Soviet Union, and Korean firms have
        committed ...")."""
        if self._mention_at(at) is None:
            return False
        token = self._token(at)
        phrase = token
        while phrase.dep_ in ("amod", "compound", "poss") and phrase.head.i != phrase.i:
            phrase = phrase.head
        if phrase.dep_ in ("nsubj", "nsubjpass"):
            return False
        return bool(token.pos_ != "PRON" and token.ent_type_ != "PERSON")

    def _mention_at(self, at: int) -> tuple[int, int, str] | None:
        index = bisect_right(self.mention_starts, at) - 1
        if index >= 0 and self.mentions[index][0] <= at < self.mentions[index][1]:
            return self.mentions[index]
        return None

    def _in_time(self, at: int) -> bool:
        before = bisect_right(self.time_starts, at)  # the expressions that start at or before
        return before > 0 and self.time_reach[before - 1] > at

    def _time_starts_within(self, a: int, b: int) -> bool:
        return bisect_left(self.time_starts, a) < bisect_left(self.time_starts, b)

    def _after_preposition(self, at: int) -> bool:
        words = self.lower[max(0, at - 14) : at].split()
        words = [w for w in words if not self.rules.determiner.match(w + " ")]
        return bool(words) and words[-1] in self.rules.prepositions
