"""Narrowing the documents before asking: by type, date range and author, from the documents' headers."""

from __future__ import annotations

from datetime import date

import pytest
from click.testing import CliRunner

from qa.answer import Assistant
from qa.cli import main
from qa.meta import meta_date, parse_meta
from qa.models import DocFilter, DocMeta
from qa.search.scope import passes

STARTED = "Hoeveel AMA WSE-begeleidingsovereenkomsten werden in 2022 in West-Vlaanderen opgestart?"


@pytest.fixture(scope="module")
def assistant(corpus_index) -> Assistant:
    return Assistant(corpus_index)


def test_header_dates_and_the_filter_rules():
    assert meta_date("23 maart 2023") == date(2023, 3, 23) and meta_date("2017-06-13") == date(2017, 6, 13)
    assert meta_date("31 februari 2020") is None and meta_date(None) is None
    meta = parse_meta("Schriftelijke vraag nr. 192292 van 2017-06-13 — antwoord van de Minister van Financiën, belast "
                      "met Bestrijding van de fiscale fraude\n\n1. De FOD ...")
    assert meta.date == "2017-06-13" and meta.minister.startswith("Minister van Financiën")
    written = DocMeta(doc_type="schriftelijke vraag", date="23 maart 2023", questioner="Loes Vandromme",
                      minister="Jo Brouns")
    assert passes(written, DocFilter(doc_type="vraag", since=date(2023, 1, 1), author="brouns"))
    assert not passes(written, DocFilter(until=date(2022, 12, 31)))
    assert not passes(DocMeta(doc_type="verslag"), DocFilter(since=date(2020, 1, 1)))  # no date: outside a range
    assert not DocFilter().active() and DocFilter(author="x").active()


def test_a_filter_narrows_what_answers(assistant):
    assert assistant.ask(STARTED, scope=DocFilter(author="Vandromme")).value == 332
    assert assistant.scope(DocFilter(since=date(2023, 1, 1))) == {"000_f85098453f70527a.txt",
                                                                 "001_baf43fd4eadf702d.txt"}
    # the AMA table is in Loes Vandromme's question: Caroline Gennez's answer does not hold it
    assert assistant.ask(STARTED, scope=DocFilter(author="Gennez")).kind == "not_found"
    hits = assistant.index.search("begroting sociale economie", k=5,
                                  docs=assistant.scope(DocFilter(doc_type="resolutie")))
    assert hits and {h.doc for h in hits} == {"003_fec9433b60b9bde4.txt"}


def test_a_filter_that_leaves_nothing_says_so(assistant):
    answer = assistant.ask(STARTED, scope=DocFilter(since=date(2030, 1, 1)))
    assert answer.kind == "not_found" and "Geen enkel document voldoet aan de filter" in answer.answer
    verdict = assistant.check("In 2022 werden in West-Vlaanderen 332 trajecten opgestart",
                              scope=DocFilter(doc_type="verslag"))
    assert verdict.verdict == "not_in_documents" and "filter" in verdict.answer


def test_cli_filters(corpus_index):
    run = CliRunner().invoke
    out = run(main, ["ask", "--index", str(corpus_index), "--author", "vandromme", "--json", STARTED])
    assert '"value": 332.0' in out.output
    out = run(main, ["search", "--index", str(corpus_index), "--type", "xyz", "budget"])
    assert out.exit_code != 0 and "no document passes the filter" in out.output
    out = run(main, ["check", "--index", str(corpus_index), "--until", "2020-01-01", "In 2022 werden 332 trajecten opgestart"])
    assert "NOT IN THE DOCUMENTS" in out.output
    out = run(main, ["ask", "--index", str(corpus_index), "--since", "2023-13-01", STARTED])
    assert out.exit_code == 2 and "--since" in out.output


def test_an_empty_question_or_claim_is_a_usage_error(tmp_path) -> None:
    """'qa ask ""' said 'Stel een vraag over de documenten.' and exited 0, so a script could not tell it from an
    answer; now it is a usage error (exit 2) before any index is opened."""
    for args in (["ask", ""], ["ask", "   "], ["check", " "]):
        out = CliRunner().invoke(main, [*args, "--index", str(tmp_path / "none")])
        assert out.exit_code == 2 and "give a" in out.output, (args, out.output)
