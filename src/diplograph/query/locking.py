"""Objects that hold a lock and can still be written to a view snapshot (``query.snapshot``)."""

from __future__ import annotations

import threading
from typing import Any


class SnapshotLock:
    """A mixin for a class whose ``_lock`` guards what it builds on first use: pickled without
    the lock, and given a new one when read back."""

    _lock: threading.Lock

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        del state["_lock"]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._lock = threading.Lock()
