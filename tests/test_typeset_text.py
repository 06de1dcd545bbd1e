"""Text extracted from a PDF whose tables a browser set (tests/data/typeset/): a header that pypdf glues across
cells ('graadaantal bedrag aantal bedrag'), a header of capitalised labels with one of two words, a caption in
millions beside a question in hectares. Where the labels cannot be read, no cell may answer for another."""

from __future__ import annotations

import pytest

from conftest import assistant_on
from qa.answer import Assistant
from qa.answer.admit import fits_unit
from qa.answer.question import parse


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    return assistant_on(tmp_path_factory, "typeset")


def _fact(assistant: Assistant, raw: str):
    return next(f for f in assistant.index.facts if f.raw == raw and f.source == "table")


def test_capitalised_labels_cut_a_header_with_one_cell_more_than_columns(assistant):
    assert _fact(assistant, "201,9").col_path == ["Bedrijven"]
    assert _fact(assistant, "1.259,9").col_path == ["Netto toename"]
    answer = assistant.ask("Hoeveel vermogen plaatsten bedrijven in 2023?")
    assert (answer.kind, answer.value) == ("fact", 201.9)


def test_cells_no_label_tells_apart_answer_nothing(assistant):
    """The amounts asked and paid of one row share every label the reader found: the table says it is unsure and
    the question gets no number rather than the first amount of the row."""
    paid = _fact(assistant, "1.994.218,00")
    assert paid.confidence < 0.8
    answer = assistant.ask("Welk bedrag werd in 2024 uitbetaald in Limburg?")
    assert answer.kind == "not_found", answer.answer


def test_a_question_in_hectares_is_no_question_about_money(assistant):
    q = parse("Hoeveel hectare meer bos werd er in 2023 aangeplant dan in 2022?")
    assert q.unit_hint == "ha"
    money = _fact(assistant, "6,0")
    assert money.unit == "miljoen euro"
    assert not fits_unit(assistant.index, money, q)
    assert fits_unit(assistant.index, money, parse("Hoeveel middelen werden in 2023 vastgelegd voor de aanplant van bos?"))
