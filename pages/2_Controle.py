"""Controle: where the documents contradict themselves, with the sources side by side.

A Streamlit multipage page (picked up from pages/ next to app.py). The index
comes from QA_INDEX (default "index"); the findings are computed once per
index version and cached. Document text is shown with st.code / st.text only,
never as markdown or HTML.
"""

from __future__ import annotations

import os
from pathlib import Path

import streamlit as st

from qa.search import store
from qa.render import where

INDEX_DIR = Path(os.environ.get("QA_INDEX", "index"))
SEVERITY = {"high": "🔴 hoog", "medium": "🟠 middel", "low": "🟡 laag"}
KIND = {"total": "Totaal klopt niet", "duplicate": "Twee keer vermeld, andere waarde",
        "percentage": "Percentage klopt niet", "rounding": "Afronding"}
KIND_EN = {"total": "Total does not add up", "duplicate": "Stated twice, different values",
           "percentage": "Percentage does not match", "rounding": "Rounding"}

st.set_page_config(page_title="Controle", page_icon="🔎", layout="wide")


@st.cache_resource(max_entries=2, show_spinner="Index laden…")
def get_index(index_dir: str, version: str):
    from qa.search.retrieve import Index

    return Index(Path(index_dir))


@st.cache_data(max_entries=8, show_spinner="Documenten controleren…")
def get_findings(index_dir: str, version: str, lang: str) -> list[dict]:
    from qa.audit import audit_index

    return [f.model_dump() for f in audit_index(get_index(index_dir, version), lang=lang)]


def main() -> None:
    version_dir = store.current_dir(INDEX_DIR)
    if version_dir is None:
        st.error(f"Geen index in {INDEX_DIR}. Bouw hem met `qa index`.")
        return
    version = version_dir.name
    lang = st.sidebar.radio("Taal / language", ["nl", "en"], horizontal=True)
    nl = lang == "nl"
    st.title("Controle" if nl else "Consistency check")
    st.caption("Waar de documenten zichzelf tegenspreken: totalen die niet kloppen, dezelfde grootheid met twee "
               "waarden, percentages die niet passen bij hun delen. Afrondingsverschillen binnen de gedrukte "
               "precisie worden niet gemeld." if nl else
               "Where the documents contradict themselves: totals that do not add up, one quantity with two "
               "values, percentages that do not match their parts. Rounding within the printed precision is not "
               "reported.")
    findings = get_findings(str(INDEX_DIR), version, lang)
    docs = sorted({f["doc"] for f in findings})
    chosen = st.sidebar.multiselect("Document", docs, default=docs)
    kinds = st.sidebar.multiselect("Soort" if nl else "Kind", sorted({f["kind"] for f in findings}),
                                   default=sorted({f["kind"] for f in findings}))
    shown = [f for f in findings if f["doc"] in chosen and f["kind"] in kinds]
    st.metric("Bevindingen" if nl else "Findings", len(shown))
    if not shown:
        st.success("Geen tegenstrijdigheden gevonden." if nl else "No contradictions found.")
    for n, f in enumerate(shown, 1):
        label = (KIND if nl else KIND_EN)[f["kind"]]
        with st.container(border=True):
            st.markdown(f"**{n}. {label}** · {SEVERITY[f['severity']]} · `{f['doc']}`")
            st.text(f["message"])
            if f.get("supported") is not None:
                st.info(("De documenten ondersteunen: " if nl else "The documents support: ")
                        + f"{f['supported']:g} {f.get('unit') or ''}".strip())
            cols = st.columns(max(1, min(3, len(f["citations"]))))
            for i, c in enumerate(f["citations"]):
                from qa.models import Citation

                cite = Citation(**c)
                with cols[i % len(cols)]:
                    st.caption(f"[{i + 1}] {cite.title or cite.doc} — {where(cite, lang)}")
                    if cite.caption:
                        st.text(cite.caption[:200])
                    st.code(cite.quote.strip(), language=None, wrap_lines=True)
            with st.expander("Waarden" if nl else "Values"):
                st.dataframe([{k: v[k] for k in ("role", "raw", "unit", "label", "line")} for v in f["values"]],
                             hide_index=True, width="stretch")


main()
