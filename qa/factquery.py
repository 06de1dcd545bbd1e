"""Listing and filtering the fact table (`qa facts`, the UI's fact explorer)."""

from __future__ import annotations

import numpy as np

from .retrieve import Index

FIELDS = ["doc", "page", "line", "start", "end", "raw", "value", "unit", "caption", "row", "column", "year", "region",
          "measure", "is_total", "total_ok", "source", "quote"]


def fact_rows(index: Index, query: str | None = None, doc: str | None = None, year: str | None = None,
              region: str | None = None, limit: int | None = 50) -> list[dict]:
    """Facts as plain dicts with FIELDS, filtered, and ranked by `query` when one is given."""
    order = list(range(len(index.facts)))
    if query:
        scores = index.fact_scores(query)
        order = [int(i) for i in np.argsort(-scores) if scores[i] > 0]
    rows = []
    for i in order:
        f = index.facts[i]
        if doc and f.doc != doc:
            continue
        if year and f.year != str(year):
            continue
        if region and f.region != region:
            continue
        row = {k: getattr(f, k) for k in FIELDS}
        rows.append(row)
        if limit and len(rows) >= limit:
            break
    return rows
