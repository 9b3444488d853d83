"""TempEval-3 style scoring of time expressions against gold TIMEX3 annotations.

A system expression matches a gold one when their character spans overlap (relaxed match); each
gold and each system expression is matched at most once, largest overlap first. Value scores
follow TempEval-3: a match counts as correct when the normalised values are equal, and
value precision = correct / n_system, value recall = correct / n_gold.

Per TIMEX type, the recall side counts gold expressions of that type and the precision side
system expressions of that type, whatever type the other side of the match has.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from diplograph.errors import InputError
from diplograph.extract.dates import find_time_expressions
from diplograph.extract.timex_rules import TimexRules, load_timex_rules
from diplograph.models import TimeExpression

TIMEX_TYPES: tuple[str, ...] = ("DATE", "TIME", "DURATION", "SET")
_WEEK_ZERO = re.compile(r"-W0(\d)\b")
_WHOLE_HOUR = re.compile(r"T(\d\d)$")


@dataclass(frozen=True)
class Counts:
    """Matches and correct values for one slice (all expressions, or one TIMEX type)."""

    n_gold: int = 0
    n_system: int = 0
    gold_matched: int = 0
    system_matched: int = 0
    gold_correct: int = 0
    system_correct: int = 0

    @property
    def span_precision(self) -> float:
        return _ratio(self.system_matched, self.n_system)

    @property
    def span_recall(self) -> float:
        return _ratio(self.gold_matched, self.n_gold)

    @property
    def span_f1(self) -> float:
        return _f1(self.span_precision, self.span_recall)

    @property
    def value_precision(self) -> float:
        return _ratio(self.system_correct, self.n_system)

    @property
    def value_recall(self) -> float:
        return _ratio(self.gold_correct, self.n_gold)

    @property
    def value_f1(self) -> float:
        return _f1(self.value_precision, self.value_recall)

    @property
    def value_accuracy(self) -> float:
        """Correct values among matched gold expressions."""
        return _ratio(self.gold_correct, self.gold_matched)

    def to_json(self) -> dict[str, Any]:
        return {
            "n_gold": self.n_gold,
            "n_system": self.n_system,
            "span_f1": round(self.span_f1, 4),
            "value_f1": round(self.value_f1, 4),
            "span_precision": round(self.span_precision, 4),
            "span_recall": round(self.span_recall, 4),
            "value_precision": round(self.value_precision, 4),
            "value_recall": round(self.value_recall, 4),
            "value_accuracy": round(self.value_accuracy, 4),
        }


@dataclass(frozen=True)
class Pair:
    """One gold row and the system expression matched to it (None when missed)."""

    gold: Mapping[str, Any] | None
    system: TimeExpression | None
    doc_id: str

    @property
    def correct(self) -> bool:
        return bool(
            self.gold and self.system and same_value(self.gold.get("value"), self.system.value)
        )


@dataclass(frozen=True)
class TimexScore:
    """Overall and per-type counts, plus the pairs behind them for error analysis."""

    overall: Counts
    per_type: Mapping[str, Counts]
    pairs: tuple[Pair, ...] = field(default=(), repr=False)
    seconds: float = 0.0
    n_documents: int = 0

    def to_json(self) -> dict[str, Any]:
        counts = self.overall.to_json()
        per_type = {name: self.per_type[name].to_json() for name in TIMEX_TYPES}
        report: dict[str, Any] = {
            "n_gold": counts.pop("n_gold"),
            "n_system": counts.pop("n_system"),
            "span_f1": counts.pop("span_f1"),
            "value_f1": counts.pop("value_f1"),
            "per_type": per_type,
        }
        report.update(counts)
        if self.seconds:
            report["documents_per_second"] = round(self.n_documents / self.seconds, 1)
        return report


def same_value(gold: object, system: str | None) -> bool:
    """Whether two TIMEX3 values name the same thing.

    Values are compared as upper-case strings after writing equal values one way: week numbers
    without a leading zero (``2000-W07`` = ``2000-W7``) and whole hours with minutes
    (``T17`` = ``T17:00``).
    """
    if gold is None or system is None:
        return False
    return canonical_value(str(gold)) == canonical_value(system)


def canonical_value(value: str) -> str:
    text = value.strip().upper()
    text = _WEEK_ZERO.sub(r"-W\1", text)
    return _WHOLE_HOUR.sub(r"T\1:00", text)


def score_timex(
    gold: Sequence[Mapping[str, Any]], system: Mapping[str, Sequence[TimeExpression]]
) -> TimexScore:
    """Score system expressions (doc_id -> expressions) against gold rows of timex_eval.jsonl.

    Documents with gold rows but no system entry count as documents where nothing was found;
    system expressions in documents without gold rows count as spurious.
    """
    by_doc: dict[str, list[Mapping[str, Any]]] = {}
    for row in gold:
        by_doc.setdefault(str(row["doc_id"]), []).append(row)
    pairs: list[Pair] = []
    for doc_id in sorted(set(by_doc) | set(system)):
        pairs.extend(_match_document(doc_id, by_doc.get(doc_id, []), system.get(doc_id, [])))
    return TimexScore(
        overall=_count(pairs, None),
        per_type={name: _count(pairs, name) for name in TIMEX_TYPES},
        pairs=tuple(pairs),
    )


def run_timex_eval(gold_path: Path, docs_path: Path, rules: TimexRules | None = None) -> TimexScore:
    """Run ``find_time_expressions`` over every article of ``docs_path`` and score it.

    ``docs_path`` holds one article per line (id, date, text); ``gold_path`` one gold TIMEX3 per
    line with offsets into that text. The reported speed covers extraction only. A line that is
    not JSON raises ``InputError`` naming the file and line.
    """
    rules = rules or load_timex_rules()
    gold = list(_read_jsonl(gold_path, GOLD_FIELDS))
    articles = list(_read_jsonl(docs_path, ARTICLE_FIELDS))
    started = time.perf_counter()
    system = {
        str(article["id"]): find_time_expressions(
            str(article["text"]), _published_on(article.get("date")), rules
        )
        for article in articles
    }
    seconds = time.perf_counter() - started
    score = score_timex(gold, system)
    return TimexScore(score.overall, score.per_type, score.pairs, seconds, len(articles))


def _match_document(
    doc_id: str, gold: Sequence[Mapping[str, Any]], system: Sequence[TimeExpression]
) -> list[Pair]:
    candidates = sorted(
        (
            (-_overlap(g, s), gi, si)
            for gi, g in enumerate(gold)
            for si, s in enumerate(system)
            if _overlap(g, s) > 0
        ),
    )
    gold_used: dict[int, int] = {}
    system_used: set[int] = set()
    for _, gi, si in candidates:
        if gi not in gold_used and si not in system_used:
            gold_used[gi] = si
            system_used.add(si)
    pairs = [
        Pair(g, system[gold_used[gi]] if gi in gold_used else None, doc_id)
        for gi, g in enumerate(gold)
    ]
    pairs += [Pair(None, s, doc_id) for si, s in enumerate(system) if si not in system_used]
    return pairs


def _overlap(gold: Mapping[str, Any], system: TimeExpression) -> int:
    return min(int(gold["end"]), system.end) - max(int(gold["start"]), system.start)


def _count(pairs: Iterable[Pair], type_: str | None) -> Counts:
    gold_side = [p for p in pairs if p.gold and (type_ is None or p.gold.get("type") == type_)]
    system_side = [p for p in pairs if p.system and (type_ is None or p.system.type == type_)]
    return Counts(
        n_gold=len(gold_side),
        n_system=len(system_side),
        gold_matched=sum(1 for p in gold_side if p.system),
        system_matched=sum(1 for p in system_side if p.gold),
        gold_correct=sum(1 for p in gold_side if p.correct),
        system_correct=sum(1 for p in system_side if p.correct),
    )


GOLD_FIELDS = ("doc_id", "start", "end", "type", "value")  # one TIMEX3 of timex_eval.jsonl
ARTICLE_FIELDS = ("id", "text")


def _read_jsonl(path: Path, fields: tuple[str, ...]) -> Iterable[dict[str, Any]]:
    """Each line's object; InputError naming the file and line for a line that is not JSON or
    lacks one of ``fields`` (another kind of file given in its place)."""
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                reason = f"not valid JSON ({exc.msg}); each line must hold one JSON object"
                raise InputError(str(path), reason, number) from exc
            missing = [f for f in fields if not isinstance(row, dict) or f not in row]
            if missing:
                reason = f"lacks {', '.join(missing)}; each line must hold {', '.join(fields)}"
                raise InputError(str(path), reason, number)
            yield row


def _published_on(raw: object) -> date | None:
    if not raw:
        return None
    return date.fromisoformat(str(raw)[:10])


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0
