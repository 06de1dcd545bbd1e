"""Sums, differences and changes computed from verified facts: every operand is found with the same verified
matching as a single answer (qa.answer.matching), the computation is shown with its operands (shares and the
rest of a whole: qa.answer.shares)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..facts.labels import region_of
from ..models import Answer, Fact
from ..text import EN_NL, stems
from .ambiguity import NEAR_CHARS
from .scored import Scored
from .asked import is_money_noun
from .question import DIRECTION, SUM_WORDS, Query, direction, stated_numbers
from .verify import same_sentence
from ..facts.periods import period_keys
from .verbs import is_participle, is_verb_form

if TYPE_CHECKING:
    from .assistant import Assistant

SIDE_GAP = 0.05  # a side's best figure this close to the next of its passage: the question's words chose neither
FACT_MIN = 0.40  # a figure's score needed to answer, alone or as an operand; calibrated on the dev set
FACT_MIN_EN = 0.30  # an English question's verified figure: its words reach the Dutch labels through a word list
CLOSEST_MIN = 0.25  # to be listed as a closest figure (never the answer)
SAME_SENTENCE_MIN = 0.1  # an operand of a change in the same sentence as its verified other year
_LEFT = re.compile(r"\b(?:over|left|remaining|aftrek|deduct\w*)\b", re.I)  # a remainder: one document's
# a comparative of less ('korter ... dan', 'fewer ... than'): the second side minus the first
_LESS_THAN = re.compile(r"\b(?:korter|lager|kleiner|goedkoper|minder|shorter|lower|smaller|cheaper|fewer|less)\b"
                        r"[^.?]{0,120}?\b(?:dan|than)\b", re.I)
_PARALLEL = {"bij", "in", "voor", "onder", "op", "at", "for", "among"}  # a side set against another by its preposition
_STOP_OPERAND = {"er", "werd", "werden", "is", "zijn", "was", "were", "de", "het", "een", "van", "the", "a", "of"}


def difference(asst: Assistant, question: str, q: Query) -> Answer | None:
    a_text, b_text, context = split_operands(q)
    if not a_text or not b_text:
        return None
    first = [s for s in asst.matcher.rank(own_names(q, a_text, [a_text, b_text]), text=context + " " + a_text,
                                          operand=a_text) if s.verified]
    second = [s for s in asst.matcher.rank(own_names(q, b_text, [a_text, b_text]), text=context + " " + b_text,
                                           operand=b_text) if s.verified]
    first, second = _own_sides(first, second)
    if not first or not second or _guessed(first) or _guessed(second):
        return None
    a = first[0]
    b = next((s for s in second if s.fact.start != a.fact.start or s.fact.doc != a.fact.doc), None)
    near = next((s for s in second if s.fact.doc == a.fact.doc and s.fact.start != a.fact.start
                 and s.score >= FACT_MIN), None)
    if b is not None and b.fact.doc != a.fact.doc and (near is not None or _LEFT.search(q.text)):
        b = near  # what is left of a budget, or a difference one document states both sides of, is that document's
    if b is None or min(a.score, b.score) < FACT_MIN:  # a weaker pair still holds when one table says both
        pair = _sibling_pair(first, second)
        if pair is None:
            return None
        a, b = pair
    if a.fact.unit != b.fact.unit:
        return None
    x, y = a.fact, b.fact
    if _LESS_THAN.search(q.text):  # 'hoeveel dagen korter bij A dan bij B': by how much A falls short of B
        x, y = y, x
    value = x.value - y.value
    if value < 0 and re.search(r"\b(verschil|difference|aftrek|deduct\w*|minus)\b", q.text, re.I):  # what is left
        x, y, value = y, x, -value
    return asst._computed(question, q, [x, y], "−", value, min(a.score, b.score))


# a half year named in a question, with any bracketed gloss of it ('(first and second quarter together)')
_HALF = re.compile(r"\(([^()]*\b(?:kwarta\w*|quarters?|K[1-4]|Q[1-4])\b[^()]*)\)|\b(?:(?:de|het|the)\s+)?(?:eerste|tweede|"
                   r"first|second)\s+(?:jaarhelft|helft|semester|half(?:\s+of)?(?:\s+the\s+year)?)|\b[SH][12]\b", re.I)
_QUARTERS = {("s1", "nl"): ("eerste kwartaal", "tweede kwartaal"), ("s2", "nl"): ("derde kwartaal", "vierde kwartaal"),
             ("s1", "en"): ("first quarter", "second quarter"), ("s2", "en"): ("third quarter", "fourth quarter")}


def half_year(asst: Assistant, question: str, q: Query) -> Answer | None:
    """'in de eerste jaarhelft van 2024' where a table gives quarters (K1 2024, K2 2024): the two quarters' cells
    of one row, added, unless a figure for the half year itself is printed."""
    asked = period_keys(q.text) & {"s1", "s2"}
    if len(asked) != 1 or q.operation:
        return None
    if any(s.verified and s.score >= FACT_MIN for s in asst.matcher.rank(q)[:3]):
        return None  # the half year is printed
    base = _HALF.sub(" ", q.text)
    parts = []
    for quarter in _QUARTERS[next(iter(asked)), q.lang]:
        text = f"{base} {quarter}"
        ranked = [s for s in asst.matcher.rank(replace(q, text=text), text=text) if s.verified and s.score >= FACT_MIN]
        if not ranked:
            return None
        parts.append(ranked[0])
    a, b = parts[0].fact, parts[1].fact
    if not a.table_id or a.table_id != b.table_id or a.unit != b.unit or a.start == b.start \
            or a.row_path + a.col_path == b.row_path + b.col_path:
        return None
    return asst._computed(question, q, [a, b], "+", a.value + b.value, min(p.score for p in parts))


def _own_sides(first: list[Scored], second: list[Scored]) -> tuple[list[Scored], list[Scored]]:
    """Each side less the other side's best figure ('511,06 dagen' of 'het geheel van andere organisaties' is
    theirs, not the maatwerkbedrijven's, however near their list it stands); a figure both sides rank first
    stays with the side it fits better."""
    if not first or not second:
        return first, second
    def key(s: Scored) -> tuple[str, int]:
        return s.fact.doc, s.fact.start
    if key(first[0]) == key(second[0]):
        return (first[1:], second) if second[0].score > first[0].score else (first, second[1:])
    return [s for s in first if key(s) != key(second[0])], [s for s in second if key(s) != key(first[0])]


def _guessed(side: list[Scored]) -> bool:
    """The two best figures for a side of a difference are of one passage, sentences or list items, and score
    alike ('lopende' and 'met stopdatum' under 'Maatwerkbedrijven:' for 'een beëindigde overeenkomst'): the
    question's words do not tell them apart, and a difference of a guess is a wrong number."""
    if len(side) < 2 or side[0].vouched:
        return False
    a, b = side[0].fact, side[1].fact
    return "table" not in (a.source, b.source) and a.doc == b.doc and abs(a.start - b.start) < NEAR_CHARS \
        and a.unit == b.unit and a.value != b.value and side[0].score - side[1].score < SIDE_GAP


def _sibling_pair(first: list[Scored], second: list[Scored]) -> tuple[Scored, Scored] | None:
    """Two verified cells of one table on one row or one column, or on the same row of two tables of one
    document ('Totaal' under 'In' and under 'Uit'), the better of them a sure answer: where one table (or a
    pair of parallel tables) holds both operands their difference is read, and the weaker may score less
    ('beëindigd' said only by its column header)."""
    best = None
    for x in first[:5]:
        for y in second[:5]:
            one_table = x.fact.table_id == y.fact.table_id and (x.fact.row_path == y.fact.row_path
                                                                 or x.fact.col_path == y.fact.col_path)
            parallel = x.fact.doc == y.fact.doc and x.fact.row_path == y.fact.row_path  # 'Totaal' of 'In' and 'Uit'
            if not x.fact.table_id or not y.fact.table_id or x.fact.id == y.fact.id or x.fact.unit != y.fact.unit \
                    or not (one_table or parallel):
                continue
            if max(x.score, y.score) >= FACT_MIN and min(x.score, y.score) >= CLOSEST_MIN \
                    and (best is None or min(x.score, y.score) > min(best[0].score, best[1].score)):
                best = (x, y)
    return best


def change(asst: Assistant, question: str, q: Query) -> Answer | None:
    """'Met hoeveel steeg X van 2022 naar 2023?': the same cell in both years (same table and headers but
    the year), later minus earlier."""
    early, late = sorted(q.years)
    firsts = [s for s in asst.matcher.rank(q, years=[early]) if _usable(s, SAME_SENTENCE_MIN)][:3]
    seconds = [s for s in asst.matcher.rank(q, years=[late]) if _usable(s, SAME_SENTENCE_MIN)]
    # one cell of a table in both years before two numbers of a sentence ('4.420 ..., tegenover 2.384 in het
    # schooljaar 2019-2020' counts every level, the table the one asked)
    pairs = sorted(((a, b) for a in firsts for b in seconds), key=lambda p: not (p[0].fact.table_id and p[1].fact.table_id))
    for a, b in pairs:
        if min(a.score, b.score) < FACT_MIN and not (max(a.score, b.score) >= FACT_MIN
                                                      and same_sentence(a.fact, b.fact)):
            continue  # a weak operand only beside a strong one: 'in 2014 130. 000 en in 2015 141. 000 fietsen'
        # the embedder vouches for English words on one of the two; the other is the same cell a year apart
        # or a sentence and a cell of one document and unit, each verified on every term of the question for its
        # year ('in 2022 werd in totaal 8.734.600 euro toegekend' and the cell 'Toegekende subsidie' of 2023)
        if (a.verified or b.verified) and same_cell_but_year(a.fact, b.fact, early, late) \
                or a.verified and b.verified and _sentence_and_cell(a.fact, b.fact):
            x, y = b.fact, a.fact
            than_late = _than_year(q.text) == late
            if than_late:  # 'hoeveel hoger in 2023 dan in 2024': 2023 minus 2024
                x, y = y, x
            if _LESS_THAN.search(q.text):  # 'how many fewer in 2022 than in 2023': by how much 2022 falls short
                x, y = y, x
            elif not than_late and x.value < y.value and (DIRECTION.search(q.text) or direction(q.text)):
                x, y = y, x  # 'daalde met': the size of the fall (a year named after 'dan' has set the order)
            return asst._computed(question, q, [x, y], "−", x.value - y.value, min(a.score, b.score))
    return None


def from_to(asst: Assistant, question: str, q: Query, ranked: list[Scored]) -> Answer | None:
    """'Met hoeveel euro per uur stijgt de vergoeding?' over 'van 140,25 euro per uur naar 150,07 euro per uur':
    a sentence that states both ends of the change answers with their difference, shown with both operands.
    The start value must be verified but for being the former value; the end value is the next number of
    its sentence, in the same unit; a change in the other direction than asked is no answer."""
    asked = direction(q.text)
    for s in ranked:
        if not (s.check and s.check.superseded and replace(s.check, superseded=False).ok and s.score >= FACT_MIN):
            continue
        start = s.fact
        at = asst.index.facts.following(start.doc, start.end)
        end = asst.index.facts[at] if at is not None else None
        if end is None or not same_sentence(start, end) or end.unit != start.unit or end.value == start.value:
            continue
        if asked and (asked == "up") != (end.value > start.value):
            return None  # the document says it went the other way
        value = end.value - start.value
        return asst._computed(question, q, [end, start], "−", abs(value) if asked else value, s.score)
    return None


def _than_year(text: str) -> str | None:
    """The year compared with in 'hoger in 2023 dan in 2024' / 'higher in 2023 than in 2024': the subtrahend."""
    m = re.search(r"\b(?:dan|than)\b(?:\s+\w+){0,3}?\s+((?:19|20)\d\d)\b", text)
    return m.group(1) if m else None


def _usable(s: Scored, floor: float = FACT_MIN) -> bool:
    """Verified, or failing only on English words the documents lack (which the other year's cell vouches for)."""
    return s.score >= floor and s.check is not None and not s.fact.change and (  # a change is no level
        s.verified or replace(s.check, unbridged=[]).ok)


def own_names(q: Query, phrase: str, phrases: list[str]) -> Query:
    """The query for one operand: a name one of the operands says ('Bouwsteen 2 en Bouwsteen 3 samen') is that
    operand's only; a name none of them says ('aan Bouwsteen 2 in 2023 en 2024') stays for each."""
    mine = [n for n in q.names if n.lower() in phrase.lower() or not any(n.lower() in p.lower() for p in phrases)]
    return q if mine == q.names else replace(q, names=mine)


def operands(asst: Assistant, q: Query, phrase: str, context: str, operand: bool = True,
              min_score: float = FACT_MIN) -> list[Scored]:
    """Verified counts or amounts of `phrase` ('stopplaatsen') in the question's `context`, best first;
    with `operand` False the phrase only says what is counted (a share's part: the whole question)."""
    last = phrase.split()[-1].lower()
    last = EN_NL.get(last, last).split()[0] if q.lang == "en" else last
    counted = stems(last)  # the head of the phrase: 'budget' of 'AMA WSE-budget'
    money = is_money_noun(last)  # an amount is said by its unit ('k euro'), not by the noun after it
    hint = None if q.unit_hint == "%" else q.unit_hint  # a share's operands are counts or amounts
    sub = replace(own_names(q, phrase, q.operands) if operand else q, counted=counted[-1] if counted and not money
                  else None, unit_hint=hint, operation=None, computed=False, whole=None,
                  heads=q.heads if operand else [])
    text = f"{context} {phrase}" if operand else context
    return [s for s in asst.matcher.rank(sub, text=text, operand=phrase if operand else None)
            if s.verified and s.score >= min_score and s.fact.unit != "%"]


def noun_sum(asst: Assistant, question: str, q: Query) -> Answer | None:
    """'Hoeveel stations en stopplaatsen beheert de NMBS samen?': each noun's own verified count, added."""
    a_text, b_text = q.operands
    context = re.sub(rf"{re.escape(a_text)}\s+(?:en|and)\s+{re.escape(b_text)}", " ", q.text)
    context = SUM_WORDS.sub(" ", context)
    firsts, seconds = operands(asst, q, a_text, context), operands(asst, q, b_text, context)
    if not firsts or not seconds:
        return None
    return _added(asst, question, q, firsts[0], seconds[0])


def group_sum(asst: Assistant, question: str, q: Query) -> Answer | None:
    """'Hoeveel doorstroomtrajecten ... voor LDE-doelgroepwerknemers en voor collectief maatwerk samen?': the
    count the question asks, once for each group, each verified, added."""
    context = q.text
    for phrase in q.operands:
        context = context.replace(phrase, " ")
    for word in {w for phrase in q.operands for w in phrase.split()}:  # 'de federale en de lokale politie': each
        context = re.sub(rf"(?<![\w-]){re.escape(word)}(?![\w-])", " ", context)  # group's words go with its phrase only
    context = SUM_WORDS.sub(" ", context)
    sub = replace(q, operation=None, computed=False, operands=[])
    found: list[Scored] = []
    for phrase in q.operands:
        # the numbers of the other group ('35 tot 44 jaar') are not asked of this one ('25 tot 34 jaar')
        others = {v for other in q.operands if other != phrase for v in stated_numbers(other, q.lang)}
        own = replace(own_names(sub, phrase, q.operands),
                      stated={v for v in q.stated if v not in others or v in stated_numbers(phrase, q.lang)})
        ranked = [s for s in asst.matcher.rank(own, text=f"{context} {phrase}", operand=phrase)
                  if s.verified and s.score >= FACT_MIN]
        if not ranked:
            return None
        # the group's own word in the figure's own sentence ('97 ... de provinciale buurtwerking'), where the
        # document names both groups and either figure passes on its words
        own = set(stems(phrase)) - {t for other in q.operands if other != phrase for t in stems(other)}
        found.append(next((s for s in ranked[:3] if own & set(stems(s.fact.quote))), ranked[0]))
    return _added(asst, question, q, *found)


def _added(asst: Assistant, question: str, q: Query, a: Scored, b: Scored) -> Answer | None:
    """Two verified operands added up: two different facts in one unit, or no answer."""
    if (a.fact.doc, a.fact.start) == (b.fact.doc, b.fact.start) or a.fact.unit != b.fact.unit:
        return None
    return asst._computed(question, q, [a.fact, b.fact], "+", a.fact.value + b.fact.value, min(a.score, b.score))


def sum_of(asst: Assistant, question: str, q: Query) -> Answer | None:
    """A sum over the years or regions the question names, each part a verified figure."""
    if q.operands:
        return named_together(asst, question, q) or noun_sum(asst, question, q) or group_sum(asst, question, q)
    stated = stated_total(asst, question, q)
    if stated:
        return stated
    parts: list[Scored] = []
    splits = [([y], None) for y in q.years] if len(q.years) > 1 else [(None, [r]) for r in q.regions]
    for years, regions in splits:
        ranked = [s for s in asst.matcher.rank(q, years=years, regions=regions) if s.verified]
        if not ranked or ranked[0].score < FACT_MIN:
            return None
        parts.append(ranked[0])
    units = {p.fact.unit for p in parts}
    if len(units) != 1 or len({(p.fact.doc, p.fact.start) for p in parts}) != len(parts):
        return None
    facts = [p.fact for p in parts]
    return asst._computed(question, q, facts, "+", sum(f.value for f in facts), min(p.score for p in parts))


def stated_total(asst: Assistant, question: str, q: Query) -> Answer | None:
    """'in totaal over 2021-2023' where a column 'Totaal 2021-2023' gives it: the printed total of the years,
    not a sum worked out again from its parts."""
    if len(q.years) < 2 or {int(y) for y in q.years} != set(range(int(min(q.years)), int(max(q.years)) + 1)):
        return None  # '2021 en 2023 samen' leaves 2022 out: no total of 2021-2023 answers it
    lo, hi = min(q.years), max(q.years)
    span = re.compile(rf"\b{lo}\s*[-–/]\s*(?:{hi}|{hi[2:]})\b")
    sub = replace(q, operation=None, computed=False)
    for s in asst.matcher.rank(sub)[:5]:
        said = " ".join(s.fact.row_path + s.fact.col_path) if s.fact.source == "table" else s.fact.quote
        if s.verified and s.score >= FACT_MIN and span.search(said) and (s.fact.is_total or "totaal" in said.lower()):
            return asst._fact_answer(question, sub, s)
    return None


def named_together(asst: Assistant, question: str, q: Query) -> Answer | None:
    """'uitbetaald voor attracties en bezoekersinfrastructuur samen' where one row is 'Subtotaal attracties en
    bezoekersinfrastructuur': the cell whose one label says both, not a sum of two cells."""
    sub = replace(q, operation=None, computed=False, operands=[])
    wanted = [set(stems(p)) for p in q.operands]
    if not all(wanted):
        return None  # an operand with no word of its own ('andere') names nothing a label could say
    for s in asst.matcher.rank(sub)[:5]:
        if s.verified and s.score >= FACT_MIN and s.fact.source == "table" and any(
                all(w <= set(stems(label)) for w in wanted) for label in s.fact.row_path + s.fact.col_path):
            return asst._fact_answer(question, sub, s)
    return None


def near_each_other(a: Fact, b: Fact, chars: int = 400) -> bool:
    """Two different facts printed together: one table, or close in the same document's prose."""
    if a.doc != b.doc or a.start == b.start:
        return False
    if a.table_id or b.table_id:
        return a.table_id == b.table_id
    return abs(a.start - b.start) <= chars


def same_cell_but_year(a: Fact, b: Fact, early: str, late: str) -> bool:
    """Two facts that are one measure in two years: the same table and headers with the year swapped,
    or, in prose, the same document, unit and measure words."""
    if a.unit != b.unit or a.doc != b.doc or (a.doc, a.start) == (b.doc, b.start):
        return False
    if a.table_id or b.table_id:
        # '2019-2020' and '2023-2024': school years named by their first year; '2024*': a year with its footnote mark
        swap = lambda path, year: [re.sub(rf"{year}(?:\s?[-/–]\s?(?:19|20)?\d\d\b)?\*{{0,3}}", "#", p)  # noqa: E731
                                   for p in path]
        same_paths = swap(a.row_path, early) == swap(b.row_path, late) and swap(a.col_path, early) == swap(b.col_path, late)
        # one table, or one table a year with the same caption and headers
        same_table = a.table_id == b.table_id or (bool(a.table_id and b.table_id) and a.year == early and b.year == late
                                                  and a.caption.replace(early, "#") == b.caption.replace(late, "#"))
        return same_paths and same_table
    return a.source == b.source == "prose"


def _sentence_and_cell(a: Fact, b: Fact) -> bool:
    """One figure of a sentence and one of a table cell, in one document and one unit."""
    return a.doc == b.doc and a.unit == b.unit and {a.source, b.source} == {"prose", "table"}


def split_operands(q: Query) -> tuple[str, str, str]:
    """The two sides of a difference and the shared context.

    '(voorzien budget min berekende subsidies)' gives both sides directly;
    '... opgestart dan er werden beëindigd' contrasts the last content word
    before 'dan' with the words after it.
    """
    text = q.text
    m = re.search(r"\(([^()]*?)\s+\b(?:min|minus|versus|vs\.?)\s+([^()]*)\)", text, re.I)
    if m:
        # the brackets define the word before them ('bleef onbenut (toegekend min tewerkgesteld)'): what the
        # difference is called, which neither side says
        before = text[:m.start()]
        words = before.split()
        if words and not region_of(words[-1]):
            before = re.sub(r"\s*\b[^\W\d_]{4,}\s*$", " ", before)
        context = (before + text[m.end():]).strip()
        return m.group(1), m.group(2), context
    if len(q.operands) != 2:
        return "", "", text
    left, right = q.operands
    right_words = [w for w in re.findall(r"[\w'’-]+", right) if w.lower() not in _STOP_OPERAND]
    left_words = re.findall(r"[\w'’-]+", left)
    content = [i for i, w in enumerate(left_words) if w.lower() not in _STOP_OPERAND and not w.isdigit()]
    if not right_words or not content:
        return "", "", text
    at = content[-1]
    if q.lang == "nl" and all(is_verb_form(w) for w in right_words):
        # '... effectief uitgegeven aan vervoer met taxi's dan er begroot was': a deed set against a deed; the
        # left side's participle is contrasted, and the rest is what both are said of
        verbs = [i for i in content if is_participle(left_words[i])]
        if verbs:
            at = verbs[-1]
            return left_words[at], " ".join(right_words), " ".join(left_words[:at] + left_words[at + 1:])
    lead = re.match(r"\s*([^\W\d_]+)", right)
    if lead and lead.group(1).lower() in _PARALLEL:  # '... bij gewone aanvragen dan bij spoedaanvragen': the
        same = [i for i, w in enumerate(left_words) if w.lower() == lead.group(1).lower()]  # phrase under the
        if same and same[-1] < at:  # same preposition on the left is the other side, all of it
            return " ".join(left_words[same[-1] + 1:at + 1]), " ".join(right_words), " ".join(left_words[:same[-1]])
    return left_words[at], " ".join(right_words), " ".join(left_words[:at])
