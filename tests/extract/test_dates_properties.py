"""Properties of the time-expression resolver: any text, any publication date, never an error."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from diplograph.extract.dates import find_time_expressions

# Phrases the rules read, so that generated texts reach the resolvers, not just the scanner.
PHRASES = (
    "last year", "next year", "this year", "tomorrow", "yesterday", "today", "on Monday",
    "next week", "last week", "this week", "next month", "last month", "three days ago",
    "in two years", "the past 10 years", "over the next 9999 years", "the 1990s", "last century",
    "December 31", "January 1", "May 5", "April 29-May 2", "between May 3 and 5",
    "from June 2 to 5", "the year to March", "fiscal 1985/86 ended March", "1984/85", "in 1999",
    "9999", "0000", "Q4", "the first quarter", "a year earlier", "the following day", "since 2019",
    "2023-02-30", "February 30, 2023", "Christmas", "the weekend", "H1 2023", "10,000 years ago",
    "9999-12-31", "0001-01-01", "last May", "next May", "in May", "Thursday and Friday",
    "today and tomorrow", "the coming decade",
)  # fmt: skip
EDGE_DATES = (date.min, date.max, date(1, 12, 31), date(9999, 1, 1), date(2000, 2, 29))

texts = st.lists(st.one_of(st.sampled_from(PHRASES), st.text(max_size=12)), max_size=12).map(
    " ".join
)
published = st.one_of(st.none(), st.sampled_from(EDGE_DATES), st.dates())


@settings(max_examples=200, deadline=None)
@given(texts, published)
def test_find_time_expressions_never_raises(text: str, published_on: date | None) -> None:
    found = find_time_expressions(text, published_on)
    for expression in found:
        assert 0 <= expression.start < expression.end <= len(text)


def test_find_time_expressions_gives_no_day_past_the_calendar() -> None:
    assert find_time_expressions("They meet tomorrow.", date.max) == []
    assert find_time_expressions("They met yesterday.", date.min) == []
    (ordinary,) = find_time_expressions("They met yesterday.", date(2023, 5, 19))
    assert ordinary.value == "2023-05-18"
