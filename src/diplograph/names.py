"""Whether two written names are one person: "Vasilenko" and "Vassilenko", "King Fahd" and
"Fahd bin Abdulaziz", "K. Sharma" and "Kiran Sharma", "Queen Elizabeth II" and "Elizabeth".

The one name-similarity module of the package: extraction, the office table, cross-article
identity resolution and the gold scorer all ask it. Honorifics, suffixes and name particles are
read from ``data/names.yaml``; the thresholds are named here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from diplograph.datafiles import parse_yaml
from diplograph.errors import ConfigError

SURNAME_MIN = 85  # rapidfuzz ratio of two surnames of one person ("Vasilenko", "Vassilenko")
NAME_MIN = 85  # token_sort_ratio of two full names of one person
SPELLING_MIN = 92  # two spellings of one office holder's name in an office table
# A surname an article writes against an office holder's (a transliteration that drops or
# doubles a letter: "Nazarbaev", "Nazarbayev"), once the holder's full name is found.
HOLDER_SURNAME_MIN = 80

_DOTTED_INITIALS = re.compile(r"\b(?:[^\W\d_]\.){2,}")  # "H.E.", "U.S.": one word
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


_REQUIRED = ("honorifics", "suffixes")
_KEYS = (
    *_REQUIRED,
    "not_name_words",
    "organisation_nouns",
    "person_pronouns",
    "reference_nouns",
    "counterpart_nouns",
    "guest_nouns",
    "title_boundaries",
    "given_name_titles",
    "name_heads",
    "leader_verbs",
    "member_words",
    "member_groups",
    "abbreviated_titles",
    "name_particles",
    "company_words",
    "region_names",
    "venue_heads",
    "country_venue_heads",
    "currency_words",
    "joint_body_words",
    "state_nouns",
    "portfolio_words",
    "capital_nouns",
    "past_office_words",
    "visiting_words",
    "envoy_nouns",
    "official_nouns",
    "speaker_nouns",
    "styles",
    "patronymic_particles",
    "former_words",
    "states_without_ministers",
    "state_organ_words",
    "place_nouns",
    "armed_force_nouns",
    "area_nouns",
    "leader_governments",
    "organ_anaphors",
)


@dataclass(frozen=True)
class NameRules:
    """data/names.yaml: the words written around a name that are not the name."""

    honorifics: tuple[tuple[str, ...], ...]  # each as its words, longest first
    suffixes: frozenset[str]
    not_name_words: frozenset[str] = frozenset()
    organisation_nouns: frozenset[str] = frozenset()
    person_pronouns: frozenset[str] = frozenset()
    reference_nouns: frozenset[str] = frozenset()
    counterpart_nouns: frozenset[str] = frozenset()
    guest_nouns: frozenset[str] = frozenset()
    title_boundaries: frozenset[str] = frozenset()
    given_name_titles: frozenset[str] = frozenset()
    name_heads: frozenset[str] = frozenset()
    leader_verbs: frozenset[str] = frozenset()
    leader_governments: frozenset[str] = frozenset()
    member_words: frozenset[str] = frozenset()
    member_groups: frozenset[str] = frozenset()
    # titles written short with a full stop that the tokenizer would split off ("Eng.")
    abbreviated_titles: frozenset[str] = frozenset()
    name_particles: frozenset[str] = frozenset()
    company_words: frozenset[str] = frozenset()
    region_names: frozenset[str] = frozenset()
    venue_heads: frozenset[str] = frozenset()
    country_venue_heads: frozenset[str] = frozenset()
    currency_words: frozenset[str] = frozenset()
    joint_body_words: frozenset[str] = frozenset()
    state_nouns: frozenset[str] = frozenset()
    portfolio_words: frozenset[str] = frozenset()
    capital_nouns: frozenset[str] = frozenset()
    past_office_words: frozenset[str] = frozenset()
    visiting_words: frozenset[str] = frozenset()
    envoy_nouns: frozenset[str] = frozenset()
    official_nouns: frozenset[str] = frozenset()
    speaker_nouns: frozenset[str] = frozenset()
    styles: frozenset[str] = frozenset()
    patronymic_particles: frozenset[str] = frozenset()
    former_words: frozenset[str] = frozenset()
    states_without_ministers: frozenset[str] = frozenset()  # ISO codes, lower case
    state_organ_words: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()
    armed_force_nouns: frozenset[str] = frozenset()
    area_nouns: frozenset[str] = frozenset()
    organ_anaphors: frozenset[str] = frozenset()

    @cached_property
    def one_word_honorifics(self) -> frozenset[str]:
        """The one-word honorifics and the titles a given name follows ("sheikh", "emir")."""
        return frozenset(h[0] for h in self.honorifics if len(h) == 1) | self.given_name_titles

    def only_honorifics(self, text: str) -> bool:
        """Whether a span is honorifics alone ("Sheikh", "Emir Sheikh", a rank written with a
        hyphen: "Major-General"): the model's piece of a title, no name."""
        words = [w for w in re.split(r"[\s-]+", text.lower().replace(".", "")) if w]
        return bool(words) and all(w in self.one_word_honorifics for w in words)


def load_name_rules(path: Path | None = None) -> NameRules:
    """Read ``data/names.yaml`` (or a user's copy), refusing a malformed file with its reason."""
    where = str(path) if path else "data/names.yaml"
    text = (
        path.read_text(encoding="utf-8")
        if path
        else resources.files("diplograph.data").joinpath("names.yaml").read_text("utf-8")
    )
    data = parse_yaml(text, where)
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: expected a mapping with the keys {', '.join(_KEYS)}")
    unknown = sorted(set(data) - set(_KEYS))
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r} (expected {sorted(_KEYS)})")
    lists = {key: _word_list(data, key, where) for key in _KEYS if key in data or key in _REQUIRED}
    honorifics = sorted((tuple(h.split()) for h in lists["honorifics"]), key=len, reverse=True)
    words = {key: frozenset(value) for key, value in lists.items() if key != "honorifics"}
    return NameRules(honorifics=tuple(honorifics), **words)


def _word_list(data: dict[str, Any], key: str, where: str) -> list[str]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where}: {key!r} must be a list of words")
    return [v.strip().lower().replace(".", "") for v in value]


# Letters NFKD does not decompose into a base letter plus an accent.
_PLAIN_LETTERS: dict[int, str] = {
    **{ord(a): b for a, b in zip("łŁøØđĐı’‘ʼ`", "lLoOdDi''''", strict=True)},
    **{ord("ß"): "ss", ord("æ"): "ae", ord("Æ"): "AE"},
}


def without_accents(text: str) -> str:
    """The text in plain Latin letters: "Orbán" -> "Orban", "Erdoğan" -> "Erdogan", "Łukasz"
    -> "Lukasz"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_PLAIN_LETTERS))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@cache
def default_name_rules() -> NameRules:
    return load_name_rules()


def name_words(name: str, rules: NameRules | None = None) -> list[str]:
    """The words of a name, lower case, without accents, honorifics, suffixes and initials."""
    if rules is None:
        return list(_default_name_words(name))
    return _name_words(name, rules)


@lru_cache(maxsize=1 << 16)
def _default_name_words(name: str) -> tuple[str, ...]:
    """``name_words`` under the packaged rules, kept: resolving people compares every pair of
    a country's names, and the honorifics are tried one by one."""
    return tuple(_name_words(name, default_name_rules()))


def _name_words(name: str, rules: NameRules) -> list[str]:
    plain = without_accents(name).lower()
    lowered = _DOTTED_INITIALS.sub(lambda m: m.group(0).replace(".", ""), plain)
    # initials written together ("K.P. Sharma Oli") are initials as "K. P." are, once the
    # honorifics written so ("H.E.") are stripped
    initials = {m.group(0).replace(".", "") for m in _DOTTED_INITIALS.finditer(plain)}
    words = [w.replace("’", "'") for w in _WORD.findall(lowered.replace(".", " "))]
    stripped = True
    while stripped and len(words) > 1:
        stripped = False
        for honorific in rules.honorifics:
            if len(honorific) < len(words) and tuple(words[: len(honorific)]) == honorific:
                words = words[len(honorific) :]
                stripped = True
                break
    while len(words) > 1 and words[-1] in rules.suffixes:
        words = words[:-1]
    kept = [w for w in words if len(w) > 1 and w not in initials]
    return kept or words


def name_key(name: str) -> str:
    """A name compared blind to case, accents, dots, hyphens, honorifics, suffixes and
    initials."""
    return " ".join(name_words(name))


def same_person(first: str, second: str) -> bool:
    """Whether two written names can be one person.

    A one-word name joins a fuller name whose last word it is ("Chirac"), or whose first word it
    is ("Moon" for "Moon Jae-in", "Fahd" for "Fahd bin Abdulaziz"); two fuller names need the
    same first initial and surnames at least ``SURNAME_MIN`` alike, and as wholes at least
    ``NAME_MIN`` alike (word order ignored, or as written when a misspelt first word changes
    the sorted order: "Kasym-Zomart Tokayev").
    """
    a, b = name_words(first), name_words(second)
    if not a or not b:
        return False
    if a == b or sorted(a) == sorted(b):  # "Rha Woong Bae" and "Woong Bae Rha": name order
        return True
    if len(a) == 1 or len(b) == 1:
        short, full = (a, b) if len(a) == 1 else (b, a)
        return any(fuzz.ratio(short[0], part) >= SURNAME_MIN for part in (full[0], full[-1]))
    if _first_given_name_dropped(a, b) or _family_name_added(a, b) or _second_surname_dropped(a, b):
        return True
    if a[0][0] != b[0][0]:
        return False
    if fuzz.ratio(a[-1], b[-1]) < SURNAME_MIN:
        return False
    whole_a, whole_b = " ".join(a), " ".join(b)
    score = max(fuzz.token_sort_ratio(whole_a, whole_b), fuzz.ratio(whole_a, whole_b))
    return score >= NAME_MIN


def _first_given_name_dropped(a: list[str], b: list[str]) -> bool:
    """A name written without its first given name, the rest as in the fuller one: "Tayyip
    Erdogan" and "Recep Tayyip Erdogan", "Siad Barre" and "Mohamed Siad Barre", "Lopez Obrador"
    and "Andres Manuel Lopez Obrador". Not across a name particle ("Sadiq al-Mahdi" is not
    "Mariam al-Sadiq al-Mahdi", his daughter; "Hamad Al Thani" is not "Tamim bin Hamad Al
    Thani", his son), where the words after a particle name a father or a family."""
    short, full = (a, b) if len(a) < len(b) else (b, a)
    if len(short) == len(full) or full[-len(short) :] != short:
        return False
    return not any(word in default_name_rules().name_particles for word in full)


def _family_name_added(a: list[str], b: list[str]) -> bool:
    """An Arab name by its patronymic chain alone, and the same with the family's name after
    it: "Faisal bin Farhan" and "Faisal bin Farhan Al Saud", "Mohammed bin Zayed" and
    "Mohammed bin Zayed Al Nahyan" (names.yaml ``patronymic_particles``, then a particle of
    ``name_particles`` opening the family name)."""
    short, full = (a, b) if len(a) < len(b) else (b, a)
    rules = default_name_rules()
    return (
        len(short) >= 3
        and full[: len(short)] == short
        and any(word in rules.patronymic_particles for word in short[1:-1])
        and full[len(short)] in rules.name_particles
    )


def _second_surname_dropped(a: list[str], b: list[str]) -> bool:
    """A Spanish or Portuguese name without its last surname, the mother's: "Julio Cesar
    Turbay" and "Julio Cesar Turbay Ayala", "Luis Herrera" and "Luis Herrera Campins"."""
    short, full = (a, b) if len(a) < len(b) else (b, a)
    rules = default_name_rules()
    return (
        len(short) >= 2
        and len(full) == len(short) + 1
        and full[:-1] == short
        and not any(word in rules.name_particles for word in full)
    )


def similar_surname(first: str, second: str, least: int = HOLDER_SURNAME_MIN) -> bool:
    """Whether two surnames (any case, accents or none: "Szijjarto" is "Szijjártó") are at
    least ``least`` alike by rapidfuzz ratio."""
    a, b = without_accents(first).lower(), without_accents(second).lower()
    return bool(fuzz.ratio(a, b) >= least)


def same_spelling(first: str, second: str) -> bool:
    """Whether two normalized names of an office table are spellings of one name.

    The surnames must share their initial and the names score at least ``SPELLING_MIN`` by
    token_sort_ratio (word order ignored) or, for a misspelt first word that changes the sorted
    order ("Kasym-Zomart Tokayev"), by plain ratio.
    """
    if first == second:
        return True
    if not first or not second or first.split()[-1][0] != second.split()[-1][0]:
        return False
    score = max(fuzz.token_sort_ratio(first, second), fuzz.ratio(first, second))
    return bool(score >= SPELLING_MIN)
