"""Actors in an article: countries, organisations, places, and people with their offices.

Names come from spaCy's entities corrected by the data files (the small model calls
"Kassym-Jomart Tokayev" an ORG and "Docherty" a GPE); titles next to a name give the office;
references without a name ("the Head of State", "the French leader", "Secretary Cleverly", "he")
are resolved to a person of the same article, else to the office holder at the publication date.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import date
from typing import Any

from diplograph.extract.lexicon import Lexicon
from diplograph.extract.mentions import (
    DATELINE_DASHES,
    Actor,
    ArticleActors,
    PersonRecord,
    _trim_name,
    dateline,
    spaced_dash,
)
from diplograph.extract.organisations import (
    _bracketed_names,
    _common_organisation_noun,
    _organisation_appositive,
    _other_organisations,
    _staff_of_organisations,
    organisation_names,
)
from diplograph.extract.references import _references
from diplograph.names import NameRules, similar_surname
from diplograph.offices import OfficeTerm

_CAPITALS_RUN = re.compile(r"[A-Z]{3}")
_NAME_SHAPE = re.compile(r"^[^\W\d_](?:[^\W\d_]|['’.-])*$")
_INITIAL = re.compile(r"^[A-Z]\.$")
_JOINED_INITIAL = re.compile(r"^[A-Z]\.[A-Z][a-z]{2,}")  # "B.Battsetseg", Mongolian usage


def _name_word(text: str) -> bool:
    """A capitalised word of letters in any Latin script ("Erdoğan", "Orbán", "O'Neill") or an
    initial ("J.")."""
    return text[:1].isupper() and _NAME_SHAPE.match(text) is not None


def find_actors(
    doc: Any, published_on: date | None, lex: Lexicon, *, lone_sentence: bool = False
) -> ArticleActors:
    """Every country, organisation, place and person mention in a parsed article (or in one
    coded sentence, whose countries are each named once and all make its pair)."""
    bracketed = _bracketed_names(doc)  # "<Cable and Wireless Plc>": wire copy marks companies
    inside = {i for s, e in bracketed for i in range(s, e)}
    spans = [sp for sp in _lexicon_spans(doc, lex) if sp[1] not in inside]
    titles = [(s, e) for kind, s, e, _ in spans if kind == "TITLE"]
    orgs = organisation_names(doc, lex.names)  # "the agency Sonatrach": never a person
    named = [
        n
        for n in _named_people(doc, spans, titles, lex)
        if n[0] not in inside
        and n[2] not in orgs
        and not lex.names.only_honorifics(n[2])  # "Emir Sheikh | Tamim ...": no name of its own
        and doc[n[1] - 1].lower_.rstrip(".") not in lex.names.currency_words  # "U.S. Dlrs"
    ]
    on = published_on.isoformat() if published_on else None
    fixed = [
        m
        for m in _fixed_mentions(spans, lex, doc, on)
        if not _inside_any(m, named) and not _former_description(doc, m, lex.names)
    ]
    fixed = sorted([*fixed, *_combining_forms(doc, fixed, lex)], key=lambda m: m.start)
    fixed, named = _with_described_places(doc, fixed, named, lex)
    home = _home_country(doc, [m for m in fixed if not _names_money(doc, m, lex)], lex)
    people: dict[str, PersonRecord] = {}
    mentions: list[Actor] = list(fixed)
    mentions += _people_mentions(doc, named, titles, fixed, people, lex, published_on)
    mentions.extend(Actor(s, e, "org", doc[s:e].text) for s, e in bracketed)
    mentions.extend(_other_organisations(doc, mentions, titles, lex, orgs))
    mentions = _staff_of_organisations(mentions, people)
    mentions = _join_short_names(mentions, people, lex.names)
    mentions = _fullest_written(mentions, people)
    mentions = _local_officials(mentions, people, doc, fixed, home, lex)
    mentions.extend(_references(doc, titles, mentions, people, home, lex, published_on))
    mentions.sort(key=lambda m: m.start)
    money = {m.start for m in mentions if _names_money(doc, m, lex)}  # "U.S. dlrs"
    located = {m.start for m in mentions if m.kind == "place" and _where_only(doc, m, lex)}
    least = 1 if lone_sentence else _PAIR_MIN
    kept = [m for m in mentions if m.start not in money | located]
    # a country named once counts where it acts or is acted on ("a grant from Norway", "arrives
    # in Madrid"), not where it only qualifies a thing ("U.S. refusal", "West German rates")
    # or says where ("banned in Canada")
    acting = {m.country for m in kept if not _in_passing(doc, m, lex)}
    pair = _main_pair(kept, home, least, acting)
    by_token: dict[int, Actor] = {}
    for mention in mentions:
        if mention.start in money:
            continue  # "its 68 billion U.S. dlr debt": which money, not a party to anything
        for index in range(mention.start, mention.end):
            by_token.setdefault(index, mention)
    return ArticleActors(mentions, people, home, pair, by_token)


def _with_described_places(
    doc: Any, fixed: list[Actor], named: list[tuple[int, int, str]], lex: Lexicon
) -> tuple[list[Actor], list[tuple[int, int, str]]]:
    """The mentions with the places the text describes as such added, and the names without
    them ("bombed the town of Faya-Largeau": a place, not a person the model saw)."""
    described = _described_places(doc, fixed, lex.names) + _unlisted_dateline(doc, fixed)
    if not described:
        return fixed, named
    inside = {i for m in described for i in range(m.start, m.end)}
    named = [n for n in named if not inside & set(range(n[0], n[1]))]
    return sorted([*fixed, *described], key=lambda m: m.start), named


def _described_places(doc: Any, fixed: list[Actor], names: NameRules) -> list[Actor]:
    """Places the text says are places (names.yaml ``place_nouns``): "the border town of
    Malaba", "the northern Chadian town of Faya-Largeau", "Surin province". Their country is
    the state's word that describes the noun ("Chadian town"), else none known."""
    taken = {i for m in fixed for i in range(m.start, m.end)}
    found: list[Actor] = []
    for noun in doc:
        if noun.pos_ not in ("NOUN", "PROPN") or noun.lower_ not in names.place_nouns:
            continue
        span = _name_after_of(doc, noun) or _name_before(doc, noun, names)
        if span is None or taken & set(range(*span)):
            continue
        country = next(
            (
                m.country
                for m in fixed
                if m.kind == "country" and noun.left_edge.i <= m.start < noun.i and m.country
            ),
            None,
        )
        name = doc[span[0] : span[1]].text
        found.append(Actor(span[0], span[1], "place", name, country=country))
        taken.update(range(*span))
    return found


def _unlisted_dateline(doc: Any, fixed: list[Actor]) -> list[Actor]:
    """The place of a wire dateline the data files do not list ("HILLSBOROUGH, Northern
    Ireland, Nov 15 - ..."): words in capitals at the start of a line, then a comma and a word
    not in capitals (a line in capitals is a headline), before the dash that closes the
    dateline; its country is the state or place named right after the comma, if any."""
    if dateline(doc, fixed) is not None:
        return []
    for token in doc[:40]:
        if not (token.i == 0 or "\n" in doc[token.i - 1].text_with_ws):
            continue
        end = token.i
        while end < len(doc) and doc[end].is_alpha and doc[end].text.isupper():
            end += 1
        if end == token.i or len(doc[token.i : end].text) < 3 or end + 1 >= len(doc):
            continue
        after = doc[end + 1]
        dash = any(t.text in DATELINE_DASHES for t in doc[end : end + 12])
        if doc[end].text != "," or after.text.isupper() or not dash:
            continue
        if any(m.start <= token.i < m.end for m in fixed):
            return []
        region = next((m for m in fixed if m.start == after.i and m.country), None)
        name = " ".join(w.capitalize() for w in doc[token.i : end].text.split())
        return [Actor(token.i, end, "place", name, country=region.country if region else None)]
    return []


def _name_after_of(doc: Any, noun: Any) -> tuple[int, int] | None:
    """'town of Abeche', 'port of Bandar Abbas': the capitalised words after "of"."""
    of = noun.i + 1
    if of + 1 >= len(doc) or doc[of].lower_ != "of" or doc[of].head.i != noun.i:
        return None
    end = of + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and _name_word(doc[end].text):
        end += 1
        while end + 1 < len(doc) and doc[end].text == "-" and _name_word(doc[end + 1].text):
            end += 2  # "Faya-Largeau"
    return (of + 1, end) if end > of + 1 else None


def _name_before(doc: Any, noun: Any, names: NameRules) -> tuple[int, int] | None:
    """'Surin province', 'Kunar Province': the capitalised words right before a noun of an
    area (names.yaml ``area_nouns``)."""
    if noun.lower_ not in names.area_nouns:
        return None
    start = noun.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and _name_word(doc[start - 1].text):
        start -= 1
    if start == noun.i or doc[start].is_sent_start:
        return None
    return (start, noun.i)


def _combining_forms(doc: Any, fixed: list[Actor], lex: Lexicon) -> list[Actor]:
    """ "Sino-Soviet talks", "Franco-German trade": the first half of a compound adjective of
    two states is a state (countries.yaml ``combining_forms``), when a hyphen and another
    state's word follow it."""
    forms = lex.knowledge.combining_forms
    states = {m.start: m for m in fixed if m.kind == "country"}
    found = []
    for token in doc[: len(doc) - 2]:
        code = forms.get(token.lower_)
        after = states.get(token.i + 2)
        if code and doc[token.i + 1].text == "-" and after is not None and after.code != code:
            found.append(Actor(token.i, token.i + 1, "country", code, country=code))
    return found


def _former_description(doc: Any, mention: Actor, names: NameRules) -> bool:
    """A state's adjective after "former" that describes another state's past: "the former
    Soviet republic" (Moldova), "a former British colony" (names.yaml ``former_words``; not
    "the former Yugoslavia", a state's name, nor "then Soviet leader")."""
    if mention.kind != "country" or mention.start == 0:
        return False
    before = doc[mention.start - 1]
    if before.text == "-" and mention.start > 1:
        before = doc[mention.start - 2]
    last = doc[mention.end - 1]
    return (
        before.lower_ in names.former_words
        and last.dep_ in ("amod", "compound")
        and last.head.pos_ == "NOUN"
        and last.head.i > last.i
    )


def _lexicon_spans(doc: Any, lex: Lexicon) -> list[tuple[str, int, int, str]]:
    """Longest non-overlapping matches of the data files: (kind, start, end, code)."""
    strings = doc.vocab.strings
    raw = [*lex.matcher_exact(doc), *lex.matcher_lower(doc)]
    raw.sort(key=lambda m: (-(m[2] - m[1]), m[1]))
    taken: set[int] = set()
    spans = []
    for match_id, start, end in raw:
        if any(i in taken for i in range(start, end)):
            continue
        kind, _, code = strings[match_id].partition("|")
        if kind == "TITLE" and _given_name_before_particle(doc, start, end, lex.names):
            continue  # "Sultan bin Saad Al-Muraikhi": a given name, not the title
        taken.update(range(start, end))
        spans.append((kind, start, end, code))
    spans.sort(key=lambda s: s[1])
    return spans


def _given_name_before_particle(doc: Any, start: int, end: int, names: NameRules) -> bool:
    """A royal title word used as a given name: "Sultan" right before "bin" (names.yaml
    ``given_name_titles``, ``patronymic_particles``); "Sultan Haitham bin Tarik" keeps it."""
    return (
        end - start == 1
        and end < len(doc)
        and doc[start].lower_ in names.given_name_titles
        and doc[end].lower_ in names.patronymic_particles
    )


def _fixed_mentions(
    spans: list[tuple[str, int, int, str]], lex: Lexicon, doc: Any = None, on: str | None = None
) -> list[Actor]:
    """Countries, organisations and places the data files name. A country or place is the
    state it belonged to on the publication day ``on``: Moscow or Kiev in a 1987 story is in
    the Soviet Union (countries.yaml ``territories``)."""
    out = []
    knowledge = lex.knowledge
    for kind, start, end, code in spans:
        if kind in ("COUNTRY", "PLACE") and doc is not None and _inside_name(doc, end, lex):
            continue  # "the Uruguay Round", "the Washington Post": a name, not a party
        if kind == "COUNTRY" and doc is not None and _region_of(doc, start, end, lex):
            continue  # "Central American countries", "Latin America": a region, not the USA
        venue = kind in ("COUNTRY", "PLACE") and doc is not None
        if venue and _names_a_venue(doc, kind, start, end, lex):
            name = knowledge.country_name(code) or code if kind == "COUNTRY" else code
            out.append(Actor(start, end, "place", name))  # where, not who: no country
            continue
        if kind == "COUNTRY" and doc is not None:
            capital = _capital_named(doc, start, end, code, lex, on)
            if capital is not None:
                out.append(capital)
                continue
        if kind == "COUNTRY":
            state = knowledge.state_at(code, on)
            out.append(Actor(start, end, "country", state, country=state))
        elif kind == "ORG":
            media = knowledge.organizations.entries[code].kind == "media"
            out.append(Actor(start, end, "media" if media else "org", code))
        elif kind == "PLACE":
            place = knowledge.place(code)
            country = knowledge.state_at(place.country, on) if place and place.country else None
            out.append(Actor(start, end, "place", code, country=country))
    return out


def _capital_named(
    doc: Any, start: int, end: int, code: str, lex: Lexicon, on: str | None
) -> Actor | None:
    """'the Hungarian capital': the country's capital city on the article's day, a place
    (names.yaml ``capital_nouns``); None for any other country word."""
    if start == 0 or end >= len(doc) or doc[start - 1].lower_ != "the":
        return None
    noun = doc[end]
    if noun.lower_ not in lex.names.capital_nouns or noun.dep_ == "compound":
        return None  # "the French capital markets": a market
    day = date.fromisoformat(on) if on else None
    place = lex.knowledge.capital_on(code, day)
    if place is None:
        return None
    state = lex.knowledge.state_at(place.country, on)
    return Actor(start, end + 1, "place", place.name, country=state)


def _names_a_venue(doc: Any, kind: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether a city or country word names a meeting or an accord by where it was held: "the
    Venice summit", "the failed London talks", "the Uruguay round" (names.yaml ``venue_heads``,
    ``country_venue_heads``), not one of a hyphen pair ("the U.S.-Soviet talks")."""
    if end >= len(doc) or start == 0:
        return False
    head = doc[end - 1].head  # "the Venice summit", "the Venice economic summit"
    for _ in range(2):  # "the Uruguay trade round": through a noun before the head
        if head.dep_ != "compound" or not head.text.islower() or head.head.i <= head.i:
            break
        head = head.head
    heads = lex.names.venue_heads if kind == "PLACE" else lex.names.country_venue_heads
    if head.lower_ not in heads or not 0 <= head.i - end <= 2:
        return False
    if not all(t.text.islower() or t.text == "-" for t in doc[end : head.i + 1]):
        return False  # "the Iran-contra scandal" (not "the U.S.-Soviet talks": capitals)
    before = doc[start - 1]
    if before.text in ("-", "/", "and") or doc[end - 1].text.endswith("-"):
        return False
    return not any(  # "Japanese and U.S. talks", "U.S. Soviet talks": parties
        c.i < start and c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" for c in head.children
    )


def _inside_name(doc: Any, end: int, lex: Lexicon) -> bool:
    """Whether a place or country word is the first part of a proper name whose head follows
    it capitalised ("Uruguay Round", "Camp David Accords", "New York Times")."""
    if end >= len(doc):
        return False
    following = doc[end]
    if following.text[:1].isupper() and following.lower_ in lex.names.name_heads:
        return True
    for token in doc[end : end + 4]:  # "Royal Dutch Petroleum Co", "Anglo American Corp"
        if not token.text[:1].isupper():
            return False
        if token.lower_.rstrip(".") in lex.names.company_words:
            return not _state_title_at(doc, token.i + 1, lex)
    return False


def _state_title_at(doc: Any, index: int, lex: Lexicon) -> bool:
    """Whether a state's title is written at ``index`` ("Nigerian Petroleum | Minister X": a
    portfolio that is also a company word, not a company's name; "British Petroleum Chairman"
    is the company's officer)."""
    if index >= len(doc) or not doc[index].text[:1].isupper():
        return False
    info = lex.roles.match_title(doc[index].text)
    return info is not None and info.sector == "GOV"


def _region_of(doc: Any, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the word before a country word makes a region's name with it (names.yaml
    ``region_names``: "Central American", "Latin America")."""
    if start == 0:
        return False
    return f"{doc[start - 1].lower_} {doc[start:end].text.lower()}" in lex.names.region_names


def _inside_any(actor: Actor, named: list[tuple[int, int, str]]) -> bool:
    return any(s <= actor.start and actor.end <= e for s, e, _ in named)


def _named_people(
    doc: Any,
    spans: list[tuple[str, int, int, str]],
    titles: list[tuple[int, int]],
    lex: Lexicon,
) -> list[tuple[int, int, str]]:
    """(start, end, name as written) of person names, correcting the statistical model."""
    known = {(s, e): code for kind, s, e, code in spans if kind == "PERSON"}
    fixed = {(s, e) for kind, s, e, _ in spans if kind in ("COUNTRY", "ORG", "PLACE")}
    title_ends = {e for _, e in titles}
    found = _holders_named(doc, known, lex.names.name_particles)
    covered = {i for s, e in fixed for i in range(s, e)} | {
        i for s, e in titles for i in range(s, e)
    }
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG", "GPE", "NORP", "FAC", "PRODUCT", "LOC"):
            continue
        start, end = _trim_name(doc, ent.start, ent.end)
        if end - start > 1 and _opening_gerund(doc[start], lex):
            start += 1  # "Meeting Abdullah later on Monday, Nakayama said": not a name's word
        while start < end and start in covered:  # "France Isabelle Dumont" -> "Isabelle Dumont"
            start += 1
        while end > start and (end - 1) in covered:
            end -= 1
        end = _name_end(doc, end, ent.label_ == "PERSON", covered, lex.names)
        end = _before_headline_verbs(doc, start, end, lex)
        if ent.label_ == "PERSON" and start == ent.start:
            start = _name_start(doc, start, end, covered, lex)
        portfolio = _after_portfolio(doc, start, end, title_ends, lex.names.portfolio_words)
        start = start if portfolio is None else portfolio
        if start >= end or (start, end) in fixed or _overlaps(found, start, end):
            continue
        tokens = doc[start:end]
        if not _name_tokens(tokens, lex.names.name_particles):
            continue
        if len(tokens) == 1 and _is_acronym(tokens[0].text):
            continue  # "MFA", "ECGD", "CoFACE": an acronym names an organisation, not a person
        if any(t.lower_ in lex.names.not_name_words for t in tokens):
            continue
        if any(s <= start < e or s < end <= e for s, e in fixed):
            continue
        if _organisation_appositive(doc, end, lex.names):
            continue  # "Coface, the French export credit agency"
        if start > 0 and _common_organisation_noun(doc[start - 1], lex.names):
            continue  # "the national petroleum agency Sonatrach": the agency's name
        after_title = start in title_ends or (  # not "Secretary of State for | East Asian
            # Affairs" (a portfolio), nor "prime minister tours | European capitals" (a verb)
            (start - 1) in title_ends and doc[start - 1].pos_ not in ("ADP", "VERB", "AUX")
        )
        after_title = after_title or bool(portfolio) or _titled_appositive(doc, end, titles)
        # (not a name that modifies the noun after it: "External Relations Commissioner")
        name_like = ent.label_ == "ORG" and _looks_like_full_name(tokens) and not _modifier(tokens)
        if ent.label_ == "PERSON" or after_title or name_like:
            found[(start, end)] = tokens.text
    _add_names_the_model_missed(doc, found, fixed, titles, lex)
    return sorted(_whole_name(doc, s, e, n) for (s, e), n in found.items())


def _opening_gerund(token: Any, lex: Lexicon) -> bool:
    """A sentence's first word in -ing that is a form of a verb the triggers or the verbs of
    saying know ("Meeting", "Thanking", "Welcoming"): the model takes it into the name after
    it."""
    word = token.lower_
    if not token.is_sent_start or not word.endswith("ing") or len(word) < 6:
        return False
    stem = word[:-3]
    stems = (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem)
    table = lex.triggers
    return any(
        s in table.verbs or s in table.reporting_verbs or s in table.light_verbs for s in stems
    )


def _in_capitals(token: Any) -> bool:
    """Whether the token's sentence is written all in capitals (a wire headline)."""
    return token.text.isupper() and all(t.text.isupper() for t in token.sent if t.is_alpha)


def _before_headline_verbs(doc: Any, start: int, end: int, lex: Lexicon) -> int:
    """The end of a name in a headline in capitals, before the verbs the model takes into it
    ("REAGAN LIFTS LAST SANCTIONS", "PRESIDENT JOKOWI RECEIVES ...", "REAGAN ORDERS TARIFFS":
    a verb of our triggers, in any of its forms, is no part of a name, nor is what follows
    it)."""
    if start >= end or not _in_capitals(doc[start]):
        return end
    verbs = lex.triggers.verbs
    for k in range(start + 1, end):
        word = doc[k].lower_
        stems = (word, word[:-1], word[:-2], word[:-3]) if word.endswith(("s", "d")) else (word,)
        if any(stem in verbs or stem in lex.triggers.light_verbs for stem in stems):
            return k
    return end


def _add_names_the_model_missed(
    doc: Any,
    found: dict[tuple[int, int], str],
    fixed: set[tuple[int, int]],
    titles: list[tuple[int, int]],
    lex: Lexicon,
) -> None:
    """Names told by what stands around them: after a title or a reference noun ("his
    Ecuadorean counterpart Ana Roldos"), in apposition, after a royal title, written again,
    right after the dateline; then names split in two are joined."""
    references = [(t.i, t.i + 1) for t in doc if t.lower_ in lex.names.reference_nouns]
    _add_titled_names(doc, found, fixed, titles + references, lex)
    _add_apposed_names(doc, found, fixed, titles, lex.names.not_name_words)
    _add_coordinated_names(
        doc, found, fixed | set(titles), lex.names.not_name_words, lex.title_words
    )
    _add_given_names(doc, found, fixed | set(titles), lex.names.given_name_titles)
    _add_repeats(doc, found, fixed | set(titles), lex.names)
    _add_dateline_surname(doc, found, fixed, lex)
    _join_adjacent(doc, found, titles)


def _add_dateline_surname(
    doc: Any, found: dict[tuple[int, int], str], fixed: set[tuple[int, int]], lex: Lexicon
) -> None:
    """ "ANKARA, June 8 - Ozal said ...": the model may take a lone surname right after the
    dateline's dash into the dateline's date; a capitalised word there that is the surname of
    an office holder (office_holders.csv) is that person's name."""
    dash = next((t for t in doc[:12] if spaced_dash(t)), None)
    if dash is None or dash.i + 1 >= len(doc):
        return
    word = doc[dash.i + 1]
    taken = any(s <= word.i < e for s, e in [*found, *fixed])
    if taken or not word.text.istitle() or word.pos_ != "PROPN" or word.ent_type_ != "DATE":
        return
    if lex.full_names(word.text):
        found[(word.i, word.i + 1)] = word.text


def _join_adjacent(
    doc: Any, found: dict[tuple[int, int], str], titles: list[tuple[int, int]]
) -> None:
    """Two names with nothing between them are one: "King Maha | Vajiralongkorn" (the given
    names after a royal title and the name the model tagged); not a title the model took for
    a name ("Lieutenant-Colonel | Sitiveni Rabuka")."""
    in_titles = {i for s, e in titles for i in range(s, e)}
    for start, end in sorted(found):
        if (start, end) not in found or end - start > 2:
            continue
        words = doc[start:end]
        if any(not _name_word(t.text) or t.i in in_titles for t in words):
            continue
        follower = next(((s, e) for s, e in found if s == end), None)
        if follower is not None:
            del found[(start, end)], found[follower]
            found[(start, follower[1])] = doc[start : follower[1]].text


def _after_portfolio(
    doc: Any, start: int, end: int, title_ends: set[int], portfolio: frozenset[str]
) -> int | None:
    """Where the name begins after a minister's portfolio that the model took into it: "Minister
    for | Aviation | Michael Spicer", "Minister of | Industry and Trade | Cahit Aral"
    (``names.yaml`` portfolio_words); ``end`` when the span is all portfolio ("Minister of |
    International Trade and Industry |, Hajime Tamura"); None when it does not start with one."""
    if start < 2 or start - 1 not in title_ends or doc[start - 1].lower_ not in ("of", "for"):
        return None
    first = start
    while start < end and doc[start].lower_ in portfolio:
        start += 1
    if start == end:
        return end
    return start if start > first and doc[start].text[:1].isupper() else None


def _name_start(doc: Any, start: int, end: int, covered: set[int], lex: Lexicon) -> int:
    """Where a name the model started late begins: a capitalised word that the parser makes
    part of the name ("in Paris | Haddadi Gholam-reza": the family name first), not a word of
    a title ("Secretary Cleverly"), also across a particle joined by a hyphen ("Mariam
    al-Sadiq al-Mahdi"; names.yaml ``name_particles``)."""
    title_words = lex.title_words
    while start > 0:
        start = _past_a_hyphened_particle(doc, start, covered, lex.names.name_particles)
        word = doc[start - 1]
        if start - 1 in covered or not word.is_alpha or word.lower_ in title_words:
            break
        if _after_a_title(doc, start - 1, title_words):
            start -= 1  # "Minister of Foreign Affairs Do Hung Viet": a capitalised word
            break  # between a title and a name is the name's, whatever the tagger made it
        if word.pos_ != "PROPN" or not word.text[:1].isupper():
            break
        if word.dep_ != "compound" or word.ent_type_ or not start <= word.head.i < end:
            break
        start -= 1
    return start


def _holders_named(
    doc: Any, known: dict[tuple[int, int], str], particles: frozenset[str]
) -> dict[tuple[int, int], str]:
    """The office holders' names matched in the text, (start, end) -> name: not one matched
    in lower case across a verb ("the communique said Musa and Sylla": "Said Musa"), and, for
    one that ends a longer name ("Mariam al-Sadiq al-Mahdi"), that name as written."""
    found: dict[tuple[int, int], str] = {}
    for (start, end), name in known.items():
        first = doc[start]
        if end - start > 1 and first.is_lower and first.lower_ not in particles:
            continue
        longer = _past_a_hyphened_particle(doc, start, set(), particles)
        if longer < start:
            found[(longer, end)] = doc[longer:end].text
            continue
        found[(start, end)] = name
    return found


def _past_a_hyphened_particle(
    doc: Any, start: int, covered: set[int], particles: frozenset[str]
) -> int:
    """The start of a name before "al-" or "el-" ("Mariam al-" before "Sadiq al-Mahdi"):
    the particle, its hyphen and the capitalised word before them belong to the name."""
    if start < 3 or doc[start - 1].text != "-" or doc[start - 2].lower_ not in particles:
        return start
    word = doc[start - 3]
    if start - 3 in covered or word.pos_ != "PROPN" or not word.text[:1].isupper():
        return start
    return start - 3


def _after_a_title(doc: Any, index: int, title_words: frozenset[str]) -> bool:
    """A capitalised word inside a sentence right after a title's last word."""
    word, before = doc[index], doc[index - 1] if index > 0 else None
    return (
        before is not None
        and word.text[:1].isupper()
        and not word.is_sent_start
        and not _in_capitals(word)  # "AQUINO TO MEET REAGAN": a headline
        and before.lower_ in title_words
        and before.text[:1].isupper()
        and not before.is_stop
    )


def _name_end(doc: Any, end: int, person: bool, covered: set[int], names: NameRules) -> int:
    """Where a name the model cut short ends: after the particle it stopped at ("Ursula von
    der | Leyen") or the surname its last word modifies ("Jaime | Ongpin", "Roberto de Abreu |
    Sodre", even when the model tags that surname as a name of its own), or the fathers' names
    after it ("Mohammed bin Abdulrahman | bin Jassim Al Thani")."""
    particles = names.name_particles
    while end < len(doc) and doc[end - 1].text in particles and _name_word(doc[end].text):
        end += 1
    while (  # ... or stopped before it: "Jose Eduardo | dos Santos"
        person
        and end + 1 < len(doc)
        and doc[end].text in particles
        and doc[end].text.islower()
        and _name_word(doc[end + 1].text)
        and doc[end + 1].pos_ == "PROPN"
        and end + 1 not in covered
    ):
        end += 2
    while (
        person
        and end < len(doc)
        and doc[end - 1].dep_ == "compound"
        and _surname_follows(doc, end)
        and doc[end].pos_ == "PROPN"
        and doc[end].ent_type_ in ("", "PERSON", "GPE")  # the model may split one name in
        and end not in covered  # two, taking the surname for a place: "Roberto de Abreu |
        # Sodre" (a place the gazetteer knows is covered)
        and _name_word(doc[end].text)
    ):
        end += 1
    if _hyphenated_given_name(doc, end):  # "Chung | In-yong", "Roh | Tae-woo": Korean given
        end += 3  # names are written as two syllables joined by a hyphen
    while (  # a chain of fathers' names
        person
        and end + 1 < len(doc)
        and doc[end].text in names.patronymic_particles
        and _name_word(doc[end + 1].text)
        and end + 1 not in covered
    ):
        end += 2
        while end < len(doc) and doc[end].pos_ == "PROPN" and _name_word(doc[end].text):
            end += 1
    return end


def _surname_follows(doc: Any, end: int) -> bool:
    """The word at ``end`` is the head the word before it modifies, or another word of the
    same chain of names before that head ("Julio Cesar | Turbay Ayala": Spanish names carry
    two surnames, each a compound of the last)."""
    head: int = doc[end - 1].head.i
    return head == end or (
        end < head <= end + 2 and doc[end].dep_ == "compound" and doc[end].head.i == head
    )


def _hyphenated_given_name(doc: Any, end: int) -> bool:
    """A capitalised syllable, a hyphen and a lower-case syllable written without spaces right
    after a name ("Kim Dae-jung", "Chung In-yong"), from ``end``, the capitalised syllable's
    index: whether a name goes on past ``end``, or (``_name_tokens``) keeps the lower-case
    syllable of a name the model tagged whole."""
    if end + 2 >= len(doc) or not doc[end - 1].text[:1].isupper():
        return False
    first, hyphen, second = doc[end], doc[end + 1], doc[end + 2]
    return (
        first.text[:1].isupper()
        and first.text.isalpha()
        and hyphen.text == "-"
        and not first.whitespace_
        and not hyphen.whitespace_
        and second.text.isalpha()
        and second.text.islower()
    )


def _name_tokens(tokens: Any, particles: frozenset[str]) -> bool:
    """Whether every word is a name's: capitalised, or a particle inside ("bin", "von der"),
    or a hyphen written without spaces inside ("Ahmed al-Tayer"), or the syllable a hyphen
    joins to a capitalised one ("Kim Jang-hyun", "Chiang Pin-kung")."""
    last = len(tokens) - 1
    return all(
        _name_word(t.text)
        or (0 < k < last and t.text in particles)
        or (0 < k < last and t.text == "-" and not t.whitespace_ and not tokens[k - 1].whitespace_)
        or (k > 1 and _hyphenated_given_name(t.doc, t.i - 2))
        for k, t in enumerate(tokens)
    )


def _is_acronym(text: str) -> bool:
    """A word written in capitals, or with three capitals in a row inside it ("CoFACE")."""
    return (text.isupper() and len(text) > 1) or _CAPITALS_RUN.search(text) is not None


def _whole_name(doc: Any, start: int, end: int, name: str) -> tuple[int, int, str]:
    """A name with the hyphenated part the tokenizer split off: "Gholam-reza", "Ali-Akbar"."""
    while (
        end + 1 < len(doc)
        and doc[end].text in ("-", "–")
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
    ):
        end += 2
    return start, end, doc[start:end].text if end > start else name


def _add_given_names(
    doc: Any,
    found: dict[tuple[int, int], str],
    blocked: set[tuple[int, int]],
    given_name_titles: frozenset[str],
) -> None:
    """'King Faisal', 'Princess Diana', 'Sheikh Hamdan': a capitalised royal or religious title
    and one or two name words after it."""
    taken = {i for s, e in [*found, *blocked] for i in range(s, e)}
    for token in doc:
        if token.lower_ not in given_name_titles or not token.text[:1].isupper():
            continue
        end = token.i + 1
        while (
            end < len(doc)
            and end - token.i <= 2
            and end not in taken
            and doc[end].pos_ == "PROPN"
            and _name_word(doc[end].text)
        ):
            end += 1
        if end > token.i + 1 and not any(i in taken for i in range(token.i + 1, end)):
            found[(token.i + 1, end)] = doc[token.i + 1 : end].text
            taken.update(range(token.i + 1, end))


def _add_titled_names(
    doc: Any,
    found: dict[tuple[int, int], str],
    fixed: set[tuple[int, int]],
    titles: list[tuple[int, int]],
    lex: Lexicon,
) -> None:
    """'President Kasym-Zomart Tokayev': capitalised words right after a title are a name,
    even when the model tags nothing there (misspellings, rare names); in a headline in
    capitals, not its verbs and small words ("PRIME MINISTER AT BOGOR PALACE")."""
    not_name_words, particles = lex.names.not_name_words, lex.names.name_particles
    taken = {i for s, e in [*found, *fixed] for i in range(s, e)}
    taken |= {i for s, e in titles for i in range(s, e)}  # "Vice-Chancellor, Federal | Minister"
    for _, t_end in titles:
        if t_end < len(doc) and doc[t_end].lower_ == "of":
            # "Minister of Foreign Affairs of Mongolia B.Battsetseg" (only a name so written:
            # not "chairman of the Pentagon Joint Chiefs of Staff")
            state_end = next((e for s, e in fixed if s == t_end + 1), t_end)
            if state_end < len(doc) and _JOINED_INITIAL.match(doc[state_end].text):
                t_end = state_end
        if t_end < len(doc) and doc[t_end].text == ",":  # "the Chilean deputy minister, Ana
            t_end += 1  # Oyarzun," (an appositive: two words or more, as below)
        end = t_end
        while end < len(doc) and end - t_end < 6 and end not in taken:
            token = doc[end]
            if token.text == "-" or (_name_word(token.text) and token.pos_ == "PROPN"):
                end += 1
                continue
            inside = end > t_end and end + 1 < len(doc) and _name_word(doc[end + 1].text)
            if inside and token.lower_ in particles:  # "President F.W. de Klerk"
                end += 1
                continue
            break
        while end > t_end and doc[end - 1].text == "-":
            end -= 1
        if any(t.is_stop for t in doc[t_end:end]) and _in_capitals(doc[t_end]):
            continue  # "PRIME MINISTER AT BOGOR PALACE"
        end = _before_headline_verbs(doc, t_end, end, lex)
        words = [t for t in doc[t_end:end] if t.text != "-"]
        # "Minister of Foreign Affairs of Mongolia B.Battsetseg": one word with its initial
        whole = len(words) >= 2 or (len(words) == 1 and _JOINED_INITIAL.match(words[0].text))
        if whole and not any(t.lower_ in not_name_words for t in words):
            found[(t_end, end)] = doc[t_end:end].text
            taken.update(range(t_end, end))


def _add_apposed_names(
    doc: Any,
    found: dict[tuple[int, int], str],
    fixed: set[tuple[int, int]],
    titles: list[tuple[int, int]],
    not_name_words: frozenset[str],
) -> None:
    """'Vargas, Peru's foreign minister, said': capitalised words right before a title in
    apposition are a name, even when the model tags nothing there."""
    taken = {i for s, e in [*found, *fixed] for i in range(s, e)}
    for t_start, _ in titles:
        comma = t_start - 1
        while comma > 0 and t_start - comma <= 4 and doc[comma].text != ",":
            word = doc[comma]  # "Peru 's", "the", "Chile 's chief": the title's own words
            if word.pos_ in ("VERB", "AUX", "PUNCT") and word.text not in ("'s", "’s"):
                break
            comma -= 1
        if comma <= 0 or doc[comma].text != ",":
            continue
        start = comma
        while start > 0 and comma - start < 3 and (start - 1) not in taken:
            word = doc[start - 1]
            if word.pos_ != "PROPN" or not _name_word(word.text):
                break
            start -= 1
        before = doc[start - 1]  # not after the hyphen of "the Export-Import Bank"
        joined = before.text == "-" and not before.whitespace_
        at_clause_start = start == doc[start].sent.start or (before.is_punct and not joined)
        words = doc[start:comma]
        if any(w.lower_ in not_name_words for w in words):
            continue  # "the Japanese Export-Import Bank, Philippine Finance Minister X said"
        if start < comma and at_clause_start:
            found[(start, comma)] = doc[start:comma].text
            taken.update(range(start, comma))


def _add_coordinated_names(
    doc: Any,
    found: dict[tuple[int, int], str],
    fixed: set[tuple[int, int]],
    not_name_words: frozenset[str],
    title_words: frozenset[str] = frozenset(),
) -> None:
    """ "the two ministers, Pal Szalay and Pal Jonson": proper nouns joined by "and" to a
    person's name are a name too, even when the model tags nothing there (not a title:
    ``fixed`` holds the titles' spans, "Crown Prince and Prime Minister Saad"; nor the words
    of a plural title before the first, "Foreign Ministers A and B")."""
    taken = {i for s, e in [*found, *fixed] for i in range(s, e)}
    for _, end in sorted(found):
        root = doc[end - 1]
        joined = [c for c in root.children if c.dep_ == "conj"]
        joined += [root.head] if root.dep_ == "conj" else []  # ("A and B": B found, not A)
        for other in joined:
            if other.pos_ != "PROPN" or other.i in taken:
                continue
            start = other.left_edge.i
            while start < other.i and doc[start].lower_.removesuffix("s") in title_words:
                start += 1
            words = doc[start : other.i + 1]
            if any(w.i in taken or w.pos_ != "PROPN" or not _name_word(w.text) for w in words):
                continue
            if len(words) < 2 or any(w.lower_ in not_name_words for w in words):
                continue  # a lone word may be a place or a body; a full name is a person
            found[(start, other.i + 1)] = words.text
            taken.update(range(start, other.i + 1))


def _first_surnames(names: list[str], rules: NameRules) -> dict[str, str]:
    """The first of two surnames ("Turbay" of "Julio Cesar Turbay Ayala", "Herrera" of "Luis
    Herrera Campins"): Spanish and Portuguese names are used by the father's surname, the
    word before the last. Not a particle, an honorific or a father's name ("bin Hamad"), nor
    a word that begins or ends another name of the article (the article's names.yaml
    ``rules``)."""
    taken = {w for n in names for w in (n.split()[0], n.split()[-1])}
    found: dict[str, str] = {}
    for name in names:
        words = name.split()
        if len(words) < 3:
            continue
        before, word = words[-3].lower(), words[-2]
        if (
            word[:1].isupper()
            and word.lower() not in rules.name_particles
            and word.lower() not in rules.one_word_honorifics
            and before not in rules.name_particles
            and word not in taken
        ):
            found.setdefault(word, name)
    return found


# the labels the model gives a lone given name it does not know ("Abiy" as a law, "Mochtar"
# as an organisation), not those of places, times or amounts
_NAME_MISTAGS = frozenset({"ORG", "NORP", "LAW", "PRODUCT", "WORK_OF_ART", "EVENT", "LANGUAGE"})


def _add_repeats(
    doc: Any, found: dict[tuple[int, int], str], blocked: set[tuple[int, int]], rules: NameRules
) -> None:
    """A name found once is a name everywhere in the article: the model often tags one
    occurrence and misses another ("Isabelle Dumont" after a title), or a bare surname."""
    taken = {i for s, e in [*found, *blocked] for i in range(s, e)}
    names = sorted({n for n in found.values() if " " in n})  # sorted: no hash-seed order
    surnames = {n.split()[-1]: n for n in names}
    for name in names:  # "Kamal el-Ganzouri" is "Ganzouri" again: an article written in lower
        article, _, rest = name.split()[-1].partition("-")  # case stays before the surname
        if rest and article.islower():
            surnames.setdefault(rest, name)
    for first, name in _first_surnames(names, rules).items():
        surnames.setdefault(first, name)
    text = doc.text
    for name in sorted(names, key=lambda n: (-len(n), n)):
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            span = doc.char_span(match.start(), match.end())
            if span is not None and not any(i in taken for i in range(span.start, span.end)):
                found[(span.start, span.end)] = name
                taken.update(range(span.start, span.end))
    singles = {n for n in found.values() if " " not in n}
    # "Rachmat" for "Rachmat Saleh": Indonesian, Thai and Arab names go by the given name
    firsts = [n.split()[0] for n in names if len(n.split()) == 2 and len(n.split()[0]) > 3]
    given = {f for f in firsts if firsts.count(f) == 1} - set(surnames)
    # the model may tag a lone given name as an organisation or a nationality ("Mochtar met
    # Hawke", "Rachmat asked"); it stays a name where the model tagged the full name a person
    # (not "Toshiba" of "Toshiba Machine")
    tagged = {n.split()[0] for (s, e), n in found.items() if _all_person(doc[s:e])}
    for token in doc:
        if token.i in taken or not _proper_word(
            token, token.text in surnames or token.text in given
        ):
            continue
        kind = token.ent_type_
        if token.text in surnames or (
            token.text in given
            and (kind in ("", "PERSON") or (kind in _NAME_MISTAGS and token.text in tagged))
        ):
            found[(token.i, token.i + 1)] = token.text
            taken.add(token.i)
        elif token.text in singles:  # a surname the model tagged elsewhere, here with its
            start = _given_names_start(doc, token, taken)  # given names: "Isabelle Dumont",
            found[(start, token.i + 1)] = doc[start : token.i + 1].text  # "Recep Tayyip E."
            taken.update(range(start, token.i + 1))


def _all_person(span: Any) -> bool:
    return all(t.ent_type_ == "PERSON" for t in span)


def _given_names_start(doc: Any, surname: Any, taken: set[int]) -> int:
    """Where the given names written before a surname begin: up to three capitalised words
    that the parser hangs on it as compounds and the model tags as nothing else."""
    start: int = surname.i
    while start > 0 and surname.i - start < 3:
        word = doc[start - 1]
        if (
            word.i in taken
            or word.dep_ != "compound"
            or word.head.i != surname.i
            or word.ent_type_ not in ("", "PERSON")
            or not _name_word(word.text)
        ):
            break
        start -= 1
    return start


def _proper_word(token: Any, surname: bool = False) -> bool:
    """A proper noun, or a capitalised word the model took for a common noun ("invited
    Roldos to visit": Roldos as a plural noun); at a sentence's start only the surname of a
    person already named ("Conable directly linked ...")."""
    if token.pos_ == "PROPN":
        return True
    if surname:  # the tagger may even take a rare surname for an adjective ("Conable")
        return token.pos_ in ("NOUN", "ADJ") and token.text[:1].isupper()
    return token.pos_ == "NOUN" and token.text[:1].isupper() and not token.is_sent_start


def _overlaps(found: dict[tuple[int, int], str], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in found)


def _titled_appositive(doc: Any, end: int, titles: list[tuple[int, int]]) -> bool:
    """Whether a title is in apposition right after the name: "Miyazawa, Japan's finance
    minister," or "Tamura, the trade minister," (the model often tags a lone surname ORG)."""
    if end >= len(doc) or doc[end].text != ",":
        return False
    limit = _right_window(doc, end)
    return any(end + 1 <= s and s <= end + 4 and e <= limit for s, e in titles)


def _looks_like_full_name(tokens: Any) -> bool:
    words = [t for t in tokens if t.text not in ("-",)]
    return 2 <= len(words) <= 4 and tokens.root.tag_ in ("NNP", "NNPS")


def canonical_name(written: str) -> str:
    """The name without middle initials and possessive: "Antony J. Blinken" -> "Antony Blinken"."""
    words = [w for w in written.replace("’", "'").split() if not _INITIAL.match(w)]
    text = " ".join(words)
    return re.sub(r"\s*-\s*", "-", text).removesuffix("'s").strip()


def _person_mention(
    doc: Any,
    start: int,
    end: int,
    written: str,
    titles: list[tuple[int, int]],
    fixed: list[Actor],
    people: dict[str, PersonRecord],
    lex: Lexicon,
    published_on: date | None,
) -> Actor:
    name = canonical_name(written) or written.strip()  # "J. R." is all initials: keep it
    record = _match_record(name, people, lex)
    given = start > 0 and doc[start - 1].lower_ in lex.names.given_name_titles
    if record is not None and given and not _royal_form_of(name, record, lex):
        record = None  # "King Hussein" after "Saddam Hussein": a king's name is his given name
    title, role, country = _title_context(doc, start, end, titles, fixed, lex)
    if role is None and country is None:
        role, country = _counterpart_role(doc, start, fixed, people, lex)
    country = (  # "King Hussein of Jordan": the country after the name is his own, whatever
        _country_after_of(doc, end, fixed)  # a place before the title says ("LONDON - King
        or country  # Hussein of Jordan")
        or _country_before(doc, start, fixed, lex)
        or _country_of_group_led(doc, end, fixed, lex)
    )
    officer = _organisation_title(doc, start, end, fixed)
    if officer and not _country_before(doc, start, fixed, lex):
        # "World Bank President Barber Conable": the organisation's officer, no state's
        country, role = None, None
    if record is None:
        term_country, term_role = _term_of(doc, start, name, given, published_on, lex)
        if (country or officer) and term_role is None:
            # a namesake of a holder from another time, or a former minister who now holds an
            # organisation's office ("NATO Secretary General Jens Stoltenberg"): the text decides
            term_country = None
        full = name if given else _full_name(name, lex, published_on)
        if full != name and country and country not in _countries_held(full, lex):
            full, term_country, term_role = name, None, None  # "Britain's Charles": no namesake
        record = PersonRecord(
            name=full,
            country=term_country or country,
            role=role or term_role,
            title=title,
        )
        people[record.name] = record
    else:
        record.country = record.country or country
        record.role = record.role or role
        record.title = record.title or title
    record.forms.add(written)
    record.officer = record.officer or (officer and not record.country)
    record.last_seen = start
    record.positions.append(start)
    return Actor(
        start, end, "person", record.name, country=record.country, role=record.role, title=title
    )


def _term_of(
    doc: Any, start: int, name: str, given: bool, published_on: date | None, lex: Lexicon
) -> tuple[str | None, str | None]:
    """The country and office a name holds by the table: a given name after "King" is no
    surname of a holder ("King Faisal"), but the given name of one in office ("King Fahd");
    a full name is his ("King Maha Vajiralongkorn")."""
    if given and " " not in name:
        return _reigning(name, published_on, lex, doc[start - 1].text)
    return _known_office(name, published_on, lex)


def _modifier(tokens: Any) -> bool:
    """The span modifies the noun right after it: "External Relations | Commissioner"."""
    root = tokens.root
    return bool(root.dep_ == "compound" and root.head.i == tokens.end)


def _organisation_title(doc: Any, start: int, end: int, fixed: list[Actor]) -> bool:
    """Whether the name's title is an organisation's: "NATO Secretary General", "IMF Managing
    Director" (an organisation, then at most four capitalised title words, then the name), or
    the name's "of" phrase ("Jens Stoltenberg of NATO"), or its apposed title's ("Willy de
    Clercq, External Relations Commissioner of the European Communities": a body of no
    state)."""
    for actor in fixed:
        if actor.kind == "org" and actor.start == end + 1 and doc[end].lower_ == "of":
            return True  # "Secretary General Jens Stoltenberg of NATO"
        if actor.kind == "org" and not actor.country and _apposed_title_of(doc, end, actor):
            return True
        if actor.kind == "org" and 0 < start - actor.end <= 4:
            between = doc[actor.end : start]
            if all(t.text[:1].isupper() or t.text == "-" for t in between):
                return True
            # news of today writes the title in lower case: "EU trade commissioner Valdis
            # Dombrovskis", "NATO chief Jens Stoltenberg" (title words only, a noun last)
            if between[-1].pos_ == "NOUN" and all(
                t.pos_ in ("NOUN", "ADJ", "PROPN") and t.is_alpha and not _in_actor(t.i, fixed)
                for t in between
            ):
                return True
    return False


def _apposed_title_of(doc: Any, end: int, actor: Actor) -> bool:
    """ ", External Relations Commissioner of the European Communities,", ", the secretary
    general of the Gulf Cooperation Council": a title of at most four words between the
    name's comma and the body's "of" phrase."""
    if end >= len(doc) or doc[end].text != "," or actor.start <= end + 2:
        return False  # (the body after the name and its comma, with a title between)
    start = actor.start - (1 if doc[actor.start - 1].lower_ == "the" else 0)
    title = doc[end + 1 : start - 1]
    if len(title) > 1 and title[0].lower_ == "the":
        title = title[1:]  # news of today writes it in lower case: ", the secretary general
    return (  # of the Gulf Cooperation Council"
        0 < len(title) <= 4
        and doc[start - 1].lower_ == "of"
        and all(t.is_alpha and (t.text[:1].isupper() or t.pos_ in ("NOUN", "ADJ")) for t in title)
        and title[-1].pos_ in ("NOUN", "PROPN")
    )


def _in_actor(index: int, fixed: list[Actor]) -> bool:
    return any(a.start <= index < a.end for a in fixed)


def _country_before(doc: Any, start: int, fixed: list[Actor], lex: Lexicon) -> str | None:
    """'Britain's Prince Charles', 'Saudi King Fahd': a country right before the name, its
    honorific or a reference noun ("counterpart")."""
    index = start
    while index > 0 and doc[index - 1].lower_ in lex.names.given_name_titles:
        index -= 1
    if index > 0 and doc[index - 1].lower_ in lex.names.reference_nouns:
        index -= 1  # "his Ecuadorean counterpart Ana Roldos"
    index = _unknown_title_start(doc, index, lex.names)
    if index > 0 and doc[index - 1].text in ("'s", "’s"):
        index -= 1
    for actor in fixed:
        if actor.kind == "country" and actor.end == index:
            return actor.country
    return None


def _unknown_title_start(doc: Any, index: int, names: NameRules) -> int:
    """Where a title roles.yaml does not list begins: capitalised portfolio words before a title
    word ("Indian | Finance Secretary | Ram Singh", "Kenyan | Trade Commissioner | X")."""
    head = index - 1
    if head < 0 or not doc[head].text[:1].isupper():
        return index
    if doc[head].lower_ not in names.one_word_honorifics and doc[head].lower_ not in (
        names.envoy_nouns
    ):
        return index
    start = head
    while start > 0 and doc[start - 1].text[:1].isupper():
        if doc[start - 1].lower_ not in names.portfolio_words:
            break
        start -= 1
    return start


def _country_of_group_led(doc: Any, end: int, fixed: list[Actor], lex: Lexicon) -> str | None:
    """'a U.S. trade delegation led by Deputy Trade Representative Michael Smith', 'the
    Nigerian team, headed by X', 'a mission from Japan led by X': the one country named in
    the group a person leads (names.yaml ``leader_verbs``) is the leader's."""
    head = doc[end - 1]
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        head = head.head
    by = head.head
    if (
        head.dep_ != "pobj"
        or by.lower_ != "by"
        or by.head.lemma_.lower() not in lex.names.leader_verbs
    ):
        return None
    verb = by.head
    group = verb.head
    if verb.dep_ not in ("acl", "relcl") or group.pos_ not in ("NOUN", "PROPN"):
        return None
    inside = {t.i for t in group.subtree if t.i < verb.i}
    found = {a.country for a in fixed if a.kind == "country" and a.start in inside and a.country}
    return found.pop() if len(found) == 1 else None


def _country_after_of(doc: Any, end: int, fixed: list[Actor]) -> str | None:
    """'King Hussein of Jordan', 'President Hissene Habre of Chad': the country after "of"."""
    if end >= len(doc) or doc[end].lower_ != "of":
        return None
    for actor in fixed:
        if actor.kind == "country" and actor.start in (end + 1, end + 2):
            if actor.start == end + 1 or doc[end + 1].lower_ == "the":
                return actor.country
    return None


def _royal_form_of(name: str, record: PersonRecord, lex: Lexicon) -> bool:
    """Whether a given name after a royal title ("King Hussein") names a person met before:
    one named with such a title too, or whose given name it is ("King Fahd" for "Fahd bin
    Abdulaziz"), not one whose surname it is ("Saddam Hussein")."""
    words = record.name.lower().split()
    titled = (record.title or "").lower() in lex.names.given_name_titles
    return titled or (" " not in name and words[0] == name.lower()) or " " in name


def _join_short_names(
    mentions: list[Actor], people: dict[str, PersonRecord], names: NameRules
) -> list[Actor]:
    """'Moon' met before 'Moon Jae-in' in the same article is the same person: a one-word name
    joins the only fuller name of the article that contains it; not the name of a father after
    "bin" ("Salman" is not "Mohammed bin Salman"), nor, for a king's given name, another word
    than the first. A name of two words or more that no record places joins the only fuller
    name that ends with it (a double surname: "Pena Nieto" and "Enrique Pena Nieto")."""
    for short in [n for n in people if " " not in n or people[n].country is None]:
        royal = (people[short].title or "").lower() in names.given_name_titles
        fuller = [
            n
            for n in people
            if " " in n
            and n != short
            and _contains_name(n, short, names.patronymic_particles)
            and (not royal or n.split()[0].lower() == short.lower())
        ]
        if len(fuller) != 1:
            continue
        record = people.pop(short)
        target = people[fuller[0]]
        target.country = target.country or record.country
        target.role = target.role or record.role
        target.positions.extend(record.positions)
        target.forms |= record.forms
        mentions = [
            replace(m, code=target.name, country=target.country, role=target.role)
            if m.kind == "person" and m.code == short
            else m
            for m in mentions
        ]
    return mentions


def _contains_name(full: str, short: str, patronymic: frozenset[str]) -> bool:
    """Whether a one-word name is a word of a full name that is not a father's name; a name
    of several words, the last words of a longer full name."""
    words = full.lower().replace("-", " ").split()
    parts = short.lower().replace("-", " ").split()
    if len(parts) > 1:
        return len(words) > len(parts) and words[-len(parts) :] == parts
    return any(
        w == short.lower() and (i == 0 or words[i - 1] not in patronymic)
        for i, w in enumerate(words)
    )


def _fullest_written(mentions: list[Actor], people: dict[str, PersonRecord]) -> list[Actor]:
    """A person is named as the article writes him in full: "President Tinubu" (known as
    "Bola Tinubu") and later "President Bola Ahmed Tinubu" are "Bola Ahmed Tinubu", a written
    form with the record's first and last names and more words between."""
    renamed: dict[str, str] = {}
    for name, record in list(people.items()):
        words = name.split()
        written = [canonical_name(f).split() for f in record.forms]
        longer = [
            " ".join(w)
            for w in written
            if len(w) > len(words) > 1 and w[0] == words[0] and w[-1] == words[-1]
        ]
        if not longer:
            continue
        full = max(longer, key=len)
        if full in people:
            continue
        record.name = full
        people[full] = people.pop(name)
        renamed[name] = full
    if not renamed:
        return mentions
    return [
        replace(m, code=renamed[m.code]) if m.kind == "person" and m.code in renamed else m
        for m in mentions
    ]


def _full_name(name: str, lex: Lexicon, published_on: date | None) -> str:
    """A lone surname of an office holder in office around the article's date becomes the
    full name ("Tokayev"); a namesake from another era does not ("Carstens")."""
    if published_on is None:
        return name
    if " " in name:
        return _in_own_order(name, lex, published_on)
    near = {
        full
        for full in lex.full_names(name)
        for t in lex.holders.terms_of(full)
        if t.person == full and _around(t, published_on)
    }
    return near.pop() if len(near) == 1 else name  # two holders of that name then: ambiguous


def _around(term: OfficeTerm, published_on: date) -> bool:
    """Whether a term of office is within a year of the article's date."""
    return term.start.year - 1 <= published_on.year and (
        term.end is None or term.end.year + 1 >= published_on.year
    )


def _in_own_order(name: str, lex: Lexicon, published_on: date) -> str:
    """A two-word name written family name first ("Kishida Fumio", "Xi Jinping" the other
    way round) is the office holder the table writes the other way, when that holder was in
    office around the article's date and nobody holds the name as written."""
    words = name.split()
    if len(words) != 2 or lex.holders.terms_of(name):
        return name
    turned = f"{words[1]} {words[0]}"
    near = any(
        t.person == turned and _around(t, published_on) for t in lex.holders.terms_of(turned)
    )
    return turned if near else name


def _match_record(name: str, people: dict[str, PersonRecord], lex: Lexicon) -> PersonRecord | None:
    if name in people:
        return people[name]
    if " " not in name and len(name) > 2:  # "Moon" for "Moon Jae-in", "Tokayev" for the full name
        lowered = name.lower()
        for record in reversed(list(people.values())):
            parts = record.name.lower().replace("-", " ").split()
            if len(parts) > 1 and lowered in (parts[0], record.name.lower().split()[-1]):
                return record
    words = name.lower().split()
    for record in reversed(list(people.values())):
        parts = record.name.lower().split()
        if len(parts) > len(words) > 1 and parts[: len(words)] == words:
            return record  # "Abu Hassan" for "Abu Hassan Omar", "Prince Saud" for "Prince Saud
            # al-Faisal": Malay and Arab names are shortened from the end
    if len(words) == 2 and words[0] in lex.names.given_name_titles:
        for record in reversed(list(people.values())):  # "Prince Mohammed" for "Mohammed bin
            parts = _name_words(record.name, lex.names.one_word_honorifics)  # Salman" told
            if len(parts) > 1 and parts[0] == words[1]:  # before: the title and the given
                return record  # name (the last person with it)
    surname = words[-1]
    # "Mrs Thatcher", "Dr Mahathir": an honorific and the surname alone
    titled = [w for w in words if w not in lex.names.one_word_honorifics] == [surname]
    for record in reversed(list(people.values())):
        parts = record.name.lower().split()
        if parts[-1] == surname and (" " not in name or len(parts) >= 1):
            if " " in name and name.lower() != record.name.lower() and not titled:
                if record.name.lower().endswith(" " + name.lower()):
                    return record  # "De Clercq" for "Willy de Clercq", "Abreu Sodre" for
                    # "Roberto de Abreu Sodre": a surname of two words
                if not _same_first_name(name, record.name, lex.names.one_word_honorifics):
                    continue
            return record
    return None


def _same_first_name(a: str, b: str, honorifics: frozenset[str] = frozenset()) -> bool:
    """Whether two names begin alike, past an honorific ("Sheikh Tamim ..." is not "Sheikh
    Mohammed ...")."""
    first_a, first_b = ((_name_words(n, honorifics) or n.lower().split())[0] for n in (a, b))
    return first_a == first_b or first_a[:1] == first_b[:1]


def _name_words(name: str, honorifics: frozenset[str]) -> list[str]:
    """A name's words in lower case without its honorifics ("Sheikh Mohammed bin Salman":
    mohammed, bin, salman)."""
    return [w for w in name.lower().split() if w not in honorifics]


def _known_office(
    name: str, published_on: date | None, lex: Lexicon
) -> tuple[str | None, str | None]:
    if " " not in name:  # a lone surname: only a holder in office around the article's date
        full = _full_name(name, lex, published_on)
        if full == name and not _one_name_holder(name, published_on, lex):
            return None, None
        name = full
    elif published_on is not None:
        name = _in_own_order(name, lex, published_on)
    surname = name.split()[-1].lower()
    terms = [
        t
        for written in (name, _past_honorifics(name, lex))  # "Sheikh Mohamed bin Zayed Al
        for t in lex.holders.terms_of(written)  # Nahyan" is the table's "Mohamed bin Zayed
        if similar_surname(t.person.split()[-1], surname)  # Al Nahyan"
    ]
    if not terms:
        return None, None
    if published_on is not None:
        current = [t for t in terms if t.covers(published_on)]
        if current:  # a president who also heads the government is named as head of state
            term = min(current, key=lambda t: _role_rank(t.role, lex))
            return term.country, term.role
    return terms[-1].country, None


def _past_honorifics(name: str, lex: Lexicon) -> str:
    """A full name without the honorifics before it, or nothing where that leaves one word
    ("Sheikh Hasina" is her name, "King Fahd" a given name that `_reigning` reads)."""
    words = name.split()
    rest = list(itertools.dropwhile(lambda w: w.lower() in lex.names.one_word_honorifics, words))
    return " ".join(rest) if len(words) > len(rest) >= 2 else ""


def _reigning(
    given: str, published_on: date | None, lex: Lexicon, title: str = ""
) -> tuple[str | None, str | None]:
    """The country and office of the one holder in office at the article's date whose name
    begins with a given name said after a royal title ("King Fahd" in 1990: Fahd bin
    Abdulaziz of Saudi Arabia), or nothing where none or several are; a title with an office
    of its own keeps the holders of that office ("King Abdullah" in 2017 is Jordan's king,
    not the Emirati foreign minister Abdullah bin Zayed)."""
    if published_on is None:
        return None, None
    terms = [
        t
        for full in lex.named_first(given)
        for t in lex.holders.terms_of(full)
        if t.person == full and t.covers(published_on)
    ]
    info = lex.roles.match_title(title) if title else None
    if info is not None:
        terms = [t for t in terms if t.role == info.role] or terms
    if len({t.country for t in terms}) != 1:
        return None, None
    term = min(terms, key=lambda t: _role_rank(t.role, lex))
    return term.country, term.role


def _one_name_holder(name: str, published_on: date | None, lex: Lexicon) -> bool:
    """A holder known by one name alone ("Suharto", "Sukarno"), in office at the article's
    date: the name is then the whole of it, not a surname that several people share."""
    return published_on is not None and any(
        t.person == name and t.covers(published_on) for t in lex.holders.terms_of(name)
    )


def _countries_held(name: str, lex: Lexicon) -> set[str]:
    return {t.country for t in lex.holders.terms_of(name)}


def _role_rank(role: str, lex: Lexicon) -> int:
    info = lex.roles.get(role)
    return info.rank if info else 99


def _counterpart_role(
    doc: Any, start: int, fixed: list[Actor], people: dict[str, PersonRecord], lex: Lexicon
) -> tuple[str | None, str | None]:
    """ "Foreign Minister X and his Angolan counterpart(,) Y": Y is of the state named before
    the reference noun and holds the office of the person last named before him, of another
    state (roles.yaml references `same_as_other`)."""
    index = start - 2 if start > 1 and doc[start - 1].text == "," else start - 1
    reference = lex.roles.reference(doc[index].lower_) if index >= 0 else None
    if reference is None or not reference.same_as_other:
        return None, None
    states = [a.country for a in fixed if a.end == index and a.kind == "country"]
    named = [r for r in people.values() if r.seen_before(start) >= 0 and r.role]
    if not states or not named:
        return None, None
    latest = max(named, key=lambda r: r.seen_before(start))
    return (latest.role, states[0]) if latest.country != states[0] else (None, None)


def _title_context(
    doc: Any,
    start: int,
    end: int,
    titles: list[tuple[int, int]],
    fixed: list[Actor],
    lex: Lexicon,
) -> tuple[str | None, str | None, str | None]:
    """The title written before the name (or in an appositive after it), its role and country."""
    left = _left_window(doc, start, lex.names)
    left = max([left, *(a.end for a in fixed if a.kind == "person" and a.end <= start)])
    window_titles = [(s, e) for s, e in titles if left <= s and e <= start]
    if not window_titles:
        right = _right_window(doc, end)
        window_titles = [(s, e) for s, e in titles if end <= s and e <= right]
        if not window_titles:
            return None, None, None
        lo, hi = end, right
    else:
        lo, hi = left, start
    t_start, t_end = min(window_titles)
    before = [  # not an object a comma ends: "sales to Russia, Foreign Trade Minister X said"
        a.country  # (but "In Brasilia, Foreign Ministry spokesman X": where he speaks)
        for a in fixed
        if lo <= a.start
        and a.end <= t_start
        and a.country
        and not (any(t.text == "," for t in doc[a.end : t_start]) and _an_object(doc, a))
    ]
    after = [a.country for a in fixed if t_end <= a.start and a.end <= hi and a.country]
    country = before[-1] if before else (after[0] if after else None)
    title_text = doc[t_start:t_end].text
    info = lex.roles.match_title(title_text, country=country)
    return title_text, info.role if info else None, country


def _an_object(doc: Any, actor: Actor) -> bool:
    """A mention that is a verb's object or follows a preposition other than "in" or "at"."""
    root = doc[actor.start : actor.end].root
    if root.dep_ == "dobj":
        return True
    return root.dep_ == "pobj" and root.head.lower_ not in ("in", "at")


def _left_window(doc: Any, start: int, names: NameRules) -> int:
    """Where the title before a name can begin: the sentence start, or after a clause break
    (not the "to" of an envoy's posting: "the Ambassador of Uzbekistan to Bahrain, X")."""
    sent_start = doc[start].sent.start
    index = start - 1
    while index >= sent_start:
        token = doc[index]
        posting = token.lower_ == "to" and any(
            t.lower_ in names.envoy_nouns for t in doc[max(sent_start, index - 8) : index]
        )
        if token.lower_ in names.title_boundaries and not posting:
            return index + 1
        if token.text in (";", "(", '"', "«", "“"):
            return index + 1
        if spaced_dash(token):  # "WASHINGTON, April 3 - Deputy Foreign Minister X": the
            return index + 1  # dateline's city is not the title's country
        if token.pos_ == "VERB" and token.dep_ not in ("amod", "compound"):
            return index + 1
        index -= 1
    return int(sent_start)


def _right_window(doc: Any, end: int) -> int:
    """An appositive after a name: ", Deputy Foreign Minister of Kazakhstan," up to the comma."""
    if end >= len(doc) or doc[end].text != ",":
        return end
    index = end + 1
    limit = min(len(doc), end + 14)
    while (
        index < limit and doc[index].text not in (",", ".", ";", "(") and doc[index].pos_ != "VERB"
    ):
        index += 1
    return index


def _names_money(doc: Any, mention: Actor, lex: Lexicon) -> bool:
    """A country word that says which money: "47 mln U.S. dlrs", "Japanese yen"."""
    if mention.kind != "country" or mention.end >= len(doc):
        return False
    return doc[mention.end].lower_.rstrip(".") in lex.names.currency_words


def _local_officials(
    mentions: list[Actor],
    people: dict[str, PersonRecord],
    doc: Any,
    fixed: list[Actor],
    home: str | None,
    lex: Lexicon,
) -> list[Actor]:
    """A state's official whom the text gives no country is the dateline's ("BONN - ... held
    talks with Economics Minister Martin Bangemann"): wire copy names its own country's
    officials without it, and a foreign one with it ("Egyptian Deputy Prime Minister")."""
    line = dateline(doc, fixed)
    if line is None or not line.country or line.country != home:
        return mentions
    past = lex.names.past_office_words | lex.names.visiting_words  # (nor "visiting Minister X")
    ministerless = home.lower() in lex.names.states_without_ministers
    local = {
        name
        for name, record in people.items()
        if record.role
        and not record.country
        and not record.officer
        and record.positions
        and not _said_before(doc, record.positions[0], past)
        and not (ministerless and "minister" in (record.title or "").lower())
    }
    local -= _visitors(mentions, doc, fixed, home, lex)
    given = {name: _partner_country(doc, mentions, name) or home for name in local}
    for name, country in given.items():
        people[name].country = country
    return [
        replace(m, country=given[m.code]) if m.kind == "person" and m.code in given else m
        for m in mentions
    ]


def _as_government(doc: Any, mention: Actor, lex: Lexicon) -> Actor:
    """A leader's name before a noun of his government ("the Trump administration", "the
    Modi government"; names.yaml ``leader_governments``) names the state, not the man."""
    end = mention.end
    if mention.kind != "person" or not mention.country or end >= len(doc):
        return mention
    if doc[end].lower_ not in lex.names.leader_governments or doc[end - 1].head.i != end:
        return mention
    return Actor(mention.start, end, "country", mention.country, country=mention.country)


def _visitors(
    mentions: list[Actor], doc: Any, fixed: list[Actor], home: str, lex: Lexicon
) -> set[str]:
    """The officials who come to the dateline's country ("TOKYO - Vice Premier Yao Renmin will
    arrive in Tokyo on Monday", "is visiting Japan"): the subject of a verb of visiting whose
    destination is a city or a country of that state or "here" comes from another state (not
    one who "arrived at the White House" or "visited the Foreign Ministry")."""
    visiting = lex.triggers.visit_verbs
    home_at = {i for m in fixed if m.country == home for i in range(m.start, m.end)}
    found: set[str] = set()
    for mention in mentions:
        root = doc[mention.end - 1]
        verb = root.head
        if mention.kind != "person" or not mention.code or root.dep_ != "nsubj":
            continue
        if verb.lemma_ not in visiting:
            continue
        places = [c for c in verb.children if c.dep_ == "dobj"] + [
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in ("in", "to")
            for g in c.children
            if g.dep_ == "pobj"
        ]
        places = [p for p in places if p.ent_type_ not in ("ORG", "FAC")]  # not a building
        if any(p.i in home_at for p in places) or any(c.lower_ == "here" for c in verb.children):
            found.add(mention.code)
    return found


def _partner_country(doc: Any, mentions: list[Actor], name: str) -> str | None:
    """The country of the person an official is listed with ("Nigerian Finance Minister Che
    Okongwu and Central Bank Governor Abdulkadir Ahmed"): the second of a pair joined by "and"
    serves the first's state, not the dateline's; not after "between", which joins two sides."""
    by_root = {m.end - 1: m for m in mentions if m.kind == "person" and m.country}
    for mention in mentions:
        if mention.kind != "person" or mention.code != name:
            continue
        root = doc[mention.end - 1]
        partner = by_root.get(root.head.i) if root.dep_ == "conj" else None
        if partner is not None and not _between_sides(root.head):
            return partner.country
    return None


def _people_mentions(
    doc: Any,
    named: list[tuple[int, int, str]],
    titles: list[tuple[int, int]],
    fixed: list[Actor],
    people: dict[str, PersonRecord],
    lex: Lexicon,
    published_on: date | None,
) -> list[Actor]:
    """The people the text names, in order, each with the title and country before it."""
    out = []
    previous_start = previous_end = 0
    for start, end, name in named:
        bounded = [(s, e) for s, e in titles if s >= previous_end]  # not the last name's title
        own = fixed  # nor, for the second of two sides, its country: "talks between U.S. Trade
        if _between_before(doc, previous_start, start):  # Representative X and Agriculture
            own = [a for a in fixed if a.start >= previous_end]  # Minister Y" (not American)
        person = _person_mention(doc, start, end, name, bounded, own, people, lex, published_on)
        out.append(_as_government(doc, person, lex))  # "the Trump administration"
        previous_start, previous_end = start, end
    return out


def _between_before(doc: Any, previous: int, start: int) -> bool:
    """Whether the name before, in the same sentence, follows "between" within a title's
    length: the two names are the two sides."""
    if start - previous > 12:
        return False
    between = [t for t in doc[max(0, previous - 8) : previous] if t.lower_ == "between"]
    return bool(between) and between[-1].sent.start == doc[start].sent.start


def _between_sides(first: Any) -> bool:
    """The first of a pair after "between" ("talks between U.S. Trade Representative X and
    Agriculture Minister Y"): the two are the two sides, not one state's officials."""
    return bool(first.dep_ == "pobj" and first.head.lower_ == "between")


def _said_before(doc: Any, index: int, words: frozenset[str]) -> bool:
    """Whether one of ``words`` comes within the few words before a name or in its title's
    phrase ("former deputy prime minister Alpaslan Turkes", "visiting Minister of State for
    Foreign Affairs Lynda Chalker")."""
    head = doc[index]
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    start = max(0, min(index - 5, head.left_edge.i))
    return any(t.lower_ in words for t in doc[start:index])


def _home_country(doc: Any, mentions: list[Actor], lex: Lexicon) -> str | None:
    """The country an article reports from: its dateline's ("ASTANA. KAZINFORM") when that is
    one of the two most named countries (agencies file from abroad), else the most named."""
    counts: dict[str, int] = {}
    for actor in mentions:
        if actor.country:
            counts[actor.country] = counts.get(actor.country, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts, key=lambda c: -counts[c])
    line = dateline(doc, mentions)
    if line is not None and line.country in ranked[:2]:
        return line.country
    return ranked[0]


def inner_dateline(doc: Any, actor: Actor) -> bool:
    """A place written in capitals at the start of a line and followed by a dash or a comma:
    the dateline of a later item in a digest ("BAHRAIN - Iranian forces ...")."""
    token = doc[actor.start]
    if actor.kind not in ("place", "country") or token.i == 0:
        return False
    if "\n" not in doc[token.i - 1].text_with_ws:
        return False
    words = doc[actor.start : actor.end]
    after = doc[actor.end].text if actor.end < len(doc) else ""
    return all(t.text.isupper() for t in words if t.is_alpha) and after in ("-", "--", ",")


_WHERE = frozenset({"in", "at", "near", "outside", "inside"})  # prepositions of where
_PAIR_MIN = 2  # mentions that make a country other than the most named the article's pair


def _where_only(doc: Any, place: Actor, lex: Lexicon) -> bool:
    """A place (or country) named only as where something is ("talks in New York", "meetings
    in London with creditor banks", "banned in Canada"): it does not make the article about
    its country, as a capital that acts does ("Washington said", "Washington's request") or
    the place a visit goes to."""
    head = _phrase_head(doc, place)
    if head.dep_ != "pobj" or head.head.lower_ not in _WHERE:
        return False
    return not _visited(doc, place, lex)


def _visited(doc: Any, actor: Actor, lex: Lexicon) -> bool:
    """Where a visit verb goes: "arrives in Madrid", "will visit Spain", "flew to Madrid"."""
    head = _phrase_head(doc, actor)
    verb = head.head.head if head.dep_ == "pobj" else head.head if head.dep_ == "dobj" else None
    if verb is None or (head.dep_ == "pobj" and head.head.lower_ not in ("in", "to", "at")):
        return False
    return any(t.mode == "visit" for t in lex.triggers.verbs.get(verb.lemma_.lower(), ()))


def _in_passing(doc: Any, actor: Actor, lex: Lexicon) -> bool:
    """A country that qualifies a thing ("U.S. refusal", "West German money market rates") or
    says where ("banned in Canada", "talks in New York"), not a party's name."""
    if actor.kind == "person":
        return False
    own = doc[actor.end - 1]
    if own.dep_ in ("amod", "compound", "nmod"):  # not "Peruvian officials", "U.S. envoy",
        noun = own.head  # "the Peruvian central bank": those act for the state
        words = lex.triggers.words
        lemma = noun.lemma_.lower()
        return lemma not in words.state_agents and lemma not in words.state_institutions
    return _where_only(doc, actor, lex)


def _phrase_head(doc: Any, actor: Actor) -> Any:
    head = doc[actor.end - 1]
    while head.dep_ in ("compound", "conj", "appos") and head.head.i != head.i:
        head = head.head
    return head


def _main_pair(
    mentions: list[Actor], home: str | None, least: int, acting: set[str | None]
) -> tuple[str, ...]:
    """The two countries an article is about: the home country and the most named other,
    among those named at least ``least`` times or once as a party (``acting``)."""
    counts: dict[str, int] = {}
    for mention in mentions:
        if mention.country and mention.kind in ("country", "person", "place"):
            counts[mention.country] = counts.get(mention.country, 0) + 1
    ranked = sorted(counts, key=lambda c: -counts[c])
    # a country named once (``least``: twice in an article) only in passing is no party the
    # article is about ("the freeze was caused by U.S. refusal"): it completes nothing
    parties = acting | {home}
    ranked = [c for i, c in enumerate(ranked) if i == 0 or counts[c] >= least or c in parties]
    if home and home in ranked:
        others = [c for c in ranked if c != home]
        return (home, others[0]) if others else (home,)
    return tuple(ranked[:2])
