"""The one error ingest raises: a file that cannot be indexed, with a reason a person can act on."""

from __future__ import annotations


class IngestError(Exception):
    """A file that cannot be indexed; str(error) is the reason shown to users."""


def short(exc: BaseException, limit: int = 160) -> str:
    """An exception's message on one line, cut to `limit` characters."""
    text = " ".join(str(exc).split())
    return text if len(text) <= limit else text[:limit] + "…"
