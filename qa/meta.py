"""Document metadata read from the header of Flemish parliamentary documents.

Generic patterns only (the answer block of a written question, a resolution's
heading, a budget report's title); a field that is not found stays None.
"""

from __future__ import annotations

import re
from datetime import date

from .models import DocMeta

_MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
_DATE = rf"\d{{1,2}} (?:{_MONTHS}) \d{{4}}|(?:19|20)\d\d-[01]\d-[0-3]\d"
_TYPES = [
    (re.compile(r"\bop vraag nr\.?\s*\d+", re.I), "schriftelijke vraag"),
    (re.compile(r"\bschriftelijke vraag\b", re.I), "schriftelijke vraag"),
    (re.compile(r"\bvoorstel van resolutie\b", re.I), "voorstel van resolutie"),
    (re.compile(r"\bbeleids- en begrotingstoelichting\b", re.I), "beleids- en begrotingstoelichting"),
    (re.compile(r"\bbeleidsnota\b", re.I), "beleidsnota"),
    (re.compile(r"\bvoorstel van decreet\b", re.I), "voorstel van decreet"),
    (re.compile(r"\bontwerp van decreet\b", re.I), "ontwerp van decreet"),
    (re.compile(r"\bverslag\b", re.I), "verslag"),
]


def _name(raw: str) -> str:
    """'LOES VANDROMME' -> 'Loes Vandromme'; mixed case is kept."""
    raw = raw.strip(" ,.")
    return raw.title() if raw.isupper() else raw


def parse_meta(text: str) -> DocMeta:
    """Parse type, number, date, questioner, minister and subject title."""
    head = text[:6000]
    meta = DocMeta()
    for pattern, doc_type in _TYPES:
        if pattern.search(head):
            meta.doc_type = doc_type
            break
    m = re.search(rf"vraag nr\.?\s*(\d+)\s+van\s+({_DATE})", head, re.I)
    if m:
        meta.number, meta.date = m.group(1), m.group(2)
    else:
        m = re.search(r"\bnr\.?\s*(\d+)", head[:1500], re.I)
        if m and meta.doc_type == "schriftelijke vraag":
            meta.number = m.group(1)
        m = re.search(rf"datum:\s*({_DATE})", head, re.I)
        if m:
            meta.date = m.group(1)
    m = re.search(r"vraag nr\.?\s*\d+[^\n]*\n\s*van\s+([A-ZÀ-Ý][^\n]{2,60})", head)
    if m:
        meta.questioner = _name(m.group(1))
    m = re.search(r"(?:^|\n)\s*(?:aan\s+)?([A-ZÀ-Ý][A-ZÀ-Ý' .-]{3,40})\s*\n\s*(?:VICE-?MINISTER|VLAAMS MINISTER|MINISTER)", head)
    if m:
        meta.minister = _name(m.group(1))
    else:  # 'antwoord van de Minister van Financiën, belast met ...': the office, when no name is printed
        m = re.search(r"antwoord van (?:de |het )?((?:vice-?eerste\s*)?minister\b[^,\n—]{0,80})", head, re.I)
        if m:
            meta.minister = m.group(1).strip()
    for line in head.splitlines()[:15]:
        line = line.strip()
        if re.search(r"\S\s+-\s+\S", line) and 8 < len(line) < 200 and not line.isupper() \
                and len(re.findall(r"\d[\d.,]*", line)) <= 1:  # 'Truiden 141.900 - 146.500': a table row, '-' empty
            meta.title = re.sub(r"\s+", " ", line)
            break
    return meta


def meta_date(text: str | None) -> date | None:
    """The date of a header ('23 maart 2023', '2017-06-13') as a date, or None."""
    m = re.fullmatch(rf"(\d{{1,2}}) ({_MONTHS}) (\d{{4}})", (text or "").strip(), re.I)
    try:
        if m:
            return date(int(m.group(3)), _MONTHS.split("|").index(m.group(2).lower()) + 1, int(m.group(1)))
        m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", (text or "").strip())
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
    except ValueError:
        return None


def citation_title(meta: DocMeta, doc: str) -> str:
    """Title shown with a citation, e.g. 'Schriftelijke vraag nr. 490 van 23 maart 2023 — Loes Vandromme'."""
    if meta.doc_type:
        parts = [meta.doc_type[0].upper() + meta.doc_type[1:]]
        if meta.number:
            parts.append(f"nr. {meta.number}")
        if meta.date:
            parts.append(f"van {meta.date}")
        title = " ".join(parts)
        if meta.questioner:
            title += f" — {meta.questioner}"
        elif meta.title:
            title += f" — {meta.title}"
        return title
    return meta.title or doc.rsplit("/", 1)[-1]
