"""Which role a title names, and who held an office on a given date.

Two user-extensible data files drive this module:

* ``data/roles.yaml``: roles (head_of_state, foreign_minister, ...) with their sector and the
  English titles news writes for them. ``load_roles`` reads it into a frozen ``Roles`` whose
  ``match_title`` turns "U.S. Secretary of State" into the ``foreign_minister`` role.
* ``data/office_holders.csv``: terms of office, one per row (country, role, person, start, end).
  ``load_office_holders`` reads it into ``OfficeHolders``, which answers "who was Kazakhstan's head
  of state on 2019-06-01?". ``read_office_holders_csv`` validates a user's own table (what
  ``diplograph roles import FILE.csv`` calls) and ``OfficeHolders.merge`` lets it override ours.

Dates follow one convention: ``end`` is the last day in office, which is usually the day the
successor takes over, so consecutive terms may share that one day; an empty ``end`` means the
person is still in office.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cached_property
from importlib.resources import files
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from diplograph.errors import ConfigError
from diplograph.names import same_spelling, without_accents

DATA_PACKAGE = "diplograph.data"
ROLES_FILE = "roles.yaml"
OFFICE_HOLDERS_FILE = "office_holders.csv"
CSV_COLUMNS = ("country", "role", "person", "start", "end")
REQUIRED_VALUES = ("country", "role", "person", "start")
SAME_AS_OTHER = "same_as_other"
HANDOVER_OVERLAP = timedelta(days=1)

_COUNTRY_CODE = re.compile(r"[A-Z]{2,3}")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ABBREVIATION_DOT = re.compile(r"(?<=\b\w)\.")  # "U.S." -> "US", "J." -> "J"
_LOOSE_APOSTROPHE = re.compile(r"(?<!\w)'|'(?!\w)")  # quotes, not "d'affaires"
_SEPARATORS = re.compile(r"[^\w']+|_")


def normalize_text(text: str, *, fold_case: bool = True) -> str:
    """Return ``text`` without accents, dots, hyphens and punctuation, words single-spaced.

    Titles and names are compared in this form, so "Under-Secretary", "under secretary" and
    "UNDER SECRETARY" are one title and "chargé" matches "charge".
    """
    plain = _ABBREVIATION_DOT.sub("", without_accents(text))
    plain = _LOOSE_APOSTROPHE.sub(" ", plain)
    plain = " ".join(_SEPARATORS.sub(" ", plain).split())
    return plain.lower() if fold_case else plain


# --- roles and titles -----------------------------------------------------------------------


@dataclass(frozen=True)
class RoleInfo:
    """A role a person can hold, e.g. ``foreign_minister`` (sector GOV, conducts diplomacy)."""

    role: str
    sector: str
    foreign_affairs: bool
    rank: int
    countries: tuple[str, ...] = ()


@dataclass(frozen=True)
class Title:
    """One way news writes a role ("minister of foreign affairs"), maybe for some countries only."""

    title: str
    role: str
    countries: tuple[str, ...] = ()
    match_case: bool = False

    @cached_property
    def key(self) -> str:
        """The title in the form texts are compared in (computed once: titles are compared
        against every name an article has)."""
        return normalize_text(self.title, fold_case=not self.match_case)


@dataclass(frozen=True)
class Reference:
    """A generic way of pointing at a participant ("the leader", "his counterpart")."""

    text: str
    roles: tuple[str, ...]
    same_as_other: bool = False


class Roles:
    """The roles of roles.yaml and their titles; read-only once built."""

    def __init__(
        self,
        roles: Iterable[RoleInfo],
        titles: Iterable[Title],
        references: Iterable[Reference] = (),
    ) -> None:
        self._roles = MappingProxyType({info.role: info for info in roles})
        titles = list(titles)
        unique = {(title.key, title.role, title.countries): title for title in titles}
        self._titles = tuple(sorted(unique.values(), key=lambda title: -len(title.key)))
        # every written form, for the phrase matchers: "vice president" and "vice-president"
        # share a key but are tokenized apart
        written = sorted(titles, key=lambda title: -len(title.key))
        self._written = tuple(dict.fromkeys(title.title for title in written))
        self._references = MappingProxyType({normalize_text(ref.text): ref for ref in references})

    def __contains__(self, role: object) -> bool:
        return role in self._roles

    def __iter__(self) -> Iterator[RoleInfo]:
        return iter(self._roles.values())

    def __len__(self) -> int:
        return len(self._roles)

    def __getitem__(self, role: str) -> RoleInfo:
        return self._roles[role]

    def get(self, role: str) -> RoleInfo | None:
        """The role called ``role``, or None when roles.yaml does not define it."""
        return self._roles.get(role)

    def titles(self) -> tuple[str, ...]:
        """Every title as written in roles.yaml, longest first, for building phrase matchers."""
        return self._written

    def title_entries(self) -> tuple[Title, ...]:
        """Every title with its role and country restriction, longest first."""
        return self._titles

    def find_title(self, text: str, country: str | None = None) -> Title | None:
        """The longest title found in ``text`` that may be used for ``country``.

        With a country, titles restricted to other countries are skipped ("secretary of state"
        names the foreign minister only for USA); without one, every title counts. Between
        equally long titles, one restricted to the given country wins, then the senior role.
        """
        folded = f" {normalize_text(text)} "
        cased = f" {normalize_text(text, fold_case=False)} "
        code = country.upper() if country else None
        best: Title | None = None
        best_score: tuple[int, bool, int] | None = None
        for title in self._titles:
            if best_score is not None and len(title.key) < best_score[0]:
                break
            haystack = cased if title.match_case else folded
            if f" {title.key} " not in haystack or not self._applies(title, code):
                continue
            score = (len(title.key), code in title.countries, -self._roles[title.role].rank)
            if best_score is None or score > best_score:
                best, best_score = title, score
        return best

    def match_title(self, text: str, country: str | None = None) -> RoleInfo | None:
        """The role named by the longest title in ``text`` (see ``find_title``), or None."""
        title = self.find_title(text, country)
        return self._roles[title.role] if title is not None else None

    def reference(self, text: str) -> Reference | None:
        """What a generic reference ("the leader", "counterpart") can point to, or None."""
        return self._references.get(normalize_text(text))

    def _applies(self, title: Title, country: str | None) -> bool:
        if country is None:
            return True
        if title.countries and country not in title.countries:
            return False
        allowed = self._roles[title.role].countries
        return not allowed or country in allowed


def load_roles(path: Path | None = None) -> Roles:
    """Read roles.yaml (the packaged one unless ``path`` is given) into ``Roles``."""
    origin = str(path) if path is not None else f"{DATA_PACKAGE}/{ROLES_FILE}"
    try:
        if path is None:
            text = files(DATA_PACKAGE).joinpath(ROLES_FILE).read_text(encoding="utf-8")
        else:
            text = path.read_text(encoding="utf-8")
        document = yaml.safe_load(text)
    except OSError as error:
        raise ConfigError(
            f"{origin}: cannot read the roles file ({error}); check the path"
        ) from error
    except yaml.YAMLError as error:
        raise ConfigError(f"{origin}: not valid YAML ({error}); fix the syntax") from error
    if not isinstance(document, dict) or not isinstance(document.get("roles"), list):
        raise ConfigError(f"{origin}: expected a mapping with a 'roles:' list; see roles.yaml")
    unknown = sorted(set(document) - {"roles", "references"})
    if unknown:
        raise ConfigError(f"{origin}: unknown key {unknown[0]!r} (expected roles or references)")
    roles: list[RoleInfo] = []
    titles: list[Title] = []
    for entry in document["roles"]:
        info, entry_titles = _parse_role(entry, origin)
        roles.append(info)
        titles.extend(entry_titles)
    names = {info.role for info in roles}
    references = _parse_references(document.get("references") or {}, names, origin)
    return Roles(roles, titles, references)


def _parse_role(entry: Any, origin: str) -> tuple[RoleInfo, list[Title]]:
    if not isinstance(entry, dict) or not isinstance(entry.get("role"), str):
        raise ConfigError(f"{origin}: a role entry lacks 'role:' ({entry!r}); name every role")
    name = entry["role"]
    try:
        info = RoleInfo(
            role=name,
            sector=str(entry["sector"]),
            foreign_affairs=bool(entry["foreign_affairs"]),
            rank=int(entry["rank"]),
            countries=_codes(entry.get("countries"), origin, name),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise ConfigError(
            f"{origin}: role {name!r} needs sector, foreign_affairs and an integer rank ({error})"
        ) from error
    titles = [_parse_title(item, name, origin) for item in entry.get("titles") or []]
    return info, titles


def _parse_title(item: Any, role: str, origin: str) -> Title:
    if isinstance(item, str):
        return Title(item, role)
    if isinstance(item, dict) and isinstance(item.get("title"), str):
        return Title(
            title=item["title"],
            role=role,
            countries=_codes(item.get("countries"), origin, role),
            match_case=bool(item.get("match_case", False)),
        )
    raise ConfigError(
        f"{origin}: role {role!r} has a title that is neither text nor {{title: ...}}: {item!r}"
    )


def _codes(value: Any, origin: str, role: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(code, str) for code in value):
        raise ConfigError(f"{origin}: role {role!r}: countries must be a list of ISO3 codes")
    return tuple(code.upper() for code in value)


def _parse_references(raw: Any, roles: set[str], origin: str) -> list[Reference]:
    if not isinstance(raw, dict):
        raise ConfigError(f"{origin}: 'references:' must map a phrase to a list of roles")
    references = []
    for text, targets in raw.items():
        targets = targets or []
        if not isinstance(targets, list):
            raise ConfigError(f"{origin}: reference {text!r} must map to a list of roles")
        unknown = [t for t in targets if t != SAME_AS_OTHER and t not in roles]
        if unknown:
            raise ConfigError(
                f"{origin}: reference {text!r} names unknown roles {unknown}; define them first"
            )
        kept = tuple(t for t in targets if t != SAME_AS_OTHER)
        references.append(Reference(str(text), kept, SAME_AS_OTHER in targets))
    return references


# --- office holders -------------------------------------------------------------------------


@dataclass(frozen=True)
class OfficeTerm:
    """One person's term in one office; ``end`` None means still in office."""

    country: str
    role: str
    person: str
    start: date
    end: date | None
    source: str

    def covers(self, on: date) -> bool:
        """Whether the person held the office on ``on`` (start and end days included)."""
        return self.start <= on and (self.end is None or on <= self.end)


def overlap_length(first: OfficeTerm, second: OfficeTerm) -> timedelta | None:
    """How long two terms overlap (zero when one ends the day the other starts), or None."""
    start = max(first.start, second.start)
    end = min(first.end or date.max, second.end or date.max)
    return end - start if end >= start else None


def normalize_name(name: str) -> str:
    """A person's name compared case-, accent- and punctuation-blind."""
    return normalize_text(name.replace("'", " "))


def _bare(name: str) -> str:
    """A normalized name without the one-letter words between its first and last: "george h w
    bush" -> "george bush"."""
    words = name.split()
    if len(words) < 3:
        return name
    return " ".join([words[0], *(w for w in words[1:-1] if len(w) > 1), words[-1]])


class OfficeHolders:
    """A table of terms of office, indexed by office and by person; read-only once built."""

    def __init__(self, terms: Iterable[OfficeTerm]) -> None:
        self._terms = tuple(
            sorted(terms, key=lambda t: (t.country, t.role, t.start, t.end or date.max))
        )
        by_office: dict[tuple[str, str], list[OfficeTerm]] = {}
        by_name: dict[str, list[OfficeTerm]] = {}
        for term in self._terms:
            by_office.setdefault((term.country, term.role), []).append(term)
            by_name.setdefault(normalize_name(term.person), []).append(term)
        self._by_office = MappingProxyType({k: tuple(v) for k, v in by_office.items()})
        self._by_name = MappingProxyType({k: tuple(v) for k, v in by_name.items()})
        by_initial: dict[str, list[str]] = {}  # surname initial -> names (same_spelling needs it)
        by_surname: dict[str, list[str]] = {}
        for name in self._by_name:
            by_initial.setdefault(name.split()[-1][0], []).append(name)
            by_surname.setdefault(name.split()[-1], []).append(name)
        self._by_initial = MappingProxyType({k: tuple(v) for k, v in by_initial.items()})
        self._by_surname = MappingProxyType({k: tuple(v) for k, v in by_surname.items()})
        by_bare: dict[str, list[str]] = {}  # the name without its middle initials -> names
        for name in self._by_name:
            bare = _bare(name)
            if bare != name:
                by_bare.setdefault(bare, []).append(name)
        self._by_bare = MappingProxyType({k: tuple(v) for k, v in by_bare.items()})
        self._terms_of: dict[str, tuple[OfficeTerm, ...]] = {}  # a cache: the table is read-only

    def __len__(self) -> int:
        return len(self._terms)

    def __iter__(self) -> Iterator[OfficeTerm]:
        return iter(self._terms)

    @property
    def terms(self) -> tuple[OfficeTerm, ...]:
        """Every term, ordered by country, role and start."""
        return self._terms

    def holders(self, country: str, role: str) -> tuple[OfficeTerm, ...]:
        """Every term of one office, oldest first."""
        return self._by_office.get((country.upper(), role), ())

    def holder(self, country: str, role: str, on: date) -> OfficeTerm | None:
        """Who held ``role`` in ``country`` on ``on``; on a handover day, the incoming holder."""
        current = [term for term in self.holders(country, role) if term.covers(on)]
        return max(current, key=lambda term: term.start, default=None)

    def terms_of(self, person: str) -> list[OfficeTerm]:
        """Every term of ``person``, oldest first.

        Names match regardless of case, accents and hyphens, and also in other spellings that
        ``names.same_spelling`` joins (``SPELLING_MIN``, the same surname initial:
        "Kasym-Zomart Tokayev"), and without the middle initials the table gives ("George
        Bush" for "George H. W. Bush": news often leaves them out). A single word matches every
        holder with that surname.
        """
        wanted = normalize_name(person)
        if not wanted:
            return []
        cached = self._terms_of.get(wanted)
        if cached is None:
            if " " in wanted:
                candidates = self._by_initial.get(wanted.split()[-1][0], ())
                names = [name for name in candidates if same_spelling(wanted, name)]
                names += [n for n in self._by_bare.get(wanted, ()) if n not in names]
            else:
                names = list(self._by_surname.get(wanted, ()))
            found = [term for name in names for term in self._by_name[name]]
            cached = tuple(sorted(found, key=lambda term: (term.start, term.country, term.role)))
            self._terms_of[wanted] = cached
        return list(cached)

    def overlaps(
        self, tolerance: timedelta = HANDOVER_OVERLAP
    ) -> list[tuple[OfficeTerm, OfficeTerm]]:
        """Pairs of terms of one office that overlap by more than ``tolerance``."""
        found = []
        for terms in self._by_office.values():
            for index, first in enumerate(terms):
                for second in terms[index + 1 :]:
                    length = overlap_length(first, second)
                    if length is not None and length > tolerance:
                        found.append((first, second))
        return found

    def merge(self, other: OfficeHolders) -> OfficeHolders:
        """This table with ``other`` laid over it: ``other`` wins where they disagree.

        A term of this table that overlaps a term of ``other`` for the same office by more than
        a handover day is cut back to the part ``other`` does not cover (or dropped).
        """
        kept: list[OfficeTerm] = []
        for term in self._terms:
            pieces = [term]
            for override in other.holders(term.country, term.role):
                pieces = [piece for part in pieces for piece in _subtract(part, override)]
            kept.extend(pieces)
        return OfficeHolders([*kept, *other.terms])


def _subtract(term: OfficeTerm, override: OfficeTerm) -> list[OfficeTerm]:
    length = overlap_length(term, override)
    if length is None or length <= HANDOVER_OVERLAP:
        return [term]
    pieces = []
    if term.start < override.start:
        pieces.append(replace(term, end=override.start))
    if override.end is not None and (term.end is None or term.end > override.end):
        pieces.append(replace(term, start=override.end))
    return pieces


# --- reading office tables ------------------------------------------------------------------


def read_office_holders_csv(path: Path, roles: Roles | None = None) -> list[OfficeTerm]:
    """Read and validate an office table (header ``country,role,person,start,end``).

    Every row is checked; the first bad one raises ``ConfigError`` naming the file, the line
    and the reason (missing column or value, bad date, end before start, unknown role).
    """
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return parse_office_holders(handle, str(path), roles)
    except OSError as error:
        raise ConfigError(
            f"{path}: cannot read the office table ({error}); check the path"
        ) from error


def parse_office_holders(
    lines: Iterable[str], origin: str, roles: Roles | None = None
) -> list[OfficeTerm]:
    """Parse office-table CSV ``lines``; ``origin`` names them in errors and in ``source``."""
    known = roles if roles is not None else load_roles()
    reader = csv.reader(lines)
    header = [column.strip().lower() for column in next(reader, [])]
    if not header:
        raise ConfigError(f"{origin}: empty file; the first line must be {','.join(CSV_COLUMNS)}")
    missing = [column for column in CSV_COLUMNS if column not in header]
    if missing:
        raise ConfigError(
            f"{origin}:1: missing column(s) {', '.join(missing)}; "
            f"the header must name {','.join(CSV_COLUMNS)}"
        )
    name = Path(origin).name
    terms = []
    for fields in reader:
        if not any(field.strip() for field in fields):
            continue
        line = reader.line_num
        if len(fields) < len(header):
            absent = ", ".join(header[len(fields) :])
            raise ConfigError(f"{origin}:{line}: missing column(s) {absent}; fill every column")
        row = {column: value.strip() for column, value in zip(header, fields, strict=False)}
        terms.append(_parse_term(row, known, f"{origin}:{line}", f"{name}:{line}"))
    return terms


def _parse_term(row: dict[str, str], roles: Roles, where: str, source: str) -> OfficeTerm:
    for column in REQUIRED_VALUES:
        if not row[column]:
            raise ConfigError(f"{where}: missing value for '{column}'; fill it in")
    country = row["country"].upper()
    if not _COUNTRY_CODE.fullmatch(country):
        raise ConfigError(
            f"{where}: bad country code '{row['country']}'; use ISO 3166-1 alpha-3 (KAZ) or UN, EU"
        )
    if row["role"] not in roles:
        raise ConfigError(
            f"{where}: unknown role '{row['role']}'; use a role of roles.yaml "
            f"(head_of_state, head_of_government, foreign_minister, ...) or add it there"
        )
    start = _parse_date(row["start"], "start", where)
    end = _parse_date(row["end"], "end", where) if row["end"] else None
    if end is not None and end < start:
        raise ConfigError(f"{where}: end {end} is before start {start}; swap or fix the dates")
    return OfficeTerm(
        country=country,
        role=row["role"],
        person=row["person"],
        start=start,
        end=end,
        source=row.get("source") or source,
    )


def _parse_date(value: str, column: str, where: str) -> date:
    try:
        if not _ISO_DATE.fullmatch(value):
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError as error:
        raise ConfigError(
            f"{where}: bad {column} date '{value}'; write it as YYYY-MM-DD (the 1st if only "
            "the month is known)"
        ) from error


def holders_with(imported: list[OfficeTerm]) -> OfficeHolders:
    """The packaged office holders with a store's imported terms (``roles import``) over them:
    the user's table wins where the two overlap."""
    holders = load_office_holders()
    return holders.merge(OfficeHolders(imported)) if imported else holders


def load_office_holders(path: Path | None = None, roles: Roles | None = None) -> OfficeHolders:
    """Read office_holders.csv (the packaged one unless ``path`` is given)."""
    if path is not None:
        return OfficeHolders(read_office_holders_csv(path, roles))
    text = files(DATA_PACKAGE).joinpath(OFFICE_HOLDERS_FILE).read_text(encoding="utf-8-sig")
    lines = io.StringIO(text, newline="")
    return OfficeHolders(
        parse_office_holders(lines, f"{DATA_PACKAGE}/{OFFICE_HOLDERS_FILE}", roles)
    )
