"""What the Streamlit app shows, as plain functions with tests (app.py only lays it out).

Documents and questions are untrusted text. Every piece of them that ends up
in markup built here goes through `html.escape`; text shown through Streamlit
markdown goes through `md_escape`. Nothing here imports streamlit.
"""

from __future__ import annotations

import html
import re

from .. import render
from ..facts.numbers import decimals_of
from ..models import Answer, Citation, Closest, Fact, TextClaim, Verdict
from .files import MAX_UPLOAD_BYTES, UPLOAD_TYPES, Saved, UploadError, page_png, quote_rects, safe_filename, \
    save_upload, source_pdf
from .strings import STRINGS, t

__all__ = ["MAX_UPLOAD_BYTES", "UPLOAD_TYPES", "STRINGS", "Saved", "UploadError", "page_png", "quote_rects",
           "safe_filename", "save_upload", "source_pdf", "t"]

CONTEXT_LINES = 3  # lines shown before and after a cited span
MAX_CONTEXT_LINES = 80
QUOTE_IN_COPY = 300  # characters of each quote in the plain-text citation


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


def series_records(answer: Answer, lang: str) -> list[dict]:
    """The points of a series answer, each with where it is quoted from."""
    from ..render import where

    return [{t("col_point", lang): p.label, t("col_value", lang): p.value, t("col_unit", lang): p.unit or "",
             t("col_source", lang): f"{p.citation.title} ({p.citation.doc}, {where(p.citation, lang)})"}
            for p in answer.series]


def series_chart(answer: Answer, lang: str):
    """An Altair chart of a series: a line over years, bars over regions."""
    import altair as alt

    rows = [{"label": p.label, "value": p.value} for p in answer.series]
    by_year = all(re.fullmatch(r"(?:19|20)\d\d", p.label) for p in answer.series)
    base = alt.Chart(alt.Data(values=rows))
    mark = base.mark_line(point=True) if by_year else base.mark_bar()
    unit = answer.unit or ""
    return mark.encode(
        x=alt.X("label:O", title=t("col_year" if by_year else "col_region", lang), sort=None),
        y=alt.Y("value:Q", title=f"{t('col_value', lang)} {unit}".strip()),
        tooltip=["label:O", "value:Q"]).properties(height=260)


_MARK = {"supported": ("#d3f9d8", "#2b8a3e"), "contradicted": ("#ffe3e3", "#c92a2a"),
         "not_in_documents": ("#f1f3f5", "#868e96")}


def claims_html(text: str, claims: list[TextClaim], lang: str) -> str:
    """The pasted text with every claim found marked in its verdict's colour and numbered, so a reader sees
    which clause was checked and how it came out."""
    out, pos = [], 0
    for n, c in enumerate(sorted(claims, key=lambda c: c.start), 1):
        if c.start < pos:
            continue
        fill, ink = _MARK[c.verdict]
        out.append(html.escape(text[pos:c.start]))
        out.append(f'<mark title="{html.escape(t(c.verdict, lang))}" style="background:{fill};'
                   f'border-bottom:2px solid {ink};padding:0 2px">{html.escape(text[c.start:c.end])}'
                   f'<sup style="color:{ink};font-weight:bold">&nbsp;{n}</sup></mark>')
        pos = c.end
    out.append(html.escape(text[pos:]))
    return '<div style="line-height:1.9">' + "".join(out) + "</div>"


def claims_summary(claims: list[TextClaim], lang: str) -> str:
    if not claims:
        return t("no_claims", lang)
    count = {v: sum(c.verdict == v for c in claims) for v in _MARK}
    return t("claims_found", lang, n=len(claims), supported=count["supported"], contradicted=count["contradicted"],
             missing=count["not_in_documents"])


def as_verdict(claim: TextClaim) -> Verdict:
    """A claim of a text as a Verdict, to show it like a single claim."""
    return Verdict(claim=claim.read_as or claim.claim, verdict=claim.verdict, answer=claim.message, lang=claim.lang,
                   value=claim.value, unit=claim.unit, citations=claim.citations, facts=claim.facts)


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
