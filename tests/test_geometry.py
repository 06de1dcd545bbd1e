"""Tables read from PDF geometry: each layout class on documents written for these tests.

The PDFs are made by `tests/pdfmaker.py` with cells at real positions (right-
aligned values, headers centred over their columns, labels wrapped onto the
value's last line), then go through the same ingest and extraction as any PDF.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from qa.audit import audit_document
from qa.facts.extract import extract_all
from qa.ingest import load_document
from qa.models import Fact

from pdfmaker import Page, make_pdf, table

ROOT = Path(__file__).resolve().parent.parent


def _budget_page() -> Page:
    page = Page()
    page.line("BEGROTINGSUITVOERING 2024", size=11, gap=20)
    page.line("De tabellen hieronder geven de uitvoering van de begroting weer.", gap=22)
    table(page, "Tabel 1: Begrotingsuitvoering per artikel (duizend euro)",
          [[("VAK", 0, 2), ("VEK", 3, 5)],
           [("Artikel", -1, -1), ("BA 2024", 0, 0), ("BA-JR 2024", 1, 1), ("BU 2024", 2, 2),
            ("BA 2024", 3, 3), ("BA-JR 2024", 4, 4), ("BU 2024", 5, 5)]],
          [(["Werkingsmiddelen"], ["41.250", "43.118", "41.832", "41.250", "42.604", "40.977"]),
           (["Toelagen aan", "lokale besturen"], ["12.450", "12.450", "11.987", "12.450", "12.450", "11.702"]),
           (["Totaal"], ["53.700", "55.568", "53.819", "53.700", "55.054", "52.679"])],
          col_w=55)
    page.line("In het derde kwartaal lag het aantal uren telkens lager.", gap=22)
    table(page, "Tabel 2: Gepresteerde uren per kwartaal en per provincie",
          [[("2022", 0, 3), ("2023", 4, 7)],
           [("Provincie", -1, -1)] + [(f"K{q}", j, j) for j, q in enumerate([1, 2, 3, 4, 1, 2, 3, 4])]],
          [(["Antwerpen"], ["118.425", "124.310", "109.872", "121.648", "127.903", "133.412", "115.287", "130.064"]),
           (["Limburg"], ["52.318", "55.104", "48.762", "54.209", "57.436", "59.871", "51.903", "58.320"]),
           (["Totaal"], ["170.743", "179.414", "158.634", "175.857", "185.339", "193.283", "167.190", "188.384"])],
          x_first=150, col_w=50)
    return page


def _counts_page() -> Page:
    page = Page()
    page.line("SCHRIFTELIJKE VRAAG nr. 12 van 3 maart 2024", size=11, gap=20)
    table(page, "Tabel 1: Deelnemers per jaar en per provincie",
          [[("Jaar", -1, -1), ("Antwerpen", 0, 0), ("Limburg", 1, 1), ("Vlaanderen", 2, 2)]],
          [(["2021"], ["5.689", "2.544", "8.233"]), (["2022"], ["6.214", "2.811", "9.025"]),
           (["2023"], ["6.538", "2.976", "9.514"])],
          x_first=160, col_w=80)
    page.line("Het teken '/' betekent dat er geen gegevens zijn, 'n.v.t.' dat het project niet liep.", gap=22)
    table(page, "Tabel 2: Gestarte trajecten per doelgroep",
          [[("Doelgroep", -1, -1), ("2021", 0, 0), ("2022", 1, 1), ("2023", 2, 2), ("Totaal", 3, 3)]],
          [(["Werkzoekenden zonder", "diploma secundair", "onderwijs"], ["3.105", "3.498", "3.611", "10.214"]),
           (["Ex-gedetineerden", "(pilootproject)"], ["n.v.t.", "37", "-", "37"]),
           (["Leefloongerechtigden"], ["388", "/", "431", "819"]),
           (["Totaal"], ["3.493", "3.535", "4.042", "11.070"])],
          x_first=200, col_w=65)
    table(page, "Tabel 3: Erkende organisaties",
          [[("Organisatie", -1, -1), ("2022", 0, 0), ("2023", 1, 1)]],
          [(["Maatwerkbedrijven"], ["", ""]), (["  Antwerpen"], ["41", "43"]), (["  Limburg"], ["22", "25"]),
           (["Lokale diensteneconomie"], ["", ""]), (["  Antwerpen"], ["30", "31"]),
           (["  waarvan nieuw"], ["4", "6"])],
          x_first=220, col_w=70)
    table(page, "Tabel 4: Vastgelegde bedragen (euro)",
          [[("Instrument", -1, -1), ("Vastgelegd 2023", 0, 0), ("Vastgelegd 2024", 1, 1)]],
          [(["Opleidingsverlof"], ["66.261.029,00€", "71.843.402,00€"]),
           (["Loopbaancheques"], ["9.874.300,00€", "10.112.450,00€"]),
           (["Totaal"], ["76.135.329,00€", "81.955.852,00€"])],
          x_first=200, col_w=110)
    return page


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> dict[str, tuple]:
    root = tmp_path_factory.mktemp("geo")
    out = {}
    for name, page in (("budget.pdf", _budget_page()), ("counts.pdf", _counts_page())):
        (root / name).write_bytes(make_pdf([page]))
        doc = load_document(root / name, root)
        facts, tables = extract_all(doc)
        out[name] = (doc, facts, tables)
    return out


def _cell(facts: list[Fact], row: list[str], col: list[str]) -> Fact:
    found = [f for f in facts if f.row_path == row and f.col_path == col]
    assert len(found) == 1, f"{row} {col}: {[(f.raw, f.row_path, f.col_path) for f in facts][:40]}"
    return found[0]


def test_every_geometry_cell_quotes_the_text_of_record(docs):
    for doc, facts, _ in docs.values():
        geo = [f for f in facts if f.reader == "geometry"]
        assert len(geo) >= 30
        for f in geo:
            assert doc.text[f.start:f.end] == f.raw
            assert doc.text[f.quote_start:f.quote_end] == f.quote and f.quote_start <= f.start < f.quote_end


def test_two_level_column_headers(docs):
    _, facts, _ = docs["budget.pdf"]
    assert _cell(facts, ["Werkingsmiddelen"], ["VEK", "BU 2024"]).value == 40977
    assert _cell(facts, ["Werkingsmiddelen"], ["VAK", "BA-JR 2024"]).value == 43118
    wrapped = _cell(facts, ["Toelagen aan lokale besturen"], ["VEK", "BU 2024"])
    assert wrapped.value == 11702 and wrapped.unit == "k euro" and wrapped.scale == 1000


def test_quarters_under_years(docs):
    _, facts, tables = docs["budget.pdf"]
    assert _cell(facts, ["Limburg"], ["2023", "K3"]).value == 51903
    assert _cell(facts, ["Limburg"], ["2022", "K1"]).value == 52318
    quarters = next(t for t in tables if t.number == "2")
    names = {d["name"]: d["values"] for d in quarters.dimensions}
    assert names["kwartaal"] == ["K1", "K2", "K3", "K4"] and names["jaar"] == ["2022", "2023"]
    assert quarters.caption.startswith("Tabel 2") and quarters.reader == "geometry"


def test_transposed_table_years_down_the_rows(docs):
    _, facts, tables = docs["counts.pdf"]
    cell = _cell(facts, ["2022"], ["Limburg"])
    assert cell.value == 2811 and cell.year == "2022" and cell.region == "Limburg"
    first = next(t for t in tables if t.number == "1")
    assert first.stub == "Jaar" and {"values": ["2021", "2022", "2023"]}.items() <= next(
        d for d in first.dimensions if d["axis"] == "row").items()


def test_wrapped_labels_and_empty_markers(docs):
    _, facts, _ = docs["counts.pdf"]
    assert _cell(facts, ["Werkzoekenden zonder diploma secundair onderwijs"], ["2023"]).value == 3611
    nvt = _cell(facts, ["Ex-gedetineerden (pilootproject)"], ["2021"])
    dash = _cell(facts, ["Ex-gedetineerden (pilootproject)"], ["2023"])
    slash = _cell(facts, ["Leefloongerechtigden"], ["2022"])
    for f, raw in ((nvt, "n.v.t."), (dash, "-"), (slash, "/")):
        assert f.empty and f.value == 0 and f.raw == raw
    assert _cell(facts, ["Ex-gedetineerden (pilootproject)"], ["2022"]).value == 37


def test_group_rows_and_waarvan_children(docs):
    _, facts, _ = docs["counts.pdf"]
    assert _cell(facts, ["Maatwerkbedrijven", "Limburg"], ["2023"]).value == 25
    assert _cell(facts, ["Lokale diensteneconomie", "Antwerpen"], ["2022"]).value == 30
    assert _cell(facts, ["Lokale diensteneconomie", "Antwerpen", "waarvan nieuw"], ["2023"]).value == 6


def test_euro_cells_with_trailing_sign(docs):
    _, facts, _ = docs["counts.pdf"]
    cell = _cell(facts, ["Opleidingsverlof"], ["Vastgelegd 2024"])
    assert cell.value == 71843402 and cell.unit == "euro" and cell.raw == "71.843.402,00"


def test_totals_checked_among_siblings(docs):
    for _, facts, _ in docs.values():
        totals = [f for f in facts if f.reader == "geometry" and f.is_total and f.total_ok is not None]
        assert totals and all(f.total_ok for f in totals), [(f.raw, f.row_path, f.col_path) for f in totals
                                                            if not f.total_ok]


def test_audit_finds_a_planted_total_and_nothing_else(tmp_path):
    page = _counts_page()
    for k, (x, y, text, size) in enumerate(page.items):
        if text == "11.070":  # grand total of Tabel 2: the parts still add up to 11.070
            page.items[k] = (x, y, "11.130", size)
    (tmp_path / "planted.pdf").write_bytes(make_pdf([page]))
    doc = load_document(tmp_path / "planted.pdf", tmp_path)
    findings = [f for f in audit_document(doc) if f.kind == "total"]
    assert findings and all("11.130" in f.message for f in findings), [f.message for f in findings]


def test_pdf_without_aligned_tables_keeps_the_text_reader():
    """The seed PDFs print tables as flat text lines: no geometric table, same facts as the text."""
    pdf_root = ROOT / "tests" / "data" / "pdf"
    doc = load_document(pdf_root / "000_f85098453f70527a.pdf", pdf_root)
    facts, tables = extract_all(doc)
    assert doc.words and all(f.reader == "text" for f in facts)
    assert any(t.reader == "text" and t.dimensions for t in tables)


def _text_of(pdf: bytes) -> str:
    import io

    import pypdf

    return "\f".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize("make", [_budget_page, _counts_page], ids=["budget", "counts"])
def test_text_reader_agrees_with_geometry(make, tmp_path):
    """The flattened text of a table PDF (what corpus .txt files hold) gives the same cells and paths."""
    pdf = make_pdf([make()])
    (tmp_path / "t.pdf").write_bytes(pdf)
    (tmp_path / "t.txt").write_text(_text_of(pdf), encoding="utf-8")
    geo = [f for f in extract_all(load_document(tmp_path / "t.pdf", tmp_path))[0] if f.reader == "geometry"]
    text = [f for f in extract_all(load_document(tmp_path / "t.txt", tmp_path))[0] if f.source == "table"]
    key = lambda f: (f.value, f.raw, " ".join(f.row_path), tuple(f.col_path))  # noqa: E731
    same = Counter(map(key, geo)) & Counter(map(key, text))
    # group rows have no indentation in text: the table opening with one right under its header makes its
    # other group lines siblings ("Maatwerkbedrijven", "Lokale diensteneconomie")
    assert sum(same.values()) == len(geo), set(map(key, geo)) - set(same)


def test_seed_pdfs_and_texts_give_the_same_cells():
    """The five seed documents: text and PDF readers agree cell for cell, header paths included."""
    for pdf in sorted((ROOT / "tests" / "data" / "pdf").glob("*.pdf")):
        txt = ROOT / "corpus" / f"{pdf.stem}.txt"
        a = extract_all(load_document(txt, txt.parent))[0]
        b = extract_all(load_document(pdf, pdf.parent))[0]
        key = lambda f: (f.value, tuple(f.row_path), tuple(f.col_path))  # noqa: E731
        assert Counter(key(f) for f in a if f.source == "table") == Counter(key(f) for f in b if f.source == "table")


def test_a_table_without_readable_headers_is_reported_not_guessed(tmp_path):
    page = Page()
    page.line("Tabel 9: Trajecten zonder kolomkoppen", size=9, gap=18)
    for k, (label, cells) in enumerate((("Antwerpen", ["12", "15", "17"]), ("Limburg", ["8", "9", "11"]))):
        page.text(60, page.y, label)
        for j, cell in enumerate(cells):
            page.text(260 + 70 * j, page.y, cell, right=True)
        page.y += 16
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "noheader.pdf").write_bytes(make_pdf([page]))
    from qa.search.index import build_index
    from qa.search.report import report_lines

    report = build_index(corpus, tmp_path / "index", progress=False)
    assert any("Tabel 9" in w and "noheader.pdf" in w for w in report.warnings), report.warnings
    assert any("warning noheader.pdf" in line for line in report_lines(report))
    doc = load_document(corpus / "noheader.pdf", corpus)
    facts, tables = extract_all(doc)
    assert all(f.reader == "text" for f in facts)  # the text reader labels the cells; no guessed headers
    assert any(t.number == "9" and t.confidence < 0.8 for t in tables)


def test_indented_rows_belong_to_the_row_above_and_totals_sum_the_top_level(tmp_path):
    page = Page()
    table(page, "Tabel 7: Uitbetaalde premies per maatregel",
          [[("Maatregel", -1, -1), ("2022", 0, 0), ("2023", 1, 1)]],
          [(["Dakisolatie"], ["1.200", "1.350"]), (["  door een aannemer"], ["900", "1.000"]),
           (["  zelf geplaatst"], ["300", "350"]), (["Warmtepomp"], ["800", "950"]),
           (["  waarvan hybride"], ["120", "150"]), (["Totaal"], ["2.000", "2.300"])],
          x_first=220, col_w=70)
    (tmp_path / "premies.pdf").write_bytes(make_pdf([page]))
    doc = load_document(tmp_path / "premies.pdf", tmp_path)
    facts = [f for f in extract_all(doc)[0] if f.reader == "geometry"]
    assert _cell(facts, ["Dakisolatie", "zelf geplaatst"], ["2023"]).value == 350
    assert _cell(facts, ["Warmtepomp", "waarvan hybride"], ["2022"]).value == 120
    totals = [f for f in facts if f.row_path == ["Totaal"]]
    assert len(totals) == 2 and all(f.total_ok for f in totals)  # group rows are summed, not their sub-rows
    assert not [f for f in audit_document(doc) if f.kind == "total"]


def _nests_pdf() -> bytes:
    first, second = Page(), Page()
    first.y = 760
    table(first, "Tabel 1: Vernietigde nesten per provincie",
          [[("Provincie", -1, -1), ("2022", 0, 0), ("2023", 1, 1), ("2024*", 2, 2)]],
          [(["Antwerpen"], ["1.412", "3.208", "4.105"])], x_first=200, col_w=60)
    table(second, "", [], [(["Limburg"], ["687", "1.954", "2.870"]), (["Totaal"], ["2.099", "5.162", "6.975"])],
          x_first=200, col_w=60)
    second.items = [item for item in second.items if item[2]]  # no caption line on the continued page
    return make_pdf([first, second])


def test_year_headers_with_a_footnote_mark_over_a_table_split_by_a_page(tmp_path):
    """'Provincie 2022 2023 2024*' over one row at the foot of a page, the rest on the next: the years (one with
    its footnote mark) are the headers, not a first row of figures (the cells had no column before)."""
    (tmp_path / "nesten.pdf").write_bytes(_nests_pdf())
    facts, tables = extract_all(load_document(tmp_path / "nesten.pdf", tmp_path))
    assert _cell(facts, ["Antwerpen"], ["2024*"]).value == 4105
    limburg = _cell(facts, ["Limburg"], ["2023"])
    assert limburg.value == 1954 and limburg.year == "2023" and limburg.reader == "geometry"
    years = next(t for t in tables if t.number == "1")
    assert {d["name"]: d["values"] for d in years.dimensions}.get("jaar") == ["2022", "2023", "2024*"]


def test_a_change_between_a_year_and_a_year_with_a_footnote_mark(tmp_path):
    """'2024*' and '2023' are one column header with the year swapped: the difference is worked out."""
    from conftest import build
    from qa.answer import Assistant

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "nesten.pdf").write_bytes(_nests_pdf())
    build(tmp_path / "docs", tmp_path / "index")
    answer = Assistant(tmp_path / "index").ask("Hoeveel meer vernietigde nesten waren er in Limburg in 2024 dan in 2023?")
    assert answer.kind == "computed" and answer.value == 916, answer.answer
