"""Organisations the data files do not list: the model's ORG entities, names with an
organisation appositive ("Coface, the French export credit agency"), company names a wire
service marks with angle brackets, their acronyms, the country their phrase names, and the
officers named with them."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from diplograph.extract.lexicon import Lexicon
from diplograph.extract.mentions import Actor, PersonRecord, _trim_name, dateline
from diplograph.names import NameRules


def _other_organisations(
    doc: Any,
    mentions: list[Actor],
    titles: list[tuple[int, int]],
    lex: Lexicon,
    named_orgs: set[str],
) -> list[Actor]:
    """Organisations the data files do not list, as the model or an appositive finds them,
    with the country they belong to when the text says it: "Britain's Export Credits Guarantee
    Department (ECGD)", "the Japanese Export-Import Bank", "Coface, the French export credit
    agency". Later mentions of the same name or its acronym keep that country. ``named_orgs``:
    the names the article shows to be organisations' (``organisation_names``), whatever the
    model's label."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    taken |= {i for s, e in titles for i in range(s, e)}
    fixed = [m for m in mentions if m.kind != "person"]
    known: dict[str, str | None] = {}
    out: list[Actor] = []
    for ent in doc.ents:
        start, end = _trim_name(doc, ent.start, ent.end)
        while start < end and start in taken:
            start += 1  # "the Italian Treasury": the country is its own mention
        if start >= end or any(i in taken for i in range(start, end)):
            continue
        is_org = ent.label_ == "ORG" or (
            ent.label_ in ("PERSON", "GPE", "LOC", "FAC", "PRODUCT")
            and doc[start:end].text in named_orgs
        )  # "Hermes, the German export credit agency", "the petroleum agency Sonatrach": the
        # model's label was a guess
        if not is_org or not doc[start:end].text[:1].isupper():
            continue
        if lex.names.only_honorifics(doc[start:end].text):
            continue  # "Major-General": a rank before a name, no organisation
        name = doc[start:end].text
        governed = _leaders_government(doc, start, end, lex)
        if governed is not None:  # "the Trump administration": the state
            out.append(Actor(start, end, "country", governed, country=governed))
            taken.update(range(start, end))
            continue
        country = (
            _organ_of_its_city(doc, (start, end), name, fixed, lex.names)
            or known.get(name)
            or _organisation_country(doc, start, end, fixed, lex.names)
            or _organ_of_the_dateline(doc, start, name, fixed, lex.names)
        )
        out.append(Actor(start, end, "org", name, country=country))
        known[name] = country
        taken.update(range(start, end))
        acronym = _acronym_after(doc, end)
        if acronym is not None and acronym.i not in taken:
            known[acronym.text] = country  # "(ECGD)"
            out.append(Actor(acronym.i, acronym.i + 1, "org", acronym.text, country=country))
            taken.add(acronym.i)
    out += _repeated_organisations(doc, known, taken)
    return out


def _leaders_government(doc: Any, start: int, end: int, lex: Lexicon) -> str | None:
    """The state whose government a leader's surname names before a noun of government ("the
    Trump administration", "the Maduro government"; names.yaml ``leader_governments``): the
    one country of every office holder of that surname (None where two states have one)."""
    if end >= len(doc) or doc[end].lower_ not in lex.names.leader_governments:
        return None
    countries = {
        term.country
        for full in lex.full_names(doc[end - 1].text)
        for term in lex.holders.terms_of(full)
    }
    return next(iter(countries)) if len(countries) == 1 else None


def _repeated_organisations(doc: Any, known: dict[str, str | None], taken: set[int]) -> list[Actor]:
    """An organisation found once is one everywhere in the article, also where the model
    tags nothing ("guaranteed by SACE, the Italian export credit agency" ... "an agreement
    between Mexico and SACE"); its country stays."""
    by_first: dict[str, list[tuple[list[str], str]]] = {}
    for name in sorted(known, key=lambda n: (-len(n), n)):  # the longest name first
        words = name.split()
        by_first.setdefault(words[0], []).append((words, name))
    out = []
    for token in doc:  # one pass over the article, whatever the number of names
        for words, name in by_first.get(token.text, ()):
            end = token.i + len(words)
            if end > len(doc) or any(i in taken for i in range(token.i, end)):
                continue
            if [t.text for t in doc[token.i : end]] != words:
                continue
            if end < len(doc) and doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN":
                continue  # a longer name that begins the same
            out.append(Actor(token.i, end, "org", name, country=known[name]))
            taken.update(range(token.i, end))
            break
    return out


def organisation_names(doc: Any, names: NameRules) -> set[str]:
    """The names an article shows to be organisations' by an organisation noun right before
    ("the petroleum agency Sonatrach") or an appositive after ("Coface, the French export
    credit agency"): every mention of them is the organisation, whatever the model's label."""
    found = set()
    for ent in doc.ents:
        start, end = _trim_name(doc, ent.start, ent.end)
        if start >= end or not doc[start].text[:1].isupper():
            continue
        before = start > 0 and _common_organisation_noun(doc[start - 1], names)
        if before or _organisation_appositive(doc, end, names):
            found.add(doc[start:end].text)
        if end - start > 2 and doc[end - 1].lower_.rstrip(".") in names.company_words:
            # "Shearson Lehman Brothers Inc": "Shearson Lehman" elsewhere is the company (two
            # words at least: "Baker" alone may be a person)
            for cut in range(start + 2, end):
                if all(t.text[:1].isupper() for t in doc[start:cut]):
                    found.add(doc[start:cut].text)
    return found


def _common_organisation_noun(token: Any, names: NameRules) -> bool:
    """ "the petroleum agency Sonatrach": a common noun naming what the name is; not the end
    of a proper name before a person ("Premier of the State Council Li Keqiang")."""
    return token.lower_ in names.organisation_nouns and not token.text[:1].isupper()


def _staff_of_organisations(mentions: list[Actor], people: dict[str, PersonRecord]) -> list[Actor]:
    """A person named as an organisation's officer ("the ECGD's chief executive Jack Gill",
    "Jack Gill of the ECGD") belongs to the organisation's country when nothing else says."""
    orgs = [m for m in mentions if m.kind == "org" and m.country]
    for mention in mentions:
        record = people.get(mention.code or "") if mention.kind == "person" else None
        if record is None or record.country:
            continue
        for org in orgs:
            if 0 < mention.start - org.end <= 5 or 0 <= org.start - mention.end <= 2:
                record.country = org.country
                break
    return [
        replace(m, country=people[m.code].country)
        if m.kind == "person" and not m.country and m.code in people
        else m
        for m in mentions
    ]


def _organisation_country(
    doc: Any, start: int, end: int, fixed: list[Actor], names: NameRules
) -> str | None:
    """The country an organisation's own phrase names: a possessive or an adjective before it
    ("Britain's ECGD", "the Japanese Export-Import Bank"), or its appositive ("Coface, the
    French export credit agency")."""
    before = start - 1 if start > 0 and doc[start - 1].text in ("'s", "’s") else start
    for actor in fixed:
        if actor.country and actor.end == before and actor.kind in ("country", "place"):
            return actor.country
    limit = _appositive_end(doc, end)
    for actor in fixed:
        if actor.country and actor.kind == "country" and end < actor.start < limit:
            return actor.country
    return None


def _unqualified_organ(doc: Any, start: int, name: str, names: NameRules) -> bool:
    """A state organ ("the Foreign Ministry"; names.yaml ``state_organ_words``) no possessive
    gives an owner ("the country's Grain Ministry")."""
    if not any(word.lower() in names.state_organ_words for word in name.split()):
        return False
    return not (start > 0 and (doc[start - 1].dep_ == "case" or doc[start - 1].tag_ == "PRP$"))


def _organ_of_its_city(
    doc: Any, span: tuple[int, int], name: str, fixed: list[Actor], names: NameRules
) -> str | None:
    """The country of the city a state organ no country word qualifies is told in: the city
    its sentence opens on ("In Beijing, a Foreign Ministry spokesman condemned ...": wire
    copy moves from capital to capital so) or the one right after it ("a Foreign Ministry
    spokesman in Beijing")."""
    start, end = span
    if not _unqualified_organ(doc, start, name, names):
        return None
    sent = doc[start].sent
    first = next((t.i for t in sent if not t.is_space), sent.start)
    for place in fixed:
        if place.kind != "place" or not place.country or not sent.start <= place.start < sent.end:
            continue
        opening = (
            place.start == first + 1
            and doc[first].lower_ in ("in", "from")
            and place.end < start
            and doc[place.end].text == ","
        )
        if opening or (0 < place.start - end <= 3 and doc[place.start - 1].lower_ == "in"):
            return place.country
    return None


def _organ_of_the_dateline(
    doc: Any, start: int, name: str, fixed: list[Actor], names: NameRules
) -> str | None:
    """The dateline's country for a state organ no country word qualifies ("the Foreign
    Ministry" in a story filed from Peking; names.yaml ``state_organ_words``); not one a
    possessive gives an owner ("the country's Grain Ministry")."""
    if not _unqualified_organ(doc, start, name, names):
        return None
    line = dateline(doc, fixed)
    return line.country if line is not None else None


def _appositive_end(doc: Any, end: int) -> int:
    """The end of an appositive after ``end`` (", the French agency,"), or ``end``."""
    if end >= len(doc) or doc[end].text != ",":
        return end
    index = end + 1
    while index < min(len(doc), end + 10) and doc[index].text not in (",", ".", ";", "(", ")"):
        index += 1
    return index


def _organisation_appositive(doc: Any, end: int, names: NameRules) -> bool:
    """Whether ", the ... agency" (an appositive whose head is an organisation noun) follows a
    name: not ", head of Poland's National Bank", ", a company founder", ", chairman of the
    party" (a person's office)."""
    limit = _appositive_end(doc, end)
    if limit == end or doc[end + 1].pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
        return False  # ", and held talks at the Foreign Ministry": another clause, no appositive
    nouns = names.organisation_nouns
    heads = [doc[i] for i in range(end + 1, limit) if doc[i].dep_ == "appos"]
    if heads:
        return heads[0].lower_ in nouns or heads[0].lemma_.lower() in nouns
    for i in range(end + 1, limit):  # no parse of it: the noun before any "of"
        if doc[i].lower_ == "of":
            return False
        if doc[i].lower_ in nouns and (i + 1 >= limit or doc[i + 1].pos_ not in ("NOUN", "PROPN")):
            return True
    return False


def _acronym_after(doc: Any, end: int) -> Any | None:
    """The acronym in parentheses right after a name: "Export Credits Guarantee Department
    (ECGD)"."""
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        token = doc[end + 1]
        if token.text.isupper() and len(token.text) >= 2:
            return token
    return None


def _bracketed_names(doc: Any) -> list[tuple[int, int]]:
    """Token spans between "<" and ">" on one line: the way some wire services mark company
    names. They are organisations, never people or countries."""
    out = []
    start = None
    for token in doc:
        if token.text == "<":
            start = token.i + 1
        elif token.text == ">" and start is not None:
            if start < token.i:
                out.append((start, token.i))
            start = None
        elif "\n" in token.text or token.i - (start or token.i) > 12:
            start = None
    return out
