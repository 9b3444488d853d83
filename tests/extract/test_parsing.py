"""Long articles are parsed in sentence-aligned parts; none can stop the others."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract import parsing
from diplograph.extract.parsing import split_text
from diplograph.extract.pipeline import Extractor
from diplograph.models import Article, Extraction, Problem

pytestmark = pytest.mark.slow

_PARAGRAPH = (
    "Kazakh Foreign Minister Murat Nurtleu met his Turkish counterpart in Ankara on Monday. "
    "They discussed transit routes and the grain trade.\n\n"
)


def _article(aid: str, text: str) -> Article:
    return Article(id=aid, published_on=date(2023, 5, 10), title="", text=text, content_hash="")


def test_split_text_cuts_at_paragraph_ends_and_keeps_every_character() -> None:
    text = _PARAGRAPH * 40
    parts = split_text(text, size=1000)
    assert "".join(parts) == text
    assert all(len(p) <= 1000 for p in parts)
    assert all(p.endswith("\n\n") for p in parts[:-1])


def test_batches_bound_texts_and_characters_and_keep_long_texts_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(parsing, "PART_CHARS", 100)
    monkeypatch.setattr(parsing, "BATCH_CHARS", 250)
    texts = ["a" * 60] * 5 + ["b" * 150] + ["c" * 10] * 3
    groups = list(parsing._batches(texts, batch_size=3))
    assert groups == [[0, 1, 2], [3, 4], [5], [6, 7, 8]]
    assert [i for g in groups for i in g] == list(range(len(texts)))
    assert list(parsing._batches(["d" * 90] * 3, batch_size=8)) == [[0, 1], [2]]


def test_split_text_without_breaks_still_bounds_the_parts() -> None:
    text = "x" * 2500
    assert [len(p) for p in split_text(text, size=1000)] == [1000, 1000, 500]


def test_a_long_article_is_extracted_in_parts_with_offsets_of_the_whole(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parsing, "PART_CHARS", 1000)
    text = _PARAGRAPH * 30
    result = extractor.extract(_article("long", text))
    assert len(result.sentences) == 60
    for event in result.events:
        evidence = event.evidence
        assert text[evidence.start : evidence.end] == evidence.sentence
    meetings = [e for e in result.events if e.mode == "meet"]
    assert meetings and all(set(e.countries) == {"KAZ", "TUR"} for e in meetings)


def test_an_article_over_the_limit_is_a_problem_and_the_batch_goes_on(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parsing, "PART_CHARS", 1000)
    monkeypatch.setattr(parsing, "MAX_CHARS", 5000)
    batch = [
        _article("a", _PARAGRAPH),
        _article("huge", _PARAGRAPH * 100),
        _article("b", _PARAGRAPH * 3),
    ]
    results = dict((a.id, r) for a, r in extractor.extract_many(batch, batch_size=3))
    assert isinstance(results["a"], Extraction) and isinstance(results["b"], Extraction)
    huge = results["huge"]
    assert isinstance(huge, Problem)
    assert "characters" in huge.reason and "split it" in huge.reason


def test_a_text_over_spacys_own_limit_no_longer_fails_the_batch(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parsing, "PART_CHARS", 1000)
    monkeypatch.setattr(extractor.lex.nlp, "max_length", 1500)  # stands for spaCy's 1,000,000
    batch = [_article("a", _PARAGRAPH), _article("long", _PARAGRAPH * 20)]
    results = dict((a.id, r) for a, r in extractor.extract_many(batch, batch_size=2))
    assert all(isinstance(r, Extraction) for r in results.values())


def test_window_lookups_of_a_long_article_agree_with_a_plain_scan(extractor: Extractor) -> None:
    """Mentions and time expressions are looked up by bisection (an article may hold thousands);
    on a made-up article with nested and adjacent expressions every lookup equals a scan."""
    from diplograph.extract.facts import _ArticleFigures

    text = (
        "Chile and Peru met on Monday and Tuesday in Lima. Trade between Chile and Peru reached "
        "$1.2 billion in the first half of 2022, up from $900 million a year earlier.\n\n"
        "Norway's exports to Sweden rose 4 percent in March 2023 from February, the agency said. "
        "Ghana and Togo will sign a transit accord next month, officials said last week."
    ) * 3
    article = Article("w", date(2023, 5, 19), "", text, "h")
    ctx = extractor.context(article, parsing.parse_one(extractor.lex.nlp, text))
    reader = _ArticleFigures(ctx)
    parties = reader.parties
    spans = [(t.start, t.end) for t in ctx.times]
    assert len(spans) > 10 and parties.mentions
    for at in range(len(text)):
        assert parties._in_time(at) == any(s <= at < e for s, e in spans), at
    for a in range(0, len(text), 37):
        for b in (a + 1, a + 60, a + 400):
            assert parties.starting_within(a, b) == [m for m in parties.mentions if a <= m[0] < b]
            assert parties._time_starts_within(a, b) == any(a <= s < b for s, _ in spans)
            assert reader.times_within(a, b) == [t for t in reader.times if a <= t.start < b]


def test_old_wire_capitals_after_us_are_lowered_for_the_parse_only_where_no_name_begins() -> None:
    from diplograph.extract.parsing import for_parse

    text = (
        "Lima rejected the U.S. Request. U.S. Officials said the U.S. Trade Representative "
        "would go."
    )
    parsed = for_parse(text)
    assert len(parsed) == len(text)
    assert "the U.S. request." in parsed and "U.S. officials said" in parsed
    assert "U.S. Trade Representative" in parsed  # a title that begins a name stays


def test_a_request_named_after_us_in_capitals_is_the_us_request(extractor: Extractor) -> None:
    text = (
        "U.S. officials met Peruvian farm minister Carlos Soto last week. Peru's Soto "
        "rejected the U.S. Request, officials said on Monday."
    )
    article = Article(id="t", published_on=date(1987, 4, 21), title="", text=text, content_hash="")
    request = next(e for e in extractor.extract(article).events if e.type == "REQUEST")
    assert request.countries == ("USA", "PER")
