"""Table round 162 (tests/data/tables162: a statistical annex on agricultural area written by a helper that had
not read the code, scored once before this fix): a matrix with total row, total column and 'waarvan' rows."""

from __future__ import annotations

from pathlib import Path

from qa.audit import audit_document
from qa.ingest import load_document

DATA = Path(__file__).parent / "data" / "tables162"


def test_waarvan_rows_are_no_parts_of_the_grand_total():
    """Planted: Aardappelen 52.416 where its provinces give 51.416, so the Flemish total no longer adds up over
    the crops either. The total was reported against the two 'waarvan' rows of Maïs (161.220), a part of one crop,
    not against the crops."""
    name = "bijlageB_landbouwareaal2023.pdf"
    found = {(f.stated, f.computed) for f in audit_document(load_document(DATA / name, DATA))}
    assert found == {(52416, 51416), (625036, 626036)}, found
