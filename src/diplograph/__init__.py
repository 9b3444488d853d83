"""diplograph: a cited, temporal knowledge graph of international relations from dated news."""

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
__version__ = "0.1.0"
