"""Partner ranks: "one of Kazakhstan's top five trade partners", "the third largest investor".

The patterns come from ``data/indicators.yaml`` (``ranks``); the country ranked is the one named
just before the phrase (not inside a complement: "in Kazakhstan", "of France"), the ranking
country the one inside or after it, else the article's home country.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any

from diplograph.models import Evidence, Fact, TimeExpression

if TYPE_CHECKING:
    from diplograph.extract.context import ArticleContext
    from diplograph.extract.indicators import IndicatorRules
    from diplograph.extract.mentions import ArticleActors


def find_ranks(ctx: ArticleContext) -> list[Fact]:
    """partner_rank: 'France is one of Kazakhstan's top five trade partners' -> FRA, KAZ, 5."""
    text, article_id, published_on = ctx.text, ctx.article_id, ctx.published_on
    actors, rules = ctx.actors, ctx.lex.indicators
    countries_at, times = list(ctx.countries_at), list(ctx.times)
    out: list[Fact] = []
    for s_start, s_end in ctx.sentences:
        sentence = text[s_start:s_end]
        taken: list[tuple[int, int]] = []  # "A is B's largest partner, while B ranks third
        for pattern, qualifier in rules.ranks:  # among A's partners": each its own rank
            for match in pattern.finditer(sentence):
                if any(match.start() < b and a < match.end() for a, b in taken):
                    continue
                taken.append(match.span())
                at = (s_start + match.start(), s_start + match.end())
                own = _own_times(ctx, at, [t for t in times if s_start <= t.start < s_end])
                fact = _rank_fact(text, s_start, s_end, match, qualifier, article_id,
                                  published_on, actors, countries_at, own, rules)  # fmt: skip
                if fact is not None:
                    out.append(fact)
    return out


def _rank_fact(
    text: str,
    s_start: int,
    s_end: int,
    match: re.Match[str],
    qualifier: str,
    article_id: str,
    published_on: date | None,
    actors: ArticleActors,
    countries_at: list[tuple[int, int, str]],
    times: list[TimeExpression],
    rules: IndicatorRules,
) -> Fact | None:
    words = match.groupdict()
    if words.get("n") or words.get("m"):
        raw = (words.get("n") or words["m"]).lower()
        value = rules.rank_numbers.get(raw) or int(re.sub(r"\D", "", raw) or 0)
    else:
        value = 1
    if not value:
        return None
    m_start, m_end = s_start + match.start(), s_start + match.end()
    placed = [(a, b, c) for a, b, c in countries_at if s_start <= a and b <= s_end]
    of, in_ = _ranked_pair(text, m_start, m_end, placed)
    apposed = _apposed(text, m_start, placed)
    if apposed is not None:  # "the deficit with Canada, its largest trading partner"
        owners = [c for _, b, c in placed if b <= m_start and c != apposed]
        of, in_ = apposed, in_ or (owners[-1] if owners else None)
    home = actors.home or (actors.pair[0] if actors.pair else None)
    in_ = in_ or (home if home != of else next((c for c in actors.pair if c != of), None))
    if of is None or in_ is None or of == in_:
        return None
    when = next((t for t in times if s_start <= t.start < s_end and t.anchor), None)
    comma = text.find(",", m_end, s_end)
    closed = comma if comma >= 0 else s_end  # where the apposition ends
    if apposed is not None and when is not None and not m_start <= when.start < closed:
        when = None  # "Japan, China's largest partner, saw trade reach ... last year": now
    period = when.anchor if when else (published_on.isoformat() if published_on else None)
    return Fact(
        indicator="partner_rank",
        of=of,
        in_=in_,
        value=float(value),
        unit="rank",
        period=period,
        qualifier=qualifier,
        evidence=Evidence(article_id, text[s_start:s_end], s_start, s_end),
        period_reason=f"time expression '{when.text}'" if when else "the publication date",
    )


def _own_times(
    ctx: ArticleContext, at: tuple[int, int], times: list[TimeExpression]
) -> list[TimeExpression]:
    """The time expressions (of its sentence, ``times``) in the rank's own clause: "trade
    grew eight pct last year, and the Soviet Union is Yugoslavia's largest partner" ranks it
    now, not last year."""
    span = ctx.doc.char_span(at[0], at[1], alignment_mode="expand")
    if span is None or not len(span):
        return times
    return [t for t in times if in_clause_of(ctx, span.root.idx, t)]


def in_clause_of(ctx: ArticleContext, at: int, time: TimeExpression) -> bool:
    """Whether a time expression is in the clause of the word at character ``at`` (or in what
    that clause reports)."""
    return _within(_clause_of(_token_at(ctx, time.start)), _clause_of(_token_at(ctx, at)).i)


def fronted(ctx: ArticleContext, time: TimeExpression) -> bool:
    """Whether a time expression opens its sentence, before the subject of its first clause
    ("As of the end of last year, investors had put ..., and 2,300 firms were registered"):
    it dates every clause coordinated after."""
    token = _token_at(ctx, time.start)
    subjects = [c for c in token.sent.root.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    return bool(subjects) and token.i < min(s.left_edge.i for s in subjects)


def _within(verb: Any, clause: int) -> bool:
    """Whether a clause is the one at ``clause`` or what it reports ("trade reached $24
    billion last year, he said, making Russia the first-ranked partner": the parser hangs the
    participle on the verb of saying)."""
    return bool(verb.i == clause or (verb.dep_ == "ccomp" and verb.head.i == clause))


def _token_at(ctx: ArticleContext, at: int) -> Any:
    span = ctx.doc.char_span(at, at + 1, alignment_mode="expand")
    return span.root if span is not None and len(span) else ctx.doc[0]


def _clause_of(token: Any) -> Any:
    """The verb whose clause a token is in: the sentence's root, or a verb with a subject of
    its own that heads a coordinated, complement, adverbial or relative clause (a participle
    without one continues its head's: "trade reached $24 billion last year, making Russia the
    first-ranked partner")."""
    node, participle = token, False
    while node.head.i != node.i:
        if node.pos_ in ("VERB", "AUX") and node.dep_ in _CLAUSE_DEPS:
            if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in node.children):
                participle = True
            elif not (participle and any(c.dep_ == "mark" for c in node.children)):
                return node
            # a participle of result hung on a subordinate clause is the main clause's: "have
            # invested 471 mln dlrs since Hanoi opened its economy in 1988, making Taiwan the
            # largest investor"
        node = node.head
    return node


_CLAUSE_DEPS = frozenset({"conj", "ccomp", "advcl", "relcl", "parataxis"})


def _ranked_pair(
    text: str, m_start: int, m_end: int, placed: list[tuple[int, int, str]]
) -> tuple[str | None, str | None]:
    """(the country ranked, the country whose partners are ranked) around a rank phrase."""
    # a possessive names whose partners are ranked ("Japan is the Philippines' third-largest
    # partner", "Russia, once Moldova's main market, now ranks ninth among its partners"); the
    # country ranked is the last other one named before the phrase
    owners = [c for a, b, c in placed if b <= m_start and _possessive_at(text, b)]
    before = [
        c
        for a, b, c in placed
        if b <= m_start
        and not _possessive_at(text, b)
        and not re.search(r"\b(in|into|of|with|to)( the)? $", text[a - 9 : a])
    ]
    inside = [c for a, b, c in placed if m_start <= a and b <= m_end + 40]
    owned = [  # "Japan's largest trading partner, China, ...": the owner is inside the phrase
        c for a, b, c in placed if m_start <= a < m_end and _possessive_at(text, b)
    ]
    of = before[-1] if before else next((c for c in inside if c not in owned), None)
    right_before = [  # "Spain is Morocco's second largest partner after France": Morocco's
        c
        for a, b, c in placed
        if b <= m_start and re.fullmatch(r"(?:'s|’s|'|’)\s*", text[b:m_start])
    ]
    ranking = [*owned, *right_before, *inside, *reversed(owners)]
    in_ = next((c for c in ranking if c != of), None)
    return of, in_


def _possessive_at(text: str, end: int) -> bool:
    """Whether a name ending at ``end`` is a possessive ("Moldova's")."""
    return bool(re.match(r"'s|’s|'(?!\w)|’(?!\w)", text[end : end + 2]))


def _apposed(text: str, at: int, placed: list[tuple[int, int, str]]) -> str | None:
    """The country a rank phrase is in apposition to: 'the U.K., its major trading partner'."""
    found = [(b, c) for _, b, c in placed if b <= at]
    if not found:
        return None
    end, country = found[-1]
    return country if re.fullmatch(r",\s*", text[end:at]) else None
