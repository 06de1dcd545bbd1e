"""Whether a figure is the kind of number a question asks: a share, an amount of money, a count, a length
of time, full-time equivalents. A count of agreements never answers 'how many days', a budget never answers
'how many', and 'hoe lang' is answered by a length of time only."""

from __future__ import annotations

import re

from ..facts.labels import MEASURE_UNITS
from ..models import Fact
from ..search.retrieve import Index
from .asked import ANY_MONEY, MEASURES, is_money_noun
from .frames import local_words
from .question import MONEY_UNITS, Query
from .scored import head_match
from .verify import description
from .wordparts import term_in

_TIME_AFTER = re.compile(r"\s*(?:\w+\s+)?(?:dag|dagen|weken|week|maand|maanden|jaar|jaren|uur|uren|minuten|days?|weeks?|"
                         r"months?|years?|hours?|minutes?)\b", re.I)


_DATE_CELL = re.compile(r"(?:19|20)\d\d")
_DATE_LABEL = re.compile(r"\b(?:sinds|vanaf|jaar van|bouwjaar|openingsjaar|startjaar|datum|opgericht|geopend|since|year of|"
                         r"opened|founded|established)\b", re.I)
_ASKS_WHEN = re.compile(r"\b(?:wanneer|welk jaar|sinds|vanaf|when|which year|what year|since)\b", re.I)


# what a bare number of running text counts when a noun follows it ('39 regisseurs'), unless that noun is money's
_COUNTED_AFTER = re.compile(r"\s*(?!(?:euro|eur|keuro|miljoen|miljard|duizend|k|million|billion|thousand|"
                            r"voor|van|in|op|aan|bij|met|per|tot|en|of|uit|door|is|was|werd|werden|wordt|zijn|"
                            r"waren|bedraagt|bedroeg|for|to|and|or|on|by|at|were|are)\b)([a-zà-ÿ]{4,})\b(?!\s*euro)")


# 'How many FTE of the contingent ...': FTE named as what is asked, not as the bound of a range ('tussen 2 en 5 VTE')
_ASKS_FTE = re.compile(r"(?<!\d)(?<!\d )\b(?:VTE|FTE|VTE's|FTEs|voltijds\w*|full-time)\b", re.I)


_OTHER_MEASURE = re.compile(r"\b(?:hectare|ha|km|m2|m²|m³|ton|kwh|mwh)\b", re.I)  # a table of areas, lengths, ...
_BUDGET_WORD = re.compile(r"(?:begrot|realisatie|raming|uitgegeven|besteed|vastlegging|vereffening|ontvangst)")


def fits_unit(index: Index, fact: Fact, q: Query) -> bool:
    """Does the fact's unit (or the word after it) fit the kind of number the question asks (q.unit_hint)?"""
    if q.unit_hint == "%" and fact.unit != "%":
        return False
    if q.unit_hint in ("count", "duur") and (fact.unit == "%" or fact.unit in MONEY_UNITS):
        return False
    if q.unit_hint == "count" and fact.unit == "VTE" and not re.match(r"vte|fte|voltijd|equival|full", q.counted or "") \
            and not _ASKS_FTE.search(q.text):
        return False  # 'hoeveel ondernemingen ... tussen 2 en 5 VTE' counts companies, not full-time equivalents
    if q.unit_hint == "count" and re.match(r"(?:jaar|dagen|maanden|weken|uur)\b", fact.unit or "") \
            and not re.match(r"(?:jaar|jaren|dag|maand|week|weken|uur|uren|year|day|month|hour)", q.counted or ""):
        return False  # 'how many complaints' is not answered by 'de voorbije vijf jaar'
    if q.unit_hint == "count" and MEASURE_UNITS.fullmatch(fact.unit or ""):
        return False  # 'op hoeveel schoolvestigingen' is not answered by their installed power (kWp) or area (ha)
    if q.unit_hint == "duur" and not re.match(r"(?:jaar|dag|maand|week|weken|uur|u/week)", fact.unit or "") \
            and not _TIME_AFTER.match(local_words(index, fact, 0, 25)[len(fact.raw):]):
        return False  # 'hoe lang op voorhand' is answered by 'drie weken', not by '200 zendingen'
    if q.unit_hint == "money" and fact.unit == "%" and not re.search(r"%|procent|percent", q.text):
        return False
    if q.unit_hint == "money" and fact.unit and fact.unit != "%" and "euro" not in fact.unit:
        return False  # 'hoeveel kredieten' is not answered by 'drie jaar' or '12 VTE'
    if q.unit_hint == "money" and not fact.unit and fact.raw.isalpha():
        return False  # 'drie subsidievormen': a number written as a word is no amount without its 'euro'
    if _DATE_CELL.fullmatch(fact.raw.strip()) and fact.source == "table" and _DATE_LABEL.search(
            " ".join(fact.row_path + fact.col_path)) and not _ASKS_WHEN.search(q.text):
        return False  # a column 'In gebruik sinds' holds dates: '2022' is no size, count or amount
    if q.unit_hint == "money" and not fact.unit and fact.source != "table" and _COUNTED_AFTER.match(
            local_words(index, fact, 0, 30)[len(fact.raw):]):
        return False  # 'How much was budgeted ...?' is not answered by '39 regisseurs'
    if q.unit_hint == "money" and not fact.unit and fact.source == "table" and any(
            re.match(r"\s*aantal\b", label, re.I) for label in [fact.measure, *fact.col_path, *fact.row_path]):
        return False  # 'Hoeveel kost een traject?' is not answered by a cell of 'aantal beëindigde overeenkomsten'
    if q.unit_hint == "money" and not fact.unit and fact.source == "table" and not any(
            is_money_noun(w) or _BUDGET_WORD.match(w) for label in [*fact.col_path, *fact.row_path, fact.caption, fact.measure]
            for w in re.findall(r"\w+", label.lower())) and not _OTHER_MEASURE.search(f"{fact.caption} {fact.measure}"):
        return False  # 'How much money ...?', 'hoeveel gaf het AWV uit' ask an amount: a cell of a table that says
        # no money anywhere (not in its caption either) is a count ('Vastgestelde snelheidsovertredingen')
    if q.unit_hint in ("VTE", "uur", "minuten", "dagen", "jaar") and (fact.unit or fact.raw.isalpha()) \
            and q.unit_hint not in (fact.unit or ""):
        return False  # a number written as a word has its unit right after it, or none
    if q.unit_hint in ("uur", "dagen", "minuten") and not fact.unit and not fact.raw.isalpha() and not re.search(
            {"dagen": r"(?:dag|dagen|uur|uren|days?|hours?)\b", "uur": r"(?:uur|uren|hours?)\b"}.get(
                q.unit_hint, r"(?:minuten|minutes?)\b"),
            description(fact) + (" " + fact.quote if fact.source == "prose" else ""), re.I):
        return False  # 'how many days' is not answered by a count of agreements
    if fact.unit == "%" and q.unit_hint != "%" and _HOW_MUCH.search(q.text) and not _SHARE_WORDS.search(q.text):
        return False  # 'hoeveel werd er geïnd' asks an amount, not the '+12,0 %' of its evolution column
    if q.unit_hint in MEASURES and not _measured_in(fact, q.unit_hint):
        return False  # 'hoeveel hectare' is answered by an area, not by the budget of the same table
    if q.unit_hint == "VTE" and not fact.unit and not re.search(
            r"\b(VTE|FTE|voltijds)", " ".join((fact.row, fact.column, fact.caption, fact.measure)), re.I):
        return False  # '70 mensen' is a head count, not full-time equivalents
    return True


_HOW_MUCH = re.compile(r"\b(?:hoeveel|how many|how much|hoe groot|how (?:big|large))\b", re.I)  # a share is none
_SHARE_WORDS = re.compile(r"%|procent|percent|aandeel|deel van|share|graad|rate|ratio|verhouding|evolu|steeg|stegen|"
                          r"stijg|daal|daling|groei|toename|afname|nam\b|namen\b|rose|fell|grew|increas|decreas|chang|"
                          r"verander|hoger|lager|meer dan|minder dan|higher|lower", re.I)


def _measured_in(fact: Fact, unit: str) -> bool:
    """Is the fact in the unit the question measures by: its own unit, or one its labels or sentence name?"""
    word = re.compile(rf"\b(?:{MEASURES[unit]})\b", re.I)
    if fact.unit:
        return bool(word.fullmatch(fact.unit))
    said = " ".join((fact.row, fact.column, fact.caption, fact.measure)) + (" " + fact.quote if fact.source == "prose" else "")
    return bool(word.search(said))


# 'Hoeveel kostte X?', 'How much did X cost?': the question asks an amount of money; X is what it is the cost of
COST_OF = re.compile(r"\b(?:hoeveel|wat)\s+(?:kost|kostte|kostten|kosten)\b|\bhoeveel\b[^?]*\bgekost\b|\bhow much (?:does|did|do|will)\b.*\bcost\b",
                     re.I)


def unit_answers(q: Query, fact: Fact) -> bool:
    """A question that names its unit ('(in jaren)', 'hoeveel uur') is answered by a number in that unit."""
    if q.unit_hint == "%" and not re.search(r"%|\bprocent|\bpercent", q.text, re.I):
        return False  # 'what share of the applications' names its whole, which the figure must be said of
    if q.unit_hint in MEASURES:
        return _measured_in(fact, q.unit_hint)
    return q.unit_hint in ("VTE", "uur", "minuten", "dagen", "jaar", "%") and bool(fact.unit) and q.unit_hint in fact.unit


def is_rate(index: Index, fact: Fact) -> bool:
    """An amount per person, month, week...: 'euro per maand', '30u/week'."""
    if fact.unit and ("per" in fact.unit or "/" in fact.unit):
        return True
    if fact.source == "table":  # a cell is a rate by its headers, not by the cells printed after it ('/')
        return bool(re.search(r"\bper\s+(?!(?:provincie|regio|gewest|gemeente|arrondissement|sector|categorie|type|"
                              r"soort|province|region)\b)|[^\W\d_]/[^\W\d_]",
                              " ".join([fact.measure, *fact.row_path, *fact.col_path]), re.I))
    after = index.document(fact.doc).text[fact.end:fact.end + 25]
    return bool(re.match(r"\s*(?:[^\W\d_]+\s*){0,2}(?:per\s|/\s*[^\W\d_])", after)) \
        and not re.match(r"\s*(?:[^\W\d_]+\s*){0,2}?[A-Z]{2,}\s*/\s*[A-Z]{2,}", after)  # 'keuro VAK/VEK': two codes


def money_head(q: Query, heads: list[str], fact: Fact, own: set[str]) -> bool:
    """'hoeveel federale kredieten': an amount is said by its unit, its money noun anywhere in its sentence (stems
    `own`)."""
    if fact.unit not in MONEY_UNITS:
        return False
    if any(h in ANY_MONEY for h in heads):
        return True  # 'how much money', 'hoeveel geld': any amount in euro is money
    if any(h.endswith(m) and len(h) - len(m) >= 4 and term_in(h[:-len(m)], own) for h in heads for m in ANY_MONEY):
        return True  # 'premiegeld': money, of the premiums the cell is about
    if COST_OF.search(q.text):
        return True  # 'Hoeveel kostte het veiligheidsdetachement?': its cost, any amount in euro; the frame names it
    money = [h for h in heads if is_money_noun(h)]
    return bool(money) and head_match(money, own)
