"""Time expressions found in English news text and resolved against the publication date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from diplograph.errors import ConfigError
from diplograph.extract.dates import find_time_expressions, load_timex_rules
from diplograph.extract.timex_rules import TimexRules
from diplograph.models import TimeExpression

WEDNESDAY = date(2019, 10, 2)
APRIL_2023 = date(2023, 4, 6)


@pytest.fixture(scope="module")
def rules() -> TimexRules:
    return load_timex_rules()


def only(text: str, published_on: date | None, rules: TimexRules) -> TimeExpression:
    found = find_time_expressions(text, published_on, rules)
    assert len(found) == 1, found
    assert text[found[0].start : found[0].end] == found[0].text
    return found[0]


def values(text: str, published_on: date | None, rules: TimexRules) -> list[str | None]:
    return [e.value for e in find_time_expressions(text, published_on, rules)]


# -- days ---------------------------------------------------------------------------------------


def test_today_is_the_publication_date(rules: TimexRules) -> None:
    found = only("The talks resumed today.", APRIL_2023, rules)
    assert (found.type, found.value, found.anchor, found.granularity) == (
        "DATE",
        "2023-04-06",
        "2023-04-06",
        "day",
    )


def test_yesterday_and_tomorrow_are_a_day_either_side(rules: TimexRules) -> None:
    assert values("He arrived yesterday and leaves tomorrow.", APRIL_2023, rules) == [
        "2023-04-05",
        "2023-04-07",
    ]


def test_weekday_is_the_most_recent_one_before_publication(rules: TimexRules) -> None:
    found = only("On Tuesday the ministers met in Astana.", WEDNESDAY, rules)
    assert (found.text, found.value, found.granularity) == ("Tuesday", "2019-10-01", "day")


def test_weekday_equal_to_publication_day_is_that_day(rules: TimexRules) -> None:
    assert values("The ministers met on Wednesday.", WEDNESDAY, rules) == ["2019-10-02"]


def test_next_weekday_is_after_publication(rules: TimexRules) -> None:
    assert values("They will meet next Tuesday.", WEDNESDAY, rules) == ["2019-10-08"]


def test_weekday_after_future_tense_is_upcoming(rules: TimexRules) -> None:
    assert values("The talks will resume on Friday.", WEDNESDAY, rules) == ["2019-10-04"]


def test_weekday_after_said_stays_in_the_past_despite_quoted_future(rules: TimexRules) -> None:
    text = '"We will not give up," the minister said Friday.'
    assert values(text, WEDNESDAY, rules) == ["2019-09-27"]


def test_weekday_after_a_past_verb_and_here_stays_in_the_past(rules: TimexRules) -> None:
    """ "an accord signed here on Monday": the verb before the dateline's "here" (timex.yaml
    ``place_adverbs``) sets the day's direction, not the "pledged to" before it."""
    text = "Italy has pledged to give aid under an accord signed here on Monday."
    assert only(text, date(1980, 9, 16), rules).value == "1980-09-15"
    assert only("He will arrive there on Monday.", date(1980, 9, 16), rules).value == "1980-09-22"


def test_weekday_with_part_of_day_is_a_time(rules: TimexRules) -> None:
    found = only("The blast came on Tuesday night.", WEDNESDAY, rules)
    assert (found.type, found.value, found.anchor) == ("TIME", "2019-10-01TNI", "2019-10-01")


# -- month and day ------------------------------------------------------------------------------


def test_month_day_last_year_uses_published_on(rules: TimexRules) -> None:
    found = only("The deal was signed on November 29 last year.", APRIL_2023, rules)
    assert (found.text, found.value) == ("November 29 last year", "2022-11-29")


def test_month_day_far_after_publication_goes_to_previous_year(rules: TimexRules) -> None:
    assert values("The deal was signed on November 29.", APRIL_2023, rules) == ["2022-11-29"]


def test_month_day_soon_after_publication_stays_in_that_year(rules: TimexRules) -> None:
    assert values("The vote is due on April 20.", APRIL_2023, rules) == ["2023-04-20"]


@pytest.mark.parametrize(
    "text", ["It was signed on 29 November 2022.", "It was signed Nov. 29, 2022, in Minsk."]
)
def test_full_dates_in_both_orders(text: str, rules: TimexRules) -> None:
    found = only(text, APRIL_2023, rules)
    assert (found.value, found.anchor, found.granularity) == ("2022-11-29", "2022-11-29", "day")


def test_ordinal_day_in_words_with_this_year(rules: TimexRules) -> None:
    found = only("It opened on the eighteenth of March this year.", date(2018, 5, 15), rules)
    assert found.value == "2018-03-18"


def test_month_alone_in_the_past_has_month_granularity(rules: TimexRules) -> None:
    found = only("Exports fell in November.", APRIL_2023, rules)
    assert (found.value, found.anchor, found.granularity) == ("2022-11", "2022-11", "month")


def test_month_with_year(rules: TimexRules) -> None:
    assert values("in June 2008 and in December 2022", APRIL_2023, rules) == [
        "2008-06",
        "2022-12",
    ]


def test_iso_date(rules: TimexRules) -> None:
    assert values("Published 2021-07-14 in Tashkent.", APRIL_2023, rules) == ["2021-07-14"]


def test_holiday_falls_on_its_date(rules: TimexRules) -> None:
    assert values("Talks stalled before Christmas.", date(2023, 1, 10), rules) == ["2022-12-25"]


# -- years, months and weeks relative to publication --------------------------------------------


def test_last_year_uses_published_on(rules: TimexRules) -> None:
    found = only("Trade grew 5% last year.", APRIL_2023, rules)
    assert (found.value, found.anchor, found.granularity) == ("2022", "2022", "year")


def test_this_year_and_next_year(rules: TimexRules) -> None:
    assert values("this year and next year", APRIL_2023, rules) == ["2023", "2024"]


def test_last_this_and_next_month(rules: TimexRules) -> None:
    assert values("last month, this month, next month", APRIL_2023, rules) == [
        "2023-03",
        "2023-04",
        "2023-05",
    ]


def test_weeks_are_iso_weeks_anchored_on_their_days(rules: TimexRules) -> None:
    last, this = find_time_expressions("last week and this week", APRIL_2023, rules)
    assert (last.value, last.anchor, last.granularity) == (
        "2023-W13",
        "2023-03-27/2023-04-02",
        "week",
    )
    assert (this.value, this.anchor) == ("2023-W14", "2023-04-03/2023-04-09")


def test_earlier_this_month_starts_the_month(rules: TimexRules) -> None:
    found = only("The ministers met earlier this month.", WEDNESDAY, rules)
    assert (found.value, found.mod) == ("2019-10", "START")


@pytest.mark.parametrize(
    ("text", "value"),
    [("three days ago", "2019-09-29"), ("two weeks ago", "2019-W38"), ("a year ago", "2018")],
)
def test_ago_counts_back_from_publication(text: str, value: str, rules: TimexRules) -> None:
    found = only(f"It began {text}.", WEDNESDAY, rules)
    assert (found.type, found.value) == ("DATE", value)


def test_the_following_day_follows_the_last_date_mentioned(rules: TimexRules) -> None:
    text = "They arrived on May 3. The following day they met the president."
    assert values(text, WEDNESDAY, rules) == ["2019-05-03", "2019-05-04"]


# -- years, parts of years, ranges ----------------------------------------------------------------


def test_year_after_a_preposition(rules: TimexRules) -> None:
    found = only("The pipeline opened in 2022.", APRIL_2023, rules)
    assert (found.text, found.value, found.granularity) == ("2022", "2022", "year")


def test_year_as_adjective_after_determiner(rules: TimexRules) -> None:
    assert values("the 1996 elections and its 2019 budget", APRIL_2023, rules) == [
        "1996",
        "2019",
    ]


def test_end_of_year_carries_mod_end(rules: TimexRules) -> None:
    found = only("Troops will leave at the end of 2022.", APRIL_2023, rules)
    assert (found.text, found.value, found.anchor, found.mod) == (
        "the end of 2022",
        "2022",
        "2022",
        "END",
    )


def test_early_and_mid_year_carry_mods(rules: TimexRules) -> None:
    found = find_time_expressions("in early 2023 and by mid-2021", APRIL_2023, rules)
    assert [(e.value, e.mod) for e in found] == [("2023", "START"), ("2021", "MID")]


def test_second_half_of_year_is_an_interval_of_months(rules: TimexRules) -> None:
    found = only("Growth slowed in the second half of 2022.", APRIL_2023, rules)
    assert (found.value, found.anchor) == ("2022-H2", "2022-07/2022-12")


def test_first_quarter_is_a_quarter(rules: TimexRules) -> None:
    found = only("GDP rose in the first quarter of 2023.", APRIL_2023, rules)
    assert (found.value, found.anchor, found.granularity) == (
        "2023-Q1",
        "2023-01/2023-03",
        "quarter",
    )


def test_first_eight_months_of_this_year_is_an_interval(rules: TimexRules) -> None:
    text = "Trade reached $2 billion in the first eight months of this year."
    found = only(text, date(2023, 10, 2), rules)
    assert (found.type, found.value, found.anchor, found.granularity) == (
        "DURATION",
        "P8M",
        "2023-01/2023-08",
        "interval",
    )


def test_month_range_with_year(rules: TimexRules) -> None:
    found = only("Exports in January-September 2023 rose.", date(2023, 10, 2), rules)
    assert found.anchor == "2023-01/2023-09"


def test_year_range_from_to(rules: TimexRules) -> None:
    found = only("He served from 2019 to 2021.", APRIL_2023, rules)
    assert (found.text, found.anchor) == ("2019 to 2021", "2019/2021")


def test_decades(rules: TimexRules) -> None:
    first, second = find_time_expressions("the 1990s and the 1980s", APRIL_2023, rules)
    assert (first.value, first.anchor, first.granularity) == ("199", "1990/1999", "decade")
    assert second.value == "198"


# -- durations, sets, vague references -----------------------------------------------------------


def test_past_ten_years_is_a_duration_ending_at_publication(rules: TimexRules) -> None:
    found = only("Trade doubled over the past 10 years.", WEDNESDAY, rules)
    assert (found.text, found.type, found.value, found.anchor, found.granularity) == (
        "the past 10 years",
        "DURATION",
        "P10Y",
        "2009/2019",
        "interval",
    )


def test_past_two_years(rules: TimexRules) -> None:
    found = only("in the past two years", WEDNESDAY, rules)
    assert (found.value, found.anchor) == ("P2Y", "2017/2019")


def test_bare_duration_has_no_anchor(rules: TimexRules) -> None:
    found = only("The border was closed for 30 years.", WEDNESDAY, rules)
    assert (found.type, found.value, found.anchor, found.granularity) == (
        "DURATION",
        "P30Y",
        None,
        "none",
    )


def test_number_words_in_durations(rules: TimexRules) -> None:
    assert values("ten years, a minute and a half, 2 1/2 years", WEDNESDAY, rules) == [
        "P10Y",
        "PT1M30S",
        "P2Y6M",
    ]


@pytest.mark.parametrize(
    ("text", "value"), [("every year", "P1Y"), ("annually", "P1Y"), ("weekly", "P1W")]
)
def test_frequencies_are_sets(text: str, value: str, rules: TimexRules) -> None:
    found = only(f"The summit meets {text}.", WEDNESDAY, rules)
    assert (found.type, found.value, found.anchor) == ("SET", value, None)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("in the near future", "FUTURE_REF"),
        ("soon", "FUTURE_REF"),
        ("recently", "PAST_REF"),
        ("now", "PRESENT_REF"),
        ("currently", "PRESENT_REF"),
        ("at present", "PRESENT_REF"),
    ],
)
def test_vague_references_name_no_date(text: str, value: str, rules: TimexRules) -> None:
    found = only(f"The ministers will talk {text}.", WEDNESDAY, rules)
    assert (found.value, found.anchor, found.granularity) == (value, None, "none")


def test_clock_time_is_a_time_on_the_day_mentioned(rules: TimexRules) -> None:
    found = only("The session opened at 10 a.m. on Friday.", WEDNESDAY, rules)
    assert (found.type, found.value) == ("TIME", "2019-09-27T10:00")
    assert not found.text.startswith("at")


# -- false positives ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We may sign the accord.",
        "The fee is $50 for each visa.",
        "They held a one-on-one meeting.",
        "It was the 7th meeting of the commission.",
        "They marked the 30th anniversary of relations.",
        "The 2+2 dialogue continued.",
        "Call +998 71 202-5550 for details.",
        "Trade reached 1.5 billion dollars.",
        "The plant produced 2022 tonnes of cotton.",
        "Foreign minister Jan Kavan attended.",
        "The fall of the government surprised no one.",
        "The current account deficit widened.",
        "The 52-year-old envoy arrived.",
    ],
)
def test_no_time_expression(text: str, rules: TimexRules) -> None:
    assert find_time_expressions(text, WEDNESDAY, rules) == []


def test_lowercase_month_names_are_words(rules: TimexRules) -> None:
    assert values("Protesters march to the square; it may rain.", WEDNESDAY, rules) == []


# -- without a publication date, with extended word lists ----------------------------------------


def test_without_publication_date_relative_expressions_have_no_value(rules: TimexRules) -> None:
    found = find_time_expressions("last year and in June 2008", None, rules)
    assert [(e.type, e.value, e.anchor) for e in found] == [
        ("DATE", None, None),
        ("DATE", "2008-06", "2008-06"),
    ]


def test_offsets_point_into_the_text(rules: TimexRules) -> None:
    text = "Officials said on Monday that talks\nwould resume in the spring of 2024."
    for found in find_time_expressions(text, WEDNESDAY, rules):
        assert text[found.start : found.end] == found.text


def test_word_lists_can_be_extended(tmp_path: Path) -> None:
    source = Path(__file__).parents[2] / "src" / "diplograph" / "data" / "timex.yaml"
    extended = source.read_text(encoding="utf-8").replace(
        "  Christmas: {month: 12, day: 25}\n",
        "  Christmas: {month: 12, day: 25}\n  Navruz: {month: 3, day: 21}\n",
    )
    path = tmp_path / "timex.yaml"
    path.write_text(extended, encoding="utf-8")
    custom = load_timex_rules(path)
    assert values("Celebrations for Navruz began.", APRIL_2023, custom) == ["2023-03-21"]


def test_unreadable_word_list_raises_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "timex.yaml"
    path.write_text("- just a list\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="YAML mapping"):
        load_timex_rules(path)


# -- ranges of days and periods ending at a month --------------------------------------------


def test_day_range_with_a_dash_is_one_duration_anchored_to_its_days(rules: TimexRules) -> None:
    found = only("The ministers meet on October 14-15 in Geneva.", WEDNESDAY, rules)
    assert (found.text, found.type, found.value, found.anchor, found.granularity) == (
        "October 14-15",
        "DURATION",
        "P2D",
        "2019-10-14/2019-10-15",
        "interval",
    )


def test_day_range_across_months_with_a_dash(rules: TimexRules) -> None:
    found = only("Plans for the September 29-October 2 fair were set.", WEDNESDAY, rules)
    assert (found.value, found.anchor) == ("P4D", "2019-09-29/2019-10-02")


def test_day_range_written_day_first(rules: TimexRules) -> None:
    found = only("The fair is held on 14-15 October.", WEDNESDAY, rules)
    assert (found.text, found.anchor) == ("14-15 October", "2019-10-14/2019-10-15")


def test_days_joined_by_to_are_two_dates_anchored_to_the_range(rules: TimexRules) -> None:
    found = find_time_expressions("The summit runs from October 21 to 23.", WEDNESDAY, rules)
    assert [(e.text, e.type, e.value, e.anchor) for e in found] == [
        ("October 21", "DATE", "2019-10-21", "2019-10-21/2019-10-23"),
        ("23", "DATE", "2019-10-23", "2019-10-21/2019-10-23"),
    ]


def test_between_two_days_anchors_both_to_the_range(rules: TimexRules) -> None:
    found = find_time_expressions("The envoys talk between October 8 and 10.", WEDNESDAY, rules)
    assert [e.anchor for e in found] == ["2019-10-08/2019-10-10"] * 2


def test_two_days_in_a_row_joined_by_and_form_a_range(rules: TimexRules) -> None:
    found = find_time_expressions("Voting takes place on October 20 and 21.", WEDNESDAY, rules)
    assert [e.anchor for e in found] == ["2019-10-20/2019-10-21"] * 2


def test_two_days_apart_joined_by_and_stay_two_days(rules: TimexRules) -> None:
    found = find_time_expressions("Rounds are held on October 6 and 20.", WEDNESDAY, rules)
    assert [e.anchor for e in found] == ["2019-10-06", "2019-10-20"]


def test_today_and_tomorrow_are_anchored_to_both_days(rules: TimexRules) -> None:
    found = find_time_expressions("Envoys are meeting today and tomorrow.", WEDNESDAY, rules)
    assert [(e.value, e.anchor) for e in found] == [
        ("2019-10-02", "2019-10-02/2019-10-03"),
        ("2019-10-03", "2019-10-02/2019-10-03"),
    ]


def test_two_weekdays_in_a_row_joined_by_and_form_a_range(rules: TimexRules) -> None:
    text = "Two rounds of talks are scheduled for Thursday and Friday."
    found = find_time_expressions(text, WEDNESDAY, rules)
    assert [e.anchor for e in found] == ["2019-10-03/2019-10-04"] * 2


def test_a_date_moved_to_another_day_is_not_a_range(rules: TimexRules) -> None:
    text = "The hearing was moved from October 8 to October 15."
    found = find_time_expressions(text, WEDNESDAY, rules)
    assert [e.anchor for e in found] == ["2019-10-08", "2019-10-15"]


def test_a_number_followed_by_an_amount_closes_no_range(rules: TimexRules) -> None:
    found = find_time_expressions("Exports rose in September 3 to 4 pct.", WEDNESDAY, rules)
    assert found and all("/" not in (e.anchor or "") for e in found)


def test_year_to_a_month_is_the_twelve_months_ending_then(rules: TimexRules) -> None:
    found = find_time_expressions("Prices rose 4 pct in the year to August.", WEDNESDAY, rules)
    assert [(e.text, e.type, e.value, e.anchor) for e in found] == [
        ("the year", "DURATION", "P1Y", "2018-09/2019-08"),
        ("August", "DATE", "2019-08", "2018-09/2019-08"),
    ]


def test_months_ended_a_day_cover_the_months_up_to_it(rules: TimexRules) -> None:
    text = "Profit fell in the six months ended June 30, 2019."
    found = find_time_expressions(text, WEDNESDAY, rules)
    assert [(e.value, e.anchor) for e in found] == [
        ("P6M", "2019-01/2019-06"),
        ("2019-06-30", "2019-01/2019-06"),
    ]


def test_a_period_ending_in_a_month_is_not_over_yet(rules: TimexRules) -> None:
    text = "Output should rise in the current fiscal year ending June."
    assert {e.anchor for e in find_time_expressions(text, WEDNESDAY, rules)} == {"2019-07/2020-06"}


def test_split_fiscal_year_ended_a_month_and_the_article_keeps_that_end(
    rules: TimexRules,
) -> None:
    text = "Sales grew in fiscal 2017/18 ended March, against little in 2016/17."
    found = find_time_expressions(text, WEDNESDAY, rules)
    assert [(e.text, e.anchor) for e in found] == [
        ("fiscal 2017/18", "2017-04/2018-03"),
        ("March", "2017-04/2018-03"),
        ("2016/17", "2016-04/2017-03"),
    ]


def test_a_year_that_ended_or_ends_in_a_month_is_told_by_a_relative_clause(
    rules: TimexRules,
) -> None:
    ended = "Exports rose in the fiscal year that ended in March."
    ends = "Imports may fall in the year which ends on June 30."
    assert {e.anchor for e in find_time_expressions(ended, WEDNESDAY, rules)} == {"2018-04/2019-03"}
    assert {e.anchor for e in find_time_expressions(ends, WEDNESDAY, rules)} == {"2019-07/2020-06"}


def test_a_year_ended_on_a_day_inside_a_month_starts_the_day_after(rules: TimexRules) -> None:
    text = "Exports rose in the calendar year that ended on March 19, 2019."
    assert {e.anchor for e in find_time_expressions(text, WEDNESDAY, rules)} == {
        "2018-03-20/2019-03-19"
    }


def test_a_yearless_range_from_january_is_a_year_so_far_never_one_to_come(
    rules: TimexRules,
) -> None:
    """ "in January-November" in a story of late December or of February is that year's
    figures so far: the latest year that has had its November."""
    text = "Trade rose in January-November."
    for published in (date(2023, 12, 28), date(2024, 2, 5)):
        assert {e.anchor for e in find_time_expressions(text, published, rules)} == {
            "2023-01/2023-11"
        }


def test_a_weekday_ending_a_span_still_running_is_ahead(rules: TimexRules) -> None:
    """ "on a two-day visit through Saturday" in a Friday story is the coming Saturday; "ran
    until Thursday" and a fronted "Until Thursday, they had ..." stay in the past."""
    friday = date(2023, 11, 3)

    def day(text: str) -> str | None:
        return only(text, friday, rules).anchor

    assert day("He is on a visit through Saturday.") == "2023-11-04"
    assert day("The talks ran until Thursday.") == "2023-11-02"
    assert day("Until Thursday, they had not called him a suspect.") == "2023-11-02"


def test_hours_later_without_a_count_is_within_the_day_told(rules: TimexRules) -> None:
    found = find_time_expressions("They met on Monday. Hours later they spoke.", WEDNESDAY, rules)
    assert [(e.text, e.value, e.anchor) for e in found][1:] == [
        ("Hours later", "PTXH", "2019-09-30")
    ]
    assert len(find_time_expressions("Years later he returned.", WEDNESDAY, rules)) == 0


def test_split_year_without_a_stated_end_spans_both_years(rules: TimexRules) -> None:
    found = only("The harvest fell in 2017/18.", WEDNESDAY, rules)
    assert (found.value, found.anchor) == ("P1Y", "2017/2018")


def test_full_year_with_a_number_is_that_year(rules: TimexRules) -> None:
    found = only("For the full year 2018, the deficit widened.", WEDNESDAY, rules)
    assert (found.text, found.value) == ("the full year 2018", "2018")


def test_quarter_followed_by_last_year_is_one_expression(rules: TimexRules) -> None:
    found = only("Imports rose in the final quarter last year.", WEDNESDAY, rules)
    assert (found.text, found.value, found.anchor) == (
        "the final quarter last year",
        "2018-Q4",
        "2018-10/2018-12",
    )


# -- relative expressions of wire stories -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published_on", "value", "anchor", "mod"),
    [
        ("earlier this year", WEDNESDAY, "2019", "2019", "START"),
        ("later this month", WEDNESDAY, "2019-10", "2019-10", "END"),
        (
            "later this week",
            WEDNESDAY,
            "2019-W40",
            "2019-10-03/2019-10-06",
            "END",
        ),  # the days after
        ("early next month", WEDNESDAY, "2019-11", "2019-11", "START"),
        ("last September", APRIL_2023, "2022-09", "2022-09", None),
        ("tonight", WEDNESDAY, "2019-10-02TNI", "2019-10-02", None),
        ("the first seven months of this year", WEDNESDAY, "P7M", "2019-01/2019-07", None),
    ],
)
def test_relative_expressions_of_wire_stories(
    text: str, published_on: date, value: str, anchor: str, mod: str | None, rules: TimexRules
) -> None:
    found = only(f"The figures came {text}.", published_on, rules)
    assert (found.text, found.value, found.anchor, found.mod) == (text, value, anchor, mod)


def test_past_two_days_end_on_the_publication_day(rules: TimexRules) -> None:
    found = only("Talks went on over the past two days.", WEDNESDAY, rules)
    assert (found.value, found.anchor) == ("P2D", "2019-10-01/2019-10-02")


def test_approximate_weeks_ago_keep_only_the_month(rules: TimexRules) -> None:
    found = only("The pact was signed about three weeks ago.", WEDNESDAY, rules)
    assert (found.value, found.anchor, found.granularity, found.mod) == (
        "2019-W37",
        "2019-09",
        "month",
        "APPROX",
    )


def test_since_marks_a_date_as_where_a_period_starts(rules: TimexRules) -> None:
    found = only("The border has been closed since March 2015.", WEDNESDAY, rules)
    assert (found.text, found.anchor, found.mod) == ("March 2015", "2015-03", "ON_OR_AFTER")


# -- the direction of a weekday from the tense --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The king begins a state visit to Norway on Tuesday.", "2019-10-08"),
        ("The two envoys meet on Friday in Vienna.", "2019-10-04"),
        ("The premier leaves for Lima on Sunday.", "2019-10-06"),
    ],
)
def test_weekday_after_present_verb_of_travel_or_meeting_is_ahead(
    text: str, value: str, rules: TimexRules
) -> None:
    assert values(text, WEDNESDAY, rules) == [value]


def test_weekday_after_present_progressive_is_ahead(rules: TimexRules) -> None:
    assert values("The delegation is arriving Monday.", WEDNESDAY, rules) == ["2019-10-07"]


def test_weekday_after_is_due_is_ahead(rules: TimexRules) -> None:
    text = "The ambassador is due back in Lima on Monday."
    assert values(text, WEDNESDAY, rules) == ["2019-10-07"]


def test_planned_weekday_may_be_the_publication_day(rules: TimexRules) -> None:
    assert values("The ministers meet on Wednesday.", WEDNESDAY, rules) == ["2019-10-02"]


def test_weekday_after_a_reporting_verb_stays_past_next_to_a_plan(rules: TimexRules) -> None:
    text = "The envoy, who arrives in Lima on Sunday, said on Tuesday that talks were useful."
    assert values(text, WEDNESDAY, rules) == ["2019-10-06", "2019-10-01"]


def test_past_verb_between_plan_and_weekday_keeps_it_past(rules: TimexRules) -> None:
    text = "He flies to Oslo, where the ministers signed the pact on Monday."
    assert values(text, WEDNESDAY, rules) == ["2019-09-30"]


def test_negated_past_meeting_stays_past(rules: TimexRules) -> None:
    assert values("The envoys did not meet on Friday.", WEDNESDAY, rules) == ["2019-09-27"]


def test_this_week_of_a_plan_told_on_a_sunday_is_the_week_ahead(rules: TimexRules) -> None:
    sunday = date(2019, 10, 6)
    planned = only("The premier will visit Lima this week.", sunday, rules)
    done = only("The premier visited Lima this week.", sunday, rules)
    assert (planned.anchor, done.anchor) == ("2019-10-07/2019-10-13", "2019-09-30/2019-10-06")


def test_a_unit_long_adjective_is_one_of_the_unit(rules: TimexRules) -> None:
    # "a week-long visit", "a weeklong visit": a length with no number is one of its unit
    text = "a week-long visit, a weeklong tour, a daylong meeting and a yearlong study"
    assert values(text, WEDNESDAY, rules) == ["P1W", "P1W", "P1D", "P1Y"]


def test_this_weekend_late_in_the_week_is_the_one_coming(rules: TimexRules) -> None:
    # timex_resolve._rel_named: "this weekend" closes the publication week; from Wednesday on
    # it is the one coming whatever the tense, early in the week a past tense looks back
    thursday, monday = date(1987, 4, 2), date(1987, 3, 30)
    text = "He was speaking before hosting a meeting of ministers this weekend."
    assert only(text, thursday, rules).anchor == "1987-04-04/1987-04-05"
    text = "The ministers met in Brussels this weekend."
    assert only(text, monday, rules).anchor == "1987-03-28/1987-03-29"


def test_a_past_tense_puts_a_month_ahead_in_the_year_before(rules: TimexRules) -> None:
    # timex_context.past_cue: "visited Lima in May" told in March is last May; not "is due in
    # May", not "until May", not a month a few days ahead
    march = date(1987, 3, 20)
    assert values("The minister visited Lima in May.", march, rules) == ["1986-05"]
    assert values("The visit is due in May.", march, rules) == ["1987-05"]
    assert values("He gave them until May to reply.", march, rules) == ["1987-05"]
    assert values("He visited Lima in March.", date(1987, 2, 27), rules) == ["1987-03"]
    text = "He said its promised package in May must be large."  # a participle, no tense
    assert values(text, march, rules) == ["1987-05"]


def test_months_joined_by_a_hyphen_without_a_year_are_one_range(rules: TimexRules) -> None:
    # timex_ranges._yearless_month_range: wire copy's "in January-April" is the months of the
    # latest such range (last year's when its last month is still ahead)
    may = date(1987, 5, 6)
    found = only("Exports rose 31 pct in January-April.", may, rules)
    assert (found.type, found.value, found.anchor) == ("DURATION", "P4M", "1987-01/1987-04")
    found = only("Imports fell in September-November.", may, rules)
    assert found.anchor == "1986-09/1986-11"
    assert values("from January to April", may, rules) == ["1987-01", "1987-04"]


def test_a_month_range_of_this_or_last_year_is_one_range_in_that_year(
    rules: TimexRules,
) -> None:
    # timex_grammar month_range "rel": "In January-November last year, trade ..." is last
    # year's months, not this year's with a "last year" beside it
    day = date(2023, 10, 20)
    found = only("In January-November last year, trade grew.", day, rules)
    assert (found.type, found.anchor) == ("DURATION", "2022-01/2022-11")
    found = only("In January-September of this year, trade grew.", day, rules)
    assert found.anchor == "2023-01/2023-09"


def test_a_half_year_without_its_year_is_this_years(rules: TimexRules) -> None:
    # timex_rules "half_word": "half" anchors the quarter rule as "quarter" does; "of the year"
    # names the publication year; not the half of a decade
    july = date(1987, 7, 22)
    assert only("Exports rose in the first half.", july, rules).value == "1987-H1"
    assert only("It fell in the first half of the year.", july, rules).value == "1987-H1"
    assert only("Sales grew in the second half of 1986.", july, rules).value == "1986-H2"
    assert values("the last half of the '80s", july, rules) == ["198"]
    assert values("two and a half years", july, rules) == ["P2Y6M"]


def test_earlier_or_later_this_week_is_the_part_before_or_after_the_day(
    rules: TimexRules,
) -> None:
    # timex_context._so_far: the anchor an event takes is the days before (after) the story's
    # day; the TimeML value stays the week
    found = find_time_expressions(
        "He attended the summit earlier this week.", date(2024, 3, 8), rules
    )
    assert [(t.value, t.anchor) for t in found] == [("2024-W10", "2024-03-04/2024-03-07")]
    found = find_time_expressions("They will meet later this week.", date(2024, 3, 8), rules)
    assert [(t.value, t.anchor) for t in found] == [("2024-W10", "2024-03-09/2024-03-10")]
    found = find_time_expressions("They met earlier this week.", date(2024, 3, 4), rules)
    assert [t.anchor for t in found] == ["2024-03-04/2024-03-10"]  # a Monday: nothing before


def test_two_months_joined_take_the_year_of_the_second(rules: TimexRules) -> None:
    """ "March and April 1986": two expressions (TimeML), March of 1986, both anchored to the
    two months; "in May and July" stays two months."""
    found = find_time_expressions("Sales rose in March and April 1986.", WEDNESDAY, rules)
    assert [(e.text, e.value, e.anchor) for e in found] == [
        ("March", "1986-03", "1986-03/1986-04"),
        ("April 1986", "1986-04", "1986-03/1986-04"),
    ]
    found = find_time_expressions("They met in May and July 1986.", WEDNESDAY, rules)
    assert [(e.value, e.anchor) for e in found] == [("1986-05", "1986-05"), ("1986-07", "1986-07")]


def test_a_date_after_a_past_intention_lies_ahead(rules: TimexRules) -> None:
    """ "said he still intended to visit Seoul on November 18-20", told in September: what was
    intended, hoped or aimed for (timex.yaml ``future_cues``) is still to come, though the
    verb of intending is in the past."""
    told = date(1992, 9, 10)
    text = "Officials said the president still intended to visit Seoul on November 18-20."
    assert [t.anchor for t in find_time_expressions(text, told, rules)] == ["1992-11-18/1992-11-20"]
    hoped = "The minister said he hoped to sign the accord in November."
    assert values(hoped, told, rules) == ["1992-11"]


def test_a_month_of_that_year_is_in_the_year_just_told(rules: TimexRules) -> None:
    """ "after the coup in 2013. In November of that year ...": "that year" and "the same
    year" after a month point back to the year the story last named, not to the year
    nearest the publication date."""
    text = "The army seized power in 2013. In November of that year Cairo expelled the envoy."
    assert values(text, date(2024, 2, 15), rules) == ["2013", "2013-11"]
    same = "Relations were cut in 1985. They were restored in March the same year."
    assert values(same, date(1990, 5, 1), rules) == ["1985", "1985-03"]


def test_a_year_that_ended_in_mid_month_began_in_that_month(rules: TimexRules) -> None:
    """ "the fiscal year that ended in mid-July": a year from mid-July to mid-July, months
    July to July (Nepal's fiscal year)."""
    text = "Imports reached 290 billion rupees in the fiscal year that ended in mid-July."
    found = find_time_expressions(text, date(2024, 12, 4), rules)
    assert [e.anchor for e in found] == ["2023-07/2024-07", "2023-07/2024-07"], found


def test_that_same_month_is_the_month_just_told(rules: TimexRules) -> None:
    """ "In March, ... hosted his counterpart that same month": "that same month" (and "that
    same day") is the month or day just told, as "that month" is."""
    text = "In March, Wellington blamed a hacking group. Peters hosted Wang that same month."
    assert values(text, date(2024, 6, 14), rules) == ["2024-03", "2024-03"]
    day = "On Tuesday the envoy left, and that same day the embassy closed."
    assert values(day, date(2024, 6, 14), rules) == ["2024-06-11", "2024-06-11"]
