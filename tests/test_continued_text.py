"""A table in extracted text continued under 'Tabel 4.2 (vervolg)', with signed changes ('+13,6'), a group
row right under the header, wrapped subtotal labels and a header with bracketed units (tests/data/continued,
written for these tests): one table, its rows labelled, and the audit checking it as one."""

from __future__ import annotations

import pytest

from qa.audit import audit_document
from qa.facts.extract import extract_all
from qa.ingest import load_document

from conftest import DATA


@pytest.fixture(scope="module")
def read():
    doc = load_document(DATA / "continued" / "jaarverslag_vervoer.txt", DATA / "continued")
    facts, tables = extract_all(doc)
    return doc, facts, tables


def _cell(facts, raw: str, col: str):
    found = [f for f in facts if f.raw == raw and f.source == "table" and f.col_path[-1:] == [col]]
    assert len(found) == 1, [(f.raw, f.row_path, f.col_path, f.source) for f in facts if f.raw == raw]
    return found[0]


def test_signed_changes_keep_their_row_and_the_group_under_the_header(read):
    _, facts, _ = read
    cell = _cell(facts, "3.412", "2022")
    assert cell.row_path == ["Dienstverlening onderweg", "Vertraging"]
    assert _cell(facts, "13,6", "Evolutie (%)").row_path == cell.row_path


def test_the_continued_part_is_the_same_table(read):
    _, facts, tables = read
    first, later = _cell(facts, "3.412", "2022"), _cell(facts, "987", "2022")
    assert later.table_id == first.table_id and later.caption == first.caption
    assert later.row_path == ["Dienstverlening onderweg", "Onvriendelijk personeel"]  # its group goes on
    assert _cell(facts, "512", "2022").row_path == ["Tickets en informatie", "Defecte automaat"]
    assert len([t for t in tables if t.caption.startswith("Tabel 4.2")]) == 1


def test_bracketed_units_in_a_header_line(read):
    _, facts, _ = read
    assert _cell(facts, "27,8", "Aandeel (%)").unit == "%"
    assert _cell(facts, "61.204", "Bedrag (euro)").unit == "euro"


def test_audit_checks_the_joined_table_and_the_sentence_that_misstates_its_total(read):
    doc, facts, _ = read
    findings = audit_document(doc, facts)
    assert [(f.kind, sorted(v.raw for v in f.values)) for f in findings] == [("duplicate", ["9.767", "9.776"])]


def test_parts_wrapped_labels_and_empty_rows(read):
    _, facts, _ = read
    # 'waarvan ...' in lower case opens the next row's label: a part, never summed with its parent
    assert _cell(facts, "298", "2021").row_path[-1] == "waarvan elektrische fiets (tot 25 km/u)"
    assert _cell(facts, "39", "2021").row_path[-1] == ("Gebruikers van gemotoriseerde voortbewegingstoestellen "
                                                        "(elektrische steps, hoverboards, monowielen en dergelijke)")
    # a number in brackets belongs to the label; the header's 'Aandeel 2023 (%)' and 'Verschil 2023- 2022'
    # are one column each
    cell = _cell(facts, "118", "2021")
    assert cell.row_path[-1].endswith("(lichter en zwaarder dan 3,5 ton)")
    assert _cell(facts, "6,7", "Aandeel 2023 (%)").row_path == cell.row_path
    assert [f.raw for f in facts if f.row_path[-1:] == ["Bestuurders van trekkers"]] == ["x"] * 5


def test_a_currency_sign_and_a_change_sign_before_the_amount(read):
    _, facts, _ = read
    change = _cell(facts, "6.600.000", "Verschil")
    assert change.value == -6600000 and change.unit == "euro"
    assert _cell(facts, "68.200.000", "Begroting 2024").unit == "euro"


def test_a_header_printed_again_after_a_page_break_goes_on_with_its_table(tmp_path_factory):
    """No '(vervolg)' title: the same header over more rows on the next page continues the table, so its rows keep
    the caption's year and unit ('Tabel 1. Budgettaire uitvoering 2023 (in duizend euro)'), and 'ICT²' is the row
    'ICT' with a footnote. tests/data/repeatedheader was written for this test (r74T: a subtotal of the first
    page answered for 'werkingsmiddelen en ICT')."""
    from conftest import assistant_on

    assistant = assistant_on(tmp_path_factory, "repeatedheader")
    cells = {f.row_path[-1]: f for f in assistant.index.facts if f.col_path == ["Aangepast krediet"]}
    ict = cells["Werkingsmiddelen en ICT"]
    assert ict.year == "2023" and ict.unit == "k euro" and ict.table_id == cells["Landelijke musea"].table_id
    assert cells["Personeel"].row_path == ["Werking van het agentschap", "Personeel"]
    answer = assistant.ask("Wat was het aangepaste krediet voor werkingsmiddelen en ICT in 2023?")
    assert answer.kind == "fact" and answer.value == 3_900, answer.answer
