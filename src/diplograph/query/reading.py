"""How a question is read: its slots (countries, places, people, offices, indicators, times,
event words) found anywhere in it, and the intent they make together.

A question is read from its parts, not its word order: "How many companies from France operate
in Kazakhstan?", "French firms in Kazakhstan?" and "firms france kazakhstan" give the same
slots. Countries and places come from the extractor's data files (names, short names,
demonyms, capitals, metonyms, earlier names), offices from roles.yaml, indicators from
indicators.yaml's cues and questions.yaml, times from the same time-expression rules articles
are read with, people from the store's resolved identities (any spelling they join, surnames
alone). The question words live in data/questions.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from itertools import pairwise
from pathlib import Path
from string import Formatter
from typing import Any

from diplograph.datafiles import mapping, read_yaml, words
from diplograph.errors import ConfigError
from diplograph.knowledge import Knowledge, normalize_alias
from diplograph.offices import Roles

QUESTIONS_FILE = "questions.yaml"
ASKED_KINDS = ("person", "organisation", "place", "date", "number", "thing")
EVENT_KINDS = ("meeting", "visit", "agreement")
# the fields a figure's wording may use (query/wording.py fills them)
FIGURE_FIELDS = frozenset({"value", "when", "of", "in", "of_owner", "in_owner", "of_demonym",
                           "rank", "indicator"})  # fmt: skip
_LISTS = (
    "change",
    "latest",
    "planned",
    "past_auxiliaries",
    "between",
    "office",
    "person_office",
    "agreement_names",
    "party_joins",
    "descriptive_endings",
    "stop_words",
)
_TOKEN = re.compile(r"[^\s\-–—/,;:?!()\"]+")


@dataclass(frozen=True)
class QuestionWords:
    """data/questions.yaml, read and checked."""

    asked: tuple[tuple[str, str], ...]  # phrase -> person | place | date | number | thing
    indicators: tuple[tuple[str, str], ...]  # phrase -> indicator
    events: tuple[tuple[str, str], ...]  # phrase -> meeting | visit | agreement
    lists: dict[str, frozenset[str]]
    verbs: dict[str, tuple[str, str]] = field(default_factory=dict)  # type -> done, planned
    figure_wording: dict[str, str] = field(default_factory=dict)  # indicator -> template

    def has(self, name: str, found: Iterable[str]) -> bool:
        return any(w in self.lists[name] for w in found)


def load_question_words(path: Path | None = None) -> QuestionWords:
    """Read questions.yaml (the packaged one unless ``path``); ConfigError names a bad key."""
    raw, where = read_yaml(QUESTIONS_FILE, path)
    top = mapping(
        raw, where, ("asked", "indicators", "events", "event_verbs", "figure_wording", *_LISTS)
    )
    missing = [k for k in ("asked", "indicators", "events", *_LISTS) if k not in top]
    if missing:
        raise ConfigError(f"{where}: missing {', '.join(missing)}")
    asked = mapping(top["asked"], f"{where}: asked", ASKED_KINDS)
    events = mapping(top["events"], f"{where}: events", EVENT_KINDS)
    indicators = mapping(top["indicators"], f"{where}: indicators")
    return QuestionWords(
        asked=_phrases(asked, f"{where}: asked"),
        indicators=_phrases(indicators, f"{where}: indicators"),
        events=_phrases(events, f"{where}: events"),
        lists={k: frozenset(w.lower() for w in words(top[k], f"{where}: {k}")) for k in _LISTS},
        verbs=_verbs(mapping(top.get("event_verbs"), f"{where}: event_verbs"), where),
        figure_wording=_templates(
            mapping(top.get("figure_wording"), f"{where}: figure_wording"),
            f"{where}: figure_wording",
        ),
    )


def _templates(table: dict[str, Any], where: str) -> dict[str, str]:
    if "other" not in table:
        raise ConfigError(f"{where}: missing 'other', the wording of any other indicator")
    for key, value in table.items():
        if not isinstance(value, str):
            raise ConfigError(f"{where}: {key}: give a text, got {value!r}")
        try:
            named = {f for _, f, _, _ in Formatter().parse(value) if f is not None}
        except ValueError as exc:
            raise ConfigError(f"{where}: {key}: {exc}") from None
        if named - FIGURE_FIELDS:
            raise ConfigError(f"{where}: {key}: unknown field {sorted(named - FIGURE_FIELDS)[0]!r}"
                              f" (use {', '.join(sorted(FIGURE_FIELDS))})")  # fmt: skip
    return dict(table)


def _verbs(table: dict[str, Any], where: str) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for kind, value in table.items():
        pair = words(value, f"{where}: event_verbs: {kind}")
        if len(pair) != 2:
            raise ConfigError(f"{where}: event_verbs: {kind}: give [done, planned], got {value!r}")
        out[kind] = (pair[0], pair[1])
    return out


def _phrases(table: dict[str, Any], where: str) -> tuple[tuple[str, str], ...]:
    pairs = [(w.lower(), key) for key, value in table.items() for w in words(value, where)]
    return tuple(sorted(dict(reversed(pairs)).items(), key=lambda p: (-len(p[0]), p[0])))


@cache
def default_question_words() -> QuestionWords:
    return load_question_words()


@dataclass(frozen=True)
class Slot:
    """One part of a question: what kind of thing, as written, what it stands for, where."""

    kind: str  # country | place | person | role | indicator | event | asked | time | word
    text: str
    value: str
    start: int
    end: int
    side: str = ""  # countries: "of" (owner: possessive, demonym, from, of) | "in" (partner)


@dataclass
class Reading:
    """What a question asks (``intent``, ``asked``) and about what (its slots)."""

    question: str
    intent: str = "search"  # figure | meeting | visit | agreement | office | person | between
    asked: str | None = None
    slots: list[Slot] = field(default_factory=list)
    periods: list[str] = field(default_factory=list)  # anchors: 2022, 2019-05, 2019/2021
    span: tuple[str, str] | None = None  # "between 2019 and 2021", "from 2019 to 2023"
    latest: bool = False
    change: bool = False
    planned: bool = False
    words: list[str] = field(default_factory=list)  # content words no slot took
    unresolved: list[str] = field(default_factory=list)  # capitalised words nothing matched
    unknown_parties: list[str] = field(default_factory=list)  # ... joined to a named party

    def values(self, kind: str) -> list[str]:
        return list(dict.fromkeys(s.value for s in self.slots if s.kind == kind))

    @property
    def countries(self) -> list[str]:
        """The countries named as countries (not only as the country of a named city)."""
        return list(dict.fromkeys(s.value for s in self.slots
                                  if s.kind == "country" and s.side != "place"))  # fmt: skip

    @property
    def place_countries(self) -> list[str]:
        return list(dict.fromkeys(s.value for s in self.slots
                                  if s.kind == "country" and s.side == "place"))  # fmt: skip

    @property
    def person_names(self) -> list[str]:
        """The people as written in the question (for matching any spelling of them)."""
        return [s.text for s in self.slots if s.kind == "person"]

    @property
    def people(self) -> list[str]:
        return self.values("person")

    @property
    def places(self) -> list[str]:
        return self.values("place")

    @property
    def indicators(self) -> list[str]:
        return self.values("indicator")

    @property
    def roles(self) -> list[str]:
        return self.values("role")

    @property
    def event(self) -> str | None:
        found = self.values("event")
        for kind in ("agreement", "visit", "meeting"):  # the most specific word wins
            if kind in found:
                return kind
        return None

    def to_json(self) -> dict[str, Any]:
        return {
            "intent": self.intent,
            "asked": self.asked,
            "countries": self.countries,
            "places": self.places,
            "people": self.people,
            "roles": self.roles,
            "indicators": self.indicators,
            "event": self.event,
            "periods": self.periods,
            "span": list(self.span) if self.span else None,
            "latest": self.latest,
            "change": self.change,
            "planned": self.planned,
            "words": self.words,
            "unresolved": self.unresolved,
            "slots": [
                {"kind": s.kind, "text": s.text, "value": s.value, "side": s.side or None}
                for s in self.slots
            ],
        }


@dataclass
class Known:
    """What the reader may look names up in: the data files, and the store's people (asked
    for only when a question holds words no data file explains)."""

    knowledge: Knowledge
    roles: Roles
    find_times: Callable[..., list[Any]]  # (text, day=None): TimeExpressions against day/today
    person: Callable[[str], str | None] | None = None  # a written name -> canonical, or None
    partner_words: dict[str, tuple[str, ...]] = field(default_factory=dict)  # by indicator
    indicator_cues: tuple[tuple[str, str], ...] = ()  # indicators.yaml's cues -> indicator


def read_question(question: str, known: Known, vocabulary: QuestionWords | None = None) -> Reading:
    """Slots and intent of one question (see the module's docstring)."""
    qw = vocabulary or default_question_words()
    text = " ".join(question.strip().split())
    reading = Reading(question=text)
    taken: list[tuple[int, int]] = []
    _times(reading, text, known, taken)
    lower = text.lower()
    _countries_and_places(reading, text, known.knowledge, taken, qw)
    _roles(reading, text, known.roles, taken)
    cues = tuple(sorted({**dict(known.indicator_cues), **dict(qw.indicators)}.items(),
                        key=lambda p: (-len(p[0]), p[0])))  # fmt: skip
    for kind, table in (("indicator", cues), ("event", qw.events)):
        _phrase_slots(reading, lower, table, kind, taken)
    _phrase_slots(reading, lower, qw.asked, "asked", [])
    asked = [s for s in reading.slots if s.kind == "asked"]
    reading.asked = min(asked, key=lambda s: s.start).value if asked else None
    tokens = [m.group(0).lower().strip(".'’") for m in _TOKEN.finditer(lower)]
    phrases = set(tokens) | {" ".join(p) for p in pairwise(tokens)}
    reading.latest = qw.has("latest", phrases)
    reading.change = qw.has("change", phrases) or bool(reading.span)
    reading.planned = qw.has("planned", phrases) and not qw.has("past_auxiliaries", tokens[:3])
    _sides(reading, text, known)
    _rest(reading, text, taken, known, qw)
    reading.intent = _intent(reading, qw, phrases)
    return reading


def _times(reading: Reading, text: str, known: Known, taken: list[tuple[int, int]]) -> None:
    dated = [t for t in known.find_times(text) if t.anchor and t.type in ("DATE", "DURATION")]
    reference = _as_of(text, dated)
    if reference is not None:  # "last year, as of March 1987": read against that day
        day, said = reference
        dated = [t for t in known.find_times(text, day) if t.anchor and t.start != said.start
                 and t.type in ("DATE", "DURATION")]  # fmt: skip
        taken.append((said.start, said.end))
    for t in dated:
        reading.slots.append(Slot("time", t.text, t.anchor, t.start, t.end))
        taken.append((t.start, t.end))
    anchors = [t.anchor for t in dated]
    ranged = [a for a in anchors if "/" in a]
    between = re.search(r"\b(between|from|since)\b", text, re.I)
    if ranged:
        first, last = ranged[0].split("/", 1)
        reading.span = (first, last)
    elif len(anchors) == 2 and between and between.start() < dated[0].start:
        reading.span = (anchors[0], anchors[1])
    elif len(anchors) == 1 and re.search(r"\bsince\b", text, re.I):
        reading.span = (anchors[0], "9999")
    reading.periods = [] if reading.span else anchors


def _as_of(text: str, dated: list[Any]) -> tuple[date, Any] | None:
    """The day an 'as of <date>' names, when the question has other times to read against it."""
    for t in dated:
        if len(dated) > 1 and re.search(r"\bas of\s+$", text[: t.start], re.I):
            parts = [int(p) for p in re.findall(r"\d+", t.anchor.split("/")[0])[:3]]
            try:
                return date(*[*parts, 1, 1][:3]), t
            except (TypeError, ValueError):
                return None
    return None


def _countries_and_places(
    reading: Reading, text: str, knowledge: Knowledge, taken: list[tuple[int, int]],
    qw: QuestionWords,
) -> None:  # fmt: skip
    aliases = _alias_table(knowledge)
    cased = any(c.isupper() for c in text[1:])
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    i = 0
    while i < len(tokens):
        for n in range(min(5, len(tokens) - i), 0, -1):
            start, end = tokens[i][0], tokens[i + n - 1][1]
            written = text[start:end].rstrip(".?!,")
            key = normalize_alias(written)
            if (
                not key
                or _overlaps(start, end, taken)
                or not _may_be_country(written, key, cased, qw, knowledge)
            ):
                continue  # fmt: skip
            found = aliases.get(key)
            place = knowledge.place(written) if found is None or found[1] == "capital" else None
            if found is None and place is None:
                continue
            end = start + len(written)
            if place is not None:
                reading.slots.append(Slot("place", written, place.name, start, end))
            code = found[0] if found else place.country if place else None
            if code:
                side = "of" if found and found[1] == "demonym" else ""
                side = "place" if place is not None else side  # a city's country, not asked
                reading.slots.append(Slot("country", written, code, start, end, side))
            taken.append((start, end))  # fmt: skip
            i += n - 1
            break
        i += 1


def _may_be_country(
    written: str, key: str, cased: bool, qw: QuestionWords, knowledge: Knowledge
) -> bool:
    if key in qw.lists["stop_words"]:
        return written.isupper()  # "US", never "us"
    if key in knowledge.common_word_countries and cased:  # the extractor's rule for articles
        return written[:1].isupper()
    return True


_ALIASES: dict[int, tuple[Knowledge, dict[str, tuple[str, str]]]] = {}


def _alias_table(knowledge: Knowledge) -> dict[str, tuple[str, str]]:
    """Normalised alias -> (country code, alias kind), built once per Knowledge."""
    kept = _ALIASES.get(id(knowledge))
    if kept is not None and kept[0] is knowledge:
        return kept[1]
    table: dict[str, tuple[str, str]] = {}
    for alias in knowledge.countries.aliases():
        table.setdefault(normalize_alias(alias.text), (alias.code, alias.kind))
    _ALIASES[id(knowledge)] = (knowledge, table)
    return table


def _roles(reading: Reading, text: str, roles: Roles, taken: list[tuple[int, int]]) -> None:
    """Offices by their titles, also with a country or "the" inside them ("head of the Czech
    government" is the head of government)."""
    inside = [(s.start, s.end) for s in reading.slots if s.kind == "country"]
    inside += [(m.start(), m.end()) for m in re.finditer(r"\bthe\b", text, re.I)]
    kept = [i for i in range(len(text)) if not any(a <= i < b for a, b in inside)]
    reduced = "".join(text[i] for i in kept).lower()
    squeezed: list[str] = []
    where: list[int] = []  # whitespace runs as one space, with each character's place
    for char, at in zip(reduced, kept, strict=True):
        if char.isspace() and squeezed and squeezed[-1] == " ":
            continue
        squeezed.append(" " if char.isspace() else char)
        where.append(at)
    lower = "".join(squeezed)
    for title in roles.title_entries():
        if title.match_case or title.title not in lower:  # a substring test first: most of
            continue  # hundreds of titles are not in a question, and a pattern each is slow
        for found in re.finditer(rf"\b{re.escape(title.title)}s?\b", lower):
            start, end = where[found.start()], where[found.end() - 1] + 1
            if not _overlaps(start, end, [t for t in taken if t not in inside]):
                reading.slots.append(Slot("role", text[start:end], title.role, start, end))
                taken.append((start, end))


def _phrase_slots(
    reading: Reading, lower: str, table: tuple[tuple[str, str], ...], kind: str,
    taken: list[tuple[int, int]],
) -> None:  # fmt: skip
    for phrase, value in table:
        if phrase not in lower:  # the cheap test first (the same matches, found faster)
            continue
        for found in re.finditer(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", lower):
            a, b = found.start(), found.end()
            if not _overlaps(a, b, taken):
                reading.slots.append(Slot(kind, reading.question[a:b], value, a, b))
                taken.append((a, b))


def _overlaps(a: int, b: int, taken: list[tuple[int, int]]) -> bool:
    return any(a < e and s < b for s, e in taken)


def _sides(reading: Reading, text: str, known: Known) -> None:
    """Which country owns a figure ("of": possessive, demonym, from, of, by) and which is its
    partner ("in"/"to"/"with" as indicators.yaml names the indicator's partner word)."""
    lower = text.lower()
    indicator = next(iter(reading.indicators), None)
    partner = set(known.partner_words.get(indicator or "", ())) or {"in", "with", "to"}
    for n, slot in enumerate(reading.slots):
        if slot.kind != "country" or slot.side == "place":
            continue  # a demonym is the owner unless a preposition says otherwise
        before = lower[max(0, slot.start - 12) : slot.start].split()
        after = lower[slot.end : slot.end + 3]
        word = before[-1] if before else ""
        if word in ("the",) and len(before) > 1:
            word = before[-2]
        if word in partner:
            side = "in"
        elif re.search(r"['’]s?$", slot.text) or re.match(r"['’]s?\b", after) or word in (
            "from", "of", "by"):  # fmt: skip
            side = "of"
        else:
            continue
        reading.slots[n] = Slot(slot.kind, slot.text, slot.value, slot.start, slot.end, side)


def _rest(
    reading: Reading, text: str, taken: list[tuple[int, int]], known: Known, qw: QuestionWords
) -> None:
    """People among the words no other slot took; the other content words are kept for
    matching agreements and sentences."""
    cased = any(c.isupper() for c in text[1:])
    free = [
        (m.start(), m.end())
        for m in _TOKEN.finditer(text)
        if not _overlaps(m.start(), m.end(), taken)
    ]
    if reading.indicators and reading.countries and not reading.event:
        known = Known(known.knowledge, known.roles, known.find_times)  # a figure: no names
    runs: list[list[tuple[int, int]]] = []
    for start, end in free:
        word = text[start:end].strip(".'’").lower().removesuffix("'s").removesuffix("’s")
        name_like = text[start].isupper() if cased else word not in qw.lists["stop_words"]
        if runs and runs[-1] and text[runs[-1][-1][1] : start] in ("-", "‑"):
            runs[-1].append((start, end))  # "Woong-bae": a hyphenated name is one name
            continue
        if name_like and word not in qw.lists["stop_words"]:
            if runs and runs[-1] and re.fullmatch(r"\s+", text[runs[-1][-1][1] : start]):
                runs[-1].append((start, end))
                continue
            runs.append([(start, end)])
        else:
            runs.append([])
    used: list[tuple[int, int]] = []
    for run in (r for r in runs if r):
        if not _names_an_agreement(text[: run[0][0]], qw):  # "Treaty on Allied Relations"
            used += _people_in(reading, text, run, known)
    for start, end in free:
        word = text[start:end].strip(".'’").lower()
        if _overlaps(start, end, used) or word in qw.lists["stop_words"] or len(word) < 2:
            continue
        reading.words.append(word)
        if cased and text[start].isupper() and start > 0:
            written = text[start:end].strip(".'’")
            reading.unresolved.append(written)
            if _joined_to_party(reading, text, start, end, qw):
                reading.unknown_parties.append(written)


def _names_an_agreement(before: str, qw: QuestionWords) -> bool:
    """Whether a name follows "<agreement noun> on/of/for (the)", as in "Treaty on ..."."""
    found = re.search(r"\b(\w+)\s+(?:on|of|for|concerning|about)\s+(?:the\s+)?$", before)
    return found is not None and found.group(1).lower() in qw.lists["agreement_names"]


def _joined_to_party(reading: Reading, text: str, start: int, end: int, qw: QuestionWords) -> bool:
    """'Reagan and Gorbachev', 'Kazakhstan-Narnia': an unknown name listed with a person or a
    country the question names is a party the graph does not know."""
    for slot in reading.slots:
        if slot.kind not in ("person", "country") or slot.side == "place":
            continue
        gap = text[slot.end : start] if slot.end <= start else text[end : slot.start]
        if " ".join(gap.lower().split()) in qw.lists["party_joins"]:
            return True
    return False


def _people_in(
    reading: Reading, text: str, run: list[tuple[int, int]], known: Known
) -> list[tuple[int, int]]:
    if known.person is None:
        return []
    used: list[tuple[int, int]] = []
    i = 0
    while i < len(run):
        for n in range(min(4, len(run) - i), 0, -1):
            start, end = run[i][0], run[i + n - 1][1]
            written = re.sub(r"['’]s$", "", text[start:end].rstrip(".?!,"))
            canonical = known.person(written)
            if canonical and canonical in reading.people:
                used.append((start, end))  # "Rha Woong-bae" and "Woong-bae Rha": one person
                i += n - 1
                break
            if canonical:
                reading.slots.append(Slot("person", written, canonical, start, end))
                used.append((start, end))
                i += n - 1
                break
        i += 1
    return used


def _intent(reading: Reading, qw: QuestionWords, phrases: set[str]) -> str:
    event = reading.event
    if reading.asked == "organisation":
        return "search"  # the graph's events are between countries and people
    if (
        reading.roles
        and not event
        and not reading.indicators
        and (reading.asked == "person" or qw.has("office", phrases) or reading.countries)
    ):
        return "office"
    if reading.indicators and (reading.countries or reading.asked == "number"):
        if not event or reading.asked == "number" or event != "agreement":
            return "figure"
    if event:
        return event
    if reading.people and reading.asked in ("person", "thing", None) and not reading.countries:
        return "person"
    if len(reading.countries) >= 2 or (reading.countries and qw.has("between", phrases)):
        return "between"
    if reading.people:
        return "person"
    return "search"
