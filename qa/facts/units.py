"""Units a table states once for all its cells: a caption's '(in duizend euro)', a unit line under the header
('(x 1.000 euro)'), a row of units, one per column ('ha ha ha', 'k euro k euro %')."""

from __future__ import annotations

import re


_UNIT_CAPTION = re.compile(
    r"^\s*\(?\s*(?:bedragen\s+)?(?:in\s+|x\s*)?(duizend|1[.,]?000|miljoen|mln|k|)\s*(euro|eur|€|vte|%)\s*\)?\s*$", re.I
)


def unit_caption(text: str) -> tuple[str, float] | None:
    """Unit and scale of a caption such as "(duizend euro)"; None otherwise."""
    if text.strip().lower().startswith("in ") and len(text.split()) <= 4:
        text = f"({text.strip()})"  # 'in € mln' alone on a line under the header
    text = re.sub(r"(€|euro)\s+(mln|miljoen|duizend)\b", r"\2 \1", text, flags=re.I)  # '€ mln': 'mln €'
    m = _UNIT_CAPTION.match(text)
    if not m or not text.strip().startswith("("):
        return None
    scale_word, unit = m.group(1).lower(), m.group(2).lower()
    if unit in ("vte", "%"):
        return ("VTE" if unit == "vte" else "%"), 1.0
    if scale_word in ("duizend", "1000", "1.000", "1,000", "k"):
        return "k euro", 1000.0
    if scale_word in ("miljoen", "mln"):
        return "miljoen euro", 1e6
    return "euro", 1.0



_IN_UNIT = re.compile(r"\((?:bedragen\s+|cijfers\s+)?(?:in|x)\s*(duizend|miljoen|mln|k|1[.,]?000[.,]?000|1[.,]?000)?\s*(euro|eur|€|vte|%|procent|"
                      r"hectare|ha|km|kilometer|ton|uur|uren|dagen|kalenderdagen|werkdagen|maanden|weken)\)", re.I)
_UNIT_NAMES = {"eur": "euro", "€": "euro", "vte": "VTE", "procent": "%", "hectare": "ha", "kilometer": "km",
               "uren": "uur", "kalenderdagen": "dagen", "werkdagen": "dagen"}


_MONEY_UNIT = re.compile(r"\((?:bedragen\s+)?(duizend|miljoen|mln|k)?\s*(euro|eur|€)\)", re.I)  # '(euro)', '(k euro)'


_UNIT_CELL = r"\(?(?:in\s+)?(?:duizend\s+|miljoen\s+|k\s?)?(?:euro|eur|€|ha|hectare|km|ton|vte|%|dagen|uur)\)?"
_UNIT_ROW = re.compile(rf"\s*{_UNIT_CELL}(?:\s+{_UNIT_CELL})+\s*", re.I)


def unit_row(text: str) -> tuple[str, float] | None:
    """The unit of a header row that names one per column ('ha ha ha ha', 'k euro k euro k euro %'): the most
    common one; a column of another unit says it in its cells ('98,7%')."""
    if not _UNIT_ROW.fullmatch(text):
        return None
    cells = [re.sub(r"^in\s+", "", m.group(0).strip("()")) for m in re.finditer(_UNIT_CELL, text, re.I)]
    units = [caption_unit(f"(in {cell})") for cell in cells]
    units = [u for u in units if u]
    return max(units, key=units.count) if units else None


def caption_unit(text: str) -> tuple[str, float] | None:
    """Unit and scale a table's caption gives its cells: 'Tabel 2: Subsidies (in duizend euro)', '(in hectare)',
    'Uitbetaald bedrag (euro)'."""
    m = _IN_UNIT.search(text) or _MONEY_UNIT.search(text)
    if not m:
        return None
    scale, unit = (m.group(1) or "").lower(), m.group(2).lower()
    unit = _UNIT_NAMES.get(unit, unit)
    if re.fullmatch(r"1[.,]?000(?:[.,]?000)?", scale) and unit != "euro":
        return None  # '(x 1.000 ton)': a scale this reader keeps for euro only, so no unit rather than a wrong one
    if unit == "euro" and (scale in ("duizend", "k") or re.fullmatch(r"1[.,]?000", scale)):
        return "k euro", 1000.0  # '(x 1.000 euro)'
    if unit == "euro" and (scale in ("miljoen", "mln") or re.fullmatch(r"1[.,]?000[.,]?000", scale)):
        return "miljoen euro", 1e6
    return unit, 1.0
