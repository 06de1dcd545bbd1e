"""Shares and the rest of a whole, computed from verified facts: a part over its whole when no percentage is
printed, and a whole less the part a question excludes ('... waren geen maatwerkbedrijf')."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..models import Answer, Fact
from ..text import EN_NL, stems
from .ambiguity import row_named, table_cells
from .clauses import PART_AFTER, whole_start
from .compute import CLOSEST_MIN, FACT_MIN, near_each_other, operands
from ..facts.periods import period_keys
from .question import Query
from .verbs import is_participle, is_verb_form

if TYPE_CHECKING:
    from .assistant import Assistant


def share(asst: Assistant, question: str, q: Query) -> Answer | None:
    """'Welk aandeel van de aanvragen werd goedgekeurd?' with no percentage printed: the verified count of
    the part over the verified count of its whole, printed next to it (one table, or within a few
    sentences); the whole is the larger figure."""
    wholes = sorted(operands(asst, q, q.whole or "", " ".join([*q.years, *q.regions])), key=lambda s: -s.fact.value)
    # a part printed next to its verified whole ('Daarvan werd 1.900 k euro uitgegeven') needs less
    parts = operands(asst, q, q.whole or "", q.text, operand=False, min_score=CLOSEST_MIN)
    asked = period_keys(q.text)
    if asked:  # 'in het vierde kwartaal': part and whole both of that quarter, not the year's total passes
        wholes = [w for w in wholes if asked <= asst.matcher._fact_periods(w.fact)]
        parts = [p for p in parts if asked <= asst.matcher._fact_periods(p.fact)]
    for p in parts:
        printed = _printed_rates(asst, p.fact)
        for w in wholes:
            if near_each_other(p.fact, w.fact) and p.fact.unit == w.fact.unit and 0 < p.fact.value < w.fact.value \
                    and not _count_other_things(p.fact, w.fact) and not _unnamed_row(p.fact, w.fact, q) \
                    and not _other_ratio(asst, p.fact, w.fact):
                value = round(100 * p.fact.value / w.fact.value, 1)
                if printed and not any(abs(value - r) <= 0.1 for r in printed):
                    continue  # the row prints its own percentage ('Slaagpercentage 81,8'): a division that
                    # disagrees with it took the wrong whole
                return asst._computed(question, q, [p.fact, w.fact], "/", value, min(p.score, w.score), unit="%")
    return None


def _count_other_things(part: Fact, whole: Fact) -> bool:
    """Two columns of one row that count different things ('Deelnemende gemeenten' 147, 'Aangeplante bomen'
    210.000): no share of one in the other. A column that says what happened to the whole's things
    ('Goedgekeurd') is its part."""
    if part.source != "table" or whole.source != "table" or part.row_path != whole.row_path:
        return False
    heads = [_label_head(f.col_path) for f in (part, whole)]
    if not all(heads) or any(is_participle(h[0]) or is_verb_form(h[0]) for h in heads):
        return False
    a, b = stems(heads[0][0]), stems(heads[1][0])
    return bool(a and b) and not (a[0].startswith(b[0]) or b[0].startswith(a[0]) or a[0].endswith(b[0])
                                  or b[0].endswith(a[0]))


def _other_ratio(asst: Assistant, part: Fact, whole: Fact) -> bool:
    """A part printed as the N of 'N van de M X' ('63.412 van de 72.810 bewoners') is a share of that M only,
    not of another group's count ('83.650 medewerkers')."""
    at = whole_start(asst.index.document(part.doc).text, part)
    return at is not None and not (whole.doc == part.doc and whole.start == at)


def _unnamed_row(part: Fact, whole: Fact, q: Query) -> bool:
    """A row of the whole's column that the question does not name ('Abonnees met woonplaats buiten het Vlaamse
    Gewest' under 'Totaal', asked 'welk deel ... beschikte over een abonnement'): one of the total's rows, not
    the part asked."""
    return part.source == whole.source == "table" and part.table_id == whole.table_id \
        and part.col_path == whole.col_path and part.row_path != whole.row_path and not row_named(part, q)


def _label_head(path: list[str]) -> list[str]:
    """The last word of a header path's last worded label, brackets left out ('Aangeplante bomen (aantal)', '2022':
    'bomen')."""
    for label in reversed(path):
        found = re.findall(r"[^\W\d_]+", re.sub(r"\([^)]*\)", " ", label))
        if found:
            return found[-1:]
    return []


def _printed_rates(asst: Assistant, fact: Fact) -> list[float]:
    """The percentages a table row prints beside its counts."""
    if not fact.table_id or fact.source == "prose":
        return []
    return [o.value for o in table_cells(asst.index, fact) if o.row_path == fact.row_path and o.unit == "%" and not o.empty]


# 'hoeveel ... waren geen maatwerkbedrijven', 'how many ... were not maatwerkbedrijven': the rest of a whole
_NOT_GROUP = re.compile(r"\b(?:geen|niet|not|no)\s+(?:(?:een|a|an)\s+)?(?=[^\W\d_])", re.I)


def complement(asst: Assistant, question: str, q: Query) -> Answer | None:
    """'How many of the organisations recognised ... were not maatwerkbedrijven?' over 'in totaal 255
    voorzieningen erkend ..., waarvan 59 maatwerkbedrijven': the verified part the question excludes, minus from
    the whole its sentence names it a part of (255 − 59). The part must count the excluded noun itself."""
    negation = _NOT_GROUP.search(q.text)
    if not negation or q.operation:
        return None
    word = re.match(r"[\w-]+", q.text[negation.end():]).group(0)
    excluded = (stems(EN_NL.get(word.lower(), "")) if q.lang == "en" else []) or stems(word)
    positive = q.text[:negation.start()] + q.text[negation.end():]
    sub = replace(q, text=positive, negated=False, computed=False)
    for part in asst.matcher.rank(sub, text=positive)[:5]:
        if not (part.verified and part.score >= FACT_MIN and part.fact.source == "prose"):
            continue
        f = part.fact
        text = asst.index.document(f.doc).text
        if not excluded or excluded[0] not in stems(text[f.end:f.end + 40]):
            continue  # '59 maatwerkbedrijven': the part counts what the question leaves out
        wholes = [asst.index.facts[k] for k in asst.index.facts.of_doc(f.doc)]
        whole = max((w for w in wholes if w.quote_start == f.quote_start and w.end <= f.start and w.unit == f.unit
                     and w.value > f.value and PART_AFTER.search(text[w.end:f.start])), key=lambda w: w.start,
                    default=None)
        if whole is not None:
            return asst._computed(question, q, [whole, f], "−", whole.value - f.value, part.score)
    return None
