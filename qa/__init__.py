"""Exact, cited answers from Flemish parliamentary and policy documents."""

from __future__ import annotations

__all__ = ["Assistant", "Index"]


def __getattr__(name: str):
    """Lazy: `import qa` stays instant; the index and models load only when used."""
    if name == "Assistant":
        from .answer import Assistant

        return Assistant
    if name == "Index":
        from .search.retrieve import Index

        return Index
    raise AttributeError(name)
