"""Countries, organisations and places: the names news uses for them, loaded once.

The knowledge lives in data files a user extends without touching Python (data/countries.yaml,
data/organizations.yaml, data/places.yaml). ``load_knowledge`` reads them into one frozen
``Knowledge`` that extractors and resolvers receive explicitly; there is no module-level cache.
Each file has its own small loader (``load_countries``, ``load_organizations``, ``load_places``),
so a new data file is one more loader and one more field.

Every lookup goes through ``normalize_alias``, so "U.S.", "US" and "the US's" are one alias.
Lookups are case-insensitive: an extractor that must tell "US" from "us" or "WHO" from "who"
matches the written forms from ``Knowledge.aliases_by_kind`` case-sensitively.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property, lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

import yaml

from diplograph.errors import ConfigError
from diplograph.offices import normalize_text

COUNTRIES_FILE = "countries.yaml"
ORGANIZATIONS_FILE = "organizations.yaml"
PLACES_FILE = "places.yaml"

ORGANIZATION_KINDS = frozenset({"igo", "bank", "format", "media"})
PLACE_KINDS = frozenset({"city", "region"})
ALIAS_KINDS = ("country", "demonym", "capital", "metonym", "organization", "place")

_PUNCTUATION = str.maketrans(
    {
        "\u2018": "'",  # curly single quotes and the letter apostrophes transliterations use
        "\u2019": "'",
        "\u02bb": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2010": "-",  # hyphens and dashes
        "\u2011": "-",
        "\u2013": "-",
        "\u2014": "-",
        ".": None,
    }
)
_POSSESSIVE = re.compile(r"'s?$")
_ARTICLE = re.compile(r"^the ")
_DAY = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_COUNTRY_CODE = re.compile(r"^[A-Z]{3}$")

V = TypeVar("V")
# libyaml's loader when PyYAML was built with it: the pure-Python one takes ten times as long.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=65_536)
def normalize_alias(text: str) -> str:
    """The form aliases are compared in: "The U.S.’s" -> "us", "Nur-Sultan" -> "nur sultan".

    Casefolds, straightens curly quotes, drops dots, reads hyphens and dashes as spaces,
    collapses whitespace, and strips a leading "the" and a trailing possessive. Kept for the
    latest 65,536 texts: a question tries every span of up to five words, and questions and
    articles name the same few places again and again.
    """
    text = text.translate(_PUNCTUATION).replace("-", " ")
    text = " ".join(text.split()).casefold().strip("\"' ")
    return _ARTICLE.sub("", _POSSESSIVE.sub("", text)).strip()


# --- what the files hold ------------------------------------------------------------------------


@dataclass(frozen=True)
class Country:
    """A state (or a territory with an ISO 3166-1 code) and the words that stand for it."""

    code: str  # ISO 3166-1 alpha-3; ISO 3166-3 for states that no longer exist
    name: str
    names: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()  # the adjective first
    capitals: tuple[str, ...] = ()  # the seat of government under all its names
    former_capitals: tuple[str, ...] = ()  # never read as the state
    metonyms: tuple[str, ...] = ()  # the Kremlin, Downing Street
    dissolved: str | None = None  # ISO day the state ended
    # Today's states whose land was this (dissolved) state's, each with the span it was:
    # a city of Ukraine in a 1987 story is in the Soviet Union
    territories: tuple[Membership, ...] = ()
    # Names that are also common English words ("turkey", "chad"): the country only when
    # written capitalised, in articles and in questions.
    common_words: tuple[str, ...] = ()
    # The first half of a compound adjective of two states ("Sino-Soviet talks", "Franco-German
    # trade"): the country only before a hyphen and another state's word.
    combining_forms: tuple[str, ...] = ()
    # The common nouns a story names the state by once named ("the kingdom", "the island").
    descriptions: tuple[str, ...] = ()
    # The month (1-11) its government's fiscal year ends in, where that is not December:
    # "fiscal year 2023-24" in India's figures is April 2023 to March 2024.
    fiscal_year_ends: int | None = None


@dataclass(frozen=True)
class Organization:
    """An intergovernmental organisation, one of its bodies, a bank or a standing format."""

    code: str
    name: str
    kind: str  # one of ORGANIZATION_KINDS
    aliases: tuple[str, ...] = ()
    cameo: str | None = None
    part_of: str | None = None
    dissolved: str | None = None
    members: tuple[Membership, ...] = ()

    def members_on(self, day: str | None) -> tuple[str, ...]:
        """The member states on an ISO day (or month, year); every member ever when None."""
        found = (m.country for m in self.members if day is None or m.covers(day))
        return tuple(dict.fromkeys(found))


@dataclass(frozen=True)
class Membership:
    """A state's membership of an organisation; ``since``/``until`` ISO years or days."""

    country: str
    since: str | None = None
    until: str | None = None

    def covers(self, day: str) -> bool:
        """Whether the membership covers a date given to the day, month or year."""
        size = len(day)
        return (self.since is None or self.since[:size] <= day) and (
            self.until is None or day <= self.until[:size]
        )


@dataclass(frozen=True)
class NamePeriod:
    """A name a place had; ``since`` and ``until`` are ISO years or days, None when open."""

    name: str
    since: str | None = None
    until: str | None = None

    def covers(self, day: str) -> bool:
        """Whether an ISO day (or year) falls in [since, until)."""
        return (self.since is None or self.since <= day) and (
            self.until is None or day < self.until
        )


@dataclass(frozen=True)
class CapitalPeriod:
    """A span during which a place was the capital of ``country``."""

    country: str
    since: str | None = None
    until: str | None = None

    def covers(self, day: str) -> bool:
        """Whether an ISO day falls in the period (each end compared at its own precision)."""
        return (not self.since or self.since <= day[: len(self.since)]) and (
            not self.until or day[: len(self.until)] < self.until
        )


@dataclass(frozen=True)
class Place:
    """A city or region in the gazetteer, with its spellings and earlier names."""

    name: str  # the current name
    country: str
    kind: str  # one of PLACE_KINDS
    capital_of: str | None = None
    aliases: tuple[str, ...] = ()
    historical: tuple[NamePeriod, ...] = ()
    former_capital_of: tuple[CapitalPeriod, ...] = ()
    venues: tuple[str, ...] = ()

    def all_names(self) -> tuple[str, ...]:
        """The current name, the aliases, every earlier name and the venues, each once."""
        earlier = (period.name for period in self.historical)
        return tuple(dict.fromkeys((self.name, *self.aliases, *earlier, *self.venues)))

    def name_on(self, day: date | str) -> str:
        """The name the place had on a day: "Nur-Sultan" on 2020-05-01, else the current name."""
        iso = day.isoformat() if isinstance(day, date) else day
        for period in self.historical:
            if period.covers(iso):
                return period.name
        return self.name


@dataclass(frozen=True)
class Alias:
    """One written form an extractor can match, what kind of name it is, and what it names.

    ``code`` is a country or organisation code, or a place's current name.
    """

    text: str
    kind: str  # one of ALIAS_KINDS
    code: str


# --- the lookup tables, one per file ------------------------------------------------------------


@dataclass(frozen=True, repr=False)
class Countries:
    """countries.yaml: the entries by code, and normalised aliases -> code."""

    entries: Mapping[str, Country]
    index: Mapping[str, str]  # names, demonyms, capitals and metonyms
    names: Mapping[str, str]  # names only: what a country can be called as a place

    def __repr__(self) -> str:
        return f"Countries({len(self.entries)} entries, {len(self.index)} aliases)"

    def code_of(self, alias: str) -> str | None:
        """The code an alias stands for ("Britain", "British", "Whitehall" -> "GBR")."""
        return self.index.get(normalize_alias(alias))

    def code_named(self, text: str) -> str | None:
        """The code of a country given by its code ("KAZ") or one of its names (not a capital)."""
        code = text.strip()
        return code if code in self.entries else self.names.get(normalize_alias(text))

    def aliases(self) -> Iterator[Alias]:
        for country in self.entries.values():
            yield from _country_aliases(country)


def _country_aliases(country: Country) -> Iterator[Alias]:
    for kind, texts in (
        ("country", (country.name, *country.names)),
        ("demonym", country.demonyms),
        ("capital", country.capitals),
        ("metonym", country.metonyms),
    ):
        for text in dict.fromkeys(texts):
            yield Alias(text, kind, country.code)


@dataclass(frozen=True, repr=False)
class Organizations:
    """organizations.yaml: the entries by code, and normalised aliases -> code."""

    entries: Mapping[str, Organization]
    index: Mapping[str, str]

    def __repr__(self) -> str:
        return f"Organizations({len(self.entries)} entries, {len(self.index)} aliases)"

    def code_of(self, alias: str) -> str | None:
        return self.index.get(normalize_alias(alias))

    def aliases(self) -> Iterator[Alias]:
        for organization in self.entries.values():
            for text in dict.fromkeys((organization.name, *organization.aliases)):
                yield Alias(text, "organization", organization.code)


@dataclass(frozen=True, repr=False)
class Gazetteer:
    """places.yaml: the places in file order, and every normalised name -> its place."""

    entries: tuple[Place, ...]
    index: Mapping[str, Place]

    def __repr__(self) -> str:
        return f"Gazetteer({len(self.entries)} places, {len(self.index)} names)"

    def find(self, alias: str) -> Place | None:
        return self.index.get(normalize_alias(alias))

    def aliases(self) -> Iterator[Alias]:
        for place in self.entries:
            for text in place.all_names():
                yield Alias(text, "place", place.name)


@dataclass(frozen=True)
class Knowledge:
    """Everything the data files say, built once by ``load_knowledge`` and passed explicitly."""

    countries: Countries
    organizations: Organizations
    places: Gazetteer

    @cached_property
    def common_word_countries(self) -> frozenset[str]:
        """Country names that are also common English words (countries.yaml ``common_words``):
        a country only when written capitalised."""
        return frozenset(w for c in self.countries.entries.values() for w in c.common_words)

    @cached_property
    def combining_forms(self) -> Mapping[str, str]:
        """The first halves of two states' compound adjectives ("sino" -> CHN), lower case."""
        return {w: c.code for c in self.countries.entries.values() for w in c.combining_forms}

    @cached_property
    def described_states(self) -> Mapping[str, frozenset[str]]:
        """Each common noun a story names a state by once named (countries.yaml
        ``descriptions``: "kingdom", "gulf state") -> the states it can name."""
        out: dict[str, set[str]] = {}
        for country in self.countries.entries.values():
            for phrase in country.descriptions:
                out.setdefault(phrase, set()).add(country.code)
        return {phrase: frozenset(codes) for phrase, codes in out.items()}

    @cached_property
    def _metonyms(self) -> Mapping[str, str]:
        """Each metonym (without "the"), normalised, -> the country it stands for."""
        return {
            normalize_text(a.text.removeprefix("the ")): a.code
            for a in self.aliases_by_kind("metonym")
        }

    def country_code(self, alias: str) -> str | None:
        """The ISO3 code a name, short form, demonym, capital or metonym stands for, or None.

        "U.S.", "Washington", "American" and "the White House" all give "USA"; a former capital
        (Almaty) or a generic word ("Republic") gives None.
        """
        return self.countries.code_of(alias)

    def code_of(self, text: str) -> str | None:
        """The ISO3 code ``text`` is (an upper-case code countries.yaml has) or names
        (``country_code``, after trimming spaces), or None: what a user types for a country."""
        text = text.strip()
        if len(text) == 3 and text.isupper() and text in self.countries.entries:
            return text
        return self.country_code(text)

    def country_name(self, code: str) -> str:
        """The display name of a country code; KeyError for a code countries.yaml lacks."""
        return self._country(code).name

    def fiscal_year_ends(self, code: str | None) -> int | None:
        """The month a state's fiscal year ends in (countries.yaml ``fiscal_year_ends``), or
        None for a calendar one or a code the file lacks."""
        country = self.countries.entries.get((code or "").upper())
        return country.fiscal_year_ends if country else None

    def seat_named(self, code: str, text: str, day: date | None = None) -> str | None:
        """The capital a metonym of ``code`` stands in when it says where ("received at the
        Akorda", "talks at the Kremlin": Astana, Moscow), or None when ``text`` is no metonym
        of it or the gazetteer names no capital."""
        owner = self._metonyms.get(normalize_text(text.removeprefix("the ").removeprefix("The ")))
        if owner is None:
            return None
        if owner != code and not any(  # "the Kremlin" of the Soviet Union: Moscow's
            former == code for former, _ in self._former_states.get(owner, ())
        ):
            return None
        capital = self.capital_on(code, day) or self.capital_on(owner, day)
        return capital.name if capital is not None else None

    def demonym_of(self, code: str) -> str | None:
        """The adjective for a country ("KAZ" -> "Kazakh"), or None where none is recorded."""
        demonyms = self._country(code).demonyms
        return demonyms[0] if demonyms else None

    def state_at(self, code: str, day: str | None) -> str:
        """The state whose land a country's territory was on an ISO day: "UKR" on 1987-03-02
        is "SUN" (countries.yaml ``territories``); the code itself otherwise."""
        if day is None:
            return code
        for former, territory in self._former_states.get(code, ()):
            dissolved = self.countries.entries[former].dissolved
            if territory.covers(day) and (dissolved is None or day < dissolved[: len(day)]):
                return former
        return code

    @cached_property
    def _former_states(self) -> dict[str, list[tuple[str, Membership]]]:
        """Today's state -> (the former state it was part of, over which span), looked up for
        every country and place mention extraction finds."""
        found: dict[str, list[tuple[str, Membership]]] = {}
        for country in self.countries.entries.values():
            for territory in country.territories:
                found.setdefault(territory.country, []).append((country.code, territory))
        return found

    def members_of(self, code: str, day: str | None = None) -> tuple[str, ...]:
        """The member states of an organisation on an ISO date (every member when None);
        empty for an unknown code or one without a member list."""
        organization = self.organizations.entries.get(code)
        return organization.members_on(day) if organization else ()

    def organization_code(self, alias: str) -> str | None:
        """The code of the organisation an alias names ("World Bank" -> "WB"), or None."""
        return self.organizations.code_of(alias)

    def place(self, alias: str) -> Place | None:
        """The gazetteer place a current name, spelling or earlier name finds, or None."""
        return self.places.find(alias)

    def capital_on(self, country: str, day: date | None) -> Place | None:
        """The place that was ``country``'s capital on a day ("the West German capital" in 1987
        is Bonn), else its capital now; None where the gazetteer names none."""
        now = None
        iso = day.isoformat() if day is not None else None
        for place in self.places.entries:
            for period in place.former_capital_of:
                if iso is not None and period.country == country and period.covers(iso):
                    return place
            if place.capital_of == country and now is None:
                now = place
        return now

    def canonical_place(self, name: str) -> str | None:
        """The current name of a place ("Nur-Sultan", "Akmola" -> "Astana"), or None."""
        found = self.places.find(name)
        return found.name if found else None

    def place_within(self, inner: str, outer: str) -> bool:
        """Whether ``inner`` lies in ``outer``.

        True when both name the same place (Nur-Sultan and Astana; a place the data files do
        not list, written alike: "Faya-Largeau" and "Faya Largeau"), when ``inner`` is a place
        in the country ``outer`` names by code or name (Astana within Kazakhstan, KAZ), and for
        a country within itself. A capital or demonym does not name the outer country here.
        """
        if _written_alike(inner, outer):
            return True
        inner_place, outer_place = self.places.find(inner), self.places.find(outer)
        if inner_place is not None and inner_place == outer_place:
            return True
        country = self.countries.code_named(outer)
        if country is None:
            return False
        if inner_place is not None and inner_place.country == country:
            return True
        return self.countries.code_named(inner) == country

    def aliases_by_kind(self, *kinds: str) -> tuple[Alias, ...]:
        """Every written alias (as in the files) with its kind and what it names.

        ``kinds`` narrows to some of ALIAS_KINDS; none means all. Feed these to a spaCy
        EntityRuler or PhraseMatcher.
        """
        unknown = set(kinds) - set(ALIAS_KINDS)
        if unknown:
            raise ValueError(f"unknown alias kinds {sorted(unknown)}; use {ALIAS_KINDS}")
        every = (*self.countries.aliases(), *self.organizations.aliases(), *self.places.aliases())
        return tuple(alias for alias in every if not kinds or alias.kind in kinds)

    def _country(self, code: str) -> Country:
        try:
            return self.countries.entries[code.upper()]
        except KeyError:
            raise KeyError(f"unknown country code {code!r}: add it to {COUNTRIES_FILE}") from None


# --- loading ------------------------------------------------------------------------------------


def load_knowledge(data_dir: str | Path | None = None) -> Knowledge:
    """Read countries, organisations and places from ``data_dir`` (the packaged data/ if None).

    Raises ConfigError naming the file and the entry for anything it cannot use.
    """
    folder = Path(data_dir) if data_dir is not None else resources.files("diplograph.data")
    countries = load_countries(folder / COUNTRIES_FILE)
    organizations = load_organizations(folder / ORGANIZATIONS_FILE)
    for organization in organizations.entries.values():
        for member in organization.members:
            if member.country not in countries.entries:
                raise ConfigError(
                    f"{ORGANIZATIONS_FILE}: entry {organization.code!r}: member "
                    f"{member.country!r} is not a country of {COUNTRIES_FILE}"
                )
    return Knowledge(
        countries=countries,
        organizations=organizations,
        places=load_places(folder / PLACES_FILE, countries),
    )


def load_countries(path: Traversable) -> Countries:
    """Read countries.yaml: a mapping of ISO3 code -> {name, names, demonyms, ...}."""
    document = _read_yaml(path)
    with _reporting(path):
        entries = {
            country.code: country
            for country in (_parse_country(k, v) for k, v in _top_mapping(document).items())
        }
        index = _index(
            (alias.text, f"country {alias.code!r}", alias.code)
            for country in entries.values()
            for alias in _country_aliases(country)
        )
        names = _index(
            (alias.text, f"country {alias.code!r}", alias.code)
            for country in entries.values()
            for alias in _country_aliases(country)
            if alias.kind == "country"
        )
    return Countries(MappingProxyType(entries), MappingProxyType(index), MappingProxyType(names))


def load_organizations(path: Traversable) -> Organizations:
    """Read organizations.yaml: a mapping of code -> {name, aliases, kind, cameo, part_of}."""
    document = _read_yaml(path)
    with _reporting(path):
        entries = {
            org.code: org
            for org in (_parse_organization(k, v) for k, v in _top_mapping(document).items())
        }
        for org in entries.values():
            if org.part_of is not None and org.part_of not in entries:
                raise ValueError(f"entry {org.code!r}: part_of {org.part_of!r} is not an entry")
        index = _index(
            (text, f"organisation {org.code!r}", org.code)
            for org in entries.values()
            for text in (org.name, *org.aliases)
        )
    return Organizations(MappingProxyType(entries), MappingProxyType(index))


def load_places(path: Traversable, countries: Countries) -> Gazetteer:
    """Read places.yaml: a list of {name, country, kind, aliases, historical, ...}."""
    document = _read_yaml(path)
    with _reporting(path):
        if not isinstance(document, list):
            raise ValueError("expected a list of places, one '- name: ...' entry each")
        entries = tuple(
            _parse_place(number, value, countries) for number, value in enumerate(document, 1)
        )
        index = _index(
            (text, f"place {place.name!r}", place)
            for place in entries
            for text in place.all_names()
        )
    return Gazetteer(entries, MappingProxyType(index))


def _read_yaml(path: Traversable) -> object:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(
            f"{path}: cannot read this data file ({exc}); fix it or restore the packaged copy"
        ) from exc


@contextmanager
def _reporting(path: Traversable) -> Iterator[None]:
    """Turn a ValueError about an entry into a ConfigError that names the file."""
    try:
        yield
    except ValueError as exc:
        raise ConfigError(f"{path}: {exc}") from exc


def _index(pairs: Iterable[tuple[str, str, V]]) -> dict[str, V]:
    """Normalised alias -> what it names; ValueError when one alias names two entries."""
    index: dict[str, V] = {}
    owners: dict[str, str] = {}
    for text, owner, value in pairs:
        key = normalize_alias(text)
        if not key:
            raise ValueError(f"{owner}: alias {text!r} is empty once normalised; remove it")
        if key in index and index[key] != value:
            raise ValueError(
                f"{owner}: alias {text!r} already names {owners[key]}; "
                "an alias may name one entry only, so keep it in one of them"
            )
        index[key] = value
        owners.setdefault(key, owner)
    return index


# --- entries ------------------------------------------------------------------------------------

_COUNTRY_KEYS = frozenset(
    {
        "name",
        "names",
        "demonyms",
        "capitals",
        "former_capitals",
        "metonyms",
        "dissolved",
        "territories",
        "common_words",
        "combining_forms",
        "descriptions",
        "fiscal_year_ends",
    }
)
_ORGANIZATION_KEYS = frozenset(
    {"name", "aliases", "kind", "cameo", "part_of", "dissolved", "members"}
)
_PLACE_KEYS = frozenset(
    {
        "name",
        "country",
        "kind",
        "capital_of",
        "aliases",
        "historical",
        "former_capital_of",
        "venues",
    }
)


def _parse_country(code: object, value: object) -> Country:
    where = f"entry {code!r}"
    if not isinstance(code, str) or not _COUNTRY_CODE.match(code):
        raise ValueError(f"{where}: the key must be an ISO 3166-1 alpha-3 code such as KAZ")
    fields = _fields(value, _COUNTRY_KEYS, where)
    return Country(
        code=code,
        name=_text(fields, "name", where),
        names=_texts(fields, "names", where),
        demonyms=_texts(fields, "demonyms", where),
        capitals=_texts(fields, "capitals", where),
        former_capitals=_texts(fields, "former_capitals", where),
        metonyms=_texts(fields, "metonyms", where),
        dissolved=_day(fields.get("dissolved"), where),
        territories=tuple(_membership(t, where) for t in _texts(fields, "territories", where)),
        common_words=tuple(w.lower() for w in _texts(fields, "common_words", where)),
        combining_forms=tuple(w.lower() for w in _texts(fields, "combining_forms", where)),
        descriptions=tuple(w.lower() for w in _texts(fields, "descriptions", where)),
        fiscal_year_ends=_month(fields.get("fiscal_year_ends"), where),
    )


def _parse_organization(code: object, value: object) -> Organization:
    where = f"entry {code!r}"
    if not isinstance(code, str) or not code.strip() or code != code.strip():
        raise ValueError(f"{where}: the key must be a short code such as SCO")
    fields = _fields(value, _ORGANIZATION_KEYS, where)
    kind = fields.get("kind")
    if not isinstance(kind, str) or kind not in ORGANIZATION_KINDS:
        raise ValueError(f"{where}: kind must be one of {sorted(ORGANIZATION_KINDS)}, not {kind!r}")
    return Organization(
        code=code,
        name=_text(fields, "name", where),
        kind=str(kind),
        aliases=_texts(fields, "aliases", where),
        cameo=_optional_text(fields, "cameo", where),
        part_of=_optional_text(fields, "part_of", where),
        dissolved=_day(fields.get("dissolved"), where),
        members=tuple(_membership(item, where) for item in _texts(fields, "members", where)),
    )


def _membership(text: str, where: str) -> Membership:
    """ "GBR 1973/2020-01-31" -> GBR, since 1973, until 2020-01-31; "USA" -> always."""
    code, _, span = text.partition(" ")
    if not _COUNTRY_CODE.match(code):
        raise ValueError(f"{where}: member {text!r} must start with an ISO3 code such as FRA")
    since, _, until = span.strip().partition("/")
    return Membership(
        code,
        _day(since, where) if since else None,
        _day(until, where) if until else None,
    )


def _parse_place(number: int, value: object, countries: Countries) -> Place:
    where = f"entry {number}"
    if isinstance(value, dict) and isinstance(value.get("name"), str):
        where = f"{where} ({value['name']!r})"
    fields = _fields(value, _PLACE_KEYS, where)
    kind = fields.get("kind")
    if not isinstance(kind, str) or kind not in PLACE_KINDS:
        raise ValueError(f"{where}: kind must be one of {sorted(PLACE_KINDS)}, not {kind!r}")
    capital_of = fields.get("capital_of")
    return Place(
        name=_text(fields, "name", where),
        country=_country_ref(fields.get("country"), countries, f"{where}: country"),
        kind=str(kind),
        capital_of=None
        if capital_of is None
        else _country_ref(capital_of, countries, f"{where}: capital_of"),
        aliases=_texts(fields, "aliases", where),
        historical=tuple(_name_period(v, where) for v in _list(fields, "historical", where)),
        former_capital_of=tuple(
            _capital_period(v, countries, where) for v in _list(fields, "former_capital_of", where)
        ),
        venues=_texts(fields, "venues", where),
    )


def _name_period(value: object, where: str) -> NamePeriod:
    fields = _fields(value, frozenset({"name", "from", "to"}), f"{where}: historical name")
    period = NamePeriod(
        name=_text(fields, "name", where),
        since=_day(fields.get("from"), where),
        until=_day(fields.get("to"), where),
    )
    if period.since and period.until and period.since[:4] > period.until[:4]:
        raise ValueError(f"{where}: {period.name!r} ends ({period.until}) before it starts")
    return period


def _capital_period(value: object, countries: Countries, where: str) -> CapitalPeriod:
    fields = _fields(value, frozenset({"country", "from", "to"}), f"{where}: former_capital_of")
    return CapitalPeriod(
        country=_country_ref(fields.get("country"), countries, f"{where}: former_capital_of"),
        since=_day(fields.get("from"), where),
        until=_day(fields.get("to"), where),
    )


# --- field checks -------------------------------------------------------------------------------


def _top_mapping(document: object) -> dict[Any, Any]:
    if not isinstance(document, dict):
        raise ValueError("expected a mapping of code -> entry at the top of the file")
    return document


def _fields(value: object, allowed: frozenset[str], where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError(f"{where}: expected a mapping of fields, got {value!r}")
    unknown = set(map(str, value)) - allowed
    if unknown:
        raise ValueError(f"{where}: unknown fields {sorted(unknown)}; known are {sorted(allowed)}")
    return {str(key): item for key, item in value.items()}


def _text(fields: Mapping[str, Any], key: str, where: str) -> str:
    value = fields.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{where}: {key!r} must be a non-empty text, got {value!r}")
    return value.strip()


def _optional_text(fields: Mapping[str, Any], key: str, where: str) -> str | None:
    return None if fields.get(key) is None else _text(fields, key, where)


def _list(fields: Mapping[str, Any], key: str, where: str) -> list[Any]:
    value = fields.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValueError(f"{where}: {key!r} must be a list, got {value!r}")
    return value


def _texts(fields: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    items = _list(fields, key, where)
    if not all(isinstance(item, str) and item.strip() for item in items):
        raise ValueError(f"{where}: {key!r} must be a list of non-empty names, got {items!r}")
    return tuple(item.strip() for item in items)


def _month(value: object, where: str) -> int | None:
    """A fiscal year's last month: 1 to 11 (a December one is the calendar year: leave it out)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 11:
        raise ValueError(f"{where}: 'fiscal_year_ends' must be a month from 1 to 11, got {value!r}")
    return value


def _day(value: object, where: str) -> str | None:
    """A year or an ISO day as YAML gives it (int, date or text) -> ISO text."""
    if value is None:
        return None
    if isinstance(value, date) and not isinstance(value, datetime):
        return value.isoformat()
    text = f"{value:04d}" if isinstance(value, int) and not isinstance(value, bool) else value
    if not isinstance(text, str) or not _DAY.match(text):
        raise ValueError(f"{where}: {value!r} is not a year (1961) or an ISO day (1998-05-06)")
    return text


def _country_ref(value: object, countries: Countries, where: str) -> str:
    if not isinstance(value, str) or value not in countries.entries:
        raise ValueError(f"{where}: {value!r} is not a country code in {COUNTRIES_FILE}")
    return value


def _written_alike(first: str, second: str) -> bool:
    """Two names written alike but for case, accents, hyphens and punctuation."""
    return bool(first.strip()) and normalize_text(first) == normalize_text(second)
