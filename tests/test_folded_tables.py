"""A long list folded into two blocks side by side ('District km Investering | District km Investering'), a
footnote mark set small and raised right after a cell ('63,5' and a raised '3', which the text prints '63,53'),
and one in brackets ('70,8 (1)').

The PDF is drawn by `tests/pdfmaker.py` at real positions. Each block's rows get their own labels, the total
of the second block is the whole table's, and the marked cell keeps its own value.
"""

from __future__ import annotations

import pytest

from qa.audit import audit_document
from qa.facts.extract import extract_all
from qa.ingest import load_document

from pdfmaker import Page, make_pdf, text_width

LEFT = [("Aalst", "9,4", "7,8"), ("Brecht", "6,1", "4,2"), ("Geel", "8,7", "5,9"), ("Ranst", "5,3", "4,4")]
RIGHT = [("Gent", "11,6", "9,3"), ("Eeklo", "4,9", "3,1"), ("Brugge", "8,3", "6,2"), ("Totaal", "54,3", "40,9")]


def _pdf() -> bytes:
    page = Page()
    page.line("Jaarverslag fietspaden 2023", size=11, gap=20)
    page.line("In 2023 werden 54,3 km fietspaden heraangelegd in zeven districten van het gewest.", gap=20)
    page.line("Tabel 2: Heraangelegde fietspaden per district, 2023", gap=18)
    for x0 in (60, 300):  # two blocks with the same header
        page.text(x0, page.y, "District")
        page.text(x0 + 110, page.y, "km", right=True)
        page.text(x0 + 200, page.y, "Investering", right=True)
    page.y += 18
    for (a, ka, ia), (b, kb, ib) in zip(LEFT, RIGHT):
        for x0, label, km, inv in ((60, a, ka, ia), (300, b, kb, ib)):
            page.text(x0, page.y, label)
            page.text(x0 + 110, page.y, km, right=True)
            page.text(x0 + 200, page.y, f"€ {inv} mln", right=True)
        page.y += 16
    page.y += 20
    page.line("Tabel 3: Toestand van het wegdek per provincie, 2023", gap=18)
    page.text(60, page.y, "Provincie")
    page.text(300, page.y, "Goede staat (%)", right=True)
    page.text(400, page.y, "Ongevallen", right=True)
    page.y += 18
    for label, share, accidents, mark in (("Antwerpen", "71,4", "2.846", ""), ("Limburg", "66,9", "1.523", ""),
                                          ("Vlaams-Brabant", "63,5", "2.017", "3"), ("West-Vlaanderen", "70,8 (1)", "2.205", "")):
        page.text(60, page.y, label)
        page.text(300, page.y, share, right=True)
        if mark:  # set small and raised, right against the cell (Helvetica digits are 0.556 em, the comma 0.278)
            page.text(300 - text_width(share, 9) + 9 * (0.556 * 3 + 0.278), page.y - 3, mark, size=6)
        page.text(400, page.y, accidents, right=True)
        page.y += 16
    page.y += 10
    page.line("3 Meting op 84 % van het netwerk wegens werken aan de Ring.", size=7)
    return make_pdf([page])


@pytest.fixture(scope="module")
def facts(tmp_path_factory):
    root = tmp_path_factory.mktemp("folded")
    (root / "fietspaden.pdf").write_bytes(_pdf())
    doc = load_document(root / "fietspaden.pdf", root)
    return doc, extract_all(doc)[0]


def _cells(facts, raw: str) -> list:
    return [f for f in facts[1] if f.raw == raw and f.row_path]


@pytest.mark.parametrize("label,km", [(r[0], r[1]) for r in LEFT + RIGHT])
def test_each_block_row_keeps_its_label(facts, label, km):
    cells = _cells(facts, km)
    assert [(c.row_path, c.col_path) for c in cells] == [([label], ["km"])]


def test_second_block_amounts_are_under_their_own_header(facts):
    assert [(c.row_path, c.col_path) for c in _cells(facts, "9,3")] == [(["Gent"], ["Investering"])]


def test_the_blocks_are_one_table_whose_total_adds_up(facts):
    doc, found = facts
    assert len({f.table_id for f in found if f.col_path == ["km"]}) == 1
    assert [f for f in audit_document(doc, found) if "Totaal" in f.message] == []


def test_raised_footnote_mark_is_not_part_of_the_cell(facts):
    cells = [f for f in facts[1] if f.row_path == ["Vlaams-Brabant"] and f.col_path == ["Goede staat (%)"]]
    assert [(c.raw, c.value) for c in cells] == [("63,5", 63.5)]


def test_a_footnote_mark_in_brackets_after_a_cell_is_not_its_value(facts):
    cells = [f for f in facts[1] if f.row_path == ["West-Vlaanderen"] and f.col_path == ["Goede staat (%)"]]
    assert [(c.raw, c.value) for c in cells] == [("70,8", 70.8)]
