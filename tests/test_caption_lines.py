"""A caption wrapped over three lines above its table, the last one only the end of a year span
('Tabel 3. Letselslachtoffers binnen 100 meter' / 'van een schoolpoort op schooldagen, 2021-' / '2023'), and
'waarvan' rows under the table's total. Positions follow a table Chromium printed from HTML (9 pt text,
captions 13.5 pt apart, the header 20 pt below); labels and figures are made up for the test."""

from __future__ import annotations

from pathlib import Path

from qa.facts.extract import extract_all
from qa.ingest import load_document

from pdfmaker import Page, make_pdf

RIGHTS = [262, 300, 338]


def _pdf(path: Path) -> Path:
    page = Page()
    page.line("Verkeersongevallen aan de schoolpoort", gap=30)
    y = 200.0
    for n, text in enumerate(["Tabel 3. Slachtoffers binnen 100 meter", "van een schoolpoort op schooldagen, 2021-",
                              "2023"]):
        page.text(90, y + 13.5 * n, text)
    y += 13.5 * 2 + 20
    page.text(106, y, "Categorie slachtoffer")
    for x, year in zip(RIGHTS, ["2021", "2022", "2023"]):
        page.text(x, y, year, right=True)
    rows = [("Kinderen te voet", ["118", "104", "91"]), ("Kinderen op de fiets", ["203", "189", "176"]),
            ("Begeleidende volwassenen", ["64", "58", "55"]), ("Totaal", ["385", "351", "322"]),
            ("waarvan zwaargewond", ["21", "17", "14"])]
    for label, cells in rows:
        y += 19
        page.text(97, y, label)
        for x, cell in zip(RIGHTS, cells):
            page.text(x, y, cell, right=True)
    page.text(60, y + 40, "De cijfers komen van de federale politie.")
    out = path / "schoolpoort.pdf"
    out.write_bytes(make_pdf([page]))
    return out


def test_a_caption_wrapped_over_three_lines_is_no_header(tmp_path: Path):
    doc = load_document(_pdf(tmp_path), tmp_path)
    facts, _ = extract_all(doc)
    cells = {(tuple(f.row_path), tuple(f.col_path)): f for f in facts if f.table_id}
    bike = cells[(("Kinderen op de fiets",), ("2022",))]
    assert bike.value == 189 and bike.year == "2022"
    assert "2021-2023" in bike.caption.replace("2021- 2023", "2021-2023"), bike.caption
    assert cells[(("Totaal", "waarvan zwaargewond"), ("2023",))].value == 14  # a part of the total, not of the adults
