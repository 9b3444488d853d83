"""Resolution kept up to date article by article gives the graph resolving everything at once
gives, whatever the order articles arrive in and however they are split into updates."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from diplograph.models import Event, Evidence
from diplograph.resolve.events import Report, ResolvedEvent, resolve_events
from diplograph.resolve.incremental import GrowingEvents
from diplograph.resolve.people import PeopleIndex, resolve_people

# Spellings of one person (the canonical one is the spelling most articles use, so it changes
# as articles arrive), and people who must stay apart.
NAMES = ("Roman Vassilenko", "Roman Vasilenko", "R. Vassilenko", "Leo Docherty", "Tim Docherty")
PAIRS = (("KAZ", "GBR"), ("KAZ", "FRA"), ("FRA", "GBR", "KAZ"))
DATES = (None, "2023", "2023-10", "2023-10-02", "2023-10-03", "2023-11", "2023-10-02/2023-10-04")
PLACES = (None, "Astana", "Kazakhstan", "London")


def _within(a: str, b: str) -> bool:
    return a == b or (a, b) == ("Astana", "Kazakhstan")


@st.composite
def _reports(draw: st.DrawFn, article: str) -> list[Report]:
    published = draw(st.sampled_from((None, date(2023, 10, 3), date(2023, 11, 1))))
    found = []
    for start in draw(st.lists(st.integers(0, 3), min_size=0, max_size=4)):
        event = Event(
            type=draw(st.sampled_from(("CONSULT", "AGREE"))),
            mode=draw(st.sampled_from(("meet", "visit", None))),
            status=draw(st.sampled_from(("occurred", "planned"))),
            countries=draw(st.sampled_from(PAIRS)),
            people=tuple(draw(st.lists(st.sampled_from(NAMES), max_size=2, unique=True))),
            date=draw(st.sampled_from(DATES)),
            date_reason="",
            place=draw(st.sampled_from(PLACES)),
            evidence=Evidence(
                article, f"sentence {start} of {article}", start * 10, start * 10 + 9
            ),
        )
        found.append((event, published))
    return sorted(found, key=lambda r: r[0].evidence.start)  # the store's order: by offset


def _people(by_article: dict[str, list[Report]]) -> PeopleIndex:
    return resolve_people(
        (name, "KAZ" if "ssilenko" in name else "GBR", None, article)
        for article, reports in by_article.items()
        for event, _ in reports
        for name in event.people
    )


def _shape(events: Sequence[ResolvedEvent]) -> list[tuple[object, ...]]:
    return [
        (e.type, e.mode, e.status, e.countries, e.people, e.date, e.place, e.agreement,
         [(m.evidence.article_id, m.evidence.start, m.date) for m, _ in e.mentions])
        for e in events
    ]  # fmt: skip


@st.composite
def _arrivals(draw: st.DrawFn) -> tuple[dict[str, list[Report]], list[list[str]]]:
    articles = {f"a{i}": draw(_reports(f"a{i}")) for i in range(draw(st.integers(1, 7)))}
    order = draw(st.permutations(sorted(articles)))
    cuts = sorted(draw(st.sets(st.integers(1, len(order)), max_size=3)))
    batches = [list(order[a:b]) for a, b in zip([0, *cuts], [*cuts, len(order)], strict=True)]
    return articles, [b for b in batches if b]


@settings(max_examples=150, deadline=None)
@given(_arrivals())
def test_articles_added_in_any_order_and_batches_resolve_as_all_at_once(
    case: tuple[dict[str, list[Report]], list[list[str]]],
) -> None:
    articles, batches = case
    growing = GrowingEvents(_within)
    arrived: dict[str, list[Report]] = {}
    for batch in batches:
        changed = {article: articles[article] for article in batch}
        arrived.update(changed)
        growing.update(changed, _people(arrived))
    everything = [r for article in sorted(articles) for r in articles[article]]
    expected = resolve_events(everything, _people(articles), _within)
    assert _shape(growing.resolved()) == _shape(expected)


@settings(max_examples=100, deadline=None)
@given(_arrivals(), st.data())
def test_an_article_extracted_again_replaces_its_reports(
    case: tuple[dict[str, list[Report]], list[list[str]]], data: st.DataObject
) -> None:
    articles, _ = case
    growing = GrowingEvents(_within)
    growing.update(articles, _people(articles))
    redone = data.draw(st.sampled_from(sorted(articles)))
    now = dict(articles)
    now[redone] = data.draw(_reports(redone))  # a new extractor found other events
    growing.update({redone: now[redone]}, _people(now))
    everything = [r for article in sorted(now) for r in now[article]]
    assert _shape(growing.resolved()) == _shape(resolve_events(everything, _people(now), _within))


def test_an_update_resolves_only_the_blocks_it_touches() -> None:
    def meeting(article: str, countries: tuple[str, ...], day: str) -> Report:
        event = Event(type="CONSULT", mode="meet", status="occurred", countries=countries,
                      people=("Leo Docherty",), date=day, date_reason="", place=None,
                      evidence=Evidence(article, "a sentence", 0, 10))  # fmt: skip
        return event, None

    growing = GrowingEvents(_within)
    first = {f"a{i}": [meeting(f"a{i}", pair, "2023-10-02")] for i, pair in enumerate(PAIRS)}
    growing.update(first, _people(first))
    assert growing.blocks_resolved == 3
    later = {"b": [meeting("b", ("KAZ", "GBR"), "2023-10-02")]}
    growing.update(later, _people({**first, **later}))
    assert growing.blocks_resolved == 1  # the KAZ-GBR meetings alone
    (merged,) = [e for e in growing.resolved() if e.countries == ("KAZ", "GBR")]
    assert [m.evidence.article_id for m, _ in merged.mentions] == ["a0", "b"]
    growing.update({"a0": []}, _people({"a1": first["a1"], "a2": first["a2"], **later}))
    assert growing.articles == 3
    assert [m.evidence.article_id for e in growing.resolved() for m, _ in e.mentions] == [
        "a1", "a2", "b"
    ]  # fmt: skip
