"""Cross-article resolution kept up to date as articles arrive, instead of redone from scratch.

``GrowingEvents`` keeps every article's reports and the resolved events of each block of
reports that can merge (``resolve.events.block_of``: same type, mode, status, negation and
countries). When articles are added or extracted again, only the blocks that their old or new
reports fall in are resolved again, and the blocks whose people changed name: a new spelling can
make another spelling the canonical name of a person (``resolve.people``), and that changes
which reports merge. The result is the one ``resolve_events`` gives for all reports at once,
whatever order the articles arrived in and however they were split into updates
(tests/resolve/test_incremental.py checks it on random orders).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from diplograph.models import Event
from diplograph.resolve.events import (
    Block,
    PlaceWithin,
    Report,
    ResolvedEvent,
    block_of,
    creation_key,
    resolve_block,
)
from diplograph.resolve.people import PeopleIndex


class GrowingEvents:
    """Resolved events over a growing set of articles (see the module's text)."""

    def __init__(self, place_within: PlaceWithin) -> None:
        self.place_within = place_within
        self._reports: dict[str, list[Report]] = {}  # article id -> its reports, in its order
        self._members: dict[Block, set[str]] = {}  # block -> articles with reports in it
        self._resolved: dict[Block, list[ResolvedEvent]] = {}
        self._names: dict[str, set[Block]] = {}  # person name as reported -> blocks naming them
        self._canonical: dict[str, str] = {}  # person name -> canonical name used by blocks
        self._position: dict[int, int] = {}  # id(event) -> its place among its article's
        self._ordered: list[ResolvedEvent] | None = []
        self.blocks_resolved = 0  # blocks resolved by the last update (for tests and benches)
        self.reports_kept = 0

    def __getstate__(self) -> dict[str, Any]:
        """What a snapshot keeps (``query.snapshot``): not the place test, which the reader
        gives back (``GrowingView.restore``), nor the positions, which are keyed by the
        reports' identities and are made again from the reports' order."""
        state = dict(self.__dict__)
        state["place_within"] = None
        del state["_position"]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._position = {
            id(event): index
            for reports in self._reports.values()
            for index, (event, _) in enumerate(reports)
        }

    @property
    def articles(self) -> int:
        """How many articles with reports are kept."""
        return len(self._reports)

    def reports(self) -> list[Report]:
        """Every kept report, in ``resolve_events`` order (article id, then the article's)."""
        return [r for article in sorted(self._reports) for r in self._reports[article]]

    def update(self, changed: Mapping[str, Sequence[Report]], people: PeopleIndex) -> None:
        """Replace the reports of each article in ``changed`` (an empty list removes the
        article) and resolve again the blocks they touch; ``people`` resolves every article's
        names, the changed ones' included."""
        touched: set[Block] = set()
        for article, reports in changed.items():
            for event, _ in self._reports.pop(article, []):
                touched.add(self._leave(article, event))
                self.reports_kept -= 1
            kept = list(reports)
            self.reports_kept += len(kept)
            for index, (event, _) in enumerate(kept):
                block = block_of(event)
                touched.add(block)
                self._members.setdefault(block, set()).add(article)
                self._position[id(event)] = index
                for name in event.people:
                    self._names.setdefault(name, set()).add(block)
            if kept:
                self._reports[article] = kept
        touched |= self._renamed(people)
        for block in touched:
            self._resolve(block, people)
        self.blocks_resolved = len(touched)
        if touched:
            self._ordered = None

    def resolved(self) -> list[ResolvedEvent]:
        """Every resolved event, in ``resolve_events`` order."""
        if self._ordered is None:
            found = [event for events in self._resolved.values() for event in events]
            self._ordered = sorted(found, key=lambda e: creation_key(e, self._position))
        return self._ordered

    def with_countries(self, a: str, b: str) -> list[ResolvedEvent]:
        """The resolved events in which both countries take part, in ``resolved`` order: what
        resolving the pair's reports alone gives (``PairTimeline.build``)."""
        found = [
            event
            for block, events in self._resolved.items()
            if a in block[4] and b in block[4]
            for event in events
        ]
        return sorted(found, key=lambda e: creation_key(e, self._position))

    def _leave(self, article: str, event: Event) -> Block:
        block = block_of(event)
        self._position.pop(id(event), None)
        members = self._members.get(block)
        if members is not None:
            members.discard(article)  # the article's other reports of the block leave too
        return block

    def _renamed(self, people: PeopleIndex) -> set[Block]:
        """The blocks that name a person whose canonical name is not the one they used."""
        touched: set[Block] = set()
        for name, blocks in list(self._names.items()):
            canonical = people.canonical(name)
            if self._canonical.get(name) != canonical:
                self._canonical[name] = canonical
                touched |= blocks
        return touched

    def _resolve(self, block: Block, people: PeopleIndex) -> None:
        members = self._members.get(block, set())
        group = [
            report
            for article in sorted(members)
            for report in self._reports.get(article, ())
            if block_of(report[0]) == block
        ]
        if not group:
            self._members.pop(block, None)
            self._resolved.pop(block, None)
            return
        self._resolved[block] = resolve_block(group, people, self.place_within, self._position)
