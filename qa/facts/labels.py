"""Labels every fact stage shares: regions, years, totals and a document's language."""

from __future__ import annotations

import re
from bisect import bisect_right

from qa.models import Fact

REGION_PATTERNS: list[tuple[str, str]] = [
    ("Brussels Hoofdstedelijk Gewest", r"Brussel(?:s|se)?[\s-]+Hoofdstedelijk(?:e)?[\s-]+Gewest|BHG|Brussels[\s-]+Capital[\s-]+Region|Brussel(?:s)?|Brussels"),
    ("West-Vlaanderen", r"West[\s-]*Vlaanderen|W-?VL\.?|West[\s-]Flanders|West[\s-]Flemish"),
    ("Oost-Vlaanderen", r"Oost[\s-]*Vlaanderen|O-?VL\.?|East[\s-]Flanders|East[\s-]Flemish"),
    ("Vlaams-Brabant", r"Vlaams[\s-]*Brabant|Vl\.?[\s-]*Brabant|VL-?B|Flemish[\s-]Brabant"),
    ("Antwerpen", r"Antwerpen|Antw\.?|Antwerp"),
    ("Limburg", r"Limburg|Limb\.?"),
    ("Vlaanderen", r"Vlaanderen|Vlaamse? Gewest|Flanders|Flemish Region"),
    # the Walloon provinces ('luik' and 'namen' are also common Dutch words: only with 'provincie')
    ("Waals-Brabant", r"Waals[\s-]*Brabant|Brabant[\s-]wallon|Walloon[\s-]Brabant"),
    ("Henegouwen", r"Henegouwen|Hainaut"), ("Luik", r"provincie\s+Luik|Li[eè]ge"),
    ("Luxemburg", r"Luxemburg|Luxembourg"), ("Namen", r"provincie\s+Namen|Namur"),
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
# adjectives of a region ('de West-Vlaamse zones'): in a caption they say whose figures a table holds
REGION_ADJECTIVES = {"limburgse": "Limburg", "antwerpse": "Antwerpen", "west-vlaamse": "West-Vlaanderen",
                     "oost-vlaamse": "Oost-Vlaanderen", "vlaams-brabantse": "Vlaams-Brabant", "brusselse": "Brussel",
                     "waalse": "Wallonië"}
_ADJECTIVE = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(k) for k in REGION_ADJECTIVES) + r")(?![\w-])", re.I)


def caption_region(caption: str) -> str | None:
    """The one province a table's caption names, by name or adjective ('Personeelsbezetting van de vier
    West-Vlaamse zones'), or None when it names none or several."""
    adjectives = {REGION_ADJECTIVES[m.group(0).lower()] for m in _ADJECTIVE.finditer(caption)}
    after_in = {r for m in re.finditer(r"\b(?:in|van)\s+(?:de\s+provincie\s+)?(.{3,40})", caption, re.I)
                for r in [leading_region(m.group(1))] if r for r in [r[0]]}  # 'per gemeente in Limburg', not 'naar Brussel'
    named = set(regions_in(_ADJECTIVE.sub(lambda m: REGION_ADJECTIVES[m.group(0).lower()], caption)))
    return named.pop() if len(named) == 1 and named <= adjectives | after_in else None


def is_region_name(text: str) -> bool:
    """The whole text is one region's name ('Waals Gewest', 'Brussels Hoofdstedelijk Gewest')."""
    m = _REGION.match(text.strip())
    return m is not None and m.end() == len(text.strip())


_YEAR = re.compile(r"(?<![\d.,/])(?:19[5-9]\d|20[0-4]\d)(?![\d]|[.,]\d)")
_DATE = re.compile(r"(?<![\d/.-])\d{1,2}[/.-]\d{1,2}[/.-]((?:19|20)\d\d)(?!\d)")  # 31/12/2023: a date in 2023
_TOTAL = re.compile(r"^\s*(?:sub|eind|algemeen\s+|grand\s+|overall\s+)?tota(?:a)?l\b", re.I)


_PART = re.compile(r"^\s*[(\-–•]?\s*(?:waarvan|waaronder|w\.v\.|w\.o\.|inclusief|incl\.|of which|including)\b",
                   re.I)


def same_header(first: list[str], again: list[str]) -> bool:
    """A header printed again over a continued table ('Tabel 2 (vervolg)'), maybe wrapped otherwise or with
    an upper level lost: per column the same words, one side's a subset of the other's, and no other year.
    Columns '2023 | 2024' under a header '2020 | 2021' are another table's, whatever the caption says."""
    if len(first) != len(again):
        return False
    for a, b in zip(first, again):
        wa, wb = set(_HEADER_WORD.findall(a.lower())), set(_HEADER_WORD.findall(b.lower()))
        if not wa or not wb or not (wa <= wb or wb <= wa):
            return False
        ya, yb = set(_YEAR_WORD.findall(a)), set(_YEAR_WORD.findall(b))
        if ya and yb and ya != yb:
            return False
    return True


_HEADER_WORD = re.compile(r"[^\W_]+")
_YEAR_WORD = re.compile(r"\b(?:19|20)\d\d\b")


def is_part_label(text: str) -> bool:
    """A row that is part of the row above ("waarvan nieuw"): it belongs under it, and no sum counts it twice."""
    return bool(_PART.match(text))


def region_of(text: str) -> str | None:
    """Canonical province / region named in `text` (the first one), or None."""
    m = _REGION.search(text)
    if m is None:
        return None
    return REGION_PATTERNS[int(m.lastgroup[1:])][0]


_WHOLES = {"Vlaanderen": {"Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen"},
           "Wallonië": {"Waals-Brabant", "Henegouwen", "Luik", "Luxemburg", "Namen"}}


def region_whole(label: str) -> set[str]:
    """The provinces a label that is just a region's name adds up ('Vlaanderen', 'Vlaams Gewest'); else empty."""
    lead = leading_region(label.strip())
    return _WHOLES.get(lead[0], set()) if lead and lead[1] == len(label.strip()) else set()


def leading_region(text: str) -> tuple[str, int] | None:
    """The region `text` starts with and the length of its name ('het Brussels Gewest' starts with none)."""
    m = _REGION.match(text)
    return (REGION_PATTERNS[int(m.lastgroup[1:])][0], m.end()) if m else None


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
                           r"doorlooptijd|graad|ratio|index|procent|percent|%|change|average|median|rate\b|"
                           r"\bgem\.|\bper\s+\d|\bper\s+(?:capita|inwoner|m2|m²|m³|km|ha|hectare|kwh|mwh|vte|fte|"
                           r"leerling|persoon|deelnemer|kind|gezin|woning)", re.I)  # 'per 1.000 inwoners',
# 'Gem. premie', 'Energiekost per m²': a rate, whose total is no sum of the parts


def small_decimals(cells: list[Fact]) -> bool:
    """Decimals under 100 all ('68,4' over '63,5', '71,2'): a region's rate beside its provinces', not their sum."""
    return all("," in c.raw and abs(c.value) < 100 for c in cells)


def looks_like_rates(cells: list[Fact]) -> bool:
    """Small decimals of both signs ('-6,8', '4,2', '-12,4'): changes or rates in percent, whatever the header."""
    values = [c.value for c in cells]
    return (all(abs(v) < 100 for v in values) and any(v < 0 for v in values) and any(v > 0 for v in values)
            and sum("," in c.raw or "." in c.raw for c in cells) * 2 >= len(cells))


def non_additive(*labels: str) -> bool:
    """A line of rates, changes or averages ('Evolutie (%)', 'Gemiddelde doorlooptijd'): its total is no sum."""
    return any(_NON_ADDITIVE.search(label or "") for label in labels)


def rate_label(label: str) -> bool:
    """A line beside the parts that is no part: 'Verschil 2023-2022', 'Evolutie (%)', 'Gem. premie' (a kind of
    project that names a change, 'Reliëfwijziging', 'Verkavelingen en wijzigingen', is a part)."""
    label = (label or "").strip()
    return bool(_NON_ADDITIVE.match(label) or "%" in label or re.search(r"\bper\s+\d", label))


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


# a region named right after a number, behind at most two words of its own ('13. 195 in het Brussels Gewest',
# '34. 160 vestigingen in Wallonie', '3,2 % in Wallonie'): it says where that number is
_REGION_AFTER = re.compile(r"[^\S\n]*(?:%[^\S\n]*)?(?:(?!(?:en|of|and|or|maar)\b)[^\W\d]+[^\S\n]+){0,2}?(?:in|uit|voor)[^\S\n]+"
                           r"(?:het[^\S\n]+|de[^\S\n]+)?", re.I)
_REGION_BEFORE = re.compile(rf"(?:{_REGION.pattern})[^\S\n]*:?[^\S\n]*$", re.I)  # 'in Brussel 611', 'Wallonie: 932'


def _region_after(text: str, end: int) -> tuple[str, int] | None:
    """The region right after a number ending at `end`, and where its mention ends."""
    m = _REGION_AFTER.match(text, end)
    found = leading_region(text[m.end():m.end() + 60]) if m else None
    return (found[0], m.end() + found[1]) if found else None


def own_region(text: str, lo: int, at: int, measure_ends: list[int], sentence: str, heading: str) -> str | None:
    """The region named in a number's own clause, between the previous measured number of its sentence and
    it ('in Vlaanderen 5. 463 nieuwe diagnoses, in Brussel 611 en in Wallonie 2. 596' gives each its own);
    else the one region its sentence or heading names. Two regions together ('Vlaanderen en Brussel samen')
    are neither's."""
    k = bisect_right(measure_ends, at) - 1
    while k >= 0 and measure_ends[k] >= at:  # the number itself
        k -= 1
    start = max(lo, measure_ends[k]) if k >= 0 else lo
    right_before = _REGION_BEFORE.search(text, start, at)
    if right_before:  # 'in Vlaanderen 5. 463 nieuwe diagnoses, in Brussel 611 en in Wallonie 2. 596'
        return regions_in(right_before.group(0))[-1]
    own = _region_after(text, next((e for e in measure_ends if e > at), at))
    if own:  # '68. 604 in Vlaanderen, 13. 195 in het Brussels ...': each its own
        return own[0]
    if k >= 0 and start == measure_ends[k] and re.fullmatch(r"\s*(?:%|procent|euro)?\s*:\s*", text[start:at]):
        # 'in het Waalse Gewest is er een daling van 14 %: 2. 456 faillissementen': the colon spells out the
        # clause before it, whose region is this number's too
        clause = text[max(lo, text.rfind(";", lo, start) + 1, measure_ends[k - 1] if k > 0 else lo):start]
        named = regions_in(clause)
        if len(set(named)) == 1:
            return named[0]
    if k >= 0 and start == measure_ends[k]:  # the region said right after the number before is that number's
        start = (_region_after(text, start) or (None, start))[1]
    for names in (regions_in(text[start:at]), regions_in(sentence)):
        if len(set(names)) > 1:
            return None
        if names:
            return names[0]
    return region_of(heading)


_UNIT_IN_LABEL = re.compile(r"(?<!\d )\b(VTE|keuro|k\s?euro|duizend euro|(?:mln|miljoen) (?:euro|€)|€ mln|euro|EUR|procent|"
                            r"dagen)(?!\w)|(%|€\s?mln\b|€)")
_LABEL_UNITS = {"vte": "VTE", "keuro": "k euro", "k euro": "k euro", "duizend euro": "k euro", "mln euro": "miljoen euro",
                "mln €": "miljoen euro", "miljoen euro": "miljoen euro", "miljoen €": "miljoen euro", "€ mln": "miljoen euro",
                "euro": "euro", "eur": "euro", "%": "%", "procent": "%", "dagen": "dagen", "€": "euro"}
CURRENCY_TAIL = re.compile(r"[\s:]*(?:€|EUR|euro)\s*:?\s*$", re.I)  # 'Toegekend: €'


UNIT_SCALES = {"k euro": 1000.0, "miljoen euro": 1e6}  # '€ 18,7 mln' in a cell: 18,7 of a million euro
# a time unit in brackets ('Gemiddelde wachttijd (maanden)'); bare, a label's 'binnen 18 maanden' is no unit
_TIME_IN_LABEL = re.compile(r"\((?:in\s+)?(maanden|weken|jaren|jaar|uren|uur|kalenderdagen|werkdagen)\)", re.I)
_TIME_UNITS = {"jaren": "jaar", "uren": "uur", "kalenderdagen": "dagen", "werkdagen": "dagen"}


# the units of measure a cell may carry once read ('ha', 'kWp', 'm2'): an area, a power, a weight, never a count
MEASURE_UNITS = re.compile(r"ha|km|ton|kg|[kMGT]?W[hp]?|m[²³23]|liter")
# 'Bebost areaal (ha)', 'Geïnstalleerd vermogen (kWp)': a unit of measure in brackets, alone or after a period
_MEASURE_IN_LABEL = re.compile(r"\((?:in\s+)?(ha|hectare|km|ton|kg|(?-i:[kMGT]?W[hp]?)|m[²³23]|liter)\)", re.I)


def label_unit(*texts: str) -> str | None:
    """The unit a row or column label names ('Bedrag (euro)', 'Aandeel (%)', 'Wachttijd (maanden)', 'Areaal (ha)')."""
    for text in texts:
        m = _UNIT_IN_LABEL.search(text or "")
        if m:
            return _LABEL_UNITS.get((m.group(1) or m.group(2)).lower().replace("  ", " "), None)
        m = _MEASURE_IN_LABEL.search(text or "")
        if m:
            unit = m.group(1)
            return "ha" if unit.lower() == "hectare" else unit if "W" in unit else unit.lower().replace("²", "2")
        m = _TIME_IN_LABEL.search(text or "")
        if m:
            return _TIME_UNITS.get(m.group(1).lower(), m.group(1).lower())
    return None
