"""What resolving a time expression needs: the article, its publication date, the rules and
what the article mentioned last (for "the following day" and "a year earlier").

The helpers here place a month, day, season or holiday in a year, following the conventions
described in ``extract/dates.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from diplograph.extract import timex_values as tv
from diplograph.extract.timex_rules import PlanVerbs, TimexRules
from diplograph.models import TimeExpression

# A full stop after a word of four letters or more ends a sentence; "Mr." and "Feb." do not.
_SENTENCE_END = re.compile(r"(?:(?:[a-z]{4}|\d)[.!?]['\"]?\s+(?=[A-Z\"'`])|\n)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+(?:'s)?)[\s-]*$")
_WORD_AFTER = re.compile(r"^\s*([A-Za-z]+|[^\sA-Za-z])?")
_CURRENCY_BEFORE = re.compile(r"(?:[$€£¥#]|No\.\s*|\d[,.]?)\s*$")
_YEAR_LIST = re.compile(r"\d{4},\s*$")
_WORDS = re.compile(r"[a-z]+(?:[-'][a-z]+)*")
_MONTH_VALUE = re.compile(r"\d{4}-\d\d")  # a TimeML value of a whole month
_CLAUSE_ENDS = frozenset({"", ".", ",", ";", ":", ")", "'", '"'})
REL_STEP = {
    "last": -1,
    "past": -1,
    "previous": -1,
    "latest": -1,
    "this": 0,
    "current": 0,
    "next": 1,
    "coming": 1,
}


@dataclass
class Discourse:
    """What the article mentioned last, for "the following day" and "a year earlier", and the
    month its fiscal years end in, once it says so."""

    day: date | None = None
    year: int | None = None
    quarter: tuple[int, int] | None = None
    quarter_at: int = -(10**9)
    day_at: int = -(10**9)
    fiscal_end: int | None = None  # the month "fiscal 1985/86 ended March" gave its fiscal years
    month: date | None = None  # the first day of the last month named as a whole ("in February")
    month_at: int = -(10**9)


@dataclass(frozen=True)
class Context:
    """One article being resolved: its text, publication date, the rules and the discourse."""

    text: str
    pub: date | None
    rules: TimexRules
    state: Discourse

    def future_cue(self, start: int) -> bool:
        """Whether the sentence before ``start`` points to the future ("will", "is to", "the
        king begins a visit on ...", "is arriving ...")."""
        verb, at = self.previous_word(start)
        if verb == "on":
            verb, at = self.previous_word(at)
        if verb in self.rules.place_adverbs:  # "an accord signed here on Monday": signed
            verb, at = self.previous_word(at)
        past = self.past_word(verb)
        if past and not self._ends_future_cue(at + len(verb)):
            return False  # "said on Monday", but not "is expected Monday"
        window = self.text[max(0, start - self.rules.future_cue_window) : start]
        for cue in self.rules.future_cues.finditer(window):
            if not _SENTENCE_END.search(window, cue.end()):
                return True  # a cue in the same sentence
        ends = list(_SENTENCE_END.finditer(window))
        if self._plan_verb_before(window[ends[-1].end() if ends else 0 :]):
            return True
        return self._fronted_before_future(start)

    def _fronted_before_future(self, start: int) -> bool:
        """A date put first in its clause whose verb is future: "(said that) on Thursday and
        Friday Smith would meet Kuroda" (not "On Thursday he said he would ...": the first verb
        after it is the one it dates)."""
        word, at = self.previous_word(start)
        if word in ("and", "or", "to", "through"):  # "on Thursday and Friday": the first day's
            word, at = self.previous_word(self.previous_word(at)[1])
        if word == "on":
            word, at = self.previous_word(at)
        before = self.text[max(0, at - 2) : at].strip() if word else ""
        if word not in ("", "that") and before not in (",", ".") and not (at and word == ""):
            return False
        clause = self.text[start : start + self.rules.future_cue_window]
        end = _SENTENCE_END.search(clause)
        clause = clause[: end.start() if end else len(clause)].lower()
        cue = self.rules.future_cues.search(clause)
        if cue is None:
            return False
        for verb in _WORDS.finditer(clause[: cue.start()]):
            text = verb.group()
            if self.past_word(text):
                return False
        return True

    def past_cue(self, start: int) -> bool:
        """Whether the verb of the clause right before ``start`` is in a past tense, within a
        few words ("visited Washington in May", "prices rose in May"; not "is due in May")."""
        before = self.text[max(0, start - 60) : start]
        clause = re.split(r"[.,;:!?\n]", before)[-1]
        words = _WORDS.findall(clause.lower())
        if not words or words[-1] not in ("in", "on", "during"):
            return False  # "set Nov. 10 as the deadline", "until mid-November": a time ahead
        rules = self.rules  # timex.yaml past_verbs, past_blockers, participle_determiners
        for i in range(len(words) - 2, max(-1, len(words) - 6), -1):
            word, earlier = words[i], words[i - 1] if i else ""
            if word in rules.past_blockers:
                return False
            if self.past_word(word):
                # not a participle after a determiner: "its promised package in April"
                return not (
                    earlier in rules.past_blockers or earlier in rules.participle_determiners
                )
        return False

    def _ends_future_cue(self, end: int) -> bool:
        """Whether a cue of several words ends at ``end`` ("is expected", not "as planned")."""
        before = self.text[max(0, end - 24) : end]
        cues = self.rules.future_cues.finditer(before)
        return any(cue.end() == len(before) and " " in cue.group() for cue in cues)

    def _plan_verb_before(self, clause: str) -> bool:
        """A present-tense verb of travel or meeting ("begins", "meet", "is arriving") before
        the expression, with no past-tense verb after it."""
        words = _WORDS.findall(clause.lower())
        plan, rules = self.rules.plan_verbs, self.rules
        for i in range(len(words) - 1, -1, -1):
            word, before = words[i], words[i - 1] if i else ""
            if word in plan.simple and before not in plan.blockers:
                return True
            if word in plan.progressive and _after_auxiliary(words, i, plan):
                return True
            if word in rules.past_verbs:
                return False
            if word.endswith("ed") and len(word) > 4 and before not in rules.year_determiners:
                return False  # "where they met", "announced"; not "a long-awaited visit"
        return False

    def past_word(self, word: str) -> bool:
        """A verb in a past tense: timex.yaml ``past_verbs``, or any longer word in -ed."""
        return word in self.rules.past_verbs or (word.endswith("ed") and len(word) > 4)

    def previous_word(self, start: int) -> tuple[str, int]:
        """The lower-cased word right before ``start`` (spaces between) and where it starts."""
        offset = max(0, start - 24)
        found = _WORD_BEFORE.search(self.text[offset:start])
        return (found.group(1).lower(), offset + found.start(1)) if found else ("", start)

    def signal_before(self, start: int) -> str | None:
        """The TimeML mod a word right before ``start`` gives a date ("since March 1979")."""
        head = self.text[max(0, start - 16) : start].rstrip().lower()
        if not head.endswith(self.rules.boundary_words):  # a quick test: it runs on every date
            return None
        return self.rules.boundary_signals.get(self.word_before(start))

    def word_before(self, start: int) -> str:
        return self.previous_word(start)[0]

    def word_after(self, end: int) -> str:
        found = _WORD_AFTER.match(self.text[end : end + 24])
        return (found.group(1) or "").lower() if found else ""

    def year_in_context(self, m: re.Match[str]) -> bool:
        """Whether a bare year ("2019") reads as a year: "in 2019", "the 2019 elections",
        "2019 was", "the company's 2019 results", "in 2018, 2019" - not "2019 tonnes", "$2019"."""
        start, end = m.start(), m.end()
        if _CURRENCY_BEFORE.search(self.text[max(0, start - 6) : start]):
            return False
        before = self.word_before(start)
        if before in self.rules.date_context_words or before in self.rules.year_determiners:
            return True
        if before.endswith("'s") or _YEAR_LIST.search(self.text, max(0, start - 8), start):
            return True
        if not m["year"].isdigit():
            return False
        return self.date_may_end(end)

    def date_may_end(self, end: int) -> bool:
        """Whether a bare number ending at ``end`` can be a date by what follows it: the end of a
        clause or a word from ``year_followers`` ("in 2019, prices", "May 3 and 5 in Ottawa")."""
        after = self.word_after(end)
        return after in self.rules.year_followers or after in _CLAUSE_ENDS


def _after_auxiliary(words: list[str], i: int, plan: PlanVerbs) -> bool:
    """Whether ``words[i]`` follows "is", "are" or "am", maybe with an adverb between."""
    j = i - 1
    if j > 0 and (words[j] in plan.adverbs or words[j].endswith("ly")):
        j -= 1
    if j < 0:
        return False
    word = words[j]
    return word in plan.auxiliaries or any(
        word.endswith(aux) for aux in plan.auxiliaries if aux.startswith("'")
    )


def make(
    ctx: Context,
    m: re.Match[str],
    type_: str,
    period: tv.Period | None,
    mod: str | None = None,
    value: str | None = None,
    start: int | None = None,
) -> TimeExpression:
    begin = m.start() if start is None else start
    return make_span(ctx, (begin, m.end()), type_, period, mod, value)


def make_span(
    ctx: Context,
    span: tuple[int, int],
    type_: str,
    period: tv.Period | None,
    mod: str | None = None,
    value: str | None = None,
) -> TimeExpression:
    """The expression covering ``span`` of the text (``make`` covers a whole match)."""
    begin, end = span
    if mod is None and type_ == "DATE":
        mod = ctx.signal_before(begin)
    text = ctx.text[begin:end]
    if type_ == "DATE" and period is not None and period.granularity == "month":
        _remember_month(ctx, period.value, begin)
    return TimeExpression(
        start=begin,
        end=end,
        text=text,
        type=type_,
        value=value if value is not None else (period.value if period else None),
        anchor=_so_far(period.anchor, text, ctx.pub) if period else None,
        granularity=period.granularity if period else "none",
        mod=mod,
    )


def _so_far(anchor: str | None, text: str, pub: date | None) -> str | None:
    """The days of a span told as before or after the publication day: "earlier this week"
    in a Friday story is Monday to Thursday, "later this week" Saturday to Sunday (the value
    stays the week, as TimeML writes it)."""
    first_word = text.split(maxsplit=1)[0].lower() if text.strip() else ""
    if pub is None or anchor is None or first_word not in ("earlier", "later") or "/" not in anchor:
        return anchor
    start, _, last = anchor.partition("/")
    if len(start) != 10 or len(last) != 10 or not start <= pub.isoformat() <= last:
        return anchor
    if first_word == "earlier" and (pub - timedelta(days=1)).isoformat() >= start:
        return f"{start}/{(pub - timedelta(days=1)).isoformat()}"
    if first_word == "later" and (pub + timedelta(days=1)).isoformat() <= last:
        return f"{(pub + timedelta(days=1)).isoformat()}/{last}"
    return anchor


def closest(ctx: Context, start: int, period_of: Callable[[int], tuple[date, date]]) -> int | None:
    """The year (pub year ± 1) whose instance of a period lies closest to publication.

    Days after publication count ``future_weight`` times, or ``future_weight_with_cue`` when the
    sentence points to the future; the cue is only looked for when it could change the answer.
    """
    pub = ctx.pub
    if pub is None:
        return None
    past: tuple[int, int] | None = None  # (days before publication, year)
    future: tuple[int, int] | None = None  # (days after publication, year)
    for year in (pub.year, pub.year - 1, pub.year + 1):
        try:
            first, last = period_of(year)
        except ValueError:  # 29 February in a common year
            continue
        if first <= pub <= last:
            return year
        if last < pub and (past is None or (pub - last).days < past[0]):
            past = ((pub - last).days, year)
        if first > pub and (future is None or (first - pub).days < future[0]):
            future = ((first - pub).days, year)
    if past is None or future is None:
        return (past or future or (0, None))[1]
    rules = ctx.rules
    if future[0] > rules.past_cue_min_days and ctx.past_cue(start) and not ctx.future_cue(start):
        return past[1]  # "visited Washington in May", told in March: last May
    if future[0] * rules.future_weight < past[0]:
        return future[1]
    if future[0] * rules.future_weight_with_cue >= past[0] or not ctx.future_cue(start):
        return past[1]
    return future[1]


def relative_year(
    ctx: Context, start: int, rel: str, period_of: Callable[[int], tuple[date, date]]
) -> int | None:
    """The year of a month, season or holiday after "last", "this", "next" or nothing."""
    pub = ctx.pub
    if pub is None:
        return None
    years = range(pub.year - 2, pub.year + 3)
    if rel in {"last", "past", "this past"}:
        return max(y for y in years if period_of(y)[1] < pub)
    if rel in {"next", "coming", "this coming", "the coming"}:
        return min(y for y in years if period_of(y)[0] > pub)
    if rel == "this":
        return pub.year
    return closest(ctx, start, period_of)


def recent_quarter(ctx: Context, start: int) -> tuple[int, int] | None:
    state = ctx.state
    if state.quarter and start - state.quarter_at <= ctx.rules.discourse_window:
        return state.quarter
    return None


def reference_day(ctx: Context, start: int) -> date | None:
    state = ctx.state
    if state.day and start - state.day_at <= ctx.rules.discourse_window:
        return state.day
    return ctx.pub


def _remember_month(ctx: Context, value: str | None, at: int) -> None:
    """A month named as a whole ("in February", "last March") is what a later "that month" or
    "the following month" counts from."""
    if value and _MONTH_VALUE.fullmatch(value):
        ctx.state.month, ctx.state.month_at = date.fromisoformat(value + "-01"), at


def reference_month(ctx: Context, start: int) -> date | None:
    """The month "that month" names: the last one named as a whole, when it was named after
    the last day ("relations have been frosty since February ... Later that month"), else
    the month of the last day named or of the publication."""
    state = ctx.state
    recent = start - state.month_at <= ctx.rules.discourse_window
    if state.month and state.month_at > state.day_at and recent:
        return state.month
    return reference_day(ctx, start)


def remember_day(ctx: Context, d: date, at: int) -> None:
    ctx.state.day, ctx.state.day_at, ctx.state.year = d, at, d.year


def start_after(m: re.Match[str], group: str) -> int:
    """Where the text after ``group`` starts, skipping spaces (to leave "at", "from" out)."""
    end = m.end(group)
    return end + len(m.string[end : m.end()]) - len(m.string[end : m.end()].lstrip())


def explicit_year(ctx: Context, m: re.Match[str]) -> int | None:
    groups = m.groupdict()
    if groups.get("year"):
        return ctx.rules.year(groups["year"], ctx.pub.year if ctx.pub else None)
    if groups.get("rely") and ctx.pub:
        return ctx.pub.year + REL_STEP[groups["rely"].lower()]
    return None


def month_number(ctx: Context, name: str) -> int:
    return ctx.rules.months[name.lower().rstrip(".")]


def day_number(ctx: Context, text: str) -> int | None:
    digits = text.rstrip("stndrh")
    if digits.isdigit():
        return int(digits)
    return ctx.rules.ordinals.get(text.lower().replace(" ", "-"))


def capitalised(ctx: Context, m: re.Match[str], *groups: str) -> bool:
    """Month and weekday names count only with a capital ("May", not the verb "may")."""
    return all(m[g] is None or ctx.text[m.start(g)].isupper() for g in groups)


def unresolved(ctx: Context, m: re.Match[str], type_: str = "DATE") -> TimeExpression:
    return make(ctx, m, type_, None)


def month_day(ctx: Context, start: int, month: int, day: int | None) -> date | None:
    """A day written without a year ("November 29"), put in the year closest to publication."""
    if day is None:
        return None
    year = closest(ctx, start, lambda y: (date(y, month, day), date(y, month, day)))
    try:
        return date(year, month, day) if year else None
    except ValueError:
        return None
