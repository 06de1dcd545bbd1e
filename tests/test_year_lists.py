"""A year list written inline in an answer (tests/data/yearlists, written for these tests): cells that lost
their spaces in extraction ('2013: 842014: 112') are split at the next year, every count is labelled by what
the list counts (the words before its first year, or the sentence before it), not by the cell before it."""

from __future__ import annotations

import pytest

from qa.facts.numbers import find_numbers

from conftest import DATA, assistant_on


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_on(tmp_path_factory, "yearlists")


def test_glued_cells_are_split_at_the_next_year():
    text = "1. Het aantal aanvragen per jaar:2013: 842014: 1122015: 1032016: 1762. Het aantal gevallen:2013: 312014: 47"
    found = [(t.raw, t.kind) for t in find_numbers(text)]
    assert found == [("1", "enum"), ("2013", "year"), ("84", "measure"), ("2014", "year"), ("112", "measure"),
                     ("2015", "year"), ("103", "measure"), ("2016", "year"), ("176", "measure"), ("2", "enum"),
                     ("2013", "year"), ("31", "measure"), ("2014", "year"), ("47", "measure")]
    # a number that merely ends in a year is left alone: no list, or not the year after the one before
    assert [t.raw for t in find_numbers("In 2016 waren er 122015 bezoekers.")] == ["2016", "122015"]
    assert [t.raw for t in find_numbers("2013: 842019: 12")][:2] == ["2013", "842019"]


def test_every_count_is_labelled_by_what_its_list_counts(assistant):
    facts = {(f.raw, f.year): f for f in assistant.index.facts}
    assert "afkeurde" in facts[("47", "2014")].measure  # not 'herkeuring': the list it is in
    assert "herkeuring" in facts[("112", "2014")].measure
    deferred = facts[("615", "2014")].measure  # the sentence before, not the cell 'niet beschikbaar' before it
    assert "keuringslijn" in deferred and "beschikbaar" not in deferred
    assert "processen-verbaal" in facts[("9", "2013")].measure and "301" not in facts[("9", "2013")].measure
    assert not any(f.value in (842014, 1762, 312014) for f in assistant.index.facts)


def test_a_year_of_the_list_is_answered(assistant):
    a = assistant.ask("Hoeveel keuringen werden in 2015 verplaatst wegens een defect aan de keuringslijn?")
    assert a.kind == "fact" and a.value == 288, a.answer
    a = assistant.ask("Hoeveel voertuigen keurde het keuringscentrum af in 2016?")
    assert a.kind == "fact" and a.value == 52, a.answer
    assert (DATA / "yearlists").is_dir()


def test_a_one_line_answer_has_numbered_items(assistant):
    """'... 431 verzoeken. 2. Aantal ingewilligde verzoeken: ...': the items of an answer written as one line
    are its parts; what item 2 says ('toegekend') is not said of item 1's figures."""
    from qa.answer.frames import item_marks

    text = (DATA / "yearlists" / "sv_530_tegemoetkomingen.txt").read_text(encoding="utf-8")
    assert [label for _, _, label in item_marks(text)] == ["1.", "2.", "3.", "4."]
    facts = {(f.raw, f.year): f for f in assistant.index.facts if f.doc.startswith("sv_530")}
    assert "ingediende verzoeken" in facts[("455", "2015")].measure
    assert "ingewilligde verzoeken" in facts[("262", "2015")].measure  # its list, not the cell before it
    a = assistant.ask("Hoeveel verzoeken tot tegemoetkoming werden in 2015 ingediend?")
    assert a.kind == "fact" and a.value == 455, a.answer
    for q in ("Hoeveel verzoeken tot tegemoetkoming werden in 2015 toegekend?",
              "How many requests for assistance to victims were granted in 2015?"):
        a = assistant.ask(q)
        assert a.value != 455, a.answer  # the filed requests are no answer to what was granted
    a = assistant.ask("How many requests for assistance to victims were filed in 2015?")
    assert a.kind == "fact" and a.value == 455, a.answer  # 'requests' is 'verzoeken' as well as 'aanvragen'
