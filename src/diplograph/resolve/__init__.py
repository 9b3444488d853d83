"""Extractions -> one graph: people, agreements and events resolved across articles."""
