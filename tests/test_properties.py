"""Property tests: number parsing in context, the chunker's offset invariant, the fact span invariant."""

from __future__ import annotations

import hashlib

import pytest
from babel.numbers import format_decimal
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from qa.chunk import MAX_CHARS, chunk_document
from qa.facts import extract_facts
from qa.ingest import join_pages, normalise
from qa.models import Document, line_of
from qa.facts.numbers import find_numbers, parse_number

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
WORDS = st.sampled_from(["budget", "Limburg", "Antwerpen", "overeenkomsten", "werden", "in", "de", "het",
                         "totaal", "VTE", "euro", "procent", "2022", "2023", "(a)", "•", "-", "Tabel", "1.", "?",
                         "<b>", "[x](y)", "é", "ﬁ", "\u00ad", "k euro", "%", "Provincie", "aantal"])


# -- numbers -----------------------------------------------------------------
@SETTINGS
@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False),
       st.sampled_from(["Het budget bedroeg {} euro.", "Limburg {} ", "In totaal: {} VTE", "({})", "{} k euro"]))
def test_dutch_number_in_a_sentence_is_found_with_its_span(number, template) -> None:
    printed = format_decimal(number, format="#,##0.00", locale="nl_BE")
    text = template.format(printed)
    tokens = [t for t in find_numbers(text, "nl") if t.raw == printed]
    assert tokens, (text, find_numbers(text, "nl"))
    token = tokens[0]
    assert text[token.start:token.end] == printed
    assert token.value == pytest.approx(float(number))


@SETTINGS
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=200))
def test_find_numbers_spans_hold_on_any_text(text) -> None:
    previous_end = 0
    for token in find_numbers(text):
        assert text[token.start:token.end] == token.raw and token.raw
        assert token.start >= previous_end, "tokens do not overlap"
        previous_end = token.end


@SETTINGS
@given(st.integers(min_value=-10**12, max_value=10**12))
def test_integers_round_trip_in_both_languages(n: int) -> None:
    assert parse_number(f"{n:,}".replace(",", "."), "nl") == n
    assert parse_number(f"{n:,}", "en") == n
    assert parse_number(str(n), "nl") == n


# -- documents ---------------------------------------------------------------
def _line(words: list[str]) -> str:
    return " ".join(words)


lines = st.lists(WORDS, min_size=0, max_size=25).map(_line)
tables = st.lists(st.tuples(st.sampled_from(["Antwerpen", "Limburg", "Oost-Vlaanderen", "Totaal"]),
                            st.lists(st.integers(0, 99999), min_size=1, max_size=4)),
                  min_size=1, max_size=8).map(
    lambda rows: "Provincie 2021 2022 2023 2024\n" + "\n".join(
        f"{name} " + " ".join(f"{v:,}".replace(",", ".") for v in values) for name, values in rows))
pages = st.lists(st.one_of(lines, tables, st.just(""), st.just("Een lange zin " * 120)), min_size=1, max_size=12) \
    .map("\n".join)


def _document(page_texts: list[str], paged: bool) -> Document:
    normalised = [normalise(p).replace("\f", "\n") for p in page_texts]
    text, starts = join_pages(normalised)
    assume(text.strip())
    return Document(doc="gen.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), text=text,
                    page_starts=starts if paged else [], title="gen")


@SETTINGS
@given(st.lists(pages, min_size=1, max_size=4), st.booleans())
def test_chunk_offsets_are_exact(page_texts: list[str], paged: bool) -> None:
    doc = _document(page_texts, paged and len(page_texts) > 1)
    chunks = chunk_document(doc)
    assert chunks
    for c in chunks:
        assert doc.text[c.start:c.end] == c.text and c.text and c.text == c.text.strip()
        assert len(c.text) <= MAX_CHARS
        assert c.line_start == line_of(doc.text, c.start) and c.line_end == line_of(doc.text, c.end - 1)
        assert c.page == doc.page_of(c.start) == doc.page_of(c.end - 1)
    assert len({c.id for c in chunks}) == len(chunks)
    assert set(doc.text.split()) <= set(" ".join(c.text for c in chunks).split())


@SETTINGS
@given(st.lists(pages, min_size=1, max_size=3), st.booleans())
def test_fact_spans_are_exact(page_texts: list[str], paged: bool) -> None:
    doc = _document(page_texts, paged and len(page_texts) > 1)
    for f in extract_facts(doc):
        assert doc.text[f.start:f.end] == f.raw
        assert doc.text[f.quote_start:f.quote_end] == f.quote
        assert f.quote_start <= f.start < f.end <= f.quote_end
        assert f.line == doc.line_of(f.start)
        assert f.page == doc.page_of(f.start)
        assert f.value == pytest.approx(parse_number(f.raw, "nl") or parse_number(f.raw, "en") or f.value)
