"""Streamlit app: chat with cited answers, claim checks, a fact explorer and the collection.

Layout only: answers come from qa.answer.Assistant (the same API as the CLI),
and every piece of text handling lives in qa/ui.py, where it is tested.
Run with `make run`; QA_INDEX and QA_CORPUS point at the index and corpus.
"""

from __future__ import annotations

import os
from pathlib import Path

import streamlit as st

from qa import ui
from qa.answer.paragraph import find_claims
from qa.search import store
from qa.models import Answer, Verdict

INDEX_DIR = Path(os.environ.get("QA_INDEX", "index"))
CORPUS_DIR = Path(os.environ.get("QA_CORPUS", "corpus"))

st.set_page_config(page_title="Vraag het de documenten", page_icon="📄", layout="wide")


@st.cache_resource(max_entries=2, show_spinner="Index en model laden…")
def get_assistant(index_dir: str, version: str):
    """One Assistant per index version: a finished build makes the next run load the new one."""
    from qa.answer import Assistant

    return Assistant(index_dir)


@st.cache_data(max_entries=64, show_spinner=False)
def page_image(pdf: str, mtime: float, page: int, quote: str) -> bytes | None:
    return ui.page_png(Path(pdf), page, quote)


def load():
    """(assistant, problem markdown); exactly one is None."""
    version = store.current_dir(INDEX_DIR)
    if version is None:
        return None, ui.t("no_index", lang, index=INDEX_DIR)
    try:
        return get_assistant(str(INDEX_DIR), version.name), None
    except store.IndexError_ as exc:
        return None, ui.t("damaged", lang, index=INDEX_DIR) + f"\n\n`{exc}`"


def reindex():
    from qa.search.index import LockedError, build_index
    from qa.search.report import report_lines

    with st.status(ui.t("indexing", lang), expanded=True) as status:
        bar = st.progress(0.0)
        try:
            report = build_index(CORPUS_DIR, INDEX_DIR, progress=False, on_progress=lambda doc, frac: bar.progress(
                min(1.0, frac), text=ui.t("indexing_doc", lang, doc=doc)))
        except LockedError as exc:
            status.update(label=ui.t("index_failed", lang), state="error")
            st.warning(ui.t("locked", lang, reason=ui.md_escape(str(exc))))
            return
        except (FileNotFoundError, OSError) as exc:
            status.update(label=ui.t("index_failed", lang), state="error")
            st.error(ui.md_escape(str(exc)))
            return
        bar.progress(1.0)
        status.update(label=ui.t("indexed", lang), state="complete")
    flash = st.session_state.setdefault("flash", [])
    flash.append(("success", "  \n".join(ui.md_escape(line) for line in report_lines(report))))
    st.rerun()


def sidebar(assistant):
    st.toggle(ui.t("english", "nl"), key="lang_en")
    st.header(ui.t("collection", lang))
    if assistant is not None:
        index = assistant.index
        docs = ui.collection_rows(index, lang)
        st.markdown(ui.t("counts", lang, docs=len(docs), chunks=len(index.chunks), facts=len(index.facts)))
        st.dataframe(docs, hide_index=True, width="stretch")
        if index.skipped:
            st.subheader(ui.t("skipped", lang))
            st.dataframe([{ui.t("col_file", lang): s.doc, ui.t("col_reason", lang): s.reason}
                          for s in index.skipped], hide_index=True, width="stretch")
        st.caption(ui.t("built", lang, built=index.manifest.get("built", "?")))
        doc_filter(assistant)
    st.header(ui.t("add_docs", lang))
    with st.form("upload", clear_on_submit=True):
        files = st.file_uploader(ui.t("upload_label", lang, mb=ui.MAX_UPLOAD_BYTES // 2**20), type=["pdf", "txt"],
                                 accept_multiple_files=True)
        submitted = st.form_submit_button(ui.t("upload_button", lang))
    if submitted and files:
        known = assistant.index.manifest.get("documents", {}) if assistant else {}
        messages, saved = [], 0
        for f in files:
            try:
                result = ui.save_upload(f.name, f.getvalue(), CORPUS_DIR, known, lang=lang)
            except ui.UploadError as exc:
                messages.append(("error", ui.t("upload_error", lang, name=ui.md_escape(f.name),
                                               reason=ui.md_escape(str(exc)))))
                continue
            saved += result.status == "saved"
            messages.append(("info", ui.t(result.status, lang, name=result.name, other=result.other,
                                          corpus=ui.md_escape(str(CORPUS_DIR)))))
        st.session_state.flash = messages
        if saved:
            reindex()
    label = "reindex_button" if assistant is not None else "build_button"
    if st.button(ui.t(label, lang), disabled=not CORPUS_DIR.is_dir()):
        reindex()


def doc_filter(assistant):
    """Sidebar filters by type, date and author; the chosen DocFilter goes to every question and claim."""
    from qa.models import DocFilter
    from qa.search.scope import doc_types

    with st.expander(ui.t("filters", lang)):
        all_ = ui.t("all", lang)
        with assistant.index._lock:
            types = doc_types(assistant.index.conn)
        doc_type = st.selectbox(ui.t("filter_type", lang), [None, *types], key="flt_type",
                                format_func=lambda v: all_ if v is None else v)
        c1, c2 = st.columns(2)
        since = c1.date_input(ui.t("filter_since", lang), value=None, key="flt_since", format="YYYY-MM-DD")
        until = c2.date_input(ui.t("filter_until", lang), value=None, key="flt_until", format="YYYY-MM-DD")
        author = st.text_input(ui.t("filter_author", lang), key="flt_author").strip() or None
        scope = DocFilter(doc_type=doc_type, since=since, until=until, author=author)
        if scope.active():
            n = len(assistant.index.docs_matching(scope))
            total = len(assistant.index.titles)
            (st.warning if n == 0 else st.caption)(ui.t("filter_none", lang) if n == 0 else
                                                    ui.t("filter_count", lang, n=n, total=total))
    st.session_state["scope"] = scope if scope.active() else None


def show_sources(result: Answer | Verdict, assistant):
    if not result.citations:
        return
    st.markdown(f"**{ui.t('sources', lang)}**")
    corpus = assistant.index.manifest.get("corpus")
    for i, c in enumerate(result.citations, 1):
        st.html(ui.source_heading_html(i, c, lang))
        with st.expander(f"[{i}] {ui.t('show_quote', lang)}", expanded=False):
            try:
                doc = assistant.index.document(c.doc)
                st.html(ui.context_html(doc.text, c.start, c.end))
            except KeyError:
                st.html(ui.context_html(c.quote, 0, len(c.quote), c.line))
            pdf = ui.source_pdf(corpus, c.doc)
            if pdf is not None and c.page:
                png = page_image(str(pdf), pdf.stat().st_mtime, c.page, c.quote)
                if png:
                    st.image(png, caption=ui.t("page_view", lang, page=c.page), output_format="PNG")
    with st.expander(ui.t("copy", lang)):
        st.caption(ui.t("copy_help", lang))
        st.code(ui.copy_text(result, lang), language=None, wrap_lines=True)


def show_claims(text: str, claims: list, assistant):
    """A pasted paragraph: every claim marked in the text, then each with its verdict and sources."""
    st.markdown(ui.md_escape(ui.claims_summary(claims, lang)))
    st.html(ui.claims_html(text, claims, lang))
    for n, c in enumerate(claims, 1):
        label, _, icon = ui.verdict_badge(ui.as_verdict(c), lang)
        with st.expander(f"{n}. {label}: {c.claim}", icon=icon, expanded=c.verdict == "contradicted"):
            if c.read_as:
                st.caption(ui.t("read_as", lang, question=c.read_as))
            show_result(ui.as_verdict(c), assistant)


def show_result(result: Answer | Verdict, assistant):
    if isinstance(result, Answer) and result.read_as:
        st.caption(ui.t("read_as", lang, question=result.read_as))
    if isinstance(result, Verdict):
        label, colour, icon = ui.verdict_badge(result, lang)
        st.badge(label, color=colour, icon=icon)
    st.html(ui.emphasised_html(result.answer, result.value, result.facts, result.lang))
    if isinstance(result, Answer) and result.kind == "series":
        st.caption(ui.t("series", lang))
        st.altair_chart(ui.series_chart(result, lang), width="stretch")
        st.dataframe(ui.series_records(result, lang), hide_index=True)
    elif isinstance(result, Answer) and result.kind == "computed" and result.computation:
        st.markdown(f"**{ui.t('computation', lang)}**")
        st.code(result.computation, language=None, wrap_lines=True)
        index = assistant.index
        st.dataframe(ui.operand_records(result.facts, index.titles, lang), hide_index=True)
    elif result.facts and (isinstance(result, Answer) and result.kind == "fact"
                           or isinstance(result, Verdict) and result.verdict != "not_in_documents"):
        st.caption(ui.t("right_value" if isinstance(result, Verdict) and result.verdict == "contradicted"
                        else "fact", lang))
        st.dataframe([ui.fact_record(result.facts[0], lang)], hide_index=True)
    show_sources(result, assistant)
    if isinstance(result, Answer) and result.closest:
        st.markdown(f"**{ui.t('closest', lang)}**")
        st.caption(ui.t("closest_help", lang))
        st.html(ui.closest_html(result.closest, lang))


def chat(assistant, mode: str):
    history = st.session_state.setdefault("history", [])
    if not history:
        st.caption(ui.t("empty_chat" if mode == "ask" else "empty_check", lang))
    for turn in history:
        with st.chat_message(turn["role"]):
            if turn["role"] == "user":
                prefix = f"**{ui.t('claim', lang)}:** " if turn["mode"] == "check" else ""
                st.markdown(prefix + ui.md_escape(turn["text"]))
            elif "claims" in turn:
                show_claims(turn["text"], turn["claims"], assistant)
            else:
                show_result(turn["result"], assistant)
    prompt = st.chat_input(ui.t("ask_placeholder" if mode == "ask" else "check_placeholder", lang))
    if prompt:
        history.append({"role": "user", "mode": mode, "text": prompt})
        scope = st.session_state.get("scope")
        earlier = [turn["result"] for turn in history if turn["role"] == "assistant" and turn["mode"] == "ask"]
        try:
            if mode == "ask":  # the conversation so far: a follow-up ('En in Limburg?') is read in it
                reply = {"result": assistant.ask(prompt, history=earlier, scope=scope)}
            elif len(find_claims(prompt)) > 1:  # a paragraph: every claim gets its own verdict
                reply = {"claims": assistant.check_text(prompt, scope), "text": prompt}
            else:
                reply = {"result": assistant.check(prompt, scope=scope)}
        except Exception as exc:  # never a traceback in front of a user
            history.pop()
            st.error(ui.t("failed", lang, error=ui.md_escape(type(exc).__name__)))
            return
        history.append({"role": "assistant", "mode": mode, **reply})
        st.rerun()


def explorer(assistant):
    from qa.factquery import fact_rows

    index = assistant.index
    all_ = ui.t("all", lang)
    docs = index.facts.distinct("doc")
    c1, c2, c3 = st.columns(3)
    doc = c1.selectbox(ui.t("filter_doc", lang), [None, *docs], key="f_doc",
                       format_func=lambda d: all_ if d is None else index.titles.get(d, d))
    year = c2.selectbox(ui.t("filter_year", lang), [None, *index.facts.distinct("year")],
                        key="f_year", format_func=lambda v: all_ if v is None else v)
    region = c3.selectbox(ui.t("filter_region", lang), [None, *index.facts.distinct("region")],
                          key="f_region", format_func=lambda v: all_ if v is None else v)
    c4, c5 = st.columns(2)
    measures = index.facts.distinct("measure", doc)
    measure = c4.selectbox(ui.t("filter_measure", lang), [None, *measures], key="f_measure",
                           format_func=lambda v: all_ if v is None else v)
    text = c5.text_input(ui.t("filter_text", lang), key="f_text", help=ui.t("filter_text_help", lang))
    rows = fact_rows(index, text.strip() or None, doc, year, region, limit=None)
    frame = ui.fact_frame(rows, index.titles, lang, measure)
    st.caption(ui.t("n_rows", lang, n=len(frame)))
    st.dataframe(frame, hide_index=True, width="stretch")
    st.download_button(ui.t("download", lang), ui.csv_bytes(frame), "feiten.csv", "text/csv")
    by = st.radio(ui.t("chart_by", lang), ["year", "region"], horizontal=True, key="f_chart",
                  format_func=lambda v: ui.t("col_year" if v == "year" else "col_region", lang))
    data, note = ui.chart_frame(frame, by, lang)
    if data is not None:
        dim = ui.t("col_year" if by == "year" else "col_region", lang)
        other = ui.t("col_region" if by == "year" else "col_year", lang)
        st.bar_chart(data, x=dim, y=ui.t("col_value", lang), color=other, stack=False)
    st.caption(note)


lang = "en" if st.session_state.get("lang_en") else "nl"
assistant, problem = load()
with st.sidebar:
    sidebar(assistant)
st.title(ui.t("title", lang))
st.caption(ui.t("subtitle", lang))
for kind, message in st.session_state.pop("flash", []):
    getattr(st, kind)(message)
if problem:
    st.error(problem)
    st.stop()
if assistant.index.stale:  # built by older fact and word readers: it answers, but should be refreshed
    st.warning(ui.t("stale", lang))
if not assistant.index.chunks:
    st.warning(ui.t("empty", lang, corpus=CORPUS_DIR))
    st.stop()
mode = st.radio(ui.t("mode", lang), ["ask", "check", "facts"], horizontal=True, key="mode",
                format_func=lambda m: ui.t(f"mode_{m}", lang), label_visibility="collapsed")
if mode == "facts":
    explorer(assistant)
else:
    chat(assistant, mode)
