"""The Streamlit app through AppTest, and the helpers in qa/ui.py it lays out."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from qa import ui
from qa.models import Answer, Citation, Fact, Verdict

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
CORPUS = ROOT / "corpus"
PDFS = ROOT / "tests" / "data" / "pdf"
QUESTION = "Hoeveel AMA WSE-begeleidingsovereenkomsten werden in 2022 in West-Vlaanderen opgestart?"
CLAIM = "In 2022 werden in Vlaanderen 1.200 AMA WSE-overeenkomsten opgestart"
DOC_000 = "000_f85098453f70527a.txt"
TITLE_000 = "Schriftelijke vraag nr. 490 van 23 maart 2023"
EVIL = '<script>alert(1)</script><img src=x onerror="alert(2)"> **vet** :red[rood] [link](javascript:alert(3))'


# -- helpers ----------------------------------------------------------------
def test_context_html_marks_the_span_and_escapes_everything():
    text = "regel een\n<b>regel</b> twee West-Vlaanderen 332\nregel <script>drie</script>\n"
    start = text.index("West")
    out = ui.context_html(text, start, start + len("West-Vlaanderen 332"))
    assert '<mark class="qa-cited"' in out
    assert ">West-Vlaanderen 332</mark>" in out
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert "<b>" not in out and "&lt;b&gt;regel&lt;/b&gt;" in out
    assert ">2</span>" in out  # line numbers of the text of record


def test_context_html_marks_a_span_over_several_lines_and_limits_the_window():
    lines = [f"regel {i}" for i in range(1, 201)]
    text = "\n".join(lines)
    start, end = text.index("regel 50"), text.index("regel 52") + len("regel 52")
    out = ui.context_html(text, start, end)
    assert out.count("<mark") == 3
    assert ">47</span>" in out and ">55</span>" in out and ">46</span>" not in out and ">56</span>" not in out
    whole = ui.context_html(text, 0, len(text))
    assert whole.count("<mark") == ui.MAX_CONTEXT_LINES


def test_emphasised_html_bolds_the_answer_number_not_an_earlier_one():
    sentence = "Klopt niet: niet 1.200 maar 1074 (Totaal, 2022), volgens <b>doc</b>."
    fact = Fact(doc="d", line=1, start=0, end=4, raw="1074", value=1074, quote_start=0, quote_end=4, quote="1074")
    out = ui.emphasised_html(sentence, 1074, [fact], "nl")
    assert ">1074</strong>" in out and ">1.200<" not in out
    assert "&lt;b&gt;doc&lt;/b&gt;" in out
    assert ui.emphasised_html("1.230,5 k euro — volgens X.", 1230.5, [], "nl").count(">1.230,5</strong>") == 1
    assert "<strong" not in ui.emphasised_html("Geen cijfer <i>hier</i>.", None, [], "nl")


def test_md_escape_leaves_no_markdown_or_html_active():
    out = ui.md_escape(EVIL + "\n1. lijst\n- punt")
    for active in (r"<script", r"\*\*vet", r":red\[", r"\]\(javascript", r"\n1\. ", r"\n- "):
        assert not re.search(r"(?<!\\)" + active, out), active
    assert "\\<script\\>" in out


def test_source_heading_escapes_title_and_file():
    c = Citation(doc="<x>.txt", title=EVIL, page=2, line=4, line_end=6, start=0, end=1, quote="q")
    out = ui.source_heading_html(1, c, "nl")
    assert "<script" not in out and "<img" not in out and "p. 2, r. 4-6" in out


def test_copy_text_is_plain_text_with_numbered_sources():
    c = Citation(doc=DOC_000, title="Schriftelijke vraag nr. 490", line=60, line_end=60, start=0, end=5,
                 quote="West-Vlaanderen    332\n" + "x " * 400)
    answer = Answer(question="q", kind="fact", answer="332 (West-Vlaanderen, 2022).", value=332, citations=[c])
    text = ui.copy_text(answer, "nl")
    assert text.startswith("332 (West-Vlaanderen, 2022).\n\nBronnen:\n[1] Schriftelijke vraag nr. 490, r. 60 (")
    assert "“West-Vlaanderen 332 x" in text and text.rstrip().endswith("…”")
    verdict = Verdict(claim="Er waren er 1.200", verdict="contradicted", answer="Klopt niet: 1074.", citations=[c])
    vtext = ui.copy_text(verdict, "en")
    assert vtext.startswith("Claim: Er waren er 1.200\nContradicted. Klopt niet: 1074.") and "Sources:" in vtext


@pytest.mark.parametrize("name, safe", [
    ("../../etc/passwd.txt", "passwd.txt"),
    ("C:\\Users\\x\\Verslag 2023 (def).PDF", "Verslag_2023_def.pdf"),
    (".verborgen.txt", "verborgen.txt"),
    ("beëindigde overeenkomsten.txt", "beeindigde_overeenkomsten.txt"),
    ("<script>.txt", "script.txt"),
    ("....txt", "document.txt"),
])
def test_safe_filename(name, safe):
    assert ui.safe_filename(name) == safe


@pytest.mark.parametrize("name", ["rapport.exe", "rapport.pdf.sh", "zonder_extensie", "", "index.html"])
def test_safe_filename_refuses_other_types(name):
    with pytest.raises(ui.UploadError, match="pdf"):
        ui.safe_filename(name)


def test_save_upload_checks_content_and_never_overwrites(tmp_path):
    corpus = tmp_path / "corpus"
    with pytest.raises(ui.UploadError, match="PDF"):
        ui.save_upload("kapot.pdf", b"%PDF-1.4 dit is geen pdf", corpus)
    with pytest.raises(ui.UploadError, match="binary"):
        ui.save_upload("binair.txt", b"\x00\x01\x02" * 100, corpus)
    with pytest.raises(ui.UploadError, match="empty"):
        ui.save_upload("leeg.txt", b"", corpus)
    with pytest.raises(ui.UploadError, match="limiet"):
        ui.save_upload("groot.txt", b"a" * 2000, corpus, max_bytes=1000)
    assert not corpus.exists() or not any(corpus.iterdir())
    assert ui.save_upload("nota.txt", "Een nota over 2023.".encode(), corpus).status == "saved"
    assert (corpus / "nota.txt").read_text() == "Een nota over 2023."
    assert ui.save_upload("nota.txt", "Een nota over 2023.".encode(), corpus).status == "same_file"
    with pytest.raises(ui.UploadError, match="andere naam"):
        ui.save_upload("nota.txt", b"Een andere nota.", corpus)
    assert (corpus / "nota.txt").read_text() == "Een nota over 2023."
    known = {"oud/nota.txt": __import__("hashlib").sha256(b"Dezelfde tekst.").hexdigest()}
    dup = ui.save_upload("kopie.txt", b"Dezelfde tekst.", corpus, known)
    assert (dup.status, dup.other) == ("same_content", "oud/nota.txt") and not (corpus / "kopie.txt").exists()
    assert sorted(p.name for p in corpus.iterdir()) == ["nota.txt"]  # no temporary files left


def test_page_png_marks_the_cited_lines():
    pdf = PDFS / "000_f85098453f70527a.pdf"
    png = ui.page_png(pdf, 2, "West-Vlaanderen 332")
    assert png and png.startswith(b"\x89PNG")
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        pages = [i for i in range(len(doc)) if ui.quote_rects(doc[i], "West-Vlaanderen 332")]
    finally:
        doc.close()
    assert pages, "the quote is found on some page"
    assert ui.page_png(pdf, 999, "x") is None
    assert ui.source_pdf(PDFS, "000_f85098453f70527a.pdf") == pdf.resolve()
    assert ui.source_pdf(PDFS, "../pdf/000_f85098453f70527a.txt") is None
    assert ui.source_pdf(PDFS, "../../../README.pdf") is None


def test_every_ui_string_has_dutch_and_english():
    for key, entry in ui.STRINGS.items():
        assert entry.get("nl") and entry.get("en"), key


# -- the app ------------------------------------------------------------------
def app(monkeypatch, index_dir: Path, corpus: Path = CORPUS):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("QA_INDEX", str(index_dir))
    monkeypatch.setenv("QA_CORPUS", str(corpus))
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception, at.exception
    return at


def html_of(at) -> str:
    return "\n".join(h.proto.body for h in at.get("html"))


def test_question_shows_the_number_and_its_source(monkeypatch, corpus_index):
    at = app(monkeypatch, corpus_index)
    at.chat_input[0].set_value(QUESTION).run()
    assert not at.exception, at.exception
    body = html_of(at)
    assert ">332</strong>" in body
    assert f"<b>[1]</b> {TITLE_000}" in body and f"({DOC_000})" in body
    assert '<mark class="qa-cited"' in body and ">West-Vlaanderen 332</mark>" in body
    fact = at.main.dataframe[0].value
    assert fact.iloc[0]["Waarde"] == "332" and fact.iloc[0]["Regio"] == "West-Vlaanderen"
    assert fact.iloc[0]["Jaar"] == "2022"
    copy = at.main.code[0].value
    assert copy.startswith("332 ") and f"[1] {TITLE_000}" in copy and DOC_000 in copy
    assert [m.value for m in at.chat_message[0].markdown] == [QUESTION]


def test_claim_mode_contradicts_with_the_right_value(monkeypatch, corpus_index):
    at = app(monkeypatch, corpus_index)
    at.radio(key="mode").set_value("check").run()
    at.chat_input[0].set_value(CLAIM).run()
    assert not at.exception, at.exception
    assert any("Klopt niet" in m.value and "badge" in m.value for m in at.main.markdown)
    body = html_of(at)
    assert ">1074</strong>" in body and DOC_000 in body
    assert at.main.dataframe[0].value.iloc[0]["Waarde"] == "1074"


def test_english_switch(monkeypatch, corpus_index):
    at = app(monkeypatch, corpus_index)
    at.sidebar.toggle(key="lang_en").set_value(True).run()
    assert at.title[0].value == "Ask the documents"
    assert any(h.value == "Collection" for h in at.sidebar.header)


def test_fact_explorer_filters(monkeypatch, corpus_index):
    at = app(monkeypatch, corpus_index)
    at.radio(key="mode").set_value("facts").run()
    at.selectbox(key="f_doc").set_value(DOC_000).run()
    at.selectbox(key="f_year").set_value("2022").run()
    at.selectbox(key="f_region").set_value("West-Vlaanderen").run()
    assert not at.exception, at.exception
    frame = at.main.dataframe[0].value
    assert len(frame) >= 1
    assert set(frame["Regio"]) == {"West-Vlaanderen"} and set(frame["Jaar"]) == {"2022"}
    assert 332.0 in set(frame["Waarde"])
    assert all(TITLE_000 in d for d in frame["Document"])
    assert any("feiten geselecteerd" in c.value for c in at.main.caption)
    at.text_input(key="f_text").set_value("beëindigd").run()
    narrowed = at.main.dataframe[0].value
    assert len(narrowed) <= len(frame) and not at.exception


@pytest.fixture()
def writable_index(tmp_path, corpus_index):
    """A private copy of the session index and of the corpus, for tests that add documents."""
    index_dir, corpus = tmp_path / "index", tmp_path / "corpus"
    shutil.copytree(corpus_index, index_dir, symlinks=True)
    shutil.copytree(CORPUS, corpus)
    return index_dir, corpus


def test_corrupt_upload_names_the_file_and_the_index_still_answers(monkeypatch, writable_index):
    index_dir, corpus = writable_index
    at = app(monkeypatch, index_dir, corpus)
    at.sidebar.file_uploader[0].set_value(("kapot verslag.pdf", b"%PDF-1.7\n\x00\x01 afgebroken", "application/pdf"))
    at.sidebar.button[0].click().run()
    assert not at.exception, at.exception
    errors = [e.value for e in at.error]
    assert any("kapot verslag" in e and "PDF" in e for e in errors), errors
    assert sorted(p.name for p in corpus.iterdir()) == sorted(p.name for p in CORPUS.iterdir())
    at.chat_input[0].set_value(QUESTION).run()
    assert ">332</strong>" in html_of(at)


def test_good_upload_is_indexed_and_answerable(monkeypatch, writable_index):
    index_dir, corpus = writable_index
    at = app(monkeypatch, index_dir, corpus)
    text = ("Schriftelijke vraag over fietspaden\n\nIn 2023 werd in Limburg 4.321 meter nieuw fietspad "
            "aangelegd.\n").encode()
    at.sidebar.file_uploader[0].set_value(("Fietspaden 2023.txt", text, "text/plain"))
    at.sidebar.button[0].click().run()
    assert not at.exception, at.exception
    assert (corpus / "Fietspaden_2023.txt").read_bytes() == text
    assert any("1 added" in s.value for s in at.success), [s.value for s in at.success]
    assert any("Fietspaden_2023.txt" in str(row) for row in at.sidebar.dataframe[0].value.values)
    at.chat_input[0].set_value("Hoeveel meter fietspad werd in 2023 in Limburg aangelegd?").run()
    body = html_of(at)
    assert "4.321" in body and "Fietspaden_2023.txt" in body


def test_missing_index_says_what_to_do(monkeypatch, tmp_path):
    at = app(monkeypatch, tmp_path / "nergens", tmp_path / "corpus")
    assert "qa index" in at.error[0].value
    assert not at.chat_input


def test_damaged_index_says_rebuild(monkeypatch, tmp_path):
    version = tmp_path / "index" / "v-1"
    version.mkdir(parents=True)
    (version / "manifest.json").write_text("{kapot")
    (tmp_path / "index" / "CURRENT").symlink_to("v-1")
    at = app(monkeypatch, tmp_path / "index")
    assert "qa index --rebuild" in at.error[0].value


def test_pdf_source_shows_the_page_with_the_cited_lines(monkeypatch, pdf_index):
    at = app(monkeypatch, pdf_index, PDFS)
    at.chat_input[0].set_value(QUESTION).run()
    assert not at.exception, at.exception
    assert ">332</strong>" in html_of(at) and "000_f85098453f70527a.pdf" in html_of(at)
    images = at.get("image")
    assert images and "Pagina 1 van de PDF" in str(images[0].proto)


def test_empty_index_says_add_documents(monkeypatch, tmp_path):
    from qa.search.index import build_index

    (tmp_path / "corpus").mkdir()
    build_index(tmp_path / "corpus", tmp_path / "index", progress=False)
    at = app(monkeypatch, tmp_path / "index", tmp_path / "corpus")
    assert "leeg" in at.warning[0].value and not at.chat_input


def test_closest_figures_are_escaped_html():
    from qa.models import Citation, Closest
    from qa.ui import closest_html

    cite = Citation(doc="d.txt", title="<b>Titel</b>", line=3, line_end=3, start=0, end=5, quote="49.397")
    item = Closest(raw="49.397", value=49397, labels="<script>x</script> derde kwartaal", lacks=["Q4"], citation=cite)
    out = closest_html([item], "nl")
    assert out.startswith('<ul class="qa-closest"><li>49.397') and "mist: Q4" in out
    assert "<script>" not in out and "&lt;script&gt;" in out and "&lt;b&gt;Titel" in out
