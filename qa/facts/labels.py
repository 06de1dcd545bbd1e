"""Labels every fact stage shares: regions, years, totals and a document's language."""

from __future__ import annotations

import re

from qa.models import Fact

REGION_PATTERNS: list[tuple[str, str]] = [
    ("Brussels Hoofdstedelijk Gewest", r"Brussel(?:s|se)?[\s-]+Hoofdstedelijk(?:e)?[\s-]+Gewest|BHG|Brussels[\s-]+Capital[\s-]+Region|Brussel(?:s)?|Brussels"),
    ("West-Vlaanderen", r"West[\s-]*Vlaanderen|W-?VL\.?|West[\s-]Flanders"),
    ("Oost-Vlaanderen", r"Oost[\s-]*Vlaanderen|O-?VL\.?|East[\s-]Flanders"),
    ("Vlaams-Brabant", r"Vlaams[\s-]*Brabant|Vl\.?[\s-]*Brabant|VL-?B|Flemish[\s-]Brabant"),
    ("Antwerpen", r"Antwerpen|Antw\.?|Antwerp"),
    ("Limburg", r"Limburg|Limb\.?"),
    ("Vlaanderen", r"Vlaanderen|Vlaamse? Gewest|Flanders|Flemish Region"),
    ("Wallonië", r"Walloni[eë]|Waalse? Gewest|Wallonia|Walloon(?: Region)?"),
    # Dutch provinces, for Dutch government documents
    ("Groningen", r"Groningen"), ("Friesland", r"Friesland|Fryslân"), ("Drenthe", r"Drenthe"),
    ("Overijssel", r"Overijssel"), ("Flevoland", r"Flevoland"), ("Gelderland", r"Gelderland"),
    ("Utrecht", r"Utrecht"), ("Noord-Holland", r"Noord[\s-]*Holland"), ("Zuid-Holland", r"Zuid[\s-]*Holland"),
    ("Zeeland", r"Zeeland"), ("Noord-Brabant", r"Noord[\s-]*Brabant"),
]
_REGION = re.compile(
    "|".join(f"(?P<r{i}>(?<![\\w-])(?:{pat})(?![\\w-]))" for i, (_, pat) in enumerate(REGION_PATTERNS)), re.I
)
_YEAR = re.compile(r"(?<![\d.,/])(?:19[5-9]\d|20[0-4]\d)(?![\d]|[.,]\d)")
_DATE = re.compile(r"(?<![\d/.-])\d{1,2}[/.-]\d{1,2}[/.-]((?:19|20)\d\d)(?!\d)")  # 31/12/2023: a date in 2023
_TOTAL = re.compile(r"^\s*(?:sub|eind|algemeen\s+|grand\s+|overall\s+)?tota(?:a)?l\b", re.I)


_PART = re.compile(r"^\s*[(\-–•]?\s*(?:waarvan|waaronder|w\.v\.|w\.o\.|inclusief|incl\.|of which|including)\b",
                   re.I)


def is_part_label(text: str) -> bool:
    """A row that is part of the row above ("waarvan nieuw"): it belongs under it, and no sum counts it twice."""
    return bool(_PART.match(text))


def region_of(text: str) -> str | None:
    """Canonical province / region named in `text` (the first one), or None."""
    m = _REGION.search(text)
    if m is None:
        return None
    return REGION_PATTERNS[int(m.lastgroup[1:])][0]


def without_regions(text: str) -> str:
    """The text with its region names (and an 'in' before them) taken out: a label carried to another region."""
    return " ".join(re.sub(r"(?:\b(?:in|uit|van)\s+)?(?:" + _REGION.pattern + ")", " ", text, flags=re.I).split())


def year_of(text: str, single: bool = False) -> str | None:
    """The first year written in `text`; with `single`, only if it names just one year."""
    years = _YEAR.findall(_DATE.sub(r" \1", text))
    if not years or (single and len(set(years)) > 1):
        return None
    return years[0]


def detect_lang(text: str) -> str:
    """"en" when English function words outnumber Dutch ones."""
    sample = f" {text[:20000].lower()} "
    nl = sum(sample.count(w) for w in (" de ", " het ", " van ", " een ", " en "))
    en = sum(sample.count(w) for w in (" the ", " of ", " and ", " is ", " to "))
    return "en" if en > nl else "nl"


def is_total_label(text: str) -> bool:
    return bool(_TOTAL.match(text))


def is_subtotal_label(text: str) -> bool:
    return bool(re.match(r"\s*sub-?tota", text, re.I))


_NON_ADDITIVE = re.compile(r"evolutie|groei|wijziging|verandering|verschil|t\.o\.v|tov\b|gemiddel|mediaan|"
                           r"doorlooptijd|graad|ratio|index|procent|percent|%|change|average|median|rate\b", re.I)


def looks_like_rates(cells: list[Fact]) -> bool:
    """Small decimals of both signs ('-6,8', '4,2', '-12,4'): changes or rates in percent, whatever the header."""
    values = [c.value for c in cells]
    return (all(abs(v) < 100 for v in values) and any(v < 0 for v in values) and any(v > 0 for v in values)
            and sum("," in c.raw or "." in c.raw for c in cells) * 2 >= len(cells))


def non_additive(*labels: str) -> bool:
    """A line of rates, changes or averages ('Evolutie (%)', 'Gemiddelde doorlooptijd'): its total is no sum."""
    return any(_NON_ADDITIVE.search(label or "") for label in labels)


def describe(fact: Fact, heading: str = "") -> str:
    """One line for lexical and semantic search over facts."""
    amount = f"{fact.raw} {fact.unit}" if fact.unit and not fact.raw.endswith("%") else fact.raw
    parts = [fact.measure, fact.row, fact.column, fact.year or "", fact.region or "", amount,
             "totaal" if fact.is_total else "", fact.caption, heading]
    seen: list[str] = []
    for part in (" ".join(p.split()) for p in parts):
        if part and part not in seen:
            seen.append(part)
    return " | ".join(seen)


def regions_in(text: str) -> list[str]:
    """Every canonical region named in the text, in order."""
    found: list[str] = []
    pos = 0
    while True:
        name = region_of(text[pos:])
        if name is None:
            break
        m = None
        for canon, pat in REGION_PATTERNS:
            if canon == name:
                m = re.search(rf"(?<![\w-])(?:{pat})(?![\w-])", text[pos:], re.I)
                break
        if m is None:
            break
        if name not in found:
            found.append(name)
        pos += m.end()
    return found
