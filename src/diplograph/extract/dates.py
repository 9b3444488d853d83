"""Find English time expressions in an article and resolve them against its publication date.

A fast scan over the lower-cased text finds anchor words (month and weekday names, time units,
years, "today", "now", ...). At each anchor the patterns of the kinds of expression that can hold
it (built from ``data/timex.yaml`` by ``load_timex_rules``) are tried, starting at the anchor or
at prefix words just before it ("the", "last", "about"); a resolver per kind then turns the match
into a TimeML type and value plus diplograph's ``anchor`` and ``granularity``.

Relative expressions ("last year", "on Tuesday", "three days ago") are resolved against
``published_on``; "the following day" and "a year earlier" against the date (or quarter) the
article mentioned last.

Conventions: a weekday without "next"/"coming" is the most recent such day on or before the
publication date, unless the sentence before it points to the future: a future cue ("will", "is
to", "is due", "is expected") or a present-tense verb of travel or meeting with no past-tense
verb after it ("the king begins a visit on Tuesday", "the ministers meet Friday", "is arriving
Monday"); then it is the next such day, the publication day included. "Said on Monday" stays in
the past. At the weekend a plan for "this week" falls in the week ahead. A month or a day
without a year is put in the year that keeps it closest to the publication date, where days
after publication count ``future_weight`` times (``future_weight_with_cue`` after a future cue).
Weeks have the TimeML value ``2023-W14`` and, as anchor, the interval of their days
(``2023-04-03/2023-04-09``, granularity ``week``); quarters, halves and seasons are month
intervals (``2023-01/2023-03``); durations tied to the publication date ("the past 10 years")
carry an interval anchor ("the past two days" end on the publication day), other durations none;
"over six weeks ago" keeps only the month as anchor. Ranges written as one piece ("from 2019 to
2021", "January-September 2023", "April 5-6", "April 29-May 2") are one DURATION with an
interval anchor (``2019/2021``); "between 2019 and 2021" stays two years, as TimeML annotates
it, and so do two days joined by a word ("from June 2 to 5", "between May 3 and 5", "today and
tomorrow", "Thursday and Friday"), each then anchored to the whole range. "The year to March"
and "fiscal 1985/86 ended March" are the period and its end, both anchored to the months
covered; once an article says when its fiscal years end, its other split years ("1984/85") end
then too. A date after "since" gets the mod ``ON_OR_AFTER``. In reports of quarterly results, "a
year earlier" names the same quarter a year before the quarter last mentioned. Every span is
resolved by these rules; dateparser is not used.

Without ``rules``, the default word lists are loaded on first use and kept; a pipeline should
load them once with ``load_timex_rules`` and pass them in.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from diplograph.extract.timex_context import Context, Discourse
from diplograph.extract.timex_ranges import join_named_days, join_named_months
from diplograph.extract.timex_resolve import RESOLVERS
from diplograph.extract.timex_rules import TimexRules, load_timex_rules
from diplograph.models import TimeExpression

__all__ = ["find_time_expressions", "load_timex_rules"]

_ASCII_LOWER = {code: code + 32 for code in range(ord("A"), ord("Z") + 1)}
_NUMERIC = re.compile(r"\d[\d.,/]*(?:st|nd|rd|th)?")
_SPACES = frozenset(" -")
_OPENERS = frozenset("(\"'`[")
_MIDDLE_WORDS = ("in ", "of ", "and ", "or ", "to ", "than ", "so ", "through ")


@cache
def _default_rules() -> TimexRules:
    return load_timex_rules()


def find_time_expressions(
    text: str, published_on: date | None, rules: TimexRules | None = None
) -> list[TimeExpression]:
    """Every time expression in ``text``, in order, resolved against ``published_on``.

    Without ``published_on`` relative expressions keep their type but get no value or anchor.
    Pass ``rules`` from ``load_timex_rules`` to use extended word lists.
    """
    rules = rules or _default_rules()
    lower = text.lower()
    if len(lower) != len(text):  # a few characters lower-case to two; keep offsets aligned
        lower = text.translate(_ASCII_LOWER)
    lower = lower.replace("\n", " ").replace("\t", " ").replace("\r", " ")
    ctx = Context(text, published_on, rules, Discourse())
    found: list[TimeExpression] = []
    done = 0
    for anchor in rules.anchors.finditer(lower):
        if anchor.start() < done:
            continue
        key = anchor.lastgroup or ""
        if key == "word":
            key = rules.anchor_classes[anchor.group()]
        if key in {"month", "weekday"} and not text[anchor.start()].isupper():
            continue  # "may", "march" as verbs; names are written with a capital
        match = _match_at(rules, lower, anchor, key, done)
        if match is None:
            continue
        kind = match.lastgroup or ""
        parts = rules.kinds[kind].fullmatch(lower, match.start(), match.end())
        resolved = _resolve(ctx, kind, parts) if parts else None
        if resolved is not None:
            done = match.end()  # otherwise the anchors inside it get their own chance
        if isinstance(resolved, tuple):
            found.extend(resolved)  # "between May 3 and 5": two expressions
        elif resolved is not None:
            found.append(resolved)
    try:
        return join_named_months(ctx, join_named_days(ctx, found))
    except OverflowError:  # a range reaching past 9999-12-31: the days stay unjoined
        return found


def _resolve(
    ctx: Context, kind: str, parts: re.Match[str]
) -> TimeExpression | tuple[TimeExpression, ...] | None:
    try:
        return RESOLVERS[kind](ctx, parts)
    except OverflowError:  # a day past the calendar's ends ("tomorrow" on 9999-12-31)
        return None
    except ValueError as exc:  # a year past them ("last May" on 0001-01-01)
        if "year" in str(exc) and "out of range" in str(exc):
            return None
        raise


def _match_at(
    rules: TimexRules, lower: str, anchor: re.Match[str], key: str, floor: int
) -> re.Match[str] | None:
    """The longest expression covering ``anchor``, starting at it or at prefix words before it."""
    starts = [anchor.start()]
    end = anchor.start()
    while len(starts) < 7:
        while end > floor and lower[end - 1] in _SPACES:
            end -= 1
        if end == starts[-1]:
            break
        begin = max(lower.rfind(" ", floor, end), lower.rfind("-", floor, end), floor - 1) + 1
        while begin < end and lower[begin] in _OPENERS:
            begin += 1
        word = lower[begin:end]
        if word not in rules.prefix_words and not _NUMERIC.fullmatch(word):
            break
        starts.append(begin)
        end = begin
    pattern = rules.class_patterns[key]
    for start in reversed(starts):
        if start != anchor.start() and lower.startswith(_MIDDLE_WORDS, start):
            continue  # "in", "of", "and" only ever stand inside an expression
        match = pattern.match(lower, start)
        if match and match.end() > anchor.start():
            return match
    return None
