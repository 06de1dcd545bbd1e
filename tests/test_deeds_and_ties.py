"""Deeds a question names and two cells of one row it says equally well (round 150's regression checks)."""

from __future__ import annotations

from qa.answer.ambiguity import tied
from qa.answer.idioms import plain_words
from qa.answer.scored import Scored
from qa.answer.verbs import asked_participle, names_deed, says_deed
from qa.models import Fact


def _cell(column: str, value: float) -> Fact:
    return Fact(id=f"d:{column}", doc="d.pdf", line=1, start=0, end=1, raw=f"{value:g}", value=value, quote_start=0,
                quote_end=1, quote="West-Vlaanderen 347 8.192", source="table", table_id="d#t1", caption="Sportkampen",
                row_path=["West-Vlaanderen"], col_path=[column])


def test_took_place_is_read_as_there_were():
    """'vonden er ... plaats' says no word a document has to say ('plaats' was left to meaning)."""
    assert plain_words("Hoeveel sportkampen vonden er in de zomer van 2023 plaats in West-Vlaanderen?") == \
        "Hoeveel sportkampen waren er in de zomer van 2023 in West-Vlaanderen?"
    assert plain_words("Hoeveel evenementen die plaatsvonden in 2023?") == "Hoeveel evenementen die waren in 2023?"
    assert plain_words("Op welke plaats staat Gent?") == "Op welke plaats staat Gent?"


def test_a_tie_between_columns_goes_to_the_head_of_what_is_counted():
    """'Hoeveel sportkampen': 'Aantal kampen' heads the compound, 'Aantal deelnemers' does not; with no counted
    noun (or both heading it) the two stay a coin flip."""
    camps, people = Scored(_cell("Aantal kampen", 347), 0.6, 0.1, 0.0), Scored(_cell("Aantal deelnemers", 8192), 0.6, 0.1, 0.0)
    ranked = [people, camps]
    assert not tied(ranked, "sportkamp") and ranked[0] is camps
    assert tied([people, camps], None)
    assert tied([people, camps], "aanvrag")


def test_the_participle_of_a_passive_question_and_the_sentences_that_say_it():
    question = "Hoeveel dossiers werden er in 2022 ingediend voor de OVAM-premie voor asbestverwijdering?"
    done = asked_participle(question)
    assert done == "ingediend"
    assert says_deed("In 2023 dienden 49 centra samen 57 dossiers in.", done)
    assert says_deed("De indiening van 57 dossiers liep vlot.", done)
    assert not says_deed("De 151 dossiers uit 2022 die eind dat jaar nog in behandeling waren, werden afgerond.", done)
    assert asked_participle("Hoeveel scholen zijn er in Gent?") is None


def test_participles_of_verbs_in_eren_the_dictionary_lacks():
    assert names_deed("Gecontroleerde") and names_deed("geregistreerd") and names_deed("bevonden")
    assert not names_deed("Conform") and not names_deed("kamers")



def test_a_sentence_must_say_the_deed_a_table_of_its_document_labels(tmp_path_factory):
    """tests/data/fresh126 (a helper's written question on the asbestos premium): 'Hoeveel dossiers werden er in 2022
    ingediend?' is not answered by 'De 151 dossiers uit 2022 die eind dat jaar nog in behandeling waren': a table of
    the document counts 'Ingediende aanvragen', so its figures differ by deed and the sentence must say it (it was
    answered once the question's subject line, under its letterhead, made its other words the document's)."""
    from conftest import assistant_on

    assistant = assistant_on(tmp_path_factory, "fresh126")
    answer = assistant.ask("Hoeveel dossiers werden er in 2022 ingediend voor de OVAM-premie voor asbestverwijdering?")
    assert answer.value != 151, answer.answer
