"""Words of a question read against a table's cells: a money compound ('premiegeld') said by an amount column
and the premiums of the caption, the verb after the counted noun ('Hoeveel premiegeld ging er ...') no part of
it, an English cognate spelled the English way ('archaeology' / 'Archeologiepremie'), a hyphenated compound
the table writes closed ('bodem-water' / 'bodemwaterwarmtepomp'), a caption's time unit '(in kalenderdagen)',
a header row of the same words repeated under the years, and 'waarvan' rows with no whole above them.
The document in tests/data/table_words was written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import assistant_on
from qa.facts.extract import extract_all
from qa.ingest import load_document

DOC = Path(__file__).parent / "data" / "table_words" / "premies_2023.txt"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_on(tmp_path_factory, "table_words")


@pytest.fixture(scope="module")
def facts():
    return [f for f in extract_all(load_document(DOC, DOC.parent))[0] if f.source == "table"]


def _cell(facts, raw: str):
    found = [f for f in facts if f.raw == raw]
    assert len(found) == 1, [(f.raw, f.row_path, f.col_path) for f in found]
    return found[0]


def test_a_money_compound_asks_the_amount_column(assistant):
    answer = assistant.ask("Hoeveel premiegeld ging er in 2023 naar torens en molens?")
    assert answer.kind == "fact" and answer.value == 9100200


def test_an_english_cognate_spelled_the_english_way(assistant):
    answer = assistant.ask("How long, on average, did it take in 2022 to process an application for an archaeology premium?")
    assert answer.kind == "fact" and answer.value == 59 and answer.unit == "dagen"


def test_a_hyphenated_compound_written_closed_in_the_table(assistant):
    answer = assistant.ask("How many applications for a ground-source (bodem-water) heat pump were filed in 2023 in total?")
    assert answer.kind == "fact" and answer.value == 1347


def test_a_caption_in_calendar_days_gives_its_cells_their_unit(facts):
    assert _cell(facts, "171").unit == "dagen"


def test_a_repeated_header_row_under_the_years_is_the_lower_level(facts):
    assert _cell(facts, "21,9").col_path == ["2022", "Besteed"]
    assert _cell(facts, "15,0").col_path == ["2023", "Begroot"]


def test_waarvan_rows_with_no_whole_above_are_siblings(facts):
    assert _cell(facts, "344").row_path == ["waarvan bodemwaterwarmtepomp"]
    assert _cell(facts, "120").row_path == ["waarvan hybride warmtepomp"]
