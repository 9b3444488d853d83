"""Article -> Extraction: parse once, then dates, actors and events over the same parse."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from typing import Any

from diplograph.extract.actors import find_actors
from diplograph.extract.coding import plover_type
from diplograph.extract.context import ArticleContext
from diplograph.extract.dates import find_time_expressions
from diplograph.extract.events import find_events
from diplograph.extract.facts import find_facts
from diplograph.extract.lexicon import Lexicon, load_lexicon
from diplograph.extract.mentions import ArticleActors
from diplograph.extract.parsing import (
    TooLong,
    appended_relatives,
    asked_infinitives,
    calls_by_means,
    parse_many,
    parse_one,
    subordinators,
    told_clauses,
)
from diplograph.models import Article, Extraction, PersonMention, Problem, Sentence
from diplograph.workers import WorkerPool

EXTRACTOR_VERSION = "0.3.124"  # change it when extraction output changes: stores re-extract


class Extractor:
    """Runs every extraction step on articles. Build it once: loading takes a few seconds."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lex = lexicon or load_lexicon()

    def extract(self, article: Article) -> Extraction:
        """The extraction of one article; raises TooLong for an article over MAX_CHARS."""
        return self._from_doc(article, parse_one(self.lex.nlp, article.text))

    def extract_many(
        self, articles: Iterable[Article], batch_size: int = 32, n_process: int = 1
    ) -> Iterator[tuple[Article, Extraction | Problem]]:
        """Extractions in input order; spaCy parses in batches (the costly part).

        With ``n_process`` > 1 whole batches (parse and extraction) run in forked worker
        processes that share this extractor, so every core does all of the work.
        An article whose extraction fails yields a Problem naming it, and the batch goes on.
        """
        if n_process > 1:
            yield from self._extract_parallel(articles, batch_size, n_process)
            return
        for batch in _batches(articles, batch_size):
            yield from zip(batch, self._extract_batch(batch), strict=True)

    def _extract_batch(self, batch: list[Article]) -> list[Extraction | Problem]:
        docs = parse_many(self.lex.nlp, [a.text for a in batch], len(batch))
        return [self._safe_from_doc(a, d) for a, d in zip(batch, docs, strict=True)]

    def _safe_from_doc(self, article: Article, doc: Any) -> Extraction | Problem:
        if isinstance(doc, TooLong):
            return Problem(origin=article.origin, reason=str(doc), article_id=article.id)
        try:
            if isinstance(doc, Exception):
                raise doc
            return self._from_doc(article, doc)
        except Exception as exc:  # one bad article never stops a batch
            reason = f"extraction failed: {type(exc).__name__}: {exc}"
            return Problem(origin=article.origin, reason=reason, article_id=article.id)

    def _extract_parallel(
        self, articles: Iterable[Article], batch_size: int, n_process: int
    ) -> Iterator[tuple[Article, Extraction | Problem]]:
        with WorkerPool(self, n_process) as pool:
            for batch, results in pool.imap(_extract_batch, _batches(articles, batch_size)):
                yield from zip(batch, results, strict=True)

    def extract_sentence(
        self, text: str, published_on: date | None
    ) -> list[tuple[str, tuple[str, ...]]]:
        """(PLOVER type, countries) of each event in a lone sentence: for sentence-level gold."""
        article = Article(
            id="sentence", published_on=published_on, title="", text=text, content_hash=""
        )
        ctx = self.context(article, parse_one(self.lex.nlp, text), lone_sentence=True)
        return [(plover_type(e), e.countries) for e in find_events(ctx)]

    def context(self, article: Article, doc: Any, *, lone_sentence: bool = False) -> ArticleContext:
        """What every step reads about one parsed article: its times and actors, found once."""
        words = self.lex.triggers.words
        doc = subordinators(doc, words.time_conjunctions)
        doc = appended_relatives(doc)
        doc = asked_infinitives(doc, words.asking, words.within_meeting)
        doc = calls_by_means(doc, words.phone_means)
        doc = told_clauses(doc, words.telling)
        times = find_time_expressions(article.text, article.published_on, self.lex.timex)
        actors = find_actors(doc, article.published_on, self.lex, lone_sentence=lone_sentence)
        return ArticleContext(article, doc, self.lex, tuple(times), actors, lone_sentence)

    def _from_doc(self, article: Article, doc: Any) -> Extraction:
        ctx = self.context(article, doc)
        actors = ctx.actors
        people, events = _people(doc, actors), tuple(find_events(ctx))
        if doc.text != article.text:  # the parser read accents plain: names as written
            spelled = _as_written(people, doc.text, article.text)
            people = tuple(replace(p, name=spelled.get(p.name, p.name)) for p in people)
            events = tuple(
                replace(e, people=tuple(spelled.get(n, n) for n in e.people)) for e in events
            )
        return Extraction(
            article_id=article.id,
            sentences=tuple(
                Sentence(i, s.start_char, s.end_char, article.text[s.start_char : s.end_char])
                for i, s in enumerate(doc.sents)
            ),
            times=ctx.times,
            people=people,
            countries=tuple(sorted({m.country for m in actors.mentions if m.country})),
            places=tuple(
                dict.fromkeys(m.code for m in actors.mentions if m.kind == "place" and m.code)
            ),
            events=events,
            facts=tuple(find_facts(ctx)),
        )


def _as_written(people: tuple[PersonMention, ...], parsed: str, text: str) -> dict[str, str]:
    """Each name the parse gave in plain letters as the article writes it ("Pham Minh Chinh"
    -> "Phạm Minh Chính"): found in the parsed text, read at the same place in the article
    (parsing.for_parse keeps the length)."""
    spelled = {}
    for person in people:
        at = parsed.find(person.name)
        if at >= 0 and (written := text[at : at + len(person.name)]) != person.name:
            spelled[person.name] = written
    return spelled


def _extract_batch(
    extractor: Extractor, batch: list[Article]
) -> tuple[list[Article], list[Extraction | Problem]]:
    return batch, extractor._extract_batch(batch)


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _people(doc: Any, actors: ArticleActors) -> tuple[PersonMention, ...]:
    out = []
    for mention in actors.mentions:
        if mention.kind != "person" or not mention.code:
            continue
        record = actors.people.get(mention.code)
        span = doc[mention.start : mention.end]
        out.append(
            PersonMention(
                name=mention.code,
                start=span.start_char,
                end=span.end_char,
                country=record.country if record else mention.country,
                role=record.role if record else mention.role,
                title=mention.title,
            )
        )
    return tuple(out)
