"""Word lists for English time expressions (``data/timex.yaml``), loaded and compiled once.

``load_timex_rules`` reads the lists and compiles the anchor scan, one regular expression per kind
of expression (clock time, full date, month, weekday, duration, ...; see ``timex_grammar.py``)
and, per class of anchor word, one expression trying the kinds that can hold it. The result is a
frozen ``TimexRules`` passed to ``find_time_expressions``; nothing here is mutable module state.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from diplograph.datafiles import same_shape
from diplograph.errors import ConfigError
from diplograph.extract.timex_grammar import (
    flatten,
    kind_patterns,
    month_abbreviations,
    word_alternation,
)

DEFAULT_TIMEX_PATH = Path(__file__).resolve().parent.parent / "data" / "timex.yaml"

# The kinds of expression, in the order they are tried at one position: a longer, more
# specific form must come before any shorter form that starts the same way.
KIND_ORDER: tuple[str, ...] = (
    "iso_date",
    "clock",
    "month_range",
    "day_range",
    "period_end",
    "date_full",
    "year_range",
    "quarter",
    "decade",
    "century",
    "year_ago",
    "ago",
    "following",
    "first_n",
    "rel_unit",
    "rel_named",
    "month",
    "weekday",
    "part_of_day",
    "rel_day",
    "holiday",
    "set",
    "duration",
    "year",
    "reference",
)

# Every expression contains at least one anchor word (a month, a unit, a digit, ...). The scan
# looks for anchors only; at each one it tries the kinds that can contain an anchor of its class,
# starting at the anchor or at one of the prefix words ("the", "last", "about") just before it.
ANCHOR_KINDS: dict[str, tuple[str, ...]] = {
    "month": ("month_range", "day_range", "date_full", "month", "set"),
    "weekday": ("date_full", "weekday", "set"),
    "year_digits": (
        "iso_date",
        "period_end",
        "date_full",
        "year_range",
        "quarter",
        "decade",
        "ago",
        "duration",
        "year",
    ),
    "short_year": ("decade", "year"),
    "clock_digits": ("clock",),
    "year_word": ("year", "duration", "ago"),
    "unit": (
        "period_end",
        "quarter",
        "year_ago",
        "ago",
        "following",
        "first_n",
        "rel_unit",
        "rel_day",
        "century",
        "set",
        "duration",
        "year",
        "reference",
    ),
    "season": ("rel_named", "set"),
    "part_of_day": ("clock", "following", "part_of_day", "rel_day"),
    "relative_day": ("rel_day", "part_of_day"),
    "clock_word": ("clock",),
    "reference": ("period_end", "rel_unit", "rel_named", "month", "weekday", "reference"),
    "set_word": ("set",),
    "holiday": ("holiday",),
    "decade_word": ("decade",),
    "fiscal": ("period_end", "year_range", "quarter", "rel_unit", "year"),
    "quarter_code": ("quarter",),
    "half_word": ("quarter",),  # "the first half", "the second half of 1987"
}
_FIXED_ANCHORS: dict[str, tuple[str, ...]] = {
    "season": ("weekend",),
    "clock_word": ("noon", "midnight", "midday", "a.m", "p.m", "am", "pm", "o'clock"),
    "decade_word": (
        "twenties",
        "thirties",
        "forties",
        "fifties",
        "sixties",
        "seventies",
        "eighties",
        "nineties",
    ),
    "fiscal": ("fiscal", "fy"),
    "quarter_code": ("q1", "q2", "q3", "q4"),
    "half_word": ("half",),
    "year_word": ("eighteen", "nineteen", "thousand"),
    "unit": ("daylong", "weeklong", "monthlong", "yearlong"),  # "a weeklong visit"
}
_DIGIT_CLASSES = ("year_digits", "short_year", "clock_digits")
_DIGIT_ANCHORS = (
    r"(?P<year_digits>(?:1\d|20)\d\d)(?!\d)|(?P<short_year>'\d\d)(?!\d)"
    r"|(?P<clock_digits>\d\d?:\d\d)(?!\d)"
)
# Words of reference phrases that never anchor one on their own.
_REFERENCE_FILLERS = frozenset(
    [
        "the",
        "a",
        "an",
        "in",
        "at",
        "as",
        "of",
        "this",
        "these",
        "more",
        "right",
        "near",
        "short",
        "medium",
        "long",
        "foreseeable",
        "later",
        "coming",
        "possible",
    ]
)


@dataclass(frozen=True)
class Holiday:
    """A fixed day of a month, or the nth weekday of a month (nth -1: the last)."""

    month: int
    day: int | None = None
    weekday: int | None = None
    nth: int | None = None


@dataclass(frozen=True)
class Unit:
    unit: str  # TimeML unit letter: S, M (minute or month), H, D, W, Q, Y
    count: int
    clock: bool = False  # hours, minutes, seconds take the PT prefix


@dataclass(frozen=True)
class Season:
    code: str
    first_month: int
    last_month: int


@dataclass(frozen=True)
class PlanVerbs:
    """Present-tense verbs of travel and meeting that put a following weekday ahead."""

    simple: frozenset[str] = frozenset()
    progressive: frozenset[str] = frozenset()
    auxiliaries: frozenset[str] = frozenset()
    adverbs: frozenset[str] = frozenset()
    blockers: frozenset[str] = frozenset()


@dataclass(frozen=True)
class TimexRules:
    """Word lists and compiled patterns for finding and resolving time expressions."""

    months: Mapping[str, int]  # lower-cased name -> month number
    ambiguous_months: frozenset[str]
    month_abbreviations: frozenset[str]
    weekdays: Mapping[str, int]
    numbers: Mapping[str, int]
    vague_numbers: frozenset[str]
    ordinals: Mapping[str, int]
    units: Mapping[str, Unit]
    seasons: Mapping[str, Season]
    parts_of_day: Mapping[str, str]
    relative_days: Mapping[str, int]
    references: Mapping[str, str]  # lower-cased phrase -> FUTURE_REF / PAST_REF / PRESENT_REF
    reference_exclusions: frozenset[str]
    set_words: Mapping[str, str]
    rate_words: frozenset[str]
    period_modifiers: Mapping[str, str]  # phrase -> START / MID / END
    quantity_modifiers: Mapping[str, str]  # phrase -> APPROX / LESS_THAN / ...
    boundary_signals: Mapping[str, str]  # word before a date -> ON_OR_AFTER / ...
    boundary_words: tuple[str, ...]  # the same words, for str.endswith
    day_range_spans: frozenset[str]  # "to", "through": two days joined by one are a range
    day_range_pairs: frozenset[str]  # "and": a range only after an opener or for days in a row
    day_range_openers: frozenset[str]
    moved_date_opener: str
    moved_date_verbs: frozenset[str]
    date_context_words: frozenset[str]
    past_verbs: frozenset[str]
    place_adverbs: frozenset[str]  # "signed here on Monday": read the verb before "here"
    span_ends: frozenset[str]  # "through Saturday": the end of a span still running
    span_end_blockers: frozenset[str]  # "up until", "not until": no such end
    span_end_verbs: frozenset[str]  # "a visit ending (on) Thursday": the end of a running span
    past_blockers: frozenset[str]  # "is", "will", "to": the clause is not past ("is due in May")
    participle_determiners: frozenset[str]  # "its promised package": a participle, no tense
    plan_verbs: PlanVerbs
    year_followers: frozenset[str]
    year_determiners: frozenset[str]
    holidays: Mapping[str, Holiday]
    future_weight: float
    future_weight_with_cue: float
    future_cue_window: int
    past_cue_min_days: int
    discourse_window: int
    future_cues: re.Pattern[str]
    kinds: Mapping[str, re.Pattern[str]]
    anchors: re.Pattern[str]
    anchor_classes: Mapping[str, str]  # anchor word -> class key ("unit", "reference+unit")
    class_patterns: Mapping[str, re.Pattern[str]]  # class key -> the kinds it may start
    prefix_words: frozenset[str]

    def number(self, text: str | None) -> float | None:
        """The count a number phrase names ("two", "24", "2 1/2", "a"); None when vague."""
        if text is None:
            return 1.0
        words = " ".join(text.lower().replace("-", " ").split())
        if words in self.vague_numbers:
            return None
        half = 0.5 if words.endswith(("1/2", "and a half")) else 0.0
        words = words.removesuffix(" 1/2").removesuffix(" and a half")
        if words in {"a", "an"}:
            return 1.0 + half
        try:
            return float(words) + half
        except ValueError:
            pass
        if words in self.numbers:
            return self.numbers[words] + half
        total = 0
        for word in words.split():
            if word in {"hundred", "thousand"}:
                total = max(total, 1) * (100 if word == "hundred" else 1000)
            elif word in self.numbers:
                total += self.numbers[word]
            else:
                return None
        return total + half

    def modifier(self, phrase: str | None) -> str | None:
        """TimeML mod of a modifier phrase ("early" -> START, "nearly" -> LESS_THAN)."""
        if not phrase:
            return None
        key = " ".join(phrase.lower().strip(" -").split())
        return self.period_modifiers.get(key) or self.quantity_modifiers.get(key)

    def year(self, text: str, near: int | None) -> int | None:
        """A year written as digits, "'98" or words; two digits go to the century near ``near``."""
        if text.isdigit():
            return int(text)
        if text.startswith("'"):
            short, base = int(text[1:]), near or 1950
            year = (base // 100) * 100 + short
            return year - 100 if year > base + 10 else year
        words = text.lower().replace("-", " ").split()
        if words[:2] == ["two", "thousand"]:
            rest = " ".join(w for w in words[2:] if w != "and")
            return 2000 + int(self.number(rest) or 0) if rest else 2000
        head, tail = self.numbers.get(words[0]), self.number(" ".join(words[1:]))
        if head is None or tail is None:
            return None
        return head * 100 + int(tail)


@cache
def _packaged_layout() -> dict[str, Any]:
    """The packaged timex.yaml: a user's copy may have only its sections, each of the same
    kind (a misspelt section is refused, not left unread)."""
    layout: dict[str, Any] = yaml.safe_load(DEFAULT_TIMEX_PATH.read_text(encoding="utf-8"))
    return layout


def load_timex_rules(path: Path | None = None) -> TimexRules:
    """Read the word lists (``data/timex.yaml`` by default) and compile the grammar once.

    Raises ``ConfigError`` when the file cannot be read or an entry is malformed.
    """
    source = path or DEFAULT_TIMEX_PATH
    fix = f"fix {source} (see the comments in diplograph/data/timex.yaml) or pass another path"
    try:
        raw = yaml.safe_load(source.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read time-expression word lists {source}: {exc}; {fix}") from exc
    if not isinstance(raw, dict):
        raise ConfigError(f"{source} must hold a YAML mapping of word lists; {fix}")
    if path is not None and path != DEFAULT_TIMEX_PATH:
        layout = _packaged_layout()
        same_shape(raw, layout, str(source))
        unknown = sorted(set(raw) - set(layout))
        if unknown:
            raise ConfigError(f"{source}: unknown key {unknown[0]!r} (expected one of "
                              f"{', '.join(sorted(layout))}); {fix}")  # fmt: skip
    try:
        return _build_rules(raw)
    except (AttributeError, KeyError, TypeError, ValueError, re.error) as exc:
        raise ConfigError(f"{source} is missing or has a malformed entry ({exc!r}); {fix}") from exc


def _build_rules(raw: dict[str, Any]) -> TimexRules:
    """Every list lower-cased and frozen, every pattern compiled."""
    return TimexRules(**_calendar_fields(raw), **_word_fields(raw), **_grammar_fields(raw))


def _calendar_fields(raw: dict[str, Any]) -> dict[str, Any]:
    """Months, weekdays, numbers, units, seasons, parts of day and holidays."""
    abbreviations = {m.lower() for m in month_abbreviations(raw["months"])}
    return dict(
        months=_frozen({k.lower(): int(v) for k, v in raw["months"].items()}),
        month_abbreviations=frozenset(abbreviations),
        ambiguous_months=frozenset(
            {m.lower() for m in raw.get("ambiguous_months", [])} | abbreviations
        ),
        weekdays=_frozen({k.lower(): int(v) for k, v in raw["weekdays"].items()}),
        numbers=_frozen({k.lower(): int(v) for k, v in raw["numbers"].items()}),
        vague_numbers=frozenset(w.lower() for w in raw["vague_numbers"]),
        ordinals=_frozen({k.lower(): int(v) for k, v in raw["ordinals"].items()}),
        units=_frozen({k.lower(): Unit(**v) for k, v in raw["units"].items()}),
        seasons=_frozen(
            {
                k.lower(): Season(v["code"], int(v["months"][0]), int(v["months"][1]))
                for k, v in raw["seasons"].items()
            }
        ),
        parts_of_day=_frozen({k.lower(): v for k, v in raw["parts_of_day"].items()}),
        relative_days=_frozen({k.lower(): int(v) for k, v in raw["relative_days"].items()}),
        holidays=_frozen({k.lower(): Holiday(**v) for k, v in raw.get("holidays", {}).items()}),
    )


def _word_fields(raw: dict[str, Any]) -> dict[str, Any]:
    """The words around expressions: references, modifiers, joins, context and plan verbs."""
    references = {
        phrase.lower(): value
        for value, phrases in raw["reference_phrases"].items()
        for phrase in phrases
    }
    return dict(
        references=_frozen(references),
        reference_exclusions=frozenset(raw.get("reference_exclusions", [])),
        set_words=_frozen({k.lower(): v for k, v in raw["set_words"].items()}),
        rate_words=frozenset(raw.get("rate_words", [])),
        period_modifiers=_frozen(_invert(raw["period_modifiers"])),
        quantity_modifiers=_frozen(_invert(raw["quantity_modifiers"])),
        boundary_signals=_frozen(_invert(raw.get("boundary_signals", {}))),
        boundary_words=tuple(_invert(raw.get("boundary_signals", {}))),
        day_range_spans=frozenset(w.lower() for w in raw["day_range_joins"]["span"]),
        day_range_pairs=frozenset(w.lower() for w in raw["day_range_joins"]["pair"]),
        day_range_openers=frozenset(w.lower() for w in raw.get("day_range_openers", [])),
        moved_date_opener=str(raw.get("moved_dates", {}).get("opener", "")).lower(),
        moved_date_verbs=frozenset(w.lower() for w in raw.get("moved_dates", {}).get("verbs", [])),
        date_context_words=frozenset(w.lower() for w in raw["date_context_words"]),
        past_verbs=frozenset(w.lower() for w in raw.get("past_verbs", [])),
        place_adverbs=frozenset(w.lower() for w in raw.get("place_adverbs", [])),
        span_ends=frozenset(w.lower() for w in raw.get("span_ends", [])),
        span_end_blockers=frozenset(w.lower() for w in raw.get("span_end_blockers", [])),
        span_end_verbs=frozenset(w.lower() for w in raw.get("span_end_verbs", [])),
        past_blockers=frozenset(w.lower() for w in raw.get("past_blockers", [])),
        participle_determiners=frozenset(w.lower() for w in raw.get("participle_determiners", [])),
        plan_verbs=_plan_verbs(raw.get("present_plan_verbs", {})),
        year_followers=frozenset(w.lower() for w in raw["year_followers"]),
        year_determiners=frozenset(w.lower() for w in raw.get("year_determiners", [])),
    )


def _grammar_fields(raw: dict[str, Any]) -> dict[str, Any]:
    """The grammar's patterns by kind, the anchors that start a match, and how far ahead an
    expression without a year may resolve."""
    resolution = raw.get("resolution", {})
    kinds = kind_patterns(raw)
    classes = _anchor_classes(raw)
    # A word the grammar spells out may stand before an expression's first anchor.
    # Amount words ("pct", "mln") stand only after an expression, in a lookahead.
    grammar = " ".join(kinds.values()).replace(word_alternation(raw["amount_words"]), " ")
    grammar = re.sub(r"\(\?P<\w+>|\\[a-z]", " ", grammar)
    prefix_words = {w for w in re.findall(r"[a-z]+(?:'s)?", grammar) if len(w) > 1 or w == "a"}
    return dict(
        future_weight=float(resolution.get("future_weight", 5)),
        future_weight_with_cue=float(resolution.get("future_weight_with_cue", 1)),
        future_cue_window=int(resolution.get("future_cue_window", 80)),
        past_cue_min_days=int(resolution.get("past_cue_min_days", 7)),
        discourse_window=int(resolution.get("discourse_window", 1500)),
        future_cues=re.compile(
            rf"(?i)(?<!\w)(?<!had )(?<!was )(?<!were )(?<!been )"
            rf"{word_alternation(raw.get('future_cues', []))}(?!\w)"
        ),
        kinds=_frozen({kind: re.compile(pattern) for kind, pattern in kinds.items()}),
        anchors=re.compile(
            rf"(?<![a-z0-9',.$€£¥#])(?:{_DIGIT_ANCHORS}|(?P<word>{_trie(classes)})(?![a-z]))"
        ),
        anchor_classes=_frozen(classes),
        class_patterns=_frozen(
            {key: _class_pattern(key, kinds) for key in {*classes.values(), *_DIGIT_CLASSES}}
        ),
        prefix_words=frozenset(prefix_words),
    )


def _plan_verbs(raw: Mapping[str, Iterable[str]]) -> PlanVerbs:
    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in raw.get(key, []))

    return PlanVerbs(
        words("simple"),
        words("progressive"),
        words("auxiliaries"),
        words("adverbs"),
        words("blockers"),
    )


def _frozen(mapping: dict[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(mapping)


def _invert(groups: Mapping[str, Iterable[str]]) -> dict[str, str]:
    return {phrase.lower(): label for label, phrases in groups.items() for phrase in phrases}


def _anchor_classes(raw: dict[str, Any]) -> dict[str, str]:
    """Anchor word -> its classes joined by "+" (a word such as "second" has two)."""
    words: dict[str, tuple[str, ...]] = {
        "month": tuple(raw["months"]),
        "weekday": tuple(raw["weekdays"]),
        "unit": tuple(raw["units"]),
        "season": tuple(raw["seasons"]),
        "part_of_day": tuple(raw["parts_of_day"]),
        "relative_day": tuple(phrase.split()[-1] for phrase in raw["relative_days"]),
        "reference": tuple(
            w
            for p in flatten(raw["reference_phrases"])
            for w in p.split()
            if w.lower() not in _REFERENCE_FILLERS
        ),
        "set_word": tuple(raw["set_words"]),
        "holiday": tuple(name.split()[0] for name in raw.get("holidays", {})),
    }
    classes: dict[str, set[str]] = {}
    for name, members in [*words.items(), *_FIXED_ANCHORS.items()]:
        for word in members:
            classes.setdefault(word.lower().rstrip("."), set()).add(name)
    return {word: "+".join(sorted(names)) for word, names in classes.items()}


def _class_pattern(key: str, kinds: Mapping[str, str]) -> re.Pattern[str]:
    wanted = {kind for name in key.split("+") for kind in ANCHOR_KINDS[name]}
    alternatives = "|".join(
        f"(?P<{kind}>{_unnamed(kinds[kind])})" for kind in KIND_ORDER if kind in wanted
    )
    return re.compile(rf"(?<![\w$€£¥#'])(?:{alternatives})")


def _trie(words: Iterable[str]) -> str:
    """Words as a prefix tree, so the engine compares about one character per branch."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    return emit(tree)


def _unnamed(pattern: str) -> str:
    """A class pattern joins kinds whose group names repeat, so it drops the names."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)
