"""Every data file users extend is validated: a misspelt key or a value of the wrong kind, at
any of the first two levels of any packaged YAML file, is a ConfigError that names the file,
never a KeyError, a TypeError or an entry silently ignored."""

from __future__ import annotations

import random
import shutil
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import yaml

from diplograph.errors import ConfigError
from diplograph.evaluation.plover import load_plover_labels
from diplograph.extract.indicators import load_indicator_rules
from diplograph.extract.lexicon import load_contexts, load_triggers
from diplograph.extract.timex_rules import load_timex_rules
from diplograph.knowledge import load_knowledge
from diplograph.names import load_name_rules
from diplograph.offices import load_roles
from diplograph.query.reading import load_question_words
from diplograph.resolve.agreements import load_agreement_words

DATA = resources.files("diplograph.data")


def _knowledge_with(name: str) -> Callable[[Path], object]:
    def load(path: Path) -> object:
        folder = path.parent / "knowledge"
        folder.mkdir(exist_ok=True)
        for other in ("countries.yaml", "organizations.yaml", "places.yaml"):
            shutil.copyfile(str(DATA.joinpath(other)), folder / other)
        shutil.copyfile(path, folder / name)
        return load_knowledge(folder)

    return load


LOADERS: dict[str, Callable[[Path], object]] = {
    "triggers.yaml": load_triggers,
    "contexts.yaml": load_contexts,
    "indicators.yaml": load_indicator_rules,
    "timex.yaml": load_timex_rules,
    "roles.yaml": load_roles,
    "questions.yaml": load_question_words,
    "names.yaml": load_name_rules,
    "plover_labels.yaml": load_plover_labels,
    "countries.yaml": _knowledge_with("countries.yaml"),
    "organizations.yaml": _knowledge_with("organizations.yaml"),
    "places.yaml": _knowledge_with("places.yaml"),
    "agreements.yaml": load_agreement_words,
}


# Files whose first-level keys are the names of entries (codes), not sections.
ENTRY_FILES = frozenset({"countries.yaml", "organizations.yaml", "places.yaml"})


def test_every_packaged_yaml_file_has_a_loader_here() -> None:
    packaged = {p.name for p in DATA.iterdir() if p.name.endswith(".yaml")}
    assert packaged == set(LOADERS)


def _keys(data: Any) -> Iterator[tuple[str, ...]]:
    """Paths to the keys of the first two levels of mappings."""
    if not isinstance(data, dict):
        return
    for key, value in data.items():
        yield (key,)
        if isinstance(value, dict):
            for inner in value:
                yield (key, inner)


SAMPLE = 20  # keys tried per level and file (the layout keys of every file are fewer)


def _mutations(data: Any) -> Iterator[tuple[str, Any]]:
    """(what was changed, the changed document): a key misspelt, a value of another kind."""
    paths = list(_keys(data))
    pick = random.Random(13)
    chosen = set()
    for level in (1, 2):  # a file of entries (countries) has hundreds of keys at each level
        keys = [p for p in paths if len(p) == level]
        chosen |= set(pick.sample(keys, min(SAMPLE, len(keys))))
    for path in paths:
        if path not in chosen:
            continue
        parent = data
        for key in path[:-1]:
            parent = parent[key]
        value = parent[path[-1]]
        wrong = {"not": "a list"} if isinstance(value, list) else [["nested"]]
        for what, change in (("misspelt", "rename"), ("wrong kind", wrong)):
            copy = yaml.safe_load(yaml.safe_dump(data))
            target = copy
            for key in path[:-1]:
                target = target[key]
            if change == "rename":
                target[f"{path[-1]}_tpyo"] = target.pop(path[-1])
            else:
                target[path[-1]] = change
            yield f"{what} {'.'.join(map(str, path))}", copy


@pytest.mark.parametrize("name", sorted(LOADERS))
def test_a_typo_at_any_of_the_first_two_levels_is_a_config_error_naming_the_file(
    name: str, tmp_path: Path
) -> None:
    data = yaml.safe_load(DATA.joinpath(name).read_text("utf-8"))
    load = LOADERS[name]
    silent = []
    for what, changed in _mutations(data):
        path = tmp_path / name
        path.write_text(yaml.safe_dump(changed, allow_unicode=True), encoding="utf-8")
        try:
            load(path)
        except ConfigError as exc:
            assert name in str(exc), f"{what}: the error does not name the file: {exc}"
            continue
        silent.append(what)
    # A misspelt key of a mapping whose keys are names of entries (a country code, a role, a
    # word) is a new entry, not a typo; a misspelt key of the file's own layout never is.
    entries_first = name in ENTRY_FILES
    layout = [w for w in silent if w.startswith("misspelt ") and "." not in w and not entries_first]
    assert not layout, f"{name}: misspelt keys of the file's layout were accepted: {layout}"
    wrong = [w for w in silent if w.startswith("wrong kind")]
    assert not wrong, f"{name}: values of the wrong kind were accepted: {wrong[:10]}"


def test_a_key_written_twice_in_one_mapping_is_refused(tmp_path: Path) -> None:
    """YAML keeps the last of two equal keys: an entry defined twice would silently replace
    the first (triggers.yaml once lost an article entry so), so the loaders refuse it."""
    path = tmp_path / "triggers.yaml"
    entry = "      verbs: [lift]\n      needs_object: [LISTED, ban]\n"
    path.write_text(
        f"types:\n  RETREAT:\n    easing:\n{entry}    easing:\n{entry}", encoding="utf-8"
    )
    with pytest.raises(ConfigError, match=r"triggers.yaml: key 'easing' written twice"):
        load_triggers(path)
    path = tmp_path / "names.yaml"
    path.write_text("honorifics: [mr]\nhonorifics: [mrs]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"names.yaml: key 'honorifics' written twice"):
        load_name_rules(path)
