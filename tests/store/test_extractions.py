from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest

from diplograph.models import (
    Article,
    Event,
    Evidence,
    Extraction,
    Fact,
    PersonMention,
    Sentence,
    TimeExpression,
)
from diplograph.store import Store, open_store

ARTICLE_ID = "kz-fr-2019"
TEXT = (
    "President Tokayev met President Macron in Paris on Tuesday. "
    "Trade between the two countries reached $4.2 billion in 2018."
)
MEETING = TEXT[:59]
TRADE = TEXT[60:]


def _article() -> Article:
    return Article(
        id=ARTICLE_ID,
        published_on=date(2019, 10, 2),
        title="",
        text=TEXT,
        content_hash="0" * 64,
        origin="test",
        format="seed",
    )


def _extraction() -> Extraction:
    """One of each model, in the order the store reads them back (by start offset)."""
    meeting = Evidence(ARTICLE_ID, MEETING, 0, 59)
    trade = Evidence(ARTICLE_ID, TRADE, 60, len(TEXT))
    return Extraction(
        article_id=ARTICLE_ID,
        sentences=(Sentence(0, 0, 59, MEETING), Sentence(1, 60, len(TEXT), TRADE)),
        times=(
            TimeExpression(51, 58, "Tuesday", "DATE", "2019-10-01", "2019-10-01", "day"),
            TimeExpression(117, 121, "2018", "DATE", "2018", "2018", "year", mod="END"),
        ),
        people=(
            PersonMention("Kassym-Jomart Tokayev", 10, 17, country="KAZ", role="president"),
            PersonMention("Emmanuel Macron", 32, 38, "FRA", "president", title="President"),
        ),
        countries=("FRA", "KAZ"),
        places=("Paris",),
        events=(
            Event(
                type="CONSULT",
                mode="visit",
                status="occurred",
                countries=("KAZ", "FRA"),
                people=("Kassym-Jomart Tokayev", "Emmanuel Macron"),
                date="2019-10-01",
                date_reason="'on Tuesday' before the publication date",
                place="Paris",
                evidence=meeting,
                context="state visit",
                agreement=None,
                trigger="met",
                confidence=0.9,
            ),
            Event(
                type="AGREE",
                mode=None,
                status="planned",
                countries=("FRA", "KAZ"),
                people=(),
                date=None,
                date_reason="no date in the sentence",
                place=None,
                evidence=trade,
                negated=True,
                agreement="trade agreement",
            ),
        ),
        facts=(
            Fact(
                indicator="trade_turnover",
                of="KAZ",
                in_="FRA",
                value=4.2e9,
                unit="USD",
                period="2018",
                qualifier="exact",
                evidence=trade,
                period_reason="'in 2018'",
            ),
        ),
    )


@pytest.fixture
def store(store_location: str) -> Iterator[Store]:
    """The store on SQLite, then on PostgreSQL."""
    with open_store(store_location) as opened:
        with opened.transaction():
            opened.insert_article(
                _article(), story_id=None, similarity=None, signature=b"", bands=[]
            )
        yield opened


def test_load_extraction_returns_what_save_extraction_stored(store: Store) -> None:
    saved = _extraction()
    with store.transaction():
        store.save_extraction(saved, "test-1")
    loaded = store.load_extraction(ARTICLE_ID)
    assert loaded is not None
    assert loaded.article_id == ARTICLE_ID
    assert loaded.events == saved.events
    assert loaded.facts == saved.facts
    assert loaded.times == saved.times
    assert loaded.people == saved.people


def test_load_extraction_of_an_article_never_extracted_is_none(store: Store) -> None:
    assert store.load_extraction(ARTICLE_ID) is None


def test_saving_again_replaces_the_earlier_extraction(store: Store) -> None:
    first = _extraction()
    second = replace(first, events=first.events[:1], facts=())
    with store.transaction():
        store.save_extraction(first, "test-1")
    with store.transaction():
        store.save_extraction(first, "test-1")
    loaded = store.load_extraction(ARTICLE_ID)
    assert loaded is not None
    assert loaded.events == first.events
    assert loaded.times == first.times
    assert loaded.people == first.people
    assert loaded.facts == first.facts
    counts = store.counts()
    assert (counts["extracted"], counts["events"], counts["facts"]) == (1, 2, 1)
    assert counts["people"] == 2

    with store.transaction():
        store.save_extraction(second, "test-2")
    loaded = store.load_extraction(ARTICLE_ID)
    assert loaded is not None
    assert loaded.events == second.events
    assert loaded.facts == ()
    counts = store.counts()
    assert (counts["extracted"], counts["events"], counts["facts"]) == (1, 1, 0)
    assert store.unextracted_stories("test-2") == []
    assert store.unextracted_stories("test-3") == [ARTICLE_ID]


def _copy_of_the_story(article_id: str, published_on: date | None) -> tuple[Article, Extraction]:
    """Another article (a wire copy or an update) that repeats the story's sentences."""
    article = replace(_article(), id=article_id, published_on=published_on, content_hash="1" * 64)
    sentences = (Sentence(0, 0, 59, MEETING), Sentence(1, 60, len(TEXT), TRADE))
    return article, Extraction(article_id=article_id, sentences=sentences)


def test_search_cites_every_copy_of_a_sentence_newest_article_first(store: Store) -> None:
    with store.transaction():
        store.save_extraction(_extraction(), "test")
        for article_id, published in (("copy-2020", date(2020, 1, 5)), ("copy-undated", None),
                                      ("copy-2019b", date(2019, 10, 2))):  # fmt: skip
            article, extraction = _copy_of_the_story(article_id, published)
            store.insert_article(article, story_id=None, similarity=None, signature=b"", bands=[])
            store.save_extraction(extraction, "test")
    hits = store.search_sentences("Tokayev", 10)
    # the same day: the article stored last first; undated copies last
    assert [h.doc for h in hits] == ["copy-2020", "copy-2019b", ARTICLE_ID, "copy-undated"]
    assert {(h.sentence, h.start, h.end) for h in hits} == {(MEETING, 0, 59)}
    assert len({h.score for h in hits}) == 1
    assert [h.doc for h in store.search_sentences("Tokayev", 2)] == ["copy-2020", "copy-2019b"]
    # each distinct text is kept (and ranked) once: SQLite's migration 8, PostgreSQL's 5
    assert store.conn.execute("SELECT count(*) FROM sentence_texts").fetchone()[0] == 2
    assert store.conn.execute("SELECT count(*) FROM sentence_uses").fetchone()[0] == 8


def test_search_forgets_a_sentence_no_article_says_any_more(store: Store) -> None:
    article, copy = _copy_of_the_story("copy-2020", date(2020, 1, 5))
    with store.transaction():
        store.insert_article(article, story_id=None, similarity=None, signature=b"", bands=[])
        store.save_extraction(copy, "test")
        store.save_extraction(_extraction(), "test")
    assert [h.doc for h in store.search_sentences("billion", 5)] == ["copy-2020", ARTICLE_ID]
    with store.transaction():  # re-extracted: the copy no longer says it
        store.save_extraction(replace(copy, sentences=copy.sentences[:1]), "test")
    assert [h.doc for h in store.search_sentences("billion", 5)] == [ARTICLE_ID]
    with store.transaction():
        store.save_extraction(replace(_extraction(), sentences=()), "test")
    assert store.search_sentences("billion", 5) == []
    assert [h.doc for h in store.search_sentences("Tokayev", 5)] == ["copy-2020"]
    # the distinct texts hold no text left unsaid, on either database
    assert store.conn.execute("SELECT count(*) FROM sentence_texts").fetchone()[0] == 1
    assert [f.name for f in store.check("test").findings if f.status == "failed"] == []
