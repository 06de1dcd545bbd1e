"""Questions checked against a table's own dimensions.

A table's header paths span its dimensions (years, quarters, regions, VAK/VEK,
"Gestart / Met succes beëindigd", age bands). When a question names a value of
one of its table's dimensions, the answering cell must carry that value; when
it names a period the table's period dimension lacks ("het tweede kwartaal van
2024" against K1-K4 2023 and K1 2024), that table cannot answer. Values are
matched by their words (stems) and periods by a key ("derde kwartaal",
"third quarter", "K3" and "Q3" are one quarter), so no list of table names is
kept here.
"""

from __future__ import annotations

import re

from ..facts.labels import is_total_label
from ..models import Fact, TableInfo
from ..text import bridge_to_dutch, stems

_ORDINAL = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "first": 1, "second": 2, "third": 3, "fourth": 4,
            "1e": 1, "2e": 2, "3e": 3, "4e": 4, "1ste": 1, "2de": 2, "3de": 3, "4de": 4}
_QUARTER_WORDS = re.compile(r"\b(eerste|tweede|derde|vierde|first|second|third|fourth|[1-4](?:e|ste|de))\s+"
                            r"(kwartaal|quarter|semester|trimester)\b", re.I)
_QUARTER_CODE = re.compile(r"\b([KQT])([1-4])\b")
_SEMESTER_CODE = re.compile(r"\b(?:S|sem\.?\s?)([12])\b", re.I)
_MONTHS = ["jan", "feb", "m(?:aa)?rt?|mar", "apr", "mei|may", "jun", "jul", "aug", "sep", "o[ck]t", "nov", "dec"]
_MONTH = re.compile(r"\b(?:" + "|".join(rf"(?P<m{i + 1}>(?:{p})[a-z]*\.?)" for i, p in enumerate(_MONTHS)) + r")(?!\w)",
                    re.I)
_MONTH_WORDS = {"januari", "january", "jan", "februari", "february", "feb", "maart", "march", "mrt", "mar", "maa",
                "april", "apr", "mei", "may", "juni", "june", "jun", "juli", "july", "jul", "augustus", "august",
                "aug", "september", "sept", "sep", "oktober", "october", "okt", "oct", "november", "nov",
                "december", "dec"}


def period_keys(text: str) -> set[str]:
    """Quarters, semesters and months named in a text, as keys: {"q3"}, {"s1"}, {"m10"}."""
    keys = set()
    for m in _QUARTER_WORDS.finditer(text):
        n = _ORDINAL.get(m.group(1).lower())
        kind = m.group(2).lower()
        if n:
            keys.add(("s" if kind == "semester" else "q") + str(n))
    for m in _QUARTER_CODE.finditer(text):
        keys.add("q" + m.group(2))
    for m in _SEMESTER_CODE.finditer(text):
        keys.add("s" + m.group(1))
    for m in _MONTH.finditer(text):
        word = m.group().rstrip(".")
        if re.search(r"\b\d{1,2}\s+$", text[max(0, m.start() - 4):m.start()]):
            continue  # "2 mei 2023" is a date, not the month asked
        short_name = len(word) <= 4 and word[:1].isupper() and bool(re.match(r"\s+[A-Z]", text[m.end():]))
        if word.lower() in _MONTH_WORDS and not short_name:  # "Jan Peeters" is no January
            keys.add("m" + m.lastgroup[1:])
    return keys


def last_period(text: str) -> str | None:
    """The period named last in a text (the one closest to what follows it)."""
    best, where = None, -1
    for pattern in (_QUARTER_WORDS, _QUARTER_CODE, _SEMESTER_CODE, _MONTH):
        for match in pattern.finditer(text):
            keys = period_keys(text[max(0, match.start() - 4):match.end()])
            if keys and match.start() > where:
                best, where = sorted(keys)[0], match.start()
    return best


def _value_stems(value: str) -> set[str]:
    return {s for s in stems(value) if not s.isdigit()}


class Dimensions:
    """Each table's dimensions, ready to be matched against questions."""

    def __init__(self, tables: list[TableInfo]) -> None:
        self._dims: dict[str, list[tuple[str, int, list[tuple[str, set[str], set[str]]]]]] = {}
        for t in tables:
            dims = []
            for d in t.dimensions:
                values = [(v, _value_stems(v), period_keys(v)) for v in d["values"]]
                dims.append((d["axis"], int(d["level"]), values))
            self._dims[t.id] = dims

    @staticmethod
    def asked(text: str, lang: str = "nl") -> tuple[set[str], set[str]]:
        """What a question names, read once per question: its word stems and its periods."""
        return set(stems(bridge_to_dutch(text) if lang == "en" else text)), period_keys(text)

    def fits(self, fact: Fact, asked: tuple[set[str], set[str]]) -> bool:
        """False when the question (`asked`) names a value of the fact's table that the fact's cell does
        not carry, or a period the table's period dimension does not have."""
        dims = self._dims.get(fact.table_id)
        if not dims or fact.source == "prose":
            return True
        asked_stems, asked_periods = asked
        for axis, level, values in dims:
            own = _path_value(fact, axis, level)
            if own is None:
                continue
            periods = [v for v in values if v[2]]
            if asked_periods and len(periods) >= 2:
                have = set().union(*(v[2] for v in periods))
                if not asked_periods & have:
                    return False  # the question asks a period this table does not have
                if not any(v[0] == own and v[2] & asked_periods for v in periods):
                    return False
                continue
            named = [v for v in values if v[1] and v[1] <= asked_stems and not v[2] and not is_total_label(v[0])]
            if len(named) < 1 or len(named) == len(values):
                continue
            # the most specific names only: "Aangepast krediet 2024" over "krediet"
            named = [v for v in named if not any(v[1] < w[1] for w in named)]
            if not any(v[0] == own for v in named):
                return False
        return True


def _path_value(fact: Fact, axis: str, level: int) -> str | None:
    """The fact's header value on one dimension of its table."""
    if axis == "column":
        return fact.col_path[level] if 0 <= level < len(fact.col_path) else None
    if level == -1:
        return fact.row_path[0] if len(fact.row_path) > 1 else None
    return fact.row_path[-1] if fact.row_path else None
