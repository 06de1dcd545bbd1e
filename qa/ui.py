"""What the Streamlit app shows, as plain functions with tests (app.py only lays it out).

Documents and questions are untrusted text. Every piece of them that ends up
in markup built here goes through `html.escape`; text shown through Streamlit
markdown goes through `md_escape`. Nothing here imports streamlit.
"""

from __future__ import annotations

import html
import io
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .facts.numbers import decimals_of
from . import render
from .models import Answer, Citation, Closest, Fact, Verdict

UPLOAD_TYPES = (".pdf", ".txt")
MAX_UPLOAD_BYTES = 50 * 1024 * 1024  # same as the indexer's default limit
CONTEXT_LINES = 3  # lines shown before and after a cited span
MAX_CONTEXT_LINES = 80
QUOTE_IN_COPY = 300  # characters of each quote in the plain-text citation

STRINGS: dict[str, dict[str, str]] = {
    "title": {"nl": "Vraag het de documenten", "en": "Ask the documents"},
    "subtitle": {"nl": "Antwoorden met bronvermelding uit Vlaamse parlementaire documenten. Elk cijfer komt "
                       "letterlijk uit een document; klik een bron open om het citaat in zijn context te zien.",
                 "en": "Answers with sources from Flemish parliamentary documents. Every number is quoted from a "
                       "document; open a source to see the quote in its context."},
    "english": {"nl": "English", "en": "English"},
    "mode": {"nl": "Modus", "en": "Mode"},
    "mode_ask": {"nl": "Vraag stellen", "en": "Ask a question"},
    "mode_check": {"nl": "Bewering controleren", "en": "Check a claim"},
    "mode_facts": {"nl": "Feitenverkenner", "en": "Fact explorer"},
    "closest": render.CLOSEST_HEADING,
    "closest_help": {"nl": "Deze cijfers lijken op de vraag maar beantwoorden ze niet: bij elk staat wat ontbreekt.",
                     "en": "These figures resemble the question but do not answer it: each says what it lacks."},
    "ask_placeholder": {"nl": "Stel een vraag over de documenten…", "en": "Ask a question about the documents…"},
    "check_placeholder": {"nl": "Typ een bewering om te controleren…", "en": "Type a claim to check…"},
    "empty_chat": {"nl": "Bijvoorbeeld: *Hoeveel AMA WSE-begeleidingsovereenkomsten werden in 2022 in "
                         "West-Vlaanderen opgestart?*",
                   "en": "For example: *How many AMA WSE guidance agreements were started in West Flanders "
                         "in 2022?*"},
    "empty_check": {"nl": "Bijvoorbeeld: *In 2022 werden in Vlaanderen 1.200 AMA WSE-overeenkomsten opgestart*",
                    "en": "For example: *In 2022, 1,200 AMA WSE agreements were started in Flanders*"},
    "claim": {"nl": "Bewering", "en": "Claim"},
    "fact": {"nl": "Het feit", "en": "The fact"},
    "computation": {"nl": "Berekening", "en": "Computation"},
    "sources": {"nl": "Bronnen", "en": "Sources"},
    "show_quote": {"nl": "citaat in context", "en": "quote in context"},
    "page_view": {"nl": "Pagina {page} van de PDF, geciteerde regels gemarkeerd",
                  "en": "Page {page} of the PDF, cited lines marked"},
    "copy": {"nl": "Kopieer met bronvermelding", "en": "Copy with citation"},
    "copy_help": {"nl": "Klik op het kopieericoon rechtsboven in het vak en plak in een nota of e-mail.",
                  "en": "Click the copy icon at the top right of the box and paste into a note or e-mail."},
    "supported": {"nl": "Klopt", "en": "Supported"},
    "contradicted": {"nl": "Klopt niet", "en": "Contradicted"},
    "not_in_documents": {"nl": "Niet in de documenten", "en": "Not in the documents"},
    "right_value": {"nl": "Juiste waarde volgens de documenten", "en": "Correct value according to the documents"},
    "confidence": {"nl": "zekerheid", "en": "confidence"},
    "col_caption": {"nl": "Bijschrift", "en": "Caption"},
    "col_row": {"nl": "Rij", "en": "Row"},
    "col_column": {"nl": "Kolom", "en": "Column"},
    "col_year": {"nl": "Jaar", "en": "Year"},
    "col_region": {"nl": "Regio", "en": "Region"},
    "col_value": {"nl": "Waarde", "en": "Value"},
    "col_unit": {"nl": "Eenheid", "en": "Unit"},
    "col_meaning": {"nl": "Betekenis", "en": "Meaning"},
    "col_source": {"nl": "Bron", "en": "Source"},
    "col_document": {"nl": "Document", "en": "Document"},
    "col_measure": {"nl": "Maatstaf", "en": "Measure"},
    "col_quote": {"nl": "Citaat", "en": "Quote"},
    "col_file": {"nl": "Bestand", "en": "File"},
    "col_date": {"nl": "Datum", "en": "Date"},
    "col_questioner": {"nl": "Vraagsteller", "en": "Asked by"},
    "col_minister": {"nl": "Minister", "en": "Minister"},
    "col_chunks": {"nl": "Fragmenten", "en": "Chunks"},
    "col_facts": {"nl": "Feiten", "en": "Facts"},
    "col_reason": {"nl": "Reden", "en": "Reason"},
    "all": {"nl": "(alle)", "en": "(all)"},
    "filter_doc": {"nl": "Document", "en": "Document"},
    "filter_year": {"nl": "Jaar", "en": "Year"},
    "filter_region": {"nl": "Regio", "en": "Region"},
    "filter_measure": {"nl": "Maatstaf", "en": "Measure"},
    "filter_text": {"nl": "Vrije tekst", "en": "Free text"},
    "filter_text_help": {"nl": "Rangschikt de feiten op hoe goed hun omschrijving bij deze woorden past.",
                         "en": "Ranks facts by how well their description matches these words."},
    "n_rows": {"nl": "{n} feiten geselecteerd", "en": "{n} facts selected"},
    "download": {"nl": "Download als CSV", "en": "Download as CSV"},
    "chart_by": {"nl": "Grafiek per", "en": "Chart by"},
    "chart_note": {"nl": "Som van de geselecteerde waarden in {unit}, zonder totaalrijen.",
                   "en": "Sum of the selected values in {unit}, total rows left out."},
    "chart_mixed": {"nl": "De selectie bevat {n} verschillende maatstaven; kies er één voor een zinvolle grafiek.",
                    "en": "The selection holds {n} different measures; pick one for a meaningful chart."},
    "chart_none": {"nl": "Geen waarden met een {dim} om te tonen.", "en": "No values with a {dim} to show."},
    "no_unit": {"nl": "aantallen", "en": "counts"},
    "collection": {"nl": "Collectie", "en": "Collection"},
    "documents": {"nl": "Documenten", "en": "Documents"},
    "skipped": {"nl": "Overgeslagen bestanden", "en": "Skipped files"},
    "counts": {"nl": "**{docs}** documenten · **{chunks}** fragmenten · **{facts}** feiten",
               "en": "**{docs}** documents · **{chunks}** chunks · **{facts}** facts"},
    "built": {"nl": "Index gebouwd op {built}", "en": "Index built on {built}"},
    "add_docs": {"nl": "Documenten toevoegen", "en": "Add documents"},
    "upload_label": {"nl": "PDF- of TXT-bestanden (max. {mb} MB)", "en": "PDF or TXT files (max {mb} MB)"},
    "upload_button": {"nl": "Toevoegen en indexeren", "en": "Add and index"},
    "reindex_button": {"nl": "Index bijwerken", "en": "Update index"},
    "build_button": {"nl": "Index bouwen", "en": "Build index"},
    "indexing": {"nl": "Index bijwerken…", "en": "Updating the index…"},
    "indexing_doc": {"nl": "Inbedden: {doc}", "en": "Embedding: {doc}"},
    "indexed": {"nl": "Index bijgewerkt", "en": "Index updated"},
    "index_failed": {"nl": "Indexeren mislukt", "en": "Indexing failed"},
    "saved": {"nl": "{name} toegevoegd aan {corpus}", "en": "{name} added to {corpus}"},
    "same_file": {"nl": "{name} staat al in de collectie (ongewijzigd)", "en": "{name} is already in the collection"},
    "same_content": {"nl": "{name} staat al in de collectie als {other}", "en": "{name} is already in the collection "
                                                                           "as {other}"},
    "upload_error": {"nl": "{name} niet toegevoegd: {reason}", "en": "{name} not added: {reason}"},
    "exists_different": {"nl": "er staat al een ander document met de naam {name}; geef het bestand een andere naam",
                         "en": "a different document named {name} already exists; rename the file"},
    "bad_type": {"nl": "alleen .pdf- en .txt-bestanden kunnen worden toegevoegd",
                 "en": "only .pdf and .txt files can be added"},
    "too_big": {"nl": "het bestand is {mb:.1f} MB, meer dan de limiet van {limit} MB",
                "en": "the file is {mb:.1f} MB, over the limit of {limit} MB"},
    "locked": {"nl": "Er loopt al een indexering ({reason}). Probeer het zo dadelijk opnieuw.",
               "en": "Another indexing run is in progress ({reason}). Try again in a moment."},
    "no_index": {"nl": "Er is nog geen index in `{index}`. Bouw hem met **`qa index`** in een terminal in de "
                       "projectmap (of start de app met `make run`), of klik op **Index bouwen** in de zijbalk.",
                 "en": "There is no index in `{index}` yet. Build it with **`qa index`** in a terminal in the "
                       "project folder (or start the app with `make run`), or click **Build index** in the sidebar."},
    "damaged": {"nl": "De index in `{index}` is beschadigd of van een oudere versie. Herbouw hem met "
                      "**`qa index --rebuild`** in een terminal in de projectmap.",
                "en": "The index in `{index}` is damaged or from an older version. Rebuild it with "
                      "**`qa index --rebuild`** in a terminal in the project folder."},
    "empty": {"nl": "De index is leeg: er zijn nog geen leesbare documenten. Voeg PDF- of TXT-bestanden toe in de "
                    "zijbalk, of zet ze in `{corpus}` en voer `qa index` uit.",
              "en": "The index is empty: there are no readable documents yet. Add PDF or TXT files in the "
                    "sidebar, or put them in `{corpus}` and run `qa index`."},
    "no_corpus": {"nl": "De documentmap `{corpus}` bestaat niet.", "en": "The document folder `{corpus}` does not "
                                                                         "exist."},
    "failed": {"nl": "Er ging iets mis bij het beantwoorden ({error}). Probeer een andere formulering.",
               "en": "Something went wrong while answering ({error}). Try rephrasing."},
}


def t(key: str, lang: str = "nl", **kw) -> str:
    """The UI string `key` in `lang` (Dutch when a translation is missing)."""
    entry = STRINGS[key]
    text = entry.get(lang) or entry["nl"]
    return text.format(**kw) if kw else text


# -- escaping -----------------------------------------------------------------
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+|~$:!])")


def closest_html(closest: list[Closest], lang: str) -> str:
    """The closest figures as an HTML list, every character of the documents escaped."""
    items = "".join(f"<li>{html.escape(render.closest_line(c, lang))}</li>" for c in closest)
    return f'<ul class="qa-closest">{items}</ul>'


def md_escape(text: str) -> str:
    """Untrusted text that Streamlit markdown shows literally (no links, HTML, emphasis, :color[] or :emoji:)."""
    text = _MD_SPECIAL.sub(r"\\\1", text or "")
    return re.sub(r"^(\s*)([-=]|\d+\.)", lambda m: m.group(1) + "\\" + m.group(2), text, flags=re.M)


def _number_pattern(candidate: str) -> re.Pattern:
    return re.compile(r"(?<![\w.,])" + re.escape(candidate) + r"(?![\w]|[.,]\d)")


def number_candidates(value: float | None, facts: list[Fact], lang: str) -> list[str]:
    """How the answer's number may be printed in its sentence, most specific first."""
    out: list[str] = []
    if value is not None:
        for decimals in (0, 1, 2):
            if round(value, decimals) == value or decimals == 2:
                out += [render.fmt(value, lang, decimals), render.fmt(value, "nl" if lang == "en" else "en", decimals)]
        if float(value).is_integer():
            out.append(str(int(value)))
    out += [f.raw for f in facts if f.value == value]
    return sorted(dict.fromkeys(c for c in out if c and any(ch.isdigit() for ch in c)), key=len, reverse=True)


def emphasised_html(sentence: str, value: float | None, facts: list[Fact], lang: str) -> str:
    """The answer sentence as escaped HTML with the answer's number in <strong>."""
    best = None
    for cand in number_candidates(value, facts, lang):
        m = _number_pattern(cand).search(sentence)
        if m and (best is None or m.start() < best.start()):
            best = m
    if best is None:
        return f'<p class="qa-answer">{html.escape(sentence)}</p>'
    a, b = best.span()
    return (f'<p class="qa-answer">{html.escape(sentence[:a])}<strong class="qa-number" '
            f'style="font-size:1.15em;background:#fff3bf;padding:0 .2em;border-radius:.2em">'
            f'{html.escape(sentence[a:b])}</strong>{html.escape(sentence[b:])}</p>')


def context_html(text: str, start: int, end: int, first_line: int | None = None,
                 before: int = CONTEXT_LINES, after: int = CONTEXT_LINES) -> str:
    """The lines around text[start:end], numbered, with the cited span in <mark>; every piece escaped.

    `first_line` is the 1-based line number of text[0] (1 for a whole document).
    """
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    lines = text.split("\n")
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    first = max(0, _line_index(offsets, start) - before)
    last = min(len(lines) - 1, _line_index(offsets, max(start, end - 1)) + after)
    if last - first + 1 > MAX_CONTEXT_LINES:  # long span: show its beginning, not the whole chunk
        last = first + MAX_CONTEXT_LINES - 1
    base = first_line or 1
    rows = []
    for i in range(first, last + 1):
        ls, le = offsets[i], offsets[i] + len(lines[i])
        a, b = max(ls, start), min(le, end)
        line = text[ls:le].replace("\f", "")
        if a < b:
            body = (html.escape(text[ls:a].replace("\f", "")) + '<mark class="qa-cited" style="background:#ffe066;'
                    'padding:0 .1em">' + html.escape(text[a:b].replace("\f", "")) + "</mark>"
                    + html.escape(text[b:le].replace("\f", "")))
        else:
            body = html.escape(line)
        rows.append(f'<span style="color:#868e96;user-select:none;display:inline-block;min-width:3.2em">'
                    f"{base + i}</span>{body}")
    return ('<div class="qa-context" style="white-space:pre-wrap;font-family:ui-monospace,monospace;'
            'font-size:.82em;line-height:1.45;max-height:28em;overflow:auto;border-left:3px solid #ced4da;'
            'padding:.4em .6em;background:#f8f9fa">' + "\n".join(rows) + "</div>")


def _line_index(offsets: list[int], offset: int) -> int:
    from bisect import bisect_right

    return max(0, bisect_right(offsets, offset) - 1)


def source_heading_html(number: int, citation: Citation, lang: str) -> str:
    """'[1] Title — p. 2, r. 44-46 (file.pdf)' with title and file escaped."""
    where = render.where(citation, lang)
    return (f'<div class="qa-source"><b>[{number}]</b> {html.escape(citation.title or citation.doc)}'
            + (f" — {html.escape(where)}" if where else "")
            + f' <span style="color:#868e96">({html.escape(citation.doc)})</span></div>')


def verdict_badge(verdict: Verdict, lang: str) -> tuple[str, str, str]:
    """(label, streamlit badge colour, material icon) for a verdict."""
    colour, icon = {"supported": ("green", ":material/check_circle:"), "contradicted": ("red", ":material/cancel:"),
                    "not_in_documents": ("gray", ":material/help:")}[verdict.verdict]
    return t(verdict.verdict, lang), colour, icon


# -- plain text for copying ------------------------------------------------
def copy_text(result: Answer | Verdict, lang: str) -> str:
    """The answer (or verdict) with numbered sources as plain text, to paste in a note or e-mail."""
    lines = []
    if isinstance(result, Verdict):
        lines.append(f"{t('claim', lang)}: {result.claim}")
        lines.append(f"{t(result.verdict, lang)}. {result.answer}")
    else:
        lines.append(result.answer)
    if result.citations:
        lines += ["", f"{t('sources', lang)}:"]
        for i, c in enumerate(result.citations, 1):
            where = render.where(c, lang)
            lines.append(f"[{i}] {c.title or c.doc}" + (f", {where}" if where else "") + f" ({c.doc})")
            quote = " ".join(c.quote.split())
            if len(quote) > QUOTE_IN_COPY:
                quote = quote[:QUOTE_IN_COPY].rsplit(" ", 1)[0] + " …"
            lines.append(f"    “{quote}”")
    return "\n".join(lines)


# -- tables ----------------------------------------------------------------
def fact_record(fact: Fact, lang: str) -> dict[str, str]:
    """One fact as the small table under an answer."""
    value = fact.raw if lang == "nl" else render.fmt(fact.value, "en", decimals_of(fact.raw))
    row = " > ".join(fact.row_path) or fact.row
    column = " > ".join(fact.col_path) or fact.column
    return {t("col_row", lang): row, t("col_column", lang): column, t("col_year", lang): fact.year or "",
            t("col_region", lang): fact.region or "", t("col_value", lang): value,
            t("col_unit", lang): fact.unit or "", t("col_caption", lang): fact.caption}


def operand_records(facts: list[Fact], titles: dict[str, str], lang: str, page_of=None) -> list[dict[str, str]]:
    """Each operand of a computation with its meaning and source."""
    rows = []
    for f in facts:
        page = page_of(f) if page_of else f.page
        cite = Citation(doc=f.doc, title=titles.get(f.doc, f.doc), page=page, line=f.line, line_end=f.line,
                        start=f.quote_start, end=f.quote_end, quote=f.quote)
        rows.append({t("col_value", lang): render.amount(f.value, f.unit, lang, decimals_of(f.raw)),
                     t("col_meaning", lang): render.labels(f),
                     t("col_source", lang): f"{cite.title}, {render.where(cite, lang)} ({f.doc})"})
    return rows


def fact_frame(rows: list[dict], titles: dict[str, str], lang: str, measure: str | None = None):
    """fact_rows() output as a DataFrame for the explorer, optionally narrowed to one measure."""
    import pandas as pd

    if measure:
        rows = [r for r in rows if r["measure"] == measure]
    columns = {"doc": t("col_document", lang), "page": "p.", "line": "r." if lang == "nl" else "line",
               "measure": t("col_measure", lang), "caption": t("col_caption", lang), "row": t("col_row", lang),
               "column": t("col_column", lang), "year": t("col_year", lang), "region": t("col_region", lang),
               "value": t("col_value", lang), "raw": "raw", "unit": t("col_unit", lang), "is_total": "total",
               "quote": t("col_quote", lang)}
    frame = pd.DataFrame([{k: r.get(k) for k in columns} for r in rows], columns=list(columns))
    frame["doc"] = frame["doc"].map(lambda d: titles.get(d, d) if d else d)
    return frame.rename(columns=columns)


def chart_frame(frame, by: str, lang: str):
    """(data, note) for a bar chart of the explorer selection by year or region; data is None when nothing fits.

    Values are summed per year/region over the dominant unit, leaving total rows
    out so a table's total does not double its parts.
    """
    year, region = t("col_year", lang), t("col_region", lang)
    value, unit_col, measure = t("col_value", lang), t("col_unit", lang), t("col_measure", lang)
    dim, other = (year, region) if by == "year" else (region, year)
    sel = frame[(frame["total"] != True) & frame[dim].notna() & (frame[dim] != "")]  # noqa: E712
    if sel.empty:
        return None, t("chart_none", lang, dim=dim.lower())
    units = sel[unit_col].fillna("")
    unit = units.mode().iloc[0]
    sel = sel[units == unit]
    data = sel.assign(**{other: sel[other].fillna("—").replace("", "—")}).groupby([dim, other], as_index=False)[
        value].sum()
    note = t("chart_note", lang, unit=unit or t("no_unit", lang))
    n_measures = sel[measure].nunique()
    if n_measures > 1:
        note += " " + t("chart_mixed", lang, n=n_measures)
    return data, note


def csv_bytes(frame) -> bytes:
    """CSV with a BOM so spreadsheet programs read the accents right."""
    return frame.to_csv(index=False).encode("utf-8-sig")


def collection_rows(index, lang: str) -> list[dict]:
    """The indexed documents with their metadata and counts (no document text is loaded)."""
    import json

    rows = []
    for r in index.conn.execute("SELECT doc, title, meta, n_chunks, n_facts FROM documents ORDER BY doc"):
        meta = json.loads(r["meta"] or "{}")
        rows.append({t("col_document", lang): r["title"] or r["doc"], t("col_date", lang): meta.get("date") or "",
                     t("col_facts", lang): r["n_facts"], t("col_chunks", lang): r["n_chunks"],
                     t("col_questioner", lang): meta.get("questioner") or "",
                     t("col_minister", lang): meta.get("minister") or "", t("col_file", lang): r["doc"]})
    return rows


# -- uploads ---------------------------------------------------------------
class UploadError(Exception):
    """An upload that was not added; str(error) is the reason shown to the user."""


@dataclass
class Saved:
    name: str  # file name inside the corpus
    status: str  # "saved", "same_file" or "same_content"
    other: str = ""  # for same_content: the document that already holds these bytes


def safe_filename(name: str, lang: str = "nl") -> str:
    """A file name that is safe to create inside the corpus: no folders, no dots in front, ASCII, .pdf/.txt."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
    stem, dot, ext = base.rpartition(".")
    ext = (dot + ext).lower() if dot else ""
    if ext not in UPLOAD_TYPES:
        raise UploadError(t("bad_type", lang))
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", stem)
    stem = re.sub(r"[._-]{2,}", "_", stem).strip("._-")[:100] or "document"
    return stem + ext


def save_upload(name: str, data: bytes, corpus: Path, known: dict[str, str] | None = None,
                max_bytes: int = MAX_UPLOAD_BYTES, lang: str = "nl") -> Saved:
    """Check an uploaded file and store it in `corpus`, or raise UploadError saying why not.

    The file must be readable by the indexer (qa.ingest.load_document) before it
    is stored; an existing document with the same name is never overwritten.
    `known` maps documents already indexed to their sha256, to spot duplicates.
    """
    from .ingest import IngestError, load_document

    safe = safe_filename(name, lang)
    if len(data) > max_bytes:
        raise UploadError(t("too_big", lang, mb=len(data) / 1e6, limit=round(max_bytes / 1e6)))
    corpus.mkdir(parents=True, exist_ok=True)
    target = corpus / safe
    with tempfile.TemporaryDirectory() as tmp:
        probe = Path(tmp) / safe
        probe.write_bytes(data)
        try:
            doc = load_document(probe, Path(tmp), max_bytes=max_bytes)
        except IngestError as exc:
            raise UploadError(str(exc)) from exc
    if target.exists():
        from .ingest import file_sha256

        if file_sha256(target) == doc.sha256:
            return Saved(safe, "same_file")
        raise UploadError(t("exists_different", lang, name=safe))
    other = next((d for d, sha in (known or {}).items() if sha == doc.sha256), None)
    if other:
        return Saved(safe, "same_content", other)
    fd, tmp_name = tempfile.mkstemp(prefix=".upload-", dir=corpus)  # dot file: the indexer ignores it
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        try:
            os.link(tmp_name, target)  # fails instead of overwriting a file that appeared meanwhile
        except FileExistsError as exc:
            raise UploadError(t("exists_different", lang, name=safe)) from exc
    finally:
        os.unlink(tmp_name)
    return Saved(safe, "saved")


# -- PDF page view ---------------------------------------------------------
def source_pdf(corpus: str | Path | None, doc: str) -> Path | None:
    """The PDF a citation comes from, when it is a PDF that still exists inside the corpus folder."""
    if not corpus or not doc.lower().endswith(".pdf"):
        return None
    root = Path(corpus).resolve()
    path = (root / doc).resolve()
    return path if path.is_file() and path.is_relative_to(root) else None


def page_png(pdf: Path, page: int, quote: str, scale: float = 1.6) -> bytes | None:
    """PNG of one PDF page with the quote's lines boxed in yellow; None when the page cannot be rendered."""
    import pypdfium2 as pdfium
    from PIL import ImageDraw

    try:
        document = pdfium.PdfDocument(str(pdf))
    except Exception:
        return None
    try:
        if not 1 <= page <= len(document):
            return None
        pdf_page = document[page - 1]
        image = pdf_page.render(scale=scale).to_pil().convert("RGB")
        height = pdf_page.get_height()
        overlay = image.copy()
        draw = ImageDraw.Draw(overlay)
        boxes = [(left * scale - 2, (height - top) * scale - 2, right * scale + 2, (height - bottom) * scale + 2)
                 for left, bottom, right, top in quote_rects(pdf_page, quote)]
        for box in boxes:
            draw.rectangle(box, fill=(255, 212, 59))
        from PIL import Image

        image = Image.blend(image, overlay, 0.6)
        if boxes:  # the marked band with some context, not a whole page to scroll through
            margin = 40 * scale
            top = max(0, min(b[1] for b in boxes) - 4 * margin)
            bottom = min(image.height, max(b[3] for b in boxes) + 4 * margin)
            image = image.crop((0, int(top), image.width, int(bottom)))
        buf = io.BytesIO()
        image.save(buf, format="PNG")
        return buf.getvalue()
    except Exception:  # a page that does not render is not worth an error in the answer
        return None
    finally:
        document.close()


def quote_rects(pdf_page, quote: str) -> list[tuple[float, float, float, float]]:
    """PDF rectangles of the quote's lines on a page, found line by line in reading order."""
    textpage = pdf_page.get_textpage()
    rects = []
    after = 0
    for line in quote.splitlines():
        needle = " ".join(line.split())
        if len(needle) < 3:
            continue
        searcher = textpage.search(needle[:80], index=after, match_case=False)
        found = searcher.get_next()
        if not found:
            continue
        start, count = found
        after = start + count
        for i in range(textpage.count_rects(start, count)):
            rects.append(textpage.get_rect(i))
    return rects
