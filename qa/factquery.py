"""Listing and filtering the fact table (`qa facts`, the UI's fact explorer)."""

from __future__ import annotations

import numpy as np

from .models import TableInfo
from .search.retrieve import Index

FIELDS = ["doc", "page", "line", "start", "end", "raw", "value", "unit", "caption", "row", "column", "year", "region",
          "measure", "is_total", "total_ok", "source", "quote", "row_path", "col_path", "table_id", "empty",
          "confidence", "reader"]


def fact_rows(index: Index, query: str | None = None, doc: str | None = None, year: str | None = None,
              region: str | None = None, limit: int | None = 50, as_text: bool = False) -> list[dict]:
    """Facts as plain dicts with FIELDS, filtered, and ranked by `query` when one is given.

    With `as_text` the header paths are joined with " > " (for CSV); otherwise they stay lists.
    """
    if query:
        scores = index.fact_scores(query)
        ranked = (index.facts[int(i)] for i in np.argsort(-scores) if scores[i] > 0)
    else:
        ranked = iter(index.facts)  # streamed from the fact table, in document order
    rows = []
    for f in ranked:
        if doc and f.doc != doc:
            continue
        if year and f.year != str(year):
            continue
        if region and f.region != region:
            continue
        row = {k: getattr(f, k) for k in FIELDS}
        if as_text:
            row["row_path"], row["col_path"] = " > ".join(f.row_path), " > ".join(f.col_path)
        rows.append(row)
        if limit and len(rows) >= limit:
            break
    return rows


def table_rows(tables: list[TableInfo], doc: str | None = None) -> list[dict]:
    """Each table with its caption, place and dimensions (the values along its header paths)."""
    return [t.model_dump(include={"id", "doc", "reader", "page", "line_start", "line_end", "number", "caption",
                                  "heading", "stub", "dimensions", "confidence"})
            for t in tables if not doc or t.doc == doc]


def dimension_text(dim: dict) -> str:
    name = dim.get("name") or ("rijen" if dim["axis"] == "row" else f"kolommen niveau {dim['level'] + 1}")
    values = dim["values"]
    shown = ", ".join(values[:12]) + (f", … ({len(values)})" if len(values) > 12 else "")
    return f"{name}: {shown}"
