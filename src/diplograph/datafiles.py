"""Checks for the YAML data files users extend: a typo is an error naming the file, the key and
the reason, never a KeyError or a silently ignored entry."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from diplograph.errors import ConfigError


def read_yaml(name: str, path: Path | None = None) -> tuple[Any, str]:
    """The parsed YAML of ``path`` (or the packaged ``data/<name>``) and how to name it."""
    where = str(path) if path else f"data/{name}"
    try:
        text = (
            path.read_text(encoding="utf-8")
            if path
            else resources.files("diplograph.data").joinpath(name).read_text("utf-8")
        )
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{where}: cannot be read: {exc}") from exc
    return parse_yaml(text, where), where


class _UniqueKeys(yaml.SafeLoader):
    """A safe loader that refuses a key written twice in one mapping: YAML keeps the last, so
    an entry defined twice would silently replace the first."""

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            line = key_node.start_mark.line + 1
            if key in seen:
                raise ConfigError(
                    f"key {key!r} written twice in one mapping (lines {seen[key]} and {line})"
                )
            seen[key] = line
        return super().construct_mapping(node, deep=deep)


def parse_yaml(text: str, where: str) -> Any:
    """The parsed YAML ``text`` of the file ``where``; invalid YAML or a key written twice in
    one mapping is a ConfigError naming the file."""
    try:
        return yaml.load(text, Loader=_UniqueKeys)  # a SafeLoader: no arbitrary objects
    except ConfigError as exc:
        raise ConfigError(f"{where}: {exc}") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{where}: not valid YAML: {exc}") from exc


def mapping(value: object, where: str, allowed: Iterable[str] | None = None) -> dict[str, Any]:
    """``value`` as a mapping with text keys, refusing keys outside ``allowed``."""
    if value is None:
        return {}
    if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
        raise ConfigError(f"{where}: expected a mapping of names to entries, got {value!r:.80}")
    if allowed is not None:
        known = set(allowed)
        unknown = sorted(set(value) - known)
        if unknown:
            raise ConfigError(
                f"{where}: unknown key {unknown[0]!r} (expected one of {', '.join(sorted(known))})"
            )
    return dict(value)


def words(value: object, where: str) -> tuple[str, ...]:
    """A list of non-empty words or phrases (numbers written as words are text too)."""
    if value is None:
        return ()
    if not isinstance(value, list) or not all(
        isinstance(item, str | int) and not isinstance(item, bool) and str(item).strip()
        for item in value
    ):
        raise ConfigError(f"{where}: expected a list of words, got {value!r:.80}")
    return tuple(str(item).strip() for item in value)


def _kind(value: object) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return "a single value"


def same_shape(value: object, model: object, where: str, depth: int = 2) -> None:
    """Refuse ``value`` where it is another kind of thing (mapping, list, single value) than
    the packaged file's ``model`` at the same key, down to ``depth`` levels: a list written as
    a mapping would otherwise be read as its keys."""
    if depth == 0 or not isinstance(model, dict) or not isinstance(value, dict):
        return
    for key, given in value.items():
        if key not in model:
            continue
        expected = model[key]
        if expected is not None and given is not None and _kind(given) != _kind(expected):
            raise ConfigError(f"{where}: {key}: expected {_kind(expected)}, got {given!r:.60}")
        same_shape(given, expected, f"{where}: {key}", depth - 1)
