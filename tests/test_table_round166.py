"""Table round 166 (tests/data/tables166: three table documents written by a helper that had not read the code,
scored once before these fixes): years over 'aantal | %' beside a wrapped one-column header, two-line column
labels beside one whose 'j' sets a taller box, a merged header over a numbered series, footnote digits on row
labels, and a sentence that names a group by its number."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import assistant_on
from qa.audit import audit_path
from qa.facts.grid import geometry_tables
from qa.ingest import load_document

DATA = Path(__file__).parent / "data" / "tables166"


def _table(name: str, caption: str):
    return next(t for t in geometry_tables(load_document(DATA / name, DATA)) if caption in t.caption)


def test_years_over_pairs_beside_a_wrapped_change_column():
    """'2022 2023 2024 verschil' over 'aantal % aantal % aantal % 2023-2024': the 2024 share is 2024's, not the
    change column's ('verschil' overlapped its region by two points and took it)."""
    table = _table("zwerfkatten_sterilisatie.pdf", "Gesteriliseerde zwerfkatten")
    assert table.columns[-3:] == [["2024", "aantal"], ["2024", "%"], ["verschil", "2023-2024"]], table.columns


def test_two_line_labels_beside_a_taller_box():
    """'Officieel' / 'gesubsidieerd' is one label like 'Vrij' / 'gesubsidieerd' beside it; it does not head GO!."""
    table = _table("waterverbruik_scholen.pdf", "per kwartaal en onderwijsnet")
    assert table.columns == [["GO!"], ["Officieel gesubsidieerd"], ["Vrij gesubsidieerd"], ["Alle netten"]], \
        table.columns


def test_a_merged_header_over_a_numbered_series():
    """'Prioriteitengroep' centred over 'groep 1 | groep 2 | groep 3' heads all three, not only the middle one, and
    not the 'Totaal' beside them."""
    table = _table("wachtlijsten_woonondersteuning.pdf", "Personen op de wachtlijst")
    assert table.columns == [["Prioriteitengroep", "groep 1"], ["Prioriteitengroep", "groep 2"],
                             ["Prioriteitengroep", "groep 3"], ["Totaal"]], table.columns


def test_footnote_digit_leaves_the_row_label():
    """'Limburg²' is Limburg, not 'Limburg2' (which named no province)."""
    table = _table("zwerfkatten_sterilisatie.pdf", "Gesteriliseerde zwerfkatten")
    assert ["Limburg"] in [list(r) for r in table.rows], table.rows


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    return assistant_on(tmp_path_factory, "tables166")


def test_share_of_a_year_in_english(tables):
    answer = tables.ask("What percentage of the registered stray cats was sterilised in Limburg in 2024?")
    assert answer.kind == "fact" and answer.value == 56.3, answer.answer


def test_with_column_counts_the_sibling_noun(tables):
    """'met waterbesparende kranen' beside 'Vestigingsplaatsen' counts sites (those with such taps): the sibling
    column labelled with the counted noun does not take the question away from it."""
    answer = tables.ask("Hoeveel vestigingsplaatsen van het vrij gesubsidieerd basisonderwijs hebben "
                        "waterbesparende kranen?")
    assert answer.kind == "fact" and answer.value == 935, answer.answer


def test_english_compound_modifier(tables):
    """'residential place' is the document's 'woonplaats': the modifier of a compound the documents have is no
    word left unchecked."""
    answer = tables.ask("How many minors in priority group 1 were on the waiting list for a residential place in "
                        "the Antwerpen region?")
    assert answer.kind == "fact" and answer.value == 58, answer.answer


def test_a_group_number_is_no_count():
    """'in prioriteitengroep 3' names a group: the audit no longer sets a '3' against the table's 14.903, and it
    still finds both contradictions the helper planted."""
    findings = audit_path(DATA)
    kinds = sorted((f.kind, f.doc) for f in findings)
    assert ("duplicate", "wachtlijsten_woonondersteuning.pdf") not in kinds, kinds
    assert ("duplicate", "zwerfkatten_sterilisatie.pdf") in kinds and ("total", "waterverbruik_scholen.pdf") in kinds
