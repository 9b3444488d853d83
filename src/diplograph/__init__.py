"""diplograph: a cited, temporal knowledge graph of international relations from dated news."""

from importlib import metadata as _metadata

from diplograph.config import Settings
from diplograph.graph import Graph, open
from diplograph.models import Article, Event, Evidence, Extraction, Fact, Problem

__all__ = [
    "Article",
    "Event",
    "Evidence",
    "Extraction",
    "Fact",
    "Graph",
    "Problem",
    "Settings",
    "open",
]
try:  # one version, written in pyproject.toml and read from the installed package's metadata
    __version__ = _metadata.version("diplograph")
except _metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
