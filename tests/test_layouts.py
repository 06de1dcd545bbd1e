"""Text tables in layouts written for these tests (tests/data/layouts/): a group header over repeated years
in the same block as the stub, row labels wrapped onto the line after their values, units said only in the
table's caption, a 'Tabel N:' title that is no group header, and a sentence about several regions together
checked against the total column. Questions must reach the cell whose group they name."""

from __future__ import annotations

import pytest

from conftest import assistant_on
from qa.answer import Assistant
from qa.audit import audit_index


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    return assistant_on(tmp_path_factory, "layouts")


def _cell(assistant: Assistant, raw: str):
    return next(f for f in assistant.index.facts if f.raw == raw and f.source == "table")


def test_group_header_over_repeated_years(assistant):
    assert _cell(assistant, "98,7").col_path == ["Ruiming", "2023"]
    assert _cell(assistant, "55,1").col_path == ["Herstel", "2024"]
    assert _cell(assistant, "98,7").row_path == ["Limburg"]


def test_a_label_wrapped_after_its_values(assistant):
    cell = _cell(assistant, "1.245,9")
    assert cell.row_path == ["Intergemeentelijke samenwerkingsverbanden en rioolbedrijven"]
    assert cell.col_path == ["2023"] and cell.value == 1245.9
    polders = _cell(assistant, "402,5")
    assert polders.row_path == ["Polders en wateringen voor de onbevaarbare waterlopen"]
    assert polders.col_path == ["2022"]  # not shifted a column by the label's 'voor'


def test_units_from_the_caption(assistant):
    assert _cell(assistant, "98,7").unit == "km"
    assert _cell(assistant, "2.411,6").unit == "k euro"


def test_totals_hold_and_the_table_title_is_no_group(assistant):
    assert all(f.total_ok for f in assistant.index.facts if f.is_total)
    assert not any("Tabel" in p for f in assistant.index.facts for p in f.col_path)


def test_questions_reach_the_named_group(assistant):
    assert assistant.ask("Hoeveel kilometer waterloop werd in 2023 in Limburg geruimd?").value == 98.7
    assert assistant.ask("Hoeveel kilometer waterloop werd in 2024 in Limburg hersteld?").value == 55.1
    assert assistant.ask("Hoeveel subsidie kregen de polders en wateringen in 2023?").value == 415.0


def test_a_sentence_about_regions_together_is_checked_against_the_total(assistant):
    findings = audit_index(assistant.index)
    assert [(f.kind, f.stated, f.computed) for f in findings] == [("duplicate", 37.0, 35.0)]


def test_a_range_of_years_under_a_sum_word_adds_every_year(assistant):
    answer = assistant.ask("Hoeveel subsidie kregen de gemeentelijke rioolbeheerders in totaal over 2022 tot en met 2024?")
    assert answer.kind == "computed" and answer.value == pytest.approx(7810.0)
    two = assistant.ask("Hoeveel subsidie kregen de gemeentelijke rioolbeheerders in 2022 en 2023 samen?")
    assert two.value == pytest.approx(5019.9)


def test_how_much_higher_than_is_a_difference(assistant):
    answer = assistant.ask("Hoeveel hoger lag de ruiming in West-Vlaanderen in 2023 dan in 2024?")
    assert answer.kind == "computed" and answer.value == pytest.approx(13.6)


def test_an_empty_cell_is_no_number(assistant):
    answer = assistant.ask("Hoeveel meetstations telde Limburg in 2022?")
    assert answer.kind == "not_found" and "'/'" in answer.answer
    assert assistant.ask("Hoeveel meetstations telde Antwerpen in 2022?").value == 16
