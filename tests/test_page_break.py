"""A table whose caption and header end one page and whose rows start the next under the header printed again,
with a 'waarvan' column (tests/data/pagebreak, a PDF written for these tests; the class was seen in round 130,
whose Limburg question found no caption and abstained)."""

from __future__ import annotations

import pytest

from conftest import assistant_on


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_on(tmp_path_factory, "pagebreak")


def test_the_rows_on_the_next_page_keep_the_caption_of_the_page_before(assistant):
    cells = [f for f in assistant.index.facts if f.raw == "287"]
    assert cells and cells[0].page == 2 and cells[0].caption.startswith("Tabel 1. Publieke fietsherstelpunten"), cells


def test_a_part_column_answers_only_a_question_that_names_the_part(assistant):
    """'waarvan overdekte herstelpunten' is a part of the points at the end of 2023: the question about all of
    them gets the whole column (the code before gave the covered ones, 61), the one about covered points the part."""
    answer = assistant.ask("Hoeveel publieke herstelpunten waren er eind 2023 in Limburg?")
    assert answer.value == 287, answer.answer
    assert assistant.ask("Hoeveel overdekte herstelpunten waren er eind 2023 in Limburg?").value == 61
