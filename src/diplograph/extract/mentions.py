"""The mentions extraction works with: an actor mention, a person of the article with the
forms and office it is named by, and all the actors of one article by token."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any


@dataclass(frozen=True)
class Actor:
    """One mention of an actor: token span, what it is, and the entity it refers to."""

    start: int  # token index
    end: int  # token index, exclusive
    kind: str  # country | org | place | person
    code: str | None  # ISO3 for a country, org code, canonical place name, person name
    country: str | None = None  # the country of a person or place
    role: str | None = None
    title: str | None = None
    reference: bool = False  # named by title or pronoun, resolved


@dataclass
class PersonRecord:
    name: str
    country: str | None
    role: str | None
    title: str | None
    last_seen: int = 0
    positions: list[int] = field(default_factory=list)  # token indices of named mentions

    def seen_before(self, index: int) -> int:
        """The last named mention before ``index`` (-1 when none): antecedents come first."""
        return max((p for p in self.positions if p < index), default=-1)

    forms: set[str] = field(default_factory=set)
    # an organisation's officer ("World Bank President Barber Conable"): acts for no state
    officer: bool = False


@dataclass
class ArticleActors:
    """All actor mentions of an article, by token, plus the article's people and home country."""

    mentions: list[Actor]
    people: dict[str, PersonRecord]
    home: str | None
    pair: tuple[str, ...]
    by_token: dict[int, Actor]

    def at(self, token_index: int) -> Actor | None:
        return self.by_token.get(token_index)


def _trim_name(doc: Any, start: int, end: int) -> tuple[int, int]:
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and doc[end - 1].text in ("'s", "’s", "'", "’"):
        end -= 1
    return start, end


def dateline(
    doc: Any, mentions: list[Actor], capital: Callable[[str], Any] | None = None
) -> Actor | None:
    """The place of the dateline, if the article has one near its start. A state named in
    the dateline is the capital that bears its name, where the gazetteer (``capital``: a
    name -> place lookup) knows one ("DJIBOUTI, April 4 -" is filed from Djibouti City)."""
    for actor in mentions:
        if actor.start > 80:
            return None
        if actor.kind == "place" and _is_dateline(doc, actor):
            return actor
        if actor.kind == "country" and capital is not None and _is_dateline(doc, actor):
            city = capital(doc[actor.start : actor.end].text)
            if city is not None and city.capital_of == actor.code:
                return replace(actor, kind="place", code=city.name, country=actor.code)
    return None


def _is_dateline(doc: Any, actor: Actor) -> bool:
    """A place at the start of a line before a comma, a point or a bracket ("Abu Dhabi
    (ANTARA) -"), or in capitals before one of these or a dash ("BANGKOK, March 14 -", "...
    KIEV -"); not a capital in a headline ("THAILAND PROTESTS TO HANOI OVER SHELLING")."""
    token = doc[actor.start]
    at_line_start = token.i == 0 or "\n" in doc[token.i - 1].text_with_ws
    after = doc[actor.end].text if actor.end < len(doc) else ""
    if token.text.isupper() and len(token.text) > 2:
        return at_line_start or after in _AFTER_A_DATELINE
    return at_line_start and after in ".,("


# what follows a dateline's place: "BANGKOK, March 14", "MOSCOW (Reuters)", "KIEV -"
DATELINE_DASHES = frozenset({"-", "--", "—", "–"})  # what ends a dateline
_AFTER_A_DATELINE = frozenset({".", ",", "("}) | DATELINE_DASHES


def spaced_dash(token: Any) -> bool:
    """A dash between words, not a hyphen inside one ("U.S.-Soviet")."""
    if token.text not in ("-", "--", "—", "–") or not token.whitespace_ or token.i == 0:
        return False
    return bool(token.doc[token.i - 1].whitespace_)
