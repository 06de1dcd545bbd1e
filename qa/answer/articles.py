"""A budget article named in a question: 'het begrotingsartikel VOP', 'the VOP budget article'. A budget report
is a run of articles, each under its own heading; an article's text often names its neighbours in passing ('een
voortzetting van de uitdovende VOP-premie'), so a figure answers for a named article only under that article's
heading, or when its own sentence names it."""

from __future__ import annotations

import re
from typing import Callable

_ARTICLE = re.compile(r"\b(?:begrotings)?artikels?\b|\b(?:budget\s+)?articles?\b", re.I)
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,6}\b")


def _said(short: str, long_forms: list[str], text: str) -> bool:
    low = " ".join(text.lower().replace("-", " ").split())
    return bool(re.search(rf"(?<![A-Za-z0-9]){re.escape(short)}(?![A-Za-z])", text)) or any(
        " ".join(f.lower().replace("-", " ").split()) in low for f in long_forms if f)


def article_unnamed(question: str, heading: str, own: str, long_forms: Callable[[str], list[str]],
                    header_codes: set[str]) -> str | None:
    """The abbreviation that names the article a question asks about when the figure's section `heading` and its
    `own` words (sentence or labels) say neither it nor its long form; None when the question names no article
    that way. Abbreviations the document's table headers use ('VAK', 'BU 2024') name a budget stage or a column,
    which the labels check."""
    if not _ARTICLE.search(question):
        return None
    for short in dict.fromkeys(_ACRONYM.findall(question)):
        if short.lower() in header_codes or short in header_codes:
            continue
        forms = long_forms(short)
        if not _said(short, forms, heading) and not _said(short, forms, own):
            return short.lower()
    return None
